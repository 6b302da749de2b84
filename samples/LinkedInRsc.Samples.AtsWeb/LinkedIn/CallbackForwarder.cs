namespace LinkedInRsc.Samples.AtsWeb.LinkedIn;

/// <summary>
/// How the embedded emulator reaches this app's callback endpoint. Each customer's <c>CALLBACK_URL</c> is the public
/// HTTPS address LinkedIn would call (<see cref="AtsWebSettings.PublicOrigin"/>); the emulator hands its pushes and
/// validation requests to this handler, which sends them to the address the app really listens on.
/// </summary>
public sealed class CallbackForwarder(Uri publicOrigin) : DelegatingHandler(new SocketsHttpHandler())
{
    /// <summary>Where the app listens; set once it started.</summary>
    public Uri? LocalOrigin { get; set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (LocalOrigin is { } local && request.RequestUri is { } uri
            && string.Equals(uri.GetLeftPart(UriPartial.Authority), publicOrigin.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            request.RequestUri = new Uri(local, uri.PathAndQuery);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
