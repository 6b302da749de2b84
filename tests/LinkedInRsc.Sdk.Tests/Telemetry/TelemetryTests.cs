using System.Diagnostics;
using System.Net;
using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Sdk.Tests.Http;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Telemetry;

/// <summary>
/// The <c>LinkedInRsc</c> meter and activity source seen through a <see cref="System.Diagnostics.Metrics.MeterListener"/> and an
/// <see cref="ActivityListener"/>: one client activity and duration per attempt (OpenTelemetry's HTTP client
/// conventions), resends, 429s, token requests and quota waits, with low-cardinality tags and no customer data.
/// </summary>
[TestFixture]
public sealed class TelemetryTests
{
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(10);
    private TelemetryCapture _capture = null!;
    private CapturingLoggerProvider _logs = null!;
    private EmulatorHarness _h = null!;

    [SetUp]
    public async Task SetUp()
    {
        _logs = new CapturingLoggerProvider();
        _h = await EmulatorHarness.StartWithSdkAsync(
            sdk: o => o.MaxRetryAttempts = 1,
            services: s => s.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)));
        await _h.AddSdkCustomerAsync();
        _capture = new TelemetryCapture();
    }

    [TearDown]
    public async Task TearDown()
    {
        _capture.Dispose();
        await _h.DisposeAsync();
        _logs.Dispose();
    }

    [Test]
    public async Task Request_TransientFailureThenSuccess_OneActivityAndDurationPerAttemptAndOneResend()
    {
        _h.Emulator.Faults.FailNext("/v2/atsIntegrations", HttpStatusCode.ServiceUnavailable, method: HttpMethod.Get);

        await _h.AdvanceWhileAsync(() => _h.Client.Integrations.GetIntegrationsAsync(), LongestRetryDelay);

        Activity[] attempts = [.. _capture.Activities.Where(a => a.DisplayName == "GET v2/atsIntegrations")];
        var durations = _capture.Of("linkedinrsc.client.request.duration").Where(m => (string?)m["url.template"] == "v2/atsIntegrations").ToList();
        TelemetryCapture.Measurement resend = _capture.Of("linkedinrsc.client.request.resends").Single();
        Assert.Multiple(() =>
        {
            Assert.That(attempts.Select(a => a.GetTagItem("http.response.status_code")), Is.EqualTo(new object[] { 503, 200 }));
            Assert.That(attempts.Select(a => a.Kind), Is.All.EqualTo(ActivityKind.Client));
            Assert.That(attempts[0].Status, Is.EqualTo(ActivityStatusCode.Error));
            Assert.That(attempts[0].GetTagItem("error.type"), Is.EqualTo("503"));
            Assert.That(attempts[0].GetTagItem("http.request.resend_count"), Is.Null);
            Assert.That(attempts[1].GetTagItem("http.request.resend_count"), Is.EqualTo(1));
            Assert.That(attempts[1].GetTagItem("url.full"), Is.EqualTo("http://rsc-emulator.invalid/v2/atsIntegrations"));
            Assert.That(attempts[1].GetTagItem("linkedinrsc.restli.method"), Is.EqualTo("BATCH_GET"));
            Assert.That(durations.Select(m => m["http.response.status_code"]), Is.EqualTo(new object[] { 503, 200 }));
            Assert.That(durations.Select(m => m["http.request.method"]), Is.All.EqualTo("GET"));
            Assert.That(durations.Select(m => m["server.address"]), Is.All.EqualTo("rsc-emulator.invalid"));
            Assert.That(resend["error.type"], Is.EqualTo("503"));
            Assert.That(resend["url.template"], Is.EqualTo("v2/atsIntegrations"));
        });
    }

    [Test]
    public async Task Request_Resent_LogsUnderTheSdksCategoryAndNotAsAPollyWarning()
    {
        _h.Emulator.Faults.FailNext("/v2/atsIntegrations", HttpStatusCode.ServiceUnavailable, method: HttpMethod.Get);

        await _h.AdvanceWhileAsync(() => _h.Client.Integrations.GetIntegrationsAsync(), LongestRetryDelay);

        Assert.Multiple(() =>
        {
            Assert.That(_logs.Records.Where(r => r.Category.StartsWith("Polly", StringComparison.Ordinal) && r.Level >= LogLevel.Warning), Is.Empty);
            Assert.That(_logs.Records.Where(r => r.Category.StartsWith("Polly", StringComparison.Ordinal)), Is.Not.Empty, "Polly still reports, at Debug");
            Assert.That(_logs.Records.Single(r => r.EventId.Name == "RequestResent").Level, Is.EqualTo(LogLevel.Information));
        });
    }

    [Test]
    public async Task Request_Answered429_IsCountedAsThrottled()
    {
        _h.Emulator.Faults.FailNext("/v2/atsIntegrations", HttpStatusCode.TooManyRequests, count: 2, method: HttpMethod.Get);

        Assert.That(async () => await _h.AdvanceWhileAsync(() => _h.Client.Integrations.GetIntegrationsAsync(), LongestRetryDelay), Throws.TypeOf<LinkedInRscException>());

        IReadOnlyList<TelemetryCapture.Measurement> throttled = _capture.Of("linkedinrsc.client.throttled");
        Assert.Multiple(() =>
        {
            Assert.That(throttled, Has.Count.EqualTo(2), "the first answer and the resend's");
            Assert.That(throttled.Select(m => m["url.template"]), Is.All.EqualTo("v2/atsIntegrations"));
            Assert.That(throttled.Select(m => m["http.response.status_code"]), Is.All.EqualTo(429));
        });
    }

    [Test]
    public async Task TokenRequests_FirstRejectedAndExpiring_AreCountedByReason()
    {
        await _h.Client.Integrations.GetIntegrationsAsync();                        // first token of the customer
        _h.Emulator.Faults.FailNext("/v2/atsIntegrations", HttpStatusCode.Unauthorized, method: HttpMethod.Get);
        await _h.Client.Integrations.GetIntegrationsAsync();                        // 401: discarded, a new one
        _h.Time.Advance(TimeSpan.FromMinutes(26));                                  // past the refresh point (30 min - 5 min)
        await _h.Client.Integrations.GetIntegrationsAsync();

        IReadOnlyList<TelemetryCapture.Measurement> tokens = _capture.Of("linkedinrsc.token.requests");
        Assert.Multiple(() =>
        {
            Assert.That(tokens.Select(m => m["linkedinrsc.token.reason"]), Is.EqualTo(new[] { "first", "rejected", "expiring" }));
            Assert.That(tokens.Select(m => m["error.type"]), Is.All.Null);
            Assert.That(_capture.Activities.Count(a => a.DisplayName == "POST oauth/v2/accessToken"), Is.EqualTo(3));
            Assert.That(_capture.Of("linkedinrsc.client.request.resends").Single()["error.type"], Is.EqualTo("401"), "the request sent again with the new token");
        });
    }

    [Test]
    public async Task TokenRequest_Refused_CountsTheOAuthError()
    {
        await _h.Services.GetRequiredService<ICustomerDirectory>().SaveAsync(_h.Client.Customer with
        {
            CustomerId = "broken",
            Credentials = new LinkedInRsc.Authentication.ClientCredentials(_h.Client.Customer.Credentials!.ClientId, "wrong-secret"),
        });
        ICustomerClient broken = await _h.Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("broken");

        Assert.That(async () => await broken.Integrations.GetIntegrationsAsync(), Throws.InstanceOf<LinkedInRscException>());

        TelemetryCapture.Measurement token = _capture.Of("linkedinrsc.token.requests").Single();
        Assert.That(token["error.type"], Is.EqualTo("invalid_client"));
    }

    [Test]
    public async Task Telemetry_SyncWritesWithKeysInTheAddress_CarriesNoCustomerData()
    {
        string clientId = _h.Client.Customer.Credentials!.ClientId;
        await _h.Client.Candidates.UpsertAsync([Candidate("C-4711")]);
        await _h.Client.Candidates.UpsertNotesAsync([new LinkedInRsc.Candidates.AtsCandidateNote { AtsCandidateId = "C-4711", NoteId = "N-1", Note = "Strong", AtsCreatedAt = T0 }]);

        string[] values = [.. _capture.AllTagValues()];
        Assert.Multiple(() =>
        {
            Assert.That(values, Has.None.Contain("C-4711").And.None.Contain("N-1"));
            Assert.That(values, Has.None.Contain("urn:li").And.None.Contain("urn%3Ali"));
            Assert.That(values, Has.None.Contain(clientId));
            Assert.That(values, Has.None.Contain("?"), "no query string");
            Assert.That(_capture.Activities.Select(a => a.DisplayName), Does.Contain("PUT v2/atsCandidates").And.Contain("PUT v2/atsCandidates/{key}/notes"));
        });
    }

    [Test]
    public async Task QuotaWait_RecordsHowLongARequestWaitedOnTheLimitersClock()
    {
        var time = new FakeTimeProvider();
        using var limiter = new SyncRateLimiter(new QuotaOptions { RecordsPerMinute = 100 }, time);
        await limiter.AcquireAsync(100);

        Task<bool> second = limiter.AcquireAsync(100).AsTask();
        time.Advance(TimeSpan.FromSeconds(61));
        await second;

        TelemetryCapture.Measurement wait = _capture.Of("linkedinrsc.quota.wait.duration").Single();
        Assert.Multiple(() =>
        {
            Assert.That(wait["linkedinrsc.quota.limit"], Is.EqualTo("records_per_minute"));
            Assert.That(wait.Value, Is.EqualTo(61).Within(1), "seconds on the fake clock: the minute plus one segment");
            Assert.That(_capture.Activities.Single(a => a.DisplayName == "linkedinrsc.quota.wait").GetTagItem("linkedinrsc.quota.limit"), Is.EqualTo("records_per_minute"));
        });
    }
}
