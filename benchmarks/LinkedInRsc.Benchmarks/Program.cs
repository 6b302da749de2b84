using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using LinkedInRsc.Benchmarks.Memory;

// --flat-memory [--only sync|push|journal] [counts...]: issue #14 item 5, peak managed memory of long loops (not a
// BenchmarkDotNet job). The verdict is printed, not the exit code: at CI's small counts it means nothing.
if (args.Length > 0 && args[0] == "--flat-memory")
{
    string? only = args.Length > 2 && args[1] == "--only" ? args[2] : null;
    string[] sizes = args[(only is null ? 1 : 3)..];
    int[] counts = sizes.Length > 0 ? [.. sizes.Select(a => int.Parse(a, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))] : [100_000, 1_000_000];
    await FlatMemoryRun.RunAsync(counts, only, Console.Out);
    return 0;
}

// Any benchmark that fails to run (or does not validate) makes the exit code non-zero, so CI's dry run catches it.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
