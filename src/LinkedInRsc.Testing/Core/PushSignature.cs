using System.Security.Cryptography;
using System.Text;

namespace LinkedInRsc.Testing.Core;

/// <summary>
/// The signature of pushes and challenge answers. LinkedIn documents <c>X-LI-Signature</c> as an HMAC-SHA256 keyed with
/// the application's client secret, "prefixed with hmacsha256="; the emulator sends
/// <c>hmacsha256=</c> + lower-case hex of HMAC-SHA256(body) (the reading of LinkedIn's wording an SDK should accept).
/// </summary>
internal static class PushSignature
{
    /// <summary>The header value for a body.</summary>
    public static string Sign(string body, string secret) => "hmacsha256=" + Hex(body, secret);

    /// <summary>Lower-case hex HMAC-SHA256 of <paramref name="text"/> keyed with <paramref name="secret"/>.</summary>
    public static string Hex(string text, string secret)
    {
        byte[] hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text));
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(hash);
#else
        return string.Create(hash.Length * 2, hash, static (span, bytes) =>
        {
            const string Digits = "0123456789abcdef";
            for (int i = 0; i < bytes.Length; i++)
            {
                span[i * 2] = Digits[bytes[i] >> 4];
                span[(i * 2) + 1] = Digits[bytes[i] & 0xF];
            }
        });
#endif
    }
}
