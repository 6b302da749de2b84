using System.Text;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// Undoes Rest.li query tunneling: a <c>POST</c> with <c>X-HTTP-Method-Override</c> carries the
/// real verb; its query is the <c>application/x-www-form-urlencoded</c> body, or, for a call with a body, the first part
/// of a <c>multipart/mixed</c> body whose second part is the JSON body.
/// </summary>
internal static class RequestNormalizer
{
    public static EmulatorRequest Normalize(RawRequest raw)
    {
        string method = raw.Method.ToUpperInvariant();
        string? overrideMethod = raw.Headers.TryGetValue("X-HTTP-Method-Override", out string? o) ? o.Trim().ToUpperInvariant() : null;
        if (overrideMethod is null || method != "POST")
        {
            return new EmulatorRequest { Method = method, Path = raw.Path, Query = raw.Query, Headers = raw.Headers, Body = raw.Body };
        }

        if (overrideMethod is not ("GET" or "PUT" or "POST" or "DELETE"))
        {
            throw LinkedInError.BadRequest($"X-HTTP-Method-Override '{overrideMethod}' is not supported; use GET, PUT, POST or DELETE.").AsException();
        }

        string contentType = raw.Headers.TryGetValue("Content-Type", out string? ct) ? ct : string.Empty;
        string tunneledQuery;
        byte[] body;
        if (contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            (tunneledQuery, body) = ParseMultipart(contentType, raw.Body);
        }
        else if (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) || raw.Body.Length == 0)
        {
            tunneledQuery = Encoding.UTF8.GetString(raw.Body);
            body = [];
        }
        else
        {
            throw LinkedInError.BadRequest($"A tunneled request (X-HTTP-Method-Override) must carry its query as application/x-www-form-urlencoded or multipart/mixed, not '{contentType}'.").AsException();
        }

        string query = raw.Query.Length == 0 ? tunneledQuery : tunneledQuery.Length == 0 ? raw.Query : raw.Query + "&" + tunneledQuery;
        return new EmulatorRequest { Method = overrideMethod, Path = raw.Path, Query = query, Headers = raw.Headers, Body = body, Tunneled = true };
    }

    private static (string Query, byte[] Body) ParseMultipart(string contentType, byte[] content)
    {
        string? boundary = null;
        foreach (string parameter in contentType.Split(';'))
        {
            string p = parameter.Trim();
            if (p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase))
            {
                boundary = p["boundary=".Length..].Trim('"');
            }
        }

        if (string.IsNullOrEmpty(boundary))
        {
            throw LinkedInError.BadRequest("The multipart/mixed body of a tunneled request has no boundary parameter.").AsException();
        }

        string text = Encoding.UTF8.GetString(content);
        string delimiter = "--" + boundary;
        var parts = new List<string>();
        int index = text.IndexOf(delimiter, StringComparison.Ordinal);
        while (index >= 0)
        {
            int start = index + delimiter.Length;
            if (text.AsSpan(start).StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            int next = text.IndexOf(delimiter, start, StringComparison.Ordinal);
            if (next < 0)
            {
                break;
            }

            parts.Add(text[start..next]);
            index = next;
        }

        if (parts.Count != 2)
        {
            throw LinkedInError.BadRequest($"The multipart/mixed body of a tunneled request must have 2 parts (form-encoded query, then JSON body); found {parts.Count}.").AsException();
        }

        return (PartBody(parts[0]).Trim(), Encoding.UTF8.GetBytes(PartBody(parts[1]).Trim()));
    }

    private static string PartBody(string part)
    {
        int separator = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        int length = 4;
        if (separator < 0)
        {
            separator = part.IndexOf("\n\n", StringComparison.Ordinal);
            length = 2;
        }

        return separator < 0 ? part : part[(separator + length)..];
    }
}
