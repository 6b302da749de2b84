using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console;

/// <summary>What LinkedIn holds of an organization's synced data.</summary>
/// <param name="Candidates">The candidates, with the member a recruiter attached.</param>
/// <param name="Applications">How many applications.</param>
internal sealed record SyncedOnLinkedIn(IReadOnlyList<EmulatedSyncedCandidate> Candidates, int Applications);
