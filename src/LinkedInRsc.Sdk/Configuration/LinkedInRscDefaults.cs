namespace LinkedInRsc;

/// <summary>Names the SDK registers in dependency injection, for hosts that configure them further.</summary>
public static class LinkedInRscDefaults
{
    /// <summary>The configuration section the SDK's settings are conventionally bound from (<c>LinkedInRsc</c>).</summary>
    public const string ConfigurationSectionName = "LinkedInRsc";

    /// <summary>The sub-section of the SDK's section that <see cref="Sync.SyncOptions"/> is bound from (<c>LinkedInRsc:Sync</c>).</summary>
    public const string SyncSectionName = "Sync";

    /// <summary>The sub-section of the SDK's section that <see cref="Sync.QuotaOptions"/> is bound from (<c>LinkedInRsc:Quota</c>).</summary>
    public const string QuotaSectionName = "Quota";

    /// <summary>
    /// The name of the <see cref="HttpClient"/> (through <c>IHttpClientFactory</c>) that calls LinkedIn's APIs. It
    /// carries the base address, default headers, the bearer-token handler and the resilience pipeline.
    /// </summary>
    public const string HttpClientName = "LinkedInRsc";

    /// <summary>The name of the <see cref="HttpClient"/> that calls LinkedIn's OAuth token endpoint.</summary>
    public const string TokenHttpClientName = "LinkedInRsc.Token";
}
