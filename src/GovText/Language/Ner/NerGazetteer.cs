namespace GovText.Language;

/// <summary>
/// Multi-token gazetteer: entries are token sequences (tokenised with <see cref="DutchTokenizer"/>) mapped to a
/// bit set of <see cref="NerGazetteer.Category"/> values. Matching is case-sensitive on the token forms, except that a
/// lower-case key is also tried for categories flagged as case-insensitive at build time.
/// </summary>
internal sealed class NerGazetteer
{
    internal enum Category
    {
        Party = 0,
        GovernmentBody = 1,
        Organization = 2,
        Person = 3,
        Surname = 4,
        Place = 5,
        Country = 6,
        Law = 7,
        Misc = 8,
        Forename = 9,
        Village = 10,

        /// <summary>First of eleven "seen in the training data as fine type k" categories (feature only).</summary>
        Seen = 11,
    }

    internal const int CategoryCount = 22;
    internal const char Separator = '\u0001';

    private readonly Dictionary<string, int> _entries;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _entryLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly Dictionary<string, int> _clusters; // not frozen: a frozen dictionary's span lookup goes through a delegate
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _clusterLookup;

    public NerGazetteer(Dictionary<string, int> entries, IReadOnlyDictionary<string, int>? clusters = null)
    {
        _clusters = new Dictionary<string, int>(clusters ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        _clusterLookup = _clusters.GetAlternateLookup<ReadOnlySpan<char>>();
        _entries = entries.Comparer == StringComparer.Ordinal ? entries : new Dictionary<string, int>(entries, StringComparer.Ordinal);
        MaxLength = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Count(c => c == Separator) + 1);
        _entryLookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

        // Every proper token-boundary prefix of a multi-token entry, so that matching can stop extending a key as
        // soon as no longer entry can start with it (same matches, far fewer lookups).
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in _entries.Keys)
        {
            for (var at = key.IndexOf(Separator, StringComparison.Ordinal); at >= 0; at = key.IndexOf(Separator, at + 1))
            {
                prefixes.Add(key[..at]);
            }
        }

        _prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int MaxLength { get; }

    public int Count => _entries.Count;

    public IReadOnlyDictionary<string, int> Entries => _entries;

    /// <summary>Word clusters: normalised form (lower case, digits as '0') → bit path with a leading 1 bit.</summary>
    public IReadOnlyDictionary<string, int> Clusters => _clusters;

    /// <summary>The cluster path of a normalised form (leading 1 bit), or 0 when it has none.</summary>
    public int Cluster(ReadOnlySpan<char> normalized) => _clusterLookup.TryGetValue(normalized, out var code) ? code : 0;

    /// <summary>The same gazetteer with another word-cluster table.</summary>
    public NerGazetteer WithClusters(IReadOnlyDictionary<string, int>? clusters) => new(_entries, clusters);

    /// <summary>The fine type a spotted category produces, or null for feature-only categories.</summary>
    public static string? TypeOf(Category category) => category switch
    {
        Category.Party => NerLabels.Party,
        Category.GovernmentBody => NerLabels.GovernmentBody,
        Category.Organization => NerLabels.Organization,
        Category.Person => NerLabels.Person,
        Category.Place or Category.Country => NerLabels.Location,
        Category.Law => NerLabels.Law,
        Category.Misc => NerLabels.Misc,
        _ => null,
    };

    public static string Key(IEnumerable<string> forms) => string.Join(Separator, forms);

    /// <summary>A gazetteer with the entries of both (category bits combined).</summary>
    public NerGazetteer Merge(IReadOnlyDictionary<string, int> more)
    {
        var entries = new Dictionary<string, int>(_entries, StringComparer.Ordinal);
        foreach (var (key, bits) in more)
        {
            entries[key] = entries.GetValueOrDefault(key) | bits;
        }

        return new NerGazetteer(entries, _clusters);
    }

    /// <summary>The category bits of a one-token entry (0 if none).</summary>
    public int Bits(ReadOnlySpan<char> form) => _entryLookup.TryGetValue(form, out var bits) ? bits : 0;

    /// <summary>Whether a one-token form is a gazetteer name or was seen as an entity in the training data (surnames,
    /// forenames and BAG places alone do not count).</summary>
    public bool IsKnownWord(string form) =>
        (Bits(form) & ~((1 << (int)Category.Surname) | (1 << (int)Category.Forename) | (1 << (int)Category.Village))) != 0;

    /// <summary>The spotted categories (no feature-only or "seen" categories): parties, bodies, organisations, persons,
    /// places, countries, laws, misc.</summary>
    internal const int NameBits = (1 << (int)Category.Party) | (1 << (int)Category.GovernmentBody) | (1 << (int)Category.Organization)
        | (1 << (int)Category.Person) | (1 << (int)Category.Place) | (1 << (int)Category.Country) | (1 << (int)Category.Law) | (1 << (int)Category.Misc);

