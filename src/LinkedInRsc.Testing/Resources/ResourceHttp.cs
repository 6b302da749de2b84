using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources;

/// <summary>Glue between the resource stores and the core's request seam: key parts, outcome → error mapping.</summary>
internal static class ResourceHttp
{
    public static LinkedInError ToError(StoreOutcome outcome) => outcome.Status switch
    {
        403 => LinkedInError.Forbidden(outcome.Message ?? "Not enough permissions."),
        404 => LinkedInError.NotFound(outcome.Message ?? "Not found."),
        409 => LinkedInError.Conflict(outcome.Message ?? "Conflict."),
        _ => LinkedInError.BadRequest(outcome.Message ?? "Invalid entity."),
    };

    /// <summary>Runs a handler body, turning the stores' request-level refusals into LinkedIn-shaped errors.</summary>
    public static ValueTask<EmulatorResponse> Run(Func<EmulatorResponse> handler)
    {
        try
        {
            return ValueTask.FromResult(handler());
        }
        catch (ResourceRequestException ex)
        {
            throw new LinkedInError(ex.Status, ex.Status == 400 ? ServiceErrorCodes.InvalidInput : ex.Status, ex.Message).AsException();
        }
    }

    /// <summary>A primitive field of a compound key, or an error naming the missing part.</summary>
    public static string? Part(RestLiValue key, string name, ref string? error)
    {
        if (error is not null)
        {
            return null;
        }

        if (key.Kind != RestLiValueKind.Record)
        {
            error = $"The key must be a compound key with '{name}' (and the other key parts).";
            return null;
        }

        if (!key.TryGetField(name, out var value) || value.Kind != RestLiValueKind.Primitive)
        {
            error = $"Key part '{name}' is required.";
            return null;
        }

        return value.AsString();
    }

    /// <summary>A simple (string) key of a sub-resource entity, e.g. a note id.</summary>
    public static string? SimpleKey(RestLiValue key) => key.Kind == RestLiValueKind.Primitive ? key.AsString() : null;
}
