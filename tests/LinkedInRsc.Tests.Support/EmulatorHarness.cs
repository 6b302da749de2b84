using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Tests.Support;

/// <summary>
/// The one emulator harness of the tests: an emulator on a <see cref="TestClock"/>, reached raw (<see cref="Http"/>,
/// <see cref="SendAsync"/>, LinkedIn-shaped requests) and, when started with <see cref="StartWithSdkAsync"/>, through
/// the SDK wired to it by <c>AddLinkedInRsc</c> on the same clock (<see cref="Services"/>, <see cref="Client"/>).
/// Pushes never leave the process: unless a test installs a handler, they fail like an unreachable host.
/// </summary>
public sealed class EmulatorHarness : IAsyncDisposable
{
    /// <summary>The ATS callback URL of customers added with <see cref="AddCallbackCustomerAsync"/>.</summary>
    public const string CallbackUrl = "https://ats.example/li/acme";

    private ServiceProvider? _services;

    private EmulatorHarness(LinkedInRscEmulator emulator, HttpClient http, TestClock time, FakeCallback? callback)
    {
        Emulator = emulator;
        Http = http;
        Time = time;
        _callback = callback;
    }

    private readonly FakeCallback? _callback;

    /// <summary>The emulator.</summary>
    public LinkedInRscEmulator Emulator { get; }

    /// <summary>A raw client to the emulator (no token, no Rest.li headers unless a test adds them).</summary>
    public HttpClient Http { get; }

    /// <summary>The clock of the emulator (and of the SDK, when wired).</summary>
    public TestClock Time { get; }

    /// <summary>The callback pushes go to, when started with <see cref="StartWithCallbackAsync"/>.</summary>
    public FakeCallback Callback => _callback ?? throw new InvalidOperationException("Start the harness with StartWithCallbackAsync to get a callback.");

    /// <summary>The SDK's push processor as the emulator's callback, when started with <c>pushesToSdk</c>.</summary>
    public ProcessorCallback? SdkCallback { get; private set; }

    /// <summary>The SDK's services, when started with <see cref="StartWithSdkAsync"/>.</summary>
    public ServiceProvider Services => _services ?? throw new InvalidOperationException("Start the harness with StartWithSdkAsync to use the SDK.");

    /// <summary>Called with every API request the SDK sends, before it reaches the emulator.</summary>
    public RequestHook Hook { get; } = new();

    /// <summary>The SDK's attempt timeout when started with <see cref="StartWithSdkAsync"/> (unless the test changed it).</summary>
    public TimeSpan AttemptTimeout { get; private set; } = TimeSpan.FromMinutes(10);

    /// <summary>The customer-scoped client of the customer added last with <see cref="AddSdkCustomerAsync"/>.</summary>
    public ICustomerClient Client { get; private set; } = null!;

    /// <summary>The organization of the customer added last with <see cref="AddSdkCustomerAsync"/>.</summary>
    public OrganizationUrn Organization { get; private set; }

    /// <summary>What the emulator holds for <see cref="Organization"/>.</summary>
    public EmulatedSyncedData Synced => Emulator.GetSyncedData(Organization);

    /// <summary>Starts an emulator reached through the given front-end.</summary>
    /// <param name="frontEnd">In memory or over HTTP.</param>
    /// <param name="configure">Changes the emulator's options.</param>
    /// <returns>The harness.</returns>
    public static Task<EmulatorHarness> StartAsync(FrontEnd frontEnd, Action<EmulatorOptions>? configure = null) => StartCoreAsync(frontEnd, configure, callback: null);

    /// <summary>An in-memory emulator whose pushes reach a <see cref="FakeCallback"/> (challenges, signatures, scripted answers).</summary>
    /// <param name="configure">Changes the emulator's options.</param>
    /// <returns>The harness.</returns>
    public static Task<EmulatorHarness> StartWithCallbackAsync(Action<EmulatorOptions>? configure = null)
    {
        var callback = new FakeCallback();
        return StartCoreAsync(FrontEnd.InMemory, o =>
        {
            o.PushHandler = callback;
            configure?.Invoke(o);
        }, callback);
    }

