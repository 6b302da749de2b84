using System.Net;
using System.Text.Json;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Sdk.Tests.RestLi;

[TestFixture]
public sealed class RestLiClientSeamTests
{
    [Test]
    public void SendAsync_HttpClientTimeout_BecomesTransientLinkedInRscException()
    {
        using var http = new HttpClient(new ThrowingHandler(new TaskCanceledException("timeout", new TimeoutException()))) { BaseAddress = new Uri("https://api.example/v2/") };

        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => new RestLiClient(http).SendAsync(RestLiRequest.BatchGet("atsCandidates", ["C-SECRET"])));

        Assert.That(ex!.IsTransient, Is.True);
        Assert.That(ex.StatusCode, Is.Null);
        Assert.That(ex.RequestUri, Is.EqualTo(new Uri("https://api.example/v2/atsCandidates")));
        Assert.That(ex.Message, Does.Contain("timed out").And.Not.Contain("SECRET"));
    }

    [Test]
    public void SendAsync_NoBaseAddress_ThrowsInvalidOperation()
    {
        using var http = new HttpClient(new ThrowingHandler(new InvalidOperationException("must not be called")));

        Assert.That(() => new RestLiClient(http).SendAsync(RestLiRequest.GetAll("seatsV2")), Throws.InvalidOperationException.With.Message.Contains("BaseAddress"));
    }

    [Test]
    public void Options_Invalid_AreRejected()
    {
        using var http = new HttpClient();

        Assert.That(() => new RestLiClient(http, new RestLiClientOptions { QueryTunnelingThreshold = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new RestLiClient(http, new RestLiClientOptions { ProtocolVersion = (RestLiProtocolVersion)7 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task TestDouble_OverridingSendAsync_DrivesListAsync()
    {
        var fake = new FakeClient();

        var names = new List<string>();
        await foreach (var element in fake.ListAsync(RestLiRequest.GetAll("seatsV2"), pageSize: 1))
        {
            names.Add(element.GetProperty("name").GetString()!);
        }

        Assert.That(names, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(fake.Starts, Is.EqualTo(new[] { "0", "1", "2" }));
    }

    [Test]
    public void BuildRequest_MethodHeadersAndVerbs_ForEveryMethod()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://api.example/v2/") };
        var client = new RestLiClient(http);
        var expected = new Dictionary<RestLiMethod, (string Verb, string Header)>
        {
            [RestLiMethod.Get] = ("GET", "GET"),
            [RestLiMethod.BatchGet] = ("GET", "BATCH_GET"),
            [RestLiMethod.GetAll] = ("GET", "GET_ALL"),
            [RestLiMethod.Finder] = ("GET", "FINDER"),
            [RestLiMethod.BatchFinder] = ("GET", "BATCH_FINDER"),
            [RestLiMethod.Create] = ("POST", "CREATE"),
            [RestLiMethod.BatchCreate] = ("POST", "BATCH_CREATE"),
            [RestLiMethod.Update] = ("PUT", "UPDATE"),
            [RestLiMethod.BatchUpdate] = ("PUT", "BATCH_UPDATE"),
            [RestLiMethod.PartialUpdate] = ("POST", "PARTIAL_UPDATE"),
            [RestLiMethod.BatchPartialUpdate] = ("POST", "BATCH_PARTIAL_UPDATE"),
            [RestLiMethod.Delete] = ("DELETE", "DELETE"),
            [RestLiMethod.BatchDelete] = ("DELETE", "BATCH_DELETE"),
            [RestLiMethod.Action] = ("POST", "ACTION"),
        };

        Assert.That(expected.Keys, Is.EquivalentTo(Enum.GetValues<RestLiMethod>()));
        foreach (var (method, (verb, header)) in expected)
        {
            Assert.That(RestLiMethods.HttpMethodOf(method).Method, Is.EqualTo(verb), method.ToString());
            Assert.That(RestLiMethods.HeaderValue(method), Is.EqualTo(header), method.ToString());
        }

        using var message = client.BuildRequest(RestLiRequest.Create("x", new System.Text.Json.Nodes.JsonObject { ["a"] = 1 }));
        Assert.That(message.Headers.GetValues("X-RestLi-Method").Single(), Is.EqualTo("CREATE"));
        Assert.That(message.Headers.GetValues("X-RestLi-Protocol-Version").Single(), Is.EqualTo("2.0.0"));
        Assert.That(message.Content!.Headers.ContentType!.MediaType, Is.EqualTo("application/json"));
    }

    private sealed class ThrowingHandler(Exception exception) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(exception);
    }

    private sealed class FakeClient : RestLiClient
    {
        private static readonly string[] Pages =
        [
            """{"elements":[{"name":"a"}],"paging":{"start":0,"count":1}}""",
            """{"elements":[{"name":"b"}],"paging":{"start":1,"count":1}}""",
            """{"elements":[],"paging":{"start":2,"count":1}}""",
        ];

        public List<string> Starts { get; } = [];

        public override Task<RestLiResponse> SendAsync(RestLiRequest request, CancellationToken cancellationToken = default)
        {
            string start = request.QueryParameters["start"].AsString();
            Starts.Add(start);
            var body = JsonDocument.Parse(Pages[int.Parse(start, System.Globalization.CultureInfo.InvariantCulture)]).RootElement.Clone();
            return Task.FromResult(new RestLiResponse(request, ProtocolVersion, HttpStatusCode.OK, body));
        }
    }
}
