using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A LinkedIn-shaped error: <c>{"status":400,"serviceErrorCode":100,"message":"..."}</c>. Used for whole-request
/// errors and for per-entity errors inside batch responses. The <c>serviceErrorCode</c> catalogue lives in
/// <see cref="ServiceErrorCodes"/> (one place, documented in docs/emulator.md).
/// </summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="ServiceErrorCode">LinkedIn's service error code.</param>
/// <param name="Message">A message naming what was wrong and how to fix it.</param>
internal sealed record LinkedInError(int Status, int ServiceErrorCode, string Message)
{
    /// <summary>400 with the validation code.</summary>
    public static LinkedInError BadRequest(string message) => new(400, ServiceErrorCodes.InvalidInput, message);

    /// <summary>403 with the permission code.</summary>
    public static LinkedInError Forbidden(string message) => new(403, ServiceErrorCodes.AccessDenied, message);

    /// <summary>404 with the not-found code.</summary>
    public static LinkedInError NotFound(string message) => new(404, ServiceErrorCodes.NotFound, message);

    /// <summary>409 with the conflict code.</summary>
    public static LinkedInError Conflict(string message) => new(409, ServiceErrorCodes.Conflict, message);

    /// <summary>The delay a 429 (or 503) asks the client to wait, sent as a <c>Retry-After</c> header in whole seconds; null for none.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// The platform's error code (e.g. <c>NONEXISTENT_VERSION</c>) of an error the platform answers rather than an RSC
    /// resource; when set, the body carries <c>code</c> instead of <c>serviceErrorCode</c>, as LinkedIn's does.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>The JSON body.</summary>
    public JsonObject ToJson() => Code is null
        ? new() { ["status"] = Status, ["serviceErrorCode"] = ServiceErrorCode, ["message"] = Message }
        : new() { ["status"] = Status, ["code"] = Code, ["message"] = Message };

    /// <summary>The whole-request response.</summary>
    public EmulatorResponse ToResponse()
    {
        EmulatorResponse response = EmulatorResponse.Json(Status, ToJson());
        if (RetryAfter is { } delay)
        {
            response.Headers["Retry-After"] = ((long)Math.Ceiling(Math.Max(0, delay.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return response;
    }

    /// <summary>Throws this error as an <see cref="LinkedInErrorException"/>; the processor turns it into the response.</summary>
    public LinkedInErrorException AsException() => new(this);
}
