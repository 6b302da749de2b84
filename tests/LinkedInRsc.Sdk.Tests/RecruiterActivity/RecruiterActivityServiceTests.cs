using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;
using LinkedInRsc.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Sdk.Tests.RecruiterActivity;

[TestFixture]
public sealed class RecruiterActivityServiceTests
{
    private static readonly TimeSpan TwoHours = TimeSpan.FromHours(2);

    [Test]
    public async Task HostedService_OnTheFakeClock_RunsARoundEveryTwoHours()
    {
        await using ActivityScenario s = await ActivityScenario.StartAsync();
        await s.Emulator.SendInMailAsync(s.Ada.SeatUrn, s.Grace.PersonUrn, "Hello", "Round one");
        s.Advance(TimeSpan.FromMinutes(1));
        BackgroundService service = s.H.Services.GetServices<IHostedService>().OfType<BackgroundService>().Single();
        DateTimeOffset started = s.Time.GetUtcNow();

        await service.StartAsync(CancellationToken.None);
        await s.Time.WaitForTimerAsync(TwoHours);
        int afterFirst = s.AcmeAts.InMails.Count;
        await s.Emulator.SendInMailAsync(s.Bob.SeatUrn, s.Grace.PersonUrn, "Hello", "Round two");
        s.Advance(TimeSpan.FromHours(1));
        int beforeDue = s.AcmeAts.InMails.Count;
        s.Advance(TimeSpan.FromHours(1));
        await s.Time.WaitForTimerAsync(TwoHours);
        int afterSecond = s.AcmeAts.InMails.Count;
        await service.StopAsync(CancellationToken.None);

        DateTimeOffset[] rounds = [.. s.Emulator.Journal.For("/v2/seatsV2").Where(e => e.ClientId == s.Acme.Credentials.ClientId).Select(e => e.Timestamp)];
        Assert.Multiple(() =>
        {
            Assert.That(afterFirst, Is.EqualTo(1), "the first round runs at start");
            Assert.That(beforeDue, Is.EqualTo(1), "nothing runs before the interval is over");
            Assert.That(afterSecond, Is.EqualTo(2));
            Assert.That(rounds, Is.EqualTo(new[] { started, started + TwoHours }), "one round for acme at start and one two hours later");
        });
    }

    [Test]
    public async Task HostedService_RunOnStartFalse_WaitsOneIntervalFirst()
    {
        await using ActivityScenario s = await ActivityScenario.StartAsync(o =>
        {
            o.RunOnStart = false;
            o.Interval = TimeSpan.FromMinutes(30);
        });
        BackgroundService service = s.H.Services.GetServices<IHostedService>().OfType<BackgroundService>().Single();

        await service.StartAsync(CancellationToken.None);
        await s.Time.WaitForTimerAsync(TimeSpan.FromMinutes(30));
        int before = s.Emulator.Journal.For("/v2/seatsV2").Count;
        s.Advance(TimeSpan.FromMinutes(30));
        await s.Time.WaitForTimerAsync(TimeSpan.FromMinutes(30));
        int after = s.Emulator.Journal.For("/v2/seatsV2").Count;
        await service.StopAsync(CancellationToken.None);

        Assert.That((before, after), Is.EqualTo((0, 2)), "no round before the first interval; then one per customer");
    }

    [TestCase("Interval", 0)]
    [TestCase("Window", 13)]
    [TestCase("PageSize", 0)]
    [TestCase("RequestsPerSeatPerMinute", 0)]
    public async Task AddRecruiterActivity_BadSetting_FailsAtStartUpNamingIt(string setting, int value)
    {
        var ats = new SampleAts();
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(builder: b =>
        {
            b.Services.AddSingleton<IConversationEventSink>(ats).AddSingleton<IProspectNoteSink>(ats).AddSingleton<ITalentPoolHandler>(ats);
            b.AddRecruiterActivity(o =>
            {
                switch (setting)
                {
                    case "Interval": o.Interval = TimeSpan.FromHours(value); break;
                    case "Window": o.Window = TimeSpan.FromHours(value); break;
                    case "PageSize": o.PageSize = value; break;
                    default: o.RequestsPerSeatPerMinute = value; break;
                }
            });
        });

        var ex = Assert.Throws<OptionsValidationException>(() => h.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain(setting));
    }
}
