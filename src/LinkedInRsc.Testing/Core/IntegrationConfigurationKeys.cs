namespace LinkedInRsc.Testing.Core;

/// <summary>The configuration keys and the integration type each belongs to.</summary>
internal static class IntegrationConfigurationKeys
{
    public const string CallbackUrl = "CALLBACK_URL";
    public const string JobPostingViewers = "JOB_POSTING_VIEWERS";
    public const string ApplicationViewers = "APPLICATION_VIEWERS";

    /// <summary>The only accepted viewers value.</summary>
    public const string AllProductUsers = "ALL_PRODUCT_USERS";

    /// <summary>The integration type a configuration key belongs to, or null for an unknown key.</summary>
    public static string? OwnerType(string key) => key switch
    {
        CallbackUrl or JobPostingViewers => IntegrationTypes.OneClickExport,
        ApplicationViewers => IntegrationTypes.InAtsIndicator,
        _ => null,
    };
}
