using LinkedInRsc.Candidates;
using LinkedInRsc.Clients;
using LinkedInRsc.RestLi;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Sdk.Tests.Clients;

/// <summary>
/// A record is validated once: the capability client skips the rules for records the sync engine handed over as
/// validated, and validates everything else (a host's direct call).
/// </summary>
[TestFixture]
public sealed class ValidateOnceTests
{
    private static readonly AtsCandidateNote Broken = new() { AtsCandidateId = "C1", NoteId = "" };

    [Test]
    public void ValidateEach_PlainList_ChecksEveryRecord()
    {
        var errors = Probe.Validate([Broken]);

        Assert.That(errors[0].Select(e => e.Field), Does.Contain("noteId"));
    }

    [Test]
    public void ValidateEach_ValidatedBatch_DoesNotCheckAgain()
    {
        var validate = 0;
        var errors = Probe.Validate(new ValidatedBatch<AtsCandidateNote>([Broken, Broken]), n =>
        {
            validate++;
            return EntityValidator.Validate(n);
        });

        Assert.Multiple(() =>
        {
            Assert.That(validate, Is.Zero);
            Assert.That(errors, Has.Count.EqualTo(2));
            Assert.That(errors.All(e => e.Count == 0), Is.True);
        });
    }

    private sealed class Probe : SyncResourceClient
    {
        private Probe()
            : base(null!, null!)
        {
        }

        public static IReadOnlyList<IReadOnlyList<ValidationError>> Validate(IReadOnlyList<AtsCandidateNote> items, Func<AtsCandidateNote, IReadOnlyList<ValidationError>>? validate = null) =>
            ValidateEach(items, validate ?? EntityValidator.Validate);
    }
}
