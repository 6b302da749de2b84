using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using static LinkedInRsc.RestLi.RestLiValue;

namespace LinkedInRsc.Sdk.Tests.RestLi;

[TestFixture]
public sealed class RestLiResponseTests
{
    private static readonly RestLiValue Key1 = RecordOf(("atsCandidateId", "C 1"), ("dataProvider", "ATS"), ("integrationContext", "urn:li:organization:1"));

    private static RestLiResponse Respond(RestLiRequest request, string json, RestLiProtocolVersion protocol = RestLiProtocolVersion.Version2, string? restLiId = null) =>
        new(request, protocol, HttpStatusCode.OK, JsonDocument.Parse(json).RootElement.Clone(), "REQ", restLiId);

    [TestCase("(atsCandidateId:C%201,dataProvider:ATS,integrationContext:urn%3Ali%3Aorganization%3A1)")]
    [TestCase("(integrationContext:urn:li:organization:1,dataProvider:ATS,atsCandidateId:C 1)")]
    [TestCase("atsCandidateId=C%201&dataProvider=ATS&integrationContext=urn:li:organization:1")]
    public void ReadBatchResult_MatchesKeysHoweverLinkedInWritesThem(string responseKey)
    {
        var request = RestLiRequest.BatchDelete("atsCandidates", [Key1]);

        var result = Respond(request, "{\"results\":{\"" + responseKey + "\":{\"status\":204}}}").ReadBatchResult();

        Assert.That(result.Results.Single().Outcome, Is.EqualTo(RestLiOutcome.Succeeded));
        Assert.That(result.Results.Single().Status, Is.EqualTo(204));
    }

    [Test]
    public void ReadBatchResult_EmptyOrOddBody_ReportsEveryKeyMissing()
    {
        var request = RestLiRequest.BatchUpdate("atsCandidates", [new(Key1, new JsonObject()), new("other", new JsonObject())]);

        foreach (string body in new[] { "{}", "[]", """{"results":[],"errors":"x"}""", """{"results":{"garbage((":{}}}""" })
        {
            var result = Respond(request, body).ReadBatchResult();

            Assert.That(result.Results.Select(r => r.Outcome), Is.EqualTo(new[] { RestLiOutcome.Missing, RestLiOutcome.Missing }), body);
        }
    }

    [Test]
    public void ReadBatchResult_StatusWithoutEntity_AndErrorWithoutStatus()
    {
        var request = RestLiRequest.BatchGet("atsCandidates", [FromString("a"), FromString("b")]);

        var result = Respond(request, """{"statuses":{"a":200},"errors":{"b":{"message":"gone"}}}""").ReadBatchResult();

        Assert.That(result.Results[0].Outcome, Is.EqualTo(RestLiOutcome.Succeeded));
        Assert.That(result.Results[1].Outcome, Is.EqualTo(RestLiOutcome.Failed));
        Assert.That(result.Results[1].Error!.Message, Is.EqualTo("gone"));
    }

    [Test]
    public void ReadBatchCreateResults_IdAsObjectOrNumber()
    {
        var request = RestLiRequest.BatchCreate("x", [new JsonObject(), new JsonObject()]);

        var results = Respond(request, """{"elements":[{"status":201,"id":{"a":"1","b":2}},{"status":"201","id":7}]}""").ReadBatchCreateResults();

        Assert.That(results[0].Id, Is.EqualTo(RecordOf(("a", "1"), ("b", "2"))));
        Assert.That(results[1].Id, Is.EqualTo(FromString("7")));
        Assert.That(results.All(r => r.Outcome == RestLiOutcome.Succeeded), Is.True);
    }

    [Test]
    public void CreatedId_ReducedEncodedHeader_IsDecoded()
    {
        var request = RestLiRequest.Create("x", []);

        var response = Respond(request, "{}", restLiId: "(application:urn%3Ali%3Aapp%3A1,tenant:T 1)");

        Assert.That(response.CreatedId, Is.EqualTo(RecordOf(("application", "urn:li:app:1"), ("tenant", "T 1"))));
    }

    [Test]
    public void CreatedId_IsNotGuessedFromTheBodyOfOtherMethods()
    {
        var response = Respond(RestLiRequest.Get("x", "k"), """{"id":"entity-field"}""");

        Assert.That(response.CreatedId, Is.Null);
    }

    [Test]
    public void Readers_WrongMethod_ThrowInvalidOperation()
    {
        var response = Respond(RestLiRequest.GetAll("x"), "{}");

        Assert.That(() => response.ReadBatchResult(), Throws.InvalidOperationException);
        Assert.That(() => response.ReadBatchCreateResults(), Throws.InvalidOperationException);
        Assert.That(() => response.ReadBatchFinderResults(), Throws.InvalidOperationException);
        Assert.That(response.ReadActionValue(), Is.Null);
        Assert.That(response.ReadPage().Elements, Is.Empty);
    }

    [Test]
    public void Paging_HasMore_UsesLinksThenTotalThenFullPage()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new RestLiPaging { Start = 0, Count = 10, Links = [new RestLiLink { Rel = "next" }] }.HasMore(3), Is.True);
            Assert.That(new RestLiPaging { Start = 10, Count = 10, Total = 20 }.HasMore(10), Is.False);
            Assert.That(new RestLiPaging { Start = 0, Count = 10, Total = 20 }.HasMore(10), Is.True);
            Assert.That(new RestLiPaging { Start = 0, Count = 10 }.HasMore(10), Is.True);
            Assert.That(new RestLiPaging { Start = 0, Count = 10 }.HasMore(4), Is.False);
        });
    }

    [Test]
    public void RestLiError_ToString_HidesMessageAndDetails()
    {
        var error = RestLiError.FromJson(JsonDocument.Parse("""{"status":400,"message":"jane@example.com is invalid","errorDetails":{"email":"jane@example.com"}}""").RootElement)!;

        Assert.That(error.ToString(), Does.Not.Contain("jane"));
        Assert.That(error.ErrorDetails!.Value.GetProperty("email").GetString(), Is.EqualTo("jane@example.com"));
    }

    [Test]
    public void ToString_RequestAndPatch_HideValues()
    {
        var request = RestLiRequest.BatchUpdate("atsCandidates", [new(Key1, new JsonObject { ["email"] = "jane@example.com" })]);
        var patch = RestLiPatch.SetFields(new JsonObject { ["email"] = "jane@example.com" });

        Assert.That(request.ToString(), Does.Not.Contain("C 1").And.Not.Contain("jane"));
        Assert.That(patch.ToString(), Is.EqualTo("RestLiPatch { $set: [email], $delete: [] }"));
        Assert.That(() => new RestLiPatch(), Throws.ArgumentException);
        Assert.That(() => new RestLiPatch(new JsonObject { ["a"] = 1 }, ["a"]), Throws.ArgumentException.With.Message.Contains("both set and deleted"));
    }
}
