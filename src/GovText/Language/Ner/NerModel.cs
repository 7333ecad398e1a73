using System.IO.Compression;
using System.Text;

namespace GovText.Language;

/// <summary>
/// The statistical part of the NER annotator: an averaged-perceptron BILOU tagger over hashed features with greedy,
/// constrained left-to-right decoding. Immutable after construction.
/// </summary>
internal sealed class NerModel
{
    internal const int FormatVersion = 3;
    private const string Magic = "GTNER";

    /// <summary>Label 0 is O; then B, I, L, U for each fine type in <see cref="NerLabels.FineTypes"/> order.</summary>
    internal static readonly string[] Labels = BuildLabels();

    internal static int LabelCount => Labels.Length;

    /// <summary>
    /// The column of each label in the scoring rows: O, then B and U of each type (the labels allowed at the sentence
    /// start and after O, L or U), then I and L of each type (the only labels allowed inside an entity), so that a
    /// token sums only the columns that its previous label allows.
    /// </summary>
    private static readonly int[] s_columns = BuildColumns();

    /// <summary>Per previous label + 1 and per last-token flag: the allowed labels in label order and their column window.</summary>
    private static readonly (int[] Labels, int Start, int Count)[,] s_contexts = BuildContexts();

    // Scoring rows (null while training); the trainer's live dictionary otherwise.
    private readonly DenseWeightRows? _rows;

    // While training, the trainer keeps updating the rows of this dictionary and scores with them (live model).
    private readonly Dictionary<int, float[]>? _live;

    public NerModel(Dictionary<int, float[]> weights, NerGazetteer gazetteer, string description, NerModel? second = null, bool live = false)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Second = second;
        Gazetteer = gazetteer;
        Description = description;
        if (live)
        {
            _live = weights;
            return;
        }

        var index = new Dictionary<int, int>(weights.Count);
        var dense = new float[checked(weights.Count * LabelCount)];
        foreach (var (hash, values) in weights)
        {
            var row = dense.AsSpan(index.Count * LabelCount, LabelCount);
            for (var l = 0; l < Math.Min(values.Length, LabelCount); l++)
            {
                row[s_columns[l]] = values[l];
            }

            index[hash] = index.Count;
        }

