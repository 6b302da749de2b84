using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Notifications;
using LinkedInRsc.Onboarding;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// What the flows run on: the SDK registered the way an ATS registers it (<c>AddLinkedInRsc</c> with the recruiter
/// activity poller and the purged-profiles check), the sample ATS behind its extension points, and — for the embedded
/// target — the emulator, whose pushes reach the SDK's push processor. Emulator and SDK share one clock the flows move
/// (<see cref="Advance"/>) instead of waiting: a poll "two hours later" takes no time.
/// </summary>
internal sealed class SampleEnvironment : IAsyncDisposable
{
    private readonly FakeTimeProvider? _clock;

    private SampleEnvironment(SampleSettings settings, LinkedInRscEmulator? emulator, FakeTimeProvider? clock, ServiceProvider services, SampleAts ats)
    {
        Settings = settings;
        Emulator = emulator;
        _clock = clock;
        Services = services;
        Ats = ats;
    }

    public SampleSettings Settings { get; }

    /// <summary>The embedded emulator; <see langword="null"/> against a standalone emulator or LinkedIn.</summary>
    public LinkedInRscEmulator? Emulator { get; }

    public ServiceProvider Services { get; }

    public SampleAts Ats { get; }

    public TimeProvider Time => (TimeProvider?)_clock ?? TimeProvider.System;

    public OnboardingWorkflow Workflow => Services.GetRequiredService<OnboardingWorkflow>();

    public ICustomerClientFactory Clients => Services.GetRequiredService<ICustomerClientFactory>();

    public ICustomerDirectory Directory => Services.GetRequiredService<ICustomerDirectory>();

    /// <summary>The emulator, for a flow that scripts the LinkedIn side (only run when there is one).</summary>
    public LinkedInRscEmulator LinkedIn => Emulator ?? throw new InvalidOperationException("This flow needs the embedded emulator.");

    /// <summary>The ATS's callback URL for a customer.</summary>
    public static Uri CallbackUrlOf(string customerId) => PushProcessorCallback.UrlOf(customerId);

    public static async Task<SampleEnvironment> StartAsync(SampleSettings settings, CancellationToken cancellationToken)
    {
        FakeTimeProvider? clock = settings.Target == SampleTarget.EmbeddedEmulator ? new FakeTimeProvider(DateTimeOffset.UtcNow) : null;
        TimeProvider time = (TimeProvider?)clock ?? TimeProvider.System;
        ServiceProvider? services = null;
        LinkedInRscEmulator? emulator = null;
        if (clock is not null)
        {
            emulator = await LinkedInRscEmulator.StartAsync(
                new EmulatorOptions
                {
                    TimeProvider = clock,
                    ValidateCallbackUrls = true,
                    PushHandler = new PushProcessorCallback(() => services!.GetRequiredService<PushProcessor>()),
                },
                cancellationToken).ConfigureAwait(false);

            // LinkedIn takes minutes to process a job posting; the emulator can answer at once.
            emulator.SetJobPostingProcessingTime(TimeSpan.Zero);
        }

        var ats = new SampleAts(time);
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error));
        collection.AddSingleton(time);
        collection.AddSingleton(ats);
        collection.AddSingleton<IExportHandler>(ats);
        collection.AddSingleton<IPurgedCandidateHandler>(ats);
        collection.AddSingleton<IConversationEventSink>(ats);
        collection.AddSingleton<IProspectNoteSink>(ats);
        collection.AddSingleton<ITalentPoolHandler>(ats);
        ILinkedInRscBuilder rsc = collection.AddLinkedInRsc(options =>
            {
                if (settings.BaseUrl is { } baseUrl)
                {
                    options.BaseAddress = baseUrl;
                    options.TokenEndpoint = settings.TokenEndpoint ?? options.TokenEndpoint;
                    options.ClientId = settings.ClientId ?? string.Empty;
                    options.ClientSecret = settings.ClientSecret ?? string.Empty;
                }

                if (clock is not null)
                {
                    // The shared clock only moves when a flow moves it, between requests: no timeout may depend on it.
                    options.AttemptTimeout = TimeSpan.FromMinutes(10);
                    options.TotalTimeout = TimeSpan.FromHours(1);
                }
            })
            .AddRecruiterActivity(o => o.InitialLookback = TimeSpan.FromHours(12))
            .AddPurgedCandidatesCheck();
        if (emulator is not null)
        {
            rsc.UseEmulator(emulator); // address, token endpoint and partner credentials of the embedded emulator
        }
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return new SampleEnvironment(settings, emulator, clock, services, ats);
    }

    /// <summary>Moves the shared clock (the embedded emulator only; against real time, time moves by itself).</summary>
    public void Advance(TimeSpan by) => _clock?.Advance(by);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync().ConfigureAwait(false);
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
