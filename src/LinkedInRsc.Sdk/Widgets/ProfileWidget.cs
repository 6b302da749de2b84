using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LinkedInRsc.Candidates;

namespace LinkedInRsc.Widgets;

/// <summary>
/// LinkedIn's In-ATS profile widget: renders the embed for an ATS candidate page, checks that the page may load it,
/// and turns its link/unlink callback into the API call that records the link.
/// </summary>
public static class ProfileWidget
{
    private static readonly string[] ActionFields = ["action", "event", "type"];
    private static readonly string[] MemberFields = ["member", "memberUrn", "personUrn", "person", "urn"];
    private static readonly string[] CandidateFields = ["atsCandidateId", "candidateId"];

    /// <summary>Renders the HTML fragment. Every attribute value is HTML-encoded.</summary>
    /// <param name="settings">What to embed.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public static string RenderHtml(ProfileWidgetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Require(!string.IsNullOrWhiteSpace(settings.ApiKey) && settings.ApiKey.AsSpan().IndexOfAny('\r', '\n') < 0, "ApiKey is required (the customer's child application client id) and must be a single line.", nameof(settings));
        Require(!string.IsNullOrWhiteSpace(settings.AtsCandidateId), "AtsCandidateId is required: the ATS's id of the synced candidate.", nameof(settings));
        Require(settings.IntegrationContext != default, "IntegrationContext is required: the customer's organization URN.", nameof(settings));
        Require(IsFunctionName(settings.OnLinkFunctionName), $"OnLinkFunctionName '{settings.OnLinkFunctionName}' is not a JavaScript function name.", nameof(settings));
        Require(IsFunctionName(settings.OnUnlinkFunctionName), $"OnUnlinkFunctionName '{settings.OnUnlinkFunctionName}' is not a JavaScript function name.", nameof(settings));
        Require(settings.OnSaveToProjectFunctionName is null || IsFunctionName(settings.OnSaveToProjectFunctionName), $"OnSaveToProjectFunctionName '{settings.OnSaveToProjectFunctionName}' is not a JavaScript function name.", nameof(settings));
        Require(settings.Width > 0, "Width must be a positive number of pixels.", nameof(settings));

        HtmlEncoder html = HtmlEncoder.Default;
        var text = new StringBuilder();
        text.Append("<script type=\"text/javascript\" src=\"").Append(html.Encode(settings.LoaderScript.AbsoluteUri)).Append("\">\n")
            .Append("  api_key: ").Append(html.Encode(settings.ApiKey)).Append('\n')
            .Append("  extensions: HcmWidget@").Append(html.Encode(settings.Extension.AbsoluteUri)).Append('\n')
            .Append("</script>\n")
            .Append("<script type=\"IN/HcmWidget\" data-widget-type=\"ATS\"");
        Attribute(text, "data-ats-candidate-id", settings.AtsCandidateId);
        Attribute(text, "data-integration-context", settings.IntegrationContext.ToString());
        Attribute(text, "data-show-unlink-url", settings.ShowUnlink ? "true" : "false");
        Attribute(text, "data-confirm-unlink", settings.ConfirmUnlink ? "true" : "false");
        Attribute(text, "data-onlink", settings.OnLinkFunctionName);
        Attribute(text, "data-onunlink", settings.OnUnlinkFunctionName);
        if (settings.OnSaveToProjectFunctionName is { } save)
        {
            Attribute(text, "data-onsavetoproject", save);
        }

