using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Tests.Resources;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>
/// Faults after processing (LinkedIn did the work, the answer was lost), the kinds added for the fault matrix (empty and
/// truncated bodies, no answer at all), <c>Retry-After</c>, and seeded random faults — over both front-ends.
/// </summary>
[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class FaultTimingTests(FrontEnd frontEnd)
{
    private const string Candidates = "/v2/atsCandidates";
    private EmulatorHarness _h = null!;
    private EmulatedCustomer _acme = null!;
    private ResourceWire _wire = null!;

    private string Org => _acme.OrganizationUrn!.Value.ToString();

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(frontEnd);
        _acme = await _h.Emulator.AddCustomerAsync("acme", AccessLevel.Company);
        _wire = new ResourceWire(_h, 2, await _h.TokenAsync(_acme.Credentials));
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    [Test]
    public async Task StatusAfterProcessing_TheWriteIsKept_TheAnswerIsTheFault()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = Candidates, StatusCode = HttpStatusCode.GatewayTimeout, AfterProcessing = true });

        var (status, _, _) = await UpsertAsync("C1");

        Assert.That(status, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(StoredCandidates(), Is.EqualTo(new[] { "C1" }), "the upsert was processed before the 504");
        Assert.That(_h.Emulator.Journal.For(Candidates).Single().Fault?.AfterProcessing, Is.True);
    }

    [Test]
    public async Task StatusBeforeProcessing_NothingIsWritten()
    {
        _h.Emulator.Faults.FailNext(Candidates, HttpStatusCode.GatewayTimeout);

        var (status, _, _) = await UpsertAsync("C1");

        Assert.That(status, Is.EqualTo(HttpStatusCode.GatewayTimeout));
        Assert.That(StoredCandidates(), Is.Empty);
    }

    [Test]
    public async Task DropAfterProcessing_TheClientSeesAResetButTheWriteIsKept()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.DropConnection, Path = Candidates, AfterProcessing = true });

        Assert.That(async () => await UpsertAsync("C1"), Throws.InstanceOf<HttpRequestException>());
        Assert.That(StoredCandidates(), Is.EqualTo(new[] { "C1" }));
        Assert.That(_h.Emulator.Journal.For(Candidates).Single().StatusCode, Is.Null, "journaled as unanswered");
    }

    [Test]
    public async Task TruncatedBodyAfterProcessing_IsValidHttpWithHalfTheRealJson()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.TruncatedBody, Path = Candidates, AfterProcessing = true });

        using HttpResponseMessage response = await RawUpsertAsync("C1");
        string text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(text, Does.StartWith("{"));
        Assert.That(() => JsonNode.Parse(text), Throws.InstanceOf<JsonException>());
        Assert.That(StoredCandidates(), Is.EqualTo(new[] { "C1" }));
    }

    [Test]
    public void TruncatedBodyBeforeProcessing_IsRefused()
    {
        Assert.That(
            () => _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.TruncatedBody, Path = Candidates }),
            Throws.ArgumentException.With.Message.Contains("AfterProcessing"));
    }

    [Test]
    public async Task EmptyBody_Is200WithNothing()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.EmptyBody, Path = Candidates });

        using HttpResponseMessage response = await RawUpsertAsync("C1");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
        Assert.That(StoredCandidates(), Is.Empty, "before processing by default");
    }

    [Test]
    public async Task TimeoutAfterProcessing_HoldsTheRequestOnTheClock_ThenDrops_AndKeepsTheWrite()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Timeout, Path = Candidates, AfterProcessing = true, Delay = TimeSpan.FromSeconds(30) });

        Task<(HttpStatusCode, JsonNode?, HttpResponseMessage)> pending = UpsertAsync("C1");
        await _h.Emulator.Faults.WaitForDelayedRequestsAsync(1);
        bool answeredEarly = pending.IsCompleted;
        _h.Time.Advance(TimeSpan.FromSeconds(30));

        Assert.That(answeredEarly, Is.False, "no answer while held");
        Assert.That(async () => await pending, Throws.InstanceOf<HttpRequestException>());
        Assert.That(StoredCandidates(), Is.EqualTo(new[] { "C1" }));
    }

    [Test]
    public async Task TimeoutBeforeProcessing_ClientGivingUp_EndsTheHold_NothingWritten()
    {
        _h.Emulator.Faults.TimeoutNext(Candidates);
        using var giveUp = new CancellationTokenSource();

        Task pending = _h.Http.SendAsync(UpsertRequest("C1"), giveUp.Token);
        await _h.Emulator.Faults.WaitForDelayedRequestsAsync(1);
        await giveUp.CancelAsync();

        Assert.That(async () => await pending, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(StoredCandidates(), Is.Empty);
    }

    [Test]
    public async Task StatusWithRetryAfter_SendsTheHeaderInSeconds()
    {
        _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = Candidates, StatusCode = HttpStatusCode.TooManyRequests, RetryAfter = TimeSpan.FromSeconds(7) });

        var (status, body, response) = await UpsertAsync("C1");

        Assert.That(status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(7)));
        Assert.That(body!["serviceErrorCode"]!.GetValue<int>(), Is.EqualTo(101), "LinkedIn's throttle code");
    }

    [Test]
    public async Task QuotaThrottle_WithSendRetryAfter_SaysWhenTheMinuteResets()
    {
        _h.Emulator.Quotas.RecordsPerMinute = 1;
        _h.Emulator.Quotas.SendRetryAfter = true;
        long intoMinute = _h.Time.GetUtcNow().UtcTicks % TimeSpan.TicksPerMinute;
        _h.Time.Advance(TimeSpan.FromTicks((TimeSpan.TicksPerMinute - intoMinute) % TimeSpan.TicksPerMinute) + TimeSpan.FromSeconds(45));

        var first = await UpsertAsync("C1");
        var second = await UpsertAsync("C2");

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Response.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(15)));
    }

    [Test]
    public async Task QuotaThrottle_ByDefault_HasNoRetryAfter()
    {
        _h.Emulator.Quotas.RecordsPerMinute = 1;

        await UpsertAsync("C1");
        var second = await UpsertAsync("C2");

        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(second.Response.Headers.RetryAfter, Is.Null);
    }

    [Test]
    public async Task RandomFault_SameSeed_FaultsTheSameRequests_AboutTheAskedFraction()
    {
        async Task<bool[]> RunAsync(int seed)
        {
            _h.Emulator.Faults.Clear();
            _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2", Probability = 0.25, Seed = seed, Count = int.MaxValue });
            var faulted = new bool[200];
            for (int i = 0; i < faulted.Length; i++)
            {
                faulted[i] = (await UpsertAsync("C" + i)).Status == HttpStatusCode.ServiceUnavailable;
            }

            return faulted;
        }

        bool[] first = await RunAsync(7);
        bool[] again = await RunAsync(7);
        bool[] other = await RunAsync(8);

        Assert.That(again, Is.EqualTo(first), "seeded");
        Assert.That(other, Is.Not.EqualTo(first));
        Assert.That(first.Count(f => f), Is.InRange(30, 70), "about a quarter of 200");
    }

    [Test]
    public void RandomFault_ProbabilityOutOfRange_IsRefused()
    {
        Assert.That(
            () => _h.Emulator.Faults.Add(new EmulatorFault { Kind = EmulatorFaultKind.Status, Path = "/v2", Probability = 1.5 }),
            Throws.ArgumentException.With.Message.Contains("between 0 and 1"));
    }

    private string[] StoredCandidates() => [.. _h.Emulator.GetSyncedData(_acme.OrganizationUrn!.Value).Candidates.Select(c => c.AtsCandidateId)];

    private Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> UpsertAsync(string id) =>
        _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + _wire.Ids(CandidateKey(id)), Body(id), "BATCH_UPDATE");

    private Task<HttpResponseMessage> RawUpsertAsync(string id) => _h.Http.SendAsync(UpsertRequest(id));

    private HttpRequestMessage UpsertRequest(string id)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri("v2/atsCandidates?" + _wire.Ids(CandidateKey(id)), UriKind.Relative))
        {
            Content = new StringContent(Body(id), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _wire.Token);
        request.Headers.TryAddWithoutValidation("X-RestLi-Method", "BATCH_UPDATE");
        request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");
        return request;
    }

    private (string, string)[] CandidateKey(string id) => [("atsCandidateId", id), ("dataProvider", "ATS"), ("integrationContext", Org)];

    private string Body(string id) => ResourceWire.Entities((_wire.Key(CandidateKey(id)), new JsonObject
    {
        ["addresses"] = new JsonArray(),
        ["atsCreatedAt"] = 1_600_000_000_000,
        ["atsLastModifiedAt"] = 1_600_000_000_000,
        ["firstName"] = "Ada",
        ["lastName"] = "Lovelace",
        ["emailAddresses"] = new JsonArray(id + "@example.com"),
        ["phoneNumbers"] = new JsonArray(),
    }));
}
