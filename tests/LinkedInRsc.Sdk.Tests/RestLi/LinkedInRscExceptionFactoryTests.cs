using System.Net;
using System.Text;
using LinkedInRsc.RestLi;

namespace LinkedInRsc.Sdk.Tests.RestLi;

[TestFixture]
public sealed class LinkedInRscExceptionFactoryTests
{
    private static HttpResponseMessage Response(HttpStatusCode status, string? body, string uri = "https://api.linkedin.com/v2/atsCandidates?ids=List(secret)&token=abc")
    {
        var response = new HttpResponseMessage(status)
        {
            RequestMessage = new HttpRequestMessage(HttpMethod.Put, uri),
        };
        if (body is not null)
        {
            response.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return response;
    }

    [Test]
    public async Task FromResponseAsync_LinkedInErrorBody_MapsEveryField()
    {
        using var response = Response(HttpStatusCode.Forbidden, """{"status":403,"serviceErrorCode":100,"message":"Not enough permissions to access: atsCandidates"}""");
        response.Headers.Add("x-li-request-id", "LI-1");

        var ex = await LinkedInRscExceptionFactory.FromResponseAsync(response, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(ex.ServiceErrorCode, Is.EqualTo(100));
            Assert.That(ex.ServiceMessage, Is.EqualTo("Not enough permissions to access: atsCandidates"));
            Assert.That(ex.RequestId, Is.EqualTo("LI-1"));
            Assert.That(ex.HttpMethod, Is.EqualTo("PUT"));
            Assert.That(ex.RequestUri, Is.EqualTo(new Uri("https://api.linkedin.com/v2/atsCandidates")));
            Assert.That(ex.IsTransient, Is.False);
            Assert.That(ex.Message, Is.EqualTo(
                "LinkedIn answered 403 (Forbidden) to PUT https://api.linkedin.com/v2/atsCandidates; serviceErrorCode 100: Not enough permissions to access: atsCandidates. Request id: LI-1."));
        });
    }

    [Test]
    public async Task FromResponseAsync_OAuthErrorBody_MapsErrorAndDescription()
    {
        using var response = Response(HttpStatusCode.Unauthorized, """{"error":"invalid_client","error_description":"Client authentication failed"}""", "https://www.linkedin.com/oauth/v2/accessToken");

        var ex = await LinkedInRscExceptionFactory.FromResponseAsync(response, CancellationToken.None);

        Assert.That(ex.ErrorCode, Is.EqualTo("invalid_client"));
        Assert.That(ex.ServiceMessage, Is.EqualTo("Client authentication failed"));
    }

    [Test]
    public async Task FromResponseAsync_RestLiBodyRequestId_UsedWhenNoHeader_HeaderWinsOtherwise()
    {
        const string Body = """{"status":500,"code":"INTERNAL_SERVER_ERROR","requestId":"BODY-ID"}""";
        using var withoutHeader = Response(HttpStatusCode.InternalServerError, Body);
        using var withHeader = Response(HttpStatusCode.InternalServerError, Body);
        withHeader.Headers.Add("x-restli-request-id", "HEADER-ID");

        var a = await LinkedInRscExceptionFactory.FromResponseAsync(withoutHeader, CancellationToken.None);
        var b = await LinkedInRscExceptionFactory.FromResponseAsync(withHeader, CancellationToken.None);

        Assert.That(a.RequestId, Is.EqualTo("BODY-ID"));
        Assert.That(b.RequestId, Is.EqualTo("HEADER-ID"));
        Assert.That(a.ErrorCode, Is.EqualTo("INTERNAL_SERVER_ERROR"));
        Assert.That(a.Message, Does.Contain("transient"));
    }

