using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using LinkedInRsc.Benchmarks.Memory;

// --flat-memory [counts...]: issue #14 item 5, peak managed memory of streamed syncs (not a BenchmarkDotNet job).
if (args.Length > 0 && args[0] == "--flat-memory")
{
    int[] counts = args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, NumberStyles.AllowThousands, CultureInfo.InvariantCulture))] : [100_000, 1_000_000];
    Console.WriteLine("| candidates | requests | peak heap | retained | wall |");
    Console.WriteLine("|---:|---:|---:|---:|---:|");
    await FlatMemoryRun.RunAsync(counts, Console.Out);
    return 0;
}

// Any benchmark that fails to run (or does not validate) makes the exit code non-zero, so CI's dry run catches it.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
