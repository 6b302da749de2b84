using System.Globalization;

namespace LinkedInRsc.Benchmarks.RestLi;

/// <summary>
/// The baseline: the obvious hand-written code for exactly these keys — <c>string.Concat</c> per key,
/// <see cref="Uri.EscapeDataString(string)"/>, <c>string.Join</c> to encode; <c>Split</c> and
/// <see cref="Uri.UnescapeDataString(string)"/> to decode. It knows the key's three fields and nothing else (no
/// empty strings, no nesting, no validation), which makes it faster than a general codec can be; a test checks it
/// writes the SDK's exact text and reads back the same keys.
/// </summary>
public static class NaiveRestLiKeys
{
    /// <summary>Protocol 2.0: <c>ids=List((atsCandidateId:…,dataProvider:…,integrationContext:urn%3Ali%3A…),…)</c>.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The query.</returns>
    public static string EncodeVersion2(CandidateKeyData[] keys)
    {
        var parts = new string[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            parts[i] = EncodeKeyVersion2(keys[i]);
        }

        return "ids=List(" + string.Join(",", parts) + ")";
    }

    /// <summary>One key in protocol 2.0: <c>(atsCandidateId:…,dataProvider:…,integrationContext:urn%3Ali%3A…)</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The encoded key.</returns>
    public static string EncodeKeyVersion2(CandidateKeyData key) => string.Concat(
        "(atsCandidateId:",
        Uri.EscapeDataString(key.AtsCandidateId),
        ",dataProvider:",
        Uri.EscapeDataString(key.DataProvider),
        ",integrationContext:",
        Uri.EscapeDataString(key.IntegrationContext),
        ")");

    /// <summary>Protocol 1.0: <c>ids[0].atsCandidateId=…&amp;ids[0].dataProvider=…&amp;ids[0].integrationContext=urn:li:…</c>.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The query.</returns>
    public static string EncodeVersion1(CandidateKeyData[] keys)
    {
        var parts = new string[keys.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            string prefix = "ids[" + i.ToString(CultureInfo.InvariantCulture) + "].";
            parts[i] = string.Concat(
                prefix,
                "atsCandidateId=",
                EscapeVersion1(keys[i].AtsCandidateId),
                "&",
                prefix,
                "dataProvider=",
                EscapeVersion1(keys[i].DataProvider),
                "&",
                prefix,
                "integrationContext=",
                EscapeVersion1(keys[i].IntegrationContext));
        }

        return string.Join("&", parts);
    }

    /// <summary>Reads what <see cref="EncodeVersion2"/> writes.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The keys.</returns>
    public static List<CandidateKeyData> DecodeVersion2(string query)
    {
        // ids=List((a:1,b:2,c:3),(a:4,b:5,c:6))
        string list = query.Substring("ids=List((".Length, query.Length - "ids=List((".Length - "))".Length);
        var keys = new List<CandidateKeyData>();
        foreach (string record in list.Split("),("))
        {
            var key = default(CandidateKeyData);
            foreach (string field in record.Split(','))
            {
                string[] nameValue = field.Split(':', 2);
                key = With(key, nameValue[0], Uri.UnescapeDataString(nameValue[1]));
            }

            keys.Add(key);
        }

        return keys;
    }

    /// <summary>Reads what <see cref="EncodeVersion1"/> writes.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The keys.</returns>
    public static List<CandidateKeyData> DecodeVersion1(string query)
    {
        var keys = new List<CandidateKeyData>();
        foreach (string parameter in query.Split('&'))
        {
            // ids[12].atsCandidateId=cand-1
            string[] nameValue = parameter.Split('=', 2);
            string name = nameValue[0];
            int open = name.IndexOf('[', StringComparison.Ordinal);
            int close = name.IndexOf(']', open);
            int index = int.Parse(name.AsSpan(open + 1, close - open - 1), CultureInfo.InvariantCulture);
            while (keys.Count <= index)
            {
                keys.Add(default);
            }

            keys[index] = With(keys[index], name.Substring(close + 2), Uri.UnescapeDataString(nameValue[1]));
        }

        return keys;
    }

    // Protocol 1.0 leaves ':' in values as it is (URNs are sent unescaped); EscapeDataString escapes it.
    private static string EscapeVersion1(string value) => Uri.EscapeDataString(value).Replace("%3A", ":", StringComparison.Ordinal);

    private static CandidateKeyData With(CandidateKeyData key, string name, string value) => name switch
    {
        "atsCandidateId" => key with { AtsCandidateId = value },
        "dataProvider" => key with { DataProvider = value },
        "integrationContext" => key with { IntegrationContext = value },
        _ => throw new FormatException("Unexpected key field."),
    };
}
