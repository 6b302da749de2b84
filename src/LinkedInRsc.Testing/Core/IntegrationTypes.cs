namespace LinkedInRsc.Testing.Core;

/// <summary>The integration types the emulator knows.</summary>
internal static class IntegrationTypes
{
    public const string InAtsIndicator = "IN_ATS_INDICATOR";
    public const string OneClickExport = "ONE_CLICK_EXPORT";
    public const string ProfilePlugin = "PROFILE_PLUGIN";
    public const string CsaApi = "CSA_API";

    /// <summary>The company-level (organization URN) types of RSC.</summary>
    public static readonly string[] CompanyLevel = [InAtsIndicator, OneClickExport, ProfilePlugin];
}
