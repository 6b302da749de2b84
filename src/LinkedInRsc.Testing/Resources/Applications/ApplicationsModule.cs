using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LinkedInRsc.RestLi;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.Applications;

/// <summary>
/// <c>atsApplications</c> (BATCH_UPDATE, BATCH_DELETE, BATCH_GET) and its <c>stages</c>, <c>notes</c> and
/// <c>interviewFeedback</c> sub-resources; every entity is checked for the caller's tenancy and answered with its own status.
/// </summary>
internal sealed class ApplicationsModule(EmulatorServices services) : IEmulatorModule
{
    private readonly ApplicationStore _applications = services.Stores.Get<ApplicationStore>();

    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = EmulatorModuleCatalog.ModuleInitializerJustification)]
    internal static void AddToCatalog() => EmulatorModuleCatalog.Add("atsApplications", s => new ApplicationsModule(s));

    public void Register(EmulatorRouter router)
    {
        router.Map("atsApplications", RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<ApplicationKey>(ctx, e, k => _applications.Upsert(k, e.Value))));
        router.Map("atsApplications", RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithKey<ApplicationKey>(ctx, e, _applications.Delete)));
        router.Map("atsApplications", RestLiMethod.BatchGet, (c, _) => BatchHandlers.BatchGet(c, (ctx, e) => BatchHandlers.WithKey<ApplicationKey>(ctx, e, _applications.Get)));
        foreach (var part in new[] { ApplicationPart.Stages, ApplicationPart.Notes, ApplicationPart.InterviewFeedback })
        {
            var name = ApplicationStore.PartName(part);
            router.Map("atsApplications", name, RestLiMethod.BatchUpdate, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithParentKey<ApplicationKey>(ctx, e, (k, id) => _applications.UpsertPart(k, part, id, e.Value))));
            router.Map("atsApplications", name, RestLiMethod.BatchDelete, (c, _) => BatchHandlers.Batch(c, (ctx, e) => BatchHandlers.WithParentKey<ApplicationKey>(ctx, e, (k, id) => _applications.DeletePart(k, part, id))));
            router.Map("atsApplications", name, RestLiMethod.BatchGet, (c, _) => BatchHandlers.BatchGet(c, (ctx, e) => BatchHandlers.WithParentKey<ApplicationKey>(ctx, e, (k, id) => _applications.GetPart(k, part, id))));
        }
    }
}
