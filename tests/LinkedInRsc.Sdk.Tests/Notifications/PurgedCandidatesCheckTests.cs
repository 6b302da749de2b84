using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Notifications;

/// <summary>Exported members who closed their profiles are read and handed to the host to delete or anonymise.</summary>
public sealed class PurgedCandidatesCheckTests
{
    private PushScenario _s = null!;
    private RecordingPurgedHandler _handler = null!;

    [SetUp]
    public async Task SetUp()
    {
        _handler = new RecordingPurgedHandler();
        _s = await PushScenario.StartAsync(services => services.AddSingleton<IPurgedCandidateHandler>(_handler), builder: rsc => rsc.AddPurgedCandidatesCheck());
    }

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    [Test]
    public async Task CheckAllAsync_AnExportedMemberClosedTheirProfile_HandsThemToTheHost()
    {
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await export.Push.WaitForCompletionAsync();
        var check = _s.Harness.Services.GetRequiredService<PurgedCandidatesCheck>();
        int before = await check.CheckAllAsync();
        _s.Harness.Time.Advance(TimeSpan.FromDays(3));
        await _s.Emulator.CloseMemberProfileAsync(_s.Ada.PersonUrn);

        int handed = await check.CheckAllAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Zero);
            Assert.That(handed, Is.EqualTo(1));
            PurgedCandidate purged = _handler.Received.Single().Single();
            Assert.That(purged.Member, Is.EqualTo(_s.Ada.PersonUrn));
            Assert.That(purged.IntegrationContext, Is.EqualTo(_s.Acme.OrganizationUrn.ToString()));
            Assert.That(purged.PurgedAt, Is.EqualTo(_s.Harness.Time.GetUtcNow()).Within(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public async Task GetPurgedPageAsync_CompanyLevelCustomer_ReadsThePagedList()
    {
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await export.Push.WaitForCompletionAsync();
        await _s.Emulator.CloseMemberProfileAsync(_s.Ada.PersonUrn);

        Page<PurgedCandidate> page = await _s.Harness.Client.Exports.GetPurgedPageAsync(0, 10);

        Assert.That(page.Items.Select(p => p.Member), Is.EqualTo(new[] { _s.Ada.PersonUrn }));
        Assert.That(page.Total, Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_EveryInterval_ChecksAgainOnTheClock()
    {
        EmulatedExport export = await _s.Emulator.ExportCandidateAsync("acme", _s.Ada.PersonUrn, "JOB-1", _s.Recruiter.SeatUrn);
        await export.Push.WaitForCompletionAsync();
        await _s.Emulator.CloseMemberProfileAsync(_s.Ada.PersonUrn);
        var check = _s.Harness.Services.GetRequiredService<PurgedCandidatesCheck>();
        using var stop = new CancellationTokenSource();
        Task first = _handler.WaitForAsync(1);
        Task run = check.RunAsync(stop.Token);
        await first;
        Task second = _handler.WaitForAsync(2);
        bool secondBeforeTheInterval = second.IsCompleted;

        _s.Harness.Time.Advance(TimeSpan.FromDays(7));
        await second;
        await stop.CancelAsync();
        await run;

        Assert.That(secondBeforeTheInterval, Is.False);
        Assert.That(_handler.Received, Has.Count.EqualTo(2), "once at start, once 7 days later");
    }

    [Test]
    public void RunAsync_IntervalOverThirtyDays_IsRefusedNamingTheSetting()
    {
        var options = _s.Harness.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<PurgedCandidatesCheckOptions>>();
        options.CurrentValue.Interval = TimeSpan.FromDays(31);
        var check = _s.Harness.Services.GetRequiredService<PurgedCandidatesCheck>();

        var error = Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => check.RunAsync());

        Assert.That(error!.Message, Does.Contain("PurgedCandidatesCheckOptions.Interval").And.Contain("30 days"));
    }

    private sealed class RecordingPurgedHandler : IPurgedCandidateHandler
    {
        private readonly object _gate = new();
        private readonly List<(int Count, TaskCompletionSource Signal)> _waiters = [];

        public System.Collections.Concurrent.ConcurrentQueue<IReadOnlyList<PurgedCandidate>> Received { get; } = new();

        public Task WaitForAsync(int count)
        {
            lock (_gate)
            {
                if (Received.Count >= count)
                {
                    return Task.CompletedTask;
                }

                var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, signal));
                return signal.Task;
            }
        }

        public Task OnPurgedAsync(ICustomerClient customer, IReadOnlyList<PurgedCandidate> purged, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                Received.Enqueue(purged);
                foreach (var waiter in _waiters.Where(w => Received.Count >= w.Count).ToList())
                {
                    waiter.Signal.TrySetResult();
                    _waiters.Remove(waiter);
                }
            }

            return Task.CompletedTask;
        }
    }
}
