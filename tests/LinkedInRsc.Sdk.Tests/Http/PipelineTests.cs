using System.Net;
using LinkedInRsc.Authentication;
using LinkedInRsc.Http;
using Microsoft.Extensions.DependencyInjection;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using static LinkedInRsc.Sdk.Tests.Http.PipelineTestSupport;

namespace LinkedInRsc.Sdk.Tests.Http;

/// <summary>The named client end to end: token, headers, 401 refresh, retries, against WireMock and a fake clock.</summary>
[TestFixture]
[Category("Integration")]
public sealed class PipelineTests : WireMockFixture
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>Fails a broken test instead of hanging it; a passing test never waits for it.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private TestClock _time = null!;
    private CapturingLoggerProvider _logs = null!;

    [SetUp]
    public void ResetClockAndLogs()
    {
        _time = new TestClock(new DateTimeOffset(2026, 11, 26, 5, 0, 0, TimeSpan.Zero));
        _logs = new CapturingLoggerProvider();
    }

    [TearDown]
    public void DisposeLogs() => _logs.Dispose();

    private ServiceProvider Build(Action<LinkedInRscOptions>? configure = null) => BuildProvider(Server, _time, _logs, configure);

    private void StubToken(string token = "tok-1") =>
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TokenJson(token, 1800)));

    private void StubSequence(string path, string method, params int[] statuses)
    {
        for (int i = 0; i < statuses.Length; i++)
        {
            var request = Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(path + method);
            if (i > 0)
            {
                request = request.WhenStateIs("s" + i);
            }

            if (i < statuses.Length - 1)
            {
                request = request.WillSetStateTo("s" + (i + 1));
            }

            request.RespondWith(Response.Create().WithStatusCode(statuses[i]).WithBody("{}"));
        }
    }

    private static HttpRequestMessage NewRequest(HttpMethod method, string relative) =>
        new(method, relative) { Content = method == HttpMethod.Get || method == HttpMethod.Delete ? null : new StringContent("{}") };

    [Test]
    public async Task Send_AddsBearerUserAgentAndLinkedInVersion_OnVersionedApi()
    {
        StubToken();
        StubSequence("/rest/atsCandidates", "GET", 200);
        using ServiceProvider provider = Build(o =>
        {
            o.ApiFlavor = ApiFlavor.Versioned;
            o.LinkedInVersion = "202604";
            o.UserAgent = "MyAts/4.2 LinkedInRsc/1.0";
        });

        global::LinkedInRsc.RestLi.RestLiResponse response = await provider.GetRequiredService<global::LinkedInRsc.RestLi.RestLiClient>().SendAsync(global::LinkedInRsc.RestLi.RestLiRequest.GetAll("atsCandidates"));

        var entry = Server.Requests("/rest/atsCandidates").Single();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(entry.Header("Authorization"), Is.EqualTo("Bearer tok-1"));
            Assert.That(entry.Header("User-Agent"), Is.EqualTo("MyAts/4.2 LinkedInRsc/1.0"));
            Assert.That(entry.Header("LinkedIn-Version"), Is.EqualTo("202604"));
        });
    }

    [Test]
    public async Task Send_DefaultUserAgent_NamesTheSdkAndItsVersion_AndV2SendsNoVersionHeader()
    {
        StubToken();
        StubSequence("/v2/atsCandidates", "GET", 200);
        using ServiceProvider provider = Build();

        using HttpResponseMessage response = await provider.CreateClient().GetAsync(new Uri("atsCandidates", UriKind.Relative));

        var entry = Server.Requests("/v2/atsCandidates").Single();
        Assert.Multiple(() =>
        {
            Assert.That(entry.Header("User-Agent"), Does.Match(@"^LinkedInRsc/\d+\.\d+\.\d+"));
            Assert.That(entry.Header("LinkedIn-Version"), Is.Null);
        });
    }

    [Test]
    public async Task Send_PerRequestCredentials_EachRequestCarriesItsOwnToken()
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher("*client_id=customer-a*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TokenJson("tok-a", 1800)));
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost().WithBody(new WireMock.Matchers.WildcardMatcher("*client_id=customer-b*")))
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TokenJson("tok-b", 1800)));
        StubSequence("/v2/seatsV2", "GET", 200);
        using ServiceProvider provider = Build(o =>
        {
            o.ClientId = null;
            o.ClientSecret = null;
        });
        HttpClient client = provider.CreateClient();

        foreach (string customer in new[] { "customer-a", "customer-b", "customer-a" })
        {
            using HttpRequestMessage request = NewRequest(HttpMethod.Get, "seatsV2");
            request.Options.Set(RequestOptionKeys.Credentials, new ClientCredentials(customer, customer + "-secret"));
            using HttpResponseMessage response = await client.SendAsync(request);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Server.Requests("/v2/seatsV2").Select(e => e.Header("Authorization")), Is.EqualTo(new[] { "Bearer tok-a", "Bearer tok-b", "Bearer tok-a" }));
            Assert.That(Server.Requests(TokenPath), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Send_WithoutAnyCredentials_FailsBeforeSending()
    {
        using ServiceProvider provider = Build(o =>
        {
            o.ClientId = null;
            o.ClientSecret = null;
        });

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => provider.CreateClient().GetAsync(new Uri("seatsV2", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Contain("LinkedInRsc:ClientId").And.Contain("RequestOptionKeys.Credentials"));
            Assert.That(Server.LogEntries, Is.Empty);
        });
    }

    [Test]
    public void Send_TokenRefused_ThrowsAuthenticationExceptionAndSendsNoApiRequest()
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"invalid_client","error_description":"Client authentication failed"}"""));
        StubSequence("/v2/atsJobs", "GET", 200);
        using ServiceProvider provider = Build();

        var ex = Assert.ThrowsAsync<AuthenticationFailedException>(() => provider.CreateClient().GetAsync(new Uri("atsJobs", UriKind.Relative)));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.ErrorCode, Is.EqualTo("invalid_client"));
            Assert.That(Server.Requests("/v2/atsJobs"), Is.Empty);
            Assert.That(Server.Requests(TokenPath), Has.Count.EqualTo(1), "a refused credential is not retried by the resilience pipeline");
            Assert.That(ex.ToString() + _logs.AllText, Does.Not.Contain(ClientSecret));
        });
    }

    [Test]
    public async Task Send_Unauthorized_InvalidatesTokenAndRetriesOnceWithANewToken()
    {
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).InScenario("tok").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TokenJson("tok-revoked", 1800)));
        Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).InScenario("tok").WhenStateIs("second")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(TokenJson("tok-fresh", 1800)));
        StubSequence("/v2/atsJobs", "GET", 401, 200);
        using ServiceProvider provider = Build();

        using HttpResponseMessage response = await provider.CreateClient().GetAsync(new Uri("atsJobs", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Server.Requests("/v2/atsJobs").Select(e => e.Header("Authorization")), Is.EqualTo(new[] { "Bearer tok-revoked", "Bearer tok-fresh" }));
            Assert.That(_logs.Records.Any(r => r.EventId.Id == 1100), Is.True);
            Assert.That(_logs.AllText, Does.Not.Contain("tok-revoked").And.Not.Contain("tok-fresh").And.Not.Contain(ClientSecret));
        });
    }

    [Test]
    public async Task Send_UnauthorizedTwice_SurfacesThe401WithoutFurtherRetries()
    {
        StubToken();
        StubSequence("/v2/atsJobs", "GET", 401, 401, 200);
        using ServiceProvider provider = Build();

        using HttpResponseMessage response = await provider.CreateClient().GetAsync(new Uri("atsJobs", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(Server.Requests("/v2/atsJobs"), Has.Count.EqualTo(2));
            Assert.That(Server.Requests(TokenPath), Has.Count.EqualTo(2));
            Assert.That(_logs.Records.Any(r => r.EventId.Id == 1101), Is.True);
        });
    }

    [TestCase("GET")]
    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task Send_IdempotentMethod_503ThenOk_IsRetriedAfterTheBackOff(string method)
    {
        StubToken();
        StubSequence("/v2/atsCandidates", method, 503, 200);
        using ServiceProvider provider = Build();
        using HttpRequestMessage request = NewRequest(new HttpMethod(method), "atsCandidates");

        using var abort = new CancelOnDispose(); // a failing test must not leave Polly waiting on the fake clock at dispose
        Task<HttpResponseMessage> send = abort.Track(provider.CreateClient().SendAsync(request, abort.Token));
        await _time.WaitForTimerAsync(RetryDelay);
        bool completedBeforeBackOff = send.IsCompleted;
        _time.Advance(RetryDelay);
        using HttpResponseMessage response = await send.WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(completedBeforeBackOff, Is.False);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Server.Requests("/v2/atsCandidates"), Has.Count.EqualTo(2));
            Assert.That(Server.Requests("/v2/atsCandidates").Select(e => e.Header("Authorization")), Is.All.EqualTo("Bearer tok-1"));
        });
    }

    [Test]
    public async Task Send_PersistentFailure_GivesUpAfterMaxRetryAttempts()
    {
        StubToken();
        StubSequence("/v2/atsCandidates", "GET", 503, 503, 503, 200);
        using ServiceProvider provider = Build(o => o.MaxRetryAttempts = 2);

        using var abort = new CancelOnDispose();
        Task<HttpResponseMessage> send = abort.Track(provider.CreateClient().GetAsync(new Uri("atsCandidates", UriKind.Relative), abort.Token));
        for (int retry = 0; retry < 2; retry++)
        {
            await _time.WaitForTimerAsync(RetryDelay);
            _time.Advance(RetryDelay);
        }

        using HttpResponseMessage response = await send.WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(Server.Requests("/v2/atsCandidates"), Has.Count.EqualTo(3));
        });
    }

    [TestCase(503)]
    [TestCase(429)]
    public async Task Send_Post_IsNotRetried(int status)
    {
        StubToken();
        StubSequence("/v2/simpleJobPostings", "POST", status, 200);
        using ServiceProvider provider = Build();
        using HttpRequestMessage request = NewRequest(HttpMethod.Post, "simpleJobPostings");

        // Either the response arrives, or the pipeline arms a retry back-off (which would be the bug).
        using var abort = new CancelOnDispose(); // a failing test must not leave Polly waiting on the fake clock at dispose
        Task<HttpResponseMessage> send = abort.Track(provider.CreateClient().SendAsync(request, abort.Token));
        await Task.WhenAny(send, _time.WaitForTimerAsync(RetryDelay)).WaitAsync(Guard);
        Assert.That(send.IsCompleted, Is.True, "a POST must not wait for a retry");
        using HttpResponseMessage response = await send;

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(Server.Requests("/v2/simpleJobPostings"), Has.Count.EqualTo(1));
            Assert.That(_time.CreatedTimers, Does.Not.Contain(RetryDelay));
        });
    }

    [Test]
    public async Task Send_TunneledGetAsPostWithMethodOverride_IsRetried()
    {
        StubToken();
        StubSequence("/v2/atsCandidates", "POST", 503, 200);
        using ServiceProvider provider = Build();
        using HttpRequestMessage request = NewRequest(HttpMethod.Post, "atsCandidates");
        request.Headers.Add("X-HTTP-Method-Override", "GET");

        using var abort = new CancelOnDispose(); // a failing test must not leave Polly waiting on the fake clock at dispose
        Task<HttpResponseMessage> send = abort.Track(provider.CreateClient().SendAsync(request, abort.Token));
        await _time.WaitForTimerAsync(RetryDelay);
        _time.Advance(RetryDelay);
        using HttpResponseMessage response = await send.WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Server.Requests("/v2/atsCandidates"), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Send_429WithRetryAfter_WaitsExactlyRetryAfterThenRetries()
    {
        StubToken();
        Server.Given(Request.Create().WithPath("/v2/seatsV2").UsingGet()).InScenario("throttle").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "7"));
        Server.Given(Request.Create().WithPath("/v2/seatsV2").UsingGet()).InScenario("throttle").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using ServiceProvider provider = Build();
        TimeSpan retryAfter = TimeSpan.FromSeconds(7);

        using var abort = new CancelOnDispose();
        Task<HttpResponseMessage> send = abort.Track(provider.CreateClient().GetAsync(new Uri("seatsV2", UriKind.Relative), abort.Token));
        await _time.WaitForTimerAsync(retryAfter);
        _time.Advance(retryAfter - TimeSpan.FromMilliseconds(1));
        bool completedBeforeRetryAfter = send.IsCompleted;
        int requestsBeforeRetryAfter = Server.Requests("/v2/seatsV2").Count;
        _time.Advance(TimeSpan.FromMilliseconds(1));
        using HttpResponseMessage response = await send.WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(completedBeforeRetryAfter, Is.False);
            Assert.That(requestsBeforeRetryAfter, Is.EqualTo(1));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Server.Requests("/v2/seatsV2"), Has.Count.EqualTo(2));
            Assert.That(_time.CreatedTimers, Does.Not.Contain(RetryDelay), "the configured back-off must not be used when Retry-After is present");
        });
    }

    [Test]
    public async Task Send_MaxRetryAttemptsZero_TurnsRetriesOff()
    {
        StubToken();
        StubSequence("/v2/atsCandidates", "GET", 503, 200);
        using ServiceProvider provider = Build(o => o.MaxRetryAttempts = 0);

        using HttpResponseMessage response = await provider.CreateClient().GetAsync(new Uri("atsCandidates", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(Server.Requests("/v2/atsCandidates"), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Send_AttemptTimeout_UsesTheRegisteredTimeProvider()
    {
        StubToken();
        StubSequence("/v2/atsCandidates", "GET", 200);
        using ServiceProvider provider = Build(o =>
        {
            o.AttemptTimeout = TimeSpan.FromSeconds(13);
            o.TotalTimeout = TimeSpan.FromSeconds(47);
        });

        using HttpResponseMessage response = await provider.CreateClient().GetAsync(new Uri("atsCandidates", UriKind.Relative));

        Assert.That(_time.CreatedTimers, Does.Contain(TimeSpan.FromSeconds(13)).And.Contain(TimeSpan.FromSeconds(47)));
    }

    /// <summary>
    /// Cancels on dispose. Declared after the provider, it is disposed first, so a request a failed assertion left
    /// waiting on the fake clock is cancelled before the provider disposes the resilience pipeline (which waits for
    /// in-flight executions on the pipeline's clock and would otherwise hang).
    /// </summary>
    private sealed class CancelOnDispose : IDisposable
    {
        private readonly CancellationTokenSource _source = new();
        private Task? _pending;

        public CancellationToken Token => _source.Token;

        public Task<T> Track<T>(Task<T> task)
        {
            _pending = task;
            return task;
        }

        public void Dispose()
        {
            _source.Cancel();

            // Let the cancelled execution unwind before the provider is disposed.
            _ = ((IAsyncResult?)_pending)?.AsyncWaitHandle.WaitOne(Guard);
            _source.Dispose();
        }
    }
}
