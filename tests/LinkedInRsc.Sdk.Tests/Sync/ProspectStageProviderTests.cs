using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>The Prospect rule is a service the host replaces; engines from the DI factory apply the host's.</summary>
[TestFixture]
public sealed class ProspectStageProviderTests
{
    [Test]
    public void IsProspectOnly_DefaultRule_GoesByStageNames()
    {
        ProspectStageNameProvider rule = ProspectStageNameProvider.Instance;
        var none = new ApplicationRecord { Application = Application("A1", "C1", "J1") };
        ApplicationRecord prospect = none with { Stages = [Stage("A1", "S1", " prospect ")] };
        ApplicationRecord moved = none with { Stages = [Stage("A1", "S1", "Prospect"), Stage("A1", "S2", "Phone Screen")] };

        Assert.Multiple(() =>
        {
            Assert.That(rule.IsProspectOnly(none), Is.True, "no stage history yet");
            Assert.That(rule.IsProspectOnly(prospect), Is.True);
            Assert.That(rule.IsProspectOnly(moved), Is.False);
            Assert.That(rule.IsProspectOnly(new CandidateRecord { Candidate = Candidate("C1") }), Is.True, "a candidate without applications");
            Assert.That(rule.IsProspectOnly(new CandidateRecord { Candidate = Candidate("C1"), Applications = [prospect, moved] }), Is.False);
        });
    }

    [Test]
    public async Task SyncAsync_HostProviderRegistered_EngineFromTheFactorySkipsWhatTheHostSays()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(services: s => s.AddSingleton<IProspectStageProvider>(new EveryoneButProspects()));
        await h.AddSdkCustomerAsync();
        ISyncEngine engine = h.Services.GetRequiredService<ISyncEngineFactory>().Create(h.Client);

        SyncReport report = await engine.SyncAsync(new SyncRequest
        {
            SyncId = "s",
            Candidates = SyncData.Stream([new CandidateRecord { Candidate = Candidate("C1") }, new CandidateRecord { Candidate = Candidate("P1") }]),
        });

        Assert.Multiple(() =>
        {
            Assert.That(report.Totals, Is.EqualTo(new SyncCounts { Input = 2, Synced = 1, Skipped = 1 }));
            Assert.That(report.Issues.Single().Key, Is.EqualTo("P1"));
            Assert.That(h.Synced.Candidates.Select(c => c.AtsCandidateId), Is.EqualTo(new[] { "C1" }), "the default rule would have skipped C1, which has no application");
        });
    }

    /// <summary>A host whose prospects are the candidates with a P id; anyone else is synced even without applications.</summary>
    private sealed class EveryoneButProspects : IProspectStageProvider
    {
        public bool IsProspectOnly(ApplicationRecord application) => false;

        public bool IsProspectOnly(CandidateRecord candidate) => candidate.Candidate.AtsCandidateId.StartsWith('P');
    }
}
