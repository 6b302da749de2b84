namespace LinkedInRsc.RestLi;

/// <summary>The result of one criteria of a BATCH_FINDER, matched by position.</summary>
public sealed record RestLiBatchFinderResult
{
    /// <summary>The position of the criteria in the request.</summary>
    public required int Index { get; init; }

    /// <summary>The criteria, as given in the request.</summary>
    public required RestLiValue Criteria { get; init; }

    /// <summary>What happened.</summary>
    public required RestLiOutcome Outcome { get; init; }

    /// <summary>The found elements, when it succeeded.</summary>
    public RestLiPage? Page { get; init; }

    /// <summary>The error, when it failed.</summary>
    public RestLiError? Error { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Index = ").Append(Index)
            .Append(", Criteria = ").Append(Criteria)
            .Append(", Outcome = ").Append(Outcome)
            .Append(", Page = ").Append(Page)
            .Append(", Error = ").Append(Error);
        return true;
    }
}
