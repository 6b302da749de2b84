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

    /// <summary>The JSON body.</summary>
    public JsonObject ToJson() => new()
    {
        ["status"] = Status,
        ["serviceErrorCode"] = ServiceErrorCode,
        ["message"] = Message,
    };

    /// <summary>The whole-request response.</summary>
    public EmulatorResponse ToResponse() => EmulatorResponse.Json(Status, ToJson());

    /// <summary>Throws this error as an <see cref="LinkedInErrorException"/>; the processor turns it into the response.</summary>
    public LinkedInErrorException AsException() => new(this);
}

/// <summary>
/// The <c>serviceErrorCode</c> values the emulator answers with. LinkedIn documents the field but not an RSC catalogue;
/// these follow the values LinkedIn's generic APIs are seen to use.
/// </summary>
internal static class ServiceErrorCodes
{
    /// <summary>Generic code LinkedIn uses for permission and validation failures.</summary>
    public const int AccessDenied = 100;

    /// <summary>Validation failure (same generic code as LinkedIn's).</summary>
    public const int InvalidInput = 100;

    /// <summary>Throttled (LinkedIn answers 429 with code 101, "... limit ... is reached").</summary>
    public const int Throttled = 101;

    /// <summary>Not found.</summary>
    public const int NotFound = 404;

    /// <summary>Conflict (duplicate unique value).</summary>
    public const int Conflict = 409;

    /// <summary>The access token is not valid.</summary>
    public const int InvalidAccessToken = 65600;

    /// <summary>The access token expired.</summary>
    public const int ExpiredAccessToken = 65601;

    /// <summary>Unsupported method on a resource.</summary>
    public const int MethodNotAllowed = 405;

    /// <summary>An injected server error.</summary>
    public const int InternalError = 500;
}

/// <summary>
/// Thrown by request handlers (and by <see cref="RequestContext"/> checks) to answer the whole request with a
/// LinkedIn-shaped error. The request processor catches it; it never leaves the emulator.
/// </summary>
internal sealed class LinkedInErrorException : Exception
{
    /// <summary>Creates the exception.</summary>
    public LinkedInErrorException(LinkedInError error)
        : base(error?.Message)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Required by CA1032; not used.</summary>
    public LinkedInErrorException()
        : this(new LinkedInError(500, ServiceErrorCodes.InternalError, "Internal error."))
    {
    }

    /// <summary>Required by CA1032; not used.</summary>
    public LinkedInErrorException(string message)
        : this(LinkedInError.BadRequest(message))
    {
    }

    /// <summary>Required by CA1032; not used.</summary>
    public LinkedInErrorException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = LinkedInError.BadRequest(message);
    }

    /// <summary>The error to answer with.</summary>
    public LinkedInError Error { get; }
}
