using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace GovText.Language;

/// <summary>
/// Suffix rules that lemmatise words the lookup table has never seen ("gemeentebegrotingen" → "gemeentebegroting",
/// "geïnvesteerd" → "investeren"), learned from the UD Dutch training data: for each part of speech and word ending
/// (1–6 letters) the most frequent edit "remove n letters, append s" when it covers most training words with that
/// ending. Words seen in training whose lemma is the word itself are listed so that no rule touches them. Immutable
/// and thread-safe. The Snowball Dutch stemmer (<see cref="Stem"/>) is the last resort for search keys, not for lemmas
/// (docs/models.md, "Lemmas").
/// </summary>
internal sealed class LemmaRules
{
    /// <summary>Longest word ending a rule looks at.</summary>
    internal const int MaxSuffix = 6;

    private const string ResourceName = "GovText.Language.Resources.lemma-rules-nl.tsv.gz";

    private static readonly Lazy<LemmaRules?> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<(UPos, string), (int Cut, string Append)> _rules;
    private readonly FrozenSet<string> _identity;

    internal LemmaRules(IDictionary<(UPos, string), (int Cut, string Append)> rules, IEnumerable<string> identity)
    {
        _rules = rules.ToFrozenDictionary();
        _identity = identity.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The embedded rules, or null when the resource is absent (a build without models).</summary>
    public static LemmaRules? Default => s_default.Value;

    /// <summary>Number of suffix rules.</summary>
    public int Count => _rules.Count;

    /// <summary>The lemma of an unseen lower-case <paramref name="lower"/> tagged <paramref name="pos"/>, or null.</summary>
    public string? Apply(string lower, UPos pos)
    {
        if (_identity.Contains(lower))
        {
            return null;
        }

        for (var k = Math.Min(MaxSuffix, lower.Length - 2); k >= 1; k--)
        {
            if (_rules.TryGetValue((pos, lower[^k..]), out var rule))
            {
                return rule.Cut == 0 && rule.Append.Length == 0 ? null : lower[..^rule.Cut] + rule.Append;
            }
        }

        return null;
    }

    /// <summary>The Snowball (Porter-style) Dutch stem of a word, lower-cased: "begrotingen" → "begrot".</summary>
    /// <param name="word">The word.</param>
    /// <returns>The stem.</returns>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var stemmer = new DutchStemmer();
        stemmer.SetCurrent(word.ToLowerInvariant());
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>Writes the rules as gzip-compressed TSV: "R\tUPOS\tsuffix\tcut\tappend" and "I\tword" lines, sorted.</summary>
    internal void Write(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var ((pos, suffix), (cut, append)) in _rules.OrderBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2, StringComparer.Ordinal))
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"R\t{pos}\t{suffix}\t{cut}\t{append}"));
        }

        foreach (var word in _identity.Order(StringComparer.Ordinal))
        {
            w.WriteLine("I\t" + word);
        }
    }

    /// <summary>Reads rules written by <see cref="Write"/>.</summary>
    internal static LemmaRules Read(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var r = new StreamReader(gz, Encoding.UTF8);
        var rules = new Dictionary<(UPos, string), (int, string)>();
        var identity = new List<string>();
        while (r.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f[0] == "R" && f.Length == 5 && Enum.TryParse<UPos>(f[1], out var pos))
            {
                rules[(pos, f[2])] = (int.Parse(f[3], CultureInfo.InvariantCulture), f[4]);
            }
            else if (f[0] == "I" && f.Length == 2)
            {
                identity.Add(f[1]);
            }
        }

        return new LemmaRules(rules, identity);
    }

    private static LemmaRules? LoadEmbedded()
    {
        using var stream = typeof(LemmaRules).GetTypeInfo().Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }
}
