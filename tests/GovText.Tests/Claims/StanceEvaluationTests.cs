using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Claims;

public sealed class StanceEvaluationTests(ITestOutputHelper output)
{
    [SharedFact]
    public void TestSplit_MeetsTargets()
    {
        var items = StanceEvaluation.Load();
        var train = StanceEvaluation.Evaluate(items.Where(i => i.Split == "train"), "train");
        var test = StanceEvaluation.Evaluate(items.Where(i => i.Split == "test"), "test");
        output.WriteLine(train.Render());
        output.WriteLine(test.Render());
        output.WriteLine(StanceEvaluation.Evaluate(items.Where(i => i.Split == "train" && StanceEvaluation.IsRandomFill(i)), "train, random fill").Render());
        output.WriteLine(StanceEvaluation.Evaluate(items.Where(i => i.Split == "test" && StanceEvaluation.IsRandomFill(i)), "test, random fill").Render());
        // The natural samples (corpus/gold/stance/README.md, "Natural sample"): develop on natural-dev and natural-train only.
        var naturalDev = StanceEvaluation.Evaluate(items.Where(i => i.Split == "natural-dev"), "natural-dev");
        var naturalTrain = StanceEvaluation.Evaluate(items.Where(i => i.Split == "natural-train"), "natural-train");
        var naturalTest = StanceEvaluation.Evaluate(items.Where(i => i.Split == "natural-test"), "natural-test");
        output.WriteLine(naturalDev.Render());
        output.WriteLine(naturalTrain.Render());
        output.WriteLine(naturalTest.Render());
        if (Environment.GetEnvironmentVariable("GOVTEXT_DUMP_TRAIN") == "1")
        {
            foreach (var (item, p) in naturalDev.Errors.Concat(naturalTrain.Errors))
            {
                output.WriteLine($"{item.Split.ToUpperInvariant()} row {item.Row}: gold {item.Gold}, predicted {p.Label} ({p.Rule}) :: {Short(item.Answer)}");
            }
        }

        foreach (var split in new[] { "train", "test", "natural-dev", "natural-train", "natural-test" })
        {
            var (n, f1) = StanceEvaluation.PropositionF1(items.Where(i => i.Split == split));
            output.WriteLine($"proposition {split}: n={n}, mean word F1 against the gold proposition {f1:F3}");
        }
        if (Environment.GetEnvironmentVariable("GOVTEXT_DUMP_TRAIN") == "1")
        {
            foreach (var (item, p) in train.Errors)
            {
                output.WriteLine($"TRAIN row {item.Row}: gold {item.Gold}, predicted {p.Label} ({p.Rule}) :: {Short(item.Answer)}");
            }
        }

        // Test errors are printed only on request, so that nobody tunes the rules on them by accident.
        if (Environment.GetEnvironmentVariable("GOVTEXT_DUMP_TEST") == "1")
        {
            foreach (var (item, p) in test.Errors)
            {
                output.WriteLine($"row {item.Row}: gold {item.Gold}, predicted {p.Label} ({p.Rule}) :: {Short(item.Answer)}");
            }
        }

        // Target 0.90 (issue 4); measured 0.882 at the time of writing — this guards against regressions (docs/stance.md).
        Assert.True(test.DenialF1 >= 0.87, $"denial F1 {test.DenialF1:F3}");
        Assert.True(test.Accuracy >= 0.85, $"six-way accuracy {test.Accuracy:F3}");
    }

