using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LinkedInRsc.Authentication;
using LinkedInRsc.Benchmarks.Bodies;
using LinkedInRsc.Customers;
using LinkedInRsc.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace LinkedInRsc.Benchmarks.Memory;

/// <summary>
/// The <c>push</c> part of <see cref="FlatMemoryRun"/>: N deliveries to one customer's callback, each signed as
/// LinkedIn signs them (<c>X-LI-Signature: hmacsha256=</c> + hex HMAC-SHA256 of the body, keyed with the customer's
/// secret), through the <see cref="PushProcessor"/> built by <c>AddLinkedInRsc</c> with its in-memory de-duplication
/// store bounded at <see cref="StoreCapacity"/>. Every 10th delivery is LinkedIn delivering again the notification it
/// sent 5 deliveries earlier: it must be answered as a duplicate and not handed over again. The notifications are of
/// an event type the SDK does not know, handed to the host's <see cref="IUnknownPushHandler"/> (the two known types
/// call LinkedIn back; here only the processor and the store are measured).
/// </summary>
internal static class PushFlatMemory
{
    /// <summary>The de-duplication store's capacity (its default).</summary>
    public const int StoreCapacity = 10_000;

    private const string Secret = "acme-secret";

    /// <summary>Whether delivery <paramref name="index"/> repeats an earlier notification.</summary>
    public static bool IsRedelivery(int index) => index % 10 == 9;

    /// <summary>The notification delivered at <paramref name="index"/>: a repeat names the one 5 deliveries earlier.</summary>
    public static int NotificationOf(int index) => IsRedelivery(index) ? index - 5 : index;

    /// <summary>Processes <paramref name="count"/> deliveries.</summary>
    /// <exception cref="InvalidOperationException">A delivery was not answered as it should be, or a notification was handed over twice or never.</exception>
    public static async Task<FlatMemoryResult> MeasureAsync(int count, CancellationToken cancellationToken)
    {
        var handler = new CountingPushHandler();
        var services = new ServiceCollection();
        services.AddSingleton<IPushDeduplicationStore>(new InMemoryPushDeduplicationStore(TimeProvider.System, StoreCapacity));
        services.AddSingleton<IUnknownPushHandler>(handler);
        services.AddLinkedInRsc(o =>
        {
            o.ClientId = "partner";
            o.ClientSecret = "partner-secret";
        });
        ServiceProvider provider = services.BuildServiceProvider();
        await using (provider.ConfigureAwait(false))
        {
            await provider.GetRequiredService<ICustomerDirectory>().SaveAsync(
                new Customer
                {
                    CustomerId = "acme",
                    Credentials = new ClientCredentials("acme-child", Secret),
                    Organization = OrganizationUrn.Parse(BatchBodyData.Organization),
                },
                cancellationToken).ConfigureAwait(false);
            PushProcessor processor = provider.GetRequiredService<PushProcessor>();
            byte[] key = Encoding.UTF8.GetBytes(Secret);
            long wrong = 0;
            FlatMemoryResult result = await PeakMemory.MeasureAsync(count, async () =>
            {
                for (int i = 0; i < count; i++)
                {
                    PushResult answer = await processor.ProcessAsync(Delivery(NotificationOf(i), key), cancellationToken).ConfigureAwait(false);
                    if (answer.Outcome != (IsRedelivery(i) ? PushOutcome.Duplicate : PushOutcome.Processed))
                    {
                        wrong++;
                    }
                }

                return count;
            }).ConfigureAwait(false);

            long expected = count - Enumerable.Range(0, count).Count(IsRedelivery);
            if (wrong != 0 || handler.Handled != expected)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{count} deliveries: {wrong} answered wrongly, {handler.Handled} notifications handed over of {expected}."));
            }

            return result;
        }
    }

    /// <summary>The delivery of notification <paramref name="notification"/>, signed.</summary>
    private static PushRequest Delivery(int notification, byte[] key)
    {
        string n = notification.ToString(CultureInfo.InvariantCulture);
        byte[] body = Encoding.UTF8.GetBytes(
            "{\"notificationId\":\"notification-" + n + "\",\"eventType\":\"BENCHMARK_EVENT\",\"requestId\":\"request-" + n
            + "\",\"integrationContext\":\"" + BatchBodyData.Organization + "\",\"occurredAt\":1709283600000}");
        return new PushRequest
        {
            CustomerId = "acme",
            Method = "POST",
            Body = body,
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["Content-Type"] = "application/json",
                ["X-LI-Signature"] = "hmacsha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, body)),
            },
        };
    }
}
