using LinkedInRsc.RestLi;

namespace LinkedInRsc.Wire;

/// <summary>
/// The <see cref="RestLiClient"/> the SDK's own clients use: every request is put in its resource's wire form by the
/// <see cref="WireMap"/>, then sent by the configured client. Responses keep the request that was actually sent
/// (<see cref="RestLiResponse.Request"/>), so batch results are matched on the keys as they travelled.
/// </summary>
internal sealed class WireMappedRestLiClient(RestLiClient inner, WireMap map)
    : RestLiClient(new RestLiClientOptions { ProtocolVersion = inner.ProtocolVersion })
{
    public override Task<RestLiResponse> SendAsync(RestLiRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return inner.SendAsync(map.Translate(request), cancellationToken);
    }
}
