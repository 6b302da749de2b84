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
