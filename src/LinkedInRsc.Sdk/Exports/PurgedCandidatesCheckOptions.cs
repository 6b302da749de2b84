namespace LinkedInRsc.Exports;

/// <summary>Settings of the <see cref="PurgedCandidatesCheck"/>.</summary>
public sealed class PurgedCandidatesCheckOptions
{
    /// <summary>How often to check (default 7 days; at most 30 days, LinkedIn's limit).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(7);
}
