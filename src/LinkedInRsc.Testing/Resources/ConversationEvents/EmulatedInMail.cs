namespace LinkedInRsc.Testing;

/// <summary>One InMail message (a recruiter's InMail or a member's reply).</summary>
/// <param name="ThreadUrn">The conversation thread, <c>urn:li:messagingThread:{id}</c>.</param>
/// <param name="MessageId">The message id (not unique on its own, as on LinkedIn).</param>
/// <param name="AuthorUrn">A seat URN for the recruiter, a person URN for the member.</param>
/// <param name="CreatedAt">When it was sent, on the emulator's clock.</param>
/// <param name="MailStubCreated">True when the member shared contact details, so a mail stub became retrievable.</param>
public sealed record EmulatedInMail(string ThreadUrn, string MessageId, string AuthorUrn, DateTimeOffset CreatedAt, bool MailStubCreated);
