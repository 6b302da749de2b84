namespace LinkedInRsc.Testing;

/// <summary>What an organization has synced to the emulator so far, for assertions in tests.</summary>
/// <param name="OrganizationUrn">The organization.</param>
/// <param name="Jobs">Jobs whose creation task succeeded.</param>
/// <param name="Candidates">Synced candidates.</param>
/// <param name="Applications">Synced applications.</param>
public sealed record EmulatedSyncedData(OrganizationUrn OrganizationUrn, IReadOnlyList<EmulatedJobPosting> Jobs, IReadOnlyList<EmulatedSyncedCandidate> Candidates, IReadOnlyList<EmulatedSyncedApplication> Applications);
