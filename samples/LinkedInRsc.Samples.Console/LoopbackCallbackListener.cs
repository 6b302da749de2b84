using LinkedInRsc.Notifications;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Samples.Console;

/// <summary>
/// The ATS's callback URLs for a standalone emulator: a Kestrel listener on <c>127.0.0.1</c> (a free port) with the
/// SDK's <c>MapLinkedInRscCallback()</c> — what an ASP.NET Core ATS maps — handing LinkedIn's URL challenges and
/// pushes to the run's <see cref="PushProcessor"/>. The customer id is the path segment after <c>/linkedin/</c>.
/// LinkedIn pushes only to HTTPS; the emulator accepts these http loopback URLs when started with
/// <c>--allow-http-callbacks</c>.
/// </summary>
internal sealed class LoopbackCallbackListener : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackCallbackListener(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The listener's origin, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A customer's callback URL.</summary>
    public Uri UrlOf(string customerId) => new(BaseAddress, $"linkedin/{Uri.EscapeDataString(customerId)}/callback");

    public static async Task<LoopbackCallbackListener> StartAsync(Func<PushProcessor> processor, CancellationToken cancellationToken)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Error);

        // The run's SDK services own the push processor; the listener only forwards to it.
        builder.Services.AddSingleton(_ => processor());
        WebApplication app = builder.Build();
        app.MapLinkedInRscCallback();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackCallbackListener(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
