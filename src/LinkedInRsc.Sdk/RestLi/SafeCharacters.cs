using System.Buffers;

namespace LinkedInRsc.RestLi;

/// <summary>
/// A set of ASCII characters left unescaped by percent-encoding: as <see cref="SearchValues{T}"/> for vectorized
/// scans of long runs, and as a 128-bit map for the character-by-character tail after the first escape.
/// </summary>
internal sealed class SafeCharacters
{
    private readonly ulong _low;
    private readonly ulong _high;

    /// <summary>Creates the set.</summary>
    /// <param name="characters">The characters, all ASCII.</param>
    public SafeCharacters(string characters)
    {
        Values = SearchValues.Create(characters);
        foreach (char c in characters)
        {
            if (c >= 0x80)
            {
                throw new ArgumentException("Only ASCII characters can be left unescaped.", nameof(characters));
            }

            if (c < 64)
            {
                _low |= 1UL << c;
            }
            else
            {
                _high |= 1UL << (c - 64);
            }
        }
    }

    /// <summary>The set for vectorized searches.</summary>
    public SearchValues<char> Values { get; }

    /// <summary>Whether <paramref name="c"/> (any character) is in the set.</summary>
    public bool Contains(char c) => c < 64 ? ((_low >> c) & 1) != 0 : c < 128 && ((_high >> (c - 64)) & 1) != 0;
}
