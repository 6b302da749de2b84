namespace LinkedInRsc.Tests.Support;

/// <summary>
/// The two ways a test fixture runs the SDK against the emulator: everything on <c>/v2</c>, or
/// <c>ApiFlavor = Versioned</c> with the resources LinkedIn moved on <c>/rest</c> at <see cref="ApiModes.Version"/>.
/// </summary>
public enum ApiMode
{
    /// <summary>Every resource on <c>/v2</c> (the SDK's default).</summary>
    V2,

    /// <summary><c>ApiFlavor = Versioned</c>, <c>LinkedInVersion = </c><see cref="ApiModes.Version"/>.</summary>
    Versioned,
}
