namespace LinkedInRsc.Testing.Core;

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
