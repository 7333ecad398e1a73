using System.Collections.Immutable;
using System.Globalization;
using GovText.Claims;

namespace GovText.Contradictions;

/// <summary>Options of the <see cref="ContradictionFinder"/>. Immutable.</summary>
public sealed record FinderOptions
{
    /// <summary>The defaults.</summary>
    public static FinderOptions Default { get; } = new();

    /// <summary>Findings below this score are not reported (default 0.6).</summary>
    public double MinScore { get; init; } = 0.6;

    /// <summary>Maximum candidates retrieved from the index per denial (default 1,000).</summary>
    public int MaxCandidates { get; init; } = 1_000;
}

/// <summary>Progress of a streaming run.</summary>
/// <param name="DenialsDone">Denials processed.</param>
/// <param name="Findings">Findings so far.</param>
public readonly record struct FinderProgress(int DenialsDone, int Findings);

/// <summary>
/// Decides whether candidate claims contradict a denial: entities aligned (with aliases), predicates aligned through
/// the predicate-equivalence lexicon, opposite polarity, typed as negation, quantity, scope or antonym, with timing
/// and a score in [0, 1] built from explainable reasons. Claims that merely share a topic are not reported: a finding
/// needs the same actor, the same object and a compatible predicate. Immutable and thread-safe.
/// </summary>
public sealed partial class ContradictionFinder
{
    /// <summary>Creates a finder.</summary>
    /// <param name="options">Options; null for defaults.</param>
    public ContradictionFinder(FinderOptions? options = null) => Options = options ?? FinderOptions.Default;

    /// <summary>The shared finder with default options.</summary>
    public static ContradictionFinder Default { get; } = new();

    /// <summary>The options.</summary>
    public FinderOptions Options { get; }

    /// <summary>True for claims that can be contradicted: asserted denials with a proposition.</summary>
    /// <param name="claim">A claim.</param>
    /// <returns>Whether it is a denial.</returns>
    public static bool IsDenial(Claim claim) =>
        claim is { Negated: true, Denial: not null, Hypothetical: false } && claim.Proposition is { Predicate: not null, Object: not null, Negated: true };

    /// <summary>True for claims that can serve as evidence: asserted, positive, with a predicate.</summary>
    /// <param name="claim">A claim.</param>
    /// <returns>Whether it can be evidence.</returns>
    public static bool IsEvidence(Claim claim) =>
        claim is { Negated: false, Hypothetical: false } && claim.Kind != ClaimKind.QuotedInQuestion && claim.Proposition is { Predicate: not null, Object: not null };

    /// <summary>All findings for the denials against the index, best first.</summary>
    /// <param name="denials">Claims; those that are not denials are skipped.</param>
    /// <param name="index">The evidence index.</param>
    /// <returns>Findings ordered by score (then denial date, then source position).</returns>
    public ImmutableArray<Finding> Find(IEnumerable<Claim> denials, IClaimIndex index) =>
        [.. Order(FindStreaming(denials, index))];

    /// <summary>Findings per denial as they are found (unordered across denials), with progress and cancellation.</summary>
    /// <param name="denials">Claims; those that are not denials are skipped.</param>
    /// <param name="index">The evidence index.</param>
    /// <param name="progress">Receives progress after each denial.</param>
    /// <param name="cancellationToken">Cancels the run between denials.</param>
    /// <returns>The findings.</returns>
    public IEnumerable<Finding> FindStreaming(IEnumerable<Claim> denials, IClaimIndex index, IProgress<FinderProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(denials);
        ArgumentNullException.ThrowIfNull(index);
        var done = 0;
        var found = 0;
        var seen = new HashSet<(string, string)>();
        foreach (var denial in denials)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsDenial(denial))
            {
                foreach (var evidence in index.Candidates(denial, Options.MaxCandidates))
                {
                    if (Match(denial, evidence) is { } finding && finding.Score >= Options.MinScore && seen.Add((Key(denial), Key(evidence))))
                    {
                        found++;
                        yield return finding;
                    }
                }
            }

