using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.Ats;
using LinkedInRsc.Testing;

namespace LinkedInRsc.Samples.Console.Flows;

/// <summary>
/// InMail history with LinkedIn's visibility rule: a recruiter sees their own InMail with a candidate in full, and of
/// other recruiters only who wrote and when (<see cref="InMailHistory.For"/>). Rita and Sam both write to Grace; Grace
/// answers Rita.
/// </summary>
internal sealed class InMailHistoryFlow : ISampleFlow
{
    public string Title => "InMail history, as Rita and as Sam see it";

    public FlowNeeds Needs => FlowNeeds.ScriptedLinkedIn;

    public async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        (ILinkedInSide linkedIn, EmulatedSeat rita, EmulatedSeat sam, EmulatedMember grace, SampleAtsTenant ats) = GlobexRecruiters.From(context);

        context.Say.Say("[globex] In Recruiter, Rita InMails Grace, Grace answers; Sam InMails Grace too.");
        string toGrace = await linkedIn.SendInMailAsync(rita.SeatUrn, grace.PersonUrn, "A platform role", "Hi Grace, would you talk to us?", cancellationToken).ConfigureAwait(false);
        await linkedIn.ReplyToInMailAsync(toGrace, "Happy to, Rita.", shareContactDetails: false, emailAddress: null, cancellationToken).ConfigureAwait(false);
        await linkedIn.SendInMailAsync(sam.SeatUrn, grace.PersonUrn, "Compilers?", "Hi Grace, a compiler team is hiring.", cancellationToken).ConfigureAwait(false);
        await ActivityPoll.RunAsync(context, SampleCast.Globex, cancellationToken).ConfigureAwait(false);

        InMailHistory asRita = ats.InMailHistoryFor("rita", grace.PersonUrn);
        InMailHistory asSam = ats.InMailHistoryFor("sam", grace.PersonUrn);
        Show(context, "Rita", asRita);
        Show(context, "Sam", asSam);
        SampleCheckException.Expect(asRita.OwnMessages.Count == 2 && asRita.OtherRecruiters.Select(o => o.Seat).SequenceEqual([sam.SeatUrn]), "Rita should see her 2 messages in full and only that Sam wrote.");
        SampleCheckException.Expect(asSam.OwnMessages.Count == 1 && asSam.OtherRecruiters.Select(o => o.Seat).SequenceEqual([rita.SeatUrn]), "Sam should see his 1 message in full and only that Rita wrote.");
    }

    private static void Show(SampleContext context, string user, InMailHistory history)
    {
        context.Say.Say($"[globex] As {user}: {history.OwnMessages.Count} own message(s) in full ({string.Join(" / ", history.OwnMessages.Select(m => $"{m.Direction}: \"{m.Content?.Subject ?? m.Content?.Body}\""))}); "
            + $"others: {string.Join(", ", history.OtherRecruiters.Select(o => $"{o.Seat} wrote {o.Threads} thread(s), last {o.LastExchangedAt:u}"))}.");
    }
}
