namespace GovText.Language;

/// <summary>Hashed features of the NER tagger (deterministic FNV-1a hashes, shared by training and prediction).</summary>
internal static class NerFeatures
{
    private const uint Offset = 2166136261u;
    private const uint Prime = 16777619u;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h, uint v)
    {
        h ^= v;
        h *= Prime;
        h ^= h >> 15;
        return h;
    }

    private static uint Hash(string s) => Hash(s.AsSpan(), Offset);

    /// <summary>FNV-1a over the characters, continuing from <paramref name="h"/>: Hash(a + b) == Hash(b, Hash(a)).</summary>
    private static uint Hash(ReadOnlySpan<char> s, uint h)
    {
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    private static int F(int template, string value) => (int)Mix(Mix(Offset, (uint)template * 0x9E3779B1u), Hash(value));

    private static int F(int template, ReadOnlySpan<char> value) => (int)Mix(Mix(Offset, (uint)template * 0x9E3779B1u), Hash(value, Offset));

    /// <summary>The same value as <c>F(template, a + "|" + b)</c>, without building the string.</summary>
    private static int F(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => F(template, Hash(a, Offset), b);

    /// <summary>The same value as <c>F(template, a + "|" + b)</c> from <paramref name="a"/>'s hash (<c>Hash(a)</c>).</summary>
    private static int F(int template, uint a, ReadOnlySpan<char> b) =>
        (int)Mix(Mix(Offset, (uint)template * 0x9E3779B1u), Hash(b, Hash("|", a)));

    /// <summary>Also <c>F(template, s)</c> of a string s whose <see cref="Hash(string)"/> is <paramref name="value"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int F(int template, uint value) => (int)Mix(Mix(Offset, (uint)template * 0x9E3779B1u), value);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int F(int template, uint a, uint b) => (int)Mix(Mix(Mix(Offset, (uint)template * 0x9E3779B1u), a), b);

    internal static string Shape(string word)
    {
        Span<char> buffer = stackalloc char[8];
        return new string(buffer[..ShapeInto(word, buffer)]);
    }

    /// <summary>Writes the compressed shape of <paramref name="word"/> into <paramref name="buffer"/> (8 chars) and returns its length.</summary>
    private static int ShapeInto(string word, Span<char> buffer)
    {
        var length = 0;
        var last = '\0';
        foreach (var c in word)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (k != last)
            {
                if (length == buffer.Length)
                {
                    break;
                }

                buffer[length++] = k;
                last = k;
            }
        }

        return length;
    }

    private static string Lower(string s) => s.Length > 40 ? s[..40].ToLowerInvariant() : s.ToLowerInvariant();

    /// <summary>The same characters as <see cref="Lower"/> of the span's string, written into <paramref name="buffer"/> (40 chars).</summary>
    private static ReadOnlySpan<char> LowerInto(ReadOnlySpan<char> s, Span<char> buffer)
    {
        var part = s.Length > 40 ? s[..40] : s;
        var written = part.ToLowerInvariant(buffer);
        return buffer[..written];
    }

    private static List<int> Extra(List<int>?[] extra, int i) => extra[i] ??= [];

    private static uint TagAt(NerModel.Input input, int i) => i < 0 ? 100u : i >= input.Count ? 101u : (uint)input.Tags[i];

    private static readonly uint s_startHash = Hash("<s>");

    private static readonly uint s_endHash = Hash("</s>");

    private static readonly uint s_startShapeHash = Hash(Shape("<s>"));

    private static readonly uint s_endShapeHash = Hash(Shape("</s>"));

    /// <summary>
    /// The static (label-independent) features of every token, and the hash of every token's lowercase form
    /// (<paramref name="lowerHashes"/>, for <see cref="Dynamic"/>).
    /// </summary>
    public static int[][] Static(NerModel.Input input, out uint[] lowerHashes)
    {
        var n = input.Count;
        var result = new int[n][];
        // Gazetteer and pattern position features per token.
        var extra = new List<int>?[n]; // created on first use: most tokens have none

        foreach (var (start, length, bits) in input.GazetteerMatches)
        {
            for (var c = 0; c < NerGazetteer.CategoryCount; c++)
            {
                if ((bits & (1 << c)) == 0)
                {
                    continue;
                }

                for (var k = 0; k < length; k++)
                {
                    var pos = length == 1 ? 'U' : k == 0 ? 'B' : k == length - 1 ? 'L' : 'I';
                    Extra(extra, start + k).Add(F(50, (uint)c, pos));
                    Extra(extra, start + k).Add(F(51, (uint)c, (uint)Math.Min(length, 4)));
                }

                if (start > 0)
                {
                    Extra(extra, start - 1).Add(F(52, (uint)c));
                }

                if (start + length < n)
                {
                    Extra(extra, start + length).Add(F(53, (uint)c));
                }
            }
        }

        foreach (var m in input.Patterns)
        {
            var type = (uint)Array.IndexOf(NerPatterns.Types, m.Type);
            for (var k = 0; k < m.Count; k++)
            {
                var pos = m.Count == 1 ? 'U' : k == 0 ? 'B' : k == m.Count - 1 ? 'L' : 'I';
                Extra(extra, m.First + k).Add(F(60, type, pos));
            }
        }

        // Quote and parenthesis context: inside «…», ‘…’, "…" or (…).
        var quoted = new bool[n];
        var parenthesised = new bool[n];
        var inQuote = false;
        var inParen = false;
        for (var i = 0; i < n; i++)
        {
            var f = input.Forms[i] ?? string.Empty;
            if (f is "»" or "’" or "”")
            {
                inQuote = false;
            }
            else if (f is ")")
            {
                inParen = false;
            }

            quoted[i] = inQuote;
            parenthesised[i] = inParen;
            if (f is "«" or "‘" or "“")
            {
                inQuote = true;
            }
            else if (f is "(")
            {
                inParen = true;
            }
        }

        // Runs of capitalised words (allowing "van", "de", "der", "den", "en", "voor" inside a run).
        var runStart = new int[n];
        var runLength = new int[n];
        for (var i = 0; i < n;)
        {
            if (!IsCapitalised(input.Forms[i]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            while (j < n && (IsCapitalised(input.Forms[j]) || (j + 1 < n && IsLink(input.Forms[j]) && IsCapitalised(input.Forms[j + 1]))))
            {
                j++;
            }

            for (var k = i; k < j; k++)
            {
                runStart[k] = i;
                runLength[k] = j - i;
            }

            i = j;
        }

        // Per token once: the lowercase form and the hashes of it and of the shape (each used for the token and its neighbours).
        var lowers = new string[n];
        var hashes = new uint[n];
        var shapes = new uint[n];
        Span<char> shape = stackalloc char[8];
        for (var i = 0; i < n; i++)
        {
            var form = input.Forms[i] ?? string.Empty;
            lowers[i] = Lower(form);
            hashes[i] = Hash(lowers[i]);
            shapes[i] = Hash(shape[..ShapeInto(form, shape)], Offset);
        }

        string LowerAt(int i) => i < 0 ? "<s>" : i >= n ? "</s>" : lowers[i];
        uint LowerHashAt(int i) => i < 0 ? s_startHash : i >= n ? s_endHash : hashes[i];
        uint ShapeHashAt(int i) => i < 0 ? s_startShapeHash : i >= n ? s_endShapeHash : shapes[i];

        Span<char> lowerPart = stackalloc char[40];
        var features = new List<int>(96);

        for (var i = 0; i < n; i++)
        {
            var word = input.Forms[i] ?? string.Empty;
            if (runLength[i] > 0)
            {
                var position = runLength[i] == 1 ? 'U' : i == runStart[i] ? 'B' : i == runStart[i] + runLength[i] - 1 ? 'L' : 'I';
                Extra(extra, i).Add(F(83, position, (uint)Math.Min(runLength[i], 5)));
                Extra(extra, i).Add(F(84, position, runStart[i] == 0 ? 1u : 0u));
            }

            if (quoted[i])
            {
                Extra(extra, i).Add(F(80, 1u));
                Extra(extra, i).Add(F(81, TagAt(input, i)));
            }

            if (parenthesised[i])
            {
                Extra(extra, i).Add(F(82, 1u));
            }

            var lower = lowers[i];
            // Same hashes as the string forms they replace (F(1, word[..40]), F(3, Shape(word)), F(13, a + "|" + b), …),
            // without allocating the strings.
            features.Clear();
            features.Add(F(0, 0u));
            features.Add(F(1, word.AsSpan(0, Math.Min(word.Length, 40))));
            features.Add(F(2, hashes[i]));
            features.Add(F(3, shapes[i]));
            features.Add(F(4, TagAt(input, i)));
            features.Add(F(5, TagAt(input, i - 1)));
            features.Add(F(6, TagAt(input, i + 1)));
            features.Add(F(7, LowerHashAt(i - 1)));
            features.Add(F(8, LowerHashAt(i + 1)));
            features.Add(F(9, LowerHashAt(i - 2)));
            features.Add(F(10, LowerHashAt(i + 2)));
            features.Add(F(11, ShapeHashAt(i - 1)));
            features.Add(F(12, ShapeHashAt(i + 1)));
            features.Add(F(13, LowerHashAt(i - 1), lower));
            features.Add(F(14, hashes[i], LowerAt(i + 1)));
            features.Add(F(15, (uint)input.Tokens[i].Kind));
            features.Add(F(16, TagAt(input, i), i == 0 ? 1u : 0u));
            features.Add(F(17, shapes[i], LowerAt(i - 1)));
            features.Add(F(18, TagAt(input, i - 1), TagAt(input, i)));
            features.Add(F(19, TagAt(input, i), TagAt(input, i + 1)));
            var prefix = Offset;
            for (var k = 1; k <= 4 && k <= lower.Length; k++)
            {
                features.Add(F(20 + k, lower.AsSpan(lower.Length - k)));
                if (k <= 3)
                {
                    prefix = Hash(lower.AsSpan(k - 1, 1), prefix); // Hash(lower[..k]), one character more each time
                    features.Add(F(30 + k, prefix));
                }
            }

            var raw = input.RawForms[i] ?? string.Empty; // hyphen parts of the printed form ("NAVO-top": "navo", "top")
            var hyphen = raw.IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0)
            {
                features.Add(F(40, LowerInto(raw.AsSpan(0, hyphen), lowerPart)));
                features.Add(F(41, LowerInto(raw.AsSpan(hyphen + 1), lowerPart)));
            }

            if (input.Clusters is { } clusters)
            {
                // Word-cluster path prefixes of the word and its neighbours ("none" is a value of its own).
                int At(int k) => k < 0 ? -1 : k >= n ? -2 : clusters[k];
                var c = clusters[i];
                features.Add(F(100, (uint)ClusterPrefix(c, 4)));
                features.Add(F(101, (uint)ClusterPrefix(c, 6)));
                features.Add(F(102, (uint)ClusterPrefix(c, 10)));
                features.Add(F(103, (uint)c));
                features.Add(F(104, (uint)ClusterPrefix(At(i - 1), 6)));
                features.Add(F(105, (uint)ClusterPrefix(At(i + 1), 6)));
                features.Add(F(106, (uint)At(i - 1)));
                features.Add(F(107, (uint)At(i + 1)));
                features.Add(F(108, (uint)ClusterPrefix(At(i - 2), 4)));
                features.Add(F(109, (uint)ClusterPrefix(At(i + 2), 4)));
                features.Add(F(110, (uint)ClusterPrefix(c, 6), IsCapitalised(word) ? 1u : 0u));
            }

            if (extra[i] is { } more)
            {
                features.AddRange(more);
            }

            result[i] = [.. features];
        }

        lowerHashes = hashes;
        return result;
    }

    /// <summary>The first <paramref name="bits"/> bits of a cluster path with a leading 1 bit (negative values pass through).</summary>
    private static int ClusterPrefix(int code, int bits)
    {
        if (code <= 0)
        {
            return code;
        }

        var depth = 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)code);
        return depth > bits ? code >> (depth - bits) : code;
    }

    private static bool IsCapitalised(string? form) => !string.IsNullOrEmpty(form) && char.IsUpper(form[0]);

    private static bool IsLink(string? form) => form is "van" or "de" or "der" or "den" or "en" or "voor" or "het" or "op" or "in";

    /// <summary>Indices (in the static feature array) of the word-identity features, for rare-word dropout in training.</summary>
    internal static readonly int[] WordIdentityIndices = [1, 2, 13, 14];

    public static void Dynamic(NerModel.Input input, int i, int prev, int prev2, List<int> features, int[]? firstPass = null)
    {
        if (firstPass is not null)
        {
            uint At1(int k) => k < 0 ? 200u : k >= firstPass.Length ? 201u : (uint)firstPass[k];
            features.Add(F(90, At1(i)));
            features.Add(F(91, At1(i + 1)));
            features.Add(F(92, At1(i + 2)));
            features.Add(F(93, At1(i), At1(i + 1)));
            features.Add(F(94, At1(i - 1), At1(i)));
            features.Add(F(95, At1(i), input.LowerHashes[i]));
        }

        var p = (uint)(prev + 1);
        var p2 = (uint)(prev2 + 1);
        features.Add(F(70, p));
        features.Add(F(71, p, p2));
        features.Add(F(72, p, input.LowerHashes[i]));
        features.Add(F(73, p, TagAt(input, i)));
    }
}
