using GovText.Language;

namespace GovText.Train;

/// <summary>The UD Dutch files in ../shared/data and the overlap filter for the 2017 LassySmall train file.</summary>
internal sealed class Data(string shared)
{
    private string PathOf(string relative) => Path.Combine(shared, "data", relative);

    /// <summary>Sentence ids of the 2017 train file that also occur in the current dev or test split.</summary>
    public HashSet<string> Overlap { get; } = File.ReadLines(Path.Combine(shared, "data", "ud-dutch-lassysmall-2017-train", "OVERLAP_WITH_CURRENT_DEV_TEST.tsv"))
        .Where(l => l.Length > 0 && l[0] != '#')
        .Select(l => l.Split('\t'))
        .Where(c => c.Length >= 2)
        .Select(c => c[1].Trim())
        .ToHashSet(StringComparer.Ordinal);

    public IEnumerable<ConlluSentence> TrainClean()
    {
        foreach (var s in ConlluReader.Read(PathOf("ud-dutch-lassysmall-2017-train/nl_lassysmall-ud-train.conllu")))
        {
            if (s.Id is null)
            {
                throw new InvalidDataException("2017 train sentence without id: cannot apply the overlap filter.");
            }

            if (!Overlap.Contains(s.Id))
            {
                yield return Harmonize(s);
            }
        }
    }

    private static readonly HashSet<string> s_possessives = new(StringComparer.OrdinalIgnoreCase) { "mijn", "m'n", "jouw", "zijn", "z'n", "haar", "d'r", "ons", "onze", "hun", "uw", "jullie" };

    private static readonly HashSet<string> s_lexicalVerbsNotAux = new(StringComparer.Ordinal) { "willen", "laten", "hoeven", "blijken", "lijken", "gaan", "komen", "blijven", "schijnen" };

    /// <summary>
    /// Moves the 2017 annotation towards the current UD Dutch conventions (as seen in the current dev sets):
    /// possessive DET → PRON, spelled-out ordinals NUM → ADJ, "als" ADP → SCONJ, "moeten" VERB → AUX, lexical
    /// verbs AUX → VERB, copulas other than "zijn" AUX → VERB, "zowel" ADV → CCONJ, "geboren" ADJ → VERB, degree
    /// "meer/minder/veel/meest(e)/vele" PRON → ADV, expletive "er" ADV → PRON, digit ordinals ("20e") NUM → ADJ, "!" in names PROPN → PUNCT,
    /// "dezelfde/hetzelfde" ADJ → DET, and capitalised nouns and adjectives of multi-word names → PROPN.
    /// </summary>
    internal static ConlluSentence Harmonize(ConlluSentence s)
    {
        var tags = (UPos[])s.Tags.Clone();
        for (var i = 0; i < tags.Length; i++)
        {
            var form = s.Forms[i];
            var lower = form.ToLowerInvariant();
            var lemma = s.Lemmas[i].ToLowerInvariant();
            tags[i] = (tags[i], lower, lemma) switch
            {
                (UPos.DET, _, _) when s_possessives.Contains(lower) => UPos.PRON,
                (UPos.NUM, "eerst", _) => Rel(s, i) == "fixed" ? UPos.ADJ : UPos.ADV,
                (UPos.NUM, _, _) when IsDigitOrdinal(lower) => UPos.ADJ,
                (UPos.PROPN, "!", _) => UPos.PUNCT,
                (UPos.ADJ, "dezelfde" or "hetzelfde", _) when Rel(s, i) == "det" => UPos.DET,
                (UPos.NUM, _, _) when lower.Length > 3 && lower.All(char.IsLetter) && (lower.EndsWith("ste", StringComparison.Ordinal) || lower.EndsWith("de", StringComparison.Ordinal)) => UPos.ADJ,
                (UPos.ADP, "als", _) => UPos.SCONJ,
                (UPos.VERB, _, "moeten") => UPos.AUX,
                (UPos.AUX, _, _) when s_lexicalVerbsNotAux.Contains(lemma) => UPos.VERB,
                (UPos.AUX, _, _) when lemma != "zijn" && i < s.Relations.Length && s.Relations[i] == "cop" => UPos.VERB,
                (UPos.ADV, "zowel", _) => UPos.CCONJ,
                (UPos.ADJ, "geboren", _) => UPos.VERB,
                (UPos.PRON, "meer" or "minder" or "meest" or "minst" or "veel" or "weinig", _) when Rel(s, i) is "amod" or "obl" or "advmod" && !(KeepDegreePronoun && IsComparedQuantity(s, i, lower)) => UPos.ADV,
                (UPos.PRON, "meeste" or "vele", _) when Rel(s, i) is "amod" or "nmod" => UPos.ADV,
                (UPos.ADV, "er", _) when Rel(s, i) == "expl" => UPos.PRON,
                _ => tags[i],
            };
        }

        // Multi-word names: the 2017 file analyses "Brussels Hoofdstedelijk Gewest" as ADJ/ADJ/NOUN joined by
        // "fixed" (or NOUN in flat:name); current UD tags every word of such a name PROPN.
        if (s.Heads.Length == tags.Length)
        {
            for (var h = 0; h < tags.Length; h++)
            {
                var members = new List<int> { h };
                for (var d = 0; d < tags.Length; d++)
                {
                    if (s.Heads[d] == h + 1 && s.Relations[d] is "fixed" or "flat:name")
                    {
                        members.Add(d);
                    }
                }

                if (members.Count < 2)
                {
                    continue;
                }

                var capitalised = members.Where(m => s.Forms[m].Length > 0 && char.IsUpper(s.Forms[m][0])).ToList();
                if (capitalised.Count == 0 || (capitalised.Count == 1 && capitalised[0] == 0))
                {
                    continue;
                }

                var titleHead = tags[h] == UPos.NOUN && members.Skip(1).All(m => s.Relations[m] == "flat:name");
                foreach (var m in capitalised)
                {
                    if (tags[m] is UPos.NOUN or UPos.ADJ && !(m == h && titleHead))
                    {
                        tags[m] = UPos.PROPN;
                    }
                }
            }
        }

        return s with { Tags = tags };
    }

