using System.Text.Json.Nodes;

namespace LinkedInRsc.RestLi;

/// <summary>
/// A Rest.li partial update of one entity: fields to set (<c>$set</c>) and fields to remove (<c>$delete</c>), sent as
/// <c>{"patch":{"$set":{...},"$delete":[...]}}</c>.
/// </summary>
/// <remarks>Patches of nested records (a field holding its own <c>$set</c>) are not modelled; set the whole nested record instead.</remarks>
public sealed class RestLiPatch
{
    /// <summary>Creates a patch.</summary>
    /// <param name="set">The fields to set, or <see langword="null"/>.</param>
    /// <param name="delete">The names of the fields to remove, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">Both are empty, or a field name is empty or both set and deleted.</exception>
    public RestLiPatch(JsonObject? set = null, IEnumerable<string>? delete = null)
    {
        Set = set?.DeepClone().AsObject() ?? [];
        Delete = delete is null ? [] : [.. delete];
        if (Set.Count == 0 && Delete.Count == 0)
        {
            throw new ArgumentException("A patch must set or delete at least one field.", nameof(set));
        }

        foreach (string field in Delete)
        {
            if (string.IsNullOrEmpty(field))
            {
                throw new ArgumentException("A field name to delete is null or empty.", nameof(delete));
            }

            if (Set.ContainsKey(field))
            {
                throw new ArgumentException($"The field '{field}' is both set and deleted in the same patch.", nameof(delete));
            }
        }
    }

    /// <summary>The fields to set (a private copy).</summary>
    public JsonObject Set { get; }

    /// <summary>The names of the fields to remove.</summary>
    public IReadOnlyList<string> Delete { get; }

    /// <summary>A patch that sets fields.</summary>
    /// <param name="fields">The fields to set.</param>
    /// <returns>The patch.</returns>
    public static RestLiPatch SetFields(JsonObject fields) => new(fields ?? throw new ArgumentNullException(nameof(fields)));

    /// <summary>A patch that removes fields, e.g. <c>manualMatchedMember</c> to unlink a candidate.</summary>
    /// <param name="fields">The names of the fields to remove.</param>
    /// <returns>The patch.</returns>
    public static RestLiPatch DeleteFields(params string[] fields) => new(delete: fields ?? throw new ArgumentNullException(nameof(fields)));

    /// <summary>The JSON sent for this patch: <c>{"patch":{"$set":{...},"$delete":[...]}}</c>.</summary>
    /// <returns>A new JSON object.</returns>
    public JsonObject ToJson()
    {
        var patch = new JsonObject();
        if (Set.Count > 0)
        {
            patch["$set"] = Set.DeepClone();
        }

        if (Delete.Count > 0)
        {
            var delete = new JsonArray();
            foreach (string field in Delete)
            {
                delete.Add((JsonNode?)JsonValue.Create(field));
            }

            patch["$delete"] = delete;
        }

        return new JsonObject { ["patch"] = patch };
    }

    /// <summary>Names the patched fields, never their values.</summary>
    /// <returns>A description safe to log.</returns>
    public override string ToString() =>
        $"RestLiPatch {{ $set: [{string.Join(", ", Set.Select(p => p.Key))}], $delete: [{string.Join(", ", Delete)}] }}";
}