        Attribute(text, "data-width", settings.Width.ToString(CultureInfo.InvariantCulture));
        text.Append("></script>\n");
        return text.ToString();
    }

    /// <summary>
    /// Checks that a page origin is one of the customer application's JavaScript SDK domains, as LinkedIn does before
    /// it loads the widget.
    /// </summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="pageOrigin">The page's origin (scheme, host and port), e.g. <c>https://acme.ats.example</c>.</param>
    /// <param name="validJsSdkDomains">The application's domains (<c>ProvisionedApplication.JsSdkDomains</c>).</param>
    /// <exception cref="WidgetDomainNotAllowedException">The origin is not among them; the message names it.</exception>
    public static void EnsureOriginAllowed(string customerId, Uri pageOrigin, IEnumerable<string> validJsSdkDomains)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentNullException.ThrowIfNull(pageOrigin);
        ArgumentNullException.ThrowIfNull(validJsSdkDomains);
        if (!pageOrigin.IsAbsoluteUri)
        {
            throw new ArgumentException($"The page origin must be absolute (scheme and host), got '{pageOrigin}'.", nameof(pageOrigin));
        }

        string origin = pageOrigin.GetLeftPart(UriPartial.Authority);
        foreach (string domain in validJsSdkDomains)
        {
            if (Uri.TryCreate(domain?.Trim(), UriKind.Absolute, out Uri? allowed)
                && string.Equals(allowed.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        throw new WidgetDomainNotAllowedException(customerId, origin);
    }

    /// <summary>
    /// Parses what the ATS page sends on from the widget's link or unlink callback. The widget hands its callback the
    /// member; the page posts it as JSON, e.g. <c>{"action":"link","member":"urn:li:person:…","atsCandidateId":"C1"}</c>.
    /// The action is read from <c>action</c>/<c>event</c>/<c>type</c> (<c>link</c>, <c>onlink</c>, <c>unlink</c>,
    /// <c>onunlink</c>), the member from <c>member</c>/<c>memberUrn</c>/<c>personUrn</c>/<c>person</c>/<c>urn</c>.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The action and member.</returns>
    /// <exception cref="FormatException">The text is not JSON, has no action, or no person URN.</exception>
    public static ProfileWidgetCallback ParseCallback(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The profile widget callback is not valid JSON.", ex);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The profile widget callback must be a JSON object with the action and the member.");
            }

            ProfileWidgetAction action = First(root, ActionFields)?.Trim().ToUpperInvariant() switch
            {
                "LINK" or "ONLINK" => ProfileWidgetAction.Link,
                "UNLINK" or "ONUNLINK" => ProfileWidgetAction.Unlink,
                _ => throw new FormatException("The profile widget callback needs an action: \"link\" or \"unlink\"."),
            };
            string? urn = First(root, MemberFields);
            if (!PersonUrn.TryParse(urn, out PersonUrn member))
            {
                throw new FormatException("The profile widget callback needs the member as a person URN (urn:li:person:{id}).");
            }

            return new ProfileWidgetCallback(action, member, First(root, CandidateFields));
        }
    }

    /// <summary>Records a widget callback on LinkedIn: a link attaches the member, an unlink removes it.</summary>
    /// <param name="candidates">The customer's candidates client.</param>
    /// <param name="atsCandidateId">The candidate the widget was shown for.</param>
    /// <param name="callback">The parsed callback.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome for the candidate.</returns>
    /// <exception cref="ArgumentException">The callback names another candidate than <paramref name="atsCandidateId"/>.</exception>
    public static async Task<EntityResult<string>> ApplyCallbackAsync(ICandidatesClient candidates, string atsCandidateId, ProfileWidgetCallback callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentException.ThrowIfNullOrWhiteSpace(atsCandidateId);
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.AtsCandidateId is { } named && !string.Equals(named, atsCandidateId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The callback names candidate '{named}', not '{atsCandidateId}'; nothing was sent.", nameof(callback));
        }

        BatchResult<string> result = callback.Action == ProfileWidgetAction.Link
            ? await candidates.LinkAsync([new MemberLink(atsCandidateId, callback.Member)], cancellationToken).ConfigureAwait(false)
            : await candidates.UnlinkAsync([atsCandidateId], cancellationToken).ConfigureAwait(false);
        return result.Results[0];
    }

    private static void Attribute(StringBuilder text, string name, string value) =>
        text.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value)).Append('"');

    private static void Require(bool condition, string message, string paramName)
    {
        if (!condition)
        {
            throw new ArgumentException("ProfileWidgetSettings." + message, paramName);
        }
    }

    private static string? First(JsonElement root, string[] fields)
    {
        foreach (string field in fields)
        {
            if (root.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString();
            }
        }

        return null;
    }

    private static bool IsFunctionName(string name) =>
        !string.IsNullOrEmpty(name) && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '.');
}
