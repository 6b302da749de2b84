using LinkedInRsc.RecruiterActivity;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the recruiter-activity poller and its hosted service to the LinkedIn RSC SDK.</summary>
public static class RecruiterActivityBuilderExtensions
{
    /// <summary>
    /// Registers the <see cref="RecruiterActivityPoller"/>, an in-memory <see cref="IRecruiterActivityCheckpointStore"/>
    /// (unless one is registered) and a hosted service that polls every contract-level customer every
    /// <see cref="RecruiterActivityOptions.Interval"/> (default 2 hours). The host registers its
    /// <see cref="IConversationEventSink"/>, <see cref="IProspectNoteSink"/> and <see cref="ITalentPoolHandler"/>.
    /// The options are validated when the host starts.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configure">Changes the <see cref="RecruiterActivityOptions"/>, if given.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ILinkedInRscBuilder AddRecruiterActivity(this ILinkedInRscBuilder builder, Action<RecruiterActivityOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        RecruiterActivityRegistration.AddPolling(builder.Services);
        return builder;
    }

    /// <summary>As <see cref="AddRecruiterActivity(ILinkedInRscBuilder, Action{RecruiterActivityOptions}?)"/>, with the options bound from configuration (conventionally <c>LinkedInRsc:RecruiterActivity</c>).</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The section holding <see cref="RecruiterActivityOptions"/>.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ILinkedInRscBuilder AddRecruiterActivity(this ILinkedInRscBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.AddOptions<RecruiterActivityOptions>().Bind(configuration);
        RecruiterActivityRegistration.AddPolling(builder.Services);
        return builder;
    }
}
