using System.Net;
using LinkedInRsc.Integrations;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>The C# surface speaks the SDK's types; the HTTP control API takes the same values as text and refuses malformed ones.</summary>
public sealed class TypedApiTests
{
    [Test]
    public async Task Customer_ShowsItsIntegrations_WithTheSdkTypes()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        var organization = OrganizationUrn.FromId(7);
        var contract = ContractUrn.FromId(8);

        EmulatedCustomer acme = await h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", OrganizationUrn = organization, ContractUrns = [contract] });
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await h.Emulator.EnableIntegrationsAsync("acme", AccessLevel.Contract, contract);
        EmulatedCustomer enabled = h.Emulator.GetCustomer("acme");

        Assert.Multiple(() =>
        {
            Assert.That(acme.OrganizationUrn, Is.EqualTo(organization));
            Assert.That(acme.ContractUrns, Is.EqualTo(new[] { contract }));
            Assert.That(acme.Integrations.Select(i => (i.Type, i.IntegrationContext, i.Status)), Is.EquivalentTo(new (IntegrationType, string, IntegrationStatus?)[]
            {
                (IntegrationType.InAtsIndicator, "urn:li:organization:7", IntegrationStatus.Enabled),
                (IntegrationType.OneClickExport, "urn:li:organization:7", IntegrationStatus.Enabled),
                (IntegrationType.ProfilePlugin, "urn:li:organization:7", IntegrationStatus.Enabled),
                (IntegrationType.CsaApi, "urn:li:contract:8", IntegrationStatus.Requested),
            }));
            Integration csa = enabled.Integrations.Single(i => i.Type == IntegrationType.CsaApi);
            Assert.That(csa.Status, Is.EqualTo(IntegrationStatus.Enabled));
            Assert.That(csa.LastModifiedAt, Is.EqualTo(h.Time.GetUtcNow()));
            Assert.That(enabled.AccessLevel, Is.EqualTo(AccessLevel.Contract));
        });
    }

    [Test]
    public async Task SeatState_RoundTripsThroughTheControlApi()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        EmulatedCustomer acme = await h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", ContractUrns = [ContractUrn.FromId(8)] });

        var parked = await h.SendAsync(HttpMethod.Post, "/_emulator/seats", null, """{"contract":"urn:li:contract:8","member":"urn:li:person:p1","firstName":"P","lastName":"One","state":"PARKED","seatId":42}""");
        EmulatedSeat invited = await h.Emulator.AddSeatAsync(acme.ContractUrns[0], PersonUrn.FromId("p2"), "P", "Two", EmulatedSeatState.Invited);

        Assert.Multiple(() =>
        {
            Assert.That(parked.Status, Is.EqualTo(HttpStatusCode.Created), parked.Body?.ToJsonString());
            Assert.That(parked.Body!["seat"]!.GetValue<string>(), Is.EqualTo("urn:li:seat:42"));
            Assert.That(parked.Body["state"]!.GetValue<string>(), Is.EqualTo("PARKED"));
            Assert.That(invited.State, Is.EqualTo(EmulatedSeatState.Invited));
            Assert.That(invited.ContractUrn, Is.EqualTo(ContractUrn.FromId(8)));
            Assert.That(invited.MemberUrn, Is.EqualTo(PersonUrn.FromId("p2")));
        });
    }

    [TestCase("""{"contract":"urn:li:contract:8","member":"person-p1","firstName":"P","lastName":"One"}""", "member")]
    [TestCase("""{"contract":"contract-8","member":"urn:li:person:p1","firstName":"P","lastName":"One"}""", "contract")]
    [TestCase("""{"contract":"urn:li:contract:8","member":"urn:li:person:p1","firstName":"P","lastName":"One","state":"GONE"}""", "PARKED")]
    [TestCase("""{"contract":"urn:li:contract:8","member":"urn:li:person:p1","firstName":"P","lastName":"One","seatId":0}""", "seatId")]
    public async Task MalformedValuesInAControlBody_AreRefusedNamingTheProperty(string body, string named)
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        await h.Emulator.AddCustomerAsync(new EmulatedCustomerSetup { Id = "acme", ContractUrns = [ContractUrn.FromId(8)] });

        var refused = await h.SendAsync(HttpMethod.Post, "/_emulator/seats", null, body);

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refused.Body!["message"]!.GetValue<string>(), Does.Contain(named));
    }
}
