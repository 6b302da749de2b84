using LinkedInRsc.Customers;
using LinkedInRsc.Integrations;

namespace LinkedInRsc.Sdk.Tests.Onboarding;

[TestFixture]
public sealed class RscStatusDeriverTests
{
    private static readonly RscCustomer Connected = new()
    {
        CustomerId = "acme",
        Organization = OrganizationUrn.FromId(1),
        Contracts = [new RscContract(ContractUrn.FromId(9), RscAccessLevel.None)],
    };

    private static RscIntegration Org(RscIntegrationType type, RscIntegrationStatus status, string? name = "n") =>
        new() { Type = type, IntegrationContext = "urn:li:organization:1", Status = status, Name = name };

    private static RscIntegration Csa(RscIntegrationStatus status, string contract = "urn:li:contract:9") =>
        new() { Type = RscIntegrationType.CsaApi, IntegrationContext = contract, Status = status, Name = "n" };

    [Test]
    public void Derive_WalksTheLifecycle()
    {
        RscIntegration[] requested = [Org(RscIntegrationType.OneClickExport, RscIntegrationStatus.Requested, name: null), Csa(RscIntegrationStatus.Requested)];
        RscIntegration[] named = [Org(RscIntegrationType.OneClickExport, RscIntegrationStatus.Requested), Csa(RscIntegrationStatus.Requested)];
        RscIntegration[] company = [Org(RscIntegrationType.OneClickExport, RscIntegrationStatus.Enabled), Csa(RscIntegrationStatus.Requested)];
        RscIntegration[] contract = [Org(RscIntegrationType.OneClickExport, RscIntegrationStatus.Enabled), Csa(RscIntegrationStatus.Enabled)];
        RscIntegration[] disabled = [Org(RscIntegrationType.OneClickExport, RscIntegrationStatus.Disabled), Csa(RscIntegrationStatus.Disabled)];

        Assert.Multiple(() =>
        {
            Assert.That(RscStatusDeriver.Derive(new RscCustomer { CustomerId = "x" }, [], false).State, Is.EqualTo(RscOnboardingState.NotConnected));
            Assert.That(RscStatusDeriver.Derive(Connected, requested, true).State, Is.EqualTo(RscOnboardingState.Requested));
            Assert.That(RscStatusDeriver.Derive(Connected, named, false).State, Is.EqualTo(RscOnboardingState.Requested));
            Assert.That(RscStatusDeriver.Derive(Connected, named, true).State, Is.EqualTo(RscOnboardingState.PartnerReady));
            Assert.That(RscStatusDeriver.Derive(Connected, company, true).AccessLevel, Is.EqualTo(RscAccessLevel.Company));
            Assert.That(RscStatusDeriver.Derive(Connected, company, true).State, Is.EqualTo(RscOnboardingState.Enabled));
            Assert.That(RscStatusDeriver.Derive(Connected, contract, true).AccessLevel, Is.EqualTo(RscAccessLevel.Contract));
            Assert.That(RscStatusDeriver.Derive(Connected, contract, true).EnabledContracts, Is.EqualTo(new[] { ContractUrn.FromId(9) }));
            Assert.That(RscStatusDeriver.Derive(Connected, disabled, true).State, Is.EqualTo(RscOnboardingState.Disabled));
            Assert.That(RscStatusDeriver.Derive(Connected, disabled, true).Features, Is.EqualTo(RscFeatures.None));
        });
    }

    [Test]
    public void Derive_IgnoresIntegrationsOfAnotherOrganizationOrContract()
    {
        RscIntegration[] foreign =
        [
            new() { Type = RscIntegrationType.InAtsIndicator, IntegrationContext = "urn:li:organization:2", Status = RscIntegrationStatus.Enabled },
            Csa(RscIntegrationStatus.Enabled, "urn:li:contract:10"),
        ];

        RscCustomerStatus status = RscStatusDeriver.Derive(Connected, foreign, true);

        Assert.That(status.AccessLevel, Is.EqualTo(RscAccessLevel.None));
    }
}
