using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources;

/// <summary>
/// The outcome of one entity inside a batch (or of a single-entity call): an HTTP status and, for failures, a
/// LinkedIn-style message naming the field that was wrong.
/// </summary>
internal readonly record struct EntityOutcome(int Status, string? Message = null, JsonNode? Value = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public static EntityOutcome NoContent { get; } = new(204);

    public static EntityOutcome Ok(JsonNode? value = null) => new(200, null, value);

    public static EntityOutcome Created(JsonNode? value = null) => new(201, null, value);

    public static EntityOutcome BadRequest(string message) => new(400, message);

    public static EntityOutcome NotFound(string message) => new(404, message);

    public static EntityOutcome Forbidden(string message) => new(403, message);

    public static EntityOutcome Conflict(string message) => new(409, message);
}

/// <summary>A request-level refusal (the whole call fails), e.g. a missing mandatory query parameter.</summary>
internal sealed class ResourceRequestException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static ResourceRequestException BadRequest(string message) => new(400, message);

    public static ResourceRequestException NotFound(string message) => new(404, message);

    public static ResourceRequestException Forbidden(string message) => new(403, message);
}