    /// <summary>
    /// The name part of a token in which the text extraction glued a name to a neighbouring word: a lowercase word before
    /// a gazetteer name ("minderNederlandse" → "Nederlandse", "geenNederlands") or an inflected nationality adjective
    /// of the gazetteer (Misc, ending in "-se") before a word, and a function word glued to a name ("depolitie",
    /// "politietijdens", "EUals") ("Nederlandsemoderatieteam" → "Nederlandse", "KeniaansePrincipal" →
    /// "Keniaanse"). Returns false (and the whole form) when the token is not such a glued pair.
    /// </summary>
    public bool GluedName(string form, out int start, out int length)
    {
        start = 0;
        length = form.Length;
        if (form.Length < 5 || (Bits(form) & NameBits) != 0)
        {
            return false;
        }

        if (char.IsLower(form[0]))
        {
            for (var k = 2; k <= 12 && k < form.Length - 2; k++)
            {
                if (!char.IsLower(form[k - 1]))
                {
                    return false;
                }

                if (char.IsUpper(form[k]))
                {
                    if ((Bits(form.AsSpan(k)) & NameBits) != 0)
                    {
                        start = k;
                        length = form.Length - k;
                        return true;
                    }

                    return false;
                }
            }

            // A function word glued before a lowercase name ("depolitie" → "politie").
            for (var k = 2; k <= 4 && k <= form.Length - 6; k++)
            {
                if (IsGluedWord(form.AsSpan(0, k)) && (Bits(form.AsSpan(k)) & NameBits) != 0)
                {
                    start = k;
                    length = form.Length - k;
                    return true;
                }
            }
        }

        // A name glued before a function word of three letters or more ("politietijdens" → "politie", "EUals" → "EU").
        for (var w = 3; w <= 7 && w <= form.Length - 2; w++)
        {
            if (char.IsLower(form[^w]) && IsGluedWord(form.AsSpan(form.Length - w)) && (Bits(form.AsSpan(0, form.Length - w)) & NameBits) != 0)
            {
                length = form.Length - w;
                return true;
            }
        }

        if (char.IsLower(form[0]))
        {
            return false;
        }

        if (!char.IsUpper(form[0]) || form.Length < 10)
        {
            return false;
        }

        for (var k = form.Length - 4; k >= 6; k--)
        {
            if (form[k - 1] == 'e' && form[k - 2] == 's' && char.IsLetter(form[k]) && (Bits(form.AsSpan(0, k)) & (1 << (int)Category.Misc)) != 0
                && IsLetters(form.AsSpan(k)))
            {
                length = k;
                return true;
            }
        }

        return false;
    }

    /// <summary>Function words that the text extraction glues to a neighbouring word (a constant pattern: no hashing).</summary>
    private static bool IsGluedWord(ReadOnlySpan<char> s) => s is "de" or "het" or "van" or "voor" or "als" or "met" or "door" or "bij" or "naar"
        or "over" or "uit" or "aan" or "tot" or "die" or "dat" or "een" or "tijdens" or "inzake" or "heeft" or "hebben" or "wordt" or "worden"
        or "is" or "zijn" or "was" or "niet" or "ook" or "maar" or "kan" or "zal" or "moet" or "blijft" or "onder" or "tegen" or "via" or "vanuit"
        or "tussen" or "binnen" or "sinds" or "om" or "op" or "in";

    private static bool IsLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>All matches (start, length, category bits), longest first per start position.</summary>
    public List<(int Start, int Length, int Bits)> Find(IReadOnlyList<string> forms)
    {
        var result = new List<(int Start, int Length, int Bits)>();
        FindInto(forms, result);
        return result;
    }

