using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LinkedInRsc.Testing.Tests.Core;

/// <summary>A client that stops sending its body does not hold the HTTP server's handler (and socket) for ever.</summary>
[TestFixture]
public sealed class StalledConnectionTests
{
    [Test]
    public async Task StalledBody_TheServerClosesTheConnectionAfterTheBodyTimeout()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(FrontEnd.Http, o => o.RequestBodyTimeout = TimeSpan.FromSeconds(30));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, h.Emulator.BaseAddress.Port);
        NetworkStream stream = client.GetStream();
        byte[] head = Encoding.ASCII.GetBytes("PUT /v2/atsCandidates HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
        await stream.WriteAsync(head);
        await stream.FlushAsync();

        // The server waits for the body (its wait is armed on the clock); the client never sends it.
        await h.Time.WaitForTimerAsync(TimeSpan.FromSeconds(30));
        h.Time.Advance(TimeSpan.FromSeconds(30));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        string answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.That(answer, Does.StartWith("HTTP/1.1 408"), "the server answers 408 Request Timeout");
        Assert.That(answer, Does.Contain("Connection: close").IgnoreCase);
    }
}
