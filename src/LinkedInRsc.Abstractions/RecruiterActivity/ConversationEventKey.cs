namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// What identifies one InMail message: its thread, its id and when it was created. LinkedIn's message ids are not
/// unique on their own (two messages of one thread have been seen to share one), so store and de-duplicate by all three.
/// </summary>
/// <param name="ThreadUrn">The conversation thread.</param>
/// <param name="Id">The message id.</param>
/// <param name="CreatedAt">When the message was created.</param>
public readonly record struct ConversationEventKey(string ThreadUrn, string Id, DateTimeOffset CreatedAt);
