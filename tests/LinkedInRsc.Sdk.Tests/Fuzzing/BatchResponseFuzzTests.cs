using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using LinkedInRsc.RestLi;
using LinkedInRsc.Sdk.Tests.RestLi;
using static LinkedInRsc.RestLi.RestLiValue;

namespace LinkedInRsc.Sdk.Tests.Fuzzing;

/// <summary>
/// LinkedIn's answers, generated and mutated, through <see cref="RestLiClient"/> and the batch readers: per-entity
/// results of BATCH_UPDATE, BATCH_PARTIAL_UPDATE, BATCH_DELETE, BATCH_GET, BATCH_CREATE and BATCH_FINDER, pages, a
/// CREATE's <c>x-restli-id</c>, and error bodies. <see cref="RestLiClient.SendAsync"/> may throw only
/// <see cref="LinkedInRscException"/> (its documented exception for an unusable answer); a reader of a response it
/// returned throws nothing and gives exactly one outcome per entity sent.
/// </summary>
[TestFixture]
public sealed class BatchResponseFuzzTests
{
    private static readonly RestLiValue[] Keys =
    [
        RecordOf(("atsCandidateId", "C 1"), ("dataProvider", "ATS"), ("integrationContext", "urn:li:organization:1")),
        RecordOf(("atsCandidateId", "C,(2):'"), ("dataProvider", "ATS"), ("integrationContext", "urn:li:organization:1")),
        FromString("plain-3"),
    ];

    private static readonly RestLiRequest[] Requests =
    [
        RestLiRequest.BatchUpdate("atsCandidates", Keys.Select(k => new KeyValuePair<RestLiValue, JsonObject>(k, new JsonObject()))),
        RestLiRequest.BatchPartialUpdate("atsCandidates", Keys.Select(k => new KeyValuePair<RestLiValue, RestLiPatch>(k, RestLiPatch.DeleteFields("x")))),
        RestLiRequest.BatchDelete("atsCandidates", Keys),
        RestLiRequest.BatchGet("atsCandidates", Keys),
        RestLiRequest.BatchCreate("simpleJobPostings", [new JsonObject(), new JsonObject(), new JsonObject()]),
        RestLiRequest.BatchFinder("atsCandidates", "search", "criteria", [FromString("a"), FromString("b")]),
        RestLiRequest.Finder("seatsV2", "attributes"),
        RestLiRequest.Create("simpleJobPostings", new JsonObject()),
    ];

    private static readonly Gen<JsonNode?> Status = Gen.OneOf<JsonNode?>(
        Gen.OneOf(200, 201, 204, 400, 404, 409, 422, 500, 0, -1, int.MaxValue).Select(s => (JsonNode?)s),
        Gen.OneOf("200", "nope", "1e3", "").Select(s => (JsonNode?)s),
        Gen.Const(() => (JsonNode?)99999999999999L),
        Gen.Const((JsonNode?)null),
        Gen.Const(() => (JsonNode?)new JsonArray()));

    private static readonly Gen<JsonNode?> Error = Gen.Select(Status, Status, RestLiTestGenerators.Text, RestLiTestGenerators.Text, (status, code, message, errorCode) =>
        (JsonNode?)new JsonObject { ["status"] = status, ["serviceErrorCode"] = code, ["message"] = message, ["code"] = errorCode, ["requestId"] = "r" });

    /// <summary>A name of a response map: a key as sent in either protocol, or odd text.</summary>
    private static readonly Gen<string> MapKey = Gen.OneOf(
        Gen.OneOf(Keys).Select(k => RestLiCodec.EncodeKey(k, RestLiProtocolVersion.Version2)),
        Gen.OneOf(Keys).Select(k => RestLiCodec.EncodeKey(k, RestLiProtocolVersion.Version1)),
        Gen.OneOf("a", "b", "garbage((", "List(", ""),
        RestLiTestGenerators.Text);

    private static readonly Gen<JsonObject> Map = Gen.Select(MapKey, Gen.OneOf(Status, Error, Gen.Select(Status, Error, (s, e) => (JsonNode?)new JsonObject { ["status"] = s, ["error"] = e }))).Array[0, 4]
        .Select(entries =>
        {
            var map = new JsonObject();
            foreach ((string key, JsonNode? value) in entries)
            {
                map[key] = value?.DeepClone();
            }

            return map;
        });