    /// <summary>
    /// Data-driven convention mapping: a word form that has one dominant tag T (≥ <paramref name="minRatio"/> of at
    /// least <paramref name="minCount"/> occurrences) in the current-convention sentences, but whose dominant tag in
    /// the 2017 sentences is another tag S, has its S occurrences in the 2017 sentences retagged T.
    /// </summary>
    internal static List<ConlluSentence> HarmonizeByForm(IReadOnlyList<ConlluSentence> old, IEnumerable<ConlluSentence> current, int minCount, double minRatio, Action<string>? log = null)
    {
        static Dictionary<string, int[]> Count(IEnumerable<ConlluSentence> sentences)
        {
            var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
            foreach (var s in sentences)
            {
                for (var i = 0; i < s.Forms.Length; i++)
                {
                    var key = s.Forms[i].ToLowerInvariant();
                    if (!counts.TryGetValue(key, out var c))
                    {
                        counts[key] = c = new int[18];
                    }

                    c[(int)s.Tags[i]]++;
                }
            }

            return counts;
        }

        var now = Count(current);
        var then = Count(old);
        var map = new Dictionary<string, (UPos From, UPos To)>(StringComparer.Ordinal);
        foreach (var (form, c) in now)
        {
            var total = c.Sum();
            var top = Array.IndexOf(c, c.Max());
            if (total < minCount || c[top] < minRatio * total || !then.TryGetValue(form, out var o))
            {
                continue;
            }

            var oldTop = Array.IndexOf(o, o.Max());
            if (oldTop != top)
            {
                map[form] = ((UPos)oldTop, (UPos)top);
            }
        }

        foreach (var (form, (from, to)) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            log?.Invoke($"  convention map: {form} {from} -> {to}");
        }

        return old.Select(s =>
        {
            UPos[]? tags = null;
            for (var i = 0; i < s.Forms.Length; i++)
            {
                if (map.TryGetValue(s.Forms[i].ToLowerInvariant(), out var m) && s.Tags[i] == m.From)
                {
                    tags ??= (UPos[])s.Tags.Clone();
                    tags[i] = m.To;
                }
            }

            return tags is null ? s : s with { Tags = tags };
        }).ToList();
    }

    private static bool IsDigitOrdinal(string w)
    {
        var k = 0;
        while (k < w.Length && char.IsAsciiDigit(w[k]))
        {
            k++;
        }

        return k > 0 && w[k..] is "e" or "ste" or "de";
    }

    /// <summary>Experiment switch (<c>--keep-meer-dan</c>): see <see cref="IsComparedQuantity"/>.</summary>
    public static bool KeepDegreePronoun { get; set; }

