using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Acls;

/// <summary>
/// <c>atsEntityAcls</c> (BATCH_UPDATE, BATCH_DELETE, BATCH_GET, FINDER <c>q=criteria</c>) and
/// <c>atsEntityAclAssignees</c> (BATCH_UPDATE, BATCH_DELETE, FINDER <c>q=criteria</c>).
/// </summary>
internal sealed class AclsModule(EmulatorServices services) : IEmulatorModule
{
    private readonly AclStore _acls = services.Stores.Get<AclStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("atsEntityAcls", s => new AclsModule(s));

    public void Register(EmulatorRouter router)
    {
        router.Map("atsEntityAcls", RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<AclKey>(ctx, e, k => _acls.UpsertAcl(k, e.Value))));
        router.Map("atsEntityAcls", RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<AclKey>(ctx, e, _acls.DeleteAcl)));
        router.Map("atsEntityAcls", RestLiMethod.BatchGet, (c, _) => BatchHandlers.BatchGet(c, (ctx, e) => BatchHandlers.WithKey<AclKey>(ctx, e, _acls.GetAcl)));
        router.MapFinder("atsEntityAcls", "criteria", FindAclsAsync);
        router.Map("atsEntityAclAssignees", RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<AclAssigneeKey>(ctx, e, k => _acls.UpsertAssignee(k, e.Value))));
        router.Map("atsEntityAclAssignees", RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<AclAssigneeKey>(ctx, e, _acls.DeleteAssignee)));
        router.MapFinder("atsEntityAclAssignees", "criteria", FindAssigneesAsync);
    }

    private ValueTask<EmulatorResponse> FindAclsAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var integrationContext = context.RequireString("integrationContext");
        var dataProvider = context.RequireString("dataProvider");
        var entityId = context.RequireString("atsEntityId");
        var entityType = context.RequireString("atsEntityType");
        context.RequireOrganization(integrationContext);
        var (start, count) = context.GetPaging();
        var all = _acls.FindAcls(integrationContext, dataProvider, entityId, entityType).Select(k => (JsonNode)AclStore.ToJson(k)).ToList();
        return CollectionResponse.Page(context, all, start, count);
    });

    private ValueTask<EmulatorResponse> FindAssigneesAsync(RequestContext context, CancellationToken cancellationToken) => ResourceHttp.Run(() =>
    {
        var integrationContext = context.RequireString("integrationContext");
        var dataProvider = context.RequireString("dataProvider");
        var assignee = context.RequireString("assignee");
        context.RequireOrganization(integrationContext);
        var (start, count) = context.GetPaging();
        var all = _acls.FindAssignees(integrationContext, dataProvider, assignee).Select(k => (JsonNode)AclStore.ToJson(k)).ToList();
        return CollectionResponse.Page(context, all, start, count);
    });
}
