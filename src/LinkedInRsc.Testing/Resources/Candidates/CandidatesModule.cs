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
        router.Map("atsCandidates", RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => WithCandidate(ctx, e, k => _candidates.Upsert(k, e.Value))));
        router.Map("atsCandidates", RestLiMethod.BatchPartialUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => WithCandidate(ctx, e, k => _candidates.Patch(k, e.Value))));
        router.Map("atsCandidates", RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => WithCandidate(ctx, e, _candidates.Delete)));
        router.Map("atsCandidates", RestLiMethod.BatchGet, (c, _) => BatchHandlers.BatchGet(c, (ctx, e) => WithCandidate(ctx, e, _candidates.Get)));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => WithCandidateNote(ctx, e, (k, id) => _candidates.UpsertNote(k, id, e.Value))));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => WithCandidateNote(ctx, e, _candidates.DeleteNote)));
        router.Map("atsCandidates", "notes", RestLiMethod.BatchGet, (c, _) => BatchHandlers.BatchGet(c, (ctx, e) => WithCandidateNote(ctx, e, _candidates.GetNote)));
    }

    private static StoreOutcome WithCandidate(RequestContext context, BatchEntity entity, Func<CandidateKey, StoreOutcome> then)
    {
        var key = CandidateKey.FromRestLi(entity.Key, out var error);
        return key is null ? StoreOutcome.BadRequest(error!) : BatchHandlers.Tenant(context, key.Validate(), key.IntegrationContext, () => then(key));
    }

    private static StoreOutcome WithCandidateNote(RequestContext context, BatchEntity entity, Func<CandidateKey, string, StoreOutcome> then)
    {
        string? error = null;
        var parent = context.ParentKey is { } p ? CandidateKey.FromRestLi(p, out error) : null;
        if (parent is null)
        {
            throw LinkedInError.BadRequest($"The path must name the candidate: atsCandidates/{{key}}/notes. {error}").AsException();
        }

        var id = ResourceHttp.SimpleKey(entity.Key);
        return BatchHandlers.Tenant(context, parent.Validate() ?? (id is null ? "Each note id must be a simple string." : null), parent.IntegrationContext, () => then(parent, id!));
    }
}
