using System.Text.Json.Serialization;

namespace LinkedInRsc.Benchmarks.Bodies;

/// <summary>An <c>atsCandidates</c> entity as a plain class, for the reflection-based baseline: the SDK's JSON, property for property.</summary>
public sealed class PlainCandidate
{
    /// <summary>Epoch milliseconds.</summary>
    [JsonPropertyName("atsCreatedAt")]
    public long AtsCreatedAt { get; set; }

    /// <summary>Epoch milliseconds.</summary>
    [JsonPropertyName("atsLastModifiedAt")]
    public long AtsLastModifiedAt { get; set; }

    /// <summary>The first name.</summary>
    [JsonPropertyName("firstName")]
    public string FirstName { get; set; } = string.Empty;

    /// <summary>The e-mail addresses.</summary>
    [JsonPropertyName("emailAddresses")]
    public List<string> EmailAddresses { get; set; } = [];

    /// <summary>The phone numbers.</summary>
    [JsonPropertyName("phoneNumbers")]
    public List<PlainPhoneNumber> PhoneNumbers { get; set; } = [];

    /// <summary>The addresses.</summary>
    [JsonPropertyName("addresses")]
    public List<PlainAddress> Addresses { get; set; } = [];

    /// <summary>The last name.</summary>
    [JsonPropertyName("lastName")]
    public string? LastName { get; set; }

    /// <summary>The current employer.</summary>
    [JsonPropertyName("currentCompanyName")]
    public string? CurrentCompanyName { get; set; }

    /// <summary>The current title.</summary>
    [JsonPropertyName("currentJobTitle")]
    public string? CurrentJobTitle { get; set; }

    /// <summary>The profile URL in the ATS.</summary>
    [JsonPropertyName("externalProfileUrl")]
    public string? ExternalProfileUrl { get; set; }
}
