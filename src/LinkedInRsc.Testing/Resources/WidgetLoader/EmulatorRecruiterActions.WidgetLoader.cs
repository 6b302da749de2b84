using LinkedInRsc.Testing.Resources.WidgetLoader;

namespace LinkedInRsc.Testing;

/// <content>Widget loader: a stand-in for LinkedIn's widget script, so pages embedding the SDK's widgets run in a browser.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>
    /// The address of the emulator's stand-in for LinkedIn's widget loader script. Pass it as
    /// <c>OnboardingWidgetSettings.LoaderScript</c> and <c>ProfileWidgetSettings.LoaderScript</c>: the script renders the
    /// onboarding widget (bundles, one of the contracts the admin may connect) and the profile widget (the linked member,
    /// or LinkedIn's matches to link) from the attributes the embeds write, and calls the page's callback functions with
    /// what LinkedIn's widgets pass them. It needs the emulator listening (<see cref="LinkedInRscEmulator.StartAsync"/>).
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <returns>The script's absolute address.</returns>
    public static Uri GetWidgetLoaderScriptUri(this LinkedInRscEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return new Uri(emulator.BaseAddress, "_emulator/" + WidgetLoaderModule.ScriptPath);
    }
}
