using System.Text;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using LinkedInRsc.Testing;
using LinkedInRsc.Widgets;
using static LinkedInRsc.Samples.AtsWeb.Pages.Html;

namespace LinkedInRsc.Samples.AtsWeb.Pages;

/// <summary>
/// Candidates: the list, and a candidate's page with LinkedIn's profile widget (link / unlink) and the InMail and notes
/// history from LinkedIn Recruiter, the InMail part as the chosen ATS user may see it.
/// </summary>
public static class CandidatePages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/customers/{customerId}/candidates", ListAsync);
        app.MapGet("/customers/{customerId}/candidates/{candidateId}", ShowAsync);
        app.MapPost("/customers/{customerId}/candidates/{candidateId}/profile-widget", RecordWidgetAsync);
        app.MapPost("/customers/{customerId}/candidates/{candidateId}/linkedin/activity", LinkedInActivityAsync);
        app.MapPost("/customers/{customerId}/recruiter-activity/poll", PollAsync);
    }

    private static async Task<IResult> ListAsync(string customerId, AtsStore store, CancellationToken cancellationToken)
    {
        string c = Uri.EscapeDataString(customerId);
        var rows = new StringBuilder();
        foreach (AtsWebCandidate candidate in await store.ListCandidatesAsync(customerId, cancellationToken))
        {
            rows.Append($"<tr><td><a href=\"/customers/{c}/candidates/{Uri.EscapeDataString(candidate.Id)}\">{E(candidate.Name)}</a></td>")
                .Append($"<td>{E(candidate.Source)}</td><td>{E(candidate.Member?.ToString() ?? "not linked")}</td></tr>");
        }

        return Page("Candidates", $"<table><tr><th>Name</th><th>Source</th><th>LinkedIn member</th></tr>{rows}</table>", customerId);
    }

    private static async Task<IResult> ShowAsync(string customerId, string candidateId, string? viewer, AtsStore store, ICustomerDirectory directory, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        AtsWebCandidate? candidate = await store.FindCandidateAsync(customerId, candidateId, cancellationToken);
        Customer? customer = await directory.FindAsync(customerId, cancellationToken);
        if (candidate is null || customer is null)
        {
            return Results.NotFound($"No candidate '{candidateId}' for customer '{customerId}'.");
        }

        IReadOnlyList<AtsUser> users = await store.ListUsersAsync(customerId, cancellationToken);
        AtsUser? user = users.FirstOrDefault(u => u.Seat.ToString() == viewer) ?? users.FirstOrDefault();
        string c = Uri.EscapeDataString(customerId);
        string self = $"/customers/{c}/candidates/{Uri.EscapeDataString(candidateId)}";
        var body = new StringBuilder();
        body.Append($"""
            <table>
            <tr><th>Source</th><td>{E(candidate.Source)}</td></tr>
            <tr><th>Headline</th><td>{E(candidate.Headline)}</td></tr>
            <tr><th>LinkedIn member (ATS record)</th><td id="member">{E(candidate.Member?.ToString() ?? "not linked")}</td></tr>
            </table>
            """);
        body.Append($"<form method=\"get\" action=\"{self}\"><label>Viewing as <select name=\"viewer\" onchange=\"this.form.submit()\">")
            .Append(string.Concat(users.Select(u => $"<option value=\"{E(u.Seat.ToString())}\"{(u == user ? " selected" : string.Empty)}>{E(u.Name)}</option>")))
            .Append("</select></label></form>");

        if (customer is { Credentials: { } credentials, Organization: { } organization } && customer.Features.HasFlag(Features.ProfileWidget))
        {
            body.Append("<h2>LinkedIn profile</h2>")
                .Append(ProfileWidget.RenderHtml(new ProfileWidgetSettings
                {
                    ApiKey = credentials.ClientId,
                    AtsCandidateId = candidate.Id,
                    IntegrationContext = organization,
                    LoaderScript = linkedIn.Emulator.GetWidgetLoaderScriptUri(),
                }))
                .Append(PostJsonFunction("onLinkedInLink", self + "/profile-widget"))
                .Append(PostJsonFunction("onLinkedInUnlink", self + "/profile-widget"));
        }

        if (candidate.Member is { } member)
        {
            await AppendHistoryAsync(body, customerId, member, user, users, store, cancellationToken);
            if (users.Count > 0)
            {
                string recruiterOptions = string.Concat(users.Select(u => $"<option value=\"{E(u.Seat.ToString())}\">{E(u.Name)}</option>"));
                body.Append(LinkedInSide($"""
                    <form method="post" action="{self}/linkedin/activity"><input type="hidden" name="kind" value="inmail">
                    <label>Recruiter <select name="seat">{recruiterOptions}</select></label> <label>InMail <input name="text" value="Would you like to talk about a role?"></label>
                    <button type="submit" id="send-inmail">Send InMail</button></form>
                    <form method="post" action="{self}/linkedin/activity"><input type="hidden" name="kind" value="note">
                    <label>Recruiter <select name="seat">{recruiterOptions}</select></label> <label>Note <input name="text" value="Strong systems background."></label>
                    <button type="submit" id="write-note">Write a Recruiter note</button></form>
                    {LinkedInNotePages.Forms(self, await store.ListNotesAsync(customerId, member, cancellationToken))}
                    <form method="post" action="{self}/linkedin/close-profile"><button type="submit" id="close-profile">The member closes their LinkedIn profile</button></form>
                    """));
            }
        }

        body.Append($"<form method=\"post\" action=\"/customers/{c}/purged-check\"><button type=\"submit\" id=\"purged-check\">Run the purged-profiles check now</button></form>");
        return Page(candidate.Name, body.ToString(), customerId);
    }

    private static async Task AppendHistoryAsync(StringBuilder body, string customerId, PersonUrn member, AtsUser? user, IReadOnlyList<AtsUser> users, AtsStore store, CancellationToken cancellationToken)
    {
        string Name(SeatUrn? seat) => users.FirstOrDefault(u => u.Seat == seat)?.Name ?? seat?.ToString() ?? "unknown";
        InMailHistory history = InMailHistory.For(member, user?.Seat, await store.ListInMailsAsync(customerId, member, cancellationToken));
        body.Append($"<h2>InMail history</h2><form method=\"post\" action=\"/customers/{Uri.EscapeDataString(customerId)}/recruiter-activity/poll\"><button type=\"submit\" id=\"poll\">Fetch InMail and notes from LinkedIn now</button></form>");
        body.Append("<ul id=\"own-inmails\">");
        foreach (ConversationEvent e in history.OwnMessages)
        {
            string from = e.Direction == InMailDirection.FromMember ? "candidate" : Name(e.Viewer);
            body.Append($"<li>{Time(e.CreatedAt)} — {E(from)}: <strong>{E(e.Content?.Subject)}</strong> {E(e.Content?.Body)}</li>");
        }

        body.Append("</ul><ul id=\"other-inmails\">");
        foreach (InMailExchange x in history.OtherRecruiters)
        {
            body.Append($"<li>{E(Name(x.Seat))} exchanged InMail with this candidate ({x.Threads} thread(s), last {Time(x.LastExchangedAt)}); the messages are theirs.</li>");
        }

        body.Append("</ul><h2>Recruiter notes</h2><ul id=\"notes\">");
        foreach (AtsNote note in await store.ListNotesAsync(customerId, member, cancellationToken))
        {
            body.Append($"<li>{Time(note.LastModifiedAt)} — {E(Name(note.Owner))}: {E(note.Text)}</li>");
        }

        body.Append("</ul>");
    }

    private static async Task<IResult> RecordWidgetAsync(string customerId, string candidateId, HttpContext context, AtsStore store, ICustomerClientFactory clients, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(context.Request.Body);
        ProfileWidgetCallback callback;
        try
        {
            callback = ProfileWidget.ParseCallback(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (FormatException ex)
        {
            return Results.BadRequest(ex.Message);
        }

        // The ATS's own record first (so a later sync carries the link), then LinkedIn.
        if (!await store.SetCandidateMemberAsync(customerId, candidateId, callback.Action == ProfileWidgetAction.Link ? callback.Member : null, cancellationToken))
        {
            return Results.NotFound($"No candidate '{candidateId}'.");
        }

        ICustomerClient client = await clients.ForCustomerAsync(customerId, cancellationToken);
        EntityResult<string> outcome = await ProfileWidget.ApplyCallbackAsync(client.Candidates, candidateId, callback, cancellationToken);
        return outcome.Outcome == EntityOutcome.Succeeded
            ? Results.Ok(new { candidateId, action = callback.Action.ToString() })
            : Results.Problem($"LinkedIn refused the {callback.Action} of candidate '{candidateId}': {outcome.Message}");
    }

    private static async Task<IResult> LinkedInActivityAsync(string customerId, string candidateId, HttpContext context, AtsStore store, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        AtsWebCandidate? candidate = await store.FindCandidateAsync(customerId, candidateId, cancellationToken);
        if (candidate?.Member is not { } member || !SeatUrn.TryParse(form["seat"].ToString(), out SeatUrn seat))
        {
            return Results.BadRequest("A linked candidate and a recruiter's seat are needed.");
        }

        string text = form["text"].ToString();
        if (form["kind"] == "note")
        {
            await linkedIn.WriteNoteAsync(seat, member, text, cancellationToken);
        }
        else
        {
            await linkedIn.SendInMailAsync(seat, member, "Hello " + candidate.FirstName, text, cancellationToken);
        }

        return Results.Redirect($"/customers/{Uri.EscapeDataString(customerId)}/candidates/{Uri.EscapeDataString(candidateId)}?viewer={Uri.EscapeDataString(seat.ToString())}");
    }

    private static async Task<IResult> PollAsync(string customerId, HttpContext context, RecruiterActivityPoller poller, CancellationToken cancellationToken)
    {
        await poller.PollAsync(customerId, cancellationToken: cancellationToken);
        string back = context.Request.Headers.Referer.ToString();
        return Results.Redirect(Uri.TryCreate(back, UriKind.Absolute, out Uri? referer) ? referer.PathAndQuery : $"/customers/{Uri.EscapeDataString(customerId)}/candidates");
    }
}
