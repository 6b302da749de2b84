namespace LinkedInRsc.Samples.AtsWeb.Data;

/// <summary>A candidate of the sample ATS; <see cref="Member"/> is the LinkedIn member the ATS knows it to be.</summary>
public sealed record AtsWebCandidate(
    string CustomerId,
    string Id,
    string FirstName,
    string? LastName,
    string? Email,
    PersonUrn? Member,
    string? Headline,
    string? ProfileUrl,
    string Source,
    DateTimeOffset CreatedAt)
{
    /// <summary>First and last name.</summary>
    public string Name => string.IsNullOrWhiteSpace(LastName) ? FirstName : FirstName + " " + LastName;
}
