using System.Text;
using System.Text.Json;
using GovText.Claims;
using GovText.Tests.Infrastructure;

namespace GovText.Tests.Claims;

/// <summary>
/// Evaluates the stance classifier on the project's gold labels (corpus/gold/stance/pairs.jsonl and natural.jsonl) over the real pairs
/// in ../shared/corpus/csv/learninglion-qa-pairs-dev.csv: "any denial" P/R/F1 and the six-way confusion matrix.
/// </summary>
public static class StanceEvaluation
{
    public sealed record Item(int Row, string Split, StanceLabel Gold, string Question, string Answer, string? Proposition = null, string? Source = null);

    public sealed record Report(string Split, int Count, double Accuracy, double DenialPrecision, double DenialRecall, double DenialF1, int[,] Confusion, List<(Item Item, StanceResult Predicted)> Errors)
    {
        public string Render()
        {
            var labels = Enum.GetValues<StanceLabel>();
            var sb = new StringBuilder();
            sb.AppendLine($"split {Split}: n={Count}, six-way accuracy {Accuracy:F3}, any-denial P {DenialPrecision:F3} R {DenialRecall:F3} F1 {DenialF1:F3}");
            sb.AppendLine("| gold \\ predicted | " + string.Join(" | ", labels.Select(StanceNames.Of)) + " |");
            sb.AppendLine("|---|" + string.Concat(labels.Select(_ => "---:|")));
            foreach (var g in labels)
            {
                sb.AppendLine($"| {StanceNames.Of(g)} | " + string.Join(" | ", labels.Select(p => Confusion[(int)g, (int)p])) + " |");
            }

            return sb.ToString();
        }
    }

