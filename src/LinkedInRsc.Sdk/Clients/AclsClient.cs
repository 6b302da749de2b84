using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using LinkedInRsc.Acls;
using LinkedInRsc.Customers;
using LinkedInRsc.Internal;
using LinkedInRsc.RestLi;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Clients;

/// <summary><c>atsEntityAcls</c> and <c>atsEntityAclAssignees</c> for one customer.</summary>
internal sealed class AclsClient(RestLiClient restLi, ICustomerClient owner) : SyncResourceClient(restLi, owner), IAclsClient
{
    internal const string AclResource = "atsEntityAcls";
    internal const string AssigneeResource = "atsEntityAclAssignees";
    private const int MaxPageSize = 100;

    public Task<BatchResult<AtsEntityAclKey>> UpsertAsync(IEnumerable<AtsEntityAcl> acls, CancellationToken cancellationToken = default) =>
        WriteAclsAsync(Materialize(acls, nameof(acls)), delete: false, cancellationToken);

    public Task<BatchResult<AtsEntityAclKey>> DeleteAsync(IEnumerable<AtsEntityAclKey> keys, CancellationToken cancellationToken = default) =>
        WriteAclsAsync([.. Materialize(keys, nameof(keys)).Select(k => new AtsEntityAcl(k))], delete: true, cancellationToken);