    /// <summary>
    /// "meer dan 200", "minder dan de helft", "meer en meer": the current dev sets keep these PRON, so the degree
    /// mapping to ADV must not touch them.
    /// </summary>
    private static bool IsComparedQuantity(ConlluSentence s, int i, string lower)
    {
        string At(int k) => k >= 0 && k < s.Forms.Length ? s.Forms[k].ToLowerInvariant() : string.Empty;
        return At(i + 1) == "dan" || (At(i + 1) == "en" && At(i + 2) == lower) || (At(i - 1) == "en" && At(i - 2) == lower);
    }

    private static string Rel(ConlluSentence s, int i) => i < s.Relations.Length ? s.Relations[i] : "_";

    /// <summary>
    /// The raw "# text =" sentences of the LassySmall and Alpino dev and test files: varied real text for speed
    /// measurements only (no labels are read). Static, so it needs no overlap list.
    /// </summary>
    public static List<string> TextSentences(string shared) =>
        new[] { "ud-dutch-lassysmall/nl_lassysmall-ud-dev.conllu", "ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu", "ud-dutch-alpino/nl_alpino-ud-dev.conllu", "ud-dutch-alpino/nl_alpino-ud-test.conllu" }
            .SelectMany(f => File.ReadLines(Path.Combine(shared, "data", f))).Where(l => l.StartsWith("# text = ", StringComparison.Ordinal)).Select(l => l[9..]).ToList();

    public IEnumerable<ConlluSentence> LassyDev() => ConlluReader.Read(PathOf("ud-dutch-lassysmall/nl_lassysmall-ud-dev.conllu"));

    public IEnumerable<ConlluSentence> AlpinoDev() => ConlluReader.Read(PathOf("ud-dutch-alpino/nl_alpino-ud-dev.conllu"));

    public IEnumerable<ConlluSentence> LassyTest() => ConlluReader.Read(PathOf("ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu"));

    public IEnumerable<ConlluSentence> AlpinoTest() => ConlluReader.Read(PathOf("ud-dutch-alpino/nl_alpino-ud-test.conllu"));

    /// <summary>The full training set; the current-convention dev sets are repeated <paramref name="devWeight"/> times.</summary>
    public List<ConlluSentence> Training(int devWeight, int alpinoWeight, int mapMinCount, double mapMinRatio, Action<string>? log = null)
    {
        var lassy = LassyDev().ToList();
        var alpino = AlpinoDev().ToList();
        var result = mapMinCount > 0 ? HarmonizeByForm(TrainClean().ToList(), [.. lassy, .. alpino], mapMinCount, mapMinRatio, log) : TrainClean().ToList();
        for (var k = 0; k < Math.Max(devWeight, alpinoWeight); k++)
        {
            if (k < devWeight)
            {
                result.AddRange(lassy);
            }

            if (k < alpinoWeight)
            {
                result.AddRange(alpino);
            }
        }

        return result;
    }
}

/// <summary>Builds the lemma lookup tables from training sentences.</summary>
internal static class LemmaTables
{
    public static (Dictionary<(string Form, UPos Pos), string> Pairs, Dictionary<string, string> Forms) Build(IEnumerable<ConlluSentence> sentences)
    {
        var pairCounts = new Dictionary<(string, UPos), Dictionary<string, int>>();
        var formCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var surface = new Dictionary<(string, UPos), string>();
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                var form = s.Forms[i];
                var pos = s.Tags[i];
                if (s.Lemmas[i] is "_" or "" && form != "_")
                {
                    continue;
                }

                var lower = form.ToLowerInvariant();
                var lemma = DutchLemmatizer.NormalizeLemma(s.Lemmas[i], pos);
                Count(pairCounts, (lower, pos), lemma);
                surface.TryAdd((lower, pos), form);
                if (pos is not (UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X))
                {
                    Count(formCounts, lower, lemma);
                }
            }
        }

        var pairs = new Dictionary<(string Form, UPos Pos), string>();
        foreach (var (key, counts) in pairCounts)
        {
            var best = Best(counts);
            if (best != DutchLemmatizer.DefaultLemma(surface[key], key.Item2))
            {
                pairs[key] = best;
            }
        }

        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (form, counts) in formCounts)
        {
            var best = Best(counts);
            if (best != form)
            {
                forms[form] = best;
            }
        }

        return (pairs, forms);
    }

    private static string Best(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    private static void Count<TKey>(Dictionary<TKey, Dictionary<string, int>> table, TKey key, string lemma)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var counts))
        {
            table[key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
        }

        counts[lemma] = counts.GetValueOrDefault(lemma) + 1;
    }
}
