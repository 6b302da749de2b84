using System.Net;
using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

[TestFixture(1, FrontEnd.InMemory)]
[TestFixture(2, FrontEnd.InMemory)]
[TestFixture(2, FrontEnd.Http)]
[TestFixture(1, FrontEnd.Http)]
public sealed class ResourceHttpTests(int protocol, FrontEnd frontEnd)
{
    private EmulatorHarness _harness = null!;
    private EmulatedCustomer _acme = null!;
    private ResourceWire _wire = null!;

    private string Org => _acme.OrganizationUrn!.Value.ToString();

    private string Contract => _acme.ContractUrns[0].ToString();

    [SetUp]
    public async Task SetUp()
    {
        _harness = await EmulatorHarness.StartAsync(frontEnd);
        _acme = await _harness.Emulator.AddCustomerAsync("acme", AccessLevel.Contract);
        _wire = new ResourceWire(_harness, protocol, await _harness.TokenAsync(_acme.Credentials));
    }

    [TearDown]
    public async Task TearDown() => await _harness.DisposeAsync();

    private (string, string)[] CandidateKey(string id, string? org = null) => [("atsCandidateId", id), ("dataProvider", "ATS"), ("integrationContext", org ?? Org)];

    private (string, string)[] ApplicationKey(string id) => [("atsJobApplicationId", id), ("dataProvider", "ATS"), ("integrationContext", Org)];

    private static JsonObject Candidate(string email) => new()
    {
        ["addresses"] = new JsonArray(),
        ["atsCreatedAt"] = 1_600_000_000_000,
        ["atsLastModifiedAt"] = 1_600_000_000_000,
        ["firstName"] = "Ada",
        ["lastName"] = "Lovelace",
        ["emailAddresses"] = new JsonArray(email),
        ["phoneNumbers"] = new JsonArray(),
    };

    private JsonObject Job(string id)
    {
        var job = JobPostingStoreTests.Job(id);
        job["integrationContext"] = Org;
        return job;
    }

    private async Task SyncJobAsync(string id)
    {
        var (status, body, _) = await _wire.SendAsync(HttpMethod.Post, "v2/simpleJobPostings", new JsonObject { ["elements"] = new JsonArray(Job(id)) }.ToJsonString(), "batch_create");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body?.ToJsonString());
        _harness.Time.Advance(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task JobsBatchCreate_AnswersTaskIdsPerElement_AndTasksMoveOnTheClock()
    {
        var bad = Job("JOB-2");
        bad.Remove("title");
        var (status, body, _) = await _wire.SendAsync(HttpMethod.Post, "v2/simpleJobPostings", new JsonObject { ["elements"] = new JsonArray(Job("JOB-1"), bad) }.ToJsonString(), "BATCH_CREATE");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        var elements = body!["elements"]!.AsArray();
        Assert.That(elements.Select(e => e!["status"]!.GetValue<int>()), Is.EqualTo(new[] { 201, 400 }));
        Assert.That(elements[1]!["error"]!["message"]!.GetValue<string>(), Does.Contain("title"));
        var taskId = elements[0]!["id"]!.GetValue<string>();

        var (_, pending, _) = await _wire.GetAsync("v2/simpleJobPostingTasks?" + _wire.SimpleIds(taskId));
        Assert.That(BatchAssert.Result(pending!, "1000")?["status"]?.GetValue<string>() ?? pending!["results"]!.AsObject().Single().Value!["status"]!.GetValue<string>(), Is.EqualTo("IN_PROGRESS"));

        _harness.Time.Advance(TimeSpan.FromSeconds(5));
        var (_, done, _) = await _wire.GetAsync("v2/simpleJobPostingTasks?" + _wire.SimpleIds(taskId));
        Assert.That(done!["results"]!.AsObject().Single().Value!["status"]!.GetValue<string>(), Is.EqualTo("SUCCEEDED"));
    }

    [Test]
    public async Task CandidatesBatchUpdate_BadEntities_GetTheirOwn400AndTheRestSucceed()
    {
        var json = ResourceWire.Entities((_wire.Key(CandidateKey("C1")), Candidate("ada@example.com")), (_wire.Key(CandidateKey("C2")), Candidate("ada-at-example")));
        var (status, body, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + _wire.Ids(CandidateKey("C1"), CandidateKey("C2")), json, "batch_update");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body?.ToJsonString());
        Assert.That(BatchAssert.StatusOf(body!, "C1"), Is.EqualTo(204));
        Assert.That(BatchAssert.StatusOf(body!, "C2"), Is.EqualTo(400));
        var error = BatchAssert.Error(body!, "C2")!;
        Assert.That(error["message"]!.GetValue<string>(), Does.Contain("emailAddresses[0]"));
        Assert.That(error["serviceErrorCode"], Is.Not.Null);
    }

