namespace LinkedInRsc.Tests.Support;

/// <summary>Lets a test observe (and react to) every API request the SDK sends to the emulator.</summary>
public sealed class RequestHook
{
    /// <summary>Called with each request before it reaches the emulator.</summary>
    public Action<HttpRequestMessage>? OnRequest { get; set; }

    /// <summary>When set and it returns a response, that response is the answer and the emulator never sees the request.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Respond { get; set; }

    /// <summary>
    /// Called with each request and the emulator's answer before the SDK sees it; may throw to stand for a crash of the
    /// ATS after LinkedIn processed the request.
    /// </summary>
    public Action<HttpRequestMessage, HttpResponseMessage>? OnResponse { get; set; }

    /// <summary>The handler that calls <see cref="OnRequest"/>, for the SDK's HTTP pipeline.</summary>
    /// <returns>A new handler.</returns>
    public DelegatingHandler CreateHandler() => new HookHandler(this);

    private sealed class HookHandler(RequestHook hook) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            hook.OnRequest?.Invoke(request);
            if (hook.Respond?.Invoke(request) is { } answer)
            {
                return answer;
            }

            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            hook.OnResponse?.Invoke(request, response);
            return response;
        }
    }
}
