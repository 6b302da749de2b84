using LinkedInRsc;
using LinkedInRsc.Customers;
using LinkedInRsc.Testing;
using LinkedInRsc.Testing.Bridge;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Points the SDK registered by <c>AddLinkedInRsc</c> at a <see cref="LinkedInRscEmulator"/> in one call.</summary>
public static class EmulatorBuilderExtensions
{
    /// <summary>
    /// Points the SDK at <paramref name="emulator"/>: its base address, token endpoint and partner credentials replace
    /// those of <see cref="LinkedInRscOptions"/>; an emulator created with
    /// <see cref="LinkedInRscEmulator.CreateInMemory(EmulatorOptions?)"/> is reached through its in-process handler on
    /// both the API and the token client (no sockets), one started with
    /// <see cref="LinkedInRscEmulator.StartAsync(EmulatorOptions?, CancellationToken)"/> over real HTTP. The customers the
    /// emulator knows appear in the registered <see cref="ICustomerDirectory"/> the first time the SDK looks them up,
    /// so <see cref="ICustomerClientFactory.ForCustomerAsync"/> works for every customer added with
    /// <see cref="LinkedInRscEmulator.AddCustomerAsync(string, AccessLevel, CancellationToken)"/>.
    /// </summary>
    /// <remarks>
    /// Call it after <c>AddLinkedInRsc</c> and after registering your own <see cref="ICustomerDirectory"/> (if any):
    /// it wraps the directory registered at that point. A customer is copied from the emulator once, when the
    /// directory does not know it yet (<see cref="EmulatedCustomer.ToCustomer"/>); after that the directory is the
    /// SDK's record, as it is against LinkedIn. To drive the emulator's clock, register the same
    /// <see cref="TimeProvider"/> before <c>AddLinkedInRsc</c>.
    /// </remarks>
    /// <param name="builder">The SDK builder returned by <c>AddLinkedInRsc</c>.</param>
    /// <param name="emulator">The emulator to use.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <example>
    /// <code>
    /// await using var emulator = LinkedInRscEmulator.CreateInMemory();
    /// await emulator.AddCustomerAsync("acme", AccessLevel.Contract);
    /// services.AddLinkedInRsc(o => { }).UseEmulator(emulator);
    /// ICustomerClient acme = await provider.GetRequiredService&lt;ICustomerClientFactory&gt;().ForCustomerAsync("acme");
    /// </code>
    /// </example>
    public static ILinkedInRscBuilder UseEmulator(this ILinkedInRscBuilder builder, LinkedInRscEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(emulator);
        builder.Services.PostConfigure<LinkedInRscOptions>(options =>
        {
            options.BaseAddress = emulator.BaseAddress;
            options.TokenEndpoint = emulator.TokenEndpoint;
            options.ClientId = emulator.PartnerCredentials.ClientId;
            options.ClientSecret = emulator.PartnerCredentials.ClientSecret;
        });
        if (!emulator.IsListening)
        {
            builder.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(emulator.CreateHttpMessageHandler);
            builder.TokenHttpClientBuilder.ConfigurePrimaryHttpMessageHandler(emulator.CreateHttpMessageHandler);
        }

        EmulatorCustomerDirectory.Decorate(builder.Services, emulator);
        return builder;
    }
}
