using System.Text;
using GovText.Language;

namespace GovText.Train;

/// <summary>
/// Hierarchical word clusters from unlabelled text (a cheap stand-in for Brown clusters): every word seen at least
/// <c>minCount</c> times gets a vector of PPMI-weighted left and right neighbour counts over the most frequent
/// context words; the words are then split recursively in two (principal direction, refined by spherical 2-means),
/// and the path of left/right choices is the word's bit string (stored as an int with a leading 1 bit).
/// Deterministic: no randomness, ordinal sorting everywhere.
/// </summary>
internal static class Clusters
{
    /// <summary>
    /// The unlabelled text: Europeana Dutch newspaper tokens (CC0; BIO labels ignored), the Dutch parliamentary
    /// questions and answers in shared/corpus/csv (government text), and the word forms of the training file
    /// (2017 LassySmall train minus the overlap). No dev or test text.
    /// </summary>
    public static List<string[]> UnlabelledSentences(string shared, Data? data, ISet<string>? excludedDocuments = null, bool europeana = true)
    {
        var result = new List<string[]>();
        var current = new List<string>();
        foreach (var line in europeana ? File.ReadLines(Path.Combine(shared, "data", "europeana-ner-nl", "enp_NL.kb.bio")) : [])
        {
            var space = line.IndexOf(' ');
            var token = space > 0 ? line[..space] : line.Trim();
            if (token.Length == 0)
            {
                continue;
            }

            current.Add(token);
            if (token is "." or "!" or "?" || current.Count >= 60)
            {
                result.Add([.. current]);
                current.Clear();
            }
        }

        if (current.Count > 0)
        {
            result.Add([.. current]);
        }

        var texts = new List<string>();
        var limburg = GovText.Documents.Csv.CsvTable.Read(Path.Combine(shared, "corpus", "csv", "kamervragen-limburg_questions_2024-11_pdf-docx-text.csv"));
        // excludedDocuments: gold NER document keys ("lb-NN" = data row NN, "qa-NNNN" = first CSV column) left out.
        texts.AddRange(limburg.Skip(1).Select((r, k) => (r, k)).Where(x => x.r.Length > 1 && excludedDocuments?.Contains($"lb-{x.k:D2}") != true).Select(x => x.r[1]));
        var qa = GovText.Documents.Csv.CsvTable.Read(Path.Combine(shared, "corpus", "csv", "learninglion-qa-pairs-dev.csv"));
        texts.AddRange(qa.Skip(1).Where(r => r.Length > 3 && !(int.TryParse(r[0], out var row) && excludedDocuments?.Contains($"qa-{row:D4}") == true)).SelectMany(r => new[] { r[2], r[3] })); // question, answer (the "negative" column repeats other answers)
        foreach (var text in texts)
        {
            var tokens = DutchPipeline.Default.Tokenizer.Tokenize(text);
            current.Clear();
            foreach (var t in tokens)
            {
                var s = t.GetText(text);
                current.Add(s);
                if (s is "." or "!" or "?" || current.Count >= 60)
                {
                    result.Add([.. current]);
                    current.Clear();
                }
            }

            if (current.Count > 0)
            {
                result.Add([.. current]);
            }
        }

        if (data is not null)
        {
            result.AddRange(data.TrainClean().Select(s => s.Forms)); // CC BY-SA 4.0 text; left out for the NER clusters
        }

        return result;
    }

    public static Dictionary<string, int> Build(List<string[]> sentences, int minCount, int contexts, int maxDepth, int minSize, Action<string> log)
    {
        var norm = sentences.Select(s => s.Select(TaggerFeatures.Normalize).ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in norm)
        {
            foreach (var w in s)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var vocab = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < vocab.Length; k++)
        {
            index[vocab[k]] = k;
        }

        // Context ids: 0 = sentence boundary, 1..contexts = the most frequent words; others are ignored.
        var ctx = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < Math.Min(contexts, vocab.Length); k++)
        {
            ctx[vocab[k]] = k + 1;
        }

        var dims = 2 * (contexts + 1);
        var co = new Dictionary<int, float>[vocab.Length];
        for (var k = 0; k < vocab.Length; k++)
        {
            co[k] = new Dictionary<int, float>();
        }

