using System.Text.Json.Nodes;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Acls;

/// <summary>
/// <c>atsEntityAcls</c> (a job linked to an ATS security group) and <c>atsEntityAclAssignees</c> (a LinkedIn member put
/// in a group for an entity type). A member may be assigned at most <see cref="MaxAclsPerAssignee"/> ACLs.
/// </summary>
internal sealed class AclStore : IEmulatorStore<AclStore>
{
    public const int MaxAclsPerAssignee = 10;

    private readonly object _gate = new();
    private readonly HashSet<AclKey> _acls = [];
    private readonly HashSet<AclAssigneeKey> _assignees = [];

    public static AclStore Create(EmulatorStores stores) => new();

    public StoreOutcome UpsertAcl(AclKey key, JsonNode? body)
    {
        var error = key.Validate() ?? (body is null or JsonObject ? null : "The ACL body must be an empty JSON object.");
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        lock (_gate)
        {
            _acls.Add(key);
        }

        return StoreOutcome.NoContent;
    }

    public StoreOutcome DeleteAcl(AclKey key)
    {
        lock (_gate)
        {
            return _acls.Remove(key) ? StoreOutcome.NoContent : StoreOutcome.NotFound($"No ACL '{key.AtsEntityAclId}' exists for entity '{key.AtsEntityId}'.");
        }
    }

    public StoreOutcome GetAcl(AclKey key)
    {
        lock (_gate)
        {
            return _acls.Contains(key) ? StoreOutcome.Ok(ToJson(key)) : StoreOutcome.NotFound($"No ACL '{key.AtsEntityAclId}' exists for entity '{key.AtsEntityId}'.");
        }
    }

    /// <summary>Finder <c>q=criteria</c>: the ACLs of one entity.</summary>
    public IReadOnlyList<AclKey> FindAcls(string integrationContext, string dataProvider, string atsEntityId, string atsEntityType)
    {
        lock (_gate)
        {
            return _acls
                .Where(a => a.IntegrationContext == integrationContext && a.DataProvider == dataProvider && a.AtsEntityId == atsEntityId && a.AtsEntityType == atsEntityType)
                .OrderBy(a => a.AtsEntityAclId, StringComparer.Ordinal)
                .ToList();
        }
    }

    public StoreOutcome UpsertAssignee(AclAssigneeKey key, JsonNode? body)
    {
        var error = key.Validate() ?? (body is null or JsonObject ? null : "The assignee body must be an empty JSON object.");
        if (error is not null)
        {
            return StoreOutcome.BadRequest(error);
        }

        lock (_gate)
        {
            if (_assignees.Contains(key))
            {
                return StoreOutcome.NoContent;
            }

            var held = _assignees.Count(a => a.Assignee == key.Assignee && a.IntegrationContext == key.IntegrationContext && a.DataProvider == key.DataProvider);
            if (held >= MaxAclsPerAssignee)
            {
                return StoreOutcome.BadRequest($"Member {key.Assignee} already holds {held} ACLs; at most {MaxAclsPerAssignee} ACLs per user are allowed. Delete one before adding '{key.AtsEntityAclId}'.");
            }

            _assignees.Add(key);
            return StoreOutcome.NoContent;
        }
    }

    public StoreOutcome DeleteAssignee(AclAssigneeKey key)
    {
        lock (_gate)
        {
            return _assignees.Remove(key) ? StoreOutcome.NoContent : StoreOutcome.NotFound($"No assignment of ACL '{key.AtsEntityAclId}' to {key.Assignee} exists.");
        }
    }

    /// <summary>Finder <c>q=criteria</c>: the ACLs assigned to one member.</summary>
    public IReadOnlyList<AclAssigneeKey> FindAssignees(string integrationContext, string dataProvider, string assignee)
    {
        lock (_gate)
        {
            return _assignees
                .Where(a => a.IntegrationContext == integrationContext && a.DataProvider == dataProvider && a.Assignee == assignee)
                .OrderBy(a => a.AtsEntityAclId, StringComparer.Ordinal)
                .ToList();
        }
    }

    public static JsonObject ToJson(AclKey key) => new()
    {
        ["atsEntityAclId"] = key.AtsEntityAclId,
        ["dataProvider"] = key.DataProvider,
        ["integrationContext"] = key.IntegrationContext,
        ["atsEntityId"] = key.AtsEntityId,
        ["atsEntityType"] = key.AtsEntityType,
    };

    public static JsonObject ToJson(AclAssigneeKey key) => new()
    {
        ["atsEntityAclId"] = key.AtsEntityAclId,
        ["dataProvider"] = key.DataProvider,
        ["integrationContext"] = key.IntegrationContext,
        ["assignee"] = key.Assignee,
        ["atsEntityType"] = key.AtsEntityType,
    };
}
