using System.Collections.Frozen;

namespace GovText.Language;

/// <summary>
/// Lookup lemmatizer: (lower-case form, UPOS) → lemma learned from the UD Dutch training data, then form → lemma,
/// then suffix rules learned from the same data for unseen words ("gemeentebegrotingen" → "gemeentebegroting"), then a
/// fallback (the form itself for proper nouns, numbers, punctuation and symbols; otherwise the lower-cased form).
/// <see cref="Stem"/> gives the Snowball Dutch stem for search keys. Compound lemmas are written without the UD underscore ("klooster_orde" → "kloosterorde"). Immutable and
/// thread-safe.
/// </summary>
public sealed class DutchLemmatizer
{
    private readonly FrozenDictionary<(string, UPos), string> _pairs;
    private readonly FrozenDictionary<string, string> _forms;
    private readonly bool _useDefaultRules;
    private readonly LemmaRules? _rules;

    internal DutchLemmatizer(FrozenDictionary<(string, UPos), string> pairs, FrozenDictionary<string, string> forms)
    {
        _pairs = pairs;
        _forms = forms;
        _useDefaultRules = true;
    }

    private DutchLemmatizer(FrozenDictionary<(string, UPos), string> pairs, FrozenDictionary<string, string> forms, LemmaRules? rules)
    {
        _pairs = pairs;
        _forms = forms;
        _rules = rules;
    }

    /// <summary>The same lookup tables with other suffix rules for unseen words (null: none), for evaluation.</summary>
    internal DutchLemmatizer WithRules(LemmaRules? rules) => new(_pairs, _forms, rules);

    /// <summary>Number of (form, UPOS) entries in the lookup table.</summary>
    public int Count => _pairs.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="pos"/>.</summary>
    /// <param name="form">The word form as it appears in the text.</param>
    /// <param name="pos">Its part of speech.</param>
    /// <returns>The lemma; never null.</returns>
    public string Lemmatize(string form, UPos pos)
    {
        ArgumentNullException.ThrowIfNull(form);
        var lower = form.ToLowerInvariant();
        if (_pairs.TryGetValue((lower, pos), out var lemma))
        {
            return lemma;
        }

        if (pos is UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X)
        {
            return form;
        }

        if (_forms.TryGetValue(lower, out lemma))
        {
            return lemma;
        }

        var rules = _useDefaultRules ? LemmaRules.Default : _rules;
        return rules?.Apply(lower, pos) ?? lower;
    }

    /// <summary>
    /// The Snowball Dutch stem of a word (Lucene.Net's implementation), lower-cased: "begrotingen" → "begrot". Stems
    /// are search keys, not words; use them to match inflected forms, and <see cref="Lemmatize"/> for dictionary forms.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The stem.</returns>
    public static string Stem(string word) => LemmaRules.Stem(word);

    /// <summary>Normalises a UD lemma the way the lookup table stores it.</summary>
    internal static string NormalizeLemma(string lemma, UPos pos)
    {
        var l = lemma.Length > 1 ? lemma.Replace("_", string.Empty, StringComparison.Ordinal) : lemma;
        return pos is UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X ? l : l.ToLowerInvariant();
    }

    /// <summary>The lemma the fallback would produce without any table entry.</summary>
    internal static string DefaultLemma(string form, UPos pos) =>
        pos is UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X ? form : form.ToLowerInvariant();
}
