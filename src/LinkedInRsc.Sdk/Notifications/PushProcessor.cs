using System.Text.Json.Nodes;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.Integrations;
using LinkedInRsc.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Notifications;

/// <summary>
/// Handles what LinkedIn sends to a customer's callback URL, independent of any web framework: answers LinkedIn's
/// endpoint validation, verifies <c>X-LI-Signature</c> over the raw body, refuses (non-2xx, nothing processed, nothing
/// of the body logged) an unsigned, wrongly signed, oversized or malformed push, processes each notification once
/// (<see cref="IPushDeduplicationStore"/>), and dispatches <c>EXPORT_CANDIDATE_PROFILE</c> (to the host's
/// <see cref="IExportHandler"/>) and <c>INTEGRATION_STATUS_CHANGE</c> (the directory's access level is updated, then the
/// host's <see cref="IIntegrationStatusHandler"/> is told). A push is acknowledged only after it was processed, so a
/// failure makes LinkedIn deliver it again. Resolve it from DI; <c>LinkedInRsc.AspNetCore</c> maps it to an endpoint.
/// </summary>
public sealed class PushProcessor
{
    private const string JsonContentType = "application/json";
    private readonly ICustomerClientFactory _clients;
    private readonly CustomerRecords _records;
    private readonly IPushDeduplicationStore _store;
    private readonly IOptionsMonitor<PushOptions> _options;
    private readonly IIntegrationStatusHandler? _statusHandler;
    private readonly IUnknownPushHandler? _unknownHandler;
    private readonly ExportFlow _exports;
    private readonly ILogger _logger;

    internal PushProcessor(
        ICustomerClientFactory clients,
        CustomerRecords records,
        IPushDeduplicationStore store,
        IOptionsMonitor<PushOptions> options,
        IExportHandler? exportHandler,
        IIntegrationStatusHandler? statusHandler,
        IUnknownPushHandler? unknownHandler,
        ILogger<PushProcessor> logger)
    {
        _clients = clients;
        _records = records;
        _store = store;
        _options = options;
        _statusHandler = statusHandler;
        _unknownHandler = unknownHandler;
        _logger = logger;
        _exports = new ExportFlow(exportHandler, logger);
    }

    /// <summary>The largest push body accepted, in bytes: a framework adapter reads at most one byte more.</summary>
    public int MaxBodyBytes => _options.CurrentValue.MaxBodyBytes;

    /// <summary>Processes one request to a customer's callback URL.</summary>
    /// <param name="request">The request as received.</param>
    /// <param name="cancellationToken">Cancels the processing (the push then stays unacknowledged).</param>
    /// <returns>What to answer, and what happened.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public async Task<PushResult> ProcessAsync(PushRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        PushOptions options = _options.CurrentValue;
        Customer? customer = string.IsNullOrWhiteSpace(request.CustomerId) ? null
            : await _records.FindAsync(request.CustomerId, cancellationToken).ConfigureAwait(false);
        if (customer?.Credentials is null)
        {
            return Refuse(request.CustomerId ?? string.Empty, PushRefusalReason.UnknownCustomer, 404, "No such customer.");
        }

