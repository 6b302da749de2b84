using System.Text;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using static LinkedInRsc.Samples.AtsWeb.Pages.Html;

namespace LinkedInRsc.Samples.AtsWeb.Pages;

/// <summary>
/// The "LinkedIn" talent pool: members who answered a recruiter's InMail and shared their contact details (LinkedIn's
/// stub profiles), filed by the talent-pool handler when the poller runs. The LinkedIn panel plays such a member.
/// </summary>
public static class TalentPoolPages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/customers/{customerId}/talent-pool", ShowAsync);
        app.MapPost("/customers/{customerId}/linkedin/stub", ShareContactAsync);
    }

    private static async Task<IResult> ShowAsync(string customerId, AtsStore store, CancellationToken cancellationToken)
    {
        string c = Uri.EscapeDataString(customerId);
        var rows = new StringBuilder();
        foreach (AtsWebCandidate candidate in (await store.ListCandidatesAsync(customerId, cancellationToken)).Where(x => x.Source == SampleTalentPoolHandler.TalentPool))
        {
            rows.Append($"<tr><td><a href=\"/customers/{c}/candidates/{Uri.EscapeDataString(candidate.Id)}\">{E(candidate.Name)}</a></td>")
                .Append($"<td>{E(candidate.Email)}</td><td>{E(candidate.Member?.ToString())}</td><td>{Time(candidate.CreatedAt)}</td></tr>");
        }

        var body = new StringBuilder()
            .Append("<p>Members who answered an InMail and shared their contact details. Each is one candidate, however often they answer; the SDK syncs them to LinkedIn linked to the member.</p>")
            .Append($"<table id=\"talent-pool\"><tr><th>Name</th><th>E-mail</th><th>LinkedIn member</th><th>Filed</th></tr>{rows}</table>")
            .Append($"<form method=\"post\" action=\"/customers/{c}/recruiter-activity/poll\"><button type=\"submit\" id=\"poll\">Fetch InMail and notes from LinkedIn now</button></form>");
        IReadOnlyList<AtsUser> users = await store.ListUsersAsync(customerId, cancellationToken);
        if (users.Count > 0)
        {
            string recruiters = string.Concat(users.Select(u => $"<option value=\"{E(u.Seat.ToString())}\">{E(u.Name)}</option>"));
            body.Append(LinkedInSide($"""
                <form method="post" action="/customers/{c}/linkedin/stub">
                <label>Recruiter <select name="seat">{recruiters}</select></label> InMails a new member
                <label>First name <input name="firstName" value="Alan"></label> <label>Last name <input name="lastName" value="Turing"></label>,
                who answers and shares <label>the e-mail <input name="email" value="alan@bletchley.example"></label>
                <button type="submit" id="share-contact">Send InMail; the member shares their contact details</button></form>
                """));
        }

        return Page("LinkedIn talent pool", body.ToString(), customerId);
    }

    private static async Task<IResult> ShareContactAsync(string customerId, HttpContext context, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        string first = form["firstName"].ToString().Trim();
        string last = form["lastName"].ToString().Trim();
        string email = form["email"].ToString().Trim();
        if (!SeatUrn.TryParse(form["seat"].ToString(), out SeatUrn seat) || first.Length == 0 || last.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            return Results.BadRequest("A recruiter's seat, the member's first and last name and an e-mail address are needed.");
        }

        await linkedIn.InMailAndShareContactAsync(seat, first, last, email, cancellationToken);
        return Results.Redirect($"/customers/{Uri.EscapeDataString(customerId)}/talent-pool");
    }
}
