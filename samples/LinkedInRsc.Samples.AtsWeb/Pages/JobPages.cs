using System.Text;
using LinkedInRsc.Customers;
using LinkedInRsc.Samples.AtsWeb.Data;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using LinkedInRsc.Testing;
using static LinkedInRsc.Samples.AtsWeb.Pages.Html;

namespace LinkedInRsc.Samples.AtsWeb.Pages;

/// <summary>The jobs page: the customer's jobs and, in each, the prospects that arrived by 1-click export.</summary>
public static class JobPages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/customers/{customerId}/jobs", ListAsync);
        app.MapPost("/customers/{customerId}/jobs", AddAsync);
        app.MapPost("/customers/{customerId}/linkedin/export", ExportAsync);
    }

    private static async Task<IResult> ListAsync(string customerId, AtsStore store, CancellationToken cancellationToken)
    {
        IReadOnlyList<AtsJob> jobs = await store.ListJobsAsync(customerId, cancellationToken);
        IReadOnlyList<AtsWebApplication> applications = await store.ListApplicationsAsync(customerId, cancellationToken);
        Dictionary<string, AtsWebCandidate> candidates = (await store.ListCandidatesAsync(customerId, cancellationToken)).ToDictionary(c => c.Id, StringComparer.Ordinal);
        IReadOnlyList<AtsUser> users = await store.ListUsersAsync(customerId, cancellationToken);
        string c = Uri.EscapeDataString(customerId);
        var body = new StringBuilder();
        foreach (AtsJob job in jobs)
        {
            body.Append($"<section class=\"job\" data-job=\"{E(job.Id)}\"><h2>{E(job.Title)} <small>({E(job.Id)}, {(job.IsOpen ? "open" : "closed")}{(job.IsSynced ? ", on LinkedIn" : ", not synced")})</small></h2>");
            var prospects = applications.Where(a => a.JobId == job.Id).ToList();
            if (prospects.Count == 0)
            {
                body.Append("<p>No candidates yet.</p>");
            }
            else
            {
                body.Append("<table class=\"prospects\"><tr><th>Candidate</th><th>Stage</th><th>Source</th><th>Since</th></tr>");
                foreach (AtsWebApplication a in prospects)
                {
                    AtsWebCandidate? candidate = candidates.GetValueOrDefault(a.CandidateId);
                    body.Append($"<tr class=\"prospect\"><td><a href=\"/customers/{c}/candidates/{Uri.EscapeDataString(a.CandidateId)}\">{E(candidate?.Name ?? a.CandidateId)}</a></td>")
                        .Append($"<td>{E(a.Stage)}</td><td>{E(candidate?.Source)}</td><td>{Time(a.CreatedAt)}</td></tr>");
                }

                body.Append("</table>");
            }

            body.Append("</section>");
        }

        body.Append($"""
            <h2>Add a job</h2>
            <form method="post" action="/customers/{c}/jobs"><label>Id <input name="id" required placeholder="J1"></label>
            <label>Title <input name="title" required placeholder="Software Engineer"></label> <button type="submit">Add and sync to LinkedIn</button></form>
            """);
        if (jobs.Count > 0)
        {
            string jobOptions = string.Concat(jobs.Select(j => $"<option value=\"{E(j.Id)}\">{E(j.Title)}</option>"));
            string recruiterOptions = string.Concat(users.Select(u => $"<option value=\"{E(u.Seat.ToString())}\">{E(u.Name)}</option>"));
            body.Append(LinkedInSide($"""
                <p>A recruiter exports a LinkedIn member from Recruiter to one of these jobs (1-click export):</p>
                <form method="post" action="/customers/{c}/linkedin/export">
                <label>First name <input name="firstName" required value="Alan"></label> <label>Last name <input name="lastName" required value="Turing"></label>
                <label>Headline <input name="headline" value="Mathematician"></label>
                <label>Job <select name="jobId">{jobOptions}</select></label> <label>Recruiter <select name="seat">{recruiterOptions}</select></label>
                <button type="submit" id="export">Export to ATS</button></form>
                """));
        }

        return Page("Jobs", body.ToString(), customerId);
    }

    private static async Task<IResult> AddAsync(string customerId, HttpContext context, AtsStore store, ICustomerClientFactory clients, TimeProvider time, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        string id = form["id"].ToString().Trim();
        string title = form["title"].ToString().Trim();
        if (id.Length == 0 || title.Length == 0)
        {
            return Results.BadRequest("A job needs an id and a title.");
        }

        var job = new AtsJob(customerId, id, title, IsOpen: true, IsSynced: false);
        await store.SaveJobAsync(job, cancellationToken);
        ICustomerClient client = await clients.ForCustomerAsync(customerId, cancellationToken);
        if (client.Customer.Features.HasFlag(Features.InAtsIndicator))
        {
            await EmulatedLinkedIn.SyncJobAsync(client, store, job, time, cancellationToken);
        }

        return Results.Redirect($"/customers/{Uri.EscapeDataString(customerId)}/jobs");
    }

    private static async Task<IResult> ExportAsync(string customerId, HttpContext context, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        SeatUrn? seat = SeatUrn.TryParse(form["seat"].ToString(), out SeatUrn s) ? s : null;
        await linkedIn.ExportAsync(
            customerId,
            form["jobId"].ToString(),
            new EmulatedMemberSetup { FirstName = form["firstName"].ToString(), LastName = form["lastName"].ToString(), Headline = form["headline"].ToString() is { Length: > 0 } h ? h : null },
            seat,
            cancellationToken);
        return Results.Redirect($"/customers/{Uri.EscapeDataString(customerId)}/jobs");
    }
}
