using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;

namespace LinkedInRsc.Sdk.Tests.Onboarding;

[TestFixture]
public sealed class CustomerStatusDeriverTests
{
    private static readonly Customer Connected = new()
    {
        CustomerId = "acme",
        Organization = OrganizationUrn.FromId(1),
        Contracts = [new RecruiterContract(ContractUrn.FromId(9), AccessLevel.None)],
    };

    private static Integration Org(IntegrationType type, IntegrationStatus status, string? name = "n") =>
        new() { Type = type, IntegrationContext = "urn:li:organization:1", Status = status, Name = name };

    private static Integration Csa(IntegrationStatus status, string contract = "urn:li:contract:9") =>
        new() { Type = IntegrationType.CsaApi, IntegrationContext = contract, Status = status, Name = "n" };

    [Test]
    public void Derive_WalksTheLifecycle()
    {
        Integration[] requested = [Org(IntegrationType.OneClickExport, IntegrationStatus.Requested, name: null), Csa(IntegrationStatus.Requested)];
        Integration[] named = [Org(IntegrationType.OneClickExport, IntegrationStatus.Requested), Csa(IntegrationStatus.Requested)];
        Integration[] company = [Org(IntegrationType.OneClickExport, IntegrationStatus.Enabled), Csa(IntegrationStatus.Requested)];
        Integration[] contract = [Org(IntegrationType.OneClickExport, IntegrationStatus.Enabled), Csa(IntegrationStatus.Enabled)];
        Integration[] disabled = [Org(IntegrationType.OneClickExport, IntegrationStatus.Disabled), Csa(IntegrationStatus.Disabled)];

        Assert.Multiple(() =>
        {
            Assert.That(CustomerStatusDeriver.Derive(new Customer { CustomerId = "x" }, [], false).State, Is.EqualTo(OnboardingState.NotConnected));
            Assert.That(CustomerStatusDeriver.Derive(Connected, requested, true).State, Is.EqualTo(OnboardingState.Requested));
            Assert.That(CustomerStatusDeriver.Derive(Connected, named, false).State, Is.EqualTo(OnboardingState.Requested));
            Assert.That(CustomerStatusDeriver.Derive(Connected, named, true).State, Is.EqualTo(OnboardingState.PartnerReady));
            Assert.That(CustomerStatusDeriver.Derive(Connected, company, true).AccessLevel, Is.EqualTo(AccessLevel.Company));
            Assert.That(CustomerStatusDeriver.Derive(Connected, company, true).State, Is.EqualTo(OnboardingState.Enabled));
            Assert.That(CustomerStatusDeriver.Derive(Connected, contract, true).AccessLevel, Is.EqualTo(AccessLevel.Contract));
            Assert.That(CustomerStatusDeriver.Derive(Connected, contract, true).EnabledContracts, Is.EqualTo(new[] { ContractUrn.FromId(9) }));
            Assert.That(CustomerStatusDeriver.Derive(Connected, disabled, true).State, Is.EqualTo(OnboardingState.Disabled));
            Assert.That(CustomerStatusDeriver.Derive(Connected, disabled, true).Features, Is.EqualTo(Features.None));
        });
    }

    [Test]
    public void Derive_IgnoresIntegrationsOfAnotherOrganizationOrContract()
    {
        Integration[] foreign =
        [
            new() { Type = IntegrationType.InAtsIndicator, IntegrationContext = "urn:li:organization:2", Status = IntegrationStatus.Enabled },
            Csa(IntegrationStatus.Enabled, "urn:li:contract:10"),
        ];

        CustomerStatus status = CustomerStatusDeriver.Derive(Connected, foreign, true);

        Assert.That(status.AccessLevel, Is.EqualTo(AccessLevel.None));
    }
}
