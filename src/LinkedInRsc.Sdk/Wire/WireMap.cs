using LinkedInRsc.RestLi;

namespace LinkedInRsc.Wire;

/// <summary>
/// The per-resource wire map: for every resource of <see cref="ResourceCatalog"/>, the form it is called in, from the
/// SDK's defaults for <see cref="LinkedInRscOptions.ApiFlavor"/> and the per-resource settings of
/// <see cref="LinkedInRscOptions.Resources"/> (validated at start-up by <see cref="WireOptionsValidator"/>).
/// </summary>
internal sealed class WireMap
{
    private readonly IReadOnlyList<ResourceWire> _wires;

    private WireMap(IReadOnlyList<ResourceWire> wires) => _wires = wires;

    /// <summary>Every resource's wire form, in catalog order.</summary>
    public IReadOnlyList<ResourceWire> Wires => _wires;

    /// <summary>Builds the map from settings (assumed valid; <see cref="WireOptionsValidator"/> reports bad ones at start-up).</summary>
    public static WireMap FromOptions(LinkedInRscOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new WireMap([.. ResourceCatalog.All.Select(d => Resolve(d, options))]);
    }

    /// <summary>
    /// The request in its resource's wire form. A path the catalog does not know (a caller's own escape-hatch path)
    /// is sent as it is.
    /// </summary>
    public RestLiRequest Translate(RestLiRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Api is not null)
        {
            return request; // the caller chose the surface itself
        }

        ResourceWire? wire = _wires.FirstOrDefault(w => w.Definition.V2Path == request.ResourcePath
            && (w.Definition.Methods is null || w.Definition.Methods.Contains(request.Method)));
        return wire?.Translate(request) ?? request;
    }

    private static ResourceWire Resolve(ResourceDefinition definition, LinkedInRscOptions options)
    {
        options.Resources.TryGetValue(definition.Name, out ResourceApiOptions? custom);
        VersionedForm? form = definition.Versioned;
        bool defaultVersioned = options.ApiFlavor == ApiFlavor.Versioned && form is { Confirmed: true };
        ApiFlavor api = custom?.Api ?? (defaultVersioned ? ApiFlavor.Versioned : ApiFlavor.V2);
        if (api == ApiFlavor.V2)
        {
            return new ResourceWire(definition, ApiFlavor.V2, definition.V2Path, null, Empty, Empty, true, null);
        }

        return new ResourceWire(
            definition,
            ApiFlavor.Versioned,
            custom?.Path ?? form?.Path ?? definition.V2Path,
            custom?.LinkedInVersion ?? options.LinkedInVersion,
            Merge(form?.KeyFields, custom?.KeyFields),
            Merge(form?.Fields, custom?.Fields),
            custom?.DataProviderInKeys ?? form?.DataProviderInKeys ?? true,
            custom?.ChildKeyField ?? form?.ChildKeyField);
    }

    private static readonly Dictionary<string, string> Empty = new(StringComparer.Ordinal);

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? defaults, IDictionary<string, string>? custom)
    {
        var merged = new Dictionary<string, string>(defaults ?? Empty, StringComparer.Ordinal);
        foreach ((string from, string to) in custom ?? new Dictionary<string, string>())
        {
            merged[from] = to;
        }

        return merged;
    }
}
