namespace LinkedInRsc;

/// <summary>Which of LinkedIn's two API surfaces the SDK calls.</summary>
public enum ApiFlavor
{
    /// <summary>The unversioned <c>/v2/</c> endpoints (the default; the ones LinkedIn's RSC request collection uses).</summary>
    V2 = 0,

    /// <summary>
    /// The versioned <c>/rest/</c> endpoints. Requires <see cref="LinkedInRscOptions.LinkedInVersion"/>, which is sent
    /// as the <c>LinkedIn-Version</c> header on every request.
    /// </summary>
    Versioned = 1,
}