    private static readonly Gen<JsonNode?> Element = Gen.OneOf(
        Gen.Select(Status, Error, Gen.OneOf(Keys).Select(k => RestLiCodec.EncodeKey(k, RestLiProtocolVersion.Version2)), (s, e, id) => (JsonNode?)new JsonObject { ["status"] = s, ["id"] = id, ["error"] = e }),
        Gen.Select(Status, Gen.Int[0, 100], (s, id) => (JsonNode?)new JsonObject { ["status"] = s, ["id"] = id }),
        Gen.Select(Gen.Bool, Error, (isError, e) => (JsonNode?)new JsonObject { ["isError"] = isError, ["error"] = e, ["elements"] = new JsonArray(new JsonObject()), ["paging"] = new JsonObject { ["start"] = 0, ["count"] = "10", ["total"] = 99999999999L, ["links"] = new JsonArray("x", new JsonObject { ["rel"] = 1 }) } }),
        Gen.Const((JsonNode?)null),
        RestLiTestGenerators.Text.Select(t => (JsonNode?)t));

    /// <summary>Well-formed answers of every shape (which the mutations then damage).</summary>
    private static readonly Gen<string> ValidBodies = Gen.OneOf(
        Gen.Select(Map, Map, Map, (results, statuses, errors) => new JsonObject { ["results"] = results, ["statuses"] = statuses, ["errors"] = errors }.ToJsonString()),
        Element.Array[0, 4].Select(elements => new JsonObject { ["elements"] = new JsonArray([.. elements.Select(e => e?.DeepClone())]), ["paging"] = new JsonObject { ["start"] = 0, ["count"] = 3 } }.ToJsonString()),
        Error.Select(e => e!.ToJsonString()),
        Gen.OneOf("{}", "[]", "null", "\"text\"", "42", "{\"value\":{\"client_secret\":\"s\"}}", "{\"id\":\"(a:1)\"}", "{\"key\":{\"a\":1}}"));

    private static readonly Gen<HttpStatusCode> AnswerStatus = Gen.Frequency(
        (4, (IGen<HttpStatusCode>)Gen.Const(HttpStatusCode.OK)),
        (1, Gen.OneOf(HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests, HttpStatusCode.InternalServerError, HttpStatusCode.UpgradeRequired, HttpStatusCode.Unauthorized)));

    [Test]
    public void SendAndRead_GeneratedAndMutatedAnswers_ThrowOnlyLinkedInRscExceptionAndKeepOneOutcomePerEntity()
    {
        Gen<string?> restLiId = Gen.OneOf(Gen.Const((string?)null), Mutations.OfText(Gen.OneOf("(a:1,b:2)", "C%201", "a=1&b=2"), ["(", ")", "%", ",", "&"], [("List(", ")")]).Select(s => (string?)s));
        Gen.Select(Gen.Int[0, Requests.Length - 1], Mutations.OfJson(ValidBodies), Gen.OneOf(RestLiProtocolVersion.Version1, RestLiProtocolVersion.Version2), AnswerStatus, restLiId)
            .Sample(
                (index, body, protocol, status, id) =>
                {
                    RestLiRequest request = Requests[index];
                    RestLiResponse? response = Send(request, protocol, status, body, id);
                    return response is null || ReadsOnePerEntity(request, response);
                },
                iter: 3000);
    }

    [Test]
    public void Send_ErrorStatusWithAnyBody_IsAlwaysALinkedInRscException()
    {
        Gen.Select(Mutations.OfJson(ValidBodies), Gen.OneOf(HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.UpgradeRequired, HttpStatusCode.BadGateway))
            .Sample(
                (body, status) => Send(Requests[0], RestLiProtocolVersion.Version2, status, body, null) is null,
                iter: 1500);
    }