    [Test]
    public async Task FromResponseAsync_RetryAfter_AsSecondsOrAsADate_BecomesTheDelay()
    {
        using var seconds = Response(HttpStatusCode.TooManyRequests, null);
        seconds.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        using var date = Response(HttpStatusCode.TooManyRequests, null);
        var sent = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        date.Headers.Date = sent;
        date.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(sent.AddSeconds(90));
        using var none = Response(HttpStatusCode.TooManyRequests, null);

        var a = await LinkedInRscExceptionFactory.FromResponseAsync(seconds, CancellationToken.None);
        var b = await LinkedInRscExceptionFactory.FromResponseAsync(date, CancellationToken.None);
        var c = await LinkedInRscExceptionFactory.FromResponseAsync(none, CancellationToken.None);

        Assert.That((a.RetryAfter, b.RetryAfter, c.RetryAfter), Is.EqualTo(((TimeSpan?)TimeSpan.FromSeconds(7), (TimeSpan?)TimeSpan.FromSeconds(90), (TimeSpan?)null)));
    }

    [TestCase("", null)]
    [TestCase("not json at all", null)]
    [TestCase("[1,2]", null)]
    [TestCase("""{"unrelated":true}""", null)]
    [TestCase("""{"message":123,"status":"400"}""", null)]
    public async Task FromResponseAsync_BodyWithoutErrorObject_KeepsStatusOnly(string body, string? expectedMessage)
    {
        using var response = Response(HttpStatusCode.BadRequest, body);

        var ex = await LinkedInRscExceptionFactory.FromResponseAsync(response, CancellationToken.None);

        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(ex.ServiceMessage, Is.EqualTo(expectedMessage));
        Assert.That(ex.Message, Does.Not.Contain("not json").And.Not.Contain("unrelated"));
    }

    [Test]
    public async Task FromResponseAsync_HugeBody_ReadsABoundedPrefix()
    {
        string body = "{\"message\":\"x\",\"padding\":\"" + new string('a', 1_000_000) + "\"}";
        using var response = Response(HttpStatusCode.BadGateway, body);

        var ex = await LinkedInRscExceptionFactory.FromResponseAsync(response, CancellationToken.None);

        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        Assert.That(ex.ServiceMessage, Is.Null, "a truncated body is not parsed");
        Assert.That(ex.Message.Length, Is.LessThan(300));
    }

    [TestCase(HttpStatusCode.RequestTimeout, true)]
    [TestCase(HttpStatusCode.TooManyRequests, true)]
    [TestCase(HttpStatusCode.InternalServerError, true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, true)]
    [TestCase(HttpStatusCode.GatewayTimeout, true)]
    [TestCase(HttpStatusCode.BadRequest, false)]
    [TestCase(HttpStatusCode.Unauthorized, false)]
    [TestCase(HttpStatusCode.Conflict, false)]
    [TestCase(HttpStatusCode.UnprocessableEntity, false)]
    public void IsTransient_408_429_5xx(HttpStatusCode status, bool expected)
    {
        Assert.That(LinkedInRscExceptionFactory.IsTransient(status), Is.EqualTo(expected));
    }

    [TestCase("https://h/v2/x?ids=1#frag", "https://h/v2/x")]
    [TestCase("https://h/v2/a/(k:urn%3Ali%3Ax%3A1)?q=1", "https://h/v2/a/(k:urn%3Ali%3Ax%3A1)")]
    public void WithoutQuery_DropsQueryAndFragment(string input, string expected)
    {
        Assert.That(LinkedInRscExceptionFactory.WithoutQuery(new Uri(input))!.AbsoluteUri, Is.EqualTo(expected));
        Assert.That(LinkedInRscExceptionFactory.WithoutQuery(new Uri("atsCandidates?ids=x", UriKind.Relative))!.OriginalString, Is.EqualTo("atsCandidates"));
        Assert.That(LinkedInRscExceptionFactory.WithoutQuery(null), Is.Null);
    }

    [Test]
    public void Exception_RequestUriSetWithAQuery_KeepsOnlyThePath()
    {
        var ex = new LinkedInRscException("failed") { RequestUri = new Uri("https://h/v2/atsCandidates?ids=List(secret)#x"), StatusCode = HttpStatusCode.BadRequest };

        Assert.That(ex.RequestUri!.AbsoluteUri, Is.EqualTo("https://h/v2/atsCandidates"));
    }
}
