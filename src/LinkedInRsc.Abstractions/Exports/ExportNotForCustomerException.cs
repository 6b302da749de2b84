using LinkedInRsc.Customers;

namespace LinkedInRsc.Exports;

/// <summary>
/// Thrown when LinkedIn answers an export look-up with an export of another organization than the customer's: the SDK
/// refuses it, so no customer's data lands in another customer's ATS.
/// </summary>
public sealed class ExportNotForCustomerException : CustomerStateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The customer whose callback received the push.</param>
    /// <param name="requestId">The export's request id.</param>
    /// <param name="integrationContext">The organization the export named.</param>
    public ExportNotForCustomerException(string customerId, string requestId, string integrationContext)
        : base(customerId, $"Export '{requestId}' is for {integrationContext}, not for the organization of customer '{customerId}': refused, nothing was placed.")
    {
        RequestId = requestId;
        IntegrationContext = integrationContext;
    }

    /// <summary>The export's request id.</summary>
    public string RequestId { get; }

    /// <summary>The organization the export named.</summary>
    public string IntegrationContext { get; }
}
