namespace LinkedInRsc;

/// <summary>Which of LinkedIn's two API surfaces the SDK calls.</summary>
public enum ApiFlavor
{
    /// <summary>The unversioned <c>/v2/</c> endpoints (the default; the ones LinkedIn's RSC request collection uses).</summary>
    V2 = 0,

    /// <summary>
    /// The versioned <c>/rest/</c> endpoints, with a <c>LinkedIn-Version</c> header. As
    /// <see cref="LinkedInRscOptions.ApiFlavor"/>: the resources LinkedIn has moved to <c>/rest</c> are called there with
    /// <see cref="LinkedInRscOptions.LinkedInVersion"/>, the others stay on <c>/v2</c> (see
    /// <see cref="LinkedInRscOptions.Resources"/>).
    /// </summary>
    Versioned = 1,
}
