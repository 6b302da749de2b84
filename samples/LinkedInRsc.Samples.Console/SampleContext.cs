using LinkedInRsc.Customers;

namespace LinkedInRsc.Samples.Console;

/// <summary>What a flow gets: the environment, the narrator and the cast.</summary>
internal sealed class SampleContext(SampleEnvironment environment, Narrator narrator)
{
    public SampleEnvironment Env { get; } = environment;

    public Narrator Say { get; } = narrator;

    public SampleCast Cast { get; } = new();

    /// <summary>A fresh customer-scoped client (it reads the customer's record from the directory).</summary>
    public ValueTask<ICustomerClient> ClientAsync(string customerId, CancellationToken cancellationToken) =>
        Env.Clients.ForCustomerAsync(customerId, cancellationToken);
}
