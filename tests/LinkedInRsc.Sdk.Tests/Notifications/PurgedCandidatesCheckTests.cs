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
        _s = await PushScenario.StartAsync(services => services.AddSingleton<IPurgedCandidateHandler>(_handler));
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

    private sealed class RecordingPurgedHandler : IPurgedCandidateHandler
    {
        public System.Collections.Concurrent.ConcurrentQueue<IReadOnlyList<PurgedCandidate>> Received { get; } = new();

        public Task OnPurgedAsync(ICustomerClient customer, IReadOnlyList<PurgedCandidate> purged, CancellationToken cancellationToken = default)
        {
            Received.Enqueue(purged);
            return Task.CompletedTask;
        }
    }
}
