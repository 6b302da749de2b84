using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;
using LinkedInRsc.Testing.Resources.Acls;
using LinkedInRsc.Testing.Tests.Core;

namespace LinkedInRsc.Testing.Tests.Resources;

/// <summary>Only a recruiter or hiring manager of a job (an ACL assignee of it), or anyone with ALL_PRODUCT_USERS viewers, may export to it.</summary>
public sealed class ExportAccessRuleTests
{
    private EmulatorHarness _h = null!;
    private EmulatedCustomer _acme = null!;
    private EmulatedMember _member = null!;
    private EmulatedSeat _seat = null!;

    [SetUp]
    public async Task SetUp()
    {
        _h = await EmulatorHarness.StartAsync(FrontEnd.InMemory);
        _acme = await _h.Emulator.AddCustomerAsync("acme", AccessLevel.Company);
        _h.Emulator.SetJobPostingProcessingTime(TimeSpan.Zero);
        var token = await _h.TokenAsync(_acme.Credentials);
        foreach (var id in new[] { "JOB-1", "JOB-2" })
        {
            var job = JobPostingStoreTests.Job(id);
            job["integrationContext"] = _acme.OrganizationUrn.ToString();
            await _h.SendAsync(HttpMethod.Post, "v2/simpleJobPostings", token, new JsonObject { ["elements"] = new JsonArray(job) }.ToJsonString(), "batch_create");
        }

        _member = await _h.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });
        _seat = await _h.Emulator.AddSeatAsync(_acme.ContractUrns[0], PersonUrn.Parse("urn:li:person:recruiter1"), "Rae", "Cruiter");
    }

    [TearDown]
    public async Task TearDown() => await _h.DisposeAsync();

    /// <summary>Puts a member in an ACL group of a job, as an ATS that syncs ACLs does for the job's hiring team.</summary>
    internal static void AssignToJob(LinkedInRscEmulator emulator, OrganizationUrn organization, string jobId, PersonUrn member)
    {
        var acls = emulator.Services.Stores.Get<AclStore>();
        string group = "TEAM-" + jobId;
        Assert.That(acls.UpsertAcl(new AclKey(group, "ATS", organization.ToString(), jobId, "JOB_POSTING"), new JsonObject()).Status, Is.EqualTo(204));
        Assert.That(acls.UpsertAssignee(new AclAssigneeKey(group, organization.ToString(), "ATS", member.ToString(), "JOB_POSTING"), new JsonObject()).Status, Is.EqualTo(204));
    }

    [Test]
    public void ExportCandidate_SeatOnNoAclOfTheJobAndNoViewers_IsRefusedNamingTheSeatAndJob()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => _h.Emulator.ExportCandidateAsync("acme", _member.PersonUrn, "JOB-1", _seat.SeatUrn));

        Assert.That(error!.Message, Does.Contain(_seat.SeatUrn.ToString()).And.Contain("JOB-1").And.Contain("recruiter or hiring manager"));
        Assert.That(_h.Emulator.Pushes.All, Is.Empty, "a refused export sends no push");
    }

    [Test]
    public async Task ExportCandidate_SeatAssignedToAnotherJobOnly_IsRefusedForThisJobAndAllowedForThatOne()
    {
        AssignToJob(_h.Emulator, _acme.OrganizationUrn!.Value, "JOB-2", _seat.MemberUrn);

        Assert.ThrowsAsync<InvalidOperationException>(() => _h.Emulator.ExportCandidateAsync("acme", _member.PersonUrn, "JOB-1", _seat.SeatUrn));
        var export = await _h.Emulator.ExportCandidateAsync("acme", _member.PersonUrn, "JOB-2", _seat.SeatUrn);

        Assert.That(export.ExternalJobPostingId, Is.EqualTo("JOB-2"));
    }

    [Test]
    public async Task ExportCandidate_AllProductUsersViewers_LetsAnySeatExport()
    {
        lock (_h.Emulator.Services.State.Sync)
        {
            var customer = _h.Emulator.Services.State.CustomersByForeignId["acme"];
            customer.Integrations[IntegrationKey.Rsc(_acme.OrganizationUrn!.Value.ToString(), IntegrationTypes.OneClickExport)]
                .Configurations[IntegrationConfigurationKeys.JobPostingViewers] = IntegrationConfigurationKeys.AllProductUsers;
        }

        var export = await _h.Emulator.ExportCandidateAsync("acme", _member.PersonUrn, "JOB-1", _seat.SeatUrn);

        Assert.That(_h.Emulator.Pushes.All.Single().RequestId, Is.EqualTo(export.RequestId));
    }
}
