// The LinkedInRsc ATS web sample: a small ATS (SQLite) with LinkedIn's onboarding and profile widgets, the 1-click
// export callback and the InMail/notes history, running against the RSC emulator embedded on loopback.
//
//   dotnet run --project samples/LinkedInRsc.Samples.AtsWeb [-- --urls http://127.0.0.1:5180]
using LinkedInRsc.Samples.AtsWeb;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;

string urls = args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault() ?? new AtsWebSettings().Urls;
await using WebApplication app = await AtsWebApp.StartAsync(new AtsWebSettings { Urls = urls, LogLevel = LogLevel.Warning }, args);
EmulatedLinkedIn linkedIn = app.Services.GetRequiredService<EmulatedLinkedIn>();
Console.WriteLine($"Sample ATS: {AtsWebApp.AddressOf(app)}  (open it in a browser; Ctrl+C stops)");
Console.WriteLine($"Embedded RSC emulator: {linkedIn.Emulator.BaseAddress}");
Console.WriteLine($"Data: {app.Services.GetRequiredService<LinkedInRsc.Samples.AtsWeb.Data.AtsDatabase>().FilePath}");
await app.WaitForShutdownAsync();
