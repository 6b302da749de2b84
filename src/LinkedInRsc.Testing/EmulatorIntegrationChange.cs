namespace LinkedInRsc.Testing;

/// <summary>The outcome of an admin enabling or disabling integrations.</summary>
/// <param name="RequestId">The id to look the change up with: <c>GET /v2/atsIntegrations?q=request&amp;requestId=</c>.</param>
/// <param name="Push">The <c>INTEGRATION_STATUS_CHANGE</c> push sent, or null when the customer has no callback URL.</param>
public sealed record EmulatorIntegrationChange(string RequestId, EmulatorPush? Push);
