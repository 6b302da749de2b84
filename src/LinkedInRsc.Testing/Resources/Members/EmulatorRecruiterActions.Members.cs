using LinkedInRsc.Testing.Resources;
using LinkedInRsc.Testing.Resources.Members;

namespace LinkedInRsc.Testing;

/// <content>Members: the LinkedIn members synced candidates match, recruiters export and InMail.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>Adds a LinkedIn member (for matching, exports, InMails and notes).</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="setup">The member's names, e-mail addresses and profile.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member's URN and profile URL.</returns>
    /// <exception cref="ArgumentException">A name is missing or an e-mail address is not of the form X@X.X.</exception>
    /// <exception cref="InvalidOperationException">A member with that person URN exists.</exception>
    public static Task<EmulatedMember> AddMemberAsync(this LinkedInRscEmulator emulator, EmulatedMemberSetup setup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentException.ThrowIfNullOrWhiteSpace(setup.FirstName, nameof(setup));
        ArgumentException.ThrowIfNullOrWhiteSpace(setup.LastName, nameof(setup));
        cancellationToken.ThrowIfCancellationRequested();
        if (setup.EmailAddresses.Any(e => !EntityRules.IsEmail(e)))
        {
            throw new ArgumentException("Every e-mail address must have the form X@X.X.", nameof(setup));
        }

        var members = emulator.Services.Stores.Get<MemberDirectory>();
        var urn = setup.PersonUrn ?? PersonUrn.FromId(members.NextPersonId());
        var id = urn.Id;
        var record = new MemberRecord(
            urn.ToString(),
            setup.FirstName,
            setup.LastName,
            setup.EmailAddresses,
            $"https://www.linkedin.com/in/{id}",
            setup.Headline,
            setup.Location,
            setup.CurrentEmployerNames);
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            members.Add(record);
            return new EmulatedMember(urn, new Uri(record.ProfileUrl));
        });
    }
}
