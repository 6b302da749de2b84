namespace LinkedInRsc.Testing.Resources.WidgetLoader;

/// <summary>The loader script's text, embedded from <c>widget-loader.js</c> next to this file.</summary>
internal static class WidgetLoaderScript
{
    private static readonly Lazy<string> Content = new(() =>
    {
        using Stream stream = typeof(WidgetLoaderScript).Assembly.GetManifestResourceStream("LinkedInRsc.Testing.WidgetLoader.widget-loader.js")
            ?? throw new InvalidOperationException("The widget loader script is not embedded in LinkedInRsc.Testing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Text => Content.Value;
}
