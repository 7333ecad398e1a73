namespace GovText.Language;

/// <summary>
/// Invariant lower-casing that gives exactly the results of <see cref="char.ToLowerInvariant(char)"/> and
/// <see cref="string.ToLowerInvariant()"/> from a table built once (128 KB), without the ICU call .NET makes for each
/// non-ASCII character; a profile of the NER pipeline spent a fifth of its time there. Strings that need no change are
/// returned as they are (no allocation); strings with surrogate pairs are left to the framework.
/// </summary>
internal static class FastCase
{
    private static readonly char[] s_lower = Build();

    /// <summary>The invariant lower case of <paramref name="c"/>.</summary>
    public static char Lower(char c) => s_lower[c];

    /// <summary>The invariant lower case of <paramref name="s"/>; the same instance when nothing changes.</summary>
    public static string Lower(string s)
    {
        var first = -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsSurrogate(c))
            {
                return s.ToLowerInvariant();
            }

            if (first < 0 && s_lower[c] != c)
            {
                first = i;
            }
        }

        if (first < 0)
        {
            return s;
        }

        return string.Create(s.Length, (s, first), static (span, state) =>
        {
            state.s.AsSpan(0, state.first).CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = s_lower[state.s[i]];
            }
        });
    }

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = c < 0x80 ? ((uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : (char)c) : char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
