using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console;

/// <summary>How a push LinkedIn sent to the ATS's callback URL ended.</summary>
/// <param name="EventType">Its event type (<c>EXPORT_CANDIDATE_PROFILE</c>, <c>INTEGRATION_STATUS_CHANGE</c>).</param>
/// <param name="RequestId">The request id it carries.</param>
/// <param name="State">Delivered, given up, or still pending.</param>
/// <param name="Attempts">How many times LinkedIn tried.</param>
/// <param name="LastStatusCode">What the callback answered last; <see langword="null"/> when it did not answer.</param>
internal sealed record LinkedInPush(string EventType, string? RequestId, EmulatorPushState State, int Attempts, int? LastStatusCode)
{
    public static LinkedInPush From(EmulatorPush push, EmulatorPushState state) => new(
        push.EventType.ToString(),
        push.RequestId,
        state,
        push.Attempts.Count,
        push.Attempts.Count == 0 ? null : (int?)push.Attempts[^1].StatusCode);
}
