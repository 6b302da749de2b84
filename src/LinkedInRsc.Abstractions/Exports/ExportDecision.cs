using LinkedInRsc.Candidates;

namespace LinkedInRsc.Exports;

/// <summary>What the host's <see cref="IExportHandler"/> did with an export.</summary>
public sealed record ExportDecision
{
    private ExportDecision()
    {
    }

    /// <summary>The candidate the host placed (created or found), to sync back to LinkedIn; null when refused.</summary>
    public AtsCandidate? Candidate { get; private init; }

    /// <summary>Why the export was refused; null when accepted.</summary>
    public ExportRefusal? Refusal { get; private init; }

    /// <summary>Whether the host placed the candidate.</summary>
    public bool IsAccepted => Candidate is not null;

    /// <summary>
    /// The host placed the member in the job's Prospect stage as <paramref name="candidate"/>. The SDK syncs the
    /// candidate back with the exported member attached (<c>manualMatchedMember</c>) so the In-ATS indicator links at once.
    /// </summary>
    /// <param name="candidate">The complete ATS candidate (created, or the existing one the member already was).</param>
    /// <returns>The decision.</returns>
    public static ExportDecision Accept(AtsCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new ExportDecision { Candidate = candidate };
    }

    /// <summary>The host did not place the member.</summary>
    /// <param name="refusal">Why.</param>
    /// <returns>The decision.</returns>
    public static ExportDecision Refuse(ExportRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new ExportDecision { Refusal = refusal };
    }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The candidate and the refusal's message are the host's text; the decision prints its shape only.
        builder.Append("IsAccepted = ").Append(IsAccepted)
            .Append(", AtsCandidateId = ").Append(Candidate?.AtsCandidateId)
            .Append(", Refusal = ").Append(Refusal?.Reason);
        return true;
    }
}
