using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;

namespace GovText.Language;

/// <summary>
/// Greedy averaged-perceptron UPOS tagger over hashed features (one or two first passes, left to right and/or right
/// to left, and an optional stacked left-to-right pass that reads their tags), with a tag dictionary for frequent
/// unambiguous words. Immutable after loading and safe to use from many threads at once.
/// </summary>
public sealed class PerceptronTagger
{
    internal const int TagCount = 17;
    private const string Magic = "GTUPOS";
    private const int FormatVersion = 6;

    /// <summary>Pass layout: a left-to-right first pass, then the optional stacked pass (format versions 3 and 4).</summary>
    internal const int LayoutLeftToRight = 0;

    /// <summary>Pass layout: a right-to-left first pass, then the optional stacked left-to-right pass.</summary>
    internal const int LayoutRightToLeft = 1;

    /// <summary>Pass layout: left-to-right and right-to-left first passes, then a stacked left-to-right pass reading both.</summary>
    internal const int LayoutBoth = 2;

    private readonly WeightTable[] _tables;
    private readonly int _layout;
    private readonly FrozenDictionary<string, UPos> _tagDictionary;
    private readonly TagLexicon _lexicon;
    private readonly int _featureSet;

    internal PerceptronTagger(WeightTable[] tables, int layout, FrozenDictionary<string, UPos> tagDictionary, TagLexicon lexicon, string description, int featureSet = 0)
    {
        if ((featureSet & ~TaggerFeatures.KnownFeatures) != 0)
        {
            throw new InvalidDataException($"UPOS model uses unknown feature groups ({featureSet}).");
        }

        _featureSet = featureSet;
        if (tables.Length == 0 || tables.Length > 3 || layout is < LayoutLeftToRight or > LayoutBoth || (layout == LayoutBoth && tables.Length < 2) || (layout != LayoutBoth && tables.Length > 2))
        {
            throw new InvalidDataException("Inconsistent UPOS model pass layout.");
        }

        _lexicon = lexicon;
        _tables = tables;
        _layout = layout;
        _tagDictionary = tagDictionary;
        Description = description;
    }

    /// <summary>Feature hash → dense row of <see cref="TagCount"/> weights (<see cref="DenseWeightRows"/>).</summary>
    internal sealed class WeightTable(Dictionary<int, int> rows, float[] weights)
    {
        private readonly DenseWeightRows _rows = new(rows, weights, TagCount);

        public int Count => _rows.Count;

        public void Score(ReadOnlySpan<int> features, Span<float> scores) => _rows.Score(features, scores);
    }

    /// <summary>Ambiguity classes and word clusters used by the features.</summary>
    internal TagLexicon Lexicon => _lexicon;

    /// <summary>Free-text description of the training run stored in the model file.</summary>
    public string Description { get; }

    /// <summary>Number of hashed features with weights.</summary>
    public int FeatureCount => _tables.Sum(t => t.Count);

    /// <summary>Number of words tagged from the tag dictionary without consulting the model.</summary>
    public int TagDictionaryCount => _tagDictionary.Count;

    /// <summary>Tags a sentence of word forms (the gold or tokenizer output); never throws for odd strings.</summary>
    /// <param name="words">The word forms of one sentence.</param>
    /// <returns>One tag per word.</returns>
    public UPos[] Tag(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Tag([words])[0];
    }