    [Test]
    public async Task CandidatesBatchGet_ShowsMatches_AndPartialUpdateLinksAndUnlinksAMember()
    {
        var member = await _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace", EmailAddresses = ["ada@example.com"] });
        await _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + _wire.Ids(CandidateKey("C1")), ResourceWire.Entities((_wire.Key(CandidateKey("C1")), Candidate("ada@example.com"))), "BATCH_UPDATE");

        var (_, got, _) = await _wire.GetAsync("v2/atsCandidates?" + _wire.Ids(CandidateKey("C1"), CandidateKey("C404")) + "&fields=matchedMembers,manualMatchedMember");
        var c1 = BatchAssert.Result(got!, "C1")!;
        Assert.That(c1["matchedMembers"]![0]!["member"]!.GetValue<string>(), Is.EqualTo(member.PersonUrn.ToString()));
        Assert.That(c1["matchedMembers"]![0]!["matchType"]!.GetValue<string>(), Is.EqualTo("EXACT"));
        Assert.That(BatchAssert.StatusOf(got!, "C404"), Is.EqualTo(404));

        var link = ResourceWire.Entities((_wire.Key(CandidateKey("C1")), new JsonObject { ["patch"] = new JsonObject { ["$set"] = new JsonObject { ["manualMatchedMember"] = member.PersonUrn.ToString() } } }));
        var (_, patched, _) = await _wire.SendAsync(HttpMethod.Post, "v2/atsCandidates?" + _wire.Ids(CandidateKey("C1")), link, "batch_partial_update");
        Assert.That(BatchAssert.StatusOf(patched!, "C1"), Is.EqualTo(204));
        (_, got, _) = await _wire.GetAsync("v2/atsCandidates?" + _wire.Ids(CandidateKey("C1")));
        Assert.That(BatchAssert.Result(got!, "C1")!["manualMatchedMember"]!.GetValue<string>(), Is.EqualTo(member.PersonUrn.ToString()));
        Assert.That(_harness.Emulator.GetSyncedData(OrganizationUrn.Parse(Org)).Candidates.Single(), Is.EqualTo(new EmulatedSyncedCandidate("C1", member.PersonUrn, 0)));

        var unlink = ResourceWire.Entities((_wire.Key(CandidateKey("C1")), JsonNode.Parse("""{"patch":{"$delete":["manualMatchedMember"]}}""")!));
        await _wire.SendAsync(HttpMethod.Post, "v2/atsCandidates?" + _wire.Ids(CandidateKey("C1")), unlink, "BATCH_PARTIAL_UPDATE");
        (_, got, _) = await _wire.GetAsync("v2/atsCandidates?" + _wire.Ids(CandidateKey("C1")));
        Assert.That(BatchAssert.Result(got!, "C1")!.AsObject().ContainsKey("manualMatchedMember"), Is.False);

