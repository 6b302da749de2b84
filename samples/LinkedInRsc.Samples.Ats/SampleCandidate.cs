namespace LinkedInRsc.Samples.Ats;

/// <summary>A candidate of the sample ATS.</summary>
/// <param name="Id">The ATS's candidate id.</param>
/// <param name="TalentPool">The talent pool it sits in (<see cref="SampleAtsTenant.LinkedInTalentPool"/> for stub profiles), if any.</param>
/// <param name="FirstName">The first name.</param>
/// <param name="LastName">The last name.</param>
/// <param name="Email">The e-mail address, if known.</param>
/// <param name="Member">The LinkedIn member the candidate is, if known.</param>
/// <param name="CreatedAt">When the ATS created it.</param>
/// <param name="ModifiedAt">When the ATS last changed it.</param>
public sealed record SampleCandidate(string Id, string? TalentPool, string FirstName, string? LastName, string? Email, PersonUrn? Member, DateTimeOffset CreatedAt, DateTimeOffset ModifiedAt)
{
    /// <summary>Ids only: never names or e-mail.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Candidate {Id} ({Member})";
}
