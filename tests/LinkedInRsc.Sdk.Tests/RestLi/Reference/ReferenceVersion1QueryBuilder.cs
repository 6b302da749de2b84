// The Rest.li codec as it was before it was rewritten for speed (commit de6fe51), kept verbatim but for names as
// the oracle of RestLiCodecDifferentialTests: the new code must give the same results and the same errors.
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Sdk.Tests.RestLi.Reference;

/// <summary>
/// Rebuilds structured values from protocol 1.0 query parameters: dotted names are record fields
/// (<c>timeRange.start</c>), <c>[i]</c> are list indexes (<c>ids[0].atsCandidateId</c>), repeated names are lists.
/// </summary>
internal sealed class ReferenceVersion1QueryBuilder
{
    private readonly Node _root = new();

    internal void Add(string name, int position, string value)
    {
        var node = _root;
        int depth = 0;
        int i = 0;
        while (true)
        {
            int segmentStart = i;
            while (i < name.Length && name[i] is not ('.' or '[' or ']'))
            {
                i++;
            }

            if (i == segmentStart)
            {
                throw Error(position, "expected a field name in the parameter name");
            }

            node = node.Field(name[segmentStart..i], position);
            while (i < name.Length && name[i] == '[')
            {
                int close = name.IndexOf(']', i);
                if (close < 0 || !int.TryParse(name.AsSpan(i + 1, close - i - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int index))
                {
                    throw Error(position, "expected a non-negative number and ']' after '[' in the parameter name");
                }

                node = node.Index(index, position);
                i = close + 1;
                if (++depth >= RestLiCodec.MaxNestingDepth)
                {
                    throw Error(position, $"the parameter name nests deeper than {RestLiCodec.MaxNestingDepth} levels");
                }
            }

            if (i == name.Length)
            {
                node.SetLeaf(value, position);
                return;
            }

            if (name[i] != '.')
            {
                throw Error(position, $"expected '.', '[' or '=' after a field name but found '{name[i]}'");
            }

            i++;
            if (++depth >= RestLiCodec.MaxNestingDepth)
            {
                throw Error(position, $"the parameter name nests deeper than {RestLiCodec.MaxNestingDepth} levels");
            }
        }
    }

    internal void CopyTo(IDictionary<string, RestLiValue> result)
    {
        if (_root.Fields is null)
        {
            return;
        }

        foreach (var (name, node) in _root.Fields)
        {
            result[name] = node.ToValue();
        }
    }

    private static RestLiFormatException Error(int position, string what) =>
        new($"Invalid Rest.li 1.0 query parameter at position {position}: {what}.", position);

    private sealed class Node
    {
        internal List<string>? Leaves { get; private set; }

        internal SortedDictionary<string, Node>? Fields { get; private set; }

        internal SortedDictionary<int, Node>? Indexes { get; private set; }

        internal Node Field(string name, int position)
        {
            if (Leaves is not null || Indexes is not null)
            {
                throw Error(position, $"the parameter '{name}' is used both as a record and as a primitive or list");
            }

            Fields ??= new SortedDictionary<string, Node>(StringComparer.Ordinal);
            if (!Fields.TryGetValue(name, out var child))
            {
                child = new Node();
                Fields.Add(name, child);
            }

            return child;
        }

        internal Node Index(int index, int position)
        {
            if (Leaves is not null || Fields is not null)
            {
                throw Error(position, "an indexed parameter is also used as a record or a primitive");
            }

            Indexes ??= [];
            if (!Indexes.TryGetValue(index, out var child))
            {
                child = new Node();
                Indexes.Add(index, child);
            }

            return child;
        }

        internal void SetLeaf(string value, int position)
        {
            if (Fields is not null || Indexes is not null)
            {
                throw Error(position, "a parameter is used both as a primitive and as a record or list");
            }

            (Leaves ??= []).Add(value);
        }

        internal RestLiValue ToValue()
        {
            if (Leaves is not null)
            {
                return Leaves.Count == 1 ? RestLiValue.FromString(Leaves[0]) : RestLiValue.ListOf(Leaves);
            }

            if (Indexes is not null)
            {
                return RestLiValue.ListOf(Indexes.Values.Select(static n => n.ToValue()));
            }

            return RestLiValue.RecordOf(Fields!.Select(static f => new KeyValuePair<string, RestLiValue>(f.Key, f.Value.ToValue())));
        }
    }
}
