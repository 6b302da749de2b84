using System.Text;

namespace LinkedInRsc.Candidates;

/// <summary>
/// An ATS candidate synced to LinkedIn (<c>atsCandidates</c>). The upsert is a <b>full replace</b>: a field left out
/// becomes null on LinkedIn, so everything LinkedIn requires is <see langword="required"/> here, and empty lists must be
/// given explicitly.
/// </summary>
/// <remarks><see cref="ToString"/> prints the id and timestamps only: never names, e-mail addresses, phones or addresses.</remarks>
public sealed record AtsCandidate
{
    /// <summary>The ATS's id of the candidate (<c>atsCandidateId</c>).</summary>
    public required string AtsCandidateId { get; init; }

    /// <summary>When the ATS created the candidate (<c>atsCreatedAt</c>, epoch milliseconds; after 1970).</summary>
    public required DateTimeOffset AtsCreatedAt { get; init; }

    /// <summary>When the ATS last changed the candidate (<c>atsLastModifiedAt</c>; not before <see cref="AtsCreatedAt"/>).</summary>
    public required DateTimeOffset AtsLastModifiedAt { get; init; }

    /// <summary>The first name (<c>firstName</c>), not empty.</summary>
    public required string FirstName { get; init; }

    /// <summary>The last name (<c>lastName</c>).</summary>
    public string? LastName { get; init; }

    /// <summary>
    /// The e-mail addresses (<c>emailAddresses</c>), each of the shape <c>x@y.z</c>. At least one is required unless
    /// <see cref="ManualMatchedMember"/> is set (a member exported from Recruiter often comes without one).
    /// </summary>
    public required IReadOnlyList<string> EmailAddresses { get; init; }

    /// <summary>The phone numbers (<c>phoneNumbers</c>); give an empty list when there are none.</summary>
    public required IReadOnlyList<PhoneNumber> PhoneNumbers { get; init; }

    /// <summary>The addresses (<c>addresses</c>); give an empty list when there are none.</summary>
    public required IReadOnlyList<Address> Addresses { get; init; }

    /// <summary>The current employer (<c>currentCompanyName</c>), which improves matching.</summary>
    public string? CurrentCompanyName { get; init; }

    /// <summary>The current job title (<c>currentJobTitle</c>), which improves matching.</summary>
    public string? CurrentJobTitle { get; init; }

    /// <summary>Whether the candidate asked not to be contacted (<c>doNotContact</c>).</summary>
    public bool? DoNotContact { get; init; }

    /// <summary>A link to the candidate in the ATS (<c>externalProfileUrl</c>).</summary>
    public Uri? ExternalProfileUrl { get; init; }

    /// <summary>The candidate's LinkedIn profile address (<c>linkedInProfileUrl</c>), which improves matching.</summary>
    public Uri? LinkedInProfileUrl { get; init; }

    /// <summary>The middle initial (<c>middleInitial</c>).</summary>
    public string? MiddleInitial { get; init; }

    /// <summary>The name prefix (<c>prefix</c>).</summary>
    public string? Prefix { get; init; }

    /// <summary>The name suffix (<c>suffix</c>).</summary>
    public string? Suffix { get; init; }

    /// <summary>The LinkedIn member the candidate is known to be (<c>manualMatchedMember</c>), e.g. from 1-click export.</summary>
    public PersonUrn? ManualMatchedMember { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AtsCandidateId = ").Append(AtsCandidateId)
            .Append(", AtsCreatedAt = ").Append(AtsCreatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(", AtsLastModifiedAt = ").Append(AtsLastModifiedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
