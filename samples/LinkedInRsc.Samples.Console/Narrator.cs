namespace LinkedInRsc.Samples.Console;

/// <summary>Tells the run in plain words: a heading per flow, a line per step, a progress bar for long work.</summary>
internal sealed class Narrator(TextWriter output)
{
    private readonly object _gate = new();

    public void Heading(int number, string title) => Write($"{Environment.NewLine}== {number}. {title}");

    public void Say(string text) => Write("   " + text);

    public void Outcome(FlowResult result) => Write(result.Status switch
    {
        FlowStatus.Passed => "   -> passed",
        FlowStatus.Skipped => $"   -> skipped: {result.Detail}",
        _ => $"   -> FAILED: {result.Detail}",
    });

    /// <summary>A bar of 30 cells: <c>[#########.....................]  30/100 candidates</c>.</summary>
    public void Bar(long done, long total, string what)
    {
        int cells = total <= 0 ? 30 : (int)Math.Clamp(done * 30 / total, 0, 30);
        Write($"   [{new string('#', cells)}{new string('.', 30 - cells)}] {done,4}/{total} {what}");
    }

    public void Line(string text) => Write(text);

    private void Write(string line)
    {
        lock (_gate)
        {
            output.WriteLine(line);
        }
    }
}
