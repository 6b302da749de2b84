namespace LinkedInRsc.RestLi;

/// <summary>Settings of a <see cref="RestLiClient"/>.</summary>
public sealed class RestLiClientOptions
{
    /// <summary>The default query length beyond which a request is tunneled (LinkedIn's clients use 4,000 characters).</summary>
    public const int DefaultQueryTunnelingThreshold = 4000;

    /// <summary>The Rest.li protocol to encode keys and parameters with; 2.0.0 by default.</summary>
    public RestLiProtocolVersion ProtocolVersion { get; set; } = RestLiProtocolVersion.Version2;

    /// <summary>
    /// When the encoded query string is longer than this many characters, the request is sent as <c>POST</c> with
    /// <c>X-HTTP-Method-Override</c> and the query moves into the body. Default <see cref="DefaultQueryTunnelingThreshold"/>.
    /// </summary>
    public int QueryTunnelingThreshold { get; set; } = DefaultQueryTunnelingThreshold;

    /// <summary>
    /// The <c>LinkedIn-Version</c> header of calls to the versioned API (<c>rest/</c>) that name no version of their own
    /// (<see cref="RestLiRequest.LinkedInVersion"/>); <see langword="null"/> for none. A call to <c>rest/</c> without
    /// any version is refused before it is sent.
    /// </summary>
    public string? LinkedInVersion { get; set; }
}
