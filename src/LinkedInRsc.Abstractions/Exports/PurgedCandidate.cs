namespace LinkedInRsc.Exports;

/// <summary>
/// An exported member who closed their LinkedIn profile (<c>atsPurgedExportedCandidates</c>): the customer may have to
/// delete or anonymise what it keeps of them.
/// </summary>
/// <param name="Member">The member.</param>
/// <param name="IntegrationContext">The organization that received the export.</param>
/// <param name="PurgedAt">When LinkedIn recorded the closure, when it said.</param>
public sealed record PurgedCandidate(PersonUrn Member, string IntegrationContext, DateTimeOffset? PurgedAt);
