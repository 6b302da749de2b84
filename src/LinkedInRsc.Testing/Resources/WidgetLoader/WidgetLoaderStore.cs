using LinkedInRsc.Testing.Core;

namespace LinkedInRsc.Testing.Resources.WidgetLoader;

/// <summary>
/// The contracts the stand-in onboarding widget offers each customer's admin before they connect: two per customer,
/// fixed at the first look, so the admin picks one of two as on LinkedIn.
/// </summary>
internal sealed class WidgetLoaderStore : IEmulatorStore<WidgetLoaderStore>
{
    private readonly Dictionary<string, IReadOnlyList<ContractUrn>> _offered = new(StringComparer.Ordinal);

    public static WidgetLoaderStore Create(EmulatorStores stores) => new();

    /// <summary>The contracts offered to a customer not connected yet; <paramref name="newId"/> makes the first two.</summary>
    public IReadOnlyList<ContractUrn> Offer(string customerId, Func<long> newId)
    {
        lock (_offered)
        {
            if (!_offered.TryGetValue(customerId, out IReadOnlyList<ContractUrn>? offered))
            {
                offered = [ContractUrn.FromId(newId()), ContractUrn.FromId(newId())];
                _offered[customerId] = offered;
            }

            return offered;
        }
    }
}
