using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace GovText.Language;

/// <summary>
/// Greedy left-to-right averaged-perceptron UPOS tagger over hashed features, with a tag dictionary for frequent
/// unambiguous words. Immutable after loading and safe to use from many threads at once.
/// </summary>
public sealed class PerceptronTagger
{
    internal const int TagCount = 17;
    private const string Magic = "GTUPOS";
    private const int FormatVersion = 4;

    private readonly WeightTable _first;
    private readonly WeightTable? _second;
    private readonly FrozenDictionary<string, UPos> _tagDictionary;
    private readonly TagLexicon _lexicon;

    internal PerceptronTagger(WeightTable first, WeightTable? second, FrozenDictionary<string, UPos> tagDictionary, TagLexicon lexicon, string description)
    {
        _lexicon = lexicon;
        _first = first;
        _second = second;
        _tagDictionary = tagDictionary;
        Description = description;
    }

    /// <summary>Feature hash → dense row of <see cref="TagCount"/> weights.</summary>
    internal sealed class WeightTable(Dictionary<int, int> rows, float[] weights)
    {
        public int Count => rows.Count;

        public void Score(ReadOnlySpan<int> features, Span<float> scores)
        {
            scores.Clear();
            foreach (var f in features)
            {
                if (rows.TryGetValue(f, out var row))
                {
                    var w = weights.AsSpan(row * TagCount, TagCount);
                    var k = 0;
                    if (System.Numerics.Vector.IsHardwareAccelerated)
                    {
                        // Same element-wise sums as the scalar loop, several tags at a time.
                        var width = System.Numerics.Vector<float>.Count;
                        for (; k <= TagCount - width; k += width)
                        {
                            (new System.Numerics.Vector<float>(scores[k..]) + new System.Numerics.Vector<float>(w[k..])).CopyTo(scores[k..]);
                        }
                    }

                    for (; k < TagCount; k++)
                    {
                        scores[k] += w[k];
                    }
                }
            }
        }
    }

    /// <summary>Ambiguity classes and word clusters used by the features.</summary>
    internal TagLexicon Lexicon => _lexicon;

    /// <summary>Free-text description of the training run stored in the model file.</summary>
    public string Description { get; }

    /// <summary>Number of hashed features with weights.</summary>
    public int FeatureCount => _first.Count + (_second?.Count ?? 0);

    /// <summary>Number of words tagged from the tag dictionary without consulting the model.</summary>
    public int TagDictionaryCount => _tagDictionary.Count;

    /// <summary>Tags a sentence of word forms (the gold or tokenizer output); never throws for odd strings.</summary>
    /// <param name="words">The word forms of one sentence.</param>
    /// <returns>One tag per word.</returns>
    public UPos[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tags = new UPos[words.Count];
        if (words.Count == 0)
        {
            return tags;
        }

        var hashes = TaggerFeatures.Precompute(words, _lexicon);
        Decode(words, hashes, _first, default, tags, _tagDictionary);
        if (_second is not null)
        {
            var firstPass = (UPos[])tags.Clone();
            Decode(words, hashes, _second, firstPass, tags, _tagDictionary);
        }

        return tags;
    }

