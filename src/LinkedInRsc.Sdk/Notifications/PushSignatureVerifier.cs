using System.Security.Cryptography;
using System.Text;

namespace LinkedInRsc.Notifications;

/// <summary>
/// Verifies <c>X-LI-Signature</c> over the raw body, in constant time, against every active secret of the customer's
/// application and every enabled reading (<see cref="PushSignatureReadings"/>).
/// </summary>
internal static class PushSignatureVerifier
{
    internal const string Prefix = "hmacsha256=";
    private static readonly byte[] PrefixBytes = Encoding.ASCII.GetBytes(Prefix);

    /// <summary>Null when the signature is valid, otherwise why not.</summary>
    public static PushRefusalReason? Verify(string? header, ReadOnlySpan<byte> body, IEnumerable<string> secrets, PushSignatureReadings readings)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return PushRefusalReason.MissingSignature;
        }

        string value = header.Trim();
        bool prefixed = value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
        string hex = prefixed ? value[Prefix.Length..] : value;
        if (hex.Length != 64 || !IsHex(hex))
        {
            return PushRefusalReason.MalformedSignature;
        }

        byte[] given = Convert.FromHexString(hex);
        bool match = false;
        foreach (string secret in secrets)
        {
            byte[] key = Encoding.UTF8.GetBytes(secret);

            // Every candidate is computed and compared, so the time taken does not tell which one matched.
            if (readings.HasFlag(PushSignatureReadings.HexOfPrefixedBody))
            {
                match |= CryptographicOperations.FixedTimeEquals(given, Hmac(key, PrefixBytes, body));
            }

            if (readings.HasFlag(PushSignatureReadings.PrefixedHexOfBody))
            {
                match |= CryptographicOperations.FixedTimeEquals(given, Hmac(key, [], body));
            }
        }

        return match ? null : PushRefusalReason.WrongSignature;
    }

    /// <summary>Lower-case hex HMAC-SHA256 of a text, keyed with a secret: LinkedIn's challenge answer.</summary>
    public static string HexOf(string text, string secret) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static byte[] Hmac(byte[] key, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> body)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    private static bool IsHex(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
