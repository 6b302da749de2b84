using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;
using LinkedInRsc.Http;
using LinkedInRsc.RestLi;
using Microsoft.Extensions.DependencyInjection;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using static LinkedInRsc.RestLi.RestLiValue;

namespace LinkedInRsc.Sdk.Tests.RestLi;

[TestFixture(RestLiProtocolVersion.Version2)]
[TestFixture(RestLiProtocolVersion.Version1)]
public sealed class RestLiClientTests(RestLiProtocolVersion protocol)
{
    private const string Resource = "atsCandidates";
    private WireMockServer _server = null!;
    private HttpClient _http = null!;
    private RecordingHandler _recorder = null!;

    private static RestLiValue Key(string id) =>
        RecordOf(("atsCandidateId", id), ("dataProvider", "ATS"), ("integrationContext", "urn:li:organization:1"));

    private string ExpectedVersionHeader => protocol == RestLiProtocolVersion.Version2 ? "2.0.0" : "1.0.0";

    private RestLiClient Client => new(_http, new RestLiClientOptions { ProtocolVersion = protocol });

    private IRequestMessage Received => _server.LogEntries.Single().RequestMessage!;

    [OneTimeSetUp]
    public void StartServer()
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        _recorder = new RecordingHandler { InnerHandler = new HttpClientHandler() };
        _http = new HttpClient(_recorder) { BaseAddress = new Uri(_server.Url + "/v2/") };
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _http.Dispose();
        _recorder.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    [SetUp]
    public void Reset() => _server.Reset();

    // ---------------------------------------------------------------- GET

