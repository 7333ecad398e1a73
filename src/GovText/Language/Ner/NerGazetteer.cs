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

    public NerGazetteer(Dictionary<string, int> entries)
    {
        _entries = entries;
        MaxLength = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Count(c => c == Separator) + 1);
    }

    public int MaxLength { get; }

    public int Count => _entries.Count;

    public IReadOnlyDictionary<string, int> Entries => _entries;

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

        return new NerGazetteer(entries);
    }

    /// <summary>All matches (start, length, category bits), longest first per start position.</summary>
    public List<(int Start, int Length, int Bits)> Find(IReadOnlyList<string> forms)
    {
        var result = new List<(int, int, int)>();
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < forms.Count; i++)
        {
            if (forms[i].Length == 0 || !char.IsLetterOrDigit(forms[i][0]))
            {
                continue;
            }

            builder.Clear();
            var max = Math.Min(MaxLength, forms.Count - i);
            var keys = new string[max];
            for (var n = 0; n < max; n++)
            {
                if (n > 0)
                {
                    builder.Append(Separator);
                }

                builder.Append(forms[i + n]);
                keys[n] = builder.ToString();
            }

            for (var n = max; n >= 1; n--)
            {
                if (_entries.TryGetValue(keys[n - 1], out var bits))
                {
                    result.Add((i, n, bits));
                }
            }
        }

        return result;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_entries.Count);
        foreach (var (key, bits) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(bits);
        }
    }

    public static NerGazetteer Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new Dictionary<string, int>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            entries[key] = reader.ReadInt32();
        }

        return new NerGazetteer(entries);
    }
}
