using LinkedInRsc.Customers;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// A customer's data-deletion request: Acme leaves and asks for its candidates' data to be removed from LinkedIn. The
/// sync engine deletes every application and candidate the ATS ever sent (in batches, resumable by its sync id) and
/// reports each one.
/// </summary>
internal sealed class DataDeletionFlow : ISampleFlow
{
    public string Title => "Acme's data-deletion request";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        ICustomerClient acme = await context.ClientAsync(SampleCast.Acme, cancellationToken).ConfigureAwait(false);
        SampleAtsTenant ats = context.Env.Ats.Tenant(SampleCast.Acme);
        string[] candidates = [.. context.Cast.AcmeSyncedCandidates.Union(ats.Candidates.Select(c => c.Id), StringComparer.Ordinal)];
        IReadOnlyList<string> applications = context.Cast.AcmeSyncedApplications;
        SampleCheckException.Expect(candidates.Length > 0, "Acme has no candidates to delete (the historical sync sent none).");
        context.Say.Say($"[acme] Acme asks for its data to be deleted: {applications.Count} applications and {candidates.Length} candidates.");

        IEnumerable<Deletion> deletions = applications.Select(id => new Deletion(DeletionKind.Application, id))
            .Concat(candidates.Select(id => new Deletion(DeletionKind.Candidate, id)));
        ISyncEngine engine = context.Env.Services.GetRequiredService<ISyncEngineFactory>().Create(acme);
        SyncReport report = await engine.DeleteAsync(
            new DeletionRequest { SyncId = "acme-deletion", Deletions = Stream(deletions) },
            new SyncProgressBar(context.Say, applications.Count + candidates.Length),
            cancellationToken).ConfigureAwait(false);
        foreach ((SyncEntityKind kind, SyncCounts counts) in report.ByKind)
        {
            context.Say.Say($"    {kind,-20} {counts}");
        }

        foreach (string id in candidates)
        {
            ats.RemoveCandidate(id);
        }

        SampleCheckException.Expect(report.Totals.Failed == 0, $"{report.Totals.Failed} deletions failed: {string.Join("; ", report.Issues.Select(i => $"{i.Kind} {i.Key} {i.Reason}"))}");
        SyncedOnLinkedIn held = await context.Env.LinkedIn.GetSyncedDataAsync(acme.Customer.Organization!.Value, cancellationToken).ConfigureAwait(false);
        context.Say.Say($"[acme] LinkedIn now holds {held.Candidates.Count} candidates and {held.Applications} applications of Acme.");
        SampleCheckException.Expect(held.Candidates.Count == 0 && held.Applications == 0, "LinkedIn still holds some of Acme's data.");
    }

    private static async IAsyncEnumerable<Deletion> Stream(IEnumerable<Deletion> deletions)
    {
        foreach (Deletion deletion in deletions)
        {
            yield return deletion;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
