using LinkedInRsc.Candidates;

namespace LinkedInRsc.Samples.Ats;

/// <summary>A candidate of the sample ATS, with the LinkedIn member it is linked to, if any.</summary>
public sealed record SampleCandidate
{
    /// <summary>The ATS's candidate id.</summary>
    public required string Id { get; init; }

    /// <summary>The first name.</summary>
    public required string FirstName { get; init; }

    /// <summary>The last name, if known.</summary>
    public string? LastName { get; init; }

    /// <summary>The e-mail addresses, first the preferred one.</summary>
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    /// <summary>The preferred e-mail address, if any.</summary>
    public string? Email => EmailAddresses.Count > 0 ? EmailAddresses[0] : null;

    /// <summary>The LinkedIn member the candidate is linked to, if known.</summary>
    public PersonUrn? Member { get; init; }

    /// <summary>The member's public profile address, if known.</summary>
    public Uri? LinkedInProfileUrl { get; init; }

    /// <summary>The talent pool it sits in (<see cref="SampleAtsTenant.LinkedInTalentPool"/> for stub profiles), if any.</summary>
    public string? TalentPool { get; init; }

    /// <summary>When the ATS created it.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the ATS last changed it.</summary>
    public DateTimeOffset ModifiedAt { get; init; }

    /// <summary>The candidate as synced to LinkedIn; the link is sent only when the ATS knows one.</summary>
    /// <returns>The record the SDK sends.</returns>
    public AtsCandidate ToAtsCandidate() => new()
    {
        AtsCandidateId = Id,
        AtsCreatedAt = CreatedAt,
        AtsLastModifiedAt = ModifiedAt < CreatedAt ? CreatedAt : ModifiedAt,
        FirstName = FirstName,
        LastName = LastName,
        EmailAddresses = EmailAddresses,
        PhoneNumbers = [],
        Addresses = [],
        LinkedInProfileUrl = LinkedInProfileUrl,
        ManualMatchedMember = Member,
    };

    /// <summary>Ids only: never names or e-mail.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Candidate {Id} ({Member})";
}
