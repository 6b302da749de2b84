using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using LinkedInRsc.Authentication;
using LinkedInRsc.Customers;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Clients;

/// <summary>
/// What the ATS → LinkedIn capability clients share: the customer's credentials and organization, the feature gate,
/// the compound keys (<c>dataProvider=ATS</c>, <c>integrationContext</c> = the customer's organization) and the batch
/// writer that validates, chunks to 100 and maps every per-key Rest.li status to the entity's own outcome.
/// </summary>
/// <remarks>
/// A request that fails as a whole (a 5xx, a 429, a timeout) becomes a <see cref="EntityOutcome.Failed"/> outcome of
/// each entity it carried, with the status and <see cref="EntityResult{TKey}.IsTransient"/>, so the entities of the
/// other chunks keep theirs; only a token failure (<see cref="AuthenticationFailedException"/>) or a refused API version
/// (<see cref="ApiVersionNotActiveException"/>), which no chunk can
/// survive, and cancellation are thrown.
/// </remarks>
internal abstract class SyncResourceClient
{
    internal const int MaxBatchSize = 100;
    internal const string DataProvider = "ATS";

    private readonly ICustomerClient _owner;

    protected SyncResourceClient(RestLiClient restLi, ICustomerClient owner)
    {
        ArgumentNullException.ThrowIfNull(restLi);
        ArgumentNullException.ThrowIfNull(owner);
        RestLi = restLi;
        _owner = owner;
    }

    protected RestLiClient RestLi { get; }

    protected Customer Customer => _owner.Customer;

    /// <summary>Throws unless the customer may sync (In-ATS indicator), and returns its organization URN.</summary>
    protected string EnsureSyncAllowed()
    {
        _owner.EnsureAllowed(Features.InAtsIndicator);
        return Customer.Organization?.ToString() ?? throw new CustomerNotOnboardedException(
            Customer.CustomerId,
            $"Customer '{Customer.CustomerId}' has no LinkedIn organization yet: show the onboarding widget, then record its callback (OnboardingWorkflow.RecordWidgetCallbackAsync).");
    }

    /// <summary>The compound key of a top-level synced record: <c>(idField, dataProvider, integrationContext)</c>.</summary>
    protected static RestLiValue RecordKey(string idField, string id, string integrationContext) => RestLiValue.RecordOf(
        (idField, RestLiValue.FromString(id)),
        ("dataProvider", RestLiValue.FromString(DataProvider)),
        ("integrationContext", RestLiValue.FromString(integrationContext)));

    /// <summary>Adds the customer's credentials to a request.</summary>
    protected RestLiRequest Scoped(RestLiRequest request) => request with { Credentials = Customer.Credentials };

    /// <summary>
    /// Validates, groups (records under one parent share a request), chunks to 100, sends, and returns one outcome per
    /// input item in input order.
    /// </summary>
    /// <param name="items">The input.</param>
    /// <param name="keyOf">The outcome key of an item (must not throw for an invalid item).</param>
    /// <param name="keyField">The wire name of the key, for the duplicate-key report.</param>
    /// <param name="validate">The broken rules of each item, in input order.</param>
    /// <param name="groupOf">The request group of a valid item (the parent id), or a constant for top-level records.</param>
    /// <param name="send">Sends one chunk of one group and returns the per-key Rest.li outcomes, by position.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    protected static async Task<BatchResult<TKey>> WriteAsync<TItem, TKey>(
        IReadOnlyList<TItem> items,
        Func<TItem, TKey> keyOf,
        string keyField,
        IReadOnlyList<IReadOnlyList<ValidationError>> validate,
        Func<TItem, string> groupOf,
        Func<string, IReadOnlyList<TItem>, CancellationToken, Task<IReadOnlyList<EntityResult<TKey>>>> send,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        var results = new EntityResult<TKey>[items.Count];
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        var seen = new HashSet<TKey>();
        for (int i = 0; i < items.Count; i++)
        {
            TKey key = keyOf(items[i]);
            IReadOnlyList<ValidationError> errors = validate[i];
            if (errors.Count > 0)
            {
                results[i] = EntityResult.Invalid(key, errors[0]);
                continue;
            }

            if (!seen.Add(key))
            {
                results[i] = EntityResult.Invalid(key, new ValidationError(
                    keyField, "appears more than once in this call; LinkedIn would keep only one of them, so send each record once."));
                continue;
            }

            string group = groupOf(items[i]);
            if (!groups.TryGetValue(group, out List<int>? members))
            {
                groups[group] = members = [];
                order.Add(group);
            }

            members.Add(i);
        }

        foreach (string group in order)
        {
            List<int> members = groups[group];
            for (int from = 0; from < members.Count; from += MaxBatchSize)
            {
                int size = Math.Min(MaxBatchSize, members.Count - from);
                var batch = new TItem[size];
                for (int j = 0; j < size; j++)
                {
                    batch[j] = items[members[from + j]];
                }

                IReadOnlyList<EntityResult<TKey>> outcomes;
                try
                {
                    outcomes = await send(group, batch, cancellationToken).ConfigureAwait(false);
                }
                catch (LinkedInRscException ex) when (ex is not (AuthenticationFailedException or ApiVersionNotActiveException))
                {
                    outcomes = [.. batch.Select(item => EntityResult.Failure(
                        keyOf(item),
                        ex.StatusCode,
                        ex.ServiceMessage ?? ex.Message,
                        ex.ServiceErrorCode,
                        ex.IsTransient || EntityResult.IsTransientStatus(ex.StatusCode),
                        ex.RequestId))];
                }

                for (int j = 0; j < size; j++)
                {
                    results[members[from + j]] = outcomes[j];
                }
            }
        }

