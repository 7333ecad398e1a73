using System.Globalization;
using System.Text.Json;
using GovText.Claims;

namespace GovText.Train;

/// <summary>
/// Trains the learned stance model (<see cref="StanceModel"/>): multinomial logistic regression by stochastic gradient
/// descent over the features of <see cref="StanceFeatures"/>, on the gold pairs of the training pool (splits train,
/// natural-dev and natural-train of corpus/gold/stance). The test splits (test, natural-test) are never read here.
/// </summary>
internal static class StanceTrainer
{
    /// <summary>The splits the model learns from; everything else is held out.</summary>
    public static readonly string[] TrainSplits = ["train", "natural-dev", "natural-train"];

    public sealed record Example(int Row, string Split, StanceLabel Gold, StanceLabel Rule, List<int> Features);

    public sealed record Settings(int Epochs, double Rate, double L2, int Seed);

    /// <summary>The training-pool examples with their rule decisions and features.</summary>
    public static List<Example> Load(string shared, string goldDirectory)
    {
        var rows = GovText.Documents.Csv.CsvTable.Read(Path.Combine(shared, "corpus", "csv", "learninglion-qa-pairs-dev.csv")).Skip(1)
            .Where(r => r.Length >= 4 && int.TryParse(r[0], out _))
            .ToDictionary(r => int.Parse(r[0], CultureInfo.InvariantCulture));
        var rules = new StanceClassifier(model: null);
        var examples = new List<Example>();
        foreach (var file in new[] { "pairs.jsonl", "natural.jsonl" })
        {
            foreach (var line in File.ReadLines(Path.Combine(goldDirectory, file)).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                var e = JsonDocument.Parse(line).RootElement;
                var split = e.GetProperty("split").GetString()!;
                if (!TrainSplits.Contains(split))
                {
                    continue;
                }

                var row = e.GetProperty("row").GetInt32();
                var (rule, features) = rules.RuleAndFeatures(rows[row][2], rows[row][3]);
                examples.Add(new Example(row, split, StanceNames.Parse(e.GetProperty("label").GetString()!), rule.Label, features));
            }
        }

        return examples;
    }

    public static Dictionary<int, float[]> Train(IReadOnlyList<Example> examples, Settings settings)
    {
        var n = StanceModel.LabelCount;
        var weights = new Dictionary<int, double[]>();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.Rate / (1 + epoch);
            foreach (var i in order)
            {
                var example = examples[i];
                var scores = new double[n];
                foreach (var f in example.Features)
                {
                    if (weights.TryGetValue(f, out var row))
                    {
                        for (var l = 0; l < n; l++)
                        {
                            scores[l] += row[l];
                        }
                    }
                }

                var p = StanceModel.Softmax(scores);
                foreach (var f in example.Features)
                {
                    if (!weights.TryGetValue(f, out var row))
                    {
                        weights[f] = row = new double[n];
                    }

                    for (var l = 0; l < n; l++)
                    {
                        row[l] -= rate * (p[l] - (l == (int)example.Gold ? 1 : 0));
                    }
                }
            }

            var decay = 1 - (settings.L2 * rate);
            foreach (var row in weights.Values)
            {
                for (var l = 0; l < n; l++)
                {
                    row[l] *= decay;
                }
            }
        }

        return weights.ToDictionary(e => e.Key, e => e.Value.Select(w => (float)w).ToArray());
    }

    /// <summary>The label the classifier gives: the model's, when it differs from the rule's with at least <paramref name="threshold"/>.</summary>
    public static StanceLabel Decide(StanceModel model, Example example, double threshold)
    {
        var p = model.Probabilities(example.Features);
        var best = (StanceLabel)Array.IndexOf(p, p.Max());
        return best == example.Rule || p[(int)best] >= threshold ? best : example.Rule;
    }

    /// <summary>Five-fold cross-validation over the training pool (fold = row mod 5): rules alone against rules + model.</summary>
    public static void CrossValidate(IReadOnlyList<Example> examples, Settings settings, IReadOnlyList<double> thresholds, TextWriter output)
    {
        var predicted = thresholds.ToDictionary(t => t, _ => new Dictionary<int, StanceLabel>());
        for (var fold = 0; fold < 5; fold++)
        {
            var train = examples.Where(e => e.Row % 5 != fold).ToList();
            var model = new StanceModel(Train(train, settings), "cv");
            foreach (var e in examples.Where(e => e.Row % 5 == fold))
            {
                foreach (var t in thresholds)
                {
                    predicted[t][e.Row] = Decide(model, e, t);
                }
            }
        }

        foreach (var group in new[] { ("all", (Func<Example, bool>)(_ => true)), ("train", e => e.Split == "train"), ("natural", e => e.Split != "train") })
        {
            var items = examples.Where(group.Item2).ToList();
            output.WriteLine($"{group.Item1,-8} n={items.Count,4}  rules: {Score(items, e => e.Rule)}");
            foreach (var t in thresholds)
            {
                output.WriteLine($"{group.Item1,-8}         model t={t:F2}: {Score(items, e => predicted[t][e.Row])}");
            }
        }
    }

    private static string Score(IReadOnlyList<Example> items, Func<Example, StanceLabel> predict)
    {
        int correct = 0, tp = 0, fp = 0, fn = 0;
        foreach (var e in items)
        {
            var p = predict(e);
            correct += p == e.Gold ? 1 : 0;
            var goldDenial = IsDenial(e.Gold);
            var predictedDenial = IsDenial(p);
            tp += goldDenial && predictedDenial ? 1 : 0;
            fp += !goldDenial && predictedDenial ? 1 : 0;
            fn += goldDenial && !predictedDenial ? 1 : 0;
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return string.Create(CultureInfo.InvariantCulture, $"accuracy {(double)correct / items.Count:F3}, denial P {precision:F3} R {recall:F3} F1 {f1:F3}");
    }

    private static bool IsDenial(StanceLabel label) => label is StanceLabel.Deny or StanceLabel.HedgedDeny or StanceLabel.ScopedDeny;
}
