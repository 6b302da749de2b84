namespace LinkedInRsc.Samples.Console;

/// <summary>How a flow ended.</summary>
public enum FlowStatus
{
    /// <summary>Every step did what the narration says.</summary>
    Passed,

    /// <summary>A step did not; the result says which.</summary>
    Failed,

    /// <summary>Not run against this target (it scripts the LinkedIn side, which only an emulator can do).</summary>
    Skipped,
}