        return new BatchResult<TKey>(results);
    }

    /// <summary>Sends a batch write and maps each key's Rest.li outcome to the entity's outcome, in request order.</summary>
    protected async Task<IReadOnlyList<EntityResult<TKey>>> SendBatchAsync<TItem, TKey>(
        RestLiRequest request,
        IReadOnlyList<TItem> batch,
        Func<TItem, TKey> keyOf,
        CancellationToken cancellationToken)
        where TKey : notnull
    {
        RestLiResponse response = await RestLi.SendAsync(Scoped(request), cancellationToken).ConfigureAwait(false);
        RestLiBatchResult result = response.ReadBatchResult();
        IReadOnlyList<RestLiValue> keys = response.Request.BatchKeys; // as sent: the wire map may have renamed them
        var outcomes = new EntityResult<TKey>[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            TKey key = keyOf(batch[i]);
            outcomes[i] = result.TryGetResult(keys[i], out RestLiKeyResult? r)
                ? ToEntityResult(key, r.Outcome, r.Status, r.Error, response.RequestId)
                : ToEntityResult(key, RestLiOutcome.Missing, null, null, response.RequestId);
        }

        return outcomes;
    }

    /// <summary>Maps one Rest.li per-key (or per-element) outcome.</summary>
    internal static EntityResult<TKey> ToEntityResult<TKey>(TKey key, RestLiOutcome outcome, int? status, RestLiError? error, string? requestId, string? resourceId = null)
        where TKey : notnull => outcome switch
        {
            RestLiOutcome.Succeeded => EntityResult.Success(key, resourceId, requestId),
            RestLiOutcome.Failed => EntityResult.Failure(
                key,
                (HttpStatusCode?)(status ?? error?.Status),
                error?.Message ?? string.Create(CultureInfo.InvariantCulture, $"LinkedIn refused the record with status {status?.ToString(CultureInfo.InvariantCulture) ?? "unknown"} and no message."),
                error?.ServiceErrorCode,
                requestId: requestId ?? error?.RequestId),
            _ => EntityResult.Failure(key, null, "LinkedIn's response had no status for this record; send it again.", isTransient: true, requestId: requestId),
        };

    /// <summary>Validates each item on its own.</summary>
    /// <remarks>
    /// Records the sync engine validated already (a <see cref="ValidatedBatch{T}"/>, checked by rules that include
    /// <paramref name="validate"/>) are not validated again.
    /// </remarks>
    protected static IReadOnlyList<IReadOnlyList<ValidationError>> ValidateEach<TItem>(IReadOnlyList<TItem> items, Func<TItem, IReadOnlyList<ValidationError>> validate)
    {
        var errors = new IReadOnlyList<ValidationError>[items.Count];
        if (items is ValidatedBatch<TItem>)
        {
            Array.Fill(errors, Array.Empty<ValidationError>());
            return errors;
        }

        for (int i = 0; i < errors.Length; i++)
        {
            errors[i] = validate(items[i]);
        }

        return errors;
    }

    /// <summary>The rule of an id handed to a delete: not empty.</summary>
    protected static Func<string, IReadOnlyList<ValidationError>> ValidateId(string field) =>
        id => string.IsNullOrWhiteSpace(id) ? [new ValidationError(field, "must not be empty; pass the ATS's id of the record.")] : [];

    /// <summary>The rule of a child key handed to a delete: both ids present.</summary>
    protected static Func<AtsChildKey, IReadOnlyList<ValidationError>> ValidateChildKey(string parentField, string idField) => key =>
        string.IsNullOrWhiteSpace(key.ParentId) ? [new ValidationError(parentField, "must not be empty; pass the ATS's id of the parent record.")]
        : string.IsNullOrWhiteSpace(key.Id) ? [new ValidationError(idField, "must not be empty; pass the ATS's id of the record.")]
        : [];

    /// <summary>Materializes an input sequence, rejecting a null sequence.</summary>
    protected static IReadOnlyList<T> Materialize<T>(IEnumerable<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        IReadOnlyList<T> list = items as IReadOnlyList<T> ?? [.. items];
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Item {i} of {name} is null; remove it (nothing was sent)."), name);
            }
        }

        return list;
    }

    protected static void Set(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }

    protected static void SetTime(JsonObject json, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            json[name] = EpochMilliseconds.ToEpochMilliseconds(v);
        }
    }

    protected static JsonObject Actor(Actor actor) => new() { ["firstName"] = actor.FirstName, ["lastName"] = actor.LastName };

    /// <summary>The body of a note (candidate or application): <c>atsCreatedAt</c>, <c>note</c>, <c>author</c>.</summary>
    protected static JsonObject NoteBody(DateTimeOffset? createdAt, string? note, Actor? author)
    {
        var json = new JsonObject();
        SetTime(json, "atsCreatedAt", createdAt);
        Set(json, "note", note);
        if (author is not null)
        {
            json["author"] = Actor(author);
        }

        return json;
    }
}
