using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Customers;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Web.Tests;

/// <summary>The web sample over real HTTP on loopback, with its embedded emulator, without a browser.</summary>
[TestFixture]
public sealed class AtsWebEndToEndTests
{
    [Test]
    public async Task JobsPage_AfterRecruiterExportsMember_ShowsProspect()
    {
        await using WebSample sample = await WebSample.StartAsync();
        await OnboardAsync(sample, "acme", AccessLevel.Company);
        await sample.PostFormAsync("/customers/acme/jobs", ("id", "J1"), ("title", "Compiler Engineer"));
        AtsUser ada = (await sample.Store.ListUsersAsync("acme"))[0];

        EmulatedMember member = await sample.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Alan", LastName = "Turing", Headline = "Mathematician" });
        EmulatedExport export = await sample.Emulator.ExportCandidateAsync("acme", member.PersonUrn, "J1", ada.Seat);
        Assert.That(await export.Push.WaitForCompletionAsync().WaitAsync(TimeSpan.FromSeconds(30)), Is.EqualTo(EmulatorPushState.Delivered));

        string jobs = await sample.GetPageAsync("/customers/acme/jobs");
        Assert.That(jobs, Does.Contain("<tr class=\"prospect\"><td><a href=\"/customers/acme/candidates/C1\">Alan Turing</a></td><td>Prospect</td><td>1-click export</td>"));
        Customer acme = (await sample.Directory.FindAsync("acme"))!;
        EmulatedSyncedData synced = sample.Emulator.GetSyncedData(acme.Organization!.Value);
        Assert.That(synced.Candidates.Single(c => c.AtsCandidateId == "C1").ManualMatchedMemberUrn, Is.EqualTo(member.PersonUrn), "the prospect is linked on LinkedIn too");
    }

    [Test]
    public async Task JobsPage_AfterRestart_KeepsProspectsAndTakesNewExports()
    {
        string folder;
        await using (WebSample first = await WebSample.StartAsync())
        {
            folder = first.Folder;
            await OnboardAsync(first, "acme", AccessLevel.Company);
            await first.PostFormAsync("/customers/acme/jobs", ("id", "J1"), ("title", "Compiler Engineer"));
            await first.PostFormAsync("/customers/acme/linkedin/export", ("firstName", "Alan"), ("lastName", "Turing"), ("jobId", "J1"), ("seat", (await first.Store.ListUsersAsync("acme"))[0].Seat.ToString()));
        }

        await using WebSample second = await WebSample.StartAsync(folder);
        Assert.That(await second.GetPageAsync("/customers/acme/jobs"), Does.Contain(">Alan Turing</a></td><td>Prospect</td>"), "the SQLite file kept the prospect");

        await second.PostFormAsync("/customers/acme/linkedin/export", ("firstName", "Grace"), ("lastName", "Murray"), ("jobId", "J1"), ("seat", (await second.Store.ListUsersAsync("acme"))[0].Seat.ToString()));
        string jobs = await second.GetPageAsync("/customers/acme/jobs");
        Assert.That(jobs, Does.Contain("candidates/C2\">Grace Murray</a></td><td>Prospect</td>"), "LinkedIn's side was rebuilt: the job is listed again and exports arrive");
    }

    [Test]
    public async Task ProfileWidget_LinkAndUnlink_RecordedInAtsAndOnLinkedIn()
    {
        await using WebSample sample = await WebSample.StartAsync();
        await OnboardAsync(sample, "acme", AccessLevel.Company);
        await sample.PostFormAsync("/customers/acme/jobs", ("id", "J1"), ("title", "Compiler Engineer"));
        await sample.PostFormAsync("/customers/acme/linkedin/export", ("firstName", "Alan"), ("lastName", "Turing"), ("jobId", "J1"), ("seat", (await sample.Store.ListUsersAsync("acme"))[0].Seat.ToString()));
        PersonUrn member = (await sample.Store.FindCandidateAsync("acme", "C1"))!.Member!.Value;
        string apiKey = (await sample.Directory.FindAsync("acme"))!.Credentials!.ClientId;

        using HttpResponseMessage unlink = await sample.Http.PostAsJsonAsync("/customers/acme/candidates/C1/profile-widget", new { action = "unlink", member = member.ToString(), atsCandidateId = "C1" });
        Assert.That(unlink.IsSuccessStatusCode, Is.True, await unlink.Content.ReadAsStringAsync());
        JsonNode unlinked = (await sample.Http.GetFromJsonAsync<JsonNode>(new Uri(sample.Emulator.BaseAddress, $"_emulator/widgetLoader/profile?apiKey={apiKey}&candidate=C1")))!;
        Assert.Multiple(async () =>
        {
            Assert.That((await sample.Store.FindCandidateAsync("acme", "C1"))!.Member, Is.Null, "the ATS record");
            Assert.That(unlinked["linked"], Is.Null, "LinkedIn");
            Assert.That(unlinked["matches"]!.AsArray().Select(m => m!["member"]!.GetValue<string>()), Is.EqualTo(new[] { member.ToString() }), "the widget offers the member by name");
        });

        using HttpResponseMessage link = await sample.Http.PostAsJsonAsync("/customers/acme/candidates/C1/profile-widget", new { action = "link", member = member.ToString(), atsCandidateId = "C1" });
        Assert.That(link.IsSuccessStatusCode, Is.True, await link.Content.ReadAsStringAsync());
        JsonNode linked = (await sample.Http.GetFromJsonAsync<JsonNode>(new Uri(sample.Emulator.BaseAddress, $"_emulator/widgetLoader/profile?apiKey={apiKey}&candidate=C1")))!;
        Assert.Multiple(async () =>
        {
            Assert.That((await sample.Store.FindCandidateAsync("acme", "C1"))!.Member, Is.EqualTo(member));
            Assert.That(linked["linked"]!["member"]!.GetValue<string>(), Is.EqualTo(member.ToString()));
        });
    }

