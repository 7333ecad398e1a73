using System.Collections.Frozen;

namespace GovText.Language;

/// <summary>
/// Ambiguity classes: for each frequent normalised word form (lower case, digits as '0'), the set of UPOS tags it
/// had in the training data, as a bit mask. Used as tagger features; immutable and thread-safe.
/// </summary>
internal sealed class TagLexicon
{
    private readonly FrozenDictionary<string, int> _classes;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TagLexicon(IReadOnlyDictionary<string, int> classes)
    {
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyDictionary<string, int> Classes => _classes;

    /// <summary>The tag mask of a normalised form, or 0 when unknown.</summary>
    public int Lookup(ReadOnlySpan<char> normalized) => _lookup.TryGetValue(normalized, out var mask) ? mask : 0;
}
