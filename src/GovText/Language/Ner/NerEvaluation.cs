using System.Text.Json;

namespace GovText.Language;

/// <summary>Exact-span evaluation of the NER annotator on the gold set in <c>corpus/gold/ner/sentences.jsonl</c>.</summary>
internal static class NerEvaluation
{
    internal sealed record GoldEntity(int Start, int End, string Type);

    internal sealed record GoldSentence(string Id, string Document, string Text, string Split, List<GoldEntity> Entities);

    internal sealed class Counts
    {
        public int TruePositives;
        public int FalsePositives;
        public int FalseNegatives;

        public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public override string ToString() =>
            FormattableString.Invariant($"P {Precision:P1} R {Recall:P1} F1 {F1:P1} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
    }

    internal sealed class Result
    {
        public Counts Coarse { get; } = new();

        public Counts AllFine { get; } = new();

        public Dictionary<string, Counts> PerType { get; } = NerLabels.FineTypes.ToDictionary(t => t, _ => new Counts(), StringComparer.Ordinal);

        public void Print(TextWriter writer)
        {
            writer.WriteLine($"coarse (PER/ORG/LOC/MISC) {Coarse}");
            writer.WriteLine($"all fine types           {AllFine}");
            foreach (var (type, counts) in PerType)
            {
                writer.WriteLine($"  {type,-18} {counts}");
            }
        }
    }

    /// <summary>The document key of a gold id: the first two dash-separated parts ("qa-0012", "lb-07", "pdf-1771").</summary>
    internal static string DocumentOf(string id)
    {
        var parts = id.Split('-');
        return parts.Length >= 2 ? parts[0] + "-" + parts[1] : id;
    }

    public static List<GoldSentence> Load(string path)
    {
        var result = new List<GoldSentence>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            var entities = root.GetProperty("entities").EnumerateArray()
                .Select(e => new GoldEntity(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("type").GetString()!))
                .ToList();
            result.Add(new GoldSentence(id, DocumentOf(id), root.GetProperty("text").GetString()!, root.GetProperty("split").GetString()!, entities));
        }

        return result;
    }

    /// <summary>Character spans (start, end, fine type) of the "ner" layer of an analysed text.</summary>
    public static IEnumerable<GoldEntity> Predicted(TokenizedText text)
    {
        foreach (var sentence in text)
        {
            if (!sentence.Annotations.TryGetValue("ner", out var spans))
            {
                continue;
            }

            foreach (var span in spans)
            {
                yield return new GoldEntity(span.StartIn(sentence), span.EndIn(sentence), span.Label);
            }
        }
    }

    public static Result Evaluate(IEnumerable<GoldSentence> sentences, DutchPipeline pipeline, Result? into = null)
    {
        var result = into ?? new Result();
        foreach (var sentence in sentences)
        {
            var predicted = Predicted(pipeline.Process(sentence.Text)).ToList();
            Score(sentence.Entities, predicted, result);
        }

        return result;
    }

    public static void Score(IReadOnlyList<GoldEntity> gold, IReadOnlyList<GoldEntity> predicted, Result result)
    {
        Tally(gold, predicted, result.AllFine, e => e.Type);
        Tally(gold, predicted, result.Coarse, e => NerLabels.ToCoarse(e.Type));
        foreach (var type in NerLabels.FineTypes)
        {
            Tally(gold, predicted, result.PerType[type], e => e.Type == type ? type : null);
        }
    }

    private static void Tally(IReadOnlyList<GoldEntity> gold, IReadOnlyList<GoldEntity> predicted, Counts counts, Func<GoldEntity, string?> map)
    {
        var g = gold.Select(e => (e.Start, e.End, Type: map(e))).Where(e => e.Type is not null).ToHashSet();
        var p = predicted.Select(e => (e.Start, e.End, Type: map(e))).Where(e => e.Type is not null).ToHashSet();
        var tp = g.Count(p.Contains);
        counts.TruePositives += tp;
        counts.FalsePositives += p.Count - tp;
        counts.FalseNegatives += g.Count - tp;
    }
}
