namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Integration status values. UNCONFIRMED in LinkedIn's docs: <c>REQUESTED</c> (seen once) and <c>ENABLED</c> are
/// LinkedIn's terms; <c>DISABLED</c> is the emulator's choice.
/// </summary>
internal static class IntegrationStatuses
{
    public const string Requested = "REQUESTED";
    public const string Enabled = "ENABLED";
    public const string Disabled = "DISABLED";
}
