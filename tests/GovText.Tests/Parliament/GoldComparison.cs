using System.Text.Json;
using System.Text.RegularExpressions;
using GovText.Parliament;

namespace GovText.Tests.Parliament;

/// <summary>Compares a parsed document with a gold JSON file (corpus/gold/…); returns every mismatch as a line.</summary>
public static partial class GoldComparison
{
    /// <summary>Minimum word-level similarity for question, answer and footnote texts.</summary>
    public const double TextThreshold = 0.97;

    public static List<string> Compare(KamervraagDocument doc, string goldPath, out GoldStats stats)
    {
        var actual = JsonDocument.Parse(KamervraagJson.ToJson(doc)).RootElement;
        var gold = JsonDocument.Parse(File.ReadAllText(goldPath)).RootElement;
        var problems = new List<string>();
        stats = new GoldStats();

        foreach (var key in new[] { "id", "kind", "vergaderjaar", "subject", "submitted", "received" })
        {
            Field(problems, stats, key, Str(gold, key), Str(actual, key));
        }

        Field(problems, stats, "aanhangselNumber", gold.GetProperty("aanhangselNumber").ToString(), actual.GetProperty("aanhangselNumber").ToString());
        Field(problems, stats, "askers", Join(gold.GetProperty("askers"), a => $"{Str(a, "name")} ({Str(a, "party")})"), Join(actual.GetProperty("askers"), a => $"{Str(a, "name")} ({Str(a, "party")})"));
        Field(problems, stats, "addressees", Join(gold.GetProperty("addressees"), a => a.GetString()), Join(actual.GetProperty("addressees"), a => a.GetString()));
        Field(problems, stats, "seeAlso", Join(gold.GetProperty("seeAlso"), a => a.GetString()), Join(actual.GetProperty("seeAlso"), a => a.GetString()));
        var gb = gold.GetProperty("answeredBy");
        var ab = actual.GetProperty("answeredBy");
        if (gb.ValueKind == JsonValueKind.Null || ab.ValueKind == JsonValueKind.Null)
        {
            Field(problems, stats, "answeredBy", gb.ValueKind.ToString(), ab.ValueKind.ToString());
        }
        else
        {
            foreach (var key in new[] { "office", "name", "portfolio" })
            {
                Field(problems, stats, "answeredBy." + key, Str(gb, key), Str(ab, key));
            }

            Field(problems, stats, "answeredBy.onBehalfOf", Join(gb.GetProperty("onBehalfOf"), a => a.GetString()), Join(ab.GetProperty("onBehalfOf"), a => a.GetString()));
        }

        Blocks(problems, stats, "questions", gold.GetProperty("questions"), actual.GetProperty("questions"), withFootnotes: true);
        Blocks(problems, stats, "answers", gold.GetProperty("answers"), actual.GetProperty("answers"), withFootnotes: false);

        var gf = gold.GetProperty("footnotes").EnumerateArray().ToList();
        var af = actual.GetProperty("footnotes").EnumerateArray().ToList();
        Field(problems, stats, "footnotes.numbers", Join(gold.GetProperty("footnotes"), f => f.GetProperty("number").ToString()), Join(actual.GetProperty("footnotes"), f => f.GetProperty("number").ToString()));
        foreach (var g in gf)
        {
            var n = g.GetProperty("number").GetInt32();
            var a = af.FirstOrDefault(x => x.GetProperty("number").GetInt32() == n);
            if (a.ValueKind == JsonValueKind.Undefined)
            {
                continue;
            }

            Text(problems, stats, $"footnote {n}", Str(g, "text")!, Str(a, "text")!);
            Field(problems, stats, $"footnote {n} urls", Join(g.GetProperty("urls"), u => u.GetString()), Join(a.GetProperty("urls"), u => u.GetString()));
        }

        // pairing: every gold question number maps to the gold answer with the same heading numbers
        foreach (var q in doc.Questions)
        {
            foreach (var n in q.Numbers)
            {
                stats.Pairs++;
                var goldAnswer = gold.GetProperty("answers").EnumerateArray().FirstOrDefault(x => x.GetProperty("numbers").EnumerateArray().Any(v => v.GetInt32() == n));
                var actualAnswer = doc.AnswerTo(n);
                var expected = goldAnswer.ValueKind == JsonValueKind.Undefined ? "-" : Join(goldAnswer.GetProperty("numbers"), v => v.ToString());
                var got = actualAnswer is null ? "-" : string.Join(", ", actualAnswer.Numbers);
                if (expected != got)
                {
                    problems.Add($"pairing of question {n}: gold answer [{expected}], parsed [{got}]");
                }
                else
                {
                    stats.PairsCorrect++;
                }
            }
        }

        return problems;
    }

    private static void Blocks(List<string> problems, GoldStats stats, string name, JsonElement gold, JsonElement actual, bool withFootnotes)
    {
        var g = gold.EnumerateArray().ToList();
        var a = actual.EnumerateArray().ToList();
        Field(problems, stats, name + ".numbers", string.Join(" | ", g.Select(x => Join(x.GetProperty("numbers"), v => v.ToString()))), string.Join(" | ", a.Select(x => Join(x.GetProperty("numbers"), v => v.ToString()))));
        for (var i = 0; i < Math.Min(g.Count, a.Count); i++)
        {
            var label = $"{name}[{Join(g[i].GetProperty("numbers"), v => v.ToString())}]";
            Text(problems, stats, label, Str(g[i], "text")!, Str(a[i], "text")!);
            if (withFootnotes)
            {
                Field(problems, stats, label + ".footnotes", Join(g[i].GetProperty("footnotes"), v => v.ToString()), Join(a[i].GetProperty("footnotes"), v => v.ToString()));
            }
        }
    }

    private static void Field(List<string> problems, GoldStats stats, string name, string? expected, string? actual)
    {
        stats.Fields++;
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add($"{name}: expected \"{expected}\", got \"{actual}\"");
        }
        else
        {
            stats.FieldsCorrect++;
        }
    }

    private static void Text(List<string> problems, GoldStats stats, string name, string expected, string actual)
    {
        stats.Texts++;
        var similarity = Similarity(expected, actual);
        stats.SimilaritySum += similarity;
        if (Normalise(expected) == Normalise(actual))
        {
            stats.TextsExact++;
        }

        if (similarity < TextThreshold)
        {
            problems.Add($"{name}: text similarity {similarity:F3}\n    expected: {Shorten(expected)}\n    got:      {Shorten(actual)}");
        }
    }

    /// <summary>Word-level similarity: 1 − (word edit distance / max word count).</summary>
    public static double Similarity(string a, string b)
    {
        var x = Normalise(a).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var y = Normalise(b).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (x.Length == 0 && y.Length == 0)
        {
            return 1;
        }

        var prev = new int[y.Length + 1];
        var cur = new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }

            (prev, cur) = (cur, prev);
        }

        return 1.0 - (double)prev[y.Length] / Math.Max(x.Length, y.Length);
    }

    private static string Normalise(string s) => Ws().Replace(s, " ").Trim();

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..300] + "…";

    private static string? Str(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString()) : null;

    private static string Join(JsonElement array, Func<JsonElement, string?> f) => string.Join(", ", array.EnumerateArray().Select(f));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Ws();
}

public sealed class GoldStats
{
    public int Fields { get; set; }
    public int FieldsCorrect { get; set; }
    public int Texts { get; set; }
    public int TextsExact { get; set; }
    public double SimilaritySum { get; set; }
    public int Pairs { get; set; }
    public int PairsCorrect { get; set; }
}
