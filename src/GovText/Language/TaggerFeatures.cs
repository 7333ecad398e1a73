using System.Runtime.CompilerServices;

namespace GovText.Language;

/// <summary>
/// Hashed feature extraction shared by training and prediction of the averaged-perceptron tagger. Hashes are
/// deterministic (FNV-1a over UTF-16 code units, then mixed with a template id), never <see cref="string.GetHashCode()"/>.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Maximum number of features per token.</summary>
    public const int MaxFeatures = 96;

    private const uint Bos = 0x9E3779B9u;

    private static readonly uint ErHash = Fnv("er");

    /// <summary>Optional feature group (bit of a model's feature set): existential "er" next to the word.</summary>
    internal const int FeatureExistential = 1;

    /// <summary>Optional feature group: the word with the tags around it in the stacked pass.</summary>
    internal const int FeatureTagContext = 2;

    /// <summary>Optional feature group: inflectional ending and base-word class of unknown words.</summary>
    internal const int FeatureInflection = 4;

    /// <summary>All optional feature groups this version knows.</summary>
    internal const int KnownFeatures = FeatureExistential | FeatureTagContext | FeatureInflection;
    private const uint Eos = 0x85EBCA6Bu;

    /// <summary>Per-token precomputed hashes.</summary>
    internal struct TokenHashes
    {
        public uint Word;
        public uint Exact;
        public uint S1;
        public uint S2;
        public uint S3;
        public uint S4;
        public uint S5;
        public uint P4;
        public uint LastPart;
        public uint Class;
        public bool Known;
        public uint P1;
        public uint P2;
        public uint P3;
        public uint Shape;
        public uint Flags;
        public uint C4;
        public uint C6;
        public uint C10;
        public uint CFull;
        public byte Verbish; // 0 other, 1 clause boundary, 2 participle-like (ge…d/t/en), 3 infinitive-like (…en)
        public uint HeadClass; // unknown words: ambiguity class of the longest known word they end with (compound head)
        public uint HeadCluster; // unknown words: 6-bit cluster prefix of that word (0 when none)
        public uint Inflection; // unknown words (experiment): stripped ending and ambiguity class of the base word
    }

    public static TokenHashes[] Precompute(IReadOnlyList<string> words, TagLexicon? lexicon, int featureSet = 0)
    {
        var result = new TokenHashes[words.Count];
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < words.Count; i++)
        {
            result[i] = Compute(words[i] ?? string.Empty, i == 0, buffer, lexicon, featureSet);
        }

        return result;
    }

    /// <summary>The normalised form used for the word features and the lexicon: lower case, digits as '0'.</summary>
    public static string Normalize(string word)
    {
        Span<char> buffer = stackalloc char[64];
        var length = Math.Min(word.Length, 64);
        for (var k = 0; k < length; k++)
        {
            var c = word[k];
            buffer[k] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    private static TokenHashes Compute(string word, bool first, Span<char> buffer, TagLexicon? lexicon, int featureSet)
    {
        var length = Math.Min(word.Length, buffer.Length);
        var norm = buffer[..length];
        bool hasDigit = false, hasUpper = false, hasLower = false, hasHyphen = false, hasDot = false, allUpper = true;
        for (var k = 0; k < length; k++)
        {
            var c = word[k];
            if (char.IsDigit(c))
            {
                hasDigit = true;
                norm[k] = '0';
                continue;
            }

            if (char.IsUpper(c))
            {
                hasUpper = true;
                norm[k] = char.ToLowerInvariant(c);
                continue;
            }

            if (char.IsLower(c))
            {
                hasLower = true;
            }

            if (c == '-')
            {
                hasHyphen = true;
            }
            else if (c == '.')
            {
                hasDot = true;
            }

            if (char.IsLetter(c))
            {
                allUpper = false;
            }

            norm[k] = c;
        }

        if (word.Length > buffer.Length)
        {
            // Very long tokens: keep prefixes from the start and suffixes from the real end.
            word.AsSpan(word.Length - 8).ToLowerInvariant(norm[^8..]);
        }

        var h = new TokenHashes
        {
            Word = Fnv(norm),
            Exact = Fnv(word.AsSpan(0, Math.Min(word.Length, 64))),
            S1 = Fnv(norm[Math.Max(0, length - 1)..]),
            S2 = Fnv(norm[Math.Max(0, length - 2)..]),
            S3 = Fnv(norm[Math.Max(0, length - 3)..]),
            S4 = Fnv(norm[Math.Max(0, length - 4)..]),
            S5 = Fnv(norm[Math.Max(0, length - 5)..]),
            P4 = Fnv(norm[..Math.Min(4, length)]),
            LastPart = hasHyphen && norm.LastIndexOf('-') is var dash and >= 0 && dash < length - 1 ? Fnv(norm[(dash + 1)..]) : 0,
            P1 = Fnv(norm[..Math.Min(1, length)]),
            P2 = Fnv(norm[..Math.Min(2, length)]),
            P3 = Fnv(norm[..Math.Min(3, length)]),
            Shape = ShapeHash(word),
        };
        if (lexicon is not null)
        {
            var mask = word.Length > 64 ? 0 : lexicon.Lookup(norm);
            h.Class = Mix(0x51ED27u, (uint)mask) | 1u;
            h.Known = mask != 0;
            if (mask == 0 && word.Length <= 64)
            {
                // Unknown words (often compounds): the longest known word of at least 3 characters that the word ends
                // with after at least 2 characters ("kloosterorde" → "orde"), its ambiguity class and cluster.
                for (var k = 2; k <= length - 3; k++)
                {
                    var headMask = lexicon.Lookup(norm[k..]);
                    if (headMask != 0)
                    {
                        h.HeadClass = Mix(0x4EADu, (uint)headMask) | 1u;
                        var headCode = lexicon.Cluster(norm[k..]);
                        var headDepth = headCode == 0 ? 0 : 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)headCode);
                        h.HeadCluster = Mix(0x4EAD6u, (uint)Prefix(headCode, headDepth, 6));
                        break;
                    }
                }
            }
            if (mask == 0 && word.Length <= 64 && (featureSet & FeatureInflection) != 0)
            {
                h.Inflection = InflectionClass(norm, lexicon);
            }

            if (lexicon.HasClusters)
            {
                // Cluster bit-string prefixes (4, 6, 10 bits and the whole string); "no cluster" is a value of its own.
                var code = word.Length > 64 ? 0 : lexicon.Cluster(norm);
                var depth = code == 0 ? 0 : 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)code);
                h.C4 = Mix(0xC4u, (uint)Prefix(code, depth, 4));
                h.C6 = Mix(0xC6u, (uint)Prefix(code, depth, 6));
                h.C10 = Mix(0xC10u, (uint)Prefix(code, depth, 10));
                h.CFull = Mix(0xCFFu, (uint)code);
            }
        }

        h.Verbish = length == 1 && norm[0] is ',' or ';' or ':' or '.' or '?' or '!' or '(' or ')' ? (byte)1
            : length >= 5 && hasLower && !hasUpper && norm[0] == 'g' && norm[1] == 'e' && (norm[^1] is 'd' or 't' || norm[^2..] is "en") ? (byte)2
            : length >= 4 && hasLower && !hasUpper && norm[^2..] is "en" ? (byte)3
            : (byte)0;
        var flags = 0u;
        flags |= hasDigit ? 1u : 0;
        flags |= hasUpper ? 2u : 0;
        flags |= hasLower ? 4u : 0;
        flags |= hasHyphen ? 8u : 0;
        flags |= hasDot ? 16u : 0;
        flags |= hasUpper && allUpper ? 32u : 0;
        flags |= first ? 64u : 0;
        flags |= length > 0 && char.IsUpper(word[0]) ? 128u : 0;
        flags |= (uint)Math.Min(length, 12) << 8;
        h.Flags = flags;
        return h;
    }

    private static readonly string[] s_endings = ["ende", "ste", "den", "ten", "ere", "en", "de", "te", "er", "'s", "e", "s", "t", "n"];

    /// <summary>
    /// Unknown words: the first Dutch inflectional ending (longest first) whose removal leaves a known word of at least
    /// three characters, directly, with a doubled final consonant undone ("kippen" → "kip") or with the last vowel
    /// doubled ("schapen" → "schaap"); the ending index and that word's ambiguity class, or 0.
    /// </summary>
    private static uint InflectionClass(ReadOnlySpan<char> norm, TagLexicon lexicon)
    {
        Span<char> buffer = stackalloc char[66];
        for (var e = 0; e < s_endings.Length; e++)
        {
            var ending = s_endings[e];
            if (norm.Length < ending.Length + 3 || !norm.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }

            var b = norm[..^ending.Length];
            var mask = lexicon.Lookup(b);
            if (mask == 0 && b.Length >= 4 && b[^1] == b[^2] && !IsVowel(b[^1]))
            {
                mask = lexicon.Lookup(b[..^1]);
            }

            if (mask == 0 && b.Length >= 3 && IsVowel(b[^2]) && !IsVowel(b[^1]) && !IsVowel(b[^3]))
            {
                b[..^1].CopyTo(buffer);
                buffer[b.Length - 1] = b[^2];
                buffer[b.Length] = b[^1];
                mask = lexicon.Lookup(buffer[..(b.Length + 1)]);
            }

            if (mask != 0)
            {
                return Mix(0x1F1u + (uint)e, (uint)mask) | 1u;
            }
        }

        return 0;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static int Prefix(int code, int depth, int bits) => depth > bits ? code >> (depth - bits) : code;

    private static uint ShapeHash(string word)
    {
        // Compressed shape: X x d and other characters, runs collapsed ("GroenLinks-PvdA" → "XxXx-Xx").
        var hash = 2166136261u;
        var last = '\0';
        var n = Math.Min(word.Length, 64);
        for (var k = 0; k < n; k++)
        {
            var c = word[k];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s == last)
            {
                continue;
            }

            last = s;
            hash = (hash ^ s) * 16777619u;
        }

        return hash;
    }

    /// <summary>Writes the features of token <paramref name="i"/> into <paramref name="output"/>; returns the count.</summary>
    /// <remarks>
    /// <paramref name="lookahead"/> holds first-pass tags for the whole sentence (second pass of the stacked
    /// tagger); when empty, only the first-pass feature set is produced. <paramref name="other"/> optionally holds
    /// the tags of a first pass run in the opposite direction (layout with both directions).
    /// </remarks>
    public static int Extract(TokenHashes[] t, int i, int prevTag, int prevTag2, Span<int> output, ReadOnlySpan<UPos> lookahead = default, ReadOnlySpan<UPos> other = default, int featureSet = 0)
    {
        var n = 0;
        ref readonly var c = ref t[i];
        var hasPrev = i > 0;
        var hasPrev2 = i > 1;
        var hasNext = i + 1 < t.Length;
        var hasNext2 = i + 2 < t.Length;
        var wPrev = hasPrev ? t[i - 1].Word : Bos;
        var wPrev2 = hasPrev2 ? t[i - 2].Word : Bos;
        var wNext = hasNext ? t[i + 1].Word : Eos;
        var wNext2 = hasNext2 ? t[i + 2].Word : Eos;
        var tp = (uint)prevTag;
        var tp2 = (uint)prevTag2;

        output[n++] = F(0, 0);
        output[n++] = F(1, c.Word);
        output[n++] = F(2, c.S1);
        output[n++] = F(3, c.S2);
        output[n++] = F(4, c.S3);
        output[n++] = F(5, c.S4);
        output[n++] = F(6, c.P1);
        output[n++] = F(7, c.P2);
        output[n++] = F(8, c.P3);
        output[n++] = F(9, c.Shape);
        output[n++] = F(10, wPrev);
        output[n++] = F(11, wPrev2);
        output[n++] = F(12, wNext);
        output[n++] = F(13, wNext2);
        output[n++] = F(14, hasPrev ? t[i - 1].S3 : Bos);
        output[n++] = F(15, hasNext ? t[i + 1].S3 : Eos);
        output[n++] = F(16, tp);
        output[n++] = F(17, tp2);
        output[n++] = F(18, Mix(tp, tp2));
        output[n++] = F(19, Mix(tp, c.Word));
        output[n++] = F(20, Mix(wPrev, c.Word));
        output[n++] = F(21, Mix(c.Word, wNext));
        output[n++] = F(22, hasNext ? t[i + 1].Shape : Eos);
        output[n++] = F(23, c.Flags);
        output[n++] = F(24, Mix(tp, c.S3));
        output[n++] = F(25, c.Exact);
        output[n++] = F(26, hasPrev ? t[i - 1].Shape : Bos);
        output[n++] = F(27, hasNext ? t[i + 1].S2 : Eos);
        output[n++] = F(28, Mix(c.Flags & 0xFF, tp));
        output[n++] = F(29, Mix(wPrev, wNext));
        output[n++] = F(30, Mix(wNext, wNext2));
        output[n++] = F(31, Mix(tp, wNext));
        output[n++] = F(32, Mix(c.S3, wNext));
        output[n++] = F(33, Mix(c.Shape, tp));
        output[n++] = F(34, hasPrev ? t[i - 1].Exact : Bos);
        output[n++] = F(35, hasNext ? t[i + 1].Exact : Eos);
        output[n++] = F(36, c.S5);
        output[n++] = F(37, c.P4);
        output[n++] = F(38, c.LastPart);
        output[n++] = F(39, Mix(wPrev, c.S3));
        output[n++] = F(48, Mix(c.Flags & 0xC1, c.S3));
        if (c.Class != 0)
        {
            // Ambiguity classes (tag sets of frequent training words) of the word and its neighbours.
            var cNext = hasNext ? t[i + 1].Class : Eos;
            var cPrev = hasPrev ? t[i - 1].Class : Bos;
            output[n++] = F(51, cNext);
            output[n++] = F(52, cPrev);
            output[n++] = F(56, hasNext2 ? t[i + 2].Class : Eos);
            if (c.Known)
            {
                output[n++] = F(50, c.Class);
                output[n++] = F(53, Mix(c.Class, cNext));
                output[n++] = F(54, Mix(tp, c.Class));
                output[n++] = F(55, Mix(c.Class, wNext));
                output[n++] = F(57, Mix(cPrev, c.Class));
            }
            else
            {
                output[n++] = F(60, Mix(cNext, c.S3));
            }
        }

        if (c.CFull != 0)
        {
            // Word clusters of the word and its neighbours.
            var cp = hasPrev ? t[i - 1].C6 : Bos;
            var cn = hasNext ? t[i + 1].C6 : Eos;
            output[n++] = F(61, c.C4);
            output[n++] = F(62, c.C6);
            output[n++] = F(63, c.C10);
            output[n++] = F(64, c.CFull);
            output[n++] = F(65, cp);
            output[n++] = F(66, cn);
            output[n++] = F(67, hasPrev ? t[i - 1].CFull : Bos);
            output[n++] = F(68, hasNext ? t[i + 1].CFull : Eos);
            output[n++] = F(69, Mix(tp, c.C6));
            output[n++] = F(70, Mix(c.C6, cn));
            output[n++] = F(71, Mix(cp, c.C6));
            output[n++] = F(72, hasNext2 ? t[i + 2].C4 : Eos);
            output[n++] = F(73, hasPrev2 ? t[i - 2].C4 : Bos);
            output[n++] = F(74, Mix(c.C10, c.S3));
        }

        {
            // Auxiliary or main verb ("is … gegaan" / "is groot"): the first participle- or infinitive-like word
            // to the right within 8 tokens and the clause.
            var kind = 0u;
            var dist = 0;
            for (var j = i + 1; j < t.Length && j <= i + 8; j++)
            {
                if (t[j].Verbish == 1)
                {
                    break;
                }

                if (t[j].Verbish >= 2)
                {
                    kind = t[j].Verbish;
                    dist = j - i;
                    break;
                }
            }

            output[n++] = F(75, Mix(c.Word, kind));
            output[n++] = F(76, Mix(c.Word, (kind << 4) | (uint)Math.Min(dist, 3)));
        }

        if ((featureSet & FeatureExistential) != 0)
        {
            // Existential "er" within two tokens ("er is", "is er", "zijn er … "): main verb rather than copula.
            var er = 0u;
            for (var j = Math.Max(0, i - 2); j < t.Length && j <= i + 2; j++)
            {
                if (j != i && t[j].Word == ErHash)
                {
                    er = 1u;
                    break;
                }
            }

            output[n++] = F(86, Mix(c.Word, er));
        }

        if (c.Class != 0 && !c.Known)
        {
            // Unknown words: the ambiguity class (and cluster) of the known word they end with; 0 when there is none.
            output[n++] = F(93, c.HeadClass);
            output[n++] = F(94, Mix(c.HeadClass, c.Flags & 0xC0));
            output[n++] = F(95, Mix(c.HeadClass, c.HeadCluster));
            output[n++] = F(96, Mix(c.HeadClass, tp));
            if ((featureSet & FeatureInflection) != 0)
            {
                output[n++] = F(89, c.Inflection);
                output[n++] = F(90, Mix(c.Inflection, tp));
            }
        }

        if (!lookahead.IsEmpty)
        {
            var l0 = (uint)lookahead[i];
            var l1 = hasNext ? (uint)lookahead[i + 1] : Eos;
            var l2 = hasNext2 ? (uint)lookahead[i + 2] : Eos;
            output[n++] = F(40, l0);
            output[n++] = F(41, l1);
            output[n++] = F(42, l2);
            output[n++] = F(43, Mix(l1, l2));
            output[n++] = F(44, Mix(l1, c.Word));
            output[n++] = F(45, Mix(tp, l1));
            output[n++] = F(46, Mix(l0, c.Word));
            output[n++] = F(47, Mix(l1, c.S3));
            if ((featureSet & FeatureTagContext) != 0)
            {
                // The word between its left tag and the first pass's right tag, and before the next two tags.
                output[n++] = F(87, Mix(Mix(tp, l1), c.Word));
                output[n++] = F(88, Mix(Mix(l1, l2), c.Word));
            }

            {
                // First verb tagged by the first pass to the right, within the clause.
                var verb = 0u;
                for (var j = i + 1; j < t.Length && j <= i + 10; j++)
                {
                    var tj = lookahead[j];
                    if (tj is UPos.PUNCT or UPos.SCONJ or UPos.CCONJ)
                    {
                        break;
                    }

                    if (tj is UPos.VERB or UPos.AUX)
                    {
                        verb = Mix(t[j].S2, (uint)tj) ^ (t[j].Verbish == 2 ? 0x5A5Au : 0);
                        break;
                    }
                }

                output[n++] = F(77, Mix(c.Word, verb == 0 ? 0u : 1u));
                output[n++] = F(78, Mix(c.Word, verb));
            }
        }

        if (!other.IsEmpty)
        {
            // Tags of the opposite-direction first pass.
            var o0 = (uint)other[i];
            var oNext = hasNext ? (uint)other[i + 1] : Eos;
            var oPrev = hasPrev ? (uint)other[i - 1] : Bos;
            var l0 = lookahead.IsEmpty ? 0u : (uint)lookahead[i];
            output[n++] = F(80, o0);
            output[n++] = F(81, Mix(o0, l0));
            output[n++] = F(82, Mix(Mix(o0, l0), c.Word));
            output[n++] = F(83, Mix(o0, oNext));
            output[n++] = F(84, Mix(oPrev, o0));
            output[n++] = F(85, Mix(Mix(o0, l0), c.S3));
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int F(uint template, uint value) => (int)Mix(template * 0x27D4EB2Du + 0x165667B1u, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint a, uint b)
    {
        var h = a * 0xCC9E2D51u ^ b;
        h = (h ^ (h >> 15)) * 0x85EBCA77u;
        h ^= h >> 13;
        h *= 0xC2B2AE3Du;
        return h ^ (h >> 16);
    }

    private static uint Fnv(ReadOnlySpan<char> s)
    {
        var hash = 2166136261u;
        foreach (var c in s)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
