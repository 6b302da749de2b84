using System.Globalization;
using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources;

/// <summary>The contract parameters of the contract-level finders, each gated by the CSA_API check.</summary>
internal static class CsaParameters
{
    /// <summary>The mandatory <c>contract</c> parameter, gated by the CSA check.</summary>
    public static string RequireContract(RequestContext context)
    {
        var contract = context.GetString("contract");
        if (string.IsNullOrEmpty(contract))
        {
            throw LinkedInError.BadRequest("Query parameter 'contract' is required: the contract URN (urn:li:contract:{id}).").AsException();
        }

        context.RequireCsa(contract);
        return contract;
    }

    /// <summary>The mandatory list parameter <paramref name="name"/> of contract URNs, each gated by the CSA check.</summary>
    public static List<string> RequireContracts(RequestContext context, string name)
    {
        var contracts = context.GetStrings(name).ToList();
        if (contracts.Count == 0)
        {
            throw LinkedInError.BadRequest(string.Create(CultureInfo.InvariantCulture, $"Query parameter '{name}' is required: one or more contract URNs (urn:li:contract:{{id}}).")).AsException();
        }

        foreach (var contract in contracts)
        {
            context.RequireCsa(contract);
        }

        return contracts;
    }
}
