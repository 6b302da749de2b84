using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources;

/// <summary>
/// The outcome of one entity inside a batch (or of a single-entity call): an HTTP status and, for failures, a
/// LinkedIn-style message naming the field that was wrong.
/// </summary>
internal readonly record struct StoreOutcome(int Status, string? Message = null, JsonNode? Value = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public static StoreOutcome NoContent { get; } = new(204);

    public static StoreOutcome Ok(JsonNode? value = null) => new(200, null, value);

    public static StoreOutcome Created(JsonNode? value = null) => new(201, null, value);

    public static StoreOutcome BadRequest(string message) => new(400, message);

    public static StoreOutcome NotFound(string message) => new(404, message);

    public static StoreOutcome Forbidden(string message) => new(403, message);

    public static StoreOutcome Conflict(string message) => new(409, message);
}
