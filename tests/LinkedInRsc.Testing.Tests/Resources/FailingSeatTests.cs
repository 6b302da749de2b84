using System.Net;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

[TestFixture(FrontEnd.InMemory)]
[TestFixture(FrontEnd.Http)]
public sealed class FailingSeatTests(FrontEnd frontEnd)
{
    private EmulatorHarness _harness = null!;
    private EmulatedCustomer _acme = null!;
    private EmulatedSeat _broken = null!;
    private EmulatedSeat _working = null!;
    private string _token = null!;

    [SetUp]
    public async Task SetUp()
    {
        _harness = await EmulatorHarness.StartAsync(frontEnd);
        _acme = await _harness.Emulator.AddCustomerAsync("acme", AccessLevel.Contract);
        _broken = await _harness.Emulator.AddSeatAsync(_acme.ContractUrns[0], PersonUrn.FromId("r1"), "R", "One");
        _working = await _harness.Emulator.AddSeatAsync(_acme.ContractUrns[0], PersonUrn.FromId("r2"), "R", "Two");
        _token = await _harness.TokenAsync(_acme.Credentials);
    }

    [TearDown]
    public async Task TearDown() => await _harness.DisposeAsync();

    [Test]
    public async Task FailSeat_OverHttp_FailsThatSeatsActivityReadsUntilRestored()
    {
        var (failed, _, _) = await _harness.SendAsync(HttpMethod.Post, $"_emulator/seats/{_broken.SeatUrn}/failure", null, """{"status":503}""");

        HttpStatusCode[] during =
        [
            await InMailsAsync(_broken.SeatUrn),
            await InMailsAsync(_working.SeatUrn),
            await ReadAsync($"v2/prospectNotes?q=criteria&contract={_acme.ContractUrns[0]}&owners={_broken.SeatUrn}"),
            await ReadAsync($"v2/mailStubs?q=contract&contract={_acme.ContractUrns[0]}&owners={_working.SeatUrn}"),
            await ReadAsync($"v2/mailStubs?q=contract&contract={_acme.ContractUrns[0]}"),
        ];
        var (restored, body, _) = await _harness.SendAsync(HttpMethod.Delete, $"_emulator/seats/{_broken.SeatUrn}/failure", null);
        HttpStatusCode after = await InMailsAsync(_broken.SeatUrn);

        Assert.Multiple(() =>
        {
            Assert.That(failed, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(during, Is.EqualTo(new[] { HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.OK }));
            Assert.That((restored, body!["wasFailing"]!.GetValue<bool>()), Is.EqualTo((HttpStatusCode.OK, true)));
            Assert.That(after, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public void FailSeat_UnknownSeatOrNonErrorStatus_IsRefused()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Emulator.FailSeatAsync(SeatUrn.FromId(999)));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _harness.Emulator.FailSeatAsync(_broken.SeatUrn, HttpStatusCode.OK));
    }

    private Task<HttpStatusCode> InMailsAsync(SeatUrn seat)
    {
        long now = _harness.Time.GetUtcNow().ToUnixTimeMilliseconds();
        return ReadAsync($"v2/conversationEvents?q=criteria&viewer={seat}&timeRange.start={now - 1000}&timeRange.end={now}");
    }

    private async Task<HttpStatusCode> ReadAsync(string pathAndQuery)
    {
        var (status, _, _) = await _harness.SendAsync(HttpMethod.Get, pathAndQuery, _token);
        return status;
    }
}
