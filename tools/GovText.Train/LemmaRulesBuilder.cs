using System.Collections.Frozen;
using GovText.Language;

namespace GovText.Train;

/// <summary>
/// Learns <see cref="LemmaRules"/> (suffix edits for unseen words) from UD sentences and measures lemma accuracy on
/// held-out words. Commands: <c>lemma-rules</c> (write the shipped rules) and <c>lemma-dev</c> (choose settings:
/// rules learned from the 2017 train file only, measured on the dev sets with gold UPOS).
/// </summary>
internal static class LemmaRulesBuilder
{
    private static readonly UPos[] s_open = [UPos.NOUN, UPos.VERB, UPos.ADJ, UPos.AUX, UPos.ADV];

    /// <summary>Learns the rules: for each open part of speech and ending, the dominant edit among word types.</summary>
    public static LemmaRules Build(IEnumerable<ConlluSentence> sentences, int minCount, double minShare)
    {
        var types = new HashSet<(string Form, UPos Pos, string Lemma)>();
        var identity = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                var pos = s.Tags[i];
                if (Array.IndexOf(s_open, pos) < 0 || s.Lemmas[i] is "_" or "")
                {
                    continue;
                }

                var lower = s.Forms[i].ToLowerInvariant();
                var lemma = DutchLemmatizer.NormalizeLemma(s.Lemmas[i], pos);
                types.Add((lower, pos, lemma));
                if (lemma == lower)
                {
                    identity.Add(lower);
                }
            }
        }

        var counts = new Dictionary<(UPos, string), Dictionary<(int, string), int>>();
        foreach (var (form, pos, lemma) in types)
        {
            var p = 0;
            while (p < form.Length && p < lemma.Length && form[p] == lemma[p])
            {
                p++;
            }

            var edit = (form.Length - p, lemma[p..]);
            for (var k = 1; k <= Math.Min(LemmaRules.MaxSuffix, form.Length - 2); k++)
            {
                if (edit.Item1 > k)
                {
                    continue; // the edit reaches beyond this ending (e.g. "ge-" participles): not a suffix rule
                }

                var key = (pos, form[^k..]);
                if (!counts.TryGetValue(key, out var c))
                {
                    counts[key] = c = [];
                }

                c[edit] = c.GetValueOrDefault(edit) + 1;
            }
        }

        var rules = new Dictionary<(UPos, string), (int, string)>();
        foreach (var (key, c) in counts)
        {
            var total = c.Values.Sum();
            var best = c.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).First();
            if (total >= minCount && best.Value >= minShare * total)
            {
                rules[key] = best.Key;
            }
        }

        // A rule whose one-letter-shorter ending has the same edit adds nothing (the lookup falls back to it).
        foreach (var (key, edit) in rules.ToList())
        {
            if (key.Item2.Length > 1 && rules.TryGetValue((key.Item1, key.Item2[1..]), out var parent) && parent == edit)
            {
                rules.Remove(key);
            }
        }

        return new LemmaRules(rules, identity);
    }

    /// <summary>Lemma accuracy on all tokens and on tokens whose (form, UPOS) the lookup tables never saw, with gold UPOS.</summary>
    public static (double All, double Unseen, int UnseenCount) Measure(DutchLemmatizer lemmatizer, HashSet<(string, UPos)> seen, IEnumerable<ConlluSentence> sentences, Func<string, UPos, string>? lemmatize = null, TextWriter? errors = null)
    {
        int all = 0, allOk = 0, unseen = 0, unseenOk = 0;
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                var lemma = lemmatize?.Invoke(s.Forms[i], s.Tags[i]) ?? lemmatizer.Lemmatize(s.Forms[i], s.Tags[i]);
                var gold = s.Lemmas[i].Length > 1 ? s.Lemmas[i].Replace("_", string.Empty, StringComparison.Ordinal) : s.Lemmas[i];
                var ok = string.Equals(lemma, gold, StringComparison.OrdinalIgnoreCase);
                if (!ok && errors is not null && !seen.Contains((s.Forms[i].ToLowerInvariant(), s.Tags[i])))
                {
                    errors.WriteLine($"{s.Tags[i]}\t{s.Forms[i]}\t{gold}\t{lemma}");
                }

                all++;
                allOk += ok ? 1 : 0;
                if (!seen.Contains((s.Forms[i].ToLowerInvariant(), s.Tags[i])))
                {
                    unseen++;
                    unseenOk += ok ? 1 : 0;
                }
            }
        }

        return (100.0 * allOk / Math.Max(1, all), 100.0 * unseenOk / Math.Max(1, unseen), unseen);
    }

    /// <summary>Lookup lemmatizer built from the given sentences (as the UPOS model file stores it).</summary>
    public static DutchLemmatizer Lookup(IEnumerable<ConlluSentence> sentences)
    {
        var (pairs, forms) = LemmaTables.Build(sentences);
        return new DutchLemmatizer(pairs.ToFrozenDictionary(), forms.ToFrozenDictionary(StringComparer.Ordinal)).WithRules(null);
    }
}
