using GovText.Language;

namespace GovText.Train;

/// <summary>Averaged-perceptron training (Collins 2002; averaging with lazy timestamps).</summary>
internal sealed class Trainer
{
    private const int T = PerceptronTagger.TagCount;

    private readonly Dictionary<int, Row> _rows = new();
    private int _instances;

    private sealed class Row
    {
        public readonly float[] W = new float[T];
        public readonly float[] Total = new float[T];
        public readonly int[] Stamp = new int[T];
    }

    public static Dictionary<string, UPos> BuildTagDictionary(IEnumerable<ConlluSentence> sentences, int minFrequency, double minRatio)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                if (!counts.TryGetValue(s.Forms[i], out var c))
                {
                    counts[s.Forms[i]] = c = new int[T + 1];
                }

                c[(int)s.Tags[i]]++;
            }
        }

        var dict = new Dictionary<string, UPos>(StringComparer.Ordinal);
        foreach (var (word, c) in counts)
        {
            var total = c.Sum();
            var best = Array.IndexOf(c, c.Max());
            if (total >= minFrequency && c[best] >= minRatio * total && !(total - c[best] >= DictionaryMaxOther && word.Any(char.IsLetter)))
            {
                dict[word] = (UPos)best;
            }
        }

        return dict;
    }

    /// <summary>
    /// Words (with a letter) whose other tags occur at least this often stay out of the tag dictionary even when their
    /// main tag reaches the ratio ("een" NUM in "een van", "van"/"voor" PROPN in names); experiment option <c>--dict-max-other</c>.
    /// </summary>
    public static int DictionaryMaxOther { get; set; } = int.MaxValue;

    public static Dictionary<string, int> BuildLexicon(IEnumerable<ConlluSentence> sentences, int minFrequency)
    {
        var counts = new Dictionary<string, (int Count, int Mask)>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Forms.Length; i++)
            {
                var key = TaggerFeatures.Normalize(s.Forms[i]);
                var (count, mask) = counts.GetValueOrDefault(key);
                counts[key] = (count + 1, mask | (1 << (int)s.Tags[i]));
            }
        }

        return counts.Where(kv => kv.Value.Count >= minFrequency).ToDictionary(kv => kv.Key, kv => kv.Value.Mask, StringComparer.Ordinal);
    }

    public TagLexicon? Lexicon { get; init; }

    /// <summary>Optional per-sentence lexicon (jackknifed ambiguity classes); overrides <see cref="Lexicon"/>.</summary>
    public Func<ConlluSentence, TagLexicon?>? LexiconFor { get; init; }

    /// <summary>Probability of hiding the identity of a rare word during training (teaches the affix features).</summary>
    public double WordDropout { get; init; }

    /// <summary>Words at most this frequent in the training data are "rare" for <see cref="WordDropout"/>.</summary>
    public int RareFrequency { get; init; } = 2;

    /// <summary>Train a right-to-left tagger (the sentences are mirrored after the per-token hashes are computed).</summary>
    public bool Reverse { get; init; }

    private const uint Hidden = 0x7F4A7C15u;

    /// <summary>Weight-update rules: the plain perceptron, the perceptron with a margin, passive-aggressive (PA-I).</summary>
    public enum UpdateRule
    {
        Perceptron,
        Margin,
        PassiveAggressive,
    }

    /// <summary>Optional feature groups of the trained model (<c>--feat</c>, bit mask of <c>TaggerFeatures.Feature…</c>).</summary>
    public static int FeatureSet { get; set; }

    /// <summary>The update rule of every trainer (experiment option <c>--update</c>).</summary>
    public static UpdateRule Rule { get; set; }

    /// <summary>Required score margin of the margin rule (<c>--margin</c>).</summary>
    public static float Margin { get; set; } = 1f;

    /// <summary>Step cap C of the passive-aggressive rule (<c>--pa-c</c>).</summary>
    public static float PaC { get; set; } = 1f;

    private static T2[] Mirror<T2>(T2[] a, bool reverse)
    {
        if (!reverse)
        {
            return a;
        }

        var r = (T2[])a.Clone();
        Array.Reverse(r);
        return r;
    }

    public Dictionary<int, float[]> Train(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<UPos[]>? lookaheads, IReadOnlyDictionary<string, UPos> tagDictionary, int epochs, int seed, Action<string> log, IReadOnlyList<UPos[]>? others = null)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new int[TaggerFeatures.MaxFeatures];
        var scores = new float[T];
        var hashes = sentences.Select(s => Mirror(TaggerFeatures.Precompute(s.Forms, LexiconFor?.Invoke(s) ?? Lexicon, FeatureSet), Reverse)).ToArray();
        var forms = sentences.Select(s => Mirror(s.Forms, Reverse)).ToArray();
        var golds = sentences.Select(s => Mirror(s.Tags, Reverse)).ToArray();
        var looks = lookaheads?.Select(l => Mirror(l, Reverse)).ToArray();
        var oth = others?.Select(l => Mirror(l, Reverse)).ToArray();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            foreach (var f in s.Forms)
            {
                frequency[f] = frequency.GetValueOrDefault(f) + 1;
            }
        }

        var rare = forms.Select(f => f.Select(w => frequency[w] <= RareFrequency).ToArray()).ToArray();
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var si in order)
            {
                var sForms = forms[si];
                var sTags = golds[si];
                var h = hashes[si];
                if (WordDropout > 0 && epoch < epochs)
                {
                    TaggerFeatures.TokenHashes[]? copy = null;
                    for (var i = 0; i < h.Length; i++)
                    {
                        if (rare[si][i] && random.NextDouble() < WordDropout)
                        {
                            copy ??= (TaggerFeatures.TokenHashes[])h.Clone();
                            copy[i].Word = Hidden;
                            copy[i].Exact = Hidden;
                        }
                    }

                    h = copy ?? h;
                }

                var lookahead = looks is null ? default : looks[si].AsSpan();
                var other = oth is null ? default : oth[si].AsSpan();
                int prev = 0, prev2 = 0;
                for (var i = 0; i < sForms.Length; i++)
                {
                    var gold = (int)sTags[i];
                    int guess;
                    if (tagDictionary.TryGetValue(sForms[i], out var fixedTag))
                    {
                        guess = (int)fixedTag;
                    }
                    else
                    {
                        var n = TaggerFeatures.Extract(h, i, prev, prev2, features, lookahead, other, FeatureSet);
                        var feats = features.AsSpan(0, n);
                        Array.Clear(scores);
                        foreach (var f in feats)
                        {
                            if (_rows.TryGetValue(f, out var row))
                            {
                                for (var k = 0; k < T; k++)
                                {
                                    scores[k] += row.W[k];
                                }
                            }
                        }

                        guess = PerceptronTagger.ArgMax(scores) + 1;
                        _instances++;
                        if (guess != gold)
                        {
                            var step = 1f;
                            if (Rule == UpdateRule.PassiveAggressive)
                            {
                                // PA-I: the smallest step that separates gold from the guess by a margin of 1, capped at C.
                                step = Math.Min(PaC, (scores[guess - 1] - scores[gold - 1] + 1f) / (2f * feats.Length));
                            }

                            foreach (var f in feats)
                            {
                                Update(f, gold - 1, step);
                                Update(f, guess - 1, -step);
                            }
                        }
                        else if (Rule == UpdateRule.Margin)
                        {
                            // Correct but too close: push the gold tag away from the runner-up.
                            var runner = -1;
                            for (var k = 0; k < T; k++)
                            {
                                if (k != gold - 1 && (runner < 0 || scores[k] > scores[runner]))
                                {
                                    runner = k;
                                }
                            }

                            if (scores[gold - 1] - scores[runner] < Margin)
                            {
                                foreach (var f in feats)
                                {
                                    Update(f, gold - 1, 1f);
                                    Update(f, runner, -1f);
                                }
                            }
                        }
                    }

                    correct += guess == gold ? 1 : 0;
                    total++;
                    prev2 = prev;
                    prev = guess;
                }
            }

            log($"epoch {epoch}: training accuracy {100.0 * correct / total:F2} % ({_rows.Count:N0} features)");
        }

        var averaged = new Dictionary<int, float[]>(_rows.Count);
        foreach (var (hash, row) in _rows)
        {
            var avg = new float[T];
            var any = false;
            for (var k = 0; k < T; k++)
            {
                var totalWeight = row.Total[k] + ((_instances - row.Stamp[k]) * row.W[k]);
                avg[k] = (float)Math.Round(totalWeight / _instances, 3);
                any |= Math.Abs(avg[k]) >= 0.001f;
            }

            if (any)
            {
                averaged[hash] = avg;
            }
        }

        return averaged;
    }

    /// <summary>
    /// Trains the stacked tagger. <paramref name="layout"/> 0: a left-to-right first pass; 1: a right-to-left first
    /// pass; 2: both. With <paramref name="passes"/> ≥ 2 a left-to-right second pass is trained on the first passes'
    /// tags for the training sentences, which come from 5-fold jackknifing (folds by distinct sentence, so repeated
    /// dev sentences never predict themselves). Returns the weight tables in running order.
    /// </summary>
    public static List<Dictionary<int, float[]>> TrainStacked(
        IReadOnlyList<ConlluSentence> sentences, IReadOnlyDictionary<string, UPos> tagDictionary, TagLexicon lexicon, int epochs, int seed, int passes, double wordDropout, Action<string> log, int layout = 0)
    {
        var directions = layout switch { 0 => new[] { false }, 1 => new[] { true }, _ => new[] { false, true } };
        var tables = new List<Dictionary<int, float[]>>();
        foreach (var reverse in directions)
        {
            tables.Add(TrainEnsemble(sentences, null, null, tagDictionary, lexicon, epochs, seed + (reverse ? 77 : 0), wordDropout, reverse, log));
        }

        if (passes < 2)
        {
            return tables;
        }

        var predicted = directions.Select(reverse => JackknifeTags(sentences, tagDictionary, lexicon, epochs, seed + (reverse ? 77 : 0), wordDropout, reverse, log)).ToList();
        // The second pass reads the right-to-left tags (when there are any) as its look-ahead.
        var lookahead = predicted[^1];
        var other = predicted.Count > 1 ? predicted[0] : null;
        tables.Add(TrainEnsemble(sentences, lookahead, other, tagDictionary, lexicon, epochs, seed, wordDropout, false, log));
        return tables;
    }

    private static UPos[][] JackknifeTags(IReadOnlyList<ConlluSentence> sentences, IReadOnlyDictionary<string, UPos> tagDictionary, TagLexicon lexicon, int epochs, int seed, double wordDropout, bool reverse, Action<string> log)
    {
        const int folds = 5;
        var distinct = new Dictionary<ConlluSentence, int>(ReferenceEqualityComparer.Instance);
        foreach (var s in sentences)
        {
            distinct.TryAdd(s, distinct.Count % folds);
        }

        var predicted = new UPos[sentences.Count][];
        for (var fold = 0; fold < folds; fold++)
        {
            var train = sentences.Where(s => distinct[s] != fold).ToList();
            var weights = new Trainer { Lexicon = lexicon, LexiconFor = SentenceLexicons, WordDropout = wordDropout, Reverse = reverse }.Train(train, null, tagDictionary, epochs, seed + fold + 1, _ => { });
            var table = ToTable(weights);
            for (var k = 0; k < sentences.Count; k++)
            {
                var s = sentences[k];
                if (distinct[s] == fold)
                {
                    var tags = new UPos[s.Forms.Length];
                    PerceptronTagger.Decode(PerceptronTagger.FixedTags(s.Forms, tagDictionary), TaggerFeatures.Precompute(s.Forms, SentenceLexicons?.Invoke(s) ?? lexicon, FeatureSet), table, default, tags, reverse, featureSet: FeatureSet);
                    predicted[k] = tags;
                }
            }

            log($"jackknife fold {fold + 1}/{folds} done{(reverse ? " (right to left)" : "")}");
        }

        return predicted;
    }

    /// <summary>When set, training sentences see ambiguity classes built without their own fold (see <see cref="JackknifeLexicons"/>).</summary>
    public static Func<ConlluSentence, TagLexicon?>? SentenceLexicons { get; set; }

    /// <summary>Builds 5 fold lexicons (by distinct sentence) so that training sentences never see their own tags in the classes.</summary>
    public static Func<ConlluSentence, TagLexicon?> JackknifeLexicons(IReadOnlyList<ConlluSentence> sentences, int minFrequency)
    {
        const int folds = 5;
        var fold = new Dictionary<ConlluSentence, int>(ReferenceEqualityComparer.Instance);
        foreach (var s in sentences)
        {
            fold.TryAdd(s, fold.Count % folds);
        }

        var lexicons = Enumerable.Range(0, folds).Select(f => new TagLexicon(BuildLexicon(sentences.Where(s => fold[s] != f), minFrequency), WordClusters)).ToArray();
        return s => fold.TryGetValue(s, out var f) ? lexicons[f] : null;
    }

    /// <summary>Word clusters shared by every lexicon built during training (null: none).</summary>
    public static IReadOnlyDictionary<string, int>? WordClusters { get; set; }

    /// <summary>Number of differently shuffled models whose averaged weights are summed (a voting ensemble).</summary>
    public static int EnsembleSize { get; set; } = 1;

    private static Dictionary<int, float[]> TrainEnsemble(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<UPos[]>? lookaheads, IReadOnlyList<UPos[]>? others, IReadOnlyDictionary<string, UPos> tagDictionary, TagLexicon lexicon, int epochs, int seed, double wordDropout, bool reverse, Action<string> log)
    {
        var sum = new Trainer { Lexicon = lexicon, LexiconFor = SentenceLexicons, WordDropout = wordDropout, Reverse = reverse }.Train(sentences, lookaheads, tagDictionary, epochs, seed, log, others);
        for (var k = 1; k < EnsembleSize; k++)
        {
            var more = new Trainer { Lexicon = lexicon, LexiconFor = SentenceLexicons, WordDropout = wordDropout, Reverse = reverse }.Train(sentences, lookaheads, tagDictionary, epochs, seed + (1000 * k), _ => { }, others);
            foreach (var (hash, w) in more)
            {
                if (!sum.TryGetValue(hash, out var target))
                {
                    sum[hash] = target = new float[T];
                }

                for (var t = 0; t < T; t++)
                {
                    target[t] += w[t];
                }
            }

            log($"ensemble member {k + 1}/{EnsembleSize} done");
        }

        return sum;
    }

    private static PerceptronTagger.WeightTable ToTable(Dictionary<int, float[]> weights)
    {
        var rows = new Dictionary<int, int>(weights.Count);
        var dense = new float[weights.Count * T];
        var r = 0;
        foreach (var (hash, w) in weights)
        {
            rows[hash] = r;
            w.CopyTo(dense, r * T);
            r++;
        }

        return new PerceptronTagger.WeightTable(rows, dense);
    }

    private void Update(int feature, int tag, float value)
    {
        if (!_rows.TryGetValue(feature, out var row))
        {
            _rows[feature] = row = new Row();
        }

        row.Total[tag] += (_instances - row.Stamp[tag]) * row.W[tag];
        row.Stamp[tag] = _instances;
        row.W[tag] += value;
    }
}
