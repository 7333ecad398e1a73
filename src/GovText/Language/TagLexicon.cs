using System.Collections.Frozen;

namespace GovText.Language;

/// <summary>
/// Ambiguity classes: for each frequent normalised word form (lower case, digits as '0'), the set of UPOS tags it
/// had in the training data, as a bit mask; plus optional hierarchical word clusters learnt from unlabelled text
/// (bit string with a leading 1 bit). Used as tagger features; immutable and thread-safe.
/// </summary>
internal sealed class TagLexicon
{
    private readonly FrozenDictionary<string, int> _classes;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, int> _clusters;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _clusterLookup;

    public TagLexicon(IReadOnlyDictionary<string, int> classes, IReadOnlyDictionary<string, int>? clusters = null)
    {
        _classes = classes.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _classes.GetAlternateLookup<ReadOnlySpan<char>>();
        _clusters = (clusters ?? new Dictionary<string, int>()).ToFrozenDictionary(StringComparer.Ordinal);
        _clusterLookup = _clusters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyDictionary<string, int> Classes => _classes;

    /// <summary>Word clusters: normalised form → bit string with a leading 1 bit (empty when the model has none).</summary>
    public IReadOnlyDictionary<string, int> Clusters => _clusters;

    /// <summary>Whether the model has word clusters.</summary>
    public bool HasClusters => _clusters.Count > 0;

    /// <summary>The tag mask of a normalised form, or 0 when unknown.</summary>
    public int Lookup(ReadOnlySpan<char> normalized) => _lookup.TryGetValue(normalized, out var mask) ? mask : 0;

    /// <summary>The cluster bit string of a normalised form (leading 1 bit), or 0 when it has none.</summary>
    public int Cluster(ReadOnlySpan<char> normalized) => _clusterLookup.TryGetValue(normalized, out var code) ? code : 0;
}
