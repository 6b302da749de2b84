using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Core;

/// <summary>Finder / GET_ALL collection responses: <c>{"elements":[…],"paging":{"start","count","total","links"}}</c>.</summary>
internal static class CollectionResponse
{
    /// <summary>
    /// Answers one page of <paramref name="all"/> (already filtered and ordered) at <paramref name="start"/>/<paramref name="count"/>,
    /// with <c>total</c> and a <c>next</c> link when more remain.
    /// </summary>
    public static EmulatorResponse Page(RequestContext context, IReadOnlyList<JsonNode> all, int start, int count, bool includeTotal = true)
    {
        var elements = new JsonArray();
        for (int i = start; i < all.Count && i < start + count; i++)
        {
            elements.Add((JsonNode?)all[i].DeepClone());
        }

        var paging = new JsonObject { ["start"] = start, ["count"] = count };
        if (includeTotal)
        {
            paging["total"] = all.Count;
        }

        var links = new JsonArray();
        if (start + count < all.Count && count > 0)
        {
            links.Add((JsonNode?)new JsonObject
            {
                ["rel"] = "next",
                ["type"] = "application/json",
                ["href"] = NextHref(context, start + count, count),
            });
        }

        paging["links"] = links;
        return EmulatorResponse.Ok(new JsonObject { ["elements"] = elements, ["paging"] = paging });
    }

    /// <summary>A collection response with every element and no paging beyond the count.</summary>
    public static EmulatorResponse All(RequestContext context, IReadOnlyList<JsonNode> all) => Page(context, all, 0, Math.Max(all.Count, 1));

    private static string NextHref(RequestContext context, int start, int count)
    {
        var parts = new List<string>();
        foreach (string part in context.Request.Query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith("start=", StringComparison.Ordinal) && !part.StartsWith("count=", StringComparison.Ordinal))
            {
                parts.Add(part);
            }
        }

        parts.Add($"start={start}");
        parts.Add($"count={count}");
        return $"{context.Request.Path}?{string.Join('&', parts)}";
    }
}