    [TestCase("[", "]")]
    [TestCase("{\"results\":", "}")]
    [TestCase("{\"elements\":[", "]}")]
    public void Send_BodyNestedFarBeyondTheJsonLimit_IsATransientLinkedInRscException(string open, string close)
    {
        byte[] deep = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, 100_000)) + "1" + string.Concat(Enumerable.Repeat(close, 100_000)));

        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => Client(RestLiProtocolVersion.Version2, HttpStatusCode.OK, deep, null).SendAsync(Requests[0]));
        var error = Assert.ThrowsAsync<LinkedInRscException>(() => Client(RestLiProtocolVersion.Version2, HttpStatusCode.BadRequest, deep, null).SendAsync(Requests[0]));

        Assert.That((ex!.IsTransient, error!.StatusCode), Is.EqualTo((true, HttpStatusCode.BadRequest)));
    }

    [TestCase("{\"statuses\":{\"plain-3\":\"200\"}}", RestLiOutcome.Succeeded)]
    [TestCase("{\"statuses\":{\"plain-3\":\"nope\"}}", RestLiOutcome.Missing)]
    [TestCase("{\"statuses\":{\"plain-3\":[]}}", RestLiOutcome.Missing)]
    [TestCase("{\"statuses\":{\"plain-3\":99999999999999}}", RestLiOutcome.Missing)]
    [TestCase("{\"statuses\":{\"plain-3\":\"500\"}}", RestLiOutcome.Failed)]
    public void ReadBatchResult_StatusOfAnOddType_IsReadNotThrown(string body, RestLiOutcome outcome)
    {
        RestLiResponse response = Send(Requests[2], RestLiProtocolVersion.Version2, HttpStatusCode.OK, Encoding.UTF8.GetBytes(body), null)!;

        Assert.That(response.ReadBatchResult().Results[2].Outcome, Is.EqualTo(outcome));
    }

    [TestCase("{\"results\":{\"plain-3\":{\"status\":204,\"error\":{\"message\":\"\\ud800\"}}}}")]
    [TestCase("{\"errors\":{\"\\udc00\":{\"status\":400}}}")]
    [TestCase("{\"elements\":[{\"status\":201,\"id\":\"\\ud800x\"}]}")]
    public void Send_SuccessWithAnEscapedLoneSurrogate_IsATransientLinkedInRscException(string body)
    {
        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => Client(RestLiProtocolVersion.Version2, HttpStatusCode.OK, Encoding.UTF8.GetBytes(body), null).SendAsync(Requests[0]));

        Assert.That(ex!.IsTransient, Is.True, "an answer that cannot be read says nothing about the outcome");
    }

    [Test]
    public void Send_ErrorWithAnEscapedLoneSurrogate_IsALinkedInRscException()
    {
        byte[] body = Encoding.UTF8.GetBytes("{\"status\":400,\"message\":\"bad \\ud800\",\"code\":\"\\udc00\"}");

        var ex = Assert.ThrowsAsync<LinkedInRscException>(() => Client(RestLiProtocolVersion.Version2, HttpStatusCode.BadRequest, body, null).SendAsync(Requests[0]));

        Assert.That(ex!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static RestLiResponse? Send(RestLiRequest request, RestLiProtocolVersion protocol, HttpStatusCode status, byte[] body, string? restLiId)
    {
        try
        {
            return Client(protocol, status, body, restLiId).SendAsync(request).GetAwaiter().GetResult();
        }
        catch (LinkedInRscException)
        {
            return null; // the documented exception for an answer that is an error or cannot be used
        }
    }

    private static bool ReadsOnePerEntity(RestLiRequest request, RestLiResponse response)
    {
        _ = response.ToString();
        _ = response.CreatedId;
        return request.Method switch
        {
            RestLiMethod.BatchCreate => response.ReadBatchCreateResults().Count == 3,
            RestLiMethod.BatchFinder => response.ReadBatchFinderResults().Count == 2,
            RestLiMethod.Finder or RestLiMethod.Create => response.ReadPage().Elements.Count == (response.Body?.ValueKind == System.Text.Json.JsonValueKind.Object && response.Body.Value.TryGetProperty("elements", out var e) && e.ValueKind == System.Text.Json.JsonValueKind.Array ? e.GetArrayLength() : 0),
            _ => response.ReadBatchResult().Results.Select(r => r.Key).SequenceEqual(Keys),
        };
    }

    private static RestLiClient Client(RestLiProtocolVersion protocol, HttpStatusCode status, byte[] body, string? restLiId) =>
        new(new HttpClient(new Canned(status, body, restLiId)) { BaseAddress = new Uri("https://api.linkedin.example/v2/") }, new RestLiClientOptions { ProtocolVersion = protocol });

    private sealed class Canned(HttpStatusCode status, byte[] body, string? restLiId) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body), RequestMessage = request };
            if (restLiId is not null)
            {
                response.Headers.TryAddWithoutValidation("x-restli-id", restLiId);
            }

            return Task.FromResult(response);
        }
    }
}
