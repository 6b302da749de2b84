using System.Net;
using LinkedInRsc.Authentication;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.AspNetCore.Tests.Docs;

/// <summary>
/// The callback registration of README.md and docs/push-notifications.md, run: each block is a <c>// snippet:</c>
/// region here, shown word for word on the page. The app it builds answers LinkedIn's calls at the mapped route.
/// </summary>
[TestFixture]
public sealed class CallbackDocsTests
{
    [Test]
    public async Task ReadmeCallback_Registered_MapsTheRouteAndUsesTheHostsExportHandler()
    {
        WebApplicationBuilder builder = Host();
        builder.Services.AddLinkedInRsc(builder.Configuration.GetSection("LinkedInRsc"));

        // snippet: readme-push-callback
        builder.Services.AddSingleton<IExportHandler, PlaceExportsInProspect>();   // ExportPolicy.Check(export, job) first, then place
        WebApplication app = builder.Build();
        app.MapLinkedInRscCallback("/linkedin/{customerId}/callback");              // package LinkedInRsc.AspNetCore
        // end snippet

        await AssertAnswersAsync(app);
    }

    [Test]
    public async Task PushNotificationsCallback_Registered_MapsTheRouteAndUsesTheHostsExportHandler()
    {
        WebApplicationBuilder builder = Host();

        // snippet: push-callback-registration
        builder.Services.AddLinkedInRsc(builder.Configuration.GetSection("LinkedInRsc"));
        builder.Services.AddSingleton<IExportHandler, PlaceExportsInProspect>();   // yours: see "Host extension points"

        WebApplication app = builder.Build();
        app.MapLinkedInRscCallback("/linkedin/{customerId}/callback");             // GET: validation, POST: pushes
        // end snippet

        await AssertAnswersAsync(app);
    }

    private static WebApplicationBuilder Host()
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LinkedInRsc:ClientId"] = "partner-id",
            ["LinkedInRsc:ClientSecret"] = "partner-secret",
        });
        return builder;
    }

    /// <summary>The route is LinkedIn's callback: an unsigned push for a known customer is refused by the processor, nothing placed.</summary>
    private static async Task AssertAnswersAsync(WebApplication app)
    {
        await using (app)
        {
            await app.Services.GetRequiredService<ICustomerDirectory>().SaveAsync(new Customer { CustomerId = "acme", Credentials = new ClientCredentials("acme-child", "acme-secret") });
            await app.StartAsync();
            using HttpClient http = app.GetTestClient();
            using var unsigned = new StringContent("{}");
            HttpResponseMessage answer = await http.PostAsync(new Uri("/linkedin/acme/callback", UriKind.Relative), unsigned);
            Assert.Multiple(() =>
            {
                Assert.That(app.Services.GetRequiredService<IExportHandler>(), Is.TypeOf<PlaceExportsInProspect>());
                Assert.That(answer.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized).Or.EqualTo(HttpStatusCode.BadRequest));
                Assert.That(PlaceExportsInProspect.Placed, Is.Zero);
            });
            await app.StopAsync();
        }
    }

    /// <summary>The page's example handler; these tests never let a push reach it.</summary>
    private sealed class PlaceExportsInProspect : IExportHandler
    {
        public static int Placed { get; private set; }

        public Task<ExportDecision> PlaceAsync(ICustomerClient customer, ExportedCandidate exportedCandidate, CancellationToken cancellationToken = default)
        {
            Placed++;
            throw new InvalidOperationException("An unsigned push reached the export handler.");
        }
    }
}
