using System.Text;
using LinkedInRsc.Customers;
using LinkedInRsc.Onboarding;
using LinkedInRsc.Samples.AtsWeb.LinkedIn;
using LinkedInRsc.Testing;
using static LinkedInRsc.Samples.AtsWeb.Pages.Html;

namespace LinkedInRsc.Samples.AtsWeb.Pages;

/// <summary>The admin pages: customers, onboarding with LinkedIn's onboarding widget, and the customer's status.</summary>
public static class AdminPages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", () => Results.Redirect("/admin"));
        app.MapGet("/admin", ListAsync);
        app.MapPost("/admin/customers", AddAsync);
        app.MapGet("/admin/{customerId}", ShowAsync);
        app.MapPost("/admin/{customerId}/onboarding-widget", RecordWidgetAsync);
        app.MapPost("/admin/{customerId}/linkedin/enable", EnableAsync);
    }

    private static async Task<IResult> ListAsync(ICustomerDirectory directory, CancellationToken cancellationToken)
    {
        var rows = new StringBuilder();
        await foreach (Customer customer in directory.ListAsync(cancellationToken))
        {
            string c = Uri.EscapeDataString(customer.CustomerId);
            rows.Append($"<tr><td><a href=\"/admin/{c}\">{E(customer.CustomerId)}</a></td><td>{E(State(customer))}</td><td>{customer.AccessLevel}</td>")
                .Append($"<td><a href=\"/customers/{c}/jobs\">jobs</a> · <a href=\"/customers/{c}/candidates\">candidates</a></td></tr>");
        }

        return Page("Customers", $"""
            <table><tr><th>Customer</th><th>LinkedIn</th><th>Access level</th><th></th></tr>{rows}</table>
            <h2>Add a customer</h2>
            <form method="post" action="/admin/customers"><label>Customer id <input name="customerId" required pattern="[a-z0-9-]+" placeholder="acme"></label>
            <button type="submit">Add and provision</button></form>
            <p>Adding a customer provisions its LinkedIn child application; its admin then connects LinkedIn in the onboarding widget.</p>
            """);
    }

    private static async Task<IResult> AddAsync(HttpContext context, AtsWebComposition composition, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        string customerId = form["customerId"].ToString().Trim().ToLowerInvariant();
        if (customerId.Length == 0 || !customerId.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
        {
            return Results.BadRequest("The customer id must be lower-case letters, digits or '-'.");
        }

        OnboardingReport report = await composition.OnboardAsync(customerId, cancellationToken);
        return report.Steps.Any(s => s.Outcome == OnboardingStepOutcome.Failed)
            ? Results.Problem(string.Join("; ", report.Steps.Select(s => $"{s.Name}: {s.Outcome} {s.Detail}")))
            : Results.Redirect("/admin/" + Uri.EscapeDataString(customerId));
    }

    private static async Task<IResult> ShowAsync(string customerId, ICustomerDirectory directory, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        Customer? customer = await directory.FindAsync(customerId, cancellationToken);
        if (customer is null)
        {
            return Results.NotFound($"No customer '{customerId}'.");
        }

        string c = Uri.EscapeDataString(customerId);
        var body = new StringBuilder();
        body.Append($"""
            <table>
            <tr><th>LinkedIn</th><td id="state">{E(State(customer))}</td></tr>
            <tr><th>Child application</th><td>{E(customer.ApplicationUrn)}</td></tr>
            <tr><th>Organization</th><td id="organization">{E(customer.Organization?.ToString())}</td></tr>
            <tr><th>Contracts</th><td id="contracts">{E(string.Join(", ", customer.Contracts.Select(x => $"{x.Urn} ({x.AccessLevel})")))}</td></tr>
            <tr><th>Access level</th><td id="access-level">{customer.AccessLevel}</td></tr>
            <tr><th>Callback URL</th><td>{E(customer.CallbackUrl?.AbsoluteUri)}</td></tr>
            </table>
            """);
        if (customer.Credentials is not null && customer.Organization is null)
        {
            body.Append("<h2>Connect LinkedIn</h2><p>The customer's LinkedIn admin chooses what to connect:</p>")
                .Append(OnboardingWidget.RenderHtml(new OnboardingWidgetSettings
                {
                    ApiKey = customer.Credentials.ClientId,
                    CallbackFunctionName = "onLinkedInIntegrate",
                    LoaderScript = linkedIn.Emulator.GetWidgetLoaderScriptUri(),
                }))
                .Append(PostJsonFunction("onLinkedInIntegrate", $"/admin/{c}/onboarding-widget"));
        }
        else if (customer.Organization is not null)
        {
            body.Append(LinkedInSide($"""
                <p>The customer's LinkedIn admin turns the integration on in Recruiter; LinkedIn then calls this ATS's callback URL.</p>
                <form method="post" action="/admin/{c}/linkedin/enable"><input type="hidden" name="level" value="Company">
                <button type="submit" id="enable-company">Enable company level</button></form>
                <form method="post" action="/admin/{c}/linkedin/enable"><input type="hidden" name="level" value="Contract">
                <button type="submit" id="enable-contract">Enable contract level</button></form>
                """));
        }

        return Page("Customer " + customerId, body.ToString(), customerId);
    }

    private static async Task<IResult> RecordWidgetAsync(string customerId, HttpContext context, AtsWebComposition composition, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(context.Request.Body);
        OnboardingWidgetResult widget;
        try
        {
            widget = OnboardingWidget.ParseCallback(await reader.ReadToEndAsync(cancellationToken));
        }
        catch (FormatException ex)
        {
            return Results.BadRequest(ex.Message);
        }

        OnboardingReport report = await composition.RecordWidgetAndOnboardAsync(customerId, widget, cancellationToken);
        return Results.Ok(report.Steps.Select(s => new { s.Name, Outcome = s.Outcome.ToString(), s.Detail }));
    }

    private static async Task<IResult> EnableAsync(string customerId, HttpContext context, EmulatedLinkedIn linkedIn, CancellationToken cancellationToken)
    {
        IFormCollection form = await context.Request.ReadFormAsync(cancellationToken);
        if (!Enum.TryParse(form["level"].ToString(), out AccessLevel level) || level == AccessLevel.None)
        {
            return Results.BadRequest("level must be Company or Contract.");
        }

        await linkedIn.EnableAsync(customerId, level, cancellationToken);
        return Results.Redirect("/admin/" + Uri.EscapeDataString(customerId));
    }

    private static string State(Customer customer) => customer switch
    {
        { Credentials: null } => "not provisioned",
        { Organization: null } => "provisioned; waiting for the admin to connect",
        { AccessLevel: AccessLevel.None } => "connected; waiting for LinkedIn to enable",
        _ => "enabled",
    };
}