        if (string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            return await AnswerChallengeAsync(customer, request, cancellationToken).ConfigureAwait(false);
        }

        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(customer.CustomerId, PushRefusalReason.UnsupportedMethod, 405, "Only GET (validation) and POST (push) are accepted.");
        }

        if (request.Body.Length > options.MaxBodyBytes)
        {
            return Refuse(customer.CustomerId, PushRefusalReason.BodyTooLarge, 413, "The body is too large.");
        }

        string? header = Header(request.Headers, "X-LI-Signature");
        if (PushSignatureVerifier.Verify(header, request.Body.Span, Secrets(customer), options.SignatureReadings) is { } signatureRefusal)
        {
            return Refuse(customer.CustomerId, signatureRefusal, 401, "The signature is missing or does not match.");
        }

        if (PushBodyReader.Read(request.Body, options) is not { } notifications || notifications.Any(NeedsRequestIdButHasNone))
        {
            return Refuse(customer.CustomerId, PushRefusalReason.MalformedBody, 400, "The body is not a notification.");
        }

        return await ProcessNotificationsAsync(customer.CustomerId, notifications, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PushResult> ProcessNotificationsAsync(string customerId, IReadOnlyList<PushNotification> notifications, PushOptions options, CancellationToken cancellationToken)
    {
        var refusals = new List<ExportRefusal>();
        int processed = 0;
        foreach (PushNotification notification in notifications)
        {
            PushClaim claim = await _store.TryClaimAsync(customerId, notification.NotificationId, options.ClaimLease, cancellationToken).ConfigureAwait(false);
            if (claim.Status == PushClaimStatus.AlreadyProcessed)
            {
                Log.PushDuplicate(_logger, notification.NotificationId, customerId);
                continue;
            }

            if (claim.Status == PushClaimStatus.InProgress)
            {
                Log.PushInProgress(_logger, notification.NotificationId, customerId);
                return Result(409, PushOutcome.InProgress, notifications, refusals, "Being processed; deliver again later.");
            }

            try
            {
                refusals.AddRange(await DispatchAsync(customerId, notification, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                // Acknowledge nothing: the claim is given back so LinkedIn's retry processes the notification.
                await _store.ReleaseAsync(customerId, notification.NotificationId, claim.Token!, CancellationToken.None).ConfigureAwait(false);
                Log.PushFailed(_logger, notification.NotificationId, notification.EventType.Value, customerId, ex.GetType().Name);
                if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                return Result(500, PushOutcome.Failed, notifications, refusals, "Processing failed; deliver again.");
            }

            await _store.CompleteAsync(customerId, notification.NotificationId, claim.Token!, CancellationToken.None).ConfigureAwait(false);
            Log.PushProcessed(_logger, notification.NotificationId, notification.EventType.Value, customerId);
            processed++;
        }

        return Result(200, processed == 0 ? PushOutcome.Duplicate : PushOutcome.Processed, notifications, refusals, null);
    }

    private async Task<IReadOnlyList<ExportRefusal>> DispatchAsync(string customerId, PushNotification notification, CancellationToken cancellationToken)
    {
        bool export = notification.EventType == PushEventType.ExportCandidateProfile;
        bool status = notification.EventType == PushEventType.IntegrationStatusChange;
        if (export)
        {
            ICustomerClient client = await _clients.ForCustomerAsync(customerId, cancellationToken).ConfigureAwait(false);
            return await _exports.RunAsync(client, notification.RequestId!, cancellationToken).ConfigureAwait(false);
        }

        if (status)
        {
            ICustomerClient client = await _clients.ForCustomerAsync(customerId, cancellationToken).ConfigureAwait(false);
            IntegrationStatusChange change = await client.Integrations.GetStatusChangeAsync(notification.RequestId!, cancellationToken).ConfigureAwait(false);
            Log.IntegrationStatusRecorded(_logger, customerId, client.Customer.AccessLevel, notification.RequestId!);
            if (_statusHandler is not null)
            {
                await _statusHandler.OnStatusChangedAsync(client.Customer, change, cancellationToken).ConfigureAwait(false);
            }

            return [];
        }

        if (_unknownHandler is not null)
        {
            await _unknownHandler.OnUnknownPushAsync(customerId, notification, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            Log.PushUnknownEvent(_logger, notification.NotificationId, customerId, notification.EventType.Value);
        }

        return [];
    }

    /// <summary>An export or a status change is looked up by its request id: without one it cannot be processed, ever.</summary>
    private static bool NeedsRequestIdButHasNone(PushNotification notification) =>
        (notification.EventType == PushEventType.ExportCandidateProfile || notification.EventType == PushEventType.IntegrationStatusChange)
        && string.IsNullOrWhiteSpace(notification.RequestId);

    private async Task<PushResult> AnswerChallengeAsync(Customer customer, PushRequest request, CancellationToken cancellationToken)
    {
        string? code = Header(request.Query, "challengeCode");
        if (string.IsNullOrWhiteSpace(code))
        {
            return Refuse(customer.CustomerId, PushRefusalReason.InvalidChallenge, 400, "A validation request needs a challengeCode.");
        }

        // LinkedIn names the child application for parent/child integrations: answer with that application's secret.
        Customer? owner = customer;
        if (Header(request.Query, "applicationId") is { Length: > 0 } applicationId && !IsApplication(customer, applicationId))
        {
            owner = null;
            await foreach (Customer other in _records.Directory.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (other.Credentials is not null && IsApplication(other, applicationId))
                {
                    owner = other;
                    break;
                }
            }
        }

        if (owner?.Credentials is null)
        {
            return Refuse(customer.CustomerId, PushRefusalReason.InvalidChallenge, 404, "The application is not known.");
        }

        string answer = new JsonObject
        {
            ["challengeCode"] = code,
            ["challengeResponse"] = PushSignatureVerifier.HexOf(code, owner.Credentials.ClientSecret),
        }.ToJsonString();
        Log.ChallengeAnswered(_logger, customer.CustomerId);
        return new PushResult { StatusCode = 200, ContentType = JsonContentType, Body = answer, Outcome = PushOutcome.ChallengeAnswered };
    }

    private static bool IsApplication(Customer customer, string applicationId) =>
        customer.ApplicationUrn is { } urn && string.Equals(urn[(urn.LastIndexOf(':') + 1)..], applicationId, StringComparison.Ordinal);

    private static IEnumerable<string> Secrets(Customer customer)
    {
        yield return customer.Credentials!.ClientSecret;
        if (customer.PreviousCredentials is { } previous)
        {
            yield return previous.ClientSecret;
        }
    }

    private static string? Header(IReadOnlyDictionary<string, string> values, string name)
    {
        if (values.TryGetValue(name, out string? value))
        {
            return value;
        }

        foreach (KeyValuePair<string, string> pair in values)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    private PushResult Refuse(string customerId, PushRefusalReason reason, int status, string message)
    {
        Log.PushRefused(_logger, customerId, reason.ToString());
        return new PushResult
        {
            StatusCode = status,
            ContentType = JsonContentType,
            Body = new JsonObject { ["message"] = message }.ToJsonString(),
            Outcome = PushOutcome.Refused,
            Refusal = reason,
        };
    }

    private static PushResult Result(int status, PushOutcome outcome, IReadOnlyList<PushNotification> notifications, IReadOnlyList<ExportRefusal> refusals, string? message) => new()
    {
        StatusCode = status,
        ContentType = message is null ? null : JsonContentType,
        Body = message is null ? null : new JsonObject { ["message"] = message }.ToJsonString(),
        Outcome = outcome,
        Notifications = notifications,
        ExportRefusals = refusals,
    };
}
