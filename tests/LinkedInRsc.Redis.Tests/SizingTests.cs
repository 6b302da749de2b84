using System.Globalization;
using LinkedInRsc.Notifications;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Sync;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// What the SDK keeps in Redis for 1,000 customers, each with a sync in progress (checkpoint and lease), its quota
/// windows, 20 remembered pushes and 5 seats' recruiter-activity checkpoints, written by the SDK's own stores into a
/// Redis of this test's own; memory read as <c>redis-cli info memory</c> and <c>redis-cli memory usage KEY</c> read it.
/// docs/scale-out.md quotes the figures this test prints.
/// </summary>
[TestFixture]
public sealed class SizingTests
{
    private const int Customers = 1_000;
    private const int PushesPerCustomer = 20;
    private const int SeatsPerCustomer = 5;

    [Test]
    public async Task ThousandCustomers_KeysPerCustomerAsTheKeySchemeSays_AndMemoryIsPrinted()
    {
        await using RedisServer server = await RedisServer.StartNewAsync();
        await using ConnectionMultiplexer redis = await server.ConnectAsync();
        IServer admin = redis.GetServer(redis.GetEndPoints()[0]);
        long before = UsedMemory(await admin.InfoAsync("memory"));
        var keys = new RedisKeys("linkedinrsc:");
        var claims = new RedisClaims(redis);

        async Task WriteCustomerAsync(int c)
        {
            var time = new FakeTimeProvider(TestClock.DefaultStart);
            var availability = new RedisAvailability(time, TimeSpan.FromSeconds(1), NullLogger.Instance);
            var checkpoints = new RedisSyncCheckpointStore(redis, keys, availability);
            var activity = new RedisRecruiterActivityCheckpointStore(redis, keys, availability);
            var pushes = new RedisPushDeduplicationStore(claims, keys, time, TimeSpan.FromDays(7));
            string customer = "customer-" + c.ToString(CultureInfo.InvariantCulture);
            await checkpoints.SaveAsync(customer, "historical", new SyncCheckpoint
            {
                Stage = SyncStage.Candidates,
                Position = 123_400,
                LastKey = "C123399",
                UpdatedAt = time.GetUtcNow(),
                PendingJobTasks = new Dictionary<string, string> { ["urn:li:simpleJobPostingTask:1234567"] = "J42" },
            });
            await claims.TryClaimAsync(keys.Lease(customer, "historical"), Guid.NewGuid().ToString("N"), time.GetUtcNow(), TimeSpan.FromMinutes(2));
            // The limiters UseRedis creates (RedisQuotaLimiterProvider), asked directly: one request in each live
            // segment, the fullest the records window gets.
            string application = "client-id-" + c.ToString(CultureInfo.InvariantCulture);
            using var records = new RedisWindowRateLimiter(redis, keys.Quota(application, "records"), 10_000, TimeSpan.FromSeconds(1), 61, time, availability);
            using var requests = new RedisWindowRateLimiter(redis, keys.Quota(application, "requests"), 100_000, TimeSpan.FromDays(1), 1, time, availability);
            for (int second = 0; second < 61; second++)
            {
                using (await records.AcquireAsync(100))
                using (await requests.AcquireAsync(1))
                {
                    time.Advance(TimeSpan.FromSeconds(1));
                }
            }

            await Task.WhenAll(Enumerable.Range(0, PushesPerCustomer).Select(async p =>
            {
                string id = "notification-" + p.ToString(CultureInfo.InvariantCulture);
                PushClaim claim = await pushes.TryClaimAsync(customer, id, TimeSpan.FromMinutes(2));
                await pushes.CompleteAsync(customer, id, claim.Token!);
            }));

            await Task.WhenAll(Enumerable.Range(0, SeatsPerCustomer).SelectMany(s => Enum.GetValues<RecruiterActivityKind>().Select(kind =>
                activity.SaveAsync(new RecruiterActivityCheckpointKey(customer, SeatUrn.FromId(1_000 + s), kind), new RecruiterActivityCheckpoint(time.GetUtcNow())).AsTask())));
        }

        foreach (int[] chunk in Enumerable.Range(0, Customers).Chunk(100))
        {
            await Task.WhenAll(chunk.Select(WriteCustomerAsync));
        }

        long after = UsedMemory(await admin.InfoAsync("memory"));
        long keyCount = await admin.DatabaseSizeAsync();
        IDatabase db = redis.GetDatabase();
        long Usage(RedisKey key) => (long)db.Execute("MEMORY", "USAGE", key);
        int streams = Enum.GetValues<RecruiterActivityKind>().Length;
        long perCustomer = 1 + 1 + 2 + PushesPerCustomer + (SeatsPerCustomer * streams);
        string figures = string.Create(CultureInfo.InvariantCulture, $"""
            {Customers} customers: {keyCount} keys ({keyCount / Customers} per customer), used_memory {before} -> {after} bytes: {(after - before) / 1024.0 / 1024.0:F1} MiB, {(after - before) / Customers} bytes per customer
            MEMORY USAGE: checkpoint {Usage(keys.Checkpoint("customer-0", "historical"))}, lease {Usage(keys.Lease("customer-0", "historical"))}, records window {Usage(keys.Quota("client-id-0", "records"))}, requests per day {Usage(keys.Quota("client-id-0", "requests"))}, push mark {Usage(keys.Push("customer-0", "notification-0"))}, activity checkpoint {Usage(keys.Activity("customer-0", "1000", nameof(RecruiterActivityKind.InMails)))} bytes
            """);
        TestContext.Out.WriteLine(figures);
        await File.WriteAllTextAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "redis-sizing.txt"), figures); // quoted by docs/scale-out.md
        Assert.Multiple(() =>
        {
            Assert.That(keyCount, Is.EqualTo(Customers * perCustomer), "checkpoint, lease, two quota windows, the pushes and seats × streams: nothing else");
            Assert.That(after, Is.GreaterThan(before));
        });
    }

    private static long UsedMemory(IGrouping<string, KeyValuePair<string, string>>[] info) =>
        long.Parse(info.SelectMany(g => g).First(p => p.Key == "used_memory").Value, CultureInfo.InvariantCulture);
}
