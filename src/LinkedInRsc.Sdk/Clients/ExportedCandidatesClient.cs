using System.Runtime.CompilerServices;
using System.Text.Json;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Clients;

/// <summary><c>exportedCandidates</c> and <c>atsPurgedExportedCandidates</c> for one customer.</summary>
internal sealed class ExportedCandidatesClient(RestLiClient restLi, ICustomerClient owner) : IExportedCandidatesClient
{
    internal const string Resource = "exportedCandidates";
    internal const string PurgedResource = "atsPurgedExportedCandidates";

    /// <summary>The finder of purged candidates: LinkedIn does not document it; the organization is the natural criterion (UNCONFIRMED).</summary>
    internal const string PurgedFinder = "integrationContext";
    private const int MaxPageSize = 100;

    public async Task<IReadOnlyList<ExportedCandidate>> GetByRequestAsync(string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        string organization = EnsureAllowed();
        RestLiRequest find = RestLiRequest.Finder(Resource, "request", new Dictionary<string, RestLiValue> { ["requestId"] = RestLiValue.FromString(requestId) })
            with
        { Credentials = owner.Customer.Credentials };
        RestLiResponse response = await restLi.SendAsync(find, cancellationToken).ConfigureAwait(false);
        var exports = new List<ExportedCandidate>();
        foreach (JsonElement element in response.ReadPage().Elements)
        {
            if (ExportedCandidateReader.Read(element, requestId) is not { } export)
            {
                continue;
            }

            // Tenant isolation: an export of another organization never reaches this customer's ATS.
            if (!string.Equals(export.IntegrationContext, organization, StringComparison.Ordinal))
            {
                throw new ExportNotForCustomerException(owner.Customer.CustomerId, requestId, export.IntegrationContext);
            }

            exports.Add(export);
        }

        return exports;
    }

    public async Task<Page<PurgedCandidate>> GetPurgedPageAsync(int start, int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (count is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The page size must be between 1 and 100.");
        }

        string organization = EnsureAllowed();
        RestLiRequest find = PurgedFinderRequest(organization);
        var parameters = new Dictionary<string, RestLiValue>(find.QueryParameters, StringComparer.Ordinal)
        {
            ["start"] = RestLiValue.FromInt64(start),
            ["count"] = RestLiValue.FromInt64(count),
        };
        RestLiResponse response = await restLi.SendAsync(find with { QueryParameters = parameters }, cancellationToken).ConfigureAwait(false);
        RestLiPage page = response.ReadPage();
        return new Page<PurgedCandidate>
        {
            Items = [.. page.Elements.Select(e => ExportedCandidateReader.ReadPurged(e, organization)).OfType<PurgedCandidate>()],
            Start = page.Paging?.Start ?? start,
            Count = count,
            Total = page.Paging?.Total,
        };
    }

    public IAsyncEnumerable<PurgedCandidate> ListPurgedAsync(CancellationToken cancellationToken = default)
    {
        string organization = EnsureAllowed();
        return ListPurgedCoreAsync(organization, cancellationToken);
    }

    private async IAsyncEnumerable<PurgedCandidate> ListPurgedCoreAsync(string organization, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (JsonElement element in restLi.ListAsync(PurgedFinderRequest(organization), MaxPageSize, cancellationToken).ConfigureAwait(false))
        {
            if (ExportedCandidateReader.ReadPurged(element, organization) is { } purged)
            {
                yield return purged;
            }
        }
    }

    private RestLiRequest PurgedFinderRequest(string organization) =>
        RestLiRequest.Finder(PurgedResource, PurgedFinder, new Dictionary<string, RestLiValue> { ["integrationContext"] = RestLiValue.FromString(organization) })
            with
        { Credentials = owner.Customer.Credentials };

    private string EnsureAllowed()
    {
        owner.EnsureAllowed(Features.OneClickExport);
        Customer customer = owner.Customer;
        return customer.Organization?.ToString() ?? throw new CustomerNotOnboardedException(
            customer.CustomerId,
            $"Customer '{customer.CustomerId}' has no LinkedIn organization yet: show the onboarding widget, then record its callback (OnboardingWorkflow.RecordWidgetCallbackAsync).");
    }
}
