using LinkedInRsc.Candidates;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static LinkedInRsc.Tests.Support.AtsData;

namespace LinkedInRsc.Sdk.Tests.Wire;

/// <summary>
/// The per-resource wire map against the emulator: one record behind both surfaces, member links, a resource switched by
/// configuration, LinkedIn's 426 for a version it does not serve, and the start-up checks of the per-resource settings.
/// </summary>
[TestFixture]
public sealed class VersionedApiTests
{
    private EmulatorHarness? _h;

    [TearDown]
    public async Task TearDown()
    {
        if (_h is not null)
        {
            await _h.DisposeAsync();
        }
    }

    [Test]
    public async Task LinkAsync_OnVersionedApi_GoesToV2OnTheRecordWrittenThroughRest()
    {
        _h = await EmulatorHarness.StartWithSdkAsync(api: ApiMode.Versioned);
        await _h.AddSdkCustomerAsync();
        EmulatedMember ada = await _h.Emulator.AddMemberAsync(new EmulatedMemberSetup { FirstName = "Ada", LastName = "Lovelace" });

        BatchResult<string> upsert = await _h.Client.Candidates.UpsertAsync([Candidate("C1")]);
        BatchResult<string> link = await _h.Client.Candidates.LinkAsync([new MemberLink("C1", ada.PersonUrn)]);
        IReadOnlyList<CandidateMatch> matches = await _h.Client.Candidates.GetMatchesAsync(["C1"]);

        EmulatorJournalEntry linked = _h.Emulator.Journal.Entries.Single(e => e.RestLiMethod == RestLiMethod.BatchPartialUpdate);
        Assert.Multiple(() =>
        {
            Assert.That(upsert.IsSuccess && link.IsSuccess, Is.True, string.Join("; ", upsert.GetFailures().Concat(link.GetFailures()).Select(f => f.Message)));
            Assert.That(_h.Emulator.Journal.For("/rest/candidates").Select(e => e.RestLiMethod), Is.EquivalentTo(new RestLiMethod?[] { RestLiMethod.BatchUpdate, RestLiMethod.BatchGet }));
            Assert.That(linked.Path, Is.EqualTo("/v2/atsCandidates"), "rest/candidates has no partial update: the link goes to the /v2 twin");
            Assert.That(matches.Single().ManualMatchedMember, Is.EqualTo(ada.PersonUrn), "read through /rest, the record carries the link set through /v2");
            Assert.That(_h.Synced.Candidates.Single().ManualMatchedMemberUrn, Is.EqualTo(ada.PersonUrn));
        });
    }

    [Test]
    public async Task UpsertNotesAsync_InferredResourceSwitchedByConfiguration_GoesToRestWithTheFlattenedKey()
    {
        _h = await EmulatorHarness.StartWithSdkAsync(api: ApiMode.Versioned, sdk: o => o.Resources["candidateNotes"] = new ResourceApiOptions { Api = ApiFlavor.Versioned });
        await _h.AddSdkCustomerAsync();
        await _h.Client.Candidates.UpsertAsync([Candidate("C1")]);

        BatchResult<AtsChildKey> notes = await _h.Client.Candidates.UpsertNotesAsync([new AtsCandidateNote { AtsCandidateId = "C1", NoteId = "N1", AtsCreatedAt = T0, Note = "Strong on Rust" }]);

        EmulatorJournalEntry sent = _h.Emulator.Journal.For("/rest/candidateNotes").Single();
        Assert.Multiple(() =>
        {
            Assert.That(notes.IsSuccess, Is.True, string.Join("; ", notes.GetFailures().Select(f => f.Message)));
            Assert.That(sent.Query["ids"].AsList().Single().Fields.Select(f => (f.Key, f.Value.AsString())), Is.EquivalentTo(new[]
            {
                ("externalCandidateId", "C1"), ("integrationContext", _h.Organization.ToString()), ("externalNoteId", "N1"),
            }));
            Assert.That(_h.Synced.Candidates.Single().NoteCount, Is.EqualTo(1), "the note is on the candidate /v2 sees");
        });
    }

    [TestCase("202401", true, TestName = "UpsertAsync_VersionLinkedInDoesNotKnow_ThrowsApiVersionNotActiveExceptionNamingIt")]
    [TestCase(ApiModes.Version, false, TestName = "UpsertAsync_VersionLinkedInRetired_ThrowsApiVersionNotActiveExceptionNamingIt")]
    public async Task UpsertAsync_InactiveVersion_ThrowsApiVersionNotActiveException(string version, bool unknown)
    {
        _h = await EmulatorHarness.StartWithSdkAsync(
            emulator: o =>
            {
                if (!unknown)
                {
                    o.ActiveApiVersions.Remove(version);
                }
            },
            api: ApiMode.Versioned,
            sdk: o => o.LinkedInVersion = version);
        await _h.AddSdkCustomerAsync();

        var ex = Assert.ThrowsAsync<ApiVersionNotActiveException>(async () => await _h.Client.Candidates.UpsertAsync([Candidate("C1")]));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Version, Is.EqualTo(version));
            Assert.That(ex.Message, Does.Contain(version).And.Contain("LinkedInRsc:LinkedInVersion"));
            Assert.That((int?)ex.StatusCode, Is.EqualTo(426));
            Assert.That(ex.ErrorCode, Is.EqualTo("NONEXISTENT_VERSION"));
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(_h.Synced.Candidates, Is.Empty);
        });
    }

    [TestCase("Resources:widgets:Api", "Versioned", "LinkedInRsc:Resources:widgets is not a resource the SDK calls")]
    [TestCase("Resources:seats:Api", "Versioned", "LinkedInRsc:Resources:seats:Path is required")]
    [TestCase("Resources:candidates:KeyFields:candidateId", "externalId", "LinkedInRsc:Resources:candidates:KeyFields:candidateId is not a key part of candidates")]
    [TestCase("Resources:candidates:LinkedInVersion", "2026-02", "LinkedInRsc:Resources:candidates:LinkedInVersion must look like YYYYMM")]
    [TestCase("Resources:candidates:Path", "/rest/candidates", "LinkedInRsc:Resources:candidates:Path must be a path relative to rest/")]
    [TestCase("Resources:candidates:ChildKeyField", "x", "LinkedInRsc:Resources:candidates:ChildKeyField only applies to a /v2 sub-resource")]
    public void StartupValidation_BadResourceSetting_FailsNamingTheSetting(string key, string value, string expected)
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(new ConfigurationBuilder()
            .AddInMemoryCollection([new("LinkedInRsc:" + key, value), new("LinkedInRsc:ApiFlavor", "Versioned"), new("LinkedInRsc:LinkedInVersion", ApiModes.Version)])
            .Build()
            .GetSection("LinkedInRsc"));
        using ServiceProvider provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain(expected));
    }

    [Test]
    public void StartupValidation_ResourceOnRestWithoutAnyVersion_FailsNamingTheSetting()
    {
        var services = new ServiceCollection();
        services.AddLinkedInRsc(o => o.Resources["candidates"] = new ResourceApiOptions { Api = ApiFlavor.Versioned });
        using ServiceProvider provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(ex!.Message, Does.Contain("LinkedInRsc:Resources:candidates:LinkedInVersion (or LinkedInRsc:LinkedInVersion) is required"));
    }
}
