using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the check of closed LinkedIn profiles (purged exported members) to the LinkedIn RSC SDK.</summary>
public static class PurgedCandidatesCheckBuilderExtensions
{
    /// <summary>
    /// Registers the <see cref="PurgedCandidatesCheck"/>, which hands members whose LinkedIn profiles were closed to the
    /// host's <see cref="IPurgedCandidateHandler"/> (register one too: resolving the check without it fails and says so).
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Changes the <see cref="PurgedCandidatesCheckOptions"/>, if given.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ILinkedInRscBuilder AddPurgedCandidatesCheck(this ILinkedInRscBuilder builder, Action<PurgedCandidatesCheckOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        builder.Services.TryAddSingleton(sp => new PurgedCandidatesCheck(
            sp.GetRequiredService<ICustomerClientFactory>(),
            sp.GetRequiredService<ICustomerDirectory>(),
            sp.GetService<IPurgedCandidateHandler>() ?? throw new InvalidOperationException(
                "PurgedCandidatesCheck needs an IPurgedCandidateHandler: register one (services.AddSingleton<IPurgedCandidateHandler, ...>()) to delete or anonymise closed profiles."),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptionsMonitor<PurgedCandidatesCheckOptions>>()));
        return builder;
    }
}
