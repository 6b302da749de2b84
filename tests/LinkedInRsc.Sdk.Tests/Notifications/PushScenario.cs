using System.Text;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Jobs;
using LinkedInRsc.Notifications;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Sdk.Tests.Notifications;

/// <summary>
/// The LinkedIn → ATS setting of the push tests: the emulator pushes to the SDK's <see cref="PushProcessor"/> (through
/// <see cref="ProcessorCallback"/>), customer "acme" (company level, its callback URL set) has job JOB-1 synced on
/// LinkedIn and in the sample ATS, a recruiter seat on JOB-1's hiring team, and a member to export.
/// </summary>
internal sealed class PushScenario : IAsyncDisposable
{
    private PushScenario(EmulatorHarness harness, SampleAts ats, RecordingLogs logs)
    {
        Harness = harness;
        Ats = ats.Tenant("acme");
        Logs = logs;
    }

    public EmulatorHarness Harness { get; }

    /// <summary>Acme's data in the sample ATS.</summary>
    public SampleAtsTenant Ats { get; }

    public RecordingLogs Logs { get; }

    public LinkedInRscEmulator Emulator => Harness.Emulator;

    public EmulatedCustomer Acme { get; private set; } = null!;

    public EmulatedSeat Recruiter { get; private set; } = null!;

    public EmulatedMember Ada { get; private set; } = null!;

    public PushProcessor Processor => Harness.Services.GetRequiredService<PushProcessor>();

    public ICustomerDirectory Directory => Harness.Services.GetRequiredService<ICustomerDirectory>();

    public static async Task<PushScenario> StartAsync(Action<IServiceCollection>? services = null, AccessLevel? enabled = AccessLevel.Company, AccessLevel granted = AccessLevel.Company, Action<ILinkedInRscBuilder>? builder = null, Action<LinkedInRscOptions>? sdk = null)
    {
        var logs = new RecordingLogs();
        EmulatorHarness harness = await EmulatorHarness.StartWithSdkAsync(
            services: s =>
            {
                s.AddSingleton<SampleAts>();
                s.AddSingleton<IExportHandler>(sp => sp.GetRequiredService<SampleAts>());
                s.AddLogging(b => b.AddProvider(logs));
                services?.Invoke(s);
            },
            pushesToSdk: true,
            builder: builder,
            sdk: sdk);
        var scenario = new PushScenario(harness, harness.Services.GetRequiredService<SampleAts>(), logs);
        await scenario.SetUpAsync(enabled, granted);
        return scenario;
    }

    /// <summary>A push body as the emulator sends it, signed with <paramref name="secret"/> in the reading the emulator uses.</summary>
    public static PushRequest SignedPost(string customerId, string body, string secret, PushSignatureReadings reading = PushSignatureReadings.PrefixedHexOfBody)
    {
        string hex = reading == PushSignatureReadings.HexOfPrefixedBody
            ? FakeCallback.Hmac("hmacsha256=" + body, secret)
            : "hmacsha256=" + FakeCallback.Hmac(body, secret);
        return Post(customerId, Encoding.UTF8.GetBytes(body), hex);
    }

    public static PushRequest Post(string customerId, byte[] body, string? signature) => new()
    {
        CustomerId = customerId,
        Method = "POST",
        Body = body,
        Headers = signature is null
            ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["X-LI-Signature"] = signature },
    };

    /// <summary>A job the emulator has synced (listed) for acme.</summary>
    public async Task SyncJobAsync(string id)
    {
        BatchResult<string> submitted = await Harness.Client.Jobs.SubmitAsync([AtsData.Job(id)], JobPostingOperation.Create);
        Assert.That(submitted.IsSuccess, Is.True, string.Join("; ", submitted.GetFailures()));
    }

    public async ValueTask DisposeAsync() => await Harness.DisposeAsync();

    private async Task SetUpAsync(AccessLevel? enabled, AccessLevel granted)
    {
        Emulator.SetJobPostingProcessingTime(TimeSpan.Zero);
        Acme = await Harness.AddSdkCustomerAsync(new EmulatedCustomerSetup { Id = "acme", AccessLevel = enabled }, granted);

        // The callback is set once the SDK knows the customer, so no push of the set-up reaches an unknown customer.
        await Emulator.SetCallbackUrlAsync("acme", ProcessorCallback.UrlOf("acme"));
        Customer known = (await Directory.FindAsync("acme"))!;
        await Directory.SaveAsync(known with { CallbackUrl = ProcessorCallback.UrlOf("acme") });
        if (enabled is not null)
        {
            await SyncJobAsync("JOB-1");

            // Every Recruiter user sees the synced jobs in "Export to ATS"; the ATS itself decides who may export.
            await Harness.Client.Integrations.SetAllProductUsersViewersAsync();
        }

        Recruiter = await Emulator.AddSeatAsync(Acme.ContractUrns[0], PersonUrn.Parse("urn:li:person:rae"), "Rae", "Cruiter");
        Ada = await Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace", Headline = "Engineer" });
        Ats.AddJob(new SampleJob { Id = "JOB-1", HiringTeam = [new HiringTeamMember(HiringTeamRole.Recruiter, Recruiter.SeatUrn)] });
    }
}