        _rows = new DenseWeightRows(index, dense, LabelCount);
    }

    public NerGazetteer Gazetteer { get; }

    public string Description { get; }

    public int FeatureCount => (_live?.Count ?? _rows!.Count) + (Second?.FeatureCount ?? 0);

    /// <summary>The optional second (stacked) pass, which also sees the first pass's labels of i−1…i+2.</summary>
    public NerModel? Second { get; }

    /// <summary>The weights as a dictionary (hash → row): the live dictionary while training, else rebuilt on each call (for the trainer and for writing).</summary>
    internal Dictionary<int, float[]> Weights
    {
        get
        {
            if (_live is not null)
            {
                return _live;
            }

            return _rows!.Entries().ToDictionary(e => e.Hash, e => Array.ConvertAll(s_columns, c => e.Row[c]));
        }
    }

    private static int[] BuildColumns()
    {
        var types = NerLabels.FineTypes.Length;
        var columns = new int[1 + (4 * types)];
        for (var t = 0; t < types; t++)
        {
            columns[LabelOf('B', t)] = 1 + (2 * t);
            columns[LabelOf('U', t)] = 2 + (2 * t);
            columns[LabelOf('I', t)] = 1 + (2 * types) + (2 * t);
            columns[LabelOf('L', t)] = 2 + (2 * types) + (2 * t);
        }

        return columns;
    }

    private static (int[] Labels, int Start, int Count)[,] BuildContexts()
    {
        var contexts = new (int[], int, int)[LabelCount + 1, 2];
        for (var previous = -1; previous < LabelCount; previous++)
        {
            for (var last = 0; last < 2; last++)
            {
                var labels = Enumerable.Range(0, LabelCount).Where(l => Allowed(previous, l, last == 1)).ToArray();
                var start = labels.Min(l => s_columns[l]);
                contexts[previous + 1, last] = (labels, start, labels.Max(l => s_columns[l]) + 1 - start);
            }
        }

        return contexts;
    }

    private static string[] BuildLabels()
    {
        var labels = new List<string> { "O" };
        foreach (var type in NerLabels.FineTypes)
        {
            labels.Add("B-" + type);
            labels.Add("I-" + type);
            labels.Add("L-" + type);
            labels.Add("U-" + type);
        }

        return [.. labels];
    }

    internal static char Prefix(int label) => label == 0 ? 'O' : "BILU"[(label - 1) % 4];

    internal static int TypeIndex(int label) => label == 0 ? -1 : (label - 1) / 4;

    internal static int LabelOf(char prefix, int type) => 1 + (type * 4) + "BILU".IndexOf(prefix, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="label"/> may follow <paramref name="previous"/> (−1 = sentence start).</summary>
    internal static bool Allowed(int previous, int label, bool last)
    {
        var open = previous > 0 && Prefix(previous) is 'B' or 'I';
        var p = Prefix(label);
        if (open)
        {
            return (p is 'I' or 'L') && TypeIndex(label) == TypeIndex(previous) && !(last && p == 'I');
        }

        return p is 'O' or 'U' || (p == 'B' && !last);
    }

    /// <summary>The per-sentence input: forms, UPOS tags, token kinds and the rule-based matches used as features.</summary>
    internal sealed class Input
    {
        public Input(string source, IReadOnlyList<Token> tokens, IReadOnlyList<string> forms, IReadOnlyList<UPos> tags, NerGazetteer gazetteer)
        {
            Tokens = tokens;
            RawForms = forms;
            Forms = Unglue(forms, GlueSplitting ? gazetteer : null);
            Tags = tags;
            Patterns = NerPatterns.Find(source, tokens, forms, tags);
            GazetteerMatches = gazetteer.Find(Forms);
            if (GlueSplitting)
            {
                gazetteer.AddGluedMatches(forms, s_gluedPrefixes, GazetteerMatches);
            }
            Clusters = gazetteer.Clusters.Count == 0 ? null : ClusterCodes(Forms, gazetteer);
            Static = NerFeatures.Static(this, out var lowerHashes);
            LowerHashes = lowerHashes;
        }

        public IReadOnlyList<Token> Tokens { get; }

        /// <summary>Experiment switch (train tool): split glued names with the gazetteer.</summary>
        internal static bool GlueSplitting { get; set; } = true;

        /// <summary>The token forms as printed.</summary>
        public IReadOnlyList<string> RawForms { get; }

        /// <summary>The forms used for features and gazetteer matching (see <see cref="Unglue"/>).</summary>
        public IReadOnlyList<string> Forms { get; }

        public IReadOnlyList<UPos> Tags { get; }

        public List<NerPatterns.Match> Patterns { get; }

        public List<(int Start, int Length, int Bits)> GazetteerMatches { get; }

        /// <summary>Word-cluster path per token (0 = none), or null when the model has no cluster table.</summary>
        public int[]? Clusters { get; }

        public int[][] Static { get; }

        /// <summary>The hash of each token's lowercase form (the word of the label-dependent features).</summary>
        public uint[] LowerHashes { get; }

        /// <summary>Lowercase function words that the text extraction glues before a name ("inNederland").</summary>
        internal static IReadOnlySet<string> GluedPrefixes => s_gluedPrefixes;

        private static readonly HashSet<string> s_gluedPrefixes = new(StringComparer.Ordinal)
        {
            "in", "de", "het", "van", "op", "bij", "met", "aan", "uit", "door", "naar", "voor", "en", "tot", "over", "om",
            "dat", "die", "te", "of", "als", "zoals", "een", "vanuit", "tussen", "onder", "tegen", "via",
        };

        /// <summary>
        /// The forms the features and the gazetteer see: a lowercase function word glued to a capitalised name by the
        /// text extraction is dropped ("inNederland" → "Nederland"), and so is a footnote number glued to a capitalised
        /// word ("Kamer3" → "Kamer"); a capitalised hyphen compound with a lowercase head keeps its name part
        /// ("EU-sancties" → "EU", "NAVO-top" → "NAVO"). Other forms are unchanged (no copy when nothing changes).
        /// </summary>
        internal static IReadOnlyList<string> Unglue(IReadOnlyList<string> forms, NerGazetteer? gazetteer = null)
        {
            string[]? result = null;
            for (var i = 0; i < forms.Count; i++)
            {
                var form = forms[i] ?? string.Empty;
                var fixedForm = form;
                for (var k = 1; k < form.Length - 1 && k <= 7 && char.IsLower(form[k - 1]); k++)
                {
                    if (char.IsUpper(form[k]) && s_gluedPrefixes.Contains(form[..k]))
                    {
                        fixedForm = form[k..];
                        break;
                    }
                }

                var digits = 0;
                while (digits < fixedForm.Length && char.IsDigit(fixedForm[fixedForm.Length - 1 - digits]))
                {
                    digits++;
                }

                if (digits is 1 or 2 && fixedForm.Length > digits + 2 && char.IsLower(fixedForm[fixedForm.Length - 1 - digits]) && char.IsUpper(fixedForm[0]))
                {
                    fixedForm = fixedForm[..^digits];
                }

                var hyphen = fixedForm.IndexOf('-', StringComparison.Ordinal);
                if (hyphen > 0 && hyphen + 1 < fixedForm.Length && gazetteer is not null && char.IsLower(fixedForm[hyphen - 1])
                    && char.IsLower(fixedForm[hyphen + 1]) && gazetteer.IsKnownWord(string.Concat(fixedForm.AsSpan(0, hyphen), fixedForm.AsSpan(hyphen + 1))))
                {
                    fixedForm = string.Concat(fixedForm.AsSpan(0, hyphen), fixedForm.AsSpan(hyphen + 1)); // a kept line-end hyphen: "Hoofdlijnen-akkoord"
                }
                else if (hyphen > 0 && hyphen + 1 < fixedForm.Length && char.IsLower(fixedForm[hyphen + 1]) && char.IsUpper(fixedForm[0]))
                {
                    fixedForm = fixedForm[..hyphen];
                }
                else if (hyphen > 0 && hyphen + 2 < fixedForm.Length && char.IsUpper(fixedForm[hyphen + 1]) && IsLowerWord(fixedForm.AsSpan(0, hyphen))
                    && fixedForm[..hyphen] is not ("motie" or "kabinet" or "amendement" or "commissie" or "regering" or "zaak" or "project"))
                {
                    fixedForm = fixedForm[(hyphen + 1)..]; // "niet-Nederlandse" → "Nederlandse"
                }

                if (ReferenceEquals(fixedForm, form) && gazetteer is not null && form.Length > 4 && char.IsUpper(form[0])
                    && (form.EndsWith("’s", StringComparison.Ordinal) || form.EndsWith("'s", StringComparison.Ordinal))
                    && !gazetteer.IsKnownWord(form) && gazetteer.IsKnownWord(form[..^2]))
                {
                    fixedForm = form[..^2]; // a possessive: "Orbán’s", "TikTok’s"
                }

                if (ReferenceEquals(fixedForm, form) && gazetteer is not null && gazetteer.GluedName(form, out var nameStart, out var nameLength))
                {
                    fixedForm = form.Substring(nameStart, nameLength);
                }

                if (!ReferenceEquals(fixedForm, form))
                {
                    result ??= [.. forms];
                    result[i] = fixedForm;
                }
            }

            return result is null ? forms : result;
        }

        private static bool IsLowerWord(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }

            return s.Length > 0;
        }

        private static int[] ClusterCodes(IReadOnlyList<string> forms, NerGazetteer gazetteer)
        {
            var codes = new int[forms.Count];
            Span<char> buffer = stackalloc char[64];
            for (var i = 0; i < codes.Length; i++)
            {
                var word = forms[i] ?? string.Empty;
                if (word.Length is 0 or > 64)
                {
                    continue;
                }

                for (var k = 0; k < word.Length; k++)
                {
                    var c = word[k];
                    buffer[k] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
                }

                codes[i] = gazetteer.Cluster(buffer[..word.Length]);
            }

            return codes;
        }

        public int Count => Forms.Count;
    }

    /// <summary>Greedy constrained decoding; returns the label per token and its margin over the best alternative.</summary>
    public (int[] Labels, float[] Margins) Predict(Input input)
    {
        var first = Predict(input, null);
        return Second is null ? first : Second.Predict(input, first.Labels);
    }

    /// <summary>
    /// One greedy pass; <paramref name="firstPass"/> holds the labels of an earlier pass (or null). Only the columns of
    /// the labels allowed after the previous label are summed; the best and second-best allowed label are chosen in
    /// label order, as over full score rows.
    /// </summary>
    public (int[] Labels, float[] Margins) Predict(Input input, int[]? firstPass)
    {
        var n = input.Count;
        var labels = new int[n];
        var margins = new float[n];
        Span<float> scores = stackalloc float[LabelCount]; // by column
        var features = new List<int>(96);
        for (var i = 0; i < n; i++)
        {
            var prev = i > 0 ? labels[i - 1] : -1;
            var prev2 = i > 1 ? labels[i - 2] : -1;
            features.Clear();
            features.AddRange(input.Static[i]);
            NerFeatures.Dynamic(input, i, prev, prev2, features, firstPass);
            var (allowed, start, count) = s_contexts[prev + 1, i == n - 1 ? 1 : 0];
            ScoreColumns(features, scores, start, count);
            var best = -1;
            var bestScore = 0f;
            var second = float.NegativeInfinity;
            foreach (var l in allowed)
            {
                var score = scores[s_columns[l]];
                if (best < 0 || score > bestScore)
                {
                    if (best >= 0)
                    {
                        second = bestScore;
                    }

                    best = l;
                    bestScore = score;
                }
                else if (score > second)
                {
                    second = score;
                }
            }

            labels[i] = best;
            margins[i] = float.IsNegativeInfinity(second) ? 100f : bestScore - second;
        }

        return (labels, margins);
    }

    /// <summary>Label scores in label order (all labels).</summary>
    internal void Score(List<int> features, Span<float> scores)
    {
        if (_live is not null)
        {
            scores.Clear();
            foreach (var f in features)
            {
                if (_live.TryGetValue(f, out var row))
                {
                    DenseWeightRows.Add(scores, row);
                }
            }

            return;
        }

        Span<float> byColumn = stackalloc float[LabelCount];
        ScoreColumns(features, byColumn, 0, LabelCount);
        for (var l = 0; l < LabelCount; l++)
        {
            scores[l] = byColumn[s_columns[l]];
        }
    }

    /// <summary>Label scores by column (see <see cref="s_columns"/>), summed for the columns start … start + count − 1 only.</summary>
    private void ScoreColumns(List<int> features, Span<float> byColumn, int start, int count)
    {
        if (_rows is not null)
        {
            _rows.Score(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), byColumn.Slice(start, count), start);
            return;
        }

        Span<float> scores = stackalloc float[LabelCount];
        Score(features, scores);
        for (var l = 0; l < LabelCount; l++)
        {
            byColumn[s_columns[l]] = scores[l];
        }
    }

    public void Write(Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Description);
        writer.Write(LabelCount);
        Gazetteer.Write(writer);
        WriteTable(writer, Weights);
        writer.Write(Second is not null);
        if (Second is not null)
        {
            WriteTable(writer, Second.Weights);
        }
    }

    private static void WriteTable(BinaryWriter writer, Dictionary<int, float[]> weights)
    {
        writer.Write(weights.Count);
        foreach (var (key, row) in weights.OrderBy(e => e.Key))
        {
            writer.Write(key);
            // Sparse rows: most features have weight for a few labels only.
            var nonZero = 0;
            foreach (var w in row)
            {
                if (w != 0f)
                {
                    nonZero++;
                }
            }

            writer.Write((byte)nonZero);
            for (var l = 0; l < row.Length; l++)
            {
                if (row[l] != 0f)
                {
                    writer.Write((byte)l);
                    writer.Write((Half)row[l]);
                }
            }
        }
    }

    public static NerModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(gzip, Encoding.UTF8);
        var version = reader.ReadString() == Magic ? reader.ReadInt32() : -1;
        if (version is not (2 or FormatVersion))
        {
            throw new InvalidDataException("Not a GovText NER model (or an unsupported version).");
        }

        var description = reader.ReadString();
        if (reader.ReadInt32() != LabelCount)
        {
            throw new InvalidDataException("The NER model was trained with a different label set.");
        }

        var gazetteer = NerGazetteer.Read(reader, version);
        var weights = ReadTable(reader);
        var second = reader.ReadBoolean() ? new NerModel(ReadTable(reader), gazetteer, description) : null;
        return new NerModel(weights, gazetteer, description, second);
    }

    private static Dictionary<int, float[]> ReadTable(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var weights = new Dictionary<int, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadInt32();
            var row = new float[LabelCount];
            int nonZero = reader.ReadByte();
            for (var k = 0; k < nonZero; k++)
            {
                var l = reader.ReadByte();
                row[l] = (float)reader.ReadHalf();
            }

            weights[key] = row;
        }

        return weights;
    }
}