    [Test]
    public async Task Get_SendsKeyInPathAndReturnsEntity()
    {
        Respond(200, """{"firstName":"Ada","unknownField":1}""");

        var response = await Client.SendAsync(RestLiRequest.Get(Resource, Key("C1")));

        AssertCall("GET", "GET");
        Assert.That(DecodePathKey(Resource), Is.EqualTo(Key("C1")));
        Assert.That(Received.RawQuery ?? "", Is.Empty);
        Assert.That(response.Body!.Value.GetProperty("firstName").GetString(), Is.EqualTo("Ada"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Get_SubResourcePathKey_IsEncodedExactly()
    {
        Respond(200, "{}");

        await Client.SendAsync(new RestLiRequest(RestLiMethod.Get, "atsCandidates/{candidate}/notes")
        {
            PathKeys = new Dictionary<string, RestLiValue> { ["candidate"] = Key("C1") },
            Key = "NOTE 1",
        });

        string expected = protocol == RestLiProtocolVersion.Version2
            ? "/v2/atsCandidates/(atsCandidateId:C1,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A1)/notes/NOTE%201"
            : "/v2/atsCandidates/atsCandidateId=C1&dataProvider=ATS&integrationContext=urn:li:organization:1/notes/NOTE%201";
        Assert.That(RawPath(), Is.EqualTo(expected));
    }

    // ---------------------------------------------------------------- BATCH_GET

    [Test]
    public async Task BatchGet_KeysEveryRequestedKeyToAnOutcome()
    {
        var keys = new[] { Key("C1"), Key("C2"), Key("C3") };
        Respond(200, Json("""
            {"results":{"@K0@":{"firstName":"Ada"}},
             "statuses":{"@K0@":200,"@K1@":404},
             "errors":{"@K1@":{"status":404,"message":"not found","code":"NOT_FOUND"}}}
            """, keys));

        var result = (await Client.SendAsync(RestLiRequest.BatchGet(Resource, keys))).ReadBatchResult();

        AssertCall("GET", "BATCH_GET");
        Assert.That(DecodedQuery()["ids"], Is.EqualTo(ListOf(keys)));
        Assert.That(result.Results.Select(r => r.Outcome), Is.EqualTo(new[] { RestLiOutcome.Succeeded, RestLiOutcome.Failed, RestLiOutcome.Missing }));
        Assert.That(result.Results[0].Entity!.Value.GetProperty("firstName").GetString(), Is.EqualTo("Ada"));
        Assert.That(result.Results[1].Status, Is.EqualTo(404));
        Assert.That(result.Results[1].Error!.Code, Is.EqualTo("NOT_FOUND"));
        Assert.That(result.TryGetResult(Key("C3"), out var missing) && missing.Outcome == RestLiOutcome.Missing, Is.True);
        Assert.That(result.IsSuccess, Is.False);
    }

    [Test]
    public async Task BatchGet_SimpleKeys_UseProtocolListSyntax()
    {
        Respond(200, """{"results":{},"errors":{}}""");

        await Client.SendAsync(RestLiRequest.BatchGet("atsIntegrations/{key}/configurations", [FromString("CALLBACK_URL"), FromString("JOB_POSTING_VIEWERS")]) with
        {
            PathKeys = new Dictionary<string, RestLiValue> { ["key"] = Key("C1") },
        });

        string expected = protocol == RestLiProtocolVersion.Version2 ? "ids=List(CALLBACK_URL,JOB_POSTING_VIEWERS)" : "ids=CALLBACK_URL&ids=JOB_POSTING_VIEWERS";
        Assert.That(Received.RawQuery!.TrimStart('?'), Is.EqualTo(expected));
    }

    // ---------------------------------------------------------------- GET_ALL / FINDER / BATCH_FINDER

    [Test]
    public async Task GetAll_ReadsElementsAndPaging()
    {
        Respond(200, """{"elements":[{"id":1},{"id":2}],"paging":{"start":0,"count":2,"total":5,"links":[{"rel":"next","href":"/v2/x?start=2","type":"application/json"}]}}""");

        var page = (await Client.SendAsync(RestLiRequest.GetAll("seatsV2"))).ReadPage();

        AssertCall("GET", "GET_ALL");
        Assert.That(RawPath(), Is.EqualTo("/v2/seatsV2"));
        Assert.That(page.Elements.Select(e => e.GetProperty("id").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(page.Paging, Is.EqualTo(page.Paging! with { Start = 0, Count = 2, Total = 5 }));
        Assert.That(page.Paging!.Links.Single().Href, Is.EqualTo("/v2/x?start=2"));
        Assert.That(page.Paging.HasMore(page.Elements.Count), Is.True);
    }

    [Test]
    public async Task Finder_SendsQueryAndRecordParameters()
    {
        Respond(200, """{"elements":[{"author":"urn:li:seat:1"}],"paging":{"start":0,"count":50}}""");
        var parameters = new Dictionary<string, RestLiValue>
        {
            ["viewer"] = "urn:li:seat:9",
            ["timeRange"] = RecordOf(("start", FromInt64(1)), ("end", FromInt64(2))),
            ["start"] = FromInt64(0),
            ["count"] = FromInt64(50),
            ["fields"] = ListOf("author", "createdAt"),
        };

        var page = (await Client.SendAsync(RestLiRequest.Finder("conversationEvents", "criteria", parameters))).ReadPage();

        AssertCall("GET", "FINDER");
        var query = DecodedQuery();
        Assert.That(query["q"], Is.EqualTo(FromString("criteria")));
        Assert.That(query["viewer"], Is.EqualTo(FromString("urn:li:seat:9")));
        Assert.That(query["timeRange"], Is.EqualTo(RecordOf(("start", "1"), ("end", "2"))));
        Assert.That(query["fields"], Is.EqualTo(ListOf("author", "createdAt")));
        Assert.That(Received.RawQuery, Does.Contain("fields=author,createdAt"));
        Assert.That(page.Elements, Has.Count.EqualTo(1));
        Assert.That(page.Paging!.HasMore(1), Is.False);
    }

    [Test]
    public async Task BatchFinder_MatchesResultsToCriteriaByPosition()
    {
        Respond(200, """
            {"elements":[
              {"elements":[{"id":"a"}],"paging":{"start":0,"count":10,"total":1}},
              {"isError":true,"error":{"status":400,"message":"bad criteria","serviceErrorCode":7}}
            ]}
            """);
        var criteria = new[] { RecordOf(("title", "Engineer")), RecordOf(("title", "Chef")), RecordOf(("title", "Pilot")) };

        var results = (await Client.SendAsync(RestLiRequest.BatchFinder("jobs", "search", "criteria", criteria))).ReadBatchFinderResults();

        AssertCall("GET", "BATCH_FINDER");
        var query = DecodedQuery();
        Assert.That(query["bq"], Is.EqualTo(FromString("search")));
        Assert.That(query["criteria"], Is.EqualTo(ListOf(criteria)));
        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { RestLiOutcome.Succeeded, RestLiOutcome.Failed, RestLiOutcome.Missing }));
        Assert.That(results[0].Page!.Elements.Single().GetProperty("id").GetString(), Is.EqualTo("a"));
        Assert.That(results[1].Error!.ServiceErrorCode, Is.EqualTo(7));
        Assert.That(results[2].Criteria, Is.EqualTo(criteria[2]));
    }

    [Test]
    public async Task ListAsync_WalksPagesUntilTheTotalIsReached()
    {
        for (int start = 0; start < 5; start += 2)
        {
            int first = start;
            string elements = string.Join(",", Enumerable.Range(first, Math.Min(2, 5 - first)).Select(i => $"{{\"n\":{i}}}"));
            _server.Given(Request.Create().UsingGet().WithParam("start", first.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                    .WithBody($"{{\"elements\":[{elements}],\"paging\":{{\"start\":{first},\"count\":2,\"total\":5}}}}"));
        }

        var seen = new List<int>();
        await foreach (var element in Client.ListAsync(RestLiRequest.Finder("seatsV2", "attributes", new Dictionary<string, RestLiValue> { ["contracts"] = "urn:li:contract:1" }), pageSize: 2))
        {
            seen.Add(element.GetProperty("n").GetInt32());
        }

        Assert.That(seen, Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
        var queries = _server.LogEntries.Select(e => RestLiCodec.DecodeQuery(e.RequestMessage!.RawQuery!, protocol)).ToList();
        Assert.That(queries.Select(q => q["start"].AsString()), Is.EqualTo(new[] { "0", "2", "4" }));
        Assert.That(queries.All(q => q["count"] == FromInt64(2) && q["q"] == FromString("attributes") && q["contracts"] == FromString("urn:li:contract:1")), Is.True);
    }

    [Test]
    public async Task ListAsync_StopsOnAnEmptyPageAndRejectsOtherMethods()
    {
        Respond(200, """{"elements":[],"paging":{"start":0,"count":10}}""");

        var all = new List<JsonElement>();
        await foreach (var element in Client.ListAsync(RestLiRequest.GetAll("seatsV2")))
        {
            all.Add(element);
        }

        Assert.That(all, Is.Empty);
        Assert.That(_server.LogEntries, Has.Count.EqualTo(1));
        Assert.That(async () => await Client.ListAsync(RestLiRequest.Get("x", "k")).GetAsyncEnumerator().MoveNextAsync(), Throws.ArgumentException);
    }

    // ---------------------------------------------------------------- CREATE / BATCH_CREATE

    [Test]
    public async Task Create_PostsEntityAndReadsIdFromHeader()
    {
        var id = RecordOf(("application", "urn:li:app:1"), ("tenant", "T 1"));
        Respond(201, null, ("x-restli-id", RestLiCodec.EncodeKey(id, protocol)));
        var entity = new JsonObject { ["uniqueForeignId"] = "cust-1", ["name"] = "ATS - Customer" };

        var response = await Client.SendAsync(RestLiRequest.Create("provisionedApplications", entity));

        AssertCall("POST", "CREATE");
        Assert.That(Received.Headers!["Content-Type"].Single(), Does.StartWith("application/json"));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Received.Body!), entity), Is.True);
        Assert.That(response.CreatedId, Is.EqualTo(id));
    }

    [Test]
    public async Task Create_WithoutHeader_ReadsKeyFromBody()
    {
        Respond(201, """{"key":"urn:li:developerApplication:42"}""");

        var response = await Client.SendAsync(RestLiRequest.Create("provisionedApplications", new JsonObject { ["name"] = "x" }));

        Assert.That(response.CreatedId, Is.EqualTo(FromString("urn:li:developerApplication:42")));
    }

    [Test]
    public async Task BatchCreate_ReportsEachElementByPosition()
    {
        Respond(200, """{"elements":[{"status":201,"id":"task-1"},{"status":400,"error":{"status":400,"message":"title too long","serviceErrorCode":100}}]}""");
        var jobs = new[] { new JsonObject { ["title"] = "A" }, new JsonObject { ["title"] = "B" }, new JsonObject { ["title"] = "C" } };

        var results = (await Client.SendAsync(RestLiRequest.BatchCreate("simpleJobPostings", jobs))).ReadBatchCreateResults();

        AssertCall("POST", "BATCH_CREATE");
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Received.Body!), JsonNode.Parse("""{"elements":[{"title":"A"},{"title":"B"},{"title":"C"}]}""")), Is.True);
        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { RestLiOutcome.Succeeded, RestLiOutcome.Failed, RestLiOutcome.Missing }));
        Assert.That(results[0].Id, Is.EqualTo(FromString("task-1")));
        Assert.That(results[1].Error!.Message, Is.EqualTo("title too long"));
        Assert.That(results[1].Status, Is.EqualTo(400));
    }

    // ---------------------------------------------------------------- UPDATE / BATCH_UPDATE

    [Test]
    public async Task Update_PutsEntityAtKey()
    {
        Respond(204);
        var entity = new JsonObject { ["firstName"] = "Ada", ["addresses"] = new JsonArray() };

        var response = await Client.SendAsync(RestLiRequest.Update(Resource, Key("C1"), entity));

        AssertCall("PUT", "UPDATE");
        Assert.That(DecodePathKey(Resource), Is.EqualTo(Key("C1")));
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(Received.Body!), entity), Is.True);
        Assert.That(response.Body, Is.Null);
    }

    [Test]
    public async Task BatchUpdate_BodyKeysMatchUrlIdsAndEveryKeyGetsAnOutcome()
    {
        var keys = new[] { Key("C1"), Key("C2"), Key("C3"), Key("C4") };
        Respond(200, Json("""
            {"results":{"@K0@":{"status":204},
                        "@K1@":{"status":400,"error":{"status":400,"message":"firstName is required","serviceErrorCode":100}}},
             "errors":{"@K2@":{"status":422,"code":"UNPROCESSABLE_ENTITY","message":"bad"}}}
            """, keys));
        var entities = keys.Select((k, i) => new KeyValuePair<RestLiValue, JsonObject>(k, new JsonObject { ["firstName"] = $"N{i}" }));

        var result = (await Client.SendAsync(RestLiRequest.BatchUpdate(Resource, entities))).ReadBatchResult();

        AssertCall("PUT", "BATCH_UPDATE");
        Assert.That(DecodedQuery()["ids"], Is.EqualTo(ListOf(keys)));
        var body = JsonNode.Parse(Received.Body!)!["entities"]!.AsObject();
        Assert.That(body.Select(p => RestLiCodec.DecodeKey(p.Key, protocol)), Is.EquivalentTo(keys));
        Assert.That(body.Select(p => p.Value!["firstName"]!.GetValue<string>()), Is.EquivalentTo(new[] { "N0", "N1", "N2", "N3" }));
        Assert.That(result.Results.Select(r => r.Outcome), Is.EqualTo(new[] { RestLiOutcome.Succeeded, RestLiOutcome.Failed, RestLiOutcome.Failed, RestLiOutcome.Missing }));
        Assert.That(result.Results.Select(r => r.Status), Is.EqualTo(new int?[] { 204, 400, 422, null }));
        Assert.That(result.Results[1].Error!.ServiceErrorCode, Is.EqualTo(100));
        Assert.That(result.Results[2].Error!.Code, Is.EqualTo("UNPROCESSABLE_ENTITY"));
        Assert.That(result.GetFailures().Select(r => r.Key), Is.EqualTo(keys[1..]));
    }

    [Test]
    public async Task BatchUpdate_BodyKeyIsExactlyTheUrlText()
    {
        Respond(200, """{"results":{}}""");

        await Client.SendAsync(RestLiRequest.BatchUpdate(Resource, [new(Key("C1"), new JsonObject())]));

        string bodyKey = JsonNode.Parse(Received.Body!)!["entities"]!.AsObject().Single().Key;
        string expected = protocol == RestLiProtocolVersion.Version2
            ? "(atsCandidateId:C1,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A1)"
            : "atsCandidateId=C1&dataProvider=ATS&integrationContext=urn:li:organization:1";
        Assert.That(bodyKey, Is.EqualTo(expected));
        string expectedQuery = protocol == RestLiProtocolVersion.Version2
            ? $"ids=List({expected})"
            : "ids[0].atsCandidateId=C1&ids[0].dataProvider=ATS&ids[0].integrationContext=urn:li:organization:1";
        Assert.That(Received.RawQuery!.TrimStart('?'), Is.EqualTo(expectedQuery));
    }

    // ---------------------------------------------------------------- PARTIAL_UPDATE / BATCH_PARTIAL_UPDATE

    [Test]
    public async Task PartialUpdate_PostsPatch()
    {
        Respond(204);

        await Client.SendAsync(RestLiRequest.PartialUpdate("provisionedApplications", "urn:li:developerApplication:42",
            new RestLiPatch(new JsonObject { ["validJsSdkDomains"] = new JsonArray("https://ats.example") }, ["description"])));

        AssertCall("POST", "PARTIAL_UPDATE");
        Assert.That(DecodePathKey("provisionedApplications"), Is.EqualTo(FromString("urn:li:developerApplication:42")));
        Assert.That(JsonNode.DeepEquals(
            JsonNode.Parse(Received.Body!),
            JsonNode.Parse("""{"patch":{"$set":{"validJsSdkDomains":["https://ats.example"]},"$delete":["description"]}}""")), Is.True);
    }

    [Test]
    public async Task BatchPartialUpdate_PostsPatchesByKey()
    {
        var keys = new[] { Key("C1"), Key("C2") };
        Respond(200, Json("""{"results":{"@K0@":{"status":204},"@K1@":{"status":404}},"errors":{}}""", keys));
        var patches = new[]
        {
            new KeyValuePair<RestLiValue, RestLiPatch>(keys[0], RestLiPatch.SetFields(new JsonObject { ["manualMatchedMember"] = "urn:li:person:1" })),
            new KeyValuePair<RestLiValue, RestLiPatch>(keys[1], RestLiPatch.DeleteFields("manualMatchedMember")),
        };

        var result = (await Client.SendAsync(RestLiRequest.BatchPartialUpdate(Resource, patches))).ReadBatchResult();

        AssertCall("POST", "BATCH_PARTIAL_UPDATE");
        Assert.That(DecodedQuery()["ids"], Is.EqualTo(ListOf(keys)));
        var entities = JsonNode.Parse(Received.Body!)!["entities"]!.AsObject()
            .ToDictionary(p => RestLiCodec.DecodeKey(p.Key, protocol), p => p.Value!.ToJsonString());
        Assert.That(entities[keys[0]], Is.EqualTo("""{"patch":{"$set":{"manualMatchedMember":"urn:li:person:1"}}}"""));
        Assert.That(entities[keys[1]], Is.EqualTo("""{"patch":{"$delete":["manualMatchedMember"]}}"""));
        Assert.That(result.Results.Select(r => r.Outcome), Is.EqualTo(new[] { RestLiOutcome.Succeeded, RestLiOutcome.Failed }));
    }

    // ---------------------------------------------------------------- DELETE / BATCH_DELETE

    [Test]
    public async Task Delete_SendsKeyInPath()
    {
        Respond(204);

        await Client.SendAsync(RestLiRequest.Delete(Resource, Key("C1")));

        AssertCall("DELETE", "DELETE");
        Assert.That(DecodePathKey(Resource), Is.EqualTo(Key("C1")));
    }

    [Test]
    public async Task BatchDelete_ReportsPerKeyStatus()
    {
        var keys = new[] { Key("C1"), Key("C2") };
        Respond(200, Json("""{"results":{"@K0@":{"status":204},"@K1@":{"status":204}}}""", keys));

        var result = (await Client.SendAsync(RestLiRequest.BatchDelete(Resource, keys))).ReadBatchResult();

        AssertCall("DELETE", "BATCH_DELETE");
        Assert.That(DecodedQuery()["ids"], Is.EqualTo(ListOf(keys)));
        Assert.That(result.IsSuccess, Is.True);
    }

    // ---------------------------------------------------------------- ACTION

    [Test]
    public async Task Action_PostsParametersAndReadsValue()
    {
        Respond(200, """{"value":{"uploadUrl":"https://upload.example/1"}}""");

        var response = await Client.SendAsync(RestLiRequest.Action("hireMediaUrl", "upload", new JsonObject { ["fileName"] = "cv.pdf" }));

        AssertCall("POST", "ACTION");
        Assert.That(DecodedQuery()["action"], Is.EqualTo(FromString("upload")));
        Assert.That(JsonNode.Parse(Received.Body!)!["fileName"]!.GetValue<string>(), Is.EqualTo("cv.pdf"));
        Assert.That(response.ReadActionValue()!.Value.GetProperty("uploadUrl").GetString(), Is.EqualTo("https://upload.example/1"));
    }

    // ---------------------------------------------------------------- tunneling

    [Test]
    public async Task BatchUpdate_100Keys_IsTunneledAsMultipart()
    {
        var keys = Enumerable.Range(0, 100).Select(i => Key($"CANDIDATE-{i:D4}")).ToArray();
        Respond(200, """{"results":{}}""");

        var result = (await Client.SendAsync(RestLiRequest.BatchUpdate(Resource, keys.Select(k => new KeyValuePair<RestLiValue, JsonObject>(k, new JsonObject { ["x"] = 1 })))))
            .ReadBatchResult();

        var received = Received;
        Assert.That(received.Method, Is.EqualTo("POST"));
        Assert.That(received.Headers!["X-HTTP-Method-Override"].Single(), Is.EqualTo("PUT"));
        Assert.That(received.Headers["X-RestLi-Method"].Single(), Is.EqualTo("BATCH_UPDATE"));
        Assert.That(received.RawQuery ?? "", Is.Empty);
        string contentType = received.Headers["Content-Type"].Single();
        Assert.That(contentType, Does.StartWith("multipart/mixed"));
        var parts = SplitMultipart(received.Body!, contentType);
        Assert.That(parts, Has.Count.EqualTo(2));
        Assert.That(parts[0].ContentType, Does.StartWith("application/x-www-form-urlencoded"));
        Assert.That(parts[0].Body.Length, Is.GreaterThan(RestLiClientOptions.DefaultQueryTunnelingThreshold));
        Assert.That(RestLiCodec.DecodeQuery(parts[0].Body, protocol)["ids"], Is.EqualTo(ListOf(keys)));
        Assert.That(parts[1].ContentType, Does.StartWith("application/json"));
        Assert.That(JsonNode.Parse(parts[1].Body)!["entities"]!.AsObject(), Has.Count.EqualTo(100));
        Assert.That(result.Results, Has.Count.EqualTo(100));
        Assert.That(result.Results.All(r => r.Outcome == RestLiOutcome.Missing), Is.True);
    }

    [Test]
    public async Task BatchGet_100Keys_IsTunneledAsFormBody()
    {
        var keys = Enumerable.Range(0, 100).Select(i => Key($"CANDIDATE-{i:D4}")).ToArray();
        Respond(200, """{"results":{}}""");

        await Client.SendAsync(RestLiRequest.BatchGet(Resource, keys));

        Assert.That(Received.Method, Is.EqualTo("POST"));
        Assert.That(Received.Headers!["X-HTTP-Method-Override"].Single(), Is.EqualTo("GET"));
        Assert.That(Received.Headers["Content-Type"].Single(), Does.StartWith("application/x-www-form-urlencoded"));
        Assert.That(RestLiCodec.DecodeQuery(Received.Body!, protocol)["ids"], Is.EqualTo(ListOf(keys)));
    }

    [Test]
    public async Task SmallBatch_IsNotTunneled()
    {
        Respond(200, """{"results":{}}""");

        await Client.SendAsync(RestLiRequest.BatchDelete(Resource, [Key("C1")]));

        Assert.That(Received.Method, Is.EqualTo("DELETE"));
        Assert.That(Received.Headers!.ContainsKey("X-HTTP-Method-Override"), Is.False);
    }

    // ---------------------------------------------------------------- errors

    [Test]
    public async Task ErrorStatus_ThrowsLinkedInRscExceptionWithoutQueryOrToken()
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create()
            .WithStatusCode(400)
            .WithHeader("x-li-request-id", "REQ-123")
            .WithHeader("Content-Type", "application/json")
            .WithBody("""{"status":400,"serviceErrorCode":100,"message":"Field firstName is required","debug":"echo C-SECRET-ID"}"""));
        using var http = new HttpClient { BaseAddress = _http.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", "token-SECRET");
        var client = new RestLiClient(http, new RestLiClientOptions { ProtocolVersion = protocol });

        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => client.SendAsync(RestLiRequest.BatchDelete(Resource, [Key("C-SECRET-ID")])));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ex.ServiceErrorCode, Is.EqualTo(100));
            Assert.That(ex.ServiceMessage, Is.EqualTo("Field firstName is required"));
            Assert.That(ex.RequestId, Is.EqualTo("REQ-123"));
            Assert.That(ex.HttpMethod, Is.EqualTo("DELETE"));
            Assert.That(ex.RequestUri, Is.EqualTo(new Uri(_server.Url + "/v2/atsCandidates")));
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(ex.Message, Does.Contain("Field firstName is required").And.Contain("REQ-123").And.Contain("400"));
            Assert.That(ex.Message, Does.Not.Contain("SECRET"));
        });
    }

    [TestCase(500, true)]
    [TestCase(503, true)]
    [TestCase(429, true)]
    [TestCase(408, true)]
    [TestCase(404, false)]
    [TestCase(401, false)]
    public async Task ErrorStatus_RestLiErrorResponse_MapsCodeRequestIdAndTransience(int status, bool transient)
    {
        Respond(status, """{"status":@S@,"code":"SERVER_ERROR","requestId":"BODY-REQ","message":"boom","exceptionClass":"x.Y","stackTrace":"at secret.Class","errorDetails":{"email":"jane@example.com"}}""".Replace("@S@", status.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => Client.SendAsync(RestLiRequest.Get(Resource, Key("C1"))));

        Assert.That(ex!.IsTransient, Is.EqualTo(transient));
        Assert.That(ex.ErrorCode, Is.EqualTo("SERVER_ERROR"));
        Assert.That(ex.RequestId, Is.EqualTo("BODY-REQ"));
        Assert.That((int)ex.StatusCode!.Value, Is.EqualTo(status));
        Assert.That(ex.Message, Does.Not.Contain("secret.Class").And.Not.Contain("jane@example.com"));
    }

    [Test]
    public async Task ErrorStatus_NonJsonBody_IsNotEchoed()
    {
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create()
            .WithStatusCode(502).WithHeader("x-restli-request-id", "RL-9").WithBody("<html>proxy error for candidate Jane Doe</html>"));

        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => Client.SendAsync(RestLiRequest.GetAll("seatsV2")));

        Assert.That(ex!.RequestId, Is.EqualTo("RL-9"));
        Assert.That(ex.IsTransient, Is.True);
        Assert.That(ex.ServiceMessage, Is.Null);
        Assert.That(ex.Message, Does.Not.Contain("Jane"));
    }

    [Test]
    public void TransportFailure_IsTransientWithoutStatus()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/v2/") };

        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => new RestLiClient(http).SendAsync(RestLiRequest.GetAll("seatsV2")));

        Assert.That(ex!.StatusCode, Is.Null);
        Assert.That(ex.IsTransient, Is.True);
        Assert.That(ex.InnerException, Is.InstanceOf<HttpRequestException>());
    }

    // ---------------------------------------------------------------- validation, credentials, factory

    [Test]
    public void InvalidRequests_ThrowBeforeAnythingIsSent()
    {
        var client = Client;
        Assert.Multiple(() =>
        {
            Assert.That(() => client.SendAsync(new RestLiRequest(RestLiMethod.Get, Resource)), Throws.ArgumentException.With.Message.Contains("Key"));
            Assert.That(() => client.SendAsync(new RestLiRequest(RestLiMethod.BatchUpdate, Resource)), Throws.ArgumentException.With.Message.Contains("Entities"));
            Assert.That(() => client.SendAsync(RestLiRequest.BatchDelete(Resource, [Key("C1"), Key("C1")])), Throws.ArgumentException.With.Message.Contains("same key twice"));
            Assert.That(() => client.SendAsync(RestLiRequest.GetAll("a/{parent}/b")), Throws.ArgumentException.With.Message.Contains("'parent'"));
            Assert.That(() => client.SendAsync(RestLiRequest.Get(Resource, ListOf("x"))), Throws.ArgumentException);
            Assert.That(() => new RestLiRequest(RestLiMethod.Get, "/v2/atsCandidates"), Throws.ArgumentException.With.Message.Contains("relative"));
            Assert.That(() => RestLiRequest.BatchGet(Resource, []), Throws.ArgumentException.With.Message.Contains("At least one"));
        });
        Assert.That(_server.LogEntries, Is.Empty);
    }

    [Test]
    public async Task Credentials_TravelInRequestOptions()
    {
        Respond(200, "{}");
        var capture = new CapturingHandler { InnerHandler = new HttpClientHandler() };
        using var http = new HttpClient(capture) { BaseAddress = _http.BaseAddress };
        var credentials = new ClientCredentials("customer-app", "secret");

        await new RestLiClient(http).SendAsync(RestLiRequest.Get(Resource, "C1") with { Credentials = credentials });

        Assert.That(capture.Credentials, Is.SameAs(credentials));
    }

    [Test]
    public async Task FactoryConstructor_CreatesAClientPerCall()
    {
        Respond(200, "{}");
        var services = new ServiceCollection();
        services.AddHttpClient("LinkedInRsc", c => c.BaseAddress = _http.BaseAddress);
        using var provider = services.BuildServiceProvider();
        var factory = new CountingFactory(provider.GetRequiredService<IHttpClientFactory>());
        var client = new RestLiClient(factory, "LinkedInRsc", new RestLiClientOptions { ProtocolVersion = protocol });

        await client.SendAsync(RestLiRequest.Get(Resource, "C1"));
        await client.SendAsync(RestLiRequest.Get(Resource, "C2"));

        Assert.That(factory.Created, Is.EqualTo(2));
        Assert.That(_server.LogEntries, Has.Count.EqualTo(2));
    }

    [Test]
    public void Cancellation_IsNotWrapped()
    {
        Respond(200, "{}");
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => Client.SendAsync(RestLiRequest.GetAll("seatsV2"), cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    // ---------------------------------------------------------------- helpers

    private void Respond(int status, string? body = null, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body is not null)
        {
            response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        }

        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(response);
    }

    private string Encode(RestLiValue key) => RestLiCodec.EncodeKey(key, protocol);

    private string Json(string template, RestLiValue[] keys)
    {
        for (int i = 0; i < keys.Length; i++)
        {
            template = template.Replace($"@K{i}@", JsonEncodedText.Encode(Encode(keys[i])).ToString(), StringComparison.Ordinal);
        }

        return template;
    }

    private void AssertCall(string verb, string restLiMethod)
    {
        var received = Received;
        Assert.That(received.Method, Is.EqualTo(verb));
        Assert.That(received.Headers!["X-RestLi-Method"].Single(), Is.EqualTo(restLiMethod));
        Assert.That(received.Headers["X-RestLi-Protocol-Version"].Single(), Is.EqualTo(ExpectedVersionHeader));
        Assert.That(received.Headers.ContainsKey("X-HTTP-Method-Override"), Is.False);
    }

    /// <summary>The path as sent on the wire (WireMock reports it percent-decoded, like ASP.NET Core's HttpRequest.Path).</summary>
    private string RawPath() => _recorder.LastUri!.AbsolutePath;

    private RestLiValue DecodePathKey(string resource)
    {
        string path = RawPath();
        string prefix = "/v2/" + resource + "/";
        Assert.That(path, Does.StartWith(prefix));
        return RestLiCodec.DecodeKey(path[prefix.Length..], protocol);
    }

    private IReadOnlyDictionary<string, RestLiValue> DecodedQuery() => RestLiCodec.DecodeQuery(Received.RawQuery ?? "", protocol);

    private static List<(string ContentType, string Body)> SplitMultipart(string body, string contentType)
    {
        string boundary = contentType.Split("boundary=")[1].Trim('"');
        var parts = new List<(string, string)>();
        foreach (string raw in body.Split("--" + boundary))
        {
            string part = raw.Trim('\r', '\n');
            if (part.Length == 0 || part == "--")
            {
                continue;
            }

            int split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            string headers = part[..split];
            string type = headers.Split("\r\n").Single(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))["Content-Type:".Length..].Trim();
            parts.Add((type, part[(split + 4)..]));
        }

        return parts;
    }

    private sealed class RecordingHandler : DelegatingHandler
    {
        public Uri? LastUri { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            LastUri = request.RequestUri;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CapturingHandler : DelegatingHandler
    {
        public ClientCredentials? Credentials { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Credentials = request.Options.TryGetValue(RequestOptionKeys.Credentials, out var c) ? c : null;
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CountingFactory(IHttpClientFactory inner) : IHttpClientFactory
    {
        public int Created { get; private set; }

        public HttpClient CreateClient(string name)
        {
            Created++;
            return inner.CreateClient(name);
        }
    }
}
