using System.Net;
using System.Net.Sockets;
using LinkedInRsc.Authentication;
using LinkedInRsc.Sdk.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static LinkedInRsc.Sdk.Tests.Http.PipelineTestSupport;

namespace LinkedInRsc.Sdk.Tests.Authentication;

[TestFixture]
[Category("Integration")]
public sealed class ClientCredentialsTokenProviderTests : WireMockFixture
{
    private static readonly ClientCredentials Alpha = new(ClientId, ClientSecret);
    private FakeTimeProvider _time = null!;
    private CapturingLoggerProvider _logs = null!;

    [SetUp]
    public void ResetClockAndLogs()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 5, 0, 0, TimeSpan.Zero));
        _logs = new CapturingLoggerProvider();
    }

    [TearDown]
    public void DisposeLogs() => _logs.Dispose();

    private ServiceProvider Build(Action<LinkedInRscOptions>? configure = null, Action<ILinkedInRscBuilder>? builder = null) =>
        BuildProvider(Server, _time, _logs, configure, builder);

    private void StubToken(string token, object expiresIn, string? scenario = null, string? whenState = null, string? nextState = null)
    {
        var request = Server.Given(Request.Create().WithPath(TokenPath).UsingPost());
        if (scenario is not null)
        {
            request = request.InScenario(scenario);
            if (whenState is not null)
            {
                request = request.WhenStateIs(whenState);
            }

            if (nextState is not null)
            {
                request = request.WillSetStateTo(nextState);
            }
        }

        request.RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TokenJson(token, expiresIn)));
    }

    [Test]
    public async Task GetTokenAsync_PostsUrlEncodedClientCredentialsForm()
    {
        StubToken("tok-1", 1800);
        using ServiceProvider provider = Build();

        AccessToken token = await provider.TokenProvider().GetTokenAsync(Alpha);

        var request = Server.Requests(TokenPath).Single().RequestMessage!;
        Assert.Multiple(() =>
        {
            Assert.That(token.Value, Is.EqualTo("tok-1"));
            Assert.That(request.Method, Is.EqualTo("POST"));
            Assert.That(request.Headers!["Content-Type"].Single(), Does.StartWith("application/x-www-form-urlencoded"));
            Assert.That(request.Body, Is.EqualTo("grant_type=client_credentials&client_id=client-alpha&client_secret=s3cr%2Fet%2Bwith%3Dchars%26more"));
        });
    }

    [Test]
    public async Task GetTokenAsync_CachesUntilExpiresInMinusSkew_ThenFetchesANewToken()
    {
        StubToken("tok-1", 1800, "expiry", nextState: "second");
        StubToken("tok-2", 1800, "expiry", whenState: "second");
        using ServiceProvider provider = Build();
        IAccessTokenProvider tokens = provider.TokenProvider();

        AccessToken first = await tokens.GetTokenAsync(Alpha);
        _time.Advance(TimeSpan.FromMinutes(25) - TimeSpan.FromSeconds(1));
        AccessToken stillCached = await tokens.GetTokenAsync(Alpha);
        int requestsBeforeRefresh = Server.Requests(TokenPath).Count;
        _time.Advance(TimeSpan.FromSeconds(1));
        AccessToken refreshed = await tokens.GetTokenAsync(Alpha);

        Assert.Multiple(() =>
        {
            Assert.That(first.Value, Is.EqualTo("tok-1"));
            Assert.That(first.ExpiresAt, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 5, 30, 0, TimeSpan.Zero)));
            Assert.That(first.RefreshAt, Is.EqualTo(new DateTimeOffset(2026, 11, 26, 5, 25, 0, TimeSpan.Zero)));
            Assert.That(stillCached, Is.SameAs(first));
            Assert.That(requestsBeforeRefresh, Is.EqualTo(1));
            Assert.That(refreshed.Value, Is.EqualTo("tok-2"));
            Assert.That(Server.Requests(TokenPath), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task GetTokenAsync_ExpiresInAsString_IsHonoured()
    {
        StubToken("tok-s", "1800");
        using ServiceProvider provider = Build();

        AccessToken token = await provider.TokenProvider().GetTokenAsync(Alpha);

        Assert.That(token.ExpiresAt - _time.GetUtcNow(), Is.EqualTo(TimeSpan.FromSeconds(1800)));
    }

    [Test]
    public async Task GetTokenAsync_ShortLivedToken_IsReplacedAfterHalfItsLife()
    {
        StubToken("tok-short", 120);
        using ServiceProvider provider = Build();

        AccessToken token = await provider.TokenProvider().GetTokenAsync(Alpha);

        Assert.That(token.RefreshAt - _time.GetUtcNow(), Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public async Task GetTokenAsync_ManyConcurrentCallers_SendExactlyOneTokenRequest()
    {
        var gated = new GatedTokenHandler();
        using ServiceProvider provider = Build(builder: b => b.TokenHttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => gated));
        IAccessTokenProvider tokens = provider.TokenProvider();

        Task<AccessToken>[] callers = Enumerable.Range(0, 64)
            .Select(_ => Task.Run(() => tokens.GetTokenAsync(Alpha)))
            .ToArray();
        await gated.FirstRequestArrived.WaitAsync(TimeSpan.FromSeconds(30));
        bool anyCompletedWhileGated = callers.Any(c => c.IsCompleted);
        gated.Open();
        AccessToken[] results = await Task.WhenAll(callers);

        Assert.Multiple(() =>
        {
            Assert.That(anyCompletedWhileGated, Is.False);
            Assert.That(gated.RequestCount, Is.EqualTo(1));
            Assert.That(results.Select(r => r.Value).Distinct(), Is.EqualTo(new[] { "gated-token-1" }));
        });
    }

    [Test]
    public async Task GetTokenAsync_OneCallerCancels_OthersStillGetTheSharedToken()
    {
        var gated = new GatedTokenHandler();
        using ServiceProvider provider = Build(builder: b => b.TokenHttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => gated));
        IAccessTokenProvider tokens = provider.TokenProvider();
        using var cts = new CancellationTokenSource();

        Task<AccessToken> cancelled = tokens.GetTokenAsync(Alpha, cts.Token);
        Task<AccessToken> patient = tokens.GetTokenAsync(Alpha);
        await gated.FirstRequestArrived.WaitAsync(TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        Assert.That(async () => await cancelled, Throws.InstanceOf<OperationCanceledException>());
        gated.Open();
        Assert.That((await patient).Value, Is.EqualTo("gated-token-1"));
        Assert.That(gated.RequestCount, Is.EqualTo(1));
    }

    [Test]
    public async Task GetTokenAsync_TwoCredentials_GetTheirOwnCachedTokens()
    {
        var beta = new ClientCredentials("client-beta", "beta-secret");
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost().WithBody(new WildcardMatcher("*client_id=client-alpha*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TokenJson("tok-alpha", 1800)));
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost().WithBody(new WildcardMatcher("*client_id=client-beta*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TokenJson("tok-beta", 1800)));
        using ServiceProvider provider = Build();
        IAccessTokenProvider tokens = provider.TokenProvider();

        AccessToken a1 = await tokens.GetTokenAsync(Alpha);
        AccessToken b1 = await tokens.GetTokenAsync(beta);
        AccessToken a2 = await tokens.GetTokenAsync(new ClientCredentials(ClientId, ClientSecret));
        AccessToken b2 = await tokens.GetTokenAsync(beta);

        Assert.Multiple(() =>
        {
            Assert.That(a1.Value, Is.EqualTo("tok-alpha"));
            Assert.That(b1.Value, Is.EqualTo("tok-beta"));
            Assert.That(a2, Is.SameAs(a1));
            Assert.That(b2, Is.SameAs(b1));
            Assert.That(Server.Requests(TokenPath), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task InvalidateAsync_DropsTheRejectedToken_ButNotANewerOne()
    {
        StubToken("tok-1", 1800, "inv", nextState: "second");
        StubToken("tok-2", 1800, "inv", whenState: "second");
        using ServiceProvider provider = Build();
        IAccessTokenProvider tokens = provider.TokenProvider();

        AccessToken first = await tokens.GetTokenAsync(Alpha);
        await tokens.InvalidateAsync(Alpha, first);
        AccessToken second = await tokens.GetTokenAsync(Alpha);
        await tokens.InvalidateAsync(Alpha, first); // a late 401 for the old token
        AccessToken third = await tokens.GetTokenAsync(Alpha);

        Assert.Multiple(() =>
        {
            Assert.That(second.Value, Is.EqualTo("tok-2"));
            Assert.That(third, Is.SameAs(second));
            Assert.That(Server.Requests(TokenPath), Has.Count.EqualTo(2));
        });
    }

    [TestCase(401, "invalid_client", "Client authentication failed", "Check the client id and secret")]
    [TestCase(400, "access_denied", "This application is not allowed to create application tokens", "not allowed to use the client-credentials flow")]
    public void GetTokenAsync_Refused_ThrowsAuthenticationExceptionWithOAuthError(int status, string error, string description, string hint)
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("x-li-request-id", "req-77")
                .WithBody($$"""{"error":"{{error}}","error_description":"{{description}}"}"""));
        using ServiceProvider provider = Build();

        var ex = Assert.ThrowsAsync<AuthenticationFailedException>(() => provider.TokenProvider().GetTokenAsync(Alpha));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo((HttpStatusCode)status));
            Assert.That(ex.ErrorCode, Is.EqualTo(error));
            Assert.That(ex.ServiceMessage, Is.EqualTo(description));
            Assert.That(ex.ClientId, Is.EqualTo(ClientId));
            Assert.That(ex.RequestId, Is.EqualTo("req-77"));
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(ex.Message, Does.Contain(ClientId).And.Contain(error).And.Contain(hint));
            Assert.That(ex.ToString(), Does.Not.Contain(ClientSecret));
            Assert.That(_logs.AllText, Does.Not.Contain(ClientSecret));
            Assert.That(_logs.Records.Any(r => r.EventId.Id == 1002), Is.True);
        });
    }

    [Test]
    public void GetTokenAsync_ErrorDescriptionEchoingTheSecret_IsRedacted()
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401)
                .WithBody($$"""{"error":"invalid_client","error_description":"bad secret {{ClientSecret}}"}"""));
        using ServiceProvider provider = Build();

        var ex = Assert.ThrowsAsync<AuthenticationFailedException>(() => provider.TokenProvider().GetTokenAsync(Alpha));

        Assert.That(ex!.ToString() + ex.ServiceMessage, Does.Not.Contain(ClientSecret));
    }

    [Test]
    public async Task GetTokenAsync_FailureIsNotCached_NextCallTriesAgain()
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503).WithBody("<html>busy</html>"));
        StubToken("tok-after-outage", 1800, "flaky", whenState: "up");
        using ServiceProvider provider = Build();
        IAccessTokenProvider tokens = provider.TokenProvider();

        var ex = Assert.ThrowsAsync<AuthenticationFailedException>(() => tokens.GetTokenAsync(Alpha));
        AccessToken token = await tokens.GetTokenAsync(Alpha);

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(ex.IsTransient, Is.True);
            Assert.That(token.Value, Is.EqualTo("tok-after-outage"));
        });
    }

    [TestCase("""{"access_token":"tok","expires_in":1800}""", true)]
    [TestCase("""{"access_token":"tok","expires_in":"1800","scope":"","extra":{"kept":"out"}}""", true)]
    [TestCase("""{"access_token":123,"expires_in":1800}""", false)]
    [TestCase("""{"access_token":"tok","expires_in":"soon"}""", false)]
    [TestCase("""{"access_token":"tok","expires_in":0}""", false)]
    [TestCase("""<html>maintenance</html>""", false)]
    public async Task GetTokenAsync_TokenBodyShapes_ReadByTheGeneratedSerializer(string body, bool usable)
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody(body));
        using ServiceProvider provider = Build();

        if (usable)
        {
            AccessToken token = await provider.TokenProvider().GetTokenAsync(Alpha);
            Assert.That(token.ExpiresAt, Is.EqualTo(_time.GetUtcNow().AddSeconds(1800)));
        }
        else
        {
            Assert.That(() => provider.TokenProvider().GetTokenAsync(Alpha), Throws.TypeOf<AuthenticationFailedException>().With.Message.Contains("no usable access_token"));
        }
    }

    [Test]
    public void GetTokenAsync_SuccessWithoutAccessToken_Throws()
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"expires_in":1800}"""));
        using ServiceProvider provider = Build();

        var ex = Assert.ThrowsAsync<AuthenticationFailedException>(() => provider.TokenProvider().GetTokenAsync(Alpha));

        Assert.That(ex!.Message, Does.Contain("no usable access_token"));
    }

    [Test]
    public void GetTokenAsync_UnreachableEndpoint_ThrowsTransientAuthenticationException()
    {
        int closedPort = GetClosedPort();
        using ServiceProvider provider = Build(o => o.TokenEndpoint = new Uri($"http://127.0.0.1:{closedPort}/oauth/v2/accessToken"));

        var ex = Assert.ThrowsAsync<AuthenticationFailedException>(() => provider.TokenProvider().GetTokenAsync(Alpha));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.IsTransient, Is.True);
            Assert.That(ex.StatusCode, Is.Null);
            Assert.That(ex.InnerException, Is.InstanceOf<HttpRequestException>());
            Assert.That(ex.Message, Does.Contain("could not be reached").And.Contain("LinkedInRsc:TokenEndpoint"));
            Assert.That(ex.ToString(), Does.Not.Contain(ClientSecret));
            Assert.That(_logs.Records.Any(r => r.EventId.Id == 1003), Is.True);
        });
    }

    [Test]
    public async Task Logs_NeverContainTheSecretOrTheToken()
    {
        StubToken("tok-very-secret-value", 1800);
        using ServiceProvider provider = Build();

        AccessToken token = await provider.TokenProvider().GetTokenAsync(Alpha);
        await provider.TokenProvider().InvalidateAsync(Alpha, token);

        Assert.Multiple(() =>
        {
            Assert.That(_logs.Records, Is.Not.Empty);
            Assert.That(_logs.AllText, Does.Not.Contain(ClientSecret));
            Assert.That(_logs.AllText, Does.Not.Contain("tok-very-secret-value"));
            Assert.That(_logs.Records.Select(r => r.EventId.Id), Is.SupersetOf(new[] { 1000, 1001, 1004 }));
        });
    }

    private static int GetClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
