using System.Globalization;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Testing.Resources;

/// <summary>One page of a finder result: Rest.li's <c>{"elements":[…],"paging":{…}}</c> collection.</summary>
internal sealed record FinderPage<T>(IReadOnlyList<T> Elements, int Start, int Count, int Total)
{
    public static FinderPage<T> Of(IReadOnlyList<T> all, PageRequest request)
    {
        var items = all.Skip(request.Start).Take(request.Count).ToList();
        return new FinderPage<T>(items, request.Start, request.Count, all.Count);
    }

    public bool HasNext => Start + Elements.Count < Total && Elements.Count > 0;

    /// <summary>The Rest.li collection body; <paramref name="nextHref"/> builds the <c>links[rel=next]</c> target from a start.</summary>
    public JsonObject ToJson(Func<T, JsonNode?> selector, Func<int, string>? nextHref = null)
    {
        var elements = new JsonArray();
        foreach (var item in Elements)
        {
            elements.Add((JsonNode?)selector(item));
        }

        var links = new JsonArray();
        if (HasNext && nextHref is not null)
        {
            links.Add((JsonNode)new JsonObject
            {
                ["rel"] = "next",
                ["type"] = "application/json",
                ["href"] = nextHref(Start + Count),
            });
        }

        return new JsonObject
        {
            ["elements"] = elements,
            ["paging"] = new JsonObject
            {
                ["start"] = Start,
                ["count"] = Count,
                ["total"] = Total,
                ["links"] = links,
            },
        };
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Page start={Start} count={Count} total={Total}");
}
