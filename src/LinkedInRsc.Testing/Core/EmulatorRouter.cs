using LinkedInRsc.RestLi;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The routing table: API routes by resource, optional sub-resource and Rest.li method (finders also by <c>q</c>
/// name), and control routes by HTTP method and a path template under <c>/_emulator/</c>.
/// </summary>
internal sealed class EmulatorRouter
{
    private readonly Dictionary<(string Resource, string? SubResource), ResourceRoutes> _resources = [];
    private readonly List<ControlRoute> _controls = [];
    private string _module = "(unnamed)";

    /// <summary>
    /// Lets <paramref name="module"/> map its routes, remembering <paramref name="name"/> as their owner so a route two
    /// modules both map is refused with both names.
    /// </summary>
    /// <exception cref="InvalidOperationException">The module maps a route another module already mapped.</exception>
    public void Register(string name, IEmulatorModule module)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(module);
        _module = name;
        try
        {
            module.Register(this);
        }
        finally
        {
            _module = "(unnamed)";
        }
    }

    /// <summary>
    /// Maps a Rest.li method of <c>/v2/{resource}</c> (or <c>/v2/{resource}/{key}/{subResource}</c>). For
    /// <see cref="RestLiMethod.Finder"/> use <c>MapFinder</c> instead. Throws when the route exists.
    /// </summary>
    public void Map(string resource, string? subResource, RestLiMethod method, RestLiHandler handler, RouteCaller caller = RouteCaller.Customer)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (method == RestLiMethod.Finder)
        {
            throw new ArgumentException("Map finders with MapFinder (they are routed by their q name).", nameof(method));
        }

        ResourceRoutes routes = Routes(resource, subResource);
        if (!routes.Methods.TryAdd(method, new Route(handler, caller, _module)))
        {
            throw new InvalidOperationException($"{method} on {resource}/{subResource} is already mapped by module '{routes.Methods[method].Module}'; module '{_module}' cannot map it again.");
        }
    }

    /// <summary>Maps a Rest.li method of a top-level resource.</summary>
    public void Map(string resource, RestLiMethod method, RestLiHandler handler, RouteCaller caller = RouteCaller.Customer) =>
        Map(resource, null, method, handler, caller);

    /// <summary>Maps the finder <c>q={finderName}</c> of a resource (or sub-resource).</summary>
    public void MapFinder(string resource, string? subResource, string finderName, RestLiHandler handler, RouteCaller caller = RouteCaller.Customer)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ResourceRoutes routes = Routes(resource, subResource);
        if (!routes.Finders.TryAdd(finderName, new Route(handler, caller, _module)))
        {
            throw new InvalidOperationException($"Finder q={finderName} on {resource}/{subResource} is already mapped by module '{routes.Finders[finderName].Module}'; module '{_module}' cannot map it again.");
        }
    }

    /// <summary>Maps the finder <c>q={finderName}</c> of a top-level resource.</summary>
    public void MapFinder(string resource, string finderName, RestLiHandler handler, RouteCaller caller = RouteCaller.Customer) =>
        MapFinder(resource, null, finderName, handler, caller);

    /// <summary>
    /// Maps a control endpoint: <paramref name="template"/> is relative to <c>/_emulator/</c>, segments in braces are
    /// captured (<c>customers/{customerId}/admin/connect</c>).
    /// </summary>
    public void MapControl(string httpMethod, string template, ControlHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        string[] segments = template.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        ControlRoute? existing = _controls.Find(c => string.Equals(c.Method, httpMethod, StringComparison.OrdinalIgnoreCase) && c.Segments.SequenceEqual(segments, StringComparer.Ordinal));
        if (existing is not null)
        {
            throw new InvalidOperationException($"Control route {httpMethod} {template} is already mapped by module '{existing.Module}'; module '{_module}' cannot map it again.");
        }

        _controls.Add(new ControlRoute(httpMethod.ToUpperInvariant(), segments, handler, _module));
    }

    /// <summary>Whether any method of the resource is mapped.</summary>
    public bool HasResource(string resource, string? subResource) => _resources.ContainsKey((resource, subResource));

    /// <summary>Finds the API route, or explains why none exists.</summary>
    public Route? FindApi(string resource, string? subResource, RestLiMethod method, string? finderName, out LinkedInError? error)
    {
        error = null;
        if (!_resources.TryGetValue((resource, subResource), out ResourceRoutes? routes))
        {
            string name = subResource is null ? resource : $"{resource}/{{key}}/{subResource}";
            error = LinkedInError.NotFound($"Resource '{name}' does not exist in the RSC emulator.");
            return null;
        }

        if (method == RestLiMethod.Finder)
        {
            if (finderName is not null && routes.Finders.TryGetValue(finderName, out Route? finder))
            {
                return finder;
            }

            string known = routes.Finders.Count == 0 ? "none" : string.Join(", ", routes.Finders.Keys.Order(StringComparer.Ordinal));
            error = LinkedInError.BadRequest($"Finder q={finderName} is not supported on '{resource}'. Supported finders: {known}.");
            return null;
        }

        if (routes.Methods.TryGetValue(method, out Route? route))
        {
            return route;
        }

        string methods = string.Join(", ", routes.Methods.Keys.Select(RestLiMethods.HeaderValue).Order(StringComparer.Ordinal));
        error = new LinkedInError(405, ServiceErrorCodes.MethodNotAllowed, $"{RestLiMethods.HeaderValue(method)} is not supported on '{resource}'. Supported methods: {(methods.Length == 0 ? "finders only" : methods)}.");
        return null;
    }

    /// <summary>Finds a control route for the path segments after <c>/_emulator/</c>.</summary>
    public ControlHandler? FindControl(string httpMethod, string[] segments, out Dictionary<string, string> values, out bool pathExists)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        pathExists = false;
        foreach (ControlRoute route in _controls)
        {
            if (route.Segments.Length != segments.Length)
            {
                continue;
            }

            var captured = new Dictionary<string, string>(StringComparer.Ordinal);
            bool match = true;
            for (int i = 0; i < segments.Length && match; i++)
            {
                string t = route.Segments[i];
                if (t.StartsWith('{') && t.EndsWith('}'))
                {
                    captured[t[1..^1]] = Uri.UnescapeDataString(segments[i]);
                }
                else
                {
                    match = string.Equals(t, segments[i], StringComparison.OrdinalIgnoreCase);
                }
            }

            if (!match)
            {
                continue;
            }

            pathExists = true;
            if (route.Method == httpMethod)
            {
                values = captured;
                return route.Handler;
            }
        }

        return null;
    }

    /// <summary>The control routes, for the index page.</summary>
    public IEnumerable<string> DescribeControls() => _controls.Select(c => $"{c.Method} /_emulator/{string.Join('/', c.Segments)}");

    private ResourceRoutes Routes(string resource, string? subResource)
    {
        ArgumentException.ThrowIfNullOrEmpty(resource);
        if (!_resources.TryGetValue((resource, subResource), out ResourceRoutes? routes))
        {
            routes = new ResourceRoutes();
            _resources[(resource, subResource)] = routes;
        }

        return routes;
    }

    /// <summary>One API route.</summary>
    internal sealed record Route(RestLiHandler Handler, RouteCaller Caller, string Module);

    private sealed class ResourceRoutes
    {
        public Dictionary<RestLiMethod, Route> Methods { get; } = [];

        public Dictionary<string, Route> Finders { get; } = new(StringComparer.Ordinal);
    }

    private sealed record ControlRoute(string Method, string[] Segments, ControlHandler Handler, string Module);
}
