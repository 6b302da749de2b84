namespace LinkedInRsc.Testing;

/// <summary>What a push notification announces (its <c>eventType</c> on the wire).</summary>
public enum EmulatorPushEventType
{
    /// <summary>A recruiter exported a member to one of the customer's jobs (<c>EXPORT_CANDIDATE_PROFILE</c>); fetch it with <c>exportedCandidates?q=request</c>.</summary>
    ExportCandidateProfile,

    /// <summary>The customer's LinkedIn admin enabled or disabled integrations (<c>INTEGRATION_STATUS_CHANGE</c>); look it up with <c>atsIntegrations?q=request</c>.</summary>
    IntegrationStatusChange,
}
