namespace LinkedInRsc.Testing.Resources;

/// <summary>A request-level refusal (the whole call fails), e.g. a missing mandatory query parameter.</summary>
internal sealed class ResourceRequestException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static ResourceRequestException BadRequest(string message) => new(400, message);

    public static ResourceRequestException NotFound(string message) => new(404, message);

    public static ResourceRequestException Forbidden(string message) => new(403, message);
}
