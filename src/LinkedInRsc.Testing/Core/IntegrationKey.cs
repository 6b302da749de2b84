namespace LinkedInRsc.Testing.Core;

/// <summary>The compound key of an <c>atsIntegrations</c> entity.</summary>
internal sealed record IntegrationKey(string IntegrationContext, string IntegrationType, string TenantType, string DataProvider)
{
    /// <summary>An RSC key (<c>tenantType=RECRUITER</c>, <c>dataProvider=ATS</c>).</summary>
    public static IntegrationKey Rsc(string context, string type) => new(context, type, "RECRUITER", "ATS");
}
