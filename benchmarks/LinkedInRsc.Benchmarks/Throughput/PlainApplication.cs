using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Throughput;

/// <summary>An <c>atsApplications</c> entity as a plain class for the hand-written batcher: the SDK's JSON, property for property.</summary>
internal sealed class PlainApplication
{
    [JsonPropertyName("atsCandidateId")]
    public string AtsCandidateId { get; set; } = string.Empty;

    [JsonPropertyName("atsJobPostingId")]
    public string AtsJobPostingId { get; set; } = string.Empty;

    [JsonPropertyName("atsJobPostingName")]
    public string AtsJobPostingName { get; set; } = string.Empty;

    [JsonPropertyName("atsCreatedAt")]
    public long AtsCreatedAt { get; set; }

    [JsonPropertyName("atsLastModifiedAt")]
    public long AtsLastModifiedAt { get; set; }

    [JsonPropertyName("firstName")]
    public string FirstName { get; set; } = string.Empty;

    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    [JsonPropertyName("candidateEmail")]
    public string? CandidateEmail { get; set; }

    [JsonPropertyName("source")]
    public string? Source { get; set; }
}
