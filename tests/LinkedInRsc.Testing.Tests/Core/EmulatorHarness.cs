using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>Which front-end a test talks to.</summary>
public enum FrontEnd
{
    InMemory,
    Http,
}

/// <summary>
/// Starts an emulator on a fake clock and talks to it through the chosen front-end, with small helpers for raw
/// LinkedIn-shaped requests (tokens, JSON bodies, Rest.li headers).
/// </summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(LinkedInRscEmulator emulator, HttpClient http, FakeTimeProvider time)
    {
        Emulator = emulator;
        Http = http;
        Time = time;
    }

    public LinkedInRscEmulator Emulator { get; }

    public HttpClient Http { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>The callback pushes go to, when started with <see cref="StartWithCallbackAsync"/>; disposed with the harness.</summary>
    public FakeCallback Callback { get; private init; } = null!;

    /// <summary>An in-memory emulator whose pushes reach a <see cref="FakeCallback"/> (challenges, signatures, scripted answers).</summary>
    public static async Task<EmulatorHarness> StartWithCallbackAsync(Action<EmulatorOptions>? configure = null)
    {
        var callback = new FakeCallback();
        EmulatorHarness started = await StartAsync(FrontEnd.InMemory, o =>
        {
            o.PushHandler = callback;
            configure?.Invoke(o);
        });
        return new EmulatorHarness(started.Emulator, started.Http, started.Time) { Callback = callback };
    }

    public static async Task<EmulatorHarness> StartAsync(FrontEnd frontEnd, Action<EmulatorOptions>? configure = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        // Pushes never leave the process in tests: unless a test installs its own callback, they fail like an unreachable host.
        var options = new EmulatorOptions { TimeProvider = time, PushHandler = Unreachable.Instance };
        configure?.Invoke(options);
        LinkedInRscEmulator emulator = frontEnd == FrontEnd.Http ? await LinkedInRscEmulator.StartAsync(options) : LinkedInRscEmulator.CreateInMemory(options);
        HttpClient http = frontEnd == FrontEnd.Http
            ? new HttpClient { BaseAddress = emulator.BaseAddress }
            : emulator.CreateHttpClient();
        return new EmulatorHarness(emulator, http, time);
    }

    /// <summary>The ATS callback URL of customers added with <see cref="AddCallbackCustomerAsync"/>.</summary>
    public const string CallbackUrl = "https://ats.example/li/acme";

    /// <summary>
    /// Adds customer "acme" whose pushes go to <see cref="CallbackUrl"/> (the <see cref="Callback"/>), which then checks
    /// their signatures with the customer's secret.
    /// </summary>
    public async Task<EmulatedCustomer> AddCallbackCustomerAsync(AccessLevel? accessLevel)
    {
        EmulatedCustomer acme = await Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", AccessLevel = accessLevel, CallbackUrl = new Uri(CallbackUrl) });
        Callback.Secret = acme.Credentials.ClientSecret;
        return acme;
    }

    public async Task<string> TokenAsync(ClientCredentials credentials)
    {
        using HttpResponseMessage response = await RequestTokenAsync(credentials.ClientId, credentials.ClientSecret);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        JsonNode json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return json["access_token"]!.GetValue<string>();
    }

    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string clientSecret) =>
        Http.PostAsync("oauth/v2/accessToken", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));

    /// <summary>Sends a request with a bearer token, optional JSON body and Rest.li headers; returns status and parsed body.</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string pathAndQuery, string? token, string? json = null, string? restLiMethod = null, bool protocol2 = false, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, pathAndQuery);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (restLiMethod is not null)
        {
            request.Headers.TryAddWithoutValidation("X-RestLi-Method", restLiMethod);
        }

        if (protocol2)
        {
            request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");
        }

        configure?.Invoke(request);
        HttpResponseMessage response = await Http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
        Callback?.Dispose();
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        public static readonly Unreachable Instance = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(new HttpRequestException("No network in tests."));
    }
}
