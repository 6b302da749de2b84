namespace LinkedInRsc.Testing.Core;

/// <summary>Which application's token a route accepts.</summary>
internal enum RouteCaller
{
    /// <summary>A customer's (child) application token; the partner token is refused with 403.</summary>
    Customer,

    /// <summary>The partner (parent) application token only (provisioning).</summary>
    Partner,
}
