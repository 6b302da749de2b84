using System.Globalization;
using LinkedInRsc.Notifications;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// docs/scale-out.md's code, run: the block is a <c>// snippet:</c> region here, shown word for word on the page,
/// against the fixture's redis-server.
/// </summary>
[TestFixture]
public sealed class ScaleOutDocsTests
{
    [Test]
    public async Task ScaleOutDocs_UseRedis_ReplacesEveryInMemoryStoreWithARedisOne()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{SharedRedis.Server.Port},abortConnect=false"),
            ["LinkedInRsc:ClientId"] = "partner-id",
            ["LinkedInRsc:ClientSecret"] = "partner-secret",
        }).Build();

        // snippet: scale-out-registration
        ConnectionMultiplexer redis = await ConnectionMultiplexer.ConnectAsync(configuration.GetConnectionString("Redis")!);
        services.AddLinkedInRsc(configuration.GetSection("LinkedInRsc"))
            .AddRecruiterActivity()                                   // if used: UseRedis replaces its checkpoint store too
            .UseRedis(redis, o => o.KeyPrefix = "ats-prod:linkedinrsc:");
        // end snippet

        await using ServiceProvider provider = services.BuildServiceProvider();
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(provider.GetRequiredService<ISyncCheckpointStore>().GetType().Namespace, Is.EqualTo("LinkedInRsc.Redis"));
                Assert.That(provider.GetRequiredService<IRecruiterActivityCheckpointStore>().GetType().Namespace, Is.EqualTo("LinkedInRsc.Redis"));
                Assert.That(provider.GetRequiredService<IPushDeduplicationStore>().GetType().Namespace, Is.EqualTo("LinkedInRsc.Redis"));
                Assert.That(provider.GetRequiredService<ISyncEngineFactory>().GetType().Namespace, Is.EqualTo("LinkedInRsc.Redis"));
            });
        }
        finally
        {
            await redis.DisposeAsync();
        }
    }
}