    public async Task<Page<AtsEntityAcl>> GetPageAsync(AtsEntityType entityType, string entityId, int start, int count, CancellationToken cancellationToken = default)
    {
        RestLiRequest request = AclFinder(entityType, entityId, EnsureSyncAllowed());
        return await GetPageAsync(request, start, count, ReadAcl, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<AtsEntityAcl> ListAsync(AtsEntityType entityType, string entityId, CancellationToken cancellationToken = default)
    {
        RestLiRequest request = AclFinder(entityType, entityId, EnsureSyncAllowed());
        return ListAsync(request, ReadAcl, cancellationToken);
    }

    public Task<BatchResult<AtsEntityAclAssigneeKey>> UpsertAssigneesAsync(IEnumerable<AtsEntityAclAssignee> assignees, CancellationToken cancellationToken = default) =>
        WriteAssigneesAsync(Materialize(assignees, nameof(assignees)), delete: false, cancellationToken);

    public Task<BatchResult<AtsEntityAclAssigneeKey>> DeleteAssigneesAsync(IEnumerable<AtsEntityAclAssigneeKey> keys, CancellationToken cancellationToken = default) =>
        WriteAssigneesAsync([.. Materialize(keys, nameof(keys)).Select(k => new AtsEntityAclAssignee(k))], delete: true, cancellationToken);

    public async Task<Page<AtsEntityAclAssignee>> GetAssigneesPageAsync(PersonUrn assignee, int start, int count, CancellationToken cancellationToken = default)
    {
        RestLiRequest request = AssigneeFinder(assignee, EnsureSyncAllowed());
        return await GetPageAsync(request, start, count, ReadAssignee, cancellationToken).ConfigureAwait(false);
    }

    public IAsyncEnumerable<AtsEntityAclAssignee> ListAssigneesAsync(PersonUrn assignee, CancellationToken cancellationToken = default)
    {
        RestLiRequest request = AssigneeFinder(assignee, EnsureSyncAllowed());
        return ListAsync(request, ReadAssignee, cancellationToken);
    }

    private Task<BatchResult<AtsEntityAclKey>> WriteAclsAsync(IReadOnlyList<AtsEntityAcl> items, bool delete, CancellationToken cancellationToken)
    {
        string organization = EnsureSyncAllowed();
        return WriteAsync(
            items,
            a => a.Key,
            "atsEntityAclId",
            ValidateEach(items, EntityValidator.Validate),
            _ => string.Empty,
            (_, batch, ct) => SendBatchAsync(
                delete
                    ? RestLiRequest.BatchDelete(AclResource, batch.Select(a => AclKey(a, organization)))
                    : RestLiRequest.BatchUpdate(AclResource, batch.Select(a => KeyValuePair.Create(AclKey(a, organization), new JsonObject()))),
                batch,
                a => a.Key,
                ct),
            cancellationToken);
    }

    private Task<BatchResult<AtsEntityAclAssigneeKey>> WriteAssigneesAsync(IReadOnlyList<AtsEntityAclAssignee> items, bool delete, CancellationToken cancellationToken)
    {
        string organization = EnsureSyncAllowed();
        IReadOnlyList<IReadOnlyList<ValidationError>> errors = delete ? ValidateEach(items, EntityValidator.Validate) : EntityValidator.ValidateAssignees(items);
        return WriteAsync(
            items,
            a => a.Key,
            "assignee",
            errors,
            _ => string.Empty,
            (_, batch, ct) => SendBatchAsync(
                delete
                    ? RestLiRequest.BatchDelete(AssigneeResource, batch.Select(a => AssigneeKey(a, organization)))
                    : RestLiRequest.BatchUpdate(AssigneeResource, batch.Select(a => KeyValuePair.Create(AssigneeKey(a, organization), new JsonObject()))),
                batch,
                a => a.Key,
                ct),
            cancellationToken);
    }

    private async Task<Page<T>> GetPageAsync<T>(RestLiRequest finder, int start, int count, Func<JsonElement, T?> read, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (count is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The page size must be between 1 and 100.");
        }

        var parameters = new Dictionary<string, RestLiValue>(finder.QueryParameters, StringComparer.Ordinal)
        {
            ["start"] = RestLiValue.FromInt64(start),
            ["count"] = RestLiValue.FromInt64(count),
        };
        RestLiResponse response = await RestLi.SendAsync(Scoped(finder with { QueryParameters = parameters }), cancellationToken).ConfigureAwait(false);
        RestLiPage page = response.ReadPage();
        return new Page<T>
        {
            Items = [.. page.Elements.Select(read).OfType<T>()],
            Start = page.Paging?.Start ?? start,
            Count = count,
            Total = page.Paging?.Total,
        };
    }

    private async IAsyncEnumerable<T> ListAsync<T>(RestLiRequest finder, Func<JsonElement, T?> read, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : class
    {
        await foreach (JsonElement element in RestLi.ListAsync(Scoped(finder), MaxPageSize, cancellationToken).ConfigureAwait(false))
        {
            if (read(element) is { } item)
            {
                yield return item;
            }
        }
    }

    private static RestLiRequest AclFinder(AtsEntityType entityType, string entityId, string organization)
    {
        if (entityType.IsEmpty)
        {
            throw new ArgumentException("An entity type is required, e.g. AtsEntityType.JobPosting.", nameof(entityType));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        return RestLiRequest.Finder(AclResource, "criteria", new Dictionary<string, RestLiValue>(StringComparer.Ordinal)
        {
            ["atsEntityId"] = entityId,
            ["atsEntityType"] = entityType.Value,
            ["dataProvider"] = DataProvider,
            ["integrationContext"] = organization,
        });
    }

    private static RestLiRequest AssigneeFinder(PersonUrn assignee, string organization)
    {
        if (assignee == default)
        {
            throw new ArgumentException("A person URN is required (urn:li:person:{id}).", nameof(assignee));
        }

        return RestLiRequest.Finder(AssigneeResource, "criteria", new Dictionary<string, RestLiValue>(StringComparer.Ordinal)
        {
            ["assignee"] = assignee.ToString(),
            ["dataProvider"] = DataProvider,
            ["integrationContext"] = organization,
        });
    }

    private static RestLiValue AclKey(AtsEntityAcl acl, string organization) => RestLiValue.RecordOf(
        ("atsEntityAclId", RestLiValue.FromString(acl.AclId)),
        ("atsEntityId", RestLiValue.FromString(acl.EntityId)),
        ("atsEntityType", RestLiValue.FromString(acl.EntityType.Value)),
        ("dataProvider", RestLiValue.FromString(DataProvider)),
        ("integrationContext", RestLiValue.FromString(organization)));

    private static RestLiValue AssigneeKey(AtsEntityAclAssignee assignee, string organization) => RestLiValue.RecordOf(
        ("assignee", RestLiValue.FromString(assignee.Assignee.ToString())),
        ("atsEntityAclId", RestLiValue.FromString(assignee.AclId)),
        ("atsEntityType", RestLiValue.FromString(assignee.EntityType.Value)),
        ("dataProvider", RestLiValue.FromString(DataProvider)),
        ("integrationContext", RestLiValue.FromString(organization)));

    private static AtsEntityAcl? ReadAcl(JsonElement element)
    {
        string? id = JsonRead.String(element, "atsEntityAclId");
        string? type = JsonRead.String(element, "atsEntityType");
        string? entity = JsonRead.String(element, "atsEntityId");
        return string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(type) || string.IsNullOrWhiteSpace(entity)
            ? null
            : new AtsEntityAcl(id, new AtsEntityType(type), entity);
    }

    private static AtsEntityAclAssignee? ReadAssignee(JsonElement element)
    {
        string? id = JsonRead.String(element, "atsEntityAclId");
        string? type = JsonRead.String(element, "atsEntityType");
        return string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(type) || !PersonUrn.TryParse(JsonRead.String(element, "assignee"), out PersonUrn person)
            ? null
            : new AtsEntityAclAssignee(id, new AtsEntityType(type), person);
    }
}
