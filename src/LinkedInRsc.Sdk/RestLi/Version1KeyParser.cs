namespace LinkedInRsc.RestLi;

/// <summary>Reads a protocol 1.0 resource key: a primitive, or a compound key <c>k1=v1&amp;k2=v2</c>.</summary>
internal static class Version1KeyParser
{
    /// <summary>Decodes <paramref name="text"/>.</summary>
    /// <exception cref="RestLiFormatException">The text is malformed; the message names the position.</exception>
    internal static RestLiValue Parse(string text)
    {
        if (text.IndexOf('=', StringComparison.Ordinal) < 0)
        {
            return RestLiValue.FromString(RestLiPercentEncoding.Decode(text, 0, text.Length, plusAsSpace: false, positionOffset: 0));
        }

        // Every '&' ends a field, so the record's own array can be sized up front and handed over as it is.
        var fields = new KeyValuePair<string, RestLiValue>[text.AsSpan().Count('&') + 1];
        HashSet<string>? seen = null;
        int count = 0;
        int start = 0;
        while (start <= text.Length)
        {
            int amp = text.IndexOf('&', start);
            int end = amp < 0 ? text.Length : amp;
            int eq = text.IndexOf('=', start, end - start);
            if (eq < 0)
            {
                throw new RestLiFormatException($"Invalid Rest.li 1.0 compound key at position {end}: expected '=' after a field name.", end);
            }

            if (eq == start)
            {
                throw new RestLiFormatException($"Invalid Rest.li 1.0 compound key at position {start}: expected a field name before '='.", start);
            }

            string name = RestLiPercentEncoding.Decode(text, start, eq, plusAsSpace: false, positionOffset: 0);
            if (RecordKeys.IsRepeated(fields.AsSpan(0, count), name, ref seen))
            {
                throw new RestLiFormatException($"Invalid Rest.li 1.0 compound key at position {start}: a field name appears twice.", start);
            }

            fields[count++] = new(name, RestLiValue.FromString(RestLiPercentEncoding.Decode(text, eq + 1, end, plusAsSpace: false, positionOffset: 0)));
            if (amp < 0)
            {
                break;
            }

            start = amp + 1;
        }

        return RestLiValue.CreateRecord(fields);
    }
}
