using LinkedInRsc.Customers;

namespace LinkedInRsc.Widgets;

/// <summary>
/// Thrown, before a widget is rendered, when the page's origin is not one of the JavaScript SDK domains of the
/// customer's child application (<c>validJsSdkDomains</c>): LinkedIn would refuse to load the widget there.
/// </summary>
public sealed class WidgetDomainNotAllowedException : CustomerStateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="missingDomain">The origin to add, e.g. <c>https://acme.ats.example</c>.</param>
    public WidgetDomainNotAllowedException(string customerId, string missingDomain)
        : base(customerId, $"The page origin '{missingDomain}' is not a JavaScript SDK domain of customer '{customerId}''s LinkedIn application: " +
               "add it with IProvisioningClient (validJsSdkDomains), or LinkedIn will not load the widget.")
    {
        MissingDomain = missingDomain;
    }

    /// <summary>The origin to add to the application's JavaScript SDK domains.</summary>
    public string MissingDomain { get; }
}