    /// <summary>
    /// Tags many sentences, one weight table at a time over all of them: each pass keeps its own hot weight rows in
    /// the processor cache instead of alternating tables per sentence. The tags equal <see cref="Tag(IReadOnlyList{string})"/>
    /// of each sentence.
    /// </summary>
    /// <param name="sentences">The word forms of each sentence.</param>
    /// <returns>One tag array per sentence.</returns>
    internal UPos[][] Tag(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var count = sentences.Count;
        var tags = new UPos[count][];
        var hashes = new TaggerFeatures.TokenHashes[count][];
        var fixedTags = new UPos[count][];
        for (var s = 0; s < count; s++)
        {
            tags[s] = new UPos[sentences[s].Count];
            hashes[s] = tags[s].Length == 0 ? [] : TaggerFeatures.Precompute(sentences[s], _lexicon, _featureSet);
            fixedTags[s] = FixedTags(sentences[s], _tagDictionary);
        }

        if (_layout == LayoutBoth)
        {
            var leftToRight = new UPos[count][];
            for (var s = 0; s < count; s++)
            {
                leftToRight[s] = new UPos[tags[s].Length];
                Decode(fixedTags[s], hashes[s], _tables[0], default, leftToRight[s], featureSet: _featureSet);
            }

            for (var s = 0; s < count; s++)
            {
                Decode(fixedTags[s], hashes[s], _tables[1], default, tags[s], reverse: true, featureSet: _featureSet);
            }

            if (_tables.Length > 2)
            {
                for (var s = 0; s < count; s++)
                {
                    var rightToLeft = (UPos[])tags[s].Clone();
                    Decode(fixedTags[s], hashes[s], _tables[2], rightToLeft, tags[s], other: leftToRight[s], featureSet: _featureSet);
                }
            }

            return tags;
        }

        for (var s = 0; s < count; s++)
        {
            Decode(fixedTags[s], hashes[s], _tables[0], default, tags[s], reverse: _layout == LayoutRightToLeft, featureSet: _featureSet);
        }

        if (_tables.Length > 1)
        {
            for (var s = 0; s < count; s++)
            {
                var firstPass = (UPos[])tags[s].Clone();
                Decode(fixedTags[s], hashes[s], _tables[1], firstPass, tags[s], featureSet: _featureSet);
            }
        }

        return tags;
    }

    /// <summary>The tag of each word in the tag dictionary (<see cref="UPos.None"/>: not in it), looked up once for all passes.</summary>
    internal static UPos[] FixedTags(IReadOnlyList<string> words, IReadOnlyDictionary<string, UPos> tagDictionary)
    {
        var fixedTags = new UPos[words.Count];
        for (var i = 0; i < fixedTags.Length; i++)
        {
            if (words[i] is { } w && tagDictionary.TryGetValue(w, out var tag))
            {
                fixedTags[i] = tag;
            }
        }

        return fixedTags;
    }

