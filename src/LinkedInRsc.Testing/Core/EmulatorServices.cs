namespace LinkedInRsc.Testing.Core;

/// <summary>The emulator's shared services, handed to every module and request context.</summary>
internal sealed class EmulatorServices
{
    public EmulatorServices(EmulatorOptions options, EmulatorQuotas quotas)
    {
        Options = options;
        Time = options.TimeProvider;
        State = new EmulatorState();
        State.InitializePartner(options.PartnerCredentials);
        Quotas = new QuotaService(Time, quotas);
        Pushes = new PushService(State, options);
        Journal = new EmulatorJournal(options.JournalCapacity, options.JournalMaxTotalBodyLength);
        MemberOAuth = new MemberOAuth(this);
        Stores = new EmulatorStores(Time);
    }

    /// <summary>The resources' data of this emulator (one store per resource, built on first use).</summary>
    public EmulatorStores Stores { get; }

    /// <summary>The member (3-legged) OAuth flow.</summary>
    public MemberOAuth MemberOAuth { get; }

    /// <summary>The options the emulator was created with.</summary>
    public EmulatorOptions Options { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>Applications, tokens, tenants, integrations.</summary>
    public EmulatorState State { get; }

    /// <summary>Quotas.</summary>
    public QuotaService Quotas { get; }

    /// <summary>Push notifications.</summary>
    public PushService Pushes { get; }

    /// <summary>The routing table.</summary>
    public EmulatorRouter Router { get; } = new();

    /// <summary>Injected faults.</summary>
    public EmulatorFaults Faults { get; } = new();

    /// <summary>The request journal.</summary>
    public EmulatorJournal Journal { get; }

    /// <summary>The current time in epoch milliseconds.</summary>
    public long NowMillis => Time.GetUtcNow().ToUnixTimeMilliseconds();
}
