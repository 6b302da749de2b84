using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Provisioning;
using LinkedInRsc.Sdk.Tests.Notifications;
using LinkedInRsc.Widgets;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Sdk.Tests.Docs;

/// <summary>
/// docs/matching-and-widget.md's code, run: each block is a <c>// snippet:</c> region here, shown word for word on the
/// page. The customer, its synced candidates and LinkedIn's members are set up around the regions, against the emulator.
/// </summary>
[TestFixture]
public sealed class MatchingAndWidgetDocsTests
{
    private PushScenario _s = null!;

    [SetUp]
    public async Task SetUp() => _s = await PushScenario.StartAsync();

    [TearDown]
    public async Task TearDown() => await _s.DisposeAsync();

    [Test]
    public async Task MatchingDocs_ReadLinkAndUnlink_ResolveAsThePageSays()
    {
        ICustomerClient acme = _s.Harness.Client;
        await acme.Candidates.UpsertAsync([AtsData.Candidate("C1") with { FirstName = "Ada", LastName = "Lovelace" }, AtsData.Candidate("C2") with { FirstName = "Nobody", LastName = "Known" }]);
        PersonUrn member = _s.Ada.PersonUrn;

        // snippet: matching-read
        IReadOnlyList<CandidateMatch> matches = await acme.Candidates.GetMatchesAsync(["C1", "C2"]);
        // end snippet
        Assert.That(matches.Select(m => (m.AtsCandidateId, m.Outcome)), Is.EqualTo(new[] { ("C1", MatchOutcome.PossibleMatches), ("C2", MatchOutcome.NoMatch) }));

        // snippet: matching-link
        await acme.Candidates.LinkAsync([new MemberLink("C1", member)]);   // $set of manualMatchedMember, by partial update
        await acme.Candidates.UnlinkAsync(["C1"]);                           // $delete of manualMatchedMember
        // end snippet
        CandidateMatch afterUnlink = (await acme.Candidates.GetMatchesAsync(["C1"]))[0];
        Assert.That((afterUnlink.Outcome, afterUnlink.ManualMatchedMember), Is.EqualTo((MatchOutcome.PossibleMatches, (PersonUrn?)null)));
    }

    [Test]
    public async Task WidgetDocs_RenderAndApplyACallback_LinksTheMember()
    {
        ICustomerClient acme = _s.Harness.Client;
        await acme.Candidates.UpsertAsync([AtsData.Candidate("C1") with { FirstName = "Ada", LastName = "Lovelace" }]);
        var provisioning = _s.Harness.Services.GetRequiredService<IProvisioningClient>();
        await provisioning.UpdateJsSdkDomainsAsync(acme.Customer.ApplicationUrn!, ["https://acme.ats.example"]);
        string acmeClientId = acme.Customer.Credentials!.ClientId;
        OrganizationUrn acmeOrganization = acme.Customer.Organization!.Value;

        // snippet: widget-render
        // Before rendering: LinkedIn loads the widget only on the customer application's JavaScript SDK domains.
        ProvisionedApplication app = (await provisioning.GetAsync("acme"))!;
        ProfileWidget.EnsureOriginAllowed("acme", new Uri("https://acme.ats.example"), app.JsSdkDomains);

        string html = ProfileWidget.RenderHtml(new ProfileWidgetSettings
        {
            ApiKey = acmeClientId,                       // the customer's child application client id
            AtsCandidateId = "C1",                       // a synced candidate
            IntegrationContext = acmeOrganization,
            OnLinkFunctionName = "onLinkedInLink",       // your page's functions
            OnUnlinkFunctionName = "onLinkedInUnlink",
            ConfirmUnlink = true,
        });
        // end snippet
        Assert.That(html, Does.Contain(acmeClientId).And.Contain("onLinkedInLink").And.Contain("C1"));
        Assert.Throws<WidgetDomainNotAllowedException>(() => ProfileWidget.EnsureOriginAllowed("acme", new Uri("https://other.example"), app.JsSdkDomains));

        string json = $$"""{"action":"link","member":"{{_s.Ada.PersonUrn}}","atsCandidateId":"C1"}""";

        // snippet: widget-callback
        // {"action":"link","member":"urn:li:person:…","atsCandidateId":"C1"}  (or "unlink")
        ProfileWidgetCallback callback = ProfileWidget.ParseCallback(json);
        // record it on your own candidate first, then on LinkedIn:
        EntityResult<string> outcome = await ProfileWidget.ApplyCallbackAsync(acme.Candidates, "C1", callback);
        // end snippet
        CandidateMatch linked = (await acme.Candidates.GetMatchesAsync(["C1"]))[0];
        Assert.Multiple(() =>
        {
            Assert.That(outcome.IsSuccess, Is.True, outcome.ToString());
            Assert.That((linked.Outcome, linked.ManualMatchedMember), Is.EqualTo((MatchOutcome.ExactMatch, (PersonUrn?)_s.Ada.PersonUrn)));
        });
    }
}
