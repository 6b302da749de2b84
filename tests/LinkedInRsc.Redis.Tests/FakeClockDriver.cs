namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// Moves the shared fake clock while the work of one or more instances waits: whenever a one-shot timer of at most
/// five minutes is pending (a quota wait, a backoff, a wait for Redis), the clock jumps to the earliest one due. The
/// HTTP pipeline's long timeouts and periodic timers (lease renewal) never move it on their own. The clock is moved
/// from a dedicated thread; <paramref name="paused"/>, when it returns true, holds the clock still.
/// </summary>
internal static class FakeClockDriver
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    public static Task<T[]> RunAsync<T>(TestClock time, params Func<Task<T>>[] work) => RunAsync(time, () => false, work);

    public static async Task<T[]> RunAsync<T>(TestClock time, Func<bool> paused, params Func<Task<T>>[] work)
    {
        Task<T>[] runs = [.. work.Select(w => Task.Run(w))];
        Task all = Task.WhenAll(runs);
        bool stop = false;
        var driver = new Thread(() =>
        {
            while (!all.IsCompleted && !Volatile.Read(ref stop))
            {
                DateTimeOffset now = time.GetUtcNow();
                if (!paused() && time.NextDue(includePeriodic: false) is { } due && due > now && due - now <= Longest)
                {
                    time.Advance(due - now);
                }

                Thread.Yield();
            }
        })
        { IsBackground = true, Name = "fake-clock" };
        driver.Start();
        try
        {
            await all.WaitAsync(TimeSpan.FromMinutes(5));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The work did not finish: it waits for something the clock driver does not give. Clock {time.GetUtcNow():O}.");
        }
        catch
        {
            // Each run's own outcome is read from its task below.
        }
        finally
        {
            Volatile.Write(ref stop, true);
            driver.Join();
        }

        return await Task.WhenAll(runs);
    }
}
