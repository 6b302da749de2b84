using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// A <c>redis-server</c> of the test's own on a free loopback port, with its data in a temporary folder: append-only
/// file, fsync on every write, so that <see cref="KillAsync"/> (SIGKILL, a crash) followed by <see cref="StartAsync"/>
/// keeps every acknowledged write, as a production Redis with persistence does. <c>.ci/run</c> installs the package
/// when the machine has none.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("linkedinrsc-redis-").FullName;
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration for this server that fails fast while it is down and reconnects by itself.</summary>
    public ConfigurationOptions Configuration => new()
    {
        EndPoints = { { IPAddress.Loopback, Port } },
        AbortOnConnectFail = false,
        BacklogPolicy = BacklogPolicy.FailFast,
        ConnectTimeout = 2_000,
        AsyncTimeout = 2_000,
        SyncTimeout = 2_000,
        AllowAdmin = true,
    };

    public static async Task<RedisServer> StartNewAsync()
    {
        var server = new RedisServer(FreePort());
        await server.StartAsync();
        return server;
    }

    public async Task<ConnectionMultiplexer> ConnectAsync() => await ConnectionMultiplexer.ConnectAsync(Configuration);

    public async Task StartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("The server is running.");
        }

        var start = new ProcessStartInfo("redis-server")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _dir, "--save", string.Empty, "--appendonly", "yes", "--appendfsync", "always", "--daemonize", "no", "--protected-mode", "yes" })
        {
            start.ArgumentList.Add(argument);
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed: .ci/run installs it (apt-get install redis-server).", e);
        }

        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Ready to accept connections", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Task exited = process.WaitForExitAsync();
        if (await Task.WhenAny(ready.Task, exited).WaitAsync(TimeSpan.FromSeconds(30)) == exited)
        {
            throw new InvalidOperationException($"redis-server exited with {process.ExitCode} before it was ready.");
        }
    }

    /// <summary>Kills the server (SIGKILL) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        Process process = _process ?? throw new InvalidOperationException("The server is not running.");
        _process = null;
        process.Kill();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }

        Directory.Delete(_dir, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
