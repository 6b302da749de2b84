using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

// Any benchmark that fails to run (or does not validate) makes the exit code non-zero, so CI's dry run catches it.
IEnumerable<Summary> summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
