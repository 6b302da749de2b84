using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using LinkedInRsc.Samples.AtsWeb.Pages;
using LinkedInRsc.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LinkedInRsc.Samples.AtsWeb;

/// <summary>Builds and starts the sample ATS with the emulator embedded; used by <c>Program</c> and by the tests.</summary>
public static class AtsWebApp
{
    /// <summary>Starts the emulator and the app; the returned app is running (stop and dispose it).</summary>
    public static async Task<WebApplication> StartAsync(AtsWebSettings settings, string[]? args = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var forwarder = new CallbackForwarder(settings.PublicOrigin);
        LinkedInRscEmulator emulator = await LinkedInRscEmulator.StartAsync(new EmulatorOptions { PushHandler = forwarder }, cancellationToken);
        emulator.SetJobPostingProcessingTime(TimeSpan.FromMilliseconds(200));

        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = settings.ContentRoot });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.SetMinimumLevel(settings.LogLevel).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        string databasePath = Path.Combine(builder.Environment.ContentRootPath, settings.DatabasePath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new AtsDatabase(databasePath));
        builder.Services.AddSingleton<AtsStore>();
        builder.Services.AddSingleton<ICustomerDirectory, SqliteCustomerDirectory>();
        builder.Services.AddSingleton(sp => new EmulatedLinkedIn(emulator, forwarder, sp.GetRequiredService<AtsStore>(), sp.GetRequiredService<ICustomerDirectory>()));
        builder.Services.AddSingleton<AtsWebComposition>();
        builder.Services.AddSingleton<IExportHandler, SampleExportHandler>();
        builder.Services.AddSingleton<IConversationEventSink, SampleConversationEventSink>();
        builder.Services.AddSingleton<IProspectNoteSink, SampleProspectNoteSink>();
        builder.Services.AddSingleton<ITalentPoolHandler, SampleTalentPoolHandler>();
        builder.Services.AddSingleton<IPurgedCandidateHandler, SamplePurgedCandidateHandler>();
        builder.Services
            .AddLinkedInRsc(_ => { })
            .UseEmulator(emulator)   // base address, token endpoint and partner credentials of the embedded emulator
            .AddRecruiterActivity(options =>
            {
                // The emulator has a few hours of history and does not throttle per seat: read one day at first, and let
                // the "fetch now" button poll as often as it is clicked. Against LinkedIn keep the defaults.
                options.InitialLookback = TimeSpan.FromDays(1);
                options.RequestsPerSeatPerMinute = 600;
            })
            .AddPurgedCandidatesCheck();

        WebApplication app;
        try
        {
            app = builder.Build();
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }

        app.MapLinkedInRscCallback();
        AdminPages.Map(app);
        JobPages.Map(app);
        CandidatePages.Map(app);
        TalentPoolPages.Map(app);
        LinkedInNotePages.Map(app);
        PurgedProfilePages.Map(app);

        await AtsWebComposition.RestoreAsync(app.Services, cancellationToken);
        await app.StartAsync(cancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        forwarder.LocalOrigin = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        return app;
    }

    /// <summary>The address the app listens on (after <see cref="StartAsync"/>).</summary>
    public static Uri AddressOf(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<EmulatedLinkedIn>().Forwarder.LocalOrigin!;
    }
}
