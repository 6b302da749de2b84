using StackExchange.Redis;

namespace LinkedInRsc.Redis.Tests;

/// <summary>One Redis server for the tests of this assembly that do not stop it; each test uses its own key prefix.</summary>
[SetUpFixture]
public sealed class SharedRedis
{
    private static RedisServer? _server;
    private static ConnectionMultiplexer? _connection;

    internal static RedisServer Server => _server ?? throw new InvalidOperationException("The Redis fixture did not start.");

    internal static ConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("The Redis fixture did not start.");

    /// <summary>A key prefix no other test uses.</summary>
    internal static string UniquePrefix() => "t" + Guid.NewGuid().ToString("N")[..12] + ":";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await RedisServer.StartNewAsync();
        _connection = await _server.ConnectAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
