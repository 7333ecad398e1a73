using System.Globalization;
using System.Text.Json;
using GovText.Contradictions;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Contradictions;

/// <summary>
/// The project's evaluation set (corpus/cases/cases.jsonl): every denial is run against the pooled evidence of all
/// cases. Recall at rank 1: the top finding of a positive case's denial pairs it with its own evidence. False-alarm
/// rate: a negative control's denial is paired with its own (non-contradicting) evidence.
/// </summary>
public sealed class CaseEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("govtext-cases-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    public sealed record Case(string Id, bool Positive, string? ExpectedType, string Denial, string? DenialDate, string Evidence, string? EvidenceDate);

    public static List<Case> Load()
    {
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(Path.Combine(SharedCorpus.RepoRoot, "corpus", "cases", "cases.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var e = JsonDocument.Parse(line).RootElement;
            string? S(JsonElement o, string k) => o.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            cases.Add(new Case(
                S(e, "id")!,
                S(e, "label") == "contradiction",
                S(e, "expectedType"),
                S(e.GetProperty("denial"), "text")!,
                S(e.GetProperty("denial"), "date"),
                S(e.GetProperty("evidence"), "text")!,
                S(e.GetProperty("evidence"), "date")));
        }

        return cases;
    }

    [Fact]
    public void Cases_RecallAtRank1AndFalseAlarms()
    {
        var cases = Load();
        Assert.True(cases.Count(c => c.Positive) >= 15 && cases.Count(c => !c.Positive) >= 15, "at least 15 cases of each kind");
        var statements = Directory.CreateDirectory(Path.Combine(_temp, "statements")).FullName;
        var reporting = Directory.CreateDirectory(Path.Combine(_temp, "reporting")).FullName;
        var evidenceFile = new Dictionary<string, string>(StringComparer.Ordinal); // evidence text → file
        var denialFile = new Dictionary<string, string>(StringComparer.Ordinal); // denial text → file (identical denials share one file)
        foreach (var c in cases)
        {
            if (!denialFile.ContainsKey(c.Denial))
            {
                var path = Path.Combine(statements, c.Id + ".txt");
                File.WriteAllText(path, Dated(c.DenialDate) + c.Denial + "\n");
                denialFile[c.Denial] = path;
            }

            if (!evidenceFile.ContainsKey(c.Evidence))
            {
                var path = Path.Combine(reporting, c.Id + ".txt");
                File.WriteAllText(path, Dated(c.EvidenceDate) + c.Evidence + "\n");
                evidenceFile[c.Evidence] = path;
            }
        }

        var analysis = GovText.Contradictions.Contradictions.Run([statements], [reporting]);
        int hits = 0, anyRank = 0, typed = 0, positives = 0, falseAlarms = 0, controls = 0, spurious = 0;
        foreach (var c in cases)
        {
            var own = evidenceFile[c.Evidence];
            var mine = analysis.Findings.Where(f => f.Denial.File == denialFile[c.Denial]).ToList();
            if (c.Positive)
            {
                positives++;
                var top = mine.FirstOrDefault();
                // Rank 1, ties included: another case's evidence can contradict the same denial equally well.
                var hit = top is not null && mine.TakeWhile(f => f.Score >= top.Score).Any(f => f.Evidence.File == own);
                hits += hit ? 1 : 0;
                anyRank += mine.Any(f => f.Evidence.File == own) ? 1 : 0;
                typed += hit && top!.TypeName == c.ExpectedType ? 1 : 0;
                output.WriteLine($"{c.Id}: {(hit ? "HIT" : "miss")} {(top is null ? "(no finding)" : $"top {top.TypeName} {top.Score:0.00} vs {Path.GetFileName(top.Evidence.File)}")} expected {c.ExpectedType}");
            }
            else
            {
                controls++;
                var alarm = mine.Any(f => f.Evidence.File == own);
                falseAlarms += alarm ? 1 : 0;
                output.WriteLine($"{c.Id}: {(alarm ? "FALSE ALARM" : "ok")}");
            }

            foreach (var f in mine.Where(f => f.Evidence.File != own && !cases.Any(o => o.Denial == c.Denial && evidenceFile[o.Evidence] == f.Evidence.File)))
            {
                spurious++;
                output.WriteLine($"  {c.Id} also paired with {Path.GetFileNameWithoutExtension(f.Evidence.File)}: {f.TypeName} {f.Score:0.00} «{f.Denial.Proposition}» ~ «{f.Evidence.Proposition}»");
            }
        }

        var recall = (double)hits / positives;
        var falseAlarmRate = (double)falseAlarms / controls;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"positives {positives}: recall@1 {recall:F3} ({hits}), any-rank {anyRank}, type correct {typed}; controls {controls}: false alarms {falseAlarms} (rate {falseAlarmRate:F3}); findings pairing a denial with another case's evidence: {spurious}"));

        // Regression guards at the measured values (docs/contradictions.md).
        Assert.True(hits >= 6, $"recall@1 {recall:F3}");
        Assert.True(falseAlarms <= 1, $"false alarms {falseAlarms}");
    }

    private static string Dated(string? date)
    {
        if (date is null)
        {
            return string.Empty;
        }

        var d = date.Replace("XX", "15", StringComparison.Ordinal);
        return DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? $"Datum: {d}\n\n" : string.Empty;
    }
}
