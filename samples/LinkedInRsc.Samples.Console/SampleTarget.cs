namespace LinkedInRsc.Samples.Console;

/// <summary>What the sample talks to.</summary>
public enum SampleTarget
{
    /// <summary>An emulator started inside this process: every flow runs.</summary>
    EmbeddedEmulator,

    /// <summary>A standalone emulator (<c>tools/LinkedInRsc.Emulator</c>) at <see cref="SampleSettings.BaseUrl"/>.</summary>
    StandaloneEmulator,

    /// <summary>LinkedIn itself, with real partner credentials.</summary>
    LinkedIn,
}
