using System.Globalization;
using System.Text;

namespace LinkedInRsc.Applications;

/// <summary>
/// A job application synced to LinkedIn (<c>atsApplications</c>). The upsert is a <b>full replace</b>: a field left out
/// becomes null on LinkedIn. Its stages, notes and interview feedback are separate records under it.
/// </summary>
/// <remarks><see cref="ToString"/> prints ids and timestamps only: never names or e-mail addresses.</remarks>
public sealed record AtsApplication
{
    /// <summary>The ATS's id of the application (<c>atsJobApplicationId</c>).</summary>
    public required string AtsJobApplicationId { get; init; }

    /// <summary>The ATS id of the candidate who applied (<c>atsCandidateId</c>).</summary>
    public required string AtsCandidateId { get; init; }

    /// <summary>The job applied to (<c>atsJobPostingId</c>): the <c>externalJobPostingId</c> of a synced job.</summary>
    public required string AtsJobPostingId { get; init; }

    /// <summary>The job's title as the ATS shows it (<c>atsJobPostingName</c>), not empty.</summary>
    public required string AtsJobPostingName { get; init; }

    /// <summary>When the ATS created the application (<c>atsCreatedAt</c>; after 1970).</summary>
    public required DateTimeOffset AtsCreatedAt { get; init; }

    /// <summary>When the ATS last changed it (<c>atsLastModifiedAt</c>; not before <see cref="AtsCreatedAt"/>).</summary>
    public required DateTimeOffset AtsLastModifiedAt { get; init; }

    /// <summary>The candidate's first name (<c>firstName</c>), not empty.</summary>
    public required string FirstName { get; init; }

    /// <summary>The candidate's last name (<c>lastName</c>).</summary>
    public string? LastName { get; init; }

    /// <summary>The candidate's e-mail address (<c>candidateEmail</c>), shape <c>x@y.z</c>; send it whenever known.</summary>
    public string? CandidateEmail { get; init; }

    /// <summary>Where the application came from (<c>source</c>), e.g. <c>"Referral"</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Why the application was closed (<c>dispositionReason</c>).</summary>
    public string? DispositionReason { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("AtsJobApplicationId = ").Append(AtsJobApplicationId)
            .Append(", AtsCandidateId = ").Append(AtsCandidateId)
            .Append(", AtsJobPostingId = ").Append(AtsJobPostingId)
            .Append(", AtsCreatedAt = ").Append(AtsCreatedAt.ToString("O", CultureInfo.InvariantCulture))
            .Append(", AtsLastModifiedAt = ").Append(AtsLastModifiedAt.ToString("O", CultureInfo.InvariantCulture));
        return true;
    }
}
