using LinkedInRsc.Integrations;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The wire values of the integration statuses the emulator sets (the SDK's <see cref="IntegrationStatus"/>).
/// UNCONFIRMED in LinkedIn's docs: <c>REQUESTED</c> (seen once) and <c>ENABLED</c> are LinkedIn's terms;
/// <c>DISABLED</c> is the emulator's choice.
/// </summary>
internal static class IntegrationStatuses
{
    public static readonly string Requested = IntegrationStatus.Requested.Value;
    public static readonly string Enabled = IntegrationStatus.Enabled.Value;
    public static readonly string Disabled = IntegrationStatus.Disabled.Value;
}