        var (_, deleted, _) = await _wire.SendAsync(HttpMethod.Delete, "v2/atsCandidates?" + _wire.Ids(CandidateKey("C1")), restLiMethod: "batch_delete");
        Assert.That(BatchAssert.StatusOf(deleted!, "C1"), Is.EqualTo(204));
    }

    [Test]
    public async Task CandidateNotes_WithoutTheCandidate_AreRefused()
    {
        var path = $"v2/atsCandidates/{_wire.Key(CandidateKey("C1"))}/notes?{_wire.SimpleIds("N1")}";
        var note = ResourceWire.Entities(("N1", JsonNode.Parse("""{"atsCreatedAt":1600000000000,"note":"Great","author":{"firstName":"R","lastName":"E"}}""")!));

        var (_, before, _) = await _wire.SendAsync(HttpMethod.Put, path, note, "batch_update");
        Assert.That(BatchAssert.StatusOf(before!, "N1"), Is.EqualTo(404));

        await _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + _wire.Ids(CandidateKey("C1")), ResourceWire.Entities((_wire.Key(CandidateKey("C1")), Candidate("ada@example.com"))), "batch_update");
        var (_, after, _) = await _wire.SendAsync(HttpMethod.Put, path, note, "batch_update");
        Assert.That(BatchAssert.StatusOf(after!, "N1"), Is.EqualTo(204));

        var (_, removed, _) = await _wire.SendAsync(HttpMethod.Delete, path, restLiMethod: "batch_delete");
        Assert.That(BatchAssert.StatusOf(removed!, "N1"), Is.EqualTo(204));
    }

    [Test]
    public async Task BatchUpdate_AnotherCustomersOrganization_Gets403PerEntity()
    {
        var other = await _harness.Emulator.AddCustomerAsync("globex", AccessLevel.Company);
        var json = ResourceWire.Entities((_wire.Key(CandidateKey("C1")), Candidate("a@b.c")), (_wire.Key(CandidateKey("C2", other.OrganizationUrn.ToString())), Candidate("a@b.c")));
        var (status, body, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsCandidates?" + _wire.Ids(CandidateKey("C1"), CandidateKey("C2", other.OrganizationUrn.ToString())), json, "batch_update");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(BatchAssert.StatusOf(body!, "C1"), Is.EqualTo(204));
        Assert.That(BatchAssert.StatusOf(body!, "C2"), Is.EqualTo(403));
    }

    [Test]
    public async Task Applications_NeedASyncedJob_AndDeletingOneRemovesItsStages()
    {
        var application = new JsonObject
        {
            ["atsCreatedAt"] = 1_600_000_000_000,
            ["atsLastModifiedAt"] = 1_600_000_000_000,
            ["atsJobPostingId"] = "JOB-1",
            ["atsJobPostingName"] = "Engineer",
            ["firstName"] = "Ada",
            ["candidateEmail"] = "ada@example.com",
        };
        var put = ResourceWire.Entities((_wire.Key(ApplicationKey("A1")), application));
        var (_, early, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsApplications?" + _wire.Ids(ApplicationKey("A1")), put, "batch_update");
        Assert.That(BatchAssert.StatusOf(early!, "A1"), Is.EqualTo(400));
        Assert.That(BatchAssert.Error(early!, "A1")!["message"]!.GetValue<string>(), Does.Contain("atsJobPostingId"));

        await SyncJobAsync("JOB-1");
        var (_, ok, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsApplications?" + _wire.Ids(ApplicationKey("A1")), put, "batch_update");
        Assert.That(BatchAssert.StatusOf(ok!, "A1"), Is.EqualTo(204));

        var stages = $"v2/atsApplications/{_wire.Key(ApplicationKey("A1"))}/stages?{_wire.SimpleIds("S1", "S2")}";
        var stageBody = ResourceWire.Entities(("S1", JsonNode.Parse("""{"atsCreatedAt":1600000000000,"stage":"Phone Screen"}""")!), ("S2", JsonNode.Parse("""{"atsCreatedAt":1600000000000,"stage":"Not Available"}""")!));
        var (_, staged, _) = await _wire.SendAsync(HttpMethod.Put, stages, stageBody, "batch_update");
        Assert.That(BatchAssert.StatusOf(staged!, "S1"), Is.EqualTo(204));
        Assert.That(BatchAssert.StatusOf(staged!, "S2"), Is.EqualTo(400));

        var synced = _harness.Emulator.GetSyncedData(OrganizationUrn.Parse(Org));
        Assert.That(synced.Jobs.Single().ExternalJobPostingId, Is.EqualTo("JOB-1"));
        Assert.That(synced.Applications.Single(), Is.EqualTo(new EmulatedSyncedApplication("A1", "JOB-1", 1, 0, 0)));

        await _wire.SendAsync(HttpMethod.Delete, "v2/atsApplications?" + _wire.Ids(ApplicationKey("A1")), restLiMethod: "batch_delete");
        await _wire.SendAsync(HttpMethod.Put, "v2/atsApplications?" + _wire.Ids(ApplicationKey("A1")), put, "batch_update");
        var (_, gone, _) = await _wire.GetAsync($"v2/atsApplications/{_wire.Key(ApplicationKey("A1"))}/stages?{_wire.SimpleIds("S1")}");
        Assert.That(BatchAssert.StatusOf(gone!, "S1"), Is.EqualTo(404));
    }

    [Test]
    public async Task Acls_Upserted_AreFoundByCriteria()
    {
        (string, string)[] key = [("atsEntityAclId", "G1"), ("dataProvider", "ATS"), ("integrationContext", Org), ("atsEntityId", "JOB-1"), ("atsEntityType", "JOB_POSTING")];
        var (_, put, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsEntityAcls?" + _wire.Ids(key), ResourceWire.Entities((_wire.Key(key), new JsonObject())), "batch_update");
        Assert.That(BatchAssert.StatusOf(put!, "G1"), Is.EqualTo(204));

        var (status, found, _) = await _wire.GetAsync($"v2/atsEntityAcls?q=criteria&atsEntityId=JOB-1&atsEntityType=JOB_POSTING&dataProvider=ATS&integrationContext={_wire.Urn(Org)}&start=0&count=100");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), found?.ToJsonString());
        Assert.That(found!["elements"]!.AsArray().Select(e => e!["atsEntityAclId"]!.GetValue<string>()), Is.EqualTo(new[] { "G1" }));

        (string, string)[] assignee = [("atsEntityAclId", "G1"), ("integrationContext", Org), ("dataProvider", "ATS"), ("assignee", "urn:li:person:r1"), ("atsEntityType", "JOB_POSTING")];
        var (_, assigned, _) = await _wire.SendAsync(HttpMethod.Put, "v2/atsEntityAclAssignees?" + _wire.Ids(assignee), ResourceWire.Entities((_wire.Key(assignee), new JsonObject())), "batch_update");
        Assert.That(BatchAssert.StatusOf(assigned!, "G1"), Is.EqualTo(204));
        var (_, byAssignee, _) = await _wire.GetAsync($"v2/atsEntityAclAssignees?q=criteria&assignee={_wire.Urn("urn:li:person:r1")}&dataProvider=ATS&integrationContext={_wire.Urn(Org)}");
        Assert.That(byAssignee!["elements"]!.AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task SeatsV2_WithoutStart_IsRefused_AndPages()
    {
        for (var i = 0; i < 3; i++)
        {
            await _harness.Emulator.AddSeatAsync(ContractUrn.Parse(Contract), PersonUrn.Parse($"urn:li:person:r{i}"), "R", $"{i}");
        }

        var (missing, error, _) = await _wire.GetAsync($"v2/seatsV2?q=attributes&{_wire.List("contracts", Contract)}&{_wire.List("states", "ACTIVE")}");
        Assert.That(missing, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error!["message"]!.GetValue<string>(), Does.Contain("start"));

        var (status, page, _) = await _wire.GetAsync($"v2/seatsV2?q=attributes&{_wire.List("contracts", Contract)}&{_wire.List("states", "ACTIVE")}&start=0&count=2");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), page?.ToJsonString());
        Assert.That(page!["elements"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(page["paging"]!["total"]!.GetValue<int>(), Is.EqualTo(3));
        Assert.That(page["elements"]![0]!["contract"]!.GetValue<string>(), Is.EqualTo(Contract));
    }

    [Test]
    public async Task ContractLevelResources_CompanyLevelCustomer_AreRefused()
    {
        var company = await _harness.Emulator.AddCustomerAsync("initech", AccessLevel.Company);
        _wire.Token = await _harness.TokenAsync(company.Credentials);

        var (status, body, _) = await _wire.GetAsync($"v2/prospectNotes?q=criteria&contract={_wire.Urn(company.ContractUrns[0].ToString())}&start=0&count=10");

        Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(body!["message"]!.GetValue<string>(), Does.Contain("CSA_API"));
        Assert.That(body["status"]!.GetValue<int>(), Is.EqualTo(403));
    }

    [Test]
    public async Task ConversationEvents_AreWindowed_AndRepliesWithSharedDetailsBecomeMailStubs()
    {
        var member = await _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace", EmailAddresses = ["ada@example.com"] });
        var seat = await _harness.Emulator.AddSeatAsync(ContractUrn.Parse(Contract), PersonUrn.Parse("urn:li:person:r1"), "R", "One");
        var start = _harness.Time.GetUtcNow().ToUnixTimeMilliseconds();
        var sent = await _harness.Emulator.SendInMailAsync(seat.SeatUrn, member.PersonUrn, "Hello", "Interested?");
        _harness.Time.Advance(TimeSpan.FromMinutes(30));
        var reply = await _harness.Emulator.ReplyToInMailAsync(sent.ThreadUrn, "Yes", shareContactDetails: true);
        Assert.That(reply.MailStubCreated, Is.True);
        var end = start + 3_600_000;
        _wire.Token = await _harness.TokenAsync(_acme.Credentials); // the clock moved past the 30-minute token

        var (status, events, _) = await _wire.GetAsync($"v2/conversationEvents?q=criteria&viewer={_wire.Urn(seat.SeatUrn.ToString())}&{_wire.TimeRange(start, end)}&start=0&count=50");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), events?.ToJsonString());
        Assert.That(events!["elements"]!.AsArray().Select(e => e!["author"]!.GetValue<string>()), Is.EqualTo(new[] { seat.SeatUrn.ToString(), member.PersonUrn.ToString() }));
        Assert.That(events["elements"]![0]!["content"]!["com.linkedin.messaging.events.MailContent"]!["subject"]!.GetValue<string>(), Is.EqualTo("Hello"));

        var (tooWide, _, _) = await _wire.GetAsync($"v2/conversationEvents?q=criteria&viewer={_wire.Urn(seat.SeatUrn.ToString())}&{_wire.TimeRange(start, start + (13 * 3_600_000L))}");
        Assert.That(tooWide, Is.EqualTo(HttpStatusCode.BadRequest));
        var (noViewer, _, _) = await _wire.GetAsync($"v2/conversationEvents?q=criteria&{_wire.TimeRange(start, end)}");
        Assert.That(noViewer, Is.EqualTo(HttpStatusCode.BadRequest));

        var (_, stubs, _) = await _wire.GetAsync($"v2/mailStubs?q=contract&contract={_wire.Urn(Contract)}&{_wire.List("owners", seat.SeatUrn.ToString())}&createdDateStart={start}&createdDateEnd={end}&start=0&count=50");
        Assert.That(stubs!["elements"]!.AsArray().Single()!["emailAddress"]!.GetValue<string>(), Is.EqualTo("ada@example.com"));
        var (noContract, _, _) = await _wire.GetAsync("v2/mailStubs?q=contract&start=0");
        Assert.That(noContract, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task ProspectNotes_EditsAndDeletions_ShowByLastModified()
    {
        var member = await _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });
        var seat = await _harness.Emulator.AddSeatAsync(ContractUrn.Parse(Contract), PersonUrn.Parse("urn:li:person:r1"), "R", "One");
        var note = await _harness.Emulator.WriteProspectNoteAsync(seat.SeatUrn, member.PersonUrn, "Strong");
        _harness.Time.Advance(TimeSpan.FromHours(1));
        var deleted = await _harness.Emulator.DeleteProspectNoteAsync(note.Id);
        var at = deleted.LastModifiedAt.ToUnixTimeMilliseconds();
        _wire.Token = await _harness.TokenAsync(_acme.Credentials); // the clock moved past the 30-minute token

        var (status, page, _) = await _wire.GetAsync($"v2/prospectNotes?q=criteria&contract={_wire.Urn(Contract)}&{_wire.List("owners", seat.SeatUrn.ToString())}&beforeDate={at}&cutoffDate={at - 1000}&start=0&count=100");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), page?.ToJsonString());
        Assert.That(page!["elements"]![0]!["active"]!.GetValue<bool>(), Is.False);
        Assert.That(page["elements"]![0]!["id"]!.GetValue<long>(), Is.EqualTo(note.Id));
    }

    [Test]
    public async Task ExportCandidate_PushesASignedEvent_RetrievableByRequestIdOnlyByItsCustomer()
    {
        await SyncJobAsync("JOB-1");
        var member = await _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });

        var export = await _harness.Emulator.ExportCandidateAsync("acme", member.PersonUrn, "JOB-1");

        Assert.That(export.Push.EventType, Is.EqualTo(EmulatorPushEventType.ExportCandidateProfile));
        Assert.That(export.Push.RequestId, Is.EqualTo(export.RequestId));
        var (status, body, _) = await _wire.GetAsync($"v2/exportedCandidates?q=request&requestId={export.RequestId}");
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), body?.ToJsonString());
        var element = body!["elements"]![0]!;
        Assert.That(element["integrationContext"]!.GetValue<string>(), Is.EqualTo(Org));
        Assert.That(element["candidate"]!["member"]!.GetValue<string>(), Is.EqualTo(member.PersonUrn.ToString()));

        var other = await _harness.Emulator.AddCustomerAsync("globex", AccessLevel.Company);
        _wire.Token = await _harness.TokenAsync(other.Credentials);
        var (forbidden, _, _) = await _wire.GetAsync($"v2/exportedCandidates?q=request&requestId={export.RequestId}");
        Assert.That(forbidden, Is.EqualTo(HttpStatusCode.Forbidden));

        await _harness.Emulator.CloseMemberProfileAsync(member.PersonUrn);
        _wire.Token = await _harness.TokenAsync(_acme.Credentials);
        var (_, purged, _) = await _wire.GetAsync($"v2/atsPurgedExportedCandidates?q=integrationContext&integrationContext={_wire.Urn(Org)}");
        Assert.That(purged!["elements"]![0]!["member"]!.GetValue<string>(), Is.EqualTo(member.PersonUrn.ToString()));
    }

    [Test]
    public async Task ExportCandidate_ToAnUnsyncedJob_IsRefused()
    {
        var member = await _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Emulator.ExportCandidateAsync("acme", member.PersonUrn, "JOB-404"));

        Assert.That(error!.Message, Does.Contain("JOB-404"));
    }

    [Test]
    public async Task ControlEndpoints_ScriptMembersSeatsInMailsAndNotes_OverHttp()
    {
        var (memberStatus, member, _) = await _harness.SendAsync(HttpMethod.Post, "_emulator/members", null, """{"firstName":"Ada","lastName":"Lovelace","emailAddresses":["ada@example.com"],"personId":"ada"}""");
        Assert.That(memberStatus, Is.EqualTo(HttpStatusCode.Created), member?.ToJsonString());
        Assert.That(member!["member"]!.GetValue<string>(), Is.EqualTo("urn:li:person:ada"));

        var (_, seat, _) = await _harness.SendAsync(HttpMethod.Post, "_emulator/seats", null, $$"""{"contract":"{{Contract}}","member":"urn:li:person:r1","firstName":"R","lastName":"One"}""");
        var seatUrn = seat!["seat"]!.GetValue<string>();
        var (_, inmail, _) = await _harness.SendAsync(HttpMethod.Post, "_emulator/inmails", null, $$"""{"seat":"{{seatUrn}}","member":"urn:li:person:ada","subject":"Hi","body":"?"}""");
        var (replyStatus, reply, _) = await _harness.SendAsync(HttpMethod.Post, "_emulator/inmails/replies", null, $$"""{"threadUrn":"{{inmail!["threadUrn"]}}","body":"Yes","shareContactDetails":true}""");
        Assert.That(replyStatus, Is.EqualTo(HttpStatusCode.Created), reply?.ToJsonString());
        Assert.That(reply!["mailStubCreated"]!.GetValue<bool>(), Is.True);

        var (_, note, _) = await _harness.SendAsync(HttpMethod.Post, "_emulator/prospectNotes", null, $$"""{"seat":"{{seatUrn}}","member":"urn:li:person:ada","note":"Strong"}""");
        var (editStatus, edited, _) = await _harness.SendAsync(HttpMethod.Put, $"_emulator/prospectNotes/{note!["id"]}", null, """{"note":"Stronger"}""");
        Assert.That(editStatus, Is.EqualTo(HttpStatusCode.OK), edited?.ToJsonString());
        var (deleteStatus, deletedNote, _) = await _harness.SendAsync(HttpMethod.Delete, $"_emulator/prospectNotes/{note["id"]}", null);
        Assert.That(deletedNote!["active"]!.GetValue<bool>(), Is.False, deleteStatus.ToString());

        var (refused, refusal, _) = await _harness.SendAsync(HttpMethod.Post, "_emulator/seats", null, """{"contract":"urn:li:contract:1","member":"urn:li:person:r1","firstName":"R","lastName":"One"}""");
        Assert.That(refused, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refusal!["message"]!.GetValue<string>(), Does.Contain("urn:li:contract:1"));
    }
}
