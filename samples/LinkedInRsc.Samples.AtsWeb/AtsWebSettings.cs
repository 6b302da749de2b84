namespace LinkedInRsc.Samples.AtsWeb;

/// <summary>How the sample starts.</summary>
public sealed record AtsWebSettings
{
    /// <summary>Where the app listens (<c>--urls</c>); port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5180";

    /// <summary>The SQLite file; relative paths are under the content root. Created on first run.</summary>
    public string DatabasePath { get; init; } = Path.Combine("App_Data", "ats.db");

    /// <summary>The content root (the project folder under <c>dotnet run</c>).</summary>
    public string? ContentRoot { get; init; }

    /// <summary>The public address LinkedIn would call; customers' callback URLs are under it.</summary>
    public Uri PublicOrigin { get; init; } = new("https://ats.sample.example");

    /// <summary>Console logging level for the app's own categories.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;
}
