using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Jobs;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LinkedInRsc.AspNetCore.Tests;

/// <summary>
/// The callback endpoint on a real ASP.NET Core pipeline (TestServer): the emulator validates it and pushes a 1-click
/// export to it, signed; the endpoint hands the raw request to the SDK's processor and writes its answer back.
/// </summary>
public sealed class CallbackEndpointTests
{
    private LinkedInRscEmulator _emulator = null!;
    private TestClock _time = null!;
    private WebApplication _app = null!;
    private SampleAts _ats = null!;

    [SetUp]
    public async Task SetUp()
    {
        _time = new TestClock();
        TestServer? server = null;
        _emulator = LinkedInRscEmulator.CreateInMemory(new EmulatorOptions { TimeProvider = _time, PushHandler = new LateHandler(() => server!.CreateHandler()) });
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton<SampleAts>();
        builder.Services.AddSingleton<IExportHandler>(sp => sp.GetRequiredService<SampleAts>());
        builder.Services.AddLinkedInRsc(o =>
            {
                o.BaseAddress = _emulator.BaseAddress;
                o.TokenEndpoint = _emulator.TokenEndpoint;
                o.ClientId = _emulator.PartnerCredentials.ClientId;
                o.ClientSecret = _emulator.PartnerCredentials.ClientSecret;
                o.MaxRetryAttempts = 0;
                o.AttemptTimeout = TimeSpan.FromMinutes(10);
                o.TotalTimeout = TimeSpan.FromHours(1);
            })
            .HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => _emulator.CreateHttpMessageHandler());
        builder.Services.AddHttpClient(LinkedInRscDefaults.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => _emulator.CreateHttpMessageHandler());
        _app = builder.Build();
        _app.MapLinkedInRscCallback();
        await _app.StartAsync();
        server = _app.GetTestServer();
        _ats = _app.Services.GetRequiredService<SampleAts>();
    }

    [TearDown]
    public async Task TearDown()
    {
        await _app.DisposeAsync();
        await _emulator.DisposeAsync();
    }

    [Test]
    public async Task MapLinkedInRscCallback_ExportPushedByTheEmulator_IsValidatedProcessedAndAcknowledged()
    {
        EmulatedCustomer acme = await AddCustomerAsync();
        EmulatedSeat seat = await _emulator.AddSeatAsync(acme.ContractUrns[0], PersonUrn.Parse("urn:li:person:rae"), "Rae", "Cruiter");
        _ats.Tenant("acme").AddJob(new SampleJob { Id = "JOB-1", HiringTeam = [new HiringTeamMember(HiringTeamRole.Recruiter, seat.SeatUrn)] });
        EmulatedMember ada = await _emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });

        EmulatedExport export = await _emulator.ExportCandidateAsync("acme", ada.PersonUrn, "JOB-1", seat.SeatUrn);

        Assert.That(await export.Push.WaitForCompletionAsync(), Is.EqualTo(EmulatorPushState.Delivered), "the emulator's challenge and push both went through the endpoint");
        Assert.That(export.Push.Attempts.Single().StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_ats.Tenant("acme").Candidates.Single().Member, Is.EqualTo(ada.PersonUrn));
        Assert.That(_emulator.GetSyncedData(acme.OrganizationUrn!.Value).Candidates.Single().ManualMatchedMemberUrn, Is.EqualTo(ada.PersonUrn));
    }

    [Test]
    public async Task MapLinkedInRscCallback_UnsignedOrOversizedPost_IsRefusedWithItsStatus()
    {
        await AddCustomerAsync();
        using HttpClient http = _app.GetTestClient();
        string body = """{"notificationId":"n-1","eventType":"EXPORT_CANDIDATE_PROFILE","requestId":"r-1"}""";

        using HttpResponseMessage unsigned = await http.PostAsync(new Uri("/linkedin/acme/callback", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        using var oversized = new HttpRequestMessage(HttpMethod.Post, "/linkedin/acme/callback") { Content = new ByteArrayContent(new byte[1_000_000]) };
        oversized.Headers.TryAddWithoutValidation("X-LI-Signature", "hmacsha256=" + new string('0', 64));
        using HttpResponseMessage tooLarge = await http.SendAsync(oversized);
        using HttpResponseMessage unknown = await http.PostAsync(new Uri("/linkedin/nobody/callback", UriKind.Relative), new StringContent(body));

        Assert.That(unsigned.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(tooLarge.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(_ats.Tenant("acme").PlaceCalls, Is.Zero);
    }

    [Test]
    public async Task MapLinkedInRscCallback_Challenge_AnswersJsonWithTheHmac()
    {
        EmulatedCustomer acme = await AddCustomerAsync();
        using HttpClient http = _app.GetTestClient();

        using HttpResponseMessage response = await http.GetAsync(new Uri("/linkedin/acme/callback?challengeCode=abc", UriKind.Relative));

        JsonNode answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
        Assert.That(answer["challengeResponse"]!.GetValue<string>(), Is.EqualTo(FakeCallback.Hmac("abc", acme.Credentials.ClientSecret)));
    }

    [Test]
    public void MapLinkedInRscCallback_RouteWithoutCustomerId_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => _app.MapLinkedInRscCallback("/linkedin/callback"));

        Assert.That(error!.Message, Does.Contain("{customerId}"));
    }

    private async Task<EmulatedCustomer> AddCustomerAsync()
    {
        EmulatedCustomer acme = await _emulator.AddCustomerAsync("acme", AccessLevel.Company);
        var directory = _app.Services.GetRequiredService<ICustomerDirectory>();
        await directory.SaveAsync(new Customer
        {
            CustomerId = "acme",
            Credentials = acme.Credentials,
            ApplicationUrn = acme.ApplicationUrn,
            Organization = acme.OrganizationUrn,
            Contracts = [new RecruiterContract(acme.ContractUrns[0], AccessLevel.Company)],
        });
        ICustomerClient client = await _app.Services.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync("acme");
        _emulator.SetJobPostingProcessingTime(TimeSpan.Zero);
        BatchResult<string> job = await client.Jobs.SubmitAsync([AtsData.Job("JOB-1")], JobPostingOperation.Create);
        Assert.That(job.IsSuccess, Is.True);
        await client.Integrations.SetAllProductUsersViewersAsync();
        await _emulator.SetCallbackUrlAsync("acme", new Uri("https://ats.example/linkedin/acme/callback"));
        return acme;
    }

    /// <summary>The TestServer's handler, created once the server exists (the emulator is built before the app).</summary>
    private sealed class LateHandler(Func<HttpMessageHandler> create) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            InnerHandler ??= create();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