    /// <summary>
    /// An in-memory emulator and the SDK wired to it over HTTP with <c>AddLinkedInRsc</c>, on the same clock: no
    /// HTTP retries (tests see each request), timeouts long enough for a clock that jumps while requests are in flight.
    /// </summary>
    /// <param name="emulator">Changes the emulator's options.</param>
    /// <param name="quotas">Changes the SDK's <see cref="QuotaOptions"/>.</param>
    /// <param name="sdk">Changes the SDK's <see cref="LinkedInRscOptions"/> after the harness's own settings.</param>
    /// <param name="services">Adds or replaces services (host extension points such as an <c>IExportHandler</c>) after <c>AddLinkedInRsc</c>.</param>
    /// <param name="pushesToSdk">
    /// Sends the emulator's pushes and callback challenges to the SDK's push processor (<see cref="SdkCallback"/>),
    /// at <see cref="ProcessorCallback.UrlOf"/> of each customer.
    /// </param>
    /// <param name="builder">Adds to the SDK's registration (e.g. <c>AddRecruiterActivity</c>, the host's sinks) before the services are built.</param>
    /// <param name="api">Which API surface the SDK calls (<see cref="ApiModes.Apply"/>), before <paramref name="sdk"/>.</param>
    /// <returns>The harness.</returns>
    public static async Task<EmulatorHarness> StartWithSdkAsync(
        Action<EmulatorOptions>? emulator = null,
        Action<QuotaOptions>? quotas = null,
        Action<LinkedInRscOptions>? sdk = null,
        Action<IServiceCollection>? services = null,
        bool pushesToSdk = false,
        Action<ILinkedInRscBuilder>? builder = null,
        ApiMode api = ApiMode.V2)
    {
        EmulatorHarness? created = null;
        var sdkCallback = new ProcessorCallback(() => created!.Services.GetRequiredService<Notifications.PushProcessor>());
        EmulatorHarness harness = await StartCoreAsync(FrontEnd.InMemory, o =>
        {
            o.ValidateCallbackUrls = pushesToSdk;
            if (pushesToSdk)
            {
                o.PushHandler = sdkCallback;
            }

            emulator?.Invoke(o);
        }, callback: null);
        created = harness;
        harness.SdkCallback = sdkCallback;
        LinkedInRscEmulator target = harness.Emulator;
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(harness.Time);
        ILinkedInRscBuilder rsc = collection.AddLinkedInRsc(o =>
            {
                o.BaseAddress = target.BaseAddress;
                o.TokenEndpoint = target.TokenEndpoint;
                o.ClientId = target.PartnerCredentials.ClientId;
                o.ClientSecret = target.PartnerCredentials.ClientSecret;
                o.RetryDelay = TimeSpan.FromMilliseconds(1);
                o.MaxRetryAttempts = 0;

                // The fake clock jumps while requests are in flight; the HTTP timeouts must not fire because of it.
                o.AttemptTimeout = TimeSpan.FromMinutes(10);
                o.TotalTimeout = TimeSpan.FromHours(1);
                ApiModes.Apply(o, api);
                sdk?.Invoke(o);
                harness.AttemptTimeout = o.AttemptTimeout;
            });
        rsc.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => target.CreateHttpMessageHandler())
            .AddHttpMessageHandler(harness.Hook.CreateHandler);
        builder?.Invoke(rsc);
        collection.AddHttpClient(LinkedInRscDefaults.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => target.CreateHttpMessageHandler());
        if (quotas is not null)
        {
            collection.Configure(quotas);
        }

