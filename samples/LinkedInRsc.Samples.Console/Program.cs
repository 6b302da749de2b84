// The LinkedInRsc console sample: every flow an ATS implements with LinkedIn Recruiter System Connect, in order, against
// the RSC emulator (a fake LinkedIn in this process), narrated step by step. It ends with `flows: N passed, N failed`
// and exits non-zero when a flow failed.
//
//   dotnet run --project samples/LinkedInRsc.Samples.Console                                    # embedded emulator
//   dotnet run --project samples/LinkedInRsc.Samples.Console -- --base-url http://127.0.0.1:5080 # standalone emulator
//   dotnet run --project samples/LinkedInRsc.Samples.Console -- --base-url https://api.linkedin.com  # real LinkedIn,
//       partner credentials from user secrets or LINKEDINRSC_LinkedInRsc__ClientId / __ClientSecret
using LinkedInRsc.Samples.Console;

return await SampleRun.MainAsync(args, Console.Out);
