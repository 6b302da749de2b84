using System.Net;
using LinkedInRsc.Integrations;
using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Testing.Tests.Docs;

/// <summary>
/// docs/emulator.md's code, run: each block is a <c>// snippet:</c> region (here, and the example resource in
/// Modules/Widgets), shown word for word in the document (DocsSnippetConventionTests holds the two together).
/// </summary>
[TestFixture]
public sealed class EmulatorDocsTests
{
    [Test]
    public async Task EmulatorDoc_InATest_ServesTheCustomerMemberSeatAndFault()
    {
        // snippet: emulator-in-a-test
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var emulator = await LinkedInRscEmulator.StartAsync(new EmulatorOptions { TimeProvider = time });
        EmulatedCustomer acme = await emulator.AddCustomerAsync("acme", AccessLevel.Contract);
        // acme.Credentials (child app), acme.OrganizationUrn (an OrganizationUrn), acme.ContractUrns; IN_ATS_INDICATOR,
        // ONE_CLICK_EXPORT, PROFILE_PLUGIN and CSA_API are enabled (acme.Integrations shows them with their status).
        EmulatedMember ada = await emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });
        EmulatedSeat seat = await emulator.AddSeatAsync(acme.ContractUrns[0], ada.PersonUrn, "Ada", "Lovelace");
        emulator.Faults.FailNext("/v2/atsCandidates", HttpStatusCode.ServiceUnavailable);

        using var http = emulator.CreateHttpClient();          // in-process; BaseAddress = emulator.BaseAddress
        // or: new HttpClient { BaseAddress = emulator.BaseAddress } over the network (StartAsync listens on 127.0.0.1)
        // end snippet

        using HttpResponseMessage faulted = await http.GetAsync(new Uri("v2/atsCandidates", UriKind.Relative));
        using HttpResponseMessage next = await http.GetAsync(new Uri("v2/atsCandidates", UriKind.Relative));
        using var network = new HttpClient { BaseAddress = emulator.BaseAddress };
        using HttpResponseMessage overTheNetwork = await network.GetAsync(new Uri("v2/atsCandidates", UriKind.Relative));

        Assert.Multiple(() =>
        {
            Assert.That(acme.Integrations.Where(i => i.IsEnabled).Select(i => i.Type), Is.EquivalentTo(IntegrationType.RscTypes));
            Assert.That(seat.ContractUrn, Is.EqualTo(acme.ContractUrns[0]));
            Assert.That(seat.MemberUrn, Is.EqualTo(ada.PersonUrn));
            Assert.That(seat.State, Is.EqualTo(EmulatedSeatState.Active));
            Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), "the injected fault answers first");
            Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "then the request is served: no token");
            Assert.That(overTheNetwork.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task EmulatorDoc_WidgetsModule_IsServedAndSeededAsDocumented()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        EmulatedCustomer acme = await h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", ContractUrns = [ContractUrn.FromId(456)], AccessLevel = AccessLevel.Contract });
        string token = await h.TokenAsync(acme.Credentials);

        var added = await h.SendAsync(HttpMethod.Post, "/_emulator/widgets", null, """{"contract":"urn:li:contract:456","widget":"sprocket"}""");
        var found = await h.SendAsync(HttpMethod.Get, "/v2/widgets?q=contract&contract=urn:li:contract:456", token);
        var withoutContract = await h.SendAsync(HttpMethod.Get, "/v2/widgets?q=contract", token);

        Assert.Multiple(() =>
        {
            Assert.That(added.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(found.Status, Is.EqualTo(HttpStatusCode.OK), found.Body?.ToJsonString());
            Assert.That(found.Body!["elements"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()), Is.EqualTo(new[] { "sprocket" }));
            Assert.That(withoutContract.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }
}
