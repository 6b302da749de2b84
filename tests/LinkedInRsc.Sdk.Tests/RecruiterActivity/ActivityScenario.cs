using LinkedInRsc.Customers;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;
using LinkedInRsc.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.RecruiterActivity;

/// <summary>
/// Two contract-level customers on the emulator with their seats and prospects, the SDK with the recruiter-activity
/// poller wired to a <see cref="SampleAts"/>: acme has recruiters Ada and Bob, globex has Cy; Grace, Alan and Linus are
/// LinkedIn members.
/// </summary>
internal sealed class ActivityScenario : IAsyncDisposable
{
    private ActivityScenario(EmulatorHarness harness, SampleAts ats)
    {
        H = harness;
        Ats = ats;
    }

    public EmulatorHarness H { get; }

    public SampleAts Ats { get; }

    public LinkedInRscEmulator Emulator => H.Emulator;

    public TestClock Time => H.Time;

    public EmulatedCustomer Acme { get; private set; } = null!;

    public EmulatedCustomer Globex { get; private set; } = null!;

    public ICustomerClient AcmeClient { get; private set; } = null!;

    public EmulatedSeat Ada { get; private set; } = null!;

    public EmulatedSeat Bob { get; private set; } = null!;

    public EmulatedSeat Cy { get; private set; } = null!;

    public EmulatedMember Grace { get; private set; } = null!;

    public EmulatedMember Alan { get; private set; } = null!;

    public EmulatedMember Linus { get; private set; } = null!;

    public RecruiterActivityPoller Poller => H.Services.GetRequiredService<RecruiterActivityPoller>();

    public SampleAtsTenant AcmeAts => Ats.Tenant("acme");

    public SampleAtsTenant GlobexAts => Ats.Tenant("globex");

    /// <summary>
    /// Starts the emulator and the SDK; <paramref name="services"/> registers replacements before the poller's defaults,
    /// <paramref name="builder"/> adds to the SDK's registration, <paramref name="sdk"/> changes the SDK's options after
    /// the harness's own.
    /// </summary>
    public static async Task<ActivityScenario> StartAsync(Action<RecruiterActivityOptions>? options = null, Action<IServiceCollection>? services = null, Action<ILinkedInRscBuilder>? builder = null, Action<LinkedInRscOptions>? sdk = null)
    {
        EmulatorHarness harness = await EmulatorHarness.StartWithSdkAsync(builder: b =>
        {
            services?.Invoke(b.Services);
            builder?.Invoke(b);
            b.Services.AddSingleton(sp => new SampleAts(sp.GetRequiredService<TimeProvider>()));
            b.Services.AddSingleton<IConversationEventSink>(sp => sp.GetRequiredService<SampleAts>());
            b.Services.AddSingleton<IProspectNoteSink>(sp => sp.GetRequiredService<SampleAts>());
            b.Services.AddSingleton<ITalentPoolHandler>(sp => sp.GetRequiredService<SampleAts>());
            b.AddRecruiterActivity(o =>
            {
                o.InitialLookback = TimeSpan.FromHours(12);
                options?.Invoke(o);
            });
        }, sdk: sdk);
        SampleAts ats = harness.Services.GetRequiredService<SampleAts>();
        var scenario = new ActivityScenario(harness, ats);
        await scenario.SeedAsync();
        return scenario;
    }

    public async ValueTask DisposeAsync() => await H.DisposeAsync();

    /// <summary>Moves the clock (scripted actions happen at the clock's time).</summary>
    public void Advance(TimeSpan by) => Time.Advance(by);

    private async Task SeedAsync()
    {
        Globex = await H.AddSdkCustomerAsync("globex", AccessLevel.Contract);
        Acme = await H.AddSdkCustomerAsync("acme", AccessLevel.Contract);
        AcmeClient = H.Client;
        Ada = await Emulator.AddSeatAsync(Acme.ContractUrns[0], PersonUrn.FromId("recruiterada"), "Ada", "Recruiter");
        Bob = await Emulator.AddSeatAsync(Acme.ContractUrns[0], PersonUrn.FromId("recruiterbob"), "Bob", "Sourcer");
        Cy = await Emulator.AddSeatAsync(Globex.ContractUrns[0], PersonUrn.FromId("recruitercy"), "Cy", "Hunter");
        Grace = await Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Grace", LastName = "Hopper", EmailAddresses = ["grace@navy.example"] });
        Alan = await Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Alan", LastName = "Turing" });
        Linus = await Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Linus", LastName = "Torvalds", EmailAddresses = ["linus@kernel.example"] });
    }
}
