using LinkedInRsc.Acls;
using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Jobs;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Sdk.Tests.Clients;

/// <summary>
/// The in-memory emulator and the SDK wired to it over HTTP, sharing one <see cref="FakeTimeProvider"/>, with one
/// company-level customer ("acme") in the directory.
/// </summary>
internal sealed class SyncEmulatorHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private SyncEmulatorHarness(LinkedInRscEmulator emulator, ServiceProvider services, SignalingFakeTimeProvider time)
    {
        Emulator = emulator;
        Services = services;
        Time = time;
    }

    public LinkedInRscEmulator Emulator { get; }

    public ServiceProvider Services { get; }

    public SignalingFakeTimeProvider Time { get; }

    public string Organization { get; private set; } = string.Empty;

    /// <summary>Called with every API request the SDK sends, before it reaches the emulator.</summary>
    public RequestHook Hook { get; private init; } = new();

    public ICustomerClient Client { get; private set; } = null!;

    public static async Task<SyncEmulatorHarness> CreateAsync(Action<EmulatorOptions>? emulatorOptions = null, Action<QuotaOptions>? quotas = null, AccessLevel grantedLevel = AccessLevel.Company)
    {
        var time = new SignalingFakeTimeProvider(Start);
        var hook = new RequestHook();
        var options = new EmulatorOptions { TimeProvider = time, ValidateCallbackUrls = false };
        emulatorOptions?.Invoke(options);
        LinkedInRscEmulator emulator = LinkedInRscEmulator.CreateInMemory(options);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddLinkedInRsc(o =>
            {
                o.BaseAddress = emulator.BaseAddress;
                o.TokenEndpoint = emulator.TokenEndpoint;
                o.ClientId = emulator.PartnerCredentials.ClientId;
                o.ClientSecret = emulator.PartnerCredentials.ClientSecret;
                o.RetryDelay = TimeSpan.FromMilliseconds(1);
                o.MaxRetryAttempts = 0;

                // The fake clock jumps while requests are in flight; the HTTP timeouts must not fire because of it.
                o.AttemptTimeout = TimeSpan.FromMinutes(10);
                o.TotalTimeout = TimeSpan.FromHours(1);
            })
            .HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => emulator.CreateHttpMessageHandler())
            .AddHttpMessageHandler(() => new HookHandler(hook));
        services.AddHttpClient(LinkedInRscDefaults.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => emulator.CreateHttpMessageHandler());
        if (quotas is not null)
        {
            services.Configure(quotas);
        }

        var harness = new SyncEmulatorHarness(emulator, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), time) { Hook = hook };
        await harness.AddCustomerAsync("acme", grantedLevel);
        return harness;
    }

    public async Task AddCustomerAsync(string id, AccessLevel grantedLevel)
    {
        EmulatedCustomer acme = await Emulator.AddCustomerAsync(id, AccessLevel.Company);
        Organization = acme.OrganizationUrn!.Value.ToString();
        var directory = Services.GetRequiredService<ICustomerDirectory>();
        await directory.SaveAsync(new Customer
        {
            CustomerId = id,
            Credentials = acme.Credentials,
            ApplicationUrn = acme.ApplicationUrn,
            Organization = acme.OrganizationUrn,
            Contracts = [new RecruiterContract(acme.ContractUrns[0], grantedLevel)],
        });
        Client = await Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync(id);
    }

    public EmulatedSyncedData Synced => Emulator.GetSyncedData(OrganizationUrn.Parse(Organization));

    /// <summary>
    /// Runs <paramref name="work"/>, moving the fake clock by a wait's own length whenever the work starts a one-shot
    /// wait of at most <paramref name="longestWait"/> (a poll delay). Longer timers (the HTTP pipeline's timeouts) and
    /// periodic ones (a quota window) never move the clock, so time passes only while the work waits.
    /// </summary>
    public async Task<T> AdvanceWhileAsync<T>(Func<Task<T>> work, TimeSpan longestWait)
    {
        using var waits = new ShortWaits(Time, longestWait);
        Task<T> task = work();
        while (!task.IsCompleted)
        {
            Task<TimeSpan> wait = waits.NextAsync();
            if (await Task.WhenAny(task, wait) == wait)
            {
                Time.Advance(await wait);
            }
        }

        return await task;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    public static AtsJobPosting Job(string id, string? title = null) => new()
    {
        ExternalJobPostingId = id,
        Title = title ?? "Engineer " + id,
        Description = "Builds things.",
        CompanyApplyUrl = new Uri("https://ats.example/jobs/" + id),
        ListedAt = Start.AddDays(-30),
        State = JobPostingState.Listed,
        Location = "Sunnyvale, CA",
    };

    public static AtsCandidate Candidate(string id) => new()
    {
        AtsCandidateId = id,
        AtsCreatedAt = Start.AddDays(-10),
        AtsLastModifiedAt = Start.AddDays(-1),
        FirstName = "Ada",
        LastName = "Lovelace",
        EmailAddresses = [id + "@example.com"],
        PhoneNumbers = [],
        Addresses = [],
    };

    public static AtsApplication Application(string id, string candidateId, string jobId) => new()
    {
        AtsJobApplicationId = id,
        AtsCandidateId = candidateId,
        AtsJobPostingId = jobId,
        AtsJobPostingName = "Engineer",
        AtsCreatedAt = Start.AddDays(-9),
        AtsLastModifiedAt = Start.AddDays(-2),
        FirstName = "Ada",
        LastName = "Lovelace",
        CandidateEmail = candidateId + "@example.com",
    };

    public static AtsApplicationStage Stage(string applicationId, string stageId, string stage = "Phone Screen") =>
        new() { AtsJobApplicationId = applicationId, StageId = stageId, AtsCreatedAt = Start.AddDays(-8), Stage = stage };

    public static AtsEntityAcl Acl(string aclId, string jobId) => new(aclId, AtsEntityType.JobPosting, jobId);
}

