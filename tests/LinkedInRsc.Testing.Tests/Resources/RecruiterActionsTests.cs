using System.Net;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

public sealed class RecruiterActionsTests
{
    private EmulatorHarness _harness = null!;

    [SetUp]
    public async Task SetUp() => _harness = await EmulatorHarness.StartAsync(FrontEnd.InMemory);

    [TearDown]
    public async Task TearDown() => await _harness.DisposeAsync();

    [Test]
    public void AddMember_BadSetup_FailsBeforeAnythingIsStored()
    {
        var error = Assert.ThrowsAsync<ArgumentException>(() => _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "A", LastName = "B", EmailAddresses = ["nope"] }));

        Assert.That(error!.Message, Does.Contain("X@X.X").And.Not.Contain("nope"));
    }

    [Test]
    public async Task AddMemberAndSeat_DuplicatePersonOrUnconnectedContract_AreRefused()
    {
        await _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "A", LastName = "B", PersonUrn = PersonUrn.FromId("same") });

        Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "C", LastName = "D", PersonUrn = PersonUrn.FromId("same") }));
        Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Emulator.AddSeatAsync(ContractUrn.Parse("urn:li:contract:404"), PersonUrn.Parse("urn:li:person:same"), "A", "B"));
    }

    [Test]
    public async Task ExportCandidate_WithoutOneClickExport_IsRefused()
    {
        var customer = await _harness.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", AccessLevel = null });
        var member = await _harness.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "A", LastName = "B" });

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => _harness.Emulator.ExportCandidateAsync(customer.Id, member.PersonUrn, "JOB-1"));

        Assert.That(error!.Message, Does.Contain("ONE_CLICK_EXPORT"));
    }

    [Test]
    public async Task SeatsAndInMails_OfAnotherCustomer_AreRefused()
    {
        var acme = await _harness.Emulator.AddCustomerAsync("acme", AccessLevel.Contract);
        var globex = await _harness.Emulator.AddCustomerAsync("globex", AccessLevel.Contract);
        var seat = await _harness.Emulator.AddSeatAsync(acme.ContractUrns[0], PersonUrn.Parse("urn:li:person:r1"), "R", "One");
        var token = await _harness.TokenAsync(globex.Credentials);
        var now = _harness.Time.GetUtcNow().ToUnixTimeMilliseconds();

        var (seats, _, _) = await _harness.SendAsync(HttpMethod.Get, $"v2/seatsV2?q=attributes&contracts={acme.ContractUrn}&start=0", token);
        var (events, _, _) = await _harness.SendAsync(HttpMethod.Get, $"v2/conversationEvents?q=criteria&viewer={seat.SeatUrn}&timeRange.start={now - 1000}&timeRange.end={now}", token);

        Assert.That(seats, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(events, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task SetJobPostingProcessingTime_Zero_CompletesTasksAtTheNextRequest()
    {
        var acme = await _harness.Emulator.AddCustomerAsync("acme", AccessLevel.Company);
        _harness.Emulator.SetJobPostingProcessingTime(TimeSpan.Zero);
        var token = await _harness.TokenAsync(acme.Credentials);
        var job = JobPostingStoreTests.Job();
        job["integrationContext"] = acme.OrganizationUrn.ToString();

        var (_, created, _) = await _harness.SendAsync(HttpMethod.Post, "v2/simpleJobPostings", token, new System.Text.Json.Nodes.JsonObject { ["elements"] = new System.Text.Json.Nodes.JsonArray(job) }.ToJsonString(), "batch_create");
        var taskId = created!["elements"]![0]!["id"]!.GetValue<string>();
        var (_, task, _) = await _harness.SendAsync(HttpMethod.Get, $"v2/simpleJobPostingTasks?ids={taskId}", token);

        Assert.That(task!["results"]!.AsObject().Single().Value!["status"]!.GetValue<string>(), Is.EqualTo("SUCCEEDED"));
        Assert.Throws<ArgumentOutOfRangeException>(() => _harness.Emulator.SetJobPostingProcessingTime(TimeSpan.FromSeconds(-1)));
    }
}

public sealed class RecruiterSeedTests
{
    [Test]
    public async Task ApplySeed_MembersSeatsInMailsAndNotes_GetTheirKnownIds()
    {
        await using var harness = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        const string Seed = """
            {"steps":[
              {"path":"customers","body":{"id":"acme","accessLevel":"contract","organizationId":11,"contractIds":[22]}},
              {"path":"members","body":{"firstName":"Ada","lastName":"Lovelace","emailAddresses":["ada@example.com"],"personId":"ada"}},
              {"path":"seats","body":{"contract":"urn:li:contract:22","member":"urn:li:person:r1","firstName":"R","lastName":"One","seatId":5}},
              {"path":"inmails","body":{"seat":"urn:li:seat:5","member":"urn:li:person:ada","subject":"Hi","body":"?"}},
              {"path":"prospectNotes","body":{"seat":"urn:li:seat:5","member":"urn:li:person:ada","note":"Strong"}}
            ]}
            """;

        await harness.Emulator.ApplySeedAsync(Seed);

        var acme = harness.Emulator.GetCustomer("acme");
        var token = await harness.TokenAsync(acme.Credentials);
        var (status, notes, _) = await harness.SendAsync(HttpMethod.Get, "v2/prospectNotes?q=criteria&contract=urn:li:contract:22&owners=urn:li:seat:5&start=0", token);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), notes?.ToJsonString());
        Assert.That(notes!["elements"]![0]!["member"]!.GetValue<string>(), Is.EqualTo("urn:li:person:ada"));
        Assert.ThrowsAsync<InvalidOperationException>(() => harness.Emulator.AddSeatAsync(ContractUrn.Parse("urn:li:contract:22"), PersonUrn.Parse("urn:li:person:r2"), "R", "Two", seatUrn: SeatUrn.FromId(5)));
    }
}
