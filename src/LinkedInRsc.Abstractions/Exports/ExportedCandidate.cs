using System.Text;

namespace LinkedInRsc.Exports;

/// <summary>
/// A member a recruiter exported from LinkedIn Recruiter to one of the customer's jobs (1-click export), read by the
/// request id the <c>EXPORT_CANDIDATE_PROFILE</c> push carried. LinkedIn confirms the profile and the organization;
/// the job and the exporter are read from every plausible field name (see docs/push-notifications.md).
/// </summary>
/// <remarks><see cref="ToString"/> shows ids only.</remarks>
public sealed record ExportedCandidate
{
    /// <summary>The request id the push carried.</summary>
    public required string RequestId { get; init; }

    /// <summary>The organization the export belongs to (<c>integrationContext</c>), as LinkedIn wrote it.</summary>
    public required string IntegrationContext { get; init; }

    /// <summary>The exported member's profile (<c>candidate</c>).</summary>
    public required ExportedProfile Profile { get; init; }

    /// <summary>The ATS job the recruiter chose (its <c>externalJobPostingId</c>), when LinkedIn said.</summary>
    public string? AtsJobPostingId { get; init; }

    /// <summary>The exporting recruiter's seat, when LinkedIn said.</summary>
    public SeatUrn? ExporterSeat { get; init; }

    /// <summary>The exporting recruiter as a LinkedIn member, when LinkedIn said.</summary>
    public PersonUrn? ExporterMember { get; init; }

    /// <summary>When the recruiter exported, when LinkedIn said.</summary>
    public DateTimeOffset? ExportedAt { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("RequestId = ").Append(RequestId)
            .Append(", IntegrationContext = ").Append(IntegrationContext)
            .Append(", Member = ").Append(Profile.Member.ToString())
            .Append(", AtsJobPostingId = ").Append(AtsJobPostingId);
        return true;
    }
}
