using LinkedInRsc.Testing.Resources.ConversationEvents;

namespace LinkedInRsc.Testing;

/// <content>InMail conversations between a recruiter's seat and a member.</content>
public static partial class EmulatorRecruiterActions
{
    /// <summary>A recruiter sends an InMail to a member: a new thread appears in the seat's conversation events.</summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="seatUrn">The sending seat.</param>
    /// <param name="memberUrn">The recipient.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="body">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The message.</returns>
    /// <exception cref="InvalidOperationException">The seat or member is unknown.</exception>
    public static Task<EmulatedInMail> SendInMailAsync(this LinkedInRscEmulator emulator, SeatUrn seatUrn, PersonUrn memberUrn, string subject, string body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() =>
            emulator.Services.Stores.Get<ConversationEventStore>().SendInMail(seatUrn.ToString(), memberUrn.ToString(), subject, body).ToPublic(mailStubCreated: false));
    }

    /// <summary>
    /// The member replies to an InMail; when <paramref name="shareContactDetails"/> is true a mail stub (stub profile
    /// with contact details) becomes retrievable through <c>mailStubs</c>.
    /// </summary>
    /// <param name="emulator">The emulator.</param>
    /// <param name="threadUrn">The thread to reply in.</param>
    /// <param name="body">The reply's text.</param>
    /// <param name="shareContactDetails">Whether the member agrees to share contact details.</param>
    /// <param name="emailAddress">The shared e-mail address; defaults to the member's first one.</param>
    /// <param name="phoneNumber">The shared phone number, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The reply.</returns>
    /// <exception cref="InvalidOperationException">The thread is unknown.</exception>
    public static Task<EmulatedInMail> ReplyToInMailAsync(this LinkedInRscEmulator emulator, string threadUrn, string body, bool shareContactDetails = false, string? emailAddress = null, string? phoneNumber = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        cancellationToken.ThrowIfCancellationRequested();
        return LinkedInRscEmulator.ScriptAsync(() =>
        {
            var (reply, stub) = emulator.Services.Stores.Get<ConversationEventStore>().Reply(threadUrn, body, shareContactDetails, emailAddress, phoneNumber);
            return reply.ToPublic(mailStubCreated: stub is not null);
        });
    }
}
