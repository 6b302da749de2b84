namespace LinkedInRsc.Testing.Resources;

/// <summary>
/// The mandatory parameters and time windows the contract-level Recruiter-activity finders share (seats,
/// conversation events, prospect notes, mail stubs). Tenancy and the CSA_API gate are the HTTP module's job.
/// </summary>
internal static class ActivityRules
{
    /// <summary>400 unless <paramref name="contract"/> is a contract URN.</summary>
    public static void RequireContract(string? contract)
    {
        if (string.IsNullOrEmpty(contract))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'contract' is required: the contract URN (urn:li:contract:{id}).");
        }

        if (!EntityRules.IsUrn(contract, EntityRules.ContractUrnPrefix))
        {
            throw ResourceRequestException.BadRequest("Query parameter 'contract' must be a contract URN (urn:li:contract:{id}).");
        }
    }

    /// <summary>400 unless <paramref name="contracts"/> holds one or more contract URNs.</summary>
    public static void RequireContracts(IReadOnlyCollection<string> contracts)
    {
        if (contracts.Count == 0)
        {
            throw ResourceRequestException.BadRequest("Query parameter 'contracts' is required: one or more contract URNs (urn:li:contract:{id}).");
        }

        foreach (var contract in contracts)
        {
            RequireContract(contract);
        }
    }

    /// <summary>
    /// The time window [<paramref name="start"/>, <paramref name="end"/>) in epoch milliseconds, open-ended where a bound
    /// is null; 400 when <paramref name="required"/> bounds are missing, a bound is not positive, the window is empty or
    /// wider than <paramref name="max"/>.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset To) Window(long? start, long? end, string startName, string endName, TimeSpan? max, bool required)
    {
        if (required && (start is null || end is null))
        {
            throw ResourceRequestException.BadRequest($"Query parameters '{startName}' and '{endName}' (epoch milliseconds) are required.");
        }

        if (start is <= 0 || end is <= 0)
        {
            throw ResourceRequestException.BadRequest($"Query parameters '{startName}' and '{endName}' must be epoch milliseconds greater than 0.");
        }

        var from = start is null ? DateTimeOffset.MinValue : DateTimeOffset.FromUnixTimeMilliseconds(start.Value);
        var to = end is null ? DateTimeOffset.MaxValue : DateTimeOffset.FromUnixTimeMilliseconds(end.Value);
        if (to <= from)
        {
            throw ResourceRequestException.BadRequest($"Query parameter '{endName}' must be after '{startName}'.");
        }

        if (max is { } limit && to - from > limit)
        {
            throw ResourceRequestException.BadRequest($"The time range spans {(to - from).TotalHours:0.##} hours; at most {limit.TotalHours:0.##} hours are allowed per call. Split it into smaller windows.");
        }

        return (from, to);
    }
}