    /// <summary>
    /// The answers of official documents (corpus/gold/stance/documents.jsonl, 525 pairs labelled blind in session 11),
    /// read by GovText's own parser: never tuned on. Guards against regressions below the figure measured when they
    /// were labelled (accuracy 0.650, denial F1 0.486; docs/stance.md).
    /// </summary>
    [SharedFact]
    public void DocumentsSplit_IsMeasured()
    {
        var items = StanceEvaluation.LoadDocuments();
        Assert.Equal(525, items.Count);
        Assert.Equal(262, items.Count(i => i.Gold == GovText.Claims.StanceLabel.Other));
        var report = StanceEvaluation.Evaluate(items, "documents-test");
        output.WriteLine(report.Render());

        // Session 12 read the claims (not the stance labels) of the 14 PDFs and 4 text extractions and wrote lexicon lines
        // from sentences in them; the Limburg CSV answers were not read. Reported apart (docs/stance.md).
        output.WriteLine(StanceEvaluation.Evaluate(items.Where(i => i.Source!.StartsWith("corpus/csv/", StringComparison.Ordinal)), "documents-test, Limburg CSV answers").Render());
        output.WriteLine(StanceEvaluation.Evaluate(items.Where(i => !i.Source!.StartsWith("corpus/csv/", StringComparison.Ordinal)), "documents-test, PDFs and text extractions").Render());
        var (n, f1) = StanceEvaluation.PropositionF1(items);
        output.WriteLine($"proposition documents-test: n={n}, mean word F1 against the gold proposition {f1:F3}");
        Assert.True(report.Accuracy >= 0.63, $"six-way accuracy {report.Accuracy:F3}");
        Assert.True(report.DenialF1 >= 0.46, $"denial F1 {report.DenialF1:F3}");
    }

    /// <summary>
    /// 200 natural-test pairs labelled a second time by a separate blind annotator session
    /// (corpus/gold/stance/agreement-natural.jsonl): how reproducible the labels are where the classifier is weakest.
    /// Reads only the project's own gold files.
    /// </summary>
    [Fact]
    public void AgreementSample_LabelsAreReproducible()
    {
        static Dictionary<int, string> Labels(string file) => File.ReadLines(Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "stance", file))
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("row").GetInt32(), e => e.GetProperty("label").GetString()!);

        var first = Labels("natural.jsonl");
        var second = Labels("agreement-natural.jsonl");
        Assert.Equal(200, second.Count);
        var rows = second.Keys.ToList();
        Assert.All(rows, r => Assert.True(first.ContainsKey(r), $"row {r} is not in natural.jsonl"));
        var agree = rows.Count(r => first[r] == second[r]) / (double)rows.Count;
        var byLabel = first.Values.Concat(second.Values).Distinct();
        var chance = byLabel.Sum(l => rows.Count(r => first[r] == l) / (double)rows.Count * (rows.Count(r => second[r] == l) / (double)rows.Count));
        var kappa = (agree - chance) / (1 - chance);
        output.WriteLine($"agreement sample: n={rows.Count}, six-way agreement {agree:F3}, Cohen's kappa {kappa:F3}");
        Assert.Equal(190, rows.Count(r => first[r] == second[r]));
        Assert.True(kappa > 0.9, $"kappa {kappa:F3}");
    }

    /// <summary>
    /// Answers written by separate blind sessions from the guidelines (corpus/gold/stance/README.md, "Written answers"):
    /// phrasings the CSV rarely holds. written.jsonl and written-implicit.jsonl are development sets (the session-12
    /// rules were written from their errors); written-test.jsonl and written-test-2.jsonl were never tuned on. Guarded against regressions.
    /// </summary>
    [Theory]
    [InlineData("written.jsonl", 0.85, 0.90)]
    [InlineData("written-implicit.jsonl", 0.62, 0.90)]
    [InlineData("written-test.jsonl", 0.56, 0.74)]
    [InlineData("written-test-2.jsonl", 0.82, 0.85)]
    [InlineData("written-precision.jsonl", 0.82, 0.88)]
    [InlineData("written-context.jsonl", 0.55, 0.68)]
    public void WrittenAnswers_AreMeasured(string file, double minimumAccuracy, double minimumDenialF1)
    {
        var items = File.ReadLines(Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "stance", file))
            .Where(l => l.Length > 0)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .Select(e => new StanceEvaluation.Item(e.GetProperty("id").GetInt32(), file, GovText.Claims.StanceNames.Parse(e.GetProperty("label").GetString()!),
                e.GetProperty("question").GetString()!, e.GetProperty("answer").GetString()!))
            .ToList();
        Assert.Equal(240, items.Count);
        var report = StanceEvaluation.Evaluate(items, file);
        output.WriteLine(report.Render());
        Assert.True(report.Accuracy >= minimumAccuracy, $"six-way accuracy {report.Accuracy:F3}");
        Assert.True(report.DenialF1 >= minimumDenialF1, $"denial F1 {report.DenialF1:F3}");
    }

    private static string Short(string s)
    {
        s = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return s.Length > 140 ? s[..140] : s;
    }
}