    public static List<Item> Load()
    {
        var rows = GovText.Documents.Csv.CsvTable.Read(SharedCorpus.PathOf("corpus/csv/learninglion-qa-pairs-dev.csv")).Skip(1)
            .Where(r => r.Length >= 4 && int.TryParse(r[0], out _))
            .ToDictionary(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture));
        var items = new List<Item>();
        var files = new[] { "pairs.jsonl", "natural.jsonl" };
        foreach (var line in files.SelectMany(f => File.ReadLines(Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "stance", f))))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var e = JsonDocument.Parse(line).RootElement;
            var row = e.GetProperty("row").GetInt32();
            var r = rows[row];
            var proposition = e.TryGetProperty("proposition", out var pe) && pe.ValueKind == JsonValueKind.String ? pe.GetString() : null;
            items.Add(new Item(row, e.GetProperty("split").GetString()!, StanceNames.Parse(e.GetProperty("label").GetString()!), r[2], r[3], proposition));
        }

        return items;
    }

    /// <summary>
    /// The answers of official documents in ../shared (the Aanhangsel PDFs, the text extractions and the answer documents
    /// of the Limburg CSV) labelled in corpus/gold/stance/documents.jsonl, each paired with the question of its number as
    /// GovText's own parser reads them. All are split "documents-test": never tuned on.
    /// </summary>
    public static List<Item> LoadDocuments()
    {
        var limburg = GovText.Documents.Csv.CsvTable.Read(SharedCorpus.PathOf("corpus/csv/kamervragen-limburg_questions_2024-11_pdf-docx-text.csv")).Skip(1).ToList();
        var parsed = new Dictionary<string, GovText.Parliament.KamervraagDocument>(StringComparer.Ordinal);
        var items = new List<Item>();
        var index = 0;
        foreach (var line in File.ReadLines(Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "stance", "documents.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var e = JsonDocument.Parse(line).RootElement;
            var source = e.GetProperty("source").GetString()!;
            var entry = e.TryGetProperty("entry", out var en) && en.ValueKind == JsonValueKind.String ? en.GetString() : null;
            var key = source + "|" + (entry is null ? string.Empty : e.GetProperty("row").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!parsed.TryGetValue(key, out var document))
            {
                // A CSV entry is read as plain text (as `govtext parse` reads a .txt file), which is how it was labelled.
                document = entry is null
                    ? GovText.Parliament.KamervragenParser.Default.Parse(GovText.Documents.DocumentReader.Default.ReadFile(SharedCorpus.PathOf(source)))
                    : Kamervragen.ParseText(limburg[e.GetProperty("row").GetInt32() - 1][1], "entry.txt");
                parsed[key] = document;
            }

            var numbers = e.GetProperty("answers").EnumerateArray().Select(x => x.GetInt32()).ToList();
            var start = e.GetProperty("answerStart").GetString()!;
            var answer = document.Answers.FirstOrDefault(a => a.Numbers.SequenceEqual(numbers) && a.Text.StartsWith(start, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"documents.jsonl: {key} has no answer {string.Join(",", numbers)} starting with '{start}' (parser changed?)");
            var question = document.Questions.First(q => q.Numbers.Any(answer.Numbers.Contains));

            var proposition = e.TryGetProperty("proposition", out var pe) && pe.ValueKind == JsonValueKind.String ? pe.GetString() : null;
            items.Add(new Item(++index, e.GetProperty("split").GetString()!, StanceNames.Parse(e.GetProperty("label").GetString()!), question.Text, answer.Text, proposition, source));
        }

        return items;
    }

    private static readonly string[] s_prefixPhrases = ["Dat is niet", "Dat klopt niet", "Er is geen", "Mij is niet bekend", "Mij zijn geen", "Voor zover", "Ik ga niet", "Zie het antwoord", "Zie antwoord"];

    /// <summary>
    /// True for the pairs of the gold set's random fill (corpus/gold/stance/README.md): answers that start neither with
    /// "Ja" nor with one of the prefixes the selection took in full ("Nee", "Zie het antwoord", …). They follow the
    /// natural distribution of answers, so their figures are the realistic ones.
    /// </summary>
    public static bool IsRandomFill(Item item)
    {
        var a = item.Answer.TrimStart();
        static bool Word(string a, string w) => a.StartsWith(w, StringComparison.Ordinal) && (a.Length == w.Length || !char.IsLetter(a[w.Length]));
        return !(Word(a, "Ja") || Word(a, "Nee") || Word(a, "Neen") || Word(a, "Niet") || s_prefixPhrases.Any(p => a.StartsWith(p, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Mean bag-of-words F1 between the predicted and the gold proposition over the pairs whose gold label has one
    /// (deny, hedged-deny, scoped-deny, affirm). Gold propositions are free rewrites, so 1.0 is out of reach.
    /// </summary>
    public static (int Count, double MeanF1) PropositionF1(IEnumerable<Item> items)
    {
        var scores = new List<double>();
        foreach (var item in items.Where(i => i.Proposition is not null))
        {
            var predicted = Words(StanceClassifier.Default.Classify(item.Question, item.Answer).Proposition);
            var gold = Words(item.Proposition);
            var common = predicted.GroupBy(w => w).Sum(g => Math.Min(g.Count(), gold.Count(x => x == g.Key)));
            scores.Add(common == 0 ? 0 : 2.0 * common / (predicted.Count + gold.Count));
        }

        return (scores.Count, scores.Count == 0 ? 0 : scores.Average());

        static List<string> Words(string? s) => s is null ? [] : System.Text.RegularExpressions.Regex.Matches(s.ToLowerInvariant(), @"\w+").Select(m => m.Value).ToList();
    }

    public static Report Evaluate(IEnumerable<Item> items, string split)
    {
        var n = Enum.GetValues<StanceLabel>().Length;
        var confusion = new int[n, n];
        int tp = 0, fp = 0, fn = 0, correct = 0, count = 0;
        var errors = new List<(Item, StanceResult)>();
        foreach (var item in items)
        {
            var p = StanceClassifier.Default.Classify(item.Question, item.Answer);
            confusion[(int)item.Gold, (int)p.Label]++;
            count++;
            if (p.Label == item.Gold)
            {
                correct++;
            }
            else
            {
                errors.Add((item, p));
            }

            var goldDenial = item.Gold is StanceLabel.Deny or StanceLabel.HedgedDeny or StanceLabel.ScopedDeny;
            if (p.IsDenial && goldDenial)
            {
                tp++;
            }
            else if (p.IsDenial)
            {
                fp++;
            }
            else if (goldDenial)
            {
                fn++;
            }
        }

        var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Report(split, count, count == 0 ? 0 : (double)correct / count, precision, recall, f1, confusion, errors);
    }
}
