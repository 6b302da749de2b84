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
/// activity poller and the purged-profiles check), the sample ATS behind its extension points, and the LinkedIn
/// stand-in (<see cref="ILinkedInSide"/>) whose pushes reach the SDK's push processor. Embedded, emulator and SDK share
/// one clock the flows move (<see cref="Advance"/>) instead of waiting: a poll "two hours later" takes no time. Against
/// a standalone emulator everything runs on real time, pushes arrive on a loopback listener
/// (<see cref="LoopbackCallbackListener"/>), and a poll runs at once.
/// </summary>
internal sealed class SampleEnvironment : IAsyncDisposable
{
    private readonly FakeTimeProvider? _clock;
    private readonly LoopbackCallbackListener? _listener;

    private SampleEnvironment(SampleSettings settings, LinkedInRscEmulator? emulator, ILinkedInSide? linkedIn, LoopbackCallbackListener? listener, FakeTimeProvider? clock, ServiceProvider services, SampleAts ats)
    {
        Settings = settings;
        Emulator = emulator;
        LinkedInSide = linkedIn;
        _listener = listener;
        _clock = clock;
        Services = services;
        Ats = ats;
    }

    public SampleSettings Settings { get; }

    /// <summary>The embedded emulator; <see langword="null"/> against a standalone emulator or LinkedIn.</summary>
    public LinkedInRscEmulator? Emulator { get; }

    /// <summary>The LinkedIn stand-in; <see langword="null"/> against the real LinkedIn, whose side nobody can script.</summary>
    public ILinkedInSide? LinkedInSide { get; }

    public ServiceProvider Services { get; }

    public SampleAts Ats { get; }

    public TimeProvider Time => (TimeProvider?)_clock ?? TimeProvider.System;

    /// <summary>Whether the flows move the clock (embedded) or time moves by itself (standalone emulator, LinkedIn).</summary>
    public bool MovesClock => _clock is not null;

    public OnboardingWorkflow Workflow => Services.GetRequiredService<OnboardingWorkflow>();

    public ICustomerClientFactory Clients => Services.GetRequiredService<ICustomerClientFactory>();

    public ICustomerDirectory Directory => Services.GetRequiredService<ICustomerDirectory>();

    /// <summary>The LinkedIn stand-in, for a flow that scripts LinkedIn's side (only run when there is one).</summary>
    public ILinkedInSide LinkedIn => LinkedInSide ?? throw new InvalidOperationException("This flow needs an emulator to play LinkedIn.");

    /// <summary>The ATS's callback URL for a customer: the loopback listener's against a standalone emulator.</summary>
    public Uri CallbackUrlOf(string customerId) => _listener?.UrlOf(customerId) ?? PushProcessorCallback.UrlOf(customerId);

    public static async Task<SampleEnvironment> StartAsync(SampleSettings settings, CancellationToken cancellationToken)
    {
        FakeTimeProvider? clock = settings.Target == SampleTarget.EmbeddedEmulator ? new FakeTimeProvider(DateTimeOffset.UtcNow) : null;
        TimeProvider time = (TimeProvider?)clock ?? TimeProvider.System;
        ServiceProvider? services = null;
        LinkedInRscEmulator? emulator = null;
        ILinkedInSide? linkedIn = null;
        LoopbackCallbackListener? listener = null;
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
            linkedIn = new EmbeddedLinkedInSide(emulator);
        }
        else if (settings.Target == SampleTarget.StandaloneEmulator)
        {
            listener = await LoopbackCallbackListener.StartAsync(() => services!.GetRequiredService<PushProcessor>(), cancellationToken).ConfigureAwait(false);
            linkedIn = StandaloneLinkedInSide.For(settings.BaseUrl!);
        }

        if (linkedIn is not null)
        {
            // LinkedIn takes minutes to process a job posting; the emulator can answer at once.
            await linkedIn.SetJobPostingProcessingTimeAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
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
        return new SampleEnvironment(settings, emulator, linkedIn, listener, clock, services, ats);
    }

    /// <summary>Moves the shared clock (the embedded emulator only; against real time, time moves by itself).</summary>
    public void Advance(TimeSpan by) => _clock?.Advance(by);

    public async ValueTask DisposeAsync()
    {
        if (_listener is not null)
        {
            await _listener.DisposeAsync().ConfigureAwait(false);
        }

        (LinkedInSide as IDisposable)?.Dispose();
        await Services.DisposeAsync().ConfigureAwait(false);
        if (Emulator is not null)
        {
            await Emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
