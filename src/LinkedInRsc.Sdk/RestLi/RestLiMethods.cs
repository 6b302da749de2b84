namespace LinkedInRsc.RestLi;

/// <summary>The wire facts of each <see cref="RestLiMethod"/>: its <c>X-RestLi-Method</c> value and its HTTP verb.</summary>
public static class RestLiMethods
{
    /// <summary>The <c>X-RestLi-Method</c> value (upper case, as LinkedIn's official client sends it, e.g. <c>BATCH_UPDATE</c>).</summary>
    /// <param name="method">The Rest.li method.</param>
    /// <returns>The header value.</returns>
    public static string HeaderValue(RestLiMethod method) => method switch
    {
        RestLiMethod.Get => "GET",
        RestLiMethod.BatchGet => "BATCH_GET",
        RestLiMethod.GetAll => "GET_ALL",
        RestLiMethod.Finder => "FINDER",
        RestLiMethod.BatchFinder => "BATCH_FINDER",
        RestLiMethod.Create => "CREATE",
        RestLiMethod.BatchCreate => "BATCH_CREATE",
        RestLiMethod.Update => "UPDATE",
        RestLiMethod.BatchUpdate => "BATCH_UPDATE",
        RestLiMethod.PartialUpdate => "PARTIAL_UPDATE",
        RestLiMethod.BatchPartialUpdate => "BATCH_PARTIAL_UPDATE",
        RestLiMethod.Delete => "DELETE",
        RestLiMethod.BatchDelete => "BATCH_DELETE",
        _ => "ACTION",
    };

    /// <summary>Parses an <c>X-RestLi-Method</c> value in either case (<c>batch_update</c> / <c>BATCH_UPDATE</c>).</summary>
    /// <param name="value">The header value.</param>
    /// <returns>The method, or <see langword="null"/> when the value names none.</returns>
    public static RestLiMethod? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (RestLiMethod method in Enum.GetValues<RestLiMethod>())
        {
            if (string.Equals(HeaderValue(method), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return method;
            }
        }

        return null;
    }

    /// <summary>The HTTP verb a Rest.li method is sent with (before any query tunneling).</summary>
    /// <param name="method">The Rest.li method.</param>
    /// <returns>GET, PUT, DELETE or POST.</returns>
    public static HttpMethod HttpMethodOf(RestLiMethod method) => method switch
    {
        RestLiMethod.Get or RestLiMethod.BatchGet or RestLiMethod.GetAll or RestLiMethod.Finder or RestLiMethod.BatchFinder => HttpMethod.Get,
        RestLiMethod.Update or RestLiMethod.BatchUpdate => HttpMethod.Put,
        RestLiMethod.Delete or RestLiMethod.BatchDelete => HttpMethod.Delete,
        _ => HttpMethod.Post,
    };
}
