using WireMock.Server;

namespace LinkedInRsc.Sdk.Tests.Http;

/// <summary>One WireMock server per fixture, emptied of mappings and logged requests before each test.</summary>
public abstract class WireMockFixture
{
    /// <summary>The server; its mappings and request log are empty when a test starts.</summary>
    protected WireMockServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public void StartServer() => Server = WireMockServer.Start();

    [OneTimeTearDown]
    public void StopServer()
    {
        Server.Stop();
        Server.Dispose();
    }

    [SetUp]
    public void ResetServer() => Server.Reset();
}