/// <summary>A fake clock that says when a timer (a delay, a timeout, a periodic replenishment) was created.</summary>
internal sealed class SignalingFakeTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>Raised with the due time and period of every timer created.</summary>
    public event Action<TimeSpan, TimeSpan>? TimerCreated;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ITimer timer = base.CreateTimer(callback, state, dueTime, period);
        TimerCreated?.Invoke(dueTime, period);
        return timer;
    }
}

/// <summary>
/// The one-shot waits of at most a given length that code starts on the clock, in order (a poll, a backoff, a 429
/// delay). Longer timers (the HTTP pipeline's timeouts) and periodic ones (a quota window) are not waits to follow.
/// </summary>
internal sealed class ShortWaits : IDisposable
{
    private readonly SignalingFakeTimeProvider _time;
    private readonly TimeSpan _longest;
    private readonly System.Threading.Channels.Channel<TimeSpan> _waits = System.Threading.Channels.Channel.CreateUnbounded<TimeSpan>();

    public ShortWaits(SignalingFakeTimeProvider time, TimeSpan longest)
    {
        _time = time;
        _longest = longest;
        time.TimerCreated += OnTimer;
    }

    /// <summary>The length of the next wait started (already started ones first).</summary>
    public Task<TimeSpan> NextAsync() => _waits.Reader.ReadAsync(CancellationToken.None).AsTask();

    /// <summary>Takes the next wait started, if one was.</summary>
    public bool TryNext(out TimeSpan wait) => _waits.Reader.TryRead(out wait);

    public void Dispose() => _time.TimerCreated -= OnTimer;

    private void OnTimer(TimeSpan due, TimeSpan period)
    {
        if (period == Timeout.InfiniteTimeSpan && due > TimeSpan.Zero && due <= _longest)
        {
            _waits.Writer.TryWrite(due);
        }
    }
}

/// <summary>Lets a test observe (and react to) every API request the SDK sends.</summary>
internal sealed class RequestHook
{
    public Action<HttpRequestMessage>? OnRequest { get; set; }
}

internal sealed class HookHandler(RequestHook hook) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        hook.OnRequest?.Invoke(request);
        return base.SendAsync(request, cancellationToken);
    }
}
