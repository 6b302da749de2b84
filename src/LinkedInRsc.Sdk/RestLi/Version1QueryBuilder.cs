using System.Globalization;
using System.Runtime.CompilerServices;

namespace LinkedInRsc.RestLi;

/// <summary>
/// Rebuilds structured values from protocol 1.0 query parameters: dotted names are record fields
/// (<c>timeRange.start</c>), <c>[i]</c> are list indexes (<c>ids[0].atsCandidateId</c>), repeated names are lists.
/// </summary>
/// <remarks>
/// The tree lives in one pooled table of node structs linked by index, so reading <c>ids[0..99].*</c> allocates no
/// node, no name and no list per parameter: the part of a name shared with the previous parameter is not looked up
/// again, other names are matched as spans against the last child used, then by a short scan, and by a dictionary
/// only for nodes with many children looked up out of order. Always
/// <see cref="Dispose"/> it.
/// </remarks>
internal ref struct Version1QueryBuilder
{
    /// <summary>Nodes with more children than this are looked up in a dictionary instead of scanned.</summary>
    private const int ScanChildrenUpTo = 8;
    private const int Root = 0;

    private PooledList<Node> _nodes;
    private RecentPrimitives _recent;
    private PooledTextBuilder _previousName;
    private PooledList<Step> _previousPath;
    private Dictionary<(int Parent, string Name), int>? _wideFields;
    private Dictionary<(int Parent, int Index), int>? _wideIndexes;
    private int _lastLeafOrdinal;

    public Version1QueryBuilder()
    {
        _nodes = new PooledList<Node>();
        ref Node root = ref _nodes.Add();
        root.FirstChild = root.LastChild = root.NextSibling = root.Recent = root.MaxIndex = root.Ordinal = -1;
        _recent = default;
        _previousName = default;
        _previousPath = new PooledList<Step>();
    }

    private enum Shape : byte
    {
        Unset,
        Leaf,
        Record,
        List,
    }

    /// <summary>
    /// The value of a parameter starting at <paramref name="query"/>[valueStart] when it is the raw text the previous
    /// record had in the field after the last one read (<c>dataProvider=ATS</c> after <c>atsCandidateId</c>), up to
    /// '&amp;' or the end: then it needs no scan and no decoding (the same raw text decodes to the same value).
    /// </summary>
    internal readonly bool TryRecentValue(ReadOnlySpan<char> query, int valueStart, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RestLiValue? value, out int end) =>
        _recent.TryValueEndingAt(_lastLeafOrdinal + 1, query, valueStart, '&', out value, out end);

    /// <summary>
    /// Adds one parameter: its decoded name, the position of the parameter in <paramref name="query"/>, and its value
    /// (raw at [valueStart..valueEnd) of the query, decoded, and <paramref name="knownValue"/> when <see cref="TryRecentValue"/> found it).
    /// </summary>
    internal void Add(scoped ReadOnlySpan<char> name, int position, ReadOnlySpan<char> query, int valueStart, int valueEnd, scoped ReadOnlySpan<char> value, RestLiValue? knownValue)
    {
        // The nodes of the part of the name shared with the previous parameter (ids[7]. in ids[7].dataProvider after
        // ids[7].atsCandidateId) are those the previous one reached: resume after them instead of looking them up
        // again. Parsing them again would find the same nodes and could not fail, so the outcome is the same.
        int node = Root;
        int depth = 0;
        int i = 0;
        int steps = Resume(name, ref node, ref depth, ref i);
        _previousName.Length = 0;
        _previousName.Append(name);
        _previousPath.RemoveFrom(steps);
        bool resumed = steps > 0;
        while (true)
        {
            if (!resumed)
            {
                // The last segment is usually the field the previous record had at the same position ("dataProvider"):
                // when the rest of the name is that name, which holds no separator, it is one segment without a scan.
                int segmentStart = i;
                string? known = _recent.LastKey(_nodes[node].ChildCount);
                if (known is not null && name[i..].SequenceEqual(known))
                {
                    i = name.Length;
                }
                else
                {
                    known = null;
                    int segmentLength = name[i..].IndexOfAny('.', '[', ']');
                    i = segmentLength < 0 ? name.Length : i + segmentLength;
                    if (i == segmentStart)
                    {
                        throw Error(position, "expected a field name in the parameter name");
                    }
                }

                node = Field(node, name[segmentStart..i], known, position);
                _previousPath.Add(new Step(i, node, depth));
            }

            resumed = false;
            while (i < name.Length && name[i] == '[')
            {
                int close = name[i..].IndexOf(']');
                if (close < 0 || !TryParseIndex(name.Slice(i + 1, close - 1), out int index))
                {
                    throw Error(position, "expected a non-negative number and ']' after '[' in the parameter name");
                }

                node = Index(node, index, position);
                i += close + 1;
                if (++depth >= RestLiCodec.MaxNestingDepth)
                {
                    throw TooDeep(position);
                }

                _previousPath.Add(new Step(i, node, depth));
            }

            if (i == name.Length)
            {
                SetLeaf(node, position, query, valueStart, valueEnd, value, knownValue);
                return;
            }

            if (name[i] != '.')
            {
                throw Unexpected(position, name[i]);
            }

            i++;
            if (++depth >= RestLiCodec.MaxNestingDepth)
            {
                throw TooDeep(position);
            }
        }
    }

    /// <summary>Writes each top-level parameter's value into <paramref name="result"/> (nothing for a <see langword="default"/> builder).</summary>
    internal readonly void CopyTo(IDictionary<string, RestLiValue> result)
    {
        if (_nodes.Count == 0)
        {
            return;
        }

        for (int child = _nodes[Root].FirstChild; child >= 0; child = _nodes[child].NextSibling)
        {
            result[_nodes[child].Name!] = ToValue(child);
        }
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        _nodes.Dispose();
        _previousName.Dispose();
        _previousPath.Dispose();
    }

    // The messages are built out of line: an interpolated string in a hot method costs its frame on every call.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RestLiFormatException Error(int position, string what) =>
        new($"Invalid Rest.li 1.0 query parameter at position {position}: {what}.", position);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RestLiFormatException TooDeep(int position) =>
        Error(position, $"the parameter name nests deeper than {RestLiCodec.MaxNestingDepth} levels");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RestLiFormatException Unexpected(int position, char found) =>
        Error(position, $"expected '.', '[' or '=' after a field name but found '{found}'");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RestLiFormatException UsedAsRecord(int position, string name) =>
        Error(position, $"the parameter '{name}' is used both as a record and as a primitive or list");

    private static bool TryParseIndex(ReadOnlySpan<char> digits, out int index)
    {
        // Up to nine ASCII digits cannot overflow; anything else gets int.TryParse's exact rules.
        if (digits.Length is > 0 and <= 9)
        {
            int value = 0;
            foreach (char c in digits)
            {
                if ((uint)(c - '0') > 9)
                {
                    return int.TryParse(digits, NumberStyles.None, NumberFormatInfo.InvariantInfo, out index);
                }

                value = (value * 10) + (c - '0');
            }

            index = value;
            return true;
        }

        return int.TryParse(digits, NumberStyles.None, NumberFormatInfo.InvariantInfo, out index);
    }

    /// <summary>The child <paramref name="name"/> of a record node, added if new; <paramref name="known"/> is its string when the caller has it.</summary>
    private int Field(int parent, scoped ReadOnlySpan<char> name, string? known, int position)
    {
        ref Node node = ref _nodes[parent];
        if (node.Shape is Shape.Leaf or Shape.List)
        {
            throw UsedAsRecord(position, name.ToString());
        }

        node.Shape = Shape.Record;
        if (node.Recent >= 0 && name.SequenceEqual(_nodes[node.Recent].Name))
        {
            return node.Recent;
        }

        int found = -1;
        if (node.ChildCount > ScanChildrenUpTo)
        {
            EnsureIndexed(parent);
            found = _wideFields!.TryGetValue((parent, name.ToString()), out int child) ? child : -1;
        }
        else
        {
            for (int child = node.FirstChild; child >= 0; child = _nodes[child].NextSibling)
            {
                if (name.SequenceEqual(_nodes[child].Name))
                {
                    found = child;
                    break;
                }
            }
        }

        if (found >= 0)
        {
            _nodes[parent].Recent = found;
            return found;
        }

        return AddChild(parent, known ?? _recent.Key(node.ChildCount, name), 0);
    }

    private int Index(int parent, int index, int position)
    {
        ref Node node = ref _nodes[parent];
        if (node.Shape is Shape.Leaf or Shape.Record)
        {
            throw Error(position, "an indexed parameter is also used as a record or a primitive");
        }

        node.Shape = Shape.List;
        if (node.Recent >= 0 && _nodes[node.Recent].Index == index)
        {
            return node.Recent;
        }

        if (node.ChildCount > 0 && index <= node.MaxIndex)
        {
            int found = -1;
            if (node.ChildCount > ScanChildrenUpTo)
            {
                EnsureIndexed(parent);
                found = _wideIndexes!.TryGetValue((parent, index), out int child) ? child : -1;
            }
            else
            {
                for (int child = node.FirstChild; child >= 0; child = _nodes[child].NextSibling)
                {
                    if (_nodes[child].Index == index)
                    {
                        found = child;
                        break;
                    }
                }
            }

            if (found >= 0)
            {
                _nodes[parent].Recent = found;
                return found;
            }

            node.OutOfOrder = true;
        }

        node.MaxIndex = Math.Max(node.MaxIndex, index);
        return AddChild(parent, null, index);
    }

    private void SetLeaf(int id, int position, ReadOnlySpan<char> query, int valueStart, int valueEnd, scoped ReadOnlySpan<char> value, RestLiValue? known)
    {
        ref Node node = ref _nodes[id];
        if (node.Shape is Shape.Record or Shape.List)
        {
            throw Error(position, "a parameter is used both as a primitive and as a record or list");
        }

        RestLiValue? leaf = known;
        if (leaf is null && !_recent.TryValue(node.Ordinal, query, valueStart, valueEnd, out leaf))
        {
            leaf = _recent.AddValue(node.Ordinal, valueStart, valueEnd, value);
        }

        _lastLeafOrdinal = node.Ordinal;

        if (node.Shape == Shape.Unset)
        {
            node.Shape = Shape.Leaf;
            node.Leaf = leaf;
        }
        else
        {
            (node.MoreLeaves ??= []).Add(leaf);
        }
    }

    private int AddChild(int parent, string? name, int index)
    {
        int id = _nodes.Count;
        int ordinal = _nodes[parent].ChildCount;
        ref Node child = ref _nodes.Add();
        child.Name = name;
        child.Index = index;
        child.Ordinal = ordinal;
        child.FirstChild = child.LastChild = child.NextSibling = child.Recent = child.MaxIndex = -1;
        ref Node node = ref _nodes[parent];
        if (node.LastChild >= 0)
        {
            _nodes[node.LastChild].NextSibling = id;
        }
        else
        {
            node.FirstChild = id;
        }

        node.LastChild = id;
        node.Recent = id;
        node.ChildCount++;
        if (node.Indexed)
        {
            Remember(parent, id);
        }

        return id;
    }

    /// <summary>
    /// Puts the children of a node with many into the lookup dictionaries, the first time one is looked up out of
    /// order (in-order lists of records, the common case, never get there).
    /// </summary>
    private void EnsureIndexed(int parent)
    {
        ref Node node = ref _nodes[parent];
        if (node.Indexed)
        {
            return;
        }

        node.Indexed = true;
        _wideFields ??= [];
        _wideIndexes ??= [];
        for (int child = node.FirstChild; child >= 0; child = _nodes[child].NextSibling)
        {
            Remember(parent, child);
        }
    }

    private readonly void Remember(int parent, int child)
    {
        if (_nodes[child].Name is { } name)
        {
            _wideFields![(parent, name)] = child;
        }
        else
        {
            _wideIndexes![(parent, _nodes[child].Index)] = child;
        }
    }

    private readonly RestLiValue ToValue(int id)
    {
        ref readonly Node node = ref _nodes[id];
        switch (node.Shape)
        {
            case Shape.Leaf when node.MoreLeaves is null:
                return node.Leaf!;
            case Shape.Leaf:
                return RestLiValue.CreateList([node.Leaf!, .. node.MoreLeaves]);
            case Shape.List:
                var children = new int[node.ChildCount];
                int k = 0;
                for (int child = node.FirstChild; child >= 0; child = _nodes[child].NextSibling)
                {
                    children[k++] = child;
                }

                if (node.OutOfOrder)
                {
                    var indexes = new int[children.Length];
                    for (int i = 0; i < children.Length; i++)
                    {
                        indexes[i] = _nodes[children[i]].Index;
                    }

                    Array.Sort(indexes, children);
                }

                var items = new RestLiValue[children.Length];
                for (int i = 0; i < children.Length; i++)
                {
                    items[i] = ToValue(children[i]);
                }

                return RestLiValue.CreateList(items);
            default:
                var fields = new KeyValuePair<string, RestLiValue>[node.ChildCount];
                int f = 0;
                for (int child = node.FirstChild; child >= 0; child = _nodes[child].NextSibling)
                {
                    fields[f++] = new(_nodes[child].Name!, ToValue(child));
                }

                return RestLiValue.CreateRecord(fields);
        }
    }

    /// <summary>
    /// Finds the deepest node the previous parameter reached through a prefix of <paramref name="name"/> that ends
    /// where both names continue alike, and how many of its steps stay valid.
    /// </summary>
    private readonly int Resume(scoped ReadOnlySpan<char> name, ref int node, ref int depth, ref int i)
    {
        int common = name.CommonPrefixLength(_previousName.AsSpan());
        for (int s = _previousPath.Count - 1; s >= 0; s--)
        {
            Step step = _previousPath[s];
            if (step.Offset < common || (step.Offset == common && common == name.Length && common == _previousName.Length))
            {
                node = step.Node;
                depth = step.Depth;
                i = step.Offset;
                return s + 1;
            }
        }

        return 0;
    }

    /// <summary>Where the previous parameter's name had reached a node: just after its segment or index.</summary>
    private readonly record struct Step(int Offset, int Node, int Depth);

    /// <summary>One name or index of the tree; children are a linked list in the order they were added.</summary>
    private struct Node
    {
        public string? Name;
        public int Index;
        public int Ordinal;
        public Shape Shape;
        public bool OutOfOrder;
        public bool Indexed;
        public int FirstChild;
        public int LastChild;
        public int NextSibling;
        public int Recent;
        public int ChildCount;
        public int MaxIndex;
        public RestLiValue? Leaf;
        public List<RestLiValue>? MoreLeaves;
    }
}
