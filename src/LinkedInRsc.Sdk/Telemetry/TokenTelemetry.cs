using System.Diagnostics;
using LinkedInRsc.Authentication;

namespace LinkedInRsc.Telemetry;

/// <summary>Counts the access tokens the SDK requests: why (<c>first</c>, <c>expiring</c>, <c>rejected</c>) and how it ended.</summary>
internal static class TokenTelemetry
{
    /// <summary>Records one token request; <paramref name="failure"/> is null when a token was issued.</summary>
    public static void Requested(string reason, Exception? failure)
    {
        var tags = new TagList { { SdkTelemetry.TokenReason, reason } };
        if (failure is not null)
        {
            tags.Add(SdkTelemetry.ErrorType, ErrorType(failure));
        }

        SdkTelemetry.TokenRequests.Add(1, tags);
    }

    /// <summary>The OAuth error code (<c>invalid_client</c>), else the status, else the exception type: never a message.</summary>
    private static string ErrorType(Exception failure) => failure switch
    {
        AuthenticationFailedException { ErrorCode: { Length: > 0 } code } => code,
        AuthenticationFailedException { StatusCode: { } status } => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
        AuthenticationFailedException { IsTransient: true } => "unreachable",
        _ => failure.GetType().FullName ?? "_OTHER",
    };
}
