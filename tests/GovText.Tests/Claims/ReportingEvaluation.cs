using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GovText.Claims;
using GovText.Documents.Reporting;
using GovText.Tests.Infrastructure;

namespace GovText.Tests.Claims;

/// <summary>
/// Scores the claims GovText extracts from reporting against a set of annotated articles in corpus/gold/reporting/
/// (README there): how many annotated claims are found, and for those found whether kind, speaker, time made,
/// negation, hedge and quantities agree; and how many annotated denial→evidence pairs the contradiction finder reports
/// (and how many of the pairs annotated as no contradiction it wrongly reports).
/// </summary>
public static partial class ReportingEvaluation
{
    /// <summary>One annotated claim.</summary>
    public sealed record GoldClaim(string File, string Text, string Kind, string Speaker, DateOnly? MadeFrom, DateOnly? MadeTo, bool Negated, string? Hedge, IReadOnlyList<string> Quantities);

    /// <summary>One annotated denial and the later evidence about it.</summary>
    public sealed record GoldPair(string File, string Denial, string Evidence, bool Contradiction);

    /// <summary>The figures of one set.</summary>
    public sealed record Scores(
        int Articles, int Claims, int Found, int KindRight, int SpeakerRight, int Timed, int TimeRight, int NegatedRight,
        int Hedges, int HedgesFound, int Quantities, int QuantitiesFound, int Contradictions, int ContradictionsFound,
        int DeniedClaims, int DeniedClaimsFound, int Controls, int FalseAlarms, IReadOnlyList<string> Misses)
    {
        /// <summary>Share of annotated claims found.</summary>
        public double FoundRate => Claims == 0 ? 0 : (double)Found / Claims;

        /// <inheritdoc />
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"articles {Articles}; claims found {Found}/{Claims} ({FoundRate:P1}); of those found: kind {KindRight}/{Found}, speaker {SpeakerRight}/{Found}, " +
            $"negation {NegatedRight}/{Found}, time made {TimeRight}/{Timed}, hedges {HedgesFound}/{Hedges}, quantities {QuantitiesFound}/{Quantities}; " +
            $"contradictions found {ContradictionsFound}/{Contradictions} (contradicted denials with any evidence {DeniedClaimsFound}/{DeniedClaims}), false alarms {FalseAlarms}/{Controls}");
    }

    /// <summary>The folder of a set.</summary>
    public static string Folder(string set) => Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "reporting", set);

    /// <summary>Scores one set.</summary>
    public static Scores Score(string set)
    {
        var folder = Folder(set);
        var gold = ReadLines(Path.Combine(folder, "claims.jsonl")).Select(e => new GoldClaim(
            e.GetProperty("file").GetString()!, e.GetProperty("text").GetString()!, e.GetProperty("kind").GetString()!,
            e.GetProperty("speaker").GetString() ?? string.Empty, Date(e, "madeFrom"), Date(e, "madeTo"), e.GetProperty("negated").GetBoolean(),
            e.TryGetProperty("hedge", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null,
            e.TryGetProperty("quantities", out var q) ? q.EnumerateArray().Select(x => x.GetString()!).ToList() : [])).ToList();
        var pairs = ReadLines(Path.Combine(folder, "pairs.jsonl")).Select(e => new GoldPair(
            e.GetProperty("file").GetString()!, e.GetProperty("denial").GetString()!, e.GetProperty("evidence").GetString()!,
            e.GetProperty("label").GetString() == "contradiction")).ToList();

        var files = Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var claimsByFile = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var article = ReportingReader.Default.Read(File.ReadAllBytes(file), Path.GetFileName(file));
            claimsByFile[Path.GetFileName(file)] = ClaimExtractor.Default.Extract(article).ToList();
        }

        int found = 0, kind = 0, speaker = 0, timed = 0, time = 0, negated = 0, hedges = 0, hedgesFound = 0, quantities = 0, quantitiesFound = 0;
        var misses = new List<string>();
        foreach (var g in gold)
        {
            var best = Best(claimsByFile.GetValueOrDefault(g.File) ?? [], g.Text);
            if (best is null)
            {
                misses.Add($"{g.File}: not found: {g.Text}");
                continue;
            }

            found++;
            var kindRight = KindName(best.Kind) == g.Kind;
            kind += kindRight ? 1 : 0;
            var speakerRight = SameSpeaker(g.Speaker, best.Speaker);
            speaker += speakerRight ? 1 : 0;
            if (g.MadeFrom is not null)
            {
                timed++;
                var timeRight = best.MadeAt?.From == g.MadeFrom && best.MadeAt?.To == g.MadeTo;
                time += timeRight ? 1 : 0;
                if (!timeRight)
                {
                    misses.Add($"{g.File}: time {best.MadeAt?.From}..{best.MadeAt?.To} for {g.MadeFrom}..{g.MadeTo}: {g.Text}");
                }
            }

            var negatedRight = best.Negated == g.Negated;
            negated += negatedRight ? 1 : 0;
            if (g.Hedge is { Length: > 0 } hedge)
            {
                hedges++;
                // The writers' hedges include scope words ("niet structureel", "op dit moment"), which GovText keeps apart as
                // qualifiers: either counts.
                var hedgeFound = best.Hedges.Concat(best.Qualifiers).Any(x => Overlaps(x, hedge));
                hedgesFound += hedgeFound ? 1 : 0;
                if (!hedgeFound)
                {
                    misses.Add($"{g.File}: hedge «{hedge}» not found (hedges «{string.Join("; ", best.Hedges)}», qualifiers «{string.Join("; ", best.Qualifiers)}»): {g.Text}");
                }
            }

            foreach (var quantity in g.Quantities)
            {
                quantities++;
                var quantityFound = best.Quantities.Any(x => Overlaps(x.Text, quantity));
                quantitiesFound += quantityFound ? 1 : 0;
                if (!quantityFound)
                {
                    misses.Add($"{g.File}: quantity «{quantity}» not found (quantities «{string.Join("; ", best.Quantities.Select(x => x.Text))}»): {g.Text}");
                }
            }

            if (!kindRight || !speakerRight || !negatedRight)
            {
                misses.Add($"{g.File}: kind {KindName(best.Kind)} (gold {g.Kind}), speaker «{best.Speaker?.Name}» (gold «{g.Speaker}»), negated {best.Negated} (gold {g.Negated}): {g.Text}");
            }
        }

        int contradictions = 0, contradictionsFound = 0, controls = 0, falseAlarms = 0;
        var denied = new HashSet<string>(StringComparer.Ordinal);
        var deniedFound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, pairsOfFile) in pairs.GroupBy(p => p.File).Select(g => (g.Key, g.ToList())))
        {
            var findings = GovText.Contradictions.Contradictions.Run([], [Path.Combine(folder, file)]).Findings;
            foreach (var pair in pairsOfFile)
            {
                var reported = findings.Any(f => Covers(f.Denial.Text, pair.Denial) && Covers(f.Evidence.Text, pair.Evidence));
                if (pair.Contradiction)
                {
                    contradictions++;
                    contradictionsFound += reported ? 1 : 0;
                    denied.Add(file + "|" + pair.Denial);
                    if (findings.Any(f => Covers(f.Denial.Text, pair.Denial)))
                    {
                        deniedFound.Add(file + "|" + pair.Denial); // contradicted by some evidence, not necessarily the annotated one
                    }

                    if (!reported)
                    {
                        misses.Add($"{file}: contradiction not found: «{pair.Denial}» ~ «{pair.Evidence}»");
                    }
                }
                else
                {
                    controls++;
                    falseAlarms += reported ? 1 : 0;
                    if (reported)
                    {
                        misses.Add($"{file}: false alarm: «{pair.Denial}» ~ «{pair.Evidence}»");
                    }
                }
            }
        }

        return new Scores(files.Count, gold.Count, found, kind, speaker, timed, time, negated, hedges, hedgesFound, quantities, quantitiesFound,
            contradictions, contradictionsFound, denied.Count, deniedFound.Count, controls, falseAlarms, misses);
    }

    /// <summary>The predicted claim that covers the annotated text best (word F1 ≥ 0.5), or null.</summary>
    private static Claim? Best(List<Claim> claims, string text)
    {
        Claim? best = null;
        var bestScore = 0.5;
        foreach (var claim in claims)
        {
            var score = WordF1(claim.Text, text);
            if (score >= bestScore)
            {
                best = claim;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// A predicted claim stands for an annotated one when their words overlap (F1 ≥ 0.5) or the claim contains the annotated
    /// text (a quotation of two sentences that holds the annotated denial).
    /// </summary>
    private static bool Covers(string predicted, string annotated) =>
        WordF1(predicted, annotated) >= 0.5 || predicted.Contains(annotated.TrimEnd('.'), StringComparison.Ordinal);

    /// <summary>Bag-of-words F1 over lower-cased words.</summary>
    public static double WordF1(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var pool = y.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var shared = 0;
        foreach (var w in x)
        {
            if (pool.TryGetValue(w, out var n) && n > 0)
            {
                shared++;
                pool[w] = n - 1;
            }
        }

        if (shared == 0)
        {
            return 0;
        }

        var p = (double)shared / x.Count;
        var r = (double)shared / y.Count;
        return 2 * p * r / (p + r);
    }

    private static List<string> Words(string s) => Word().Matches(s).Select(m => m.Value.ToLowerInvariant()).ToList();

    private static bool Overlaps(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The same speaker: "the reporting" for the article's own statements; otherwise the names contain one another, or
    /// share a word of four or more letters that is not a function or office word ("minister Van Dijk" ~ "Van Dijk").
    /// </summary>
    private static bool SameSpeaker(string gold, Speaker? predicted)
    {
        if (predicted is null)
        {
            return false;
        }

        if (gold.Equals("the reporting", StringComparison.OrdinalIgnoreCase))
        {
            return predicted.Role == "reporter";
        }

        var names = new[] { predicted.Name, predicted.Mention ?? string.Empty, predicted.Office ?? string.Empty };
        if (names.Any(n => n.Length > 0 && Overlaps(n, gold)))
        {
            return true;
        }

        var goldWords = Words(gold).Where(w => w.Length >= 4 && !s_generic.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return names.SelectMany(Words).Any(goldWords.Contains);
    }

    private static readonly HashSet<string> s_generic = new(StringComparer.Ordinal)
    {
        "minister", "staatssecretaris", "ministerie", "woordvoerder", "van", "voor", "over", "onderzoek", "rapport", "documenten",
        "interne", "stukken", "cijfers", "nieuwe", "het", "de", "een", "kabinet", "directeur", "voorzitter",
    };

    private static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Quote => "quote",
        ClaimKind.ReportedSpeech => "reported-speech",
        ClaimKind.Evidence => "evidence",
        ClaimKind.Statement => "statement",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static DateOnly? Date(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? DateOnly.Parse(v.GetString()!, CultureInfo.InvariantCulture) : null;

    private static IEnumerable<JsonElement> ReadLines(string path)
    {
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return JsonDocument.Parse(line).RootElement.Clone();
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex Word();
}
