using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Retry;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Sends LinkedIn's push notifications to a customer's callback URL: validates the URL with LinkedIn's challenge,
/// signs the body with the customer's child-application secret (<c>X-LI-Signature: hmacsha256=&lt;hex&gt;</c>), retries
/// with exponential backoff on the emulator's clock (Polly), and records everything in the push log.
/// </summary>
internal sealed class PushService : IAsyncDisposable
{
    /// <summary>How long a successful challenge stays valid (LinkedIn re-validates every 2 hours).</summary>
    public static readonly TimeSpan ChallengeValidity = TimeSpan.FromHours(2);

    private readonly EmulatorState _state;
    private readonly TimeProvider _time;
    private readonly EmulatorOptions _options;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _deliveries = [];

    public PushService(EmulatorState state, EmulatorOptions options)
    {
        _state = state;
        _options = options;
        _time = options.TimeProvider;
        _http = options.PushHandler is { } handler
            ? new HttpClient(handler, disposeHandler: false)
            : new HttpClient(new SocketsHttpHandler(), disposeHandler: true);
    }

    /// <summary>The log of every push.</summary>
    public EmulatorPushLog Log { get; } = new();

    /// <summary>
    /// Sends a push of <paramref name="eventType"/> carrying <paramref name="requestId"/> to the customer's callback URL
    /// in the background and returns its log entry at once. Without a callback URL the push is logged as failed.
    /// </summary>
    public EmulatorPush Send(CustomerState customer, EmulatorPushEventType eventType, string requestId, string? integrationContext)
    {
        string? callbackUrl;
        string secret;
        lock (_state.Sync)
        {
            callbackUrl = customer.CallbackUrl;
            secret = customer.Application.ClientSecret;
        }

        string id = Guid.NewGuid().ToString();
        string body = PushPayloads.Create(id, PushEventTypes.WireValue(eventType), requestId, integrationContext, _time.GetUtcNow());
        string signature = PushSignature.Sign(body, secret);
        var push = new EmulatorPush(id, eventType, customer.UniqueForeignId, requestId, callbackUrl is null ? null : new Uri(callbackUrl, UriKind.Absolute), body, signature);
        Log.Add(push);
        if (callbackUrl is null)
        {
            push.AddAttempt(new EmulatorPushAttempt(1, _time.GetUtcNow(), null, "The customer has no CALLBACK_URL configured on its ONE_CLICK_EXPORT integration."));
            push.Complete(EmulatorPushState.Failed);
            return push;
        }

        Task delivery = DeliverAsync(push, customer, callbackUrl, secret);
        lock (_deliveries)
        {
            _deliveries.RemoveAll(t => t.IsCompleted);
            _deliveries.Add(delivery);
        }

        return push;
    }

