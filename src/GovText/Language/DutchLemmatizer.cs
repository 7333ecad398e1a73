using System.Collections.Frozen;

namespace GovText.Language;

/// <summary>
/// Lookup lemmatizer: (lower-case form, UPOS) → lemma learned from the UD Dutch training data, then form → lemma,
/// then a fallback (the form itself for proper nouns, numbers, punctuation and symbols; otherwise the lower-cased
/// form). Compound lemmas are written without the UD underscore ("klooster_orde" → "kloosterorde"). Immutable and
/// thread-safe.
/// </summary>
public sealed class DutchLemmatizer
{
    private readonly FrozenDictionary<(string, UPos), string> _pairs;
    private readonly FrozenDictionary<string, string> _forms;

    internal DutchLemmatizer(FrozenDictionary<(string, UPos), string> pairs, FrozenDictionary<string, string> forms)
    {
        _pairs = pairs;
        _forms = forms;
    }

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

        return _forms.TryGetValue(lower, out lemma) ? lemma : lower;
    }

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
