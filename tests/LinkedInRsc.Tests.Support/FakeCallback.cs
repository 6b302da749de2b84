using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LinkedInRsc.Tests.Support;

/// <summary>
/// An ATS callback endpoint in memory: answers LinkedIn's challenge with the configured secret and records pushes.
/// Statuses to answer pushes with can be queued.
/// </summary>
public sealed class FakeCallback : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpStatusCode> _pushStatuses = new();

    public string? Secret { get; set; }

    public bool AnswerChallengeWrongly { get; set; }

    public ConcurrentQueue<(Uri Uri, string Body, string? Signature)> Pushes { get; } = new();

    public ConcurrentQueue<Uri> Challenges { get; } = new();

    public void QueuePushStatus(params HttpStatusCode[] statuses)
    {
        foreach (HttpStatusCode status in statuses)
        {
            _pushStatuses.Enqueue(status);
        }
    }

    public static string Hmac(string text, string secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Get)
        {
            Challenges.Enqueue(request.RequestUri!);
            string code = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["challengeCode"]!;
            string answer = AnswerChallengeWrongly ? "00" : Hmac(code, Secret!);
            string json = new JsonObject { ["challengeCode"] = code, ["challengeResponse"] = answer }.ToJsonString();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }

        string body = await request.Content!.ReadAsStringAsync(cancellationToken);
        string? signature = request.Headers.TryGetValues("X-LI-Signature", out var values) ? values.Single() : null;
        Pushes.Enqueue((request.RequestUri!, body, signature));
        return new HttpResponseMessage(_pushStatuses.TryDequeue(out HttpStatusCode status) ? status : HttpStatusCode.OK);
    }
}
