using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Candidates;

/// <summary>
/// <c>atsCandidates</c> (BATCH_UPDATE, BATCH_PARTIAL_UPDATE, BATCH_DELETE, BATCH_GET) and its <c>notes</c>
/// sub-resource; every entity is checked for the caller's tenancy and answered with its own status.
/// </summary>
internal sealed class CandidatesModule(EmulatorServices services) : IEmulatorModule
{
    private readonly CandidateStore _candidates = services.Stores.Get<CandidateStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("atsCandidates", s => new CandidatesModule(s));

    public void Register(EmulatorRouter router)
    {
        router.Map("atsCandidates", RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<CandidateKey>(ctx, e, k => _candidates.Upsert(k, e.Value))));
        router.Map("atsCandidates", RestLiMethod.BatchPartialUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<CandidateKey>(ctx, e, k => _candidates.Patch(k, e.Value))));
        router.Map("atsCandidates", RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<CandidateKey>(ctx, e, _candidates.Delete)));
        router.Map("atsCandidates", RestLiMethod.BatchGet, (c, _) => BatchHandlers.BatchGet(c, (ctx, e) => BatchHandlers.WithKey<CandidateKey>(ctx, e, _candidates.Get)));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithParentKey<CandidateKey>(ctx, e, (k, id) => _candidates.UpsertNote(k, id, e.Value))));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithParentKey<CandidateKey>(ctx, e, _candidates.DeleteNote)));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchGet, (c, _) => BatchHandlers.BatchGet(c, (ctx, e) => BatchHandlers.WithParentKey<CandidateKey>(ctx, e, _candidates.GetNote)));
    }
}
