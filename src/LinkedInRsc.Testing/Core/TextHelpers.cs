using System.Text;

namespace LinkedInRsc.Testing.Core;

/// <summary>Small helpers for text.</summary>
internal static class TextHelpers
{
    /// <summary>UTF-8 bytes.</summary>
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
