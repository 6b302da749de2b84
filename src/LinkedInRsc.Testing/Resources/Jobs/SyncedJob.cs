using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources.Jobs;

/// <summary>A synced job as LinkedIn holds it once its task succeeded.</summary>
internal sealed record SyncedJob(JobKey Key, string JobPostingUrn, string State, string Availability, JsonObject Body, DateTimeOffset LastChangedAt)
{
    public bool IsListed => string.Equals(State, JobPostingStore.Listed, StringComparison.Ordinal);
}