    /// <summary>Greedy left-to-right decoding with one weight table.</summary>
    internal static void Decode(IReadOnlyList<string> words, TaggerFeatures.TokenHashes[] hashes, WeightTable table, ReadOnlySpan<UPos> lookahead, Span<UPos> tags, IReadOnlyDictionary<string, UPos> tagDictionary)
    {
        Span<int> features = stackalloc int[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[TagCount];
        int prev = 0, prev2 = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            UPos tag;
            if (words[i] is { } w && tagDictionary.TryGetValue(w, out var fixedTag))
            {
                tag = fixedTag;
            }
            else
            {
                var n = TaggerFeatures.Extract(hashes, i, prev, prev2, features, lookahead);
                table.Score(features[..n], scores);
                tag = (UPos)(ArgMax(scores) + 1);
            }

            tags[i] = tag;
            prev2 = prev;
            prev = (int)tag;
        }
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Writes the tagger and lemma tables in the compact gzip binary format.</summary>
    internal static void Write(
        Stream output,
        string description,
        IReadOnlyDictionary<int, float[]> weights,
        IReadOnlyDictionary<int, float[]>? secondPass,
        IReadOnlyDictionary<string, UPos> tagDictionary,
        IReadOnlyDictionary<string, int> lexicon,
        IReadOnlyDictionary<(string Form, UPos Pos), string> pairLemmas,
        IReadOnlyDictionary<string, string> formLemmas,
        IReadOnlyDictionary<string, int>? clusters = null)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(description);
        writer.Write(TagCount);
        WriteTable(writer, weights);
        WriteTable(writer, secondPass ?? new Dictionary<int, float[]>());
        writer.Write(tagDictionary.Count);
        foreach (var (word, tag) in tagDictionary.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)tag);
        }

        writer.Write(lexicon.Count);
        foreach (var (form, mask) in lexicon.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(mask);
        }

        writer.Write(pairLemmas.Count);
        foreach (var ((form, pos), lemma) in pairLemmas.OrderBy(kv => kv.Key.Form, StringComparer.Ordinal).ThenBy(kv => kv.Key.Pos))
        {
            writer.Write(form);
            writer.Write((byte)pos);
            writer.Write(lemma);
        }

        writer.Write(formLemmas.Count);
        foreach (var (form, lemma) in formLemmas.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write(lemma);
        }

        // Version 4: word clusters (normalised form → bit string with a leading 1 bit).
        clusters ??= new Dictionary<string, int>();
        writer.Write(clusters.Count);
        foreach (var (form, code) in clusters.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write7BitEncodedInt(code);
        }
    }

    private static void WriteTable(BinaryWriter writer, IReadOnlyDictionary<int, float[]> weights)
    {
        writer.Write(weights.Count);
        foreach (var (hash, w) in weights.OrderBy(kv => kv.Key))
        {
            writer.Write(hash);
            var mask = 0;
            for (var k = 0; k < TagCount; k++)
            {
                if ((Half)w[k] != Half.Zero)
                {
                    mask |= 1 << k;
                }
            }

            writer.Write(mask);
            for (var k = 0; k < TagCount; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    writer.Write((Half)w[k]);
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    internal static (PerceptronTagger Tagger, DutchLemmatizer Lemmatizer) Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a GovText UPOS model.");
        }

        var version = reader.ReadInt32();
        if (version is not (3 or FormatVersion))
        {
            throw new InvalidDataException($"Unsupported UPOS model version {version}.");
        }

        var description = reader.ReadString();
        if (reader.ReadInt32() != TagCount)
        {
            throw new InvalidDataException("Unexpected tag count in UPOS model.");
        }

        var first = ReadTable(reader);
        var second = ReadTable(reader);

        var dictCount = reader.ReadInt32();
        var dict = new Dictionary<string, UPos>(dictCount, StringComparer.Ordinal);
        for (var k = 0; k < dictCount; k++)
        {
            var word = reader.ReadString();
            dict[word] = (UPos)reader.ReadByte();
        }

        var lexiconCount = reader.ReadInt32();
        var lexicon = new Dictionary<string, int>(lexiconCount, StringComparer.Ordinal);
        for (var k = 0; k < lexiconCount; k++)
        {
            var form = reader.ReadString();
            lexicon[form] = reader.ReadInt32();
        }

        var pairCount = reader.ReadInt32();
        var pairs = new Dictionary<(string, UPos), string>(pairCount);
        for (var k = 0; k < pairCount; k++)
        {
            var form = reader.ReadString();
            var pos = (UPos)reader.ReadByte();
            pairs[(form, pos)] = reader.ReadString();
        }

        var formCount = reader.ReadInt32();
        var forms = new Dictionary<string, string>(formCount, StringComparer.Ordinal);
        for (var k = 0; k < formCount; k++)
        {
            var form = reader.ReadString();
            forms[form] = reader.ReadString();
        }

        var clusters = new Dictionary<string, int>(StringComparer.Ordinal);
        if (version >= 4)
        {
            var clusterCount = reader.ReadInt32();
            for (var k = 0; k < clusterCount; k++)
            {
                var form = reader.ReadString();
                clusters[form] = reader.Read7BitEncodedInt();
            }
        }

        return (new PerceptronTagger(first, second.Count == 0 ? null : second, dict.ToFrozenDictionary(StringComparer.Ordinal), new TagLexicon(lexicon, clusters), description),
            new DutchLemmatizer(pairs.ToFrozenDictionary(), forms.ToFrozenDictionary(StringComparer.Ordinal)));
    }

    private static WeightTable ReadTable(BinaryReader reader)
    {
        var featureCount = reader.ReadInt32();
        var rows = new Dictionary<int, int>(featureCount);
        var weights = new float[checked(featureCount * TagCount)];
        for (var r = 0; r < featureCount; r++)
        {
            var hash = reader.ReadInt32();
            var mask = reader.ReadInt32();
            for (var k = 0; k < TagCount; k++)
            {
                if ((mask & (1 << k)) != 0)
                {
                    weights[(r * TagCount) + k] = (float)reader.ReadHalf();
                }
            }

            rows[hash] = r;
        }

        return new WeightTable(rows, weights);
    }
}
