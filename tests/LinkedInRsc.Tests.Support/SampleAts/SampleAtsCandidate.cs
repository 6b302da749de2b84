using LinkedInRsc.Candidates;

namespace LinkedInRsc.Tests.Support.SampleAts;

/// <summary>A candidate of the sample ATS, with the LinkedIn member it is linked to, if any.</summary>
public sealed record SampleAtsCandidate
{
    public required string Id { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    public PersonUrn? LinkedMember { get; init; }

    public Uri? LinkedInProfileUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The candidate as synced to LinkedIn; the link is sent only when the ATS knows one.</summary>
    public AtsCandidate ToAtsCandidate() => new()
    {
        AtsCandidateId = Id,
        AtsCreatedAt = CreatedAt,
        AtsLastModifiedAt = CreatedAt,
        FirstName = FirstName,
        LastName = LastName,
        EmailAddresses = EmailAddresses,
        PhoneNumbers = [],
        Addresses = [],
        LinkedInProfileUrl = LinkedInProfileUrl,
        ManualMatchedMember = LinkedMember,
    };
}
