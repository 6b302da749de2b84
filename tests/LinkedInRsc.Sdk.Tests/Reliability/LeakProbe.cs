using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace LinkedInRsc.Sdk.Tests.Reliability;

/// <summary>
/// What the leak tests search and what they search it for. Wired into the SDK's two HTTP clients
/// (<see cref="Wire"/>), it learns every secret that actually crossed the wire — bearer tokens, client secrets,
/// authorization codes, refresh tokens, the secrets LinkedIn hands out when it provisions or rotates — so that values
/// the emulator generates are searched for as well as the test's own markers. <see cref="AssertNothingLeaked"/> then
/// searches every captured log entry of every category (message, exception and each structured-state value), every
/// exception, report and <c>ToString()</c> handed to <see cref="Add(object?)"/>.
/// </summary>
internal sealed class LeakProbe
{
    private static readonly HashSet<string> SecretFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "client_secret", "clientSecret", "secret", "code", "refresh_token", "refreshToken", "access_token", "accessToken", "id_token", "code_verifier",
    };

    private readonly List<string> _secrets = [];
    private readonly List<string> _texts = [];
    private readonly Lock _gate = new();

    /// <summary>The values that crossed the wire as secrets (tokens, client secrets, codes), learnt by the handler.</summary>
    public IReadOnlyList<string> WireSecrets
    {
        get
        {
            lock (_gate)
            {
                return [.. _secrets.Distinct(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>How many log entries the last <see cref="AssertNothingLeaked"/> searched.</summary>
    public int EntriesSearched { get; private set; }

    /// <summary>Every log category at Trace into a <see cref="FakeLogCollector"/>.</summary>
    public static void AddLogging(IServiceCollection services) =>
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());

    /// <summary>Puts the probe's handler inside both SDK clients (it sees the headers as sent, after authentication).</summary>
    public void Wire(ILinkedInRscBuilder builder)
    {
        builder.HttpClientBuilder.AddHttpMessageHandler(() => new CaptureHandler(this));
        builder.TokenHttpClientBuilder.AddHttpMessageHandler(() => new CaptureHandler(this));
    }

    /// <summary>Adds something the flow returned or threw: its <c>ToString()</c> (and an exception's whole text) is searched.</summary>
    public void Add(object? value)
    {
        string text = value switch
        {
            null => string.Empty,
            Exception e => e.ToString() + " " + e.Message,
            _ => value.ToString() ?? string.Empty,
        };
        lock (_gate)
        {
            _texts.Add(text);
        }
    }

    /// <summary>Adds each element of a list the flow returned.</summary>
    public void AddEach(IEnumerable values)
    {
        foreach (object? value in values)
        {
            Add(value);
        }
    }

    /// <summary>Records a value the flow held as a secret (an emulator credential, a code read from a redirect).</summary>
    public void Secret(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            lock (_gate)
            {
                _secrets.Add(value);
            }
        }
    }

    /// <summary>Runs an action that must throw, and adds what it threw.</summary>
    public async Task<TException> ThrowsAsync<TException>(Func<Task> action)
        where TException : Exception
    {
        try
        {
            await action();
        }
        catch (TException e)
        {
            Add(e);
            return e;
        }

        throw new AssertionException($"expected {typeof(TException).Name}");
    }

    /// <summary>
    /// Asserts that no secret learnt on the wire and no <paramref name="markers"/> value (names, e-mails, phones, texts)
    /// appears, ignoring case, in any log entry of <paramref name="services"/> or anything added.
    /// </summary>
    public void AssertNothingLeaked(IServiceProvider services, int minimumEntries, params string[] markers)
    {
        IReadOnlyList<FakeLogRecord> records = services.GetFakeLogCollector().GetSnapshot();
        EntriesSearched = records.Count;
        var texts = new List<string>();
        lock (_gate)
        {
            texts.AddRange(_texts);
        }

        foreach (FakeLogRecord record in records)
        {
            texts.Add(record.Category + " " + record.Message + " " + record.Exception);
            foreach (KeyValuePair<string, string?> pair in record.StructuredState ?? [])
            {
                texts.Add(record.Category + " " + pair.Key + "=" + pair.Value);
            }

            if (record.State is IEnumerable<KeyValuePair<string, object?>> state)
            {
                texts.AddRange(state.Select(p => record.Category + " " + p.Key + "=" + Flatten(p.Value)));
            }
        }

        string[] forbidden = [.. WireSecrets.Where(s => s.Length >= 6), .. markers, "Bearer "];
        Assert.Multiple(() =>
        {
            Assert.That(records, Has.Count.GreaterThanOrEqualTo(minimumEntries), "the flow was logged");
            Assert.That(records.Count(r => r.Level == LogLevel.Trace), Is.Positive, "Trace entries were captured");
            foreach (string secret in forbidden)
            {
                Assert.That(texts.Where(t => t.Contains(secret, StringComparison.OrdinalIgnoreCase)).Take(3), Is.Empty, $"'{secret}' leaked");
            }
        });
    }

    /// <summary>
    /// Writes what was searched to the test output and, when <c>LINKEDINRSC_LEAK_REPORT</c> names a file, appends it
    /// there (the figures of docs/security.md).
    /// </summary>
    public void Report(string flow)
    {
        string line = $"{flow}: {EntriesSearched} log entries, {WireSecrets.Count} wire secrets searched";
        TestContext.Out.WriteLine(line);
        if (Environment.GetEnvironmentVariable("LINKEDINRSC_LEAK_REPORT") is { Length: > 0 } file)
        {
            lock (typeof(LeakProbe))
            {
                File.AppendAllLines(file, [line]);
            }
        }
    }

    private static string Flatten(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IEnumerable list => string.Join(",", list.Cast<object?>().Select(Flatten)),
        _ => value.ToString() ?? string.Empty,
    };

    private void LearnJson(string text)
    {
        try
        {
            Walk(JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            // not JSON: nothing to learn
        }
    }

    private void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> field in obj)
                {
                    // "code" in a JSON answer is an error code, not an authorization code.
                    if (SecretFields.Contains(field.Key) && field.Key != "code" && field.Value is JsonValue v && v.TryGetValue(out string? s))
                    {
                        Secret(s);
                    }

                    Walk(field.Value);
                }

                break;
            case JsonArray array:
                foreach (JsonNode? item in array)
                {
                    Walk(item);
                }

                break;
        }
    }

    private sealed class CaptureHandler(LeakProbe probe) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            probe.Secret(request.Headers.Authorization?.Parameter);
            if (request.Content is FormUrlEncodedContent form)
            {
                string body = await form.ReadAsStringAsync(cancellationToken);
                foreach (string pair in body.Split('&'))
                {
                    string[] parts = pair.Split('=', 2);
                    if (parts.Length == 2 && SecretFields.Contains(parts[0]))
                    {
                        probe.Secret(Uri.UnescapeDataString(parts[1].Replace('+', ' ')));
                    }
                }
            }

            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            probe.LearnJson(await response.Content.ReadAsStringAsync(cancellationToken));
            return response;
        }
    }
}
