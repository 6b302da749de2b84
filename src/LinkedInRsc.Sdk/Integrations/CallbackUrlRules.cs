namespace LinkedInRsc.Integrations;

/// <summary>
/// Which <c>CALLBACK_URL</c> values the SDK sends: an absolute https address — LinkedIn pushes only to HTTPS — or an
/// http address on a loopback host (<c>127.0.0.1</c>, <c>[::1]</c>, <c>localhost</c>), which only an emulator accepts
/// (the standalone one with <c>--allow-http-callbacks</c>) and LinkedIn refuses. Checked before any request.
/// </summary>
internal static class CallbackUrlRules
{
    public const string Requirement = "an absolute https address (or http on a loopback host, which only an emulator accepts)";

    public static bool IsAllowed(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
}
