using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LinkedInRsc.Integrations;

namespace LinkedInRsc.Onboarding;

/// <summary>
/// The ATS Integration Configuration (onboarding) widget: renders the HTML embed and parses what its callback
/// receives.
/// </summary>
public static class OnboardingWidget
{
    /// <summary>Renders the HTML to embed in the ATS's RSC settings page. Every attribute value is HTML-encoded.</summary>
    /// <param name="settings">What to embed.</param>
    /// <returns>The HTML fragment.</returns>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public static string RenderHtml(OnboardingWidgetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(settings.ApiKey))
        {
            throw new ArgumentException("OnboardingWidgetSettings.ApiKey is required: pass the customer's child application client id.", nameof(settings));
        }

        if (!IsJavaScriptIdentifier(settings.CallbackFunctionName))
        {
            throw new ArgumentException(
                $"OnboardingWidgetSettings.CallbackFunctionName '{settings.CallbackFunctionName}' is not a JavaScript function name: use letters, digits, '_' or '$', not starting with a digit.",
                nameof(settings));
        }

        if (settings.Bundles == OnboardingBundles.None)
        {
            throw new ArgumentException("OnboardingWidgetSettings.Bundles must offer at least one bundle (Company and/or Contract).", nameof(settings));
        }

        if (settings.Width <= 0)
        {
            throw new ArgumentException("OnboardingWidgetSettings.Width must be a positive number of pixels.", nameof(settings));
        }

        HtmlEncoder html = HtmlEncoder.Default;
        var bundles = new List<string>(2);
        if (settings.Bundles.HasFlag(OnboardingBundles.Company))
        {
            bundles.Add("RECRUITER_SYSTEM_CONNECT_COMPANY");
        }

        if (settings.Bundles.HasFlag(OnboardingBundles.Contract))
        {
            bundles.Add("RECRUITER_SYSTEM_CONNECT_CONTRACT");
        }

        // The loader reads "api_key" and "extensions" from the script body; the values are HTML-encoded and must not
        // contain a line break (which would start a new setting).
        if (settings.ApiKey.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException("OnboardingWidgetSettings.ApiKey must be a single line.", nameof(settings));
        }

        string apiKey = settings.ApiKey;
        var text = new StringBuilder();
        text.Append("<script type=\"text/javascript\" src=\"").Append(html.Encode(settings.LoaderScript.AbsoluteUri)).Append("\">\n")
            .Append("  api_key: ").Append(html.Encode(apiKey)).Append('\n')
            .Append("  extensions: ATSIntegrationWidget@").Append(html.Encode(settings.Extension.AbsoluteUri)).Append('\n')
            .Append("</script>\n")
            .Append("<script type=\"IN/ATSIntegrationWidget\"")
            .Append(" data-supported-bundled-integration-types=\"").Append(html.Encode(string.Join(',', bundles))).Append('"')
            .Append(" data-onintegrate=\"").Append(html.Encode(settings.CallbackFunctionName)).Append('"')
            .Append(" data-width=\"").Append(settings.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('"')
            .Append("></script>\n");
        return text.ToString();
    }

    /// <summary>
    /// Parses the value the widget passes to its callback (sent on by the ATS page as JSON). The exact shape is
    /// UNCONFIRMED; both an array of integration objects and an object with an <c>integrations</c> array are accepted,
    /// and unknown fields are ignored.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The organization, contracts and integrations reported.</returns>
    /// <exception cref="FormatException">The text is not JSON of either shape, or a URN in it is malformed.</exception>
    public static OnboardingWidgetResult ParseCallback(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The onboarding widget callback payload is not valid JSON (line {ex.LineNumber}, byte {ex.BytePositionInLine}).", ex);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            JsonElement array = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("integrations", out JsonElement inner) && inner.ValueKind == JsonValueKind.Array => inner,
                JsonValueKind.Object when root.TryGetProperty("integrationContext", out _) => default,
                _ => throw new FormatException("The onboarding widget callback payload must be an array of integrations or an object with an 'integrations' array."),
            };

            var integrations = new List<OnboardingWidgetIntegration>();
            if (array.ValueKind == JsonValueKind.Undefined)
            {
                integrations.Add(ReadIntegration(root, 0));
            }
            else
            {
                int index = 0;
                foreach (JsonElement item in array.EnumerateArray())
                {
                    integrations.Add(ReadIntegration(item, index++));
                }
            }

            OrganizationUrn? organization = null;
            var contracts = new List<ContractUrn>();
            foreach (OnboardingWidgetIntegration integration in integrations)
            {
                if (OrganizationUrn.TryParse(integration.IntegrationContext, out OrganizationUrn org))
                {
                    if (organization is { } known && known != org)
                    {
                        throw new FormatException($"The onboarding widget callback names two organizations ({known} and {org}); one customer has one organization.");
                    }

                    organization = org;
                }
                else if (ContractUrn.TryParse(integration.IntegrationContext, out ContractUrn contract))
                {
                    if (!contracts.Contains(contract))
                    {
                        contracts.Add(contract);
                    }
                }
                else
                {
                    throw new FormatException($"Integration context '{integration.IntegrationContext}' is neither an organization URN (urn:li:organization:{{id}}) nor a contract URN (urn:li:contract:{{id}}).");
                }
            }

            return new OnboardingWidgetResult(organization, contracts, integrations);
        }
    }

    private static OnboardingWidgetIntegration ReadIntegration(JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Integration #{index} of the onboarding widget callback is not an object.");
        }

        string? context = ReadString(item, "integrationContext");
        if (string.IsNullOrWhiteSpace(context))
        {
            throw new FormatException($"Integration #{index} of the onboarding widget callback has no 'integrationContext'.");
        }

        string? type = ReadString(item, "integrationType");
        return new OnboardingWidgetIntegration(
            context,
            string.IsNullOrWhiteSpace(type) ? null : new IntegrationType(type),
            ReadString(item, "onboardingStatus") ?? ReadString(item, "status"));
    }

    private static string? ReadString(JsonElement item, string name) =>
        item.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsJavaScriptIdentifier(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 128 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '.'))
            {
                return false;
            }
        }

        return !name.StartsWith('.') && !name.EndsWith('.') && !name.Contains("..", StringComparison.Ordinal);
    }
}
