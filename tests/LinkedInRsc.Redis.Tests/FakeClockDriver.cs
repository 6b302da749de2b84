namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// Moves the shared fake clock while the work of one or more instances waits: when every unfinished work says it is
/// blocked (its instance waits for the shared quota) and a one-shot timer of at most five minutes is pending (a quota
/// wait, a backoff, a wait for Redis), the clock jumps to the earliest one due. The HTTP pipeline's long timeouts and
/// periodic timers (lease renewal) never move it on their own. The clock is moved
/// from a dedicated thread.
/// </summary>
internal static class FakeClockDriver
{
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(5);

    public static async Task<T[]> RunAsync<T>(TestClock time, params (Func<Task<T>> Work, Func<bool> Blocked)[] work)
    {
        Task<T>[] runs = [.. work.Select(w => Task.Run(w.Work))];
        Task all = Task.WhenAll(runs);
        bool stop = false;
        var driver = new Thread(() =>
        {
            while (!all.IsCompleted && !Volatile.Read(ref stop))
            {
                DateTimeOffset now = time.GetUtcNow();
                bool blocked = work.Select((w, i) => runs[i].IsCompleted || w.Blocked()).All(b => b);
                if (blocked && time.NextDue(includePeriodic: false) is { } due && due > now && due - now <= Longest)
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