    [Test]
    public async Task CandidatePage_InMailHistory_ShowsOwnMessagesAndOnlyWhoElseWrote()
    {
        await using WebSample sample = await WebSample.StartAsync();
        await OnboardAsync(sample, "acme", AccessLevel.Contract);
        await sample.PostFormAsync("/customers/acme/jobs", ("id", "J1"), ("title", "Compiler Engineer"));
        IReadOnlyList<AtsUser> users = await sample.Store.ListUsersAsync("acme");
        AtsUser ada = users.Single(u => u.Name == "Ada Lovelace");
        AtsUser grace = users.Single(u => u.Name == "Grace Hopper");
        await sample.PostFormAsync("/customers/acme/linkedin/export", ("firstName", "Alan"), ("lastName", "Turing"), ("jobId", "J1"), ("seat", ada.Seat.ToString()));
        await sample.PostFormAsync("/customers/acme/candidates/C1/linkedin/activity", ("kind", "inmail"), ("seat", ada.Seat.ToString()), ("text", "Ada's question"));
        await sample.PostFormAsync("/customers/acme/candidates/C1/linkedin/activity", ("kind", "inmail"), ("seat", grace.Seat.ToString()), ("text", "Grace's private pitch"));
        await sample.PostFormAsync("/customers/acme/candidates/C1/linkedin/activity", ("kind", "note"), ("seat", grace.Seat.ToString()), ("text", "Strong systems background"));
        await sample.PostFormAsync("/customers/acme/recruiter-activity/poll");

        string asAda = await sample.GetPageAsync($"/customers/acme/candidates/C1?viewer={Uri.EscapeDataString(ada.Seat.ToString())}");
        Assert.Multiple(() =>
        {
            Assert.That(asAda, Does.Contain("Ada&#x27;s question"));
            Assert.That(asAda, Does.Not.Contain("Grace&#x27;s private pitch"), "another recruiter's message is never shown");
            Assert.That(asAda, Does.Contain("Grace Hopper exchanged InMail with this candidate (1 thread(s)"));
            Assert.That(asAda, Does.Contain("Grace Hopper: Strong systems background"), "notes of every recruiter are shown");
        });
    }

    /// <summary>What the admin page and the widget do: provision, connect in the widget, and the LinkedIn admin enables.</summary>
    internal static async Task OnboardAsync(WebSample sample, string customerId, AccessLevel level)
    {
        await sample.PostFormAsync("/admin/customers", ("customerId", customerId));
        string apiKey = (await sample.Directory.FindAsync(customerId))!.Credentials!.ClientId;
        var loader = new Uri(sample.Emulator.BaseAddress, "_emulator/widgetLoader/onboarding");
        JsonNode offer = (await sample.Http.GetFromJsonAsync<JsonNode>(new Uri(loader + "?apiKey=" + apiKey)))!;
        using HttpResponseMessage integrated = await sample.Http.PostAsJsonAsync(loader, new
        {
            apiKey,
            bundles = new[] { "RECRUITER_SYSTEM_CONNECT_COMPANY", "RECRUITER_SYSTEM_CONNECT_CONTRACT" },
            contract = offer["contracts"]![1]!.GetValue<string>(),
        });
        string integrations = await integrated.Content.ReadAsStringAsync();
        Assert.That(integrated.IsSuccessStatusCode, Is.True, integrations);
        using var content = new StringContent(integrations, System.Text.Encoding.UTF8, "application/json");
        using HttpResponseMessage recorded = await sample.Http.PostAsync(new Uri($"/admin/{customerId}/onboarding-widget", UriKind.Relative), content);
        Assert.That(recorded.IsSuccessStatusCode, Is.True, await recorded.Content.ReadAsStringAsync());
        await sample.PostFormAsync($"/admin/{customerId}/linkedin/enable", ("level", level.ToString()));
        Customer customer = (await sample.Directory.FindAsync(customerId))!;
        Assert.That(customer.Contracts.Select(c => c.Urn.ToString()), Is.EqualTo(new[] { offer["contracts"]![1]!.GetValue<string>() }), "the contract the admin chose");
        Assert.That(customer.AccessLevel, Is.EqualTo(level), "the status-change push reached the callback endpoint");
    }
}
