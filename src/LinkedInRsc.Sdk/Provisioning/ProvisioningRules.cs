namespace LinkedInRsc.Provisioning;

/// <summary>LinkedIn's rules for child applications, checked before a request is sent.</summary>
internal static class ProvisioningRules
{
    public const int MaxNameLength = 50;

    public static void Validate(ProvisionCustomerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidateCustomerId(request.CustomerId);
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            throw new ArgumentException("ProvisionCustomerRequest.Name is required: use \"{ATS name} - {customer name}\".", nameof(request));
        }

        if (request.Name.Length > MaxNameLength)
        {
            throw new ArgumentException(
                $"ProvisionCustomerRequest.Name has {request.Name.Length} characters; LinkedIn allows at most {MaxNameLength}.", nameof(request));
        }

        if (request.Name.Contains("linkedin", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("ProvisionCustomerRequest.Name must not contain \"LinkedIn\" (LinkedIn's naming rule for partner applications).", nameof(request));
        }

        ValidateJsSdkDomains(request.JsSdkDomains, nameof(request));
        ValidateCallbackUrls(request.OAuthCallbackUrls, nameof(request));
    }

    public static void ValidateCustomerId(string? customerId)
    {
        if (string.IsNullOrWhiteSpace(customerId))
        {
            throw new ArgumentException("A customer id is required: pass the ATS's own id of the customer (sent as uniqueForeignId).", nameof(customerId));
        }
    }

    public static void ValidateApplicationUrn(string? applicationUrn)
    {
        if (string.IsNullOrWhiteSpace(applicationUrn) || !applicationUrn.StartsWith("urn:li:", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"'{applicationUrn}' is not an application URN: pass ProvisionedApplication.ApplicationUrn (urn:li:developerApplication:{{id}}).", nameof(applicationUrn));
        }
    }

    public static void ValidateJsSdkDomains(IReadOnlyList<string>? domains, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(domains, parameterName);
        for (int i = 0; i < domains.Count; i++)
        {
            string? domain = domains[i];
            if (string.IsNullOrWhiteSpace(domain))
            {
                throw new ArgumentException($"JS SDK domain #{i} is empty.", parameterName);
            }

            if (domain.EndsWith('/'))
            {
                throw new ArgumentException($"JS SDK domain '{domain}' ends with '/': LinkedIn expects an origin without a trailing slash, e.g. 'https://acme.ats.example'.", parameterName);
            }

            if (!Uri.TryCreate(domain, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
                || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            {
                throw new ArgumentException($"JS SDK domain '{domain}' is not an origin: use scheme and host only, e.g. 'https://acme.ats.example'.", parameterName);
            }
        }
    }

    public static void ValidateCallbackUrls(IReadOnlyList<Uri>? urls, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(urls, parameterName);
        for (int i = 0; i < urls.Count; i++)
        {
            Uri? url = urls[i];
            if (url is null || !url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps)
            {
                throw new ArgumentException($"OAuth callback URL #{i} ('{url}') must be an absolute https address.", parameterName);
            }
        }
    }
}
