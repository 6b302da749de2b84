using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources;

/// <summary>
/// The shape every sync resource's batch methods share: one outcome per key of the request, answered inside a 200
/// batch response, with the caller's tenancy checked per entity.
/// </summary>
internal static class BatchHandlers
{
    /// <summary>BATCH_UPDATE / BATCH_PARTIAL_UPDATE / BATCH_DELETE: <paramref name="apply"/> per entity.</summary>
    public static ValueTask<EmulatorResponse> Batch(RequestContext context, Func<RequestContext, BatchEntity, StoreOutcome> apply)
    {
        var response = new BatchResponseBuilder();
        foreach (var entity in context.GetBatchEntities())
        {
            var outcome = apply(context, entity);
            if (outcome.IsSuccess)
            {
                response.Success(entity.RawKey, outcome.Status);
            }
            else
            {
                response.Failure(entity.RawKey, ResourceHttp.ToError(outcome));
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    /// <summary>BATCH_GET: <paramref name="get"/> per entity.</summary>
    public static ValueTask<EmulatorResponse> BatchGet(RequestContext context, Func<RequestContext, BatchEntity, StoreOutcome> get)
    {
        var response = new BatchGetResponseBuilder();
        foreach (var entity in context.GetBatchEntities())
        {
            var outcome = get(context, entity);
            if (outcome.IsSuccess)
            {
                response.Found(entity.RawKey, outcome.Value ?? new JsonObject());
            }
            else
            {
                response.Failure(entity.RawKey, ResourceHttp.ToError(outcome));
            }
        }

        return ValueTask.FromResult(response.Build());
    }

    /// <summary>A batch entity keyed by <typeparamref name="TKey"/>: decode and check the key (400), then the tenancy as in <see cref="Tenant"/>.</summary>
    public static StoreOutcome WithKey<TKey>(RequestContext context, BatchEntity entity, Func<TKey, StoreOutcome> then)
        where TKey : class, IResourceKey<TKey>
    {
        var key = TKey.FromRestLi(entity.Key, out var error);
        return key is null ? StoreOutcome.BadRequest(error!) : Tenant(context, key.Validate(), key.IntegrationContext, () => then(key));
    }

    /// <summary>
    /// A sub-resource entity (<c>{resource}/{parentKey}/{subResource}?ids=…</c>): the parent's key from the path (400 for
    /// the whole request when missing), the entity's simple id, then the parent's tenancy as in <see cref="WithKey{TKey}"/>.
    /// </summary>
    public static StoreOutcome WithParentKey<TKey>(RequestContext context, BatchEntity entity, Func<TKey, string, StoreOutcome> then)
        where TKey : class, IResourceKey<TKey>
    {
        string? error = null;
        var parent = context.ParentKey is { } p ? TKey.FromRestLi(p, out error) : null;
        if (parent is null)
        {
            throw LinkedInError.BadRequest($"The path must name the parent entity: {context.Resource}/{{key}}/{context.SubResource}. {error}").AsException();
        }

        var id = ResourceHttp.SimpleKey(entity.Key);
        return Tenant(context, parent.Validate() ?? (id is null ? "Each id must be a simple string." : null), parent.IntegrationContext, () => then(parent, id!));
    }

    /// <summary>
    /// Per-entity tenancy: a key that failed validation is a 400; otherwise the key's organization must be the
    /// caller's, with an enabled integration (403), before <paramref name="then"/> runs.
    /// </summary>
    public static StoreOutcome Tenant(RequestContext context, string? validationError, string integrationContext, Func<StoreOutcome> then)
    {
        if (validationError is not null)
        {
            return StoreOutcome.BadRequest(validationError);
        }

        var error = context.CheckOrganization(integrationContext);
        return error is null ? then() : new StoreOutcome(error.Status, error.Message);
    }
}