    /// <summary>
    /// Greedy decoding with one weight table, left to right, or right to left when <paramref name="reverse"/> is set
    /// (the sentence is mirrored, so "previous" tags and neighbours are then those to the right). Words with a fixed
    /// tag (<see cref="FixedTags"/>) take it without scoring.
    /// </summary>
    internal static void Decode(ReadOnlySpan<UPos> fixedTags, TaggerFeatures.TokenHashes[] hashes, WeightTable table, ReadOnlySpan<UPos> lookahead, Span<UPos> tags, bool reverse = false, ReadOnlySpan<UPos> other = default, int featureSet = 0)
    {
        if (reverse)
        {
            var n = tags.Length;
            var mirroredFixed = new UPos[n];
            var mirroredHashes = new TaggerFeatures.TokenHashes[n];
            var mirroredLookahead = lookahead.IsEmpty ? [] : new UPos[n];
            var mirroredOther = other.IsEmpty ? [] : new UPos[n];
            for (var i = 0; i < n; i++)
            {
                mirroredFixed[i] = fixedTags[n - 1 - i];
                mirroredHashes[i] = hashes[n - 1 - i];
                if (!lookahead.IsEmpty)
                {
                    mirroredLookahead[i] = lookahead[n - 1 - i];
                }

                if (!other.IsEmpty)
                {
                    mirroredOther[i] = other[n - 1 - i];
                }
            }

            var mirroredTags = new UPos[n];
            Decode(mirroredFixed, mirroredHashes, table, mirroredLookahead, mirroredTags, false, mirroredOther, featureSet);
            for (var i = 0; i < n; i++)
            {
                tags[i] = mirroredTags[n - 1 - i];
            }

            return;
        }

        Span<int> features = stackalloc int[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[TagCount];
        int prev = 0, prev2 = 0;
        for (var i = 0; i < tags.Length; i++)
        {
            var tag = fixedTags[i];
            if (tag == UPos.None)
            {
                var n = TaggerFeatures.Extract(hashes, i, prev, prev2, features, lookahead, other, featureSet);
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

    /// <summary>Writes a left-to-right tagger with an optional stacked pass (format version 4).</summary>
    internal static void Write(
        Stream output,
        string description,
        IReadOnlyDictionary<int, float[]> weights,
        IReadOnlyDictionary<int, float[]>? secondPass,
        IReadOnlyDictionary<string, UPos> tagDictionary,
        IReadOnlyDictionary<string, int> lexicon,
        IReadOnlyDictionary<(string Form, UPos Pos), string> pairLemmas,
        IReadOnlyDictionary<string, string> formLemmas,
        IReadOnlyDictionary<string, int>? clusters = null) =>
        Write(output, description, secondPass is null ? [weights] : [weights, secondPass], LayoutLeftToRight, tagDictionary, lexicon, pairLemmas, formLemmas, clusters);

    /// <summary>
    /// Writes the tagger and lemma tables in the compact gzip binary format: version 4 for the left-to-right
    /// layout with at most two passes (readable by older GovText versions), otherwise version 5, which adds the
    /// pass layout and the number of weight tables, or version 6 (version 5 plus the optional feature groups) when
    /// <paramref name="featureSet"/> is not 0.
    /// </summary>
    internal static void Write(
        Stream output,
        string description,
        IReadOnlyList<IReadOnlyDictionary<int, float[]>> tables,
        int layout,
        IReadOnlyDictionary<string, UPos> tagDictionary,
        IReadOnlyDictionary<string, int> lexicon,
        IReadOnlyDictionary<(string Form, UPos Pos), string> pairLemmas,
        IReadOnlyDictionary<string, string> formLemmas,
        IReadOnlyDictionary<string, int>? clusters = null,
        int featureSet = 0)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        var version = featureSet != 0 ? FormatVersion : layout == LayoutLeftToRight && tables.Count <= 2 ? 4 : 5;
        writer.Write(Magic);
        writer.Write(version);
        writer.Write(description);
        writer.Write(TagCount);
        if (version == 4)
        {
            WriteTable(writer, tables[0]);
            WriteTable(writer, tables.Count > 1 ? tables[1] : new Dictionary<int, float[]>());
        }
        else
        {
            writer.Write((byte)layout);
            writer.Write((byte)tables.Count);
            if (version >= 6)
            {
                writer.Write(featureSet);
            }

            foreach (var table in tables)
            {
                WriteTable(writer, table);
            }
        }
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

    /// <summary>Reads a model written by one of the <c>Write</c> overloads (format versions 3 to 6).</summary>
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
        if (version is not (3 or 4 or 5 or FormatVersion))
        {
            throw new InvalidDataException($"Unsupported UPOS model version {version}.");
        }

        var description = reader.ReadString();
        if (reader.ReadInt32() != TagCount)
        {
            throw new InvalidDataException("Unexpected tag count in UPOS model.");
        }

        var layout = LayoutLeftToRight;
        var featureSet = 0;
        var tables = new List<WeightTable>();
        if (version < 5)
        {
            tables.Add(ReadTable(reader));
            var second = ReadTable(reader);
            if (second.Count > 0)
            {
                tables.Add(second);
            }
        }
        else
        {
            layout = reader.ReadByte();
            var tableCount = reader.ReadByte();
            if (version >= 6)
            {
                featureSet = reader.ReadInt32();
            }

            for (var k = 0; k < tableCount; k++)
            {
                tables.Add(ReadTable(reader));
            }
        }

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

        return (new PerceptronTagger([.. tables], layout, dict.ToFrozenDictionary(StringComparer.Ordinal), new TagLexicon(lexicon, clusters), description, featureSet),
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
