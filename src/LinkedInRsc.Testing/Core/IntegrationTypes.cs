using LinkedInRsc.Integrations;

namespace LinkedInRsc.Testing.Core;

/// <summary>The wire values of the integration types the emulator knows (the SDK's <see cref="IntegrationType"/>).</summary>
internal static class IntegrationTypes
{
    public static readonly string InAtsIndicator = IntegrationType.InAtsIndicator.Value;
    public static readonly string OneClickExport = IntegrationType.OneClickExport.Value;
    public static readonly string ProfilePlugin = IntegrationType.ProfilePlugin.Value;
    public static readonly string CsaApi = IntegrationType.CsaApi.Value;

    /// <summary>The company-level (organization URN) types of RSC.</summary>
    public static readonly string[] CompanyLevel = [InAtsIndicator, OneClickExport, ProfilePlugin];
}
