namespace LinkedInRsc.Testing.Core;

/// <summary>The wire values of <see cref="EmulatorPushEventType"/>.</summary>
internal static class PushEventTypes
{
    /// <summary>The <c>eventType</c> a push carries.</summary>
    public static string WireValue(EmulatorPushEventType eventType) => eventType switch
    {
        EmulatorPushEventType.ExportCandidateProfile => "EXPORT_CANDIDATE_PROFILE",
        EmulatorPushEventType.IntegrationStatusChange => "INTEGRATION_STATUS_CHANGE",
        _ => throw new ArgumentOutOfRangeException(nameof(eventType), eventType, "Unknown push event type."),
    };
}