    /// <summary>
    /// Runs LinkedIn's challenge against the callback URL: <c>GET url?challengeCode=…&amp;applicationId=…</c>, expecting
    /// 200 and <c>{"challengeCode":…, "challengeResponse": hex HMAC-SHA256(challengeCode, clientSecret)}</c>.
    /// </summary>
    /// <returns>Null on success, otherwise why it failed.</returns>
    public async Task<string?> ChallengeAsync(CustomerState customer, string callbackUrl, string secret, CancellationToken cancellationToken)
    {
        string challengeCode = Guid.NewGuid().ToString();
        string applicationId = customer.Application.Urn[(customer.Application.Urn.LastIndexOf(':') + 1)..];
        string separator = callbackUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        var uri = new Uri($"{callbackUrl}{separator}challengeCode={Uri.EscapeDataString(challengeCode)}&applicationId={Uri.EscapeDataString(applicationId)}");
        try
        {
            using HttpResponseMessage response = await _http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            if ((int)response.StatusCode != 200)
            {
                return $"The callback answered the challenge with {(int)response.StatusCode}; LinkedIn expects 200.";
            }

            string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            JsonNode? json;
            try
            {
                json = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                return "The callback's challenge answer is not JSON; LinkedIn expects {\"challengeCode\":…,\"challengeResponse\":…}.";
            }

            string expected = PushSignature.Hex(challengeCode, secret);
            string? code = (json as JsonObject)?["challengeCode"] is JsonValue c && c.TryGetValue(out string? s1) ? s1 : null;
            string? answer = (json as JsonObject)?["challengeResponse"] is JsonValue r && r.TryGetValue(out string? s2) ? s2 : null;
            if (!string.Equals(code, challengeCode, StringComparison.Ordinal))
            {
                return "The callback's challenge answer does not echo challengeCode.";
            }

            if (!string.Equals(answer, expected, StringComparison.OrdinalIgnoreCase))
            {
                return "The callback's challengeResponse is not the hex HMAC-SHA256 of challengeCode keyed with the child application's client secret.";
            }

            return null;
        }
        catch (HttpRequestException ex)
        {
            return $"The callback could not be reached for the challenge: {ex.Message}";
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        Task[] pending;
        lock (_deliveries)
        {
            pending = _deliveries.ToArray();
        }

        try
        {
            await Task.WhenAll(pending).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping: pending deliveries are abandoned.
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    private async Task DeliverAsync(EmulatorPush push, CustomerState customer, string callbackUrl, string secret)
    {
        await Task.Yield();
        int attempt = 0;

        // Polly retries on a clock wrapper that publishes a failed attempt once its retry timer is armed, so tests
        // awaiting an attempt can advance a fake clock without racing the scheduling of the retry.
        var clock = new RetryArmedTimeProvider(_time, due => push.PublishStaged(_time.GetUtcNow() + due));
        ResiliencePipeline retry = new ResiliencePipelineBuilder { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(0, _options.PushMaxAttempts - 1),
                Delay = _options.PushFirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<PushAttemptFailedException>(),
            })
            .Build();
        try
        {
            await retry.ExecuteAsync(
                async token =>
                {
                    attempt++;
                    DateTimeOffset at = _time.GetUtcNow();
                    string? failure = await EnsureChallengeAsync(customer, callbackUrl, secret, token).ConfigureAwait(false);
                    if (failure is not null)
                    {
                        push.StageFailure(new EmulatorPushAttempt(attempt, at, null, failure));
                        throw new PushAttemptFailedException(failure);
                    }

                    using var request = new HttpRequestMessage(HttpMethod.Post, callbackUrl)
                    {
                        Content = new StringContent(push.Body, Encoding.UTF8, "application/json"),
                    };
                    request.Headers.TryAddWithoutValidation("X-LI-Signature", push.Signature);
                    HttpResponseMessage response;
                    try
                    {
                        response = await _http.SendAsync(request, token).ConfigureAwait(false);
                    }
                    catch (HttpRequestException ex)
                    {
                        string reason = $"The callback could not be reached: {ex.Message}";
                        push.StageFailure(new EmulatorPushAttempt(attempt, at, null, reason));
                        throw new PushAttemptFailedException(reason);
                    }

                    using (response)
                    {
                        int status = (int)response.StatusCode;
                        if (status is < 200 or > 299)
                        {
                            string reason = $"The callback answered {status}; LinkedIn needs a 2xx.";
                            push.StageFailure(new EmulatorPushAttempt(attempt, at, response.StatusCode, reason));
                            throw new PushAttemptFailedException(reason);
                        }

                        push.AddAttempt(new EmulatorPushAttempt(attempt, at, response.StatusCode, null));
                    }
                },
                _stopping.Token).ConfigureAwait(false);
            push.Complete(EmulatorPushState.Delivered);
        }
        catch (PushAttemptFailedException)
        {
            push.Complete(EmulatorPushState.Failed);
        }
        catch (OperationCanceledException)
        {
            push.Complete(EmulatorPushState.Failed);
        }
    }

    private async Task<string?> EnsureChallengeAsync(CustomerState customer, string callbackUrl, string secret, CancellationToken token)
    {
        if (!_options.ValidateCallbackUrls)
        {
            return null;
        }

        DateTimeOffset now = _time.GetUtcNow();
        lock (_state.Sync)
        {
            if (customer.CallbackVerifiedAt is { } verified && now - verified < ChallengeValidity)
            {
                return null;
            }
        }

        string? failure = await ChallengeAsync(customer, callbackUrl, secret, token).ConfigureAwait(false);
        if (failure is null)
        {
            lock (_state.Sync)
            {
                customer.CallbackVerifiedAt = now;
            }
        }

        return failure;
    }

    private sealed class PushAttemptFailedException : Exception
    {
        public PushAttemptFailedException(string message)
            : base(message)
        {
        }

        public PushAttemptFailedException()
        {
        }

        public PushAttemptFailedException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
