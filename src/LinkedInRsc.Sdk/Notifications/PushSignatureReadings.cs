namespace LinkedInRsc.Notifications;

/// <summary>
/// The readings of LinkedIn's <c>X-LI-Signature</c> the push processor accepts. LinkedIn describes the header as an
/// HMAC-SHA256, keyed with the application's client secret, "prefixed with hmacsha256="; its pages and public
/// implementations disagree on what the prefix applies to, so both readings are accepted by default.
/// </summary>
[Flags]
public enum PushSignatureReadings
{
    /// <summary>No reading: every push is refused (only useful to test a refusal).</summary>
    None = 0,

    /// <summary>The header is the hex HMAC-SHA256 of <c>"hmacsha256=" + body</c> (LinkedIn's Apply Connect wording).</summary>
    HexOfPrefixedBody = 1 << 0,

    /// <summary>The header is <c>"hmacsha256=" + hex</c> of the HMAC-SHA256 of the body (LinkedIn's webhook wording).</summary>
    PrefixedHexOfBody = 1 << 1,

    /// <summary>Both readings.</summary>
    Both = HexOfPrefixedBody | PrefixedHexOfBody,
}
