namespace LinkedInRsc.Onboarding;

/// <summary>What to put in the ATS Integration Configuration (onboarding) widget.</summary>
public sealed record OnboardingWidgetSettings
{
    /// <summary>The customer's child application client id (the widget's <c>api_key</c>). Not a secret.</summary>
    public required string ApiKey { get; init; }

    /// <summary>The bundles offered; both by default.</summary>
    public OnboardingBundles Bundles { get; init; } = OnboardingBundles.Company | OnboardingBundles.Contract;

    /// <summary>The name of the page's JavaScript function the widget calls with the integrations requested.</summary>
    public string CallbackFunctionName { get; init; } = "onLinkedInIntegrate";

    /// <summary>The widget width in pixels.</summary>
    public int Width { get; init; } = 500;

    /// <summary>The script that loads the widget; LinkedIn's published address by default.</summary>
    public Uri LoaderScript { get; init; } = new("https://platform.linkedin.com/xdoor/scripts/in.js");

    /// <summary>The widget extension address; LinkedIn's published address by default.</summary>
    public Uri Extension { get; init; } = new("https://platform.linkedin.com/rsc/extensions/onboarding-widget");
}