        services?.Invoke(collection);
        harness._services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return harness;
    }

    /// <summary>
    /// Adds a connected customer to the emulator (enabled at contract level when <paramref name="grantedLevel"/> is
    /// contract level, else at company level) and to the SDK's directory with <paramref name="grantedLevel"/> on its
    /// contract, and makes it <see cref="Client"/>.
    /// </summary>
    /// <param name="id">The customer id.</param>
    /// <param name="grantedLevel">The level the SDK believes is granted.</param>
    /// <returns>The customer as the emulator knows it.</returns>
    public Task<EmulatedCustomer> AddSdkCustomerAsync(string id = "acme", AccessLevel grantedLevel = AccessLevel.Company) =>
        AddSdkCustomerAsync(new EmulatedCustomerSetup { Id = id, AccessLevel = grantedLevel == AccessLevel.Contract ? AccessLevel.Contract : AccessLevel.Company }, grantedLevel);

    /// <summary>
    /// Adds a customer to the emulator as <paramref name="setup"/> says and to the SDK's directory with
    /// <paramref name="grantedLevel"/> on its contract (and the callback URL of the setup), and makes it <see cref="Client"/>.
    /// </summary>
    /// <param name="setup">The emulator's customer (access level enabled, callback URL).</param>
    /// <param name="grantedLevel">The level the SDK believes is granted.</param>
    /// <returns>The customer as the emulator knows it.</returns>
    public async Task<EmulatedCustomer> AddSdkCustomerAsync(EmulatedCustomerSetup setup, AccessLevel grantedLevel)
    {
        ArgumentNullException.ThrowIfNull(setup);
        EmulatedCustomer customer = await Emulator.AddCustomerAsync(setup);
        string id = setup.Id;
        Organization = customer.OrganizationUrn!.Value;
        await Services.GetRequiredService<ICustomerDirectory>().SaveAsync(new Customer
        {
            CustomerId = id,
            CallbackUrl = setup.CallbackUrl,
            Credentials = customer.Credentials,
            ApplicationUrn = customer.ApplicationUrn,
            Organization = customer.OrganizationUrn,
            Contracts = [new RecruiterContract(customer.ContractUrns[0], grantedLevel)],
        });
        Client = await Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync(id);
        return customer;
    }

    /// <summary>
    /// Adds customer "acme" whose pushes go to <see cref="CallbackUrl"/> (the <see cref="Callback"/>), which then checks
    /// their signatures with the customer's secret.
    /// </summary>
    /// <param name="accessLevel">The level the customer's admin enables, or <see langword="null"/> for none yet.</param>
    /// <returns>The customer.</returns>
    public async Task<EmulatedCustomer> AddCallbackCustomerAsync(AccessLevel? accessLevel)
    {
        EmulatedCustomer acme = await Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", AccessLevel = accessLevel, CallbackUrl = new Uri(CallbackUrl) });
        Callback.Secret = acme.Credentials.ClientSecret;
        return acme;
    }

    /// <summary>
    /// Runs <paramref name="work"/>, moving the clock by a wait's own length whenever the work starts a one-shot wait of
    /// at most <paramref name="longestWait"/> (a poll delay). Longer timers (the HTTP pipeline's timeouts) and periodic
    /// ones (a quota window) never move the clock, so time passes only while the work waits.
    /// </summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">What to run.</param>
    /// <param name="longestWait">The longest wait to follow.</param>
    /// <returns>The work's result.</returns>
    public async Task<T> AdvanceWhileAsync<T>(Func<Task<T>> work, TimeSpan longestWait)
    {
        ArgumentNullException.ThrowIfNull(work);
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

    /// <summary>
    /// From now until disposed, moves the clock by each one-shot wait of at most <paramref name="longestWait"/> as soon as
    /// it starts, like <see cref="AdvanceWhileAsync{T}"/> for code that awaits inline (a documentation snippet) and so
    /// cannot be handed over as a delegate.
    /// </summary>
    /// <param name="longestWait">The longest wait to follow.</param>
    /// <returns>Stops following when disposed.</returns>
    public IAsyncDisposable FollowShortWaits(TimeSpan longestWait) => new WaitFollower(Time, longestWait);

    /// <summary>
    /// Runs a sync (or any work of the SDK) while moving the shared fake clock only while the work waits: one quota
    /// segment at a time while <paramref name="limiter"/> has callers queued, by a wait's own length when the work
    /// starts a short one-shot wait (a backoff, a 429's delay, a task poll: at most 5 minutes), and by the SDK's
    /// <see cref="AttemptTimeout"/> when a request is held by an emulator <c>Timeout</c> fault (make its hold longer
    /// than that), so the SDK's own timeout fires. The HTTP pipeline's timers and the limiter's window timers never
    /// move it on their own. The clock is moved from a dedicated thread.
    /// </summary>
    /// <typeparam name="T">The work's result.</typeparam>
    /// <param name="work">The work, started on the thread pool.</param>
    /// <param name="limiter">The quota limiter the work waits on, if any.</param>
    /// <returns>The work's result.</returns>
    public async Task<T> DriveAsync<T>(Func<Task<T>> work, SyncRateLimiter? limiter = null)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var waits = new ShortWaits(Time, TimeSpan.FromMinutes(5));
        Task<T> run = Task.Run(work, CancellationToken.None);
        bool stop = false;
        int held = 0;
        var driver = new Thread(() =>
        {
            Task nextHold = Emulator.Faults.WaitForDelayedRequestsAsync(held + 1);
            while (!run.IsCompleted && !Volatile.Read(ref stop))
            {
                if (limiter?.GetStatistics().HasWaiters == true)
                {
                    Time.Advance(TimeSpan.FromSeconds(1));
                }
                else if (waits.TryNext(out TimeSpan wait))
                {
                    Time.Advance(wait);
                }
                else if (nextHold.IsCompleted)
                {
                    held++;
                    nextHold = Emulator.Faults.WaitForDelayedRequestsAsync(held + 1);
                    Time.Advance(AttemptTimeout);
                }

                Thread.Yield();
            }
        })
        { IsBackground = true, Name = "fake-clock" };
        driver.Start();
        try
        {
            return await run.WaitAsync(TimeSpan.FromMinutes(5), CancellationToken.None);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The work did not finish: it waits for something this driver does not give. Clock {Time.GetUtcNow():O}, {limiter?.GetStatistics()}.");
            throw;
        }
        finally
        {
            Volatile.Write(ref stop, true);
            driver.Join();
        }
    }

    /// <summary>Gets an access token for credentials, asserting the emulator issued one.</summary>
    /// <param name="credentials">The application's credentials.</param>
    /// <returns>The token.</returns>
    public async Task<string> TokenAsync(ClientCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        using HttpResponseMessage response = await RequestTokenAsync(credentials.ClientId, credentials.ClientSecret);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        JsonNode json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return json["access_token"]!.GetValue<string>();
    }

    /// <summary>Asks the emulator's token endpoint for a client-credentials token.</summary>
    /// <param name="clientId">The client id.</param>
    /// <param name="clientSecret">The client secret.</param>
    /// <returns>The raw response.</returns>
    public Task<HttpResponseMessage> RequestTokenAsync(string clientId, string clientSecret) =>
        Http.PostAsync(new Uri("oauth/v2/accessToken", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
        }));

    /// <summary>Sends a request with a bearer token, optional JSON body and Rest.li headers; returns status and parsed body.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="pathAndQuery">The path and query, relative to the emulator.</param>
    /// <param name="token">The bearer token, if any.</param>
    /// <param name="json">The JSON body, if any.</param>
    /// <param name="restLiMethod">The <c>X-RestLi-Method</c> header, if any.</param>
    /// <param name="protocol2">Whether to send <c>X-RestLi-Protocol-Version: 2.0.0</c>.</param>
    /// <param name="configure">Changes the request before it is sent.</param>
    /// <returns>The status, the parsed body and the response.</returns>
    public async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string pathAndQuery, string? token, string? json = null, string? restLiMethod = null, bool protocol2 = false, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.RelativeOrAbsolute));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (restLiMethod is not null)
        {
            request.Headers.TryAddWithoutValidation("X-RestLi-Method", restLiMethod);
        }

        if (protocol2)
        {
            request.Headers.TryAddWithoutValidation("X-RestLi-Protocol-Version", "2.0.0");
        }

        configure?.Invoke(request);
        HttpResponseMessage response = await Http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        Http.Dispose();
        await Emulator.DisposeAsync();
        _callback?.Dispose();
    }

    private static async Task<EmulatorHarness> StartCoreAsync(FrontEnd frontEnd, Action<EmulatorOptions>? configure, FakeCallback? callback)
    {
        var time = new TestClock();
        var options = new EmulatorOptions { TimeProvider = time, PushHandler = Unreachable.Instance };
        configure?.Invoke(options);
        LinkedInRscEmulator emulator = frontEnd == FrontEnd.Http ? await LinkedInRscEmulator.StartAsync(options) : LinkedInRscEmulator.CreateInMemory(options);
        HttpClient http = frontEnd == FrontEnd.Http ? new HttpClient { BaseAddress = emulator.BaseAddress } : emulator.CreateHttpClient();
        return new EmulatorHarness(emulator, http, time, callback);
    }

    private sealed class WaitFollower : IAsyncDisposable
    {
        private readonly ShortWaits _waits;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;

        public WaitFollower(TestClock time, TimeSpan longestWait)
        {
            _waits = new ShortWaits(time, longestWait);
            _loop = Task.Run(async () =>
            {
                while (true)
                {
                    TimeSpan wait = await _waits.NextAsync().WaitAsync(_stop.Token);
                    time.Advance(wait);
                }
            });
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
                // stopped
            }

            _waits.Dispose();
            _stop.Dispose();
        }
    }

    private sealed class Unreachable : HttpMessageHandler
    {
        public static readonly Unreachable Instance = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(new HttpRequestException("No network in tests."));
    }
}