        var ctxTotals = new double[dims];
        double total = 0;
        foreach (var s in norm)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out var w))
                {
                    continue;
                }

                var left = i == 0 ? 0 : ctx.GetValueOrDefault(s[i - 1], -1);
                var right = i + 1 == s.Length ? 0 : ctx.GetValueOrDefault(s[i + 1], -1);
                if (left >= 0)
                {
                    co[w][left] = co[w].GetValueOrDefault(left) + 1;
                    ctxTotals[left]++;
                    total++;
                }

                if (right >= 0)
                {
                    var d = contexts + 1 + right;
                    co[w][d] = co[w].GetValueOrDefault(d) + 1;
                    ctxTotals[d]++;
                    total++;
                }
            }
        }

        // PPMI, then L2 normalisation; sparse rows.
        var rowsIdx = new int[vocab.Length][];
        var rowsVal = new float[vocab.Length][];
        for (var k = 0; k < vocab.Length; k++)
        {
            var rowTotal = co[k].Values.Sum();
            var entries = co[k].OrderBy(kv => kv.Key)
                .Select(kv => (kv.Key, V: (float)Math.Max(0, Math.Log(kv.Value * total / (rowTotal * ctxTotals[kv.Key])))))
                .Where(e => e.V > 0).ToArray();
            var norm2 = Math.Sqrt(entries.Sum(e => (double)e.V * e.V));
            rowsIdx[k] = entries.Select(e => e.Key).ToArray();
            rowsVal[k] = entries.Select(e => norm2 > 0 ? (float)(e.V / norm2) : 0f).ToArray();
        }

        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<(int[] Members, int Code, int Depth)>();
        queue.Enqueue((Enumerable.Range(0, vocab.Length).ToArray(), 1, 0));
        var leaves = 0;
        while (queue.Count > 0)
        {
            var (members, code, depth) = queue.Dequeue();
            if (depth >= maxDepth || members.Length < 2 * minSize)
            {
                foreach (var m in members)
                {
                    result[vocab[m]] = code;
                }

                leaves++;
                continue;
            }

            var (a, b) = Bisect(members, rowsIdx, rowsVal, dims);
            if (a.Length == 0 || b.Length == 0)
            {
                foreach (var m in members)
                {
                    result[vocab[m]] = code;
                }

                leaves++;
                continue;
            }

            queue.Enqueue((a, code << 1, depth + 1));
            queue.Enqueue((b, (code << 1) | 1, depth + 1));
        }

        log($"clusters: {sentences.Count:N0} sentences, {norm.Sum(s => s.Length):N0} tokens, {vocab.Length:N0} words (count >= {minCount}), {leaves:N0} leaves");
        return result;
    }

    private static (int[], int[]) Bisect(int[] members, int[][] idx, float[][] val, int dims)
    {
        // Principal direction of the centred vectors by power iteration (deterministic start), split by sign.
        var mean = new double[dims];
        foreach (var m in members)
        {
            for (var j = 0; j < idx[m].Length; j++)
            {
                mean[idx[m][j]] += val[m][j];
            }
        }

        for (var d = 0; d < dims; d++)
        {
            mean[d] /= members.Length;
        }

        var v = new double[dims];
        for (var d = 0; d < dims; d++)
        {
            v[d] = Math.Sin(d + 1.0);
        }

        var proj = new double[members.Length];
        for (var iter = 0; iter < 12; iter++)
        {
            var meanDot = Dot(mean, v);
            for (var k = 0; k < members.Length; k++)
            {
                proj[k] = SparseDot(idx[members[k]], val[members[k]], v) - meanDot;
            }

            var next = new double[dims];
            var projSum = 0.0;
            for (var k = 0; k < members.Length; k++)
            {
                var m = members[k];
                for (var j = 0; j < idx[m].Length; j++)
                {
                    next[idx[m][j]] += proj[k] * val[m][j];
                }

                projSum += proj[k];
            }

            for (var d = 0; d < dims; d++)
            {
                next[d] -= projSum * mean[d];
            }

            var n = Math.Sqrt(Dot(next, next));
            if (n == 0)
            {
                break;
            }

            for (var d = 0; d < dims; d++)
            {
                v[d] = next[d] / n;
            }
        }

        var meanDot2 = Dot(mean, v);
        var side = new bool[members.Length];
        for (var k = 0; k < members.Length; k++)
        {
            side[k] = SparseDot(idx[members[k]], val[members[k]], v) - meanDot2 > 0;
        }

        // Spherical 2-means refinement.
        for (var iter = 0; iter < 6; iter++)
        {
            var c0 = new double[dims];
            var c1 = new double[dims];
            for (var k = 0; k < members.Length; k++)
            {
                var c = side[k] ? c1 : c0;
                var m = members[k];
                for (var j = 0; j < idx[m].Length; j++)
                {
                    c[idx[m][j]] += val[m][j];
                }
            }

            var changed = false;
            var n0 = Math.Max(1e-9, Math.Sqrt(Dot(c0, c0)));
            var n1 = Math.Max(1e-9, Math.Sqrt(Dot(c1, c1)));
            for (var k = 0; k < members.Length; k++)
            {
                var m = members[k];
                var s = SparseDot(idx[m], val[m], c1) / n1 > SparseDot(idx[m], val[m], c0) / n0;
                changed |= s != side[k];
                side[k] = s;
            }

            if (!changed)
            {
                break;
            }
        }

        return (members.Where((_, k) => !side[k]).ToArray(), members.Where((_, k) => side[k]).ToArray());
    }

    private static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var d = 0; d < a.Length; d++)
        {
            s += a[d] * b[d];
        }

        return s;
    }

    private static double SparseDot(int[] idx, float[] val, double[] dense)
    {
        var s = 0.0;
        for (var j = 0; j < idx.Length; j++)
        {
            s += val[j] * dense[idx[j]];
        }

        return s;
    }
}
