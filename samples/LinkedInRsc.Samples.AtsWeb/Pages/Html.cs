using System.Globalization;
using System.Text.Encodings.Web;

namespace LinkedInRsc.Samples.AtsWeb.Pages;

/// <summary>The pages' shared bits: encoding, the layout, a form posting to the app.</summary>
public static class Html
{
    /// <summary>HTML-encodes a value (null → empty).</summary>
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? string.Empty);

    /// <summary>A time for people to read.</summary>
    public static string Time(DateTimeOffset time) => E(time.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));

    /// <summary>A whole page with the navigation.</summary>
    public static IResult Page(string title, string body, string? customerId = null)
    {
        string nav = "<a href=\"/admin\">Admin</a>";
        if (customerId is not null)
        {
            string c = Uri.EscapeDataString(customerId);
            nav += $" · <a href=\"/customers/{c}/jobs\">Jobs</a> · <a href=\"/customers/{c}/candidates\">Candidates</a> · <a href=\"/customers/{c}/talent-pool\">LinkedIn talent pool</a>";
        }

        string html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{E(title)}} — Sample ATS</title>
            <style>
              body { font-family: sans-serif; margin: 2em; max-width: 60em; }
              nav { margin-bottom: 1em; } table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 4px 8px; text-align: left; }
              .linkedin-side { background: #eef3f8; border: 1px dashed #0a66c2; padding: 8px 12px; margin-top: 1.5em; }
              .linkedin-side h2 { color: #0a66c2; font-size: 1em; } form { margin: 6px 0; }
            </style></head>
            <body><nav>{{nav}}</nav><h1>{{E(title)}}</h1>
            {{body}}
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    /// <summary>A panel for what people on LinkedIn's side do (the embedded emulator plays them).</summary>
    public static string LinkedInSide(string content) =>
        $"<section class=\"linkedin-side\"><h2>On LinkedIn's side (the embedded emulator)</h2>{content}</section>";

    /// <summary>The script a page needs to pass a widget's callback to the app as JSON, then reload.</summary>
    public static string PostJsonFunction(string functionName, string url)
    {
        string target = JavaScriptEncoder.Default.Encode(url);
        return $$"""
        <script>
        function {{functionName}}(payload) {
          fetch('{{target}}', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })
            .then(function (r) { return r.text().then(function (t) { if (!r.ok) { throw new Error(t); } }); })
            .then(function () { location.reload(); })
            .catch(function (e) { document.body.insertAdjacentHTML('beforeend', '<p class="error">' + e.message.replace(/</g, '&lt;') + '</p>'); });
        }
        </script>
        """;
    }
}
