using LinkedInRsc.Customers;
using LinkedInRsc.Samples.AtsWeb;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using LinkedInRsc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Samples.Web.Tests;

/// <summary>The web sample started on a free loopback port over its own SQLite file in a fresh folder.</summary>
internal sealed class WebSample : IAsyncDisposable
{
    private WebSample(WebApplication app, string folder)
    {
        App = app;
        Folder = folder;
        Address = AtsWebApp.AddressOf(app);
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = true }) { BaseAddress = Address };
    }

    public WebApplication App { get; }

    public string Folder { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public LinkedInRscEmulator Emulator => LinkedIn.Emulator;

    public EmulatedLinkedIn LinkedIn => App.Services.GetRequiredService<EmulatedLinkedIn>();

    public AtsStore Store => App.Services.GetRequiredService<AtsStore>();

    public ICustomerDirectory Directory => App.Services.GetRequiredService<ICustomerDirectory>();

    /// <summary>Starts the sample; <paramref name="folder"/> reuses the data of an earlier run (a restart).</summary>
    public static async Task<WebSample> StartAsync(string? folder = null)
    {
        folder ??= System.IO.Directory.CreateTempSubdirectory("ats-web-").FullName;
        WebApplication app = await AtsWebApp.StartAsync(new AtsWebSettings { Urls = "http://127.0.0.1:0", ContentRoot = folder, DatabasePath = "ats.db" });
        return new WebSample(app, folder);
    }

    public async Task<string> GetPageAsync(string path)
    {
        using HttpResponseMessage response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        string html = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {path}: {(int)response.StatusCode} {html}");
        return html;
    }

    public async Task PostFormAsync(string path, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using HttpResponseMessage response = await Http.PostAsync(new Uri(path, UriKind.Relative), content);
        Assert.That(response.IsSuccessStatusCode, Is.True, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
