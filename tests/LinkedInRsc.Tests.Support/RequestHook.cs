namespace LinkedInRsc.Tests.Support;

/// <summary>Lets a test observe (and react to) every API request the SDK sends to the emulator.</summary>
public sealed class RequestHook
{
    /// <summary>Called with each request before it reaches the emulator.</summary>
    public Action<HttpRequestMessage>? OnRequest { get; set; }

    /// <summary>The handler that calls <see cref="OnRequest"/>, for the SDK's HTTP pipeline.</summary>
    /// <returns>A new handler.</returns>
    public DelegatingHandler CreateHandler() => new HookHandler(this);

    private sealed class HookHandler(RequestHook hook) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            hook.OnRequest?.Invoke(request);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
