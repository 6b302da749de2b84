using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;
using LinkedInRsc.Notifications;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Notifications;

/// <summary>An INTEGRATION_STATUS_CHANGE push records the access level in the directory, and every client of the customer sees it (#13).</summary>
public sealed class StatusChangePushTests
{
    private PushScenario _s = null!;
    private RecordingStatusHandler _handler = null!;

    [SetUp]
    public async Task SetUp()
    {
        _handler = new RecordingStatusHandler();
        _s = await PushScenario.StartAsync(services => services.AddSingleton<IIntegrationStatusHandler>(_handler), enabled: null, granted: AccessLevel.None);
    }

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    [Test]
    public async Task StatusChangePush_AdminEnables_MovesTheDirectorysAccessLevelWithNoOtherCall()
    {
        ICustomerClient createdBefore = _s.Harness.Client;
        Assert.Throws<FeatureNotEnabledException>(() => createdBefore.EnsureAllowed(Features.InAtsIndicator));

        (string requestId, EmulatorPush? push) = await EnableAsync(AccessLevel.Company);

        Assert.That(await push!.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered));
        Customer recorded = (await _s.Directory.FindAsync("acme"))!;
        Assert.Multiple(() =>
        {
            Assert.That(recorded.AccessLevel, Is.EqualTo(AccessLevel.Company), "the directory moved with the push alone");
            Assert.That(createdBefore.Customer.AccessLevel, Is.EqualTo(AccessLevel.Company), "a client created before sees it");
            Assert.That(() => createdBefore.EnsureAllowed(Features.InAtsIndicator), Throws.Nothing);
            Assert.That(_handler.Changes.Single().Change.RequestId, Is.EqualTo(requestId));
            Assert.That(_handler.Changes.Single().Change.Status!.State, Is.EqualTo(OnboardingState.Enabled));
            Assert.That(_handler.Changes.Single().Customer.AccessLevel, Is.EqualTo(AccessLevel.Company), "the host is told after the directory was updated");
        });
    }

    [Test]
    public async Task StatusChangePush_EnabledThenSyncWithAnOldClient_Succeeds()
    {
        ICustomerClient createdBefore = _s.Harness.Client;
        (_, EmulatorPush? push) = await EnableAsync(AccessLevel.Company);
        await push!.WaitForCompletionAsync();

        BatchResult<string> result = await createdBefore.Candidates.UpsertAsync([AtsData.Candidate("C1")]);

        Assert.That(result.IsSuccess, Is.True, "the sync no longer throws 'ask the customer's LinkedIn admin to enable'");
    }

    [Test]
    public async Task StatusChangePush_ContractLevelThenDisabled_FollowsEachChange()
    {
        (_, EmulatorPush? contract) = await EnableAsync(AccessLevel.Contract);
        await contract!.WaitForCompletionAsync();
        AccessLevel afterContract = (await _s.Directory.FindAsync("acme"))!.AccessLevel;

        (_, EmulatorPush? disabled) = await _s.Emulator.DisableIntegrationsAsync("acme", AccessLevel.Company);
        await disabled!.WaitForCompletionAsync();

        Assert.That(afterContract, Is.EqualTo(AccessLevel.Contract));
        Assert.That((await _s.Directory.FindAsync("acme"))!.AccessLevel, Is.EqualTo(AccessLevel.None));
        Assert.That(_s.Harness.Client.Customer.AccessLevel, Is.EqualTo(AccessLevel.None));
        Assert.That(_handler.Changes.Select(c => c.Change.Status!.State), Is.EqualTo(new[] { OnboardingState.Enabled, OnboardingState.Disabled }));
    }

    [Test]
    public async Task RefreshAsync_DirectoryChangedElsewhere_IsSeenByTheClient()
    {
        ICustomerClient client = _s.Harness.Client;
        Customer stored = (await _s.Directory.FindAsync("acme"))!;
        await _s.Directory.SaveAsync(stored with { Contracts = [.. stored.Contracts.Select(c => c with { AccessLevel = AccessLevel.Contract })] });
        AccessLevel before = client.Customer.AccessLevel;

        Customer refreshed = await client.RefreshAsync();

        Assert.That(before, Is.EqualTo(AccessLevel.None), "a change written around the SDK is not seen before a refresh");
        Assert.That((refreshed.AccessLevel, client.Customer.AccessLevel), Is.EqualTo((AccessLevel.Contract, AccessLevel.Contract)));
    }

    private async Task<(string RequestId, EmulatorPush? Push)> EnableAsync(AccessLevel level)
    {
        EmulatorIntegrationChange change = await _s.Emulator.EnableIntegrationsAsync("acme", level);
        return (change.RequestId, change.Push);
    }

    private sealed class RecordingStatusHandler : IIntegrationStatusHandler
    {
        public System.Collections.Concurrent.ConcurrentQueue<(Customer Customer, IntegrationStatusChange Change)> Changes { get; } = new();

        public Task OnStatusChangedAsync(Customer customer, IntegrationStatusChange change, CancellationToken cancellationToken = default)
        {
            Changes.Enqueue((customer, change));
            return Task.CompletedTask;
        }
    }
}
