using LinkedInRsc.Authentication;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Provisioning;
using LinkedInRsc.Sdk.Tests.Notifications;
using LinkedInRsc.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LinkedInRsc.Sdk.Tests.Docs;

/// <summary>
/// docs/versioned-api.md's code, run: each block is a <c>// snippet:</c> region here, shown word for word on the page,
/// against the emulator (a retired version; a secret rotation).
/// </summary>
[TestFixture]
public sealed class VersionedApiDocsTests
{
    [Test]
    public async Task VersionedDocs_RetiredVersion_IsCaughtAsApiVersionNotActiveExceptionNamingIt()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartWithSdkAsync(
            emulator: o => o.ActiveApiVersions.Remove(ApiModes.Version),
            api: ApiMode.Versioned,
            sdk: o => o.LinkedInVersion = ApiModes.Version);
        await h.AddSdkCustomerAsync();
        ICustomerClient client = h.Client;
        AtsCandidate[] candidates = [AtsData.Candidate("C1")];
        var logger = new RecordingLogger();
        CancellationToken cancellationToken = CancellationToken.None;

#pragma warning disable CA1848 // the page shows a reader's plain logging call
        // snippet: versioned-426
        try
        {
            await client.Candidates.UpsertAsync(candidates, cancellationToken);
        }
        catch (ApiVersionNotActiveException ex)
        {
            logger.LogError("LinkedIn no longer serves API version {Version}: update LinkedInRsc:LinkedInVersion.", ex.Version);
        }
        // end snippet
#pragma warning restore CA1848

        Assert.That(logger.Messages, Is.EqualTo(new[] { $"LinkedIn no longer serves API version {ApiModes.Version}: update LinkedInRsc:LinkedInVersion." }));
    }

    [Test]
    public async Task VersionedDocs_RollSecret_KeepsTheOldSecretAsPrevious()
    {
        await using PushScenario s = await PushScenario.StartAsync();
        IProvisioningClient provisioning = s.Harness.Services.GetRequiredService<IProvisioningClient>();
        ClientCredentials before = (await s.Directory.FindAsync("acme"))!.Credentials!;
        CancellationToken cancellationToken = CancellationToken.None;

        // snippet: versioned-roll-secret
        Customer rotated = await provisioning.RollSecretAsync("acme", cancellationToken);
        // rotated.Credentials: the new secret; rotated.PreviousCredentials: the old one, still active on LinkedIn.
        // end snippet

        Assert.Multiple(() =>
        {
            Assert.That(rotated.PreviousCredentials, Is.EqualTo(before));
            Assert.That(rotated.Credentials!.ClientSecret, Is.Not.EqualTo(before.ClientSecret));
        });
    }

    /// <summary>Keeps the formatted messages logged.</summary>
    private sealed class RecordingLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) => Messages.Add(formatter(state, exception));
    }
}