    /// <summary>
    /// Adds the names that the text extraction glued to a neighbouring word without a space: the printed tokens that
    /// contain a lowercase letter followed by a capital and are no gazetteer entry themselves are split there
    /// ("Welzijn enSport" → "Welzijn en Sport", "ZorginstituutNederland", "InstituutMijnbouwschade Groningen"), the
    /// pieces are matched again and each match is mapped back to whole tokens. A match must end at the end of a token
    /// and start at the start of a token or after a glued function word (<paramref name="gluedPrefixes"/>, trimmed
    /// from the span later); matches already found are not added again.
    /// </summary>
    /// <param name="rawForms">The printed token forms.</param>
    /// <param name="gluedPrefixes">Lowercase function words that may be glued before a name.</param>
    /// <param name="result">The matches of <see cref="Find"/>, extended in place.</param>
    public void AddGluedMatches(IReadOnlyList<string> rawForms, IReadOnlySet<string> gluedPrefixes, List<(int Start, int Length, int Bits)> result)
    {
        List<string>? pieces = null;
        List<int>? owner = null;
        for (var i = 0; i < rawForms.Count; i++)
        {
            var form = rawForms[i] ?? string.Empty;
            var from = 0;
            if (form.Length >= 4 && (pieces is not null || HasGlueJoint(form)) && (Bits(form) & NameBits) == 0)
            {
                for (var k = 2; k < form.Length - 1; k++)
                {
                    if (char.IsLower(form[k - 1]) && char.IsUpper(form[k]) && char.IsLetter(form[k - 2]))
                    {
                        pieces ??= [];
                        owner ??= [];
                        if (pieces.Count == 0)
                        {
                            for (var j = 0; j < i; j++)
                            {
                                pieces.Add(rawForms[j] ?? string.Empty);
                                owner.Add(j);
                            }
                        }

                        pieces.Add(form[from..k]);
                        owner.Add(i);
                        from = k;
                    }
                }
            }

            if (pieces is not null)
            {
                pieces.Add(from == 0 ? form : form[from..]);
                owner!.Add(i);
            }
        }

        if (pieces is null || owner is null)
        {
            return;
        }

        var matches = new List<(int Start, int Length, int Bits)>();
        FindInto(pieces, matches);
        foreach (var (start, length, bits) in matches)
        {
            var first = owner[start];
            var last = owner[start + length - 1];
            var split = false;
            for (var p = start; p < start + length && !split; p++)
            {
                split = (p > 0 && owner[p - 1] == owner[p]) || (p + 1 < owner.Count && owner[p + 1] == owner[p]);
            }

            var startsToken = start == 0 || owner[start - 1] != first
                || ((start < 2 || owner[start - 2] != first) && gluedPrefixes.Contains(pieces[start - 1]));
            var endsToken = start + length == owner.Count || owner[start + length] != last;
            var mapped = (first, last - first + 1, bits);
            if (split && startsToken && endsToken && !result.Exists(r => r.Start == mapped.first && r.Length == mapped.Item2))
            {
                result.Add(mapped);
            }
        }
    }

    private static bool HasGlueJoint(string form)
    {
        for (var k = 2; k < form.Length - 1; k++)
        {
            if (char.IsLower(form[k - 1]) && char.IsUpper(form[k]) && char.IsLetter(form[k - 2]))
            {
                return true;
            }
        }

        return false;
    }

    private void FindInto(IReadOnlyList<string> forms, List<(int Start, int Length, int Bits)> result)
    {
        var found = new List<(int, int, int)>(4);
        var buffer = new char[256];
        for (var i = 0; i < forms.Count; i++)
        {
            var first = forms[i];
            if (first.Length == 0 || !(char.IsLetterOrDigit(first[0]) || (first.Length > 2 && first[0] is '\'' or '’' && char.IsLetter(first[1]))))
            {
                continue; // names may start with an elided article: "'s-Gravenhage", "’s-Hertogenbosch"
            }

            found.Clear();
            var length = 0;
            var max = Math.Min(MaxLength, forms.Count - i);
            for (var n = 0; n < max; n++)
            {
                var form = forms[i + n];
                var needed = length + (n > 0 ? 1 : 0) + form.Length;
                if (needed > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
                }

                if (n > 0)
                {
                    buffer[length++] = Separator;
                }

                form.CopyTo(0, buffer, length, form.Length);
                buffer.AsSpan(length, form.Length).Replace('’', '\'');
                length += form.Length;
                var key = buffer.AsSpan(0, length);
                if (_entryLookup.TryGetValue(key, out var bits))
                {
                    found.Add((i, n + 1, bits));
                }

                if (!_prefixLookup.Contains(key))
                {
                    break;
                }
            }

            for (var k = found.Count - 1; k >= 0; k--)
            {
                result.Add(found[k]);
            }
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_entries.Count);
        foreach (var (key, bits) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(bits);
        }

        writer.Write(_clusters.Count);
        foreach (var (word, code) in _clusters.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(code);
        }
    }

    /// <summary>Reads a gazetteer; format version 2 files have no cluster table.</summary>
    public static NerGazetteer Read(BinaryReader reader, int version)
    {
        var count = reader.ReadInt32();
        var entries = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            entries[key] = reader.ReadInt32();
        }

        var clusters = new Dictionary<string, int>(StringComparer.Ordinal);
        if (version >= 3)
        {
            var clusterCount = reader.ReadInt32();
            for (var i = 0; i < clusterCount; i++)
            {
                var word = reader.ReadString();
                clusters[word] = reader.ReadInt32();
            }
        }

        return new NerGazetteer(entries, clusters);
    }
}