            done++;
            progress?.Report(new FinderProgress(done, found));
        }
    }

    /// <summary>Orders findings: score, then earlier denial, then source position.</summary>
    /// <param name="findings">Findings.</param>
    /// <returns>Ordered findings.</returns>
    public static IEnumerable<Finding> Order(IEnumerable<Finding> findings) =>
        findings.OrderByDescending(f => f.Score)
            .ThenBy(f => f.DenialDate ?? DateOnly.MaxValue)
            .ThenBy(f => f.Denial.File, StringComparer.Ordinal)
            .ThenBy(f => f.Denial.Span.Start)
            .ThenBy(f => f.Evidence.Span.Start);

    /// <summary>Decides whether one claim contradicts one denial.</summary>
    /// <param name="denial">The denial.</param>
    /// <param name="evidence">The candidate evidence.</param>
    /// <returns>The finding, or null.</returns>
    public Finding? Match(Claim denial, Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(denial);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!IsDenial(denial) || !IsEvidence(evidence) || (evidence.File == denial.File && evidence.Span == denial.Span))
        {
            return null;
        }

        var d = denial.Proposition!;
        var e = evidence.Proposition!;
        var reasons = ImmutableArray.CreateBuilder<string>();
        double score = 0;

        // Entities: the same object, and the same actor (or an actor missing on one side).
        if (!Same(d.Object, e.Object))
        {
            return null;
        }

        score += 0.25;
        reasons.Add($"object aligned: {d.Object} ({Mention(denial, d.Object)} ~ {Mention(evidence, e.Object)})");
        if (d.Subject is not null && e.Subject is not null)
        {
            if (!Same(d.Subject, e.Subject))
            {
                return null;
            }

            score += 0.25;
            reasons.Add($"actor aligned: {d.Subject} ({Mention(denial, d.Subject)} ~ {Mention(evidence, e.Subject)})");
        }
        else if (d.Subject is not null && !evidence.Entities.Any(x => Same(x.Canonical, d.Subject)))
        {
            return null; // the denial names an actor; evidence about an unnamed actor ("twee Belgische rechercheurs") is not about it
        }
        else
        {
            score += 0.1;
            reasons.Add("actor named on one side only");
        }

        // Predicates.
        var alignment = PredicateRelations.Default.Alignment(d.Predicate, e.Predicate);
        if (alignment <= 0)
        {
            return null;
        }

        if (RestrictedUse().IsMatch(evidence.Text) && !denial.NegationCues.Any(c => c is "nooit" or "niemand" or "nergens" or "niets")
            && !denial.Text.Contains("geen enkel", StringComparison.OrdinalIgnoreCase))
        {
            // "… wordt alleen nog gebruikt wanneer de bewoner kiest voor een maatwerkprocedure" affirms a restricted case;
            // it contradicts an absolute denial ("nooit"), not one that may concern another case.
            return null;
        }

        score += 0.2 * alignment;
        reasons.Add(alignment >= 1
            ? $"predicate aligned: \"{d.Predicate}\" ~ \"{e.Predicate}\""
            : $"predicate entailed: evidence \"{e.Predicate}\" implies \"{d.Predicate}\"");

        // Type.
        var count = evidence.Quantities.Where(q => q.Min >= 1).OrderByDescending(q => q.Max is not null).FirstOrDefault();
        ContradictionType type;
        if (denial.AntonymCue is { } antonym)
        {
            type = ContradictionType.Antonym;
            score += 0.15;
            reasons.Add($"denial by implicative verb \"{antonym}\" against evidence of \"{e.Predicate}\"");
        }
        else if (denial.Denial == StanceLabel.ScopedDeny && denial.Qualifiers.Length > 0 && !denial.Qualifiers.Any(q => ScopeWordIn(q, evidence.Text)))
        {
            type = ContradictionType.Scope;
            score += 0.12;
            reasons.Add($"scoped denial \"{string.Join("; ", denial.Qualifiers)}\" against evidence outside that scope");
        }
        else if (count is not null)
        {
            type = ContradictionType.Quantity;
            var exact = count.Max is not null && count.Max - count.Min < 1000 && !IsVague(count.Text);
            score += exact ? 0.2 : 0.12;
            var zero = denial.Quantities.FirstOrDefault(q => q.IsZero);
            reasons.Add($"quantity: \"{zero?.Text ?? string.Join("/", denial.NegationCues)}\" against \"{count.Text}\"");
        }
        else
        {
            type = ContradictionType.Negation;
            score += 0.1;
            reasons.Add($"polarity: \"{string.Join("/", denial.NegationCues)}\" against an affirmative statement");
        }

        if (denial.Hedges.Length > 0)
        {
            reasons.Add($"hedged denial: \"{string.Join("; ", denial.Hedges)}\"");
        }

        // Timing.
        // A claim's own time wins over its document's date (a quoted 2020 answer inside 2021 questions is from 2020).
        var denialFrom = denial.MadeAt is { } dm ? dm.From : denial.DocumentDate;
        var denialTo = denial.MadeAt is { } dm2 ? dm2.To ?? dm2.From : denial.DocumentDate;
        var evidenceFrom = evidence.MadeAt is { } em ? em.From : evidence.DocumentDate;
        var evidenceTo = evidence.MadeAt is { } em2 ? em2.To ?? em2.From : evidence.DocumentDate;
        var timing = Timing.Unknown;
        if (denialTo is { } dt && evidenceFrom is { } ef && ef > dt)
        {
            timing = Timing.LaterReporting;
            score += 0.1;
            reasons.Add($"later reporting: denial {Format(denial.MadeAt, denialFrom)}, evidence {Format(evidence.MadeAt, evidenceFrom)}");
        }
        else if (denialFrom is { } df && evidenceTo is { } et && et <= df)
        {
            timing = Timing.DenialDespitePriorReporting;
            score += 0.03;
            reasons.Add($"denial despite prior reporting: evidence {Format(evidence.MadeAt, evidenceTo)}, denial {Format(denial.MadeAt, denialFrom)}");
        }
        else
        {
            reasons.Add("timing unknown: " + (denialFrom is null ? "the denial is undated" : evidenceFrom is null && evidenceTo is null ? "the evidence is undated" : "the periods overlap"));
        }

        return new Finding(denial, evidence, type, Math.Round(Math.Min(1, score), 3), reasons.ToImmutable(), timing, denialFrom, evidenceFrom ?? evidenceTo);
    }

    /// <summary>The same canonical entity, the same lemma, or a compound and its head ("gezichtsherkenningssoftware" ~ "software").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\balleen\s+(?:nog\s+)?(?:\S+\s+){0,4}?(?:wanneer|als|indien|zolang|mits|in\s+het\s+geval)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RestrictedUse();

    private static bool Same(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return false;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 5 && !shorter.Contains(' ', StringComparison.Ordinal) && longer.EndsWith(shorter, StringComparison.OrdinalIgnoreCase);
    }

    private static string Mention(Claim claim, string? canonical) =>
        claim.Entities.FirstOrDefault(x => string.Equals(x.Canonical, canonical, StringComparison.OrdinalIgnoreCase))?.Text ?? canonical ?? "?";

    private static bool ScopeWordIn(string qualifier, string text)
    {
        var words = qualifier.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("niet" or "geen" or "nooit")).ToList();
        return words.Count > 0 && words.All(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsVague(string text) =>
        text.StartsWith("tientallen", StringComparison.OrdinalIgnoreCase) || text.StartsWith("honderden", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("enkele", StringComparison.OrdinalIgnoreCase) || text.StartsWith("meerdere", StringComparison.OrdinalIgnoreCase);

    private static string Format(TimeReference? t, DateOnly? d) =>
        t is not null ? $"{t.Text}" : d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    private static string Key(Claim c) => $"{c.Speaker?.Name}|{string.Join(' ', c.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()}";
}
