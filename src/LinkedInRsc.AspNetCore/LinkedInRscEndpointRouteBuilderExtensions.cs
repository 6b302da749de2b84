using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using LinkedInRsc.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the LinkedIn RSC callback endpoint: what LinkedIn calls on each customer's <c>CALLBACK_URL</c>.</summary>
public static class LinkedInRscEndpointRouteBuilderExtensions
{
    /// <summary>The default route: one callback URL per customer, the customer id in the path.</summary>
    public const string DefaultPattern = "/linkedin/{customerId}/callback";

    /// <summary>The route parameter that names the customer.</summary>
    public const string CustomerIdParameter = "customerId";

    /// <summary>
    /// Maps <c>GET</c> (LinkedIn's endpoint validation) and <c>POST</c> (push notifications) of a customer's callback URL
    /// to the SDK's <see cref="PushProcessor"/>: the raw body (at most <see cref="PushOptions.MaxBodyBytes"/> + 1 bytes
    /// are read), the headers and the query string are handed over unchanged, and the processor's answer is written
    /// back. Needs <c>services.AddLinkedInRsc(...)</c> and an <see cref="LinkedInRsc.Exports.IExportHandler"/>.
    /// </summary>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route; must contain <c>{customerId}</c>. Register the matching URL of each customer as its <c>CALLBACK_URL</c>.</param>
    /// <returns>The endpoint's convention builder, e.g. to add a host or rate-limit requirement.</returns>
    /// <exception cref="ArgumentException">The pattern has no <c>{customerId}</c> parameter.</exception>
    public static IEndpointConventionBuilder MapLinkedInRscCallback(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (RoutePatternFactory.Parse(pattern).GetParameter(CustomerIdParameter) is null)
        {
            throw new ArgumentException($"The callback route '{pattern}' must contain {{{CustomerIdParameter}}}: LinkedIn calls one URL per customer.", nameof(pattern));
        }

        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], HandleAsync).WithDisplayName("LinkedIn RSC callback");
    }

    private static async Task HandleAsync(HttpContext context)
    {
        PushProcessor processor = context.RequestServices.GetRequiredService<PushProcessor>();
        HttpRequest request = context.Request;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> parameter in request.Query)
        {
            query[parameter.Key] = parameter.Value.ToString();
        }

        byte[] body = HttpMethods.IsPost(request.Method)
            ? await ReadAtMostAsync(request.Body, processor.MaxBodyBytes + 1, context.RequestAborted).ConfigureAwait(false)
            : [];
        PushResult result = await processor.ProcessAsync(
            new PushRequest
            {
                CustomerId = request.RouteValues[CustomerIdParameter] as string ?? string.Empty,
                Method = request.Method,
                Body = body,
                Headers = headers,
                Query = query,
            },
            context.RequestAborted).ConfigureAwait(false);

        context.Response.StatusCode = result.StatusCode;
        if (result.Body is not null)
        {
            context.Response.ContentType = result.ContentType ?? "application/json";
            await context.Response.WriteAsync(result.Body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Reads up to <paramref name="limit"/> bytes: enough to tell an oversized body without buffering all of it.</summary>
    private static async Task<byte[]> ReadAtMostAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit, 16 * 1024));
        try
        {
            using var body = new MemoryStream();
            while (body.Length < limit)
            {
                int read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - body.Length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                body.Write(buffer, 0, read);
            }

            return body.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
