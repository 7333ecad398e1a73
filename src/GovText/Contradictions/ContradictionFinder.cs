using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
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
/// and a score in [0, 1] built from explainable reasons. When no proposition aligns, a weaker content match compares the
/// two claims' content words under guards against other actors, scopes and periods (scored lower, so a topic shared by
/// accident stays below the threshold). Immutable and thread-safe.
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

    /// <summary>
    /// True for claims that can be contradicted: asserted denials (a claim-level <see cref="Claim.Denial"/>, not
    /// hypothetical). Those with a full negated proposition are matched on it; the others on their content words. A
    /// quotation inside a question counts only when the question names who said it (the addressee, a predecessor, a
    /// named source): a quoted headline ("Bent u bekend met het artikel «Aanbieders komen niet rond»?", role
    /// "publication") or words of an unnamed source (role "unknown") are nobody's denial to hold to account. Nor is a negative
    /// finding of research, an audit or documents (kind <see cref="ClaimKind.Evidence"/>: "Uit de stukken blijkt niet dat …",
    /// "De ADR vond geen aanwijzingen …"): it reports what was found, it denies nothing on anyone's behalf — unless the body
    /// said it ("De inspectie liet weten dat haar geen signalen bekend zijn"). A source's reassurance without a negation
    /// (<see cref="IsReassurance"/>: "op schema", "binnen de termijn", "binnen het budget") counts too; its claim keeps
    /// <see cref="Claim.Negated"/> false and no <see cref="Claim.Denial"/> label.
    /// </summary>
    /// <param name="claim">A claim.</param>
    /// <returns>Whether it is a denial.</returns>
    public static bool IsDenial(Claim claim) =>
        (claim is { Negated: true, Denial: not null, Hypothetical: false }
        && (claim.Kind != ClaimKind.Evidence || (claim.Attribution is { } frame && SpokenFrame().IsMatch(frame)))
        && !(claim.Kind == ClaimKind.QuotedInQuestion && claim.Speaker?.Role is "publication" or "unknown"))
        || IsReassurance(claim);

    /// <summary>
    /// A reassurance a source gives without a negation, which denies a problem: "Project Kompas ligt op schema en binnen het
    /// afgesproken budget", "Aanvragen worden binnen de termijn afgehandeld", "Het gaat om incidenten". Only quoted or reported
    /// words of a source (not the reporter's, not a document's findings).
    /// </summary>
    /// <param name="claim">A claim.</param>
    /// <returns>Whether it is a reassurance.</returns>
    public static bool IsReassurance(Claim claim) =>
        claim is { Negated: false, Hypothetical: false, Kind: ClaimKind.Quote or ClaimKind.ReportedSpeech }
        && claim.Speaker?.Role is not ("reporter" or "research") && Reassurance().IsMatch(claim.Text);

    /// <summary>
    /// "op schema", "volgens planning", "binnen de (wettelijke) termijn"; "binnen het (afgesproken) budget", "binnen de
    /// begroting"; "het gaat om incidenten", "incidentele gevallen", "komt incidenteel voor" — not "incidenteel geld" or "een
    /// incidentele bijdrage", which are one-off money.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<delay>\bop\s+schema\b|\bvolgens\s+(?:de\s+)?(?:planning|schema)\b|\bbinnen\s+de\s+(?:wettelijke\s+|afgesproken\s+|gestelde\s+)?termijn\b)|(?<overrun>\bbinnen\s+(?:het|de)\s+(?:afgesproken\s+|vastgestelde\s+|beschikbare\s+)?(?:budget|begroting)\b)|(?<extent>\bincidentele\s+(?:gevallen|aanpassingen|fouten|problemen|meldingen|klachten|storingen|uitval|situaties)\b|\b(?:komt|kwam|kwamen|komen|gebeurt|gebeurde|gebeurden|voorkomt|voorkwam)\s+(?:\S+\s+){0,2}?incidenteel\b|\bincidenteel\s+voor\b|\b(?:gaat|ging)\s+(?:het\s+)?om\s+incidenten\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Reassurance();

    /// <summary>
    /// True for claims that can serve as evidence: asserted, not part of a question, and positive — or a count of events
    /// that did not happen ("De post kon 64 keer niet uitrukken", "ging het programma 29 keer niet door"), which asserts
    /// that many occurrences, or something kept back ("wordt nog niet gecommuniceerd"), which asserts that it exists.
    /// </summary>
    /// <param name="claim">A claim.</param>
    /// <returns>Whether it can be evidence.</returns>
    public static bool IsEvidence(Claim claim) =>
        claim is { Hypothetical: false } && claim.Kind != ClaimKind.QuotedInQuestion && (!claim.Negated || CountedNegative(claim) || Untold(claim));

    /// <summary>
    /// A negated claim whose negation only says that something was not told ("Overschrijding van circa 45 miljoen wordt in de
    /// voortgangsbrief nog niet gecommuniceerd", "werden die meldingen niet doorgezet naar het ministerie"): it asserts that
    /// what was kept back exists.
    /// </summary>
    private static bool Untold(Claim claim) => (claim.Kind != ClaimKind.Statement || claim.DocumentId is null) && UntoldNegation().IsMatch(claim.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:niet|nooit)\s+(?:\S+\s+){0,4}?(?:gecommuniceerd|gemeld|gedeeld|vermeld|genoemd|openbaar\s+gemaakt|openbaargemaakt|bekendgemaakt|doorgegeven|doorgezet|gerapporteerd)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex UntoldNegation();

    /// <summary>A frame of speaking rather than finding: "liet (vorige week) weten dat", "zei", "verklaarde", "ontkende".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:liet|laat|lieten|laten)\s+(?:\S+\s+){0,3}?weten\b|\b(?:zei|zegt|zeiden|zeggen|verklaarde|verklaart|verklaarden|benadrukte|benadrukt|ontkende|ontkent|reageerde|reageert)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex SpokenFrame();

    /// <summary>A negated claim whose negation is counted: "64 keer niet", "honderden keren niet", "in 17 gevallen geen", "in 31 van de 38 slachthuizen … niet".</summary>
    private static bool CountedNegative(Claim claim) =>
        claim.Quantities.Any(q => q.Min >= 1 && !q.IsDuration && !q.IsRate) && CountedNegation().IsMatch(claim.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:keer|keren|maal)\s+(?:\S+\s+){0,2}?(?:niet|geen)\b|\bin\s+(?:\d[\d.]*|\p{L}+)\s+(?:\S+\s+){0,2}?gevallen\s+(?:\S+\s+){0,3}?(?:niet|geen)\b|\b(?:in|bij)\s+\d[\d.]*\s+van\s+de\s+\d[\d.]*\s+(?:\S+\s+){0,12}?(?:niet|geen)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex CountedNegation();

    private static bool HasDeniedProposition(Claim claim) => claim.Proposition is { Predicate: not null, Object: not null, Negated: true };

    private static bool HasProposition(Claim claim) => claim.Proposition is { Predicate: not null, Object: not null };

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
    /// <remarks>A pair on which a text pattern exceeds its time limit (hostile text) gives no finding.</remarks>
    public Finding? Match(Claim denial, Claim evidence)
    {
        ArgumentNullException.ThrowIfNull(denial);
        ArgumentNullException.ThrowIfNull(evidence);
        try
        {
            return MatchUnguarded(denial, evidence);
        }
        catch (Exception e) when (Patterns.Failed(e))
        {
            return null;
        }
    }

    private Finding? MatchUnguarded(Claim denial, Claim evidence)
    {
        if (evidence.File == denial.File && SameSpeaker(denial, evidence))
        {
            return null; // one speaker in one document: an answer's own statements do not contradict its denial
        }

        if (AnotherBodyOfTheSameKind(denial, evidence) || DeclineAgainstScopedDenial(denial, evidence) || AnotherPurpose(denial, evidence)
            || (PreventingVerb().IsMatch(evidence.Text) && !PreventingVerb().IsMatch(denial.Sentence))
            || (Unchanged().IsMatch(evidence.Text) && !Unchanged().IsMatch(denial.Sentence))
            || (Relocated().IsMatch(evidence.Text) && Disappearing().IsMatch(denial.Text) && !Relocated().IsMatch(denial.Sentence))
            || AnotherNamedPlace(denial, evidence) || EarlierYearAgainstPresent(denial, evidence))
        {
            return null;
        }

        if (evidence.File == denial.File && evidence.DocumentId is not null && evidence.Attribution == "question premise")
        {
            // "Klopt het dat …?" answered "Nee, dat klopt niet.": the answer denies the asker's premise in the same document;
            // the premise is what is denied, not later evidence against the denial.
            return null;
        }

        return IsReassurance(denial) ? MatchReassurance(denial, evidence) : MatchByProposition(denial, evidence) ?? MatchByContent(denial, evidence);
    }

    /// <summary>
    /// A reassurance against evidence of the problem it denies, in the same article: "op schema" or "binnen de termijn" against
    /// a delay, "binnen het budget" against costs above it, "het gaat om incidenten" against a count of cases. The two must
    /// share a noun.
    /// </summary>
    private static Finding? MatchReassurance(Claim denial, Claim evidence)
    {
        if (!IsEvidence(evidence) || (evidence.Negated && !CountedNegative(evidence)) || evidence.File != denial.File || evidence.Sentence == denial.Sentence || IsReassurance(evidence))
        {
            return null;
        }

        var shared = ContentTerms.Shared(ContentTerms.Of(denial), ContentTerms.Of(evidence)).Where(t => t.Noun && !t.Key.StartsWith('≈')).ToList();
        if (shared.Count == 0)
        {
            return null; // the thing reassured about and the thing found must be the same ("aanvragen" ~ "aanvragen")
        }

        var reasons = ImmutableArray.CreateBuilder<string>();
        foreach (System.Text.RegularExpressions.Match m in Reassurance().Matches(denial.Text))
        {
            string? problem = null;
            if (m.Groups["delay"].Success && LateOrDelayed().IsMatch(evidence.Text))
            {
                problem = "a delay";
            }
            else if (m.Groups["overrun"].Success && OverBudget().IsMatch(evidence.Text))
            {
                problem = "costs above the budget";
            }
            else if (m.Groups["extent"].Success && evidence.Kind == ClaimKind.Evidence && CountedEvents(evidence, shared).Any(q => q.Min >= 5 && q.Unit != "procent"))
            {
                problem = "a count of cases";
            }

            if (problem is not null)
            {
                reasons.Add($"reassurance \"{m.Value}\" against evidence of {problem}: {string.Join(", ", shared.Select(t => t.Lemma))}");
                return Timed(denial, evidence, ContradictionType.Negation, 0.6 + (0.05 * Math.Min(shared.Count, 3)), reasons);
            }
        }

        return null;
    }

    /// <summary>
    /// A delay stated as such: "vertraging", "achterstand", "te laat", "langer dan de (wettelijke) termijn", "de termijn werd
    /// overschreden", "loopt achter" — not a mere "termijn" ("op korte termijn", "termijnbedragen") or "op tijd".
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:vertraging\p{L}*|vertraagd|achterstand\p{L}*|achterstallig\p{L}*|uitgesteld|uitstel|te\s+laat|later\s+dan\s+(?:gepland|afgesproken|beloofd)|langer\s+dan\s+(?:de\s+)?(?:wettelijke\s+|gestelde\s+)?termijn|over\s+de\s+termijn|termijn\s+(?:\S+\s+){0,3}?(?:overschreden|verstreken)|loopt\s+(?:\S+\s+){0,3}?achter|achterloopt)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex LateOrDelayed();

    /// <summary>
    /// "boven het budget", "duurder dan begroot", "meer dan begroot", "(budget)overschrijding", "meerkosten", "tegenvaller" — not
    /// a bare "begroot" ("zoals begroot"), which the overrun concept of the content matcher includes.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bboven\s+(?:het|de)\s+(?:\p{L}+\s+)?(?:budget|begroting)\b|\b(?:duurder|meer)\s+dan\s+(?:begroot|gepland|afgesproken)\b|\b\p{L}*overschrijd\p{L}*|\bmeerkosten\b|\b\p{L}*tegenvaller\p{L}*", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex OverBudget();

    private Finding? MatchByProposition(Claim denial, Claim evidence)
    {
        if (!IsDenial(denial) || !HasDeniedProposition(denial) || !IsEvidence(evidence) || evidence.Negated || !HasProposition(evidence) || (evidence.File == denial.File && evidence.Span == denial.Span))
        {
            return null;
        }

        var d = denial.Proposition!;
        var e = evidence.Proposition!;
        var reasons = ImmutableArray.CreateBuilder<string>();
        double score = 0;

        // Entities: the same object, and the same actor (or an actor missing on one side). A pronoun or a frame word
        // ("Het is mij niet bekend dat …" → het — zijn — bekend) aligns nothing.
        if (!Same(d.Object, e.Object) || FrameWord().IsMatch(d.Object!))
        {
            return null;
        }

        if (d.Subject is not null && FrameWord().IsMatch(d.Subject))
        {
            d = d with { Subject = null };
        }

        if (e.Subject is not null && FrameWord().IsMatch(e.Subject))
        {
            e = e with { Subject = null };
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
        ContradictionType type;
        if (denial.AntonymCue is { } antonym)
        {
            type = ContradictionType.Antonym;
            score += 0.15;
            reasons.Add($"denial by implicative verb \"{antonym}\" against evidence of \"{e.Predicate}\"");
            if (denial.Hedges.Length > 0)
            {
                reasons.Add($"hedged denial: \"{string.Join("; ", denial.Hedges)}\"");
            }
        }
        else
        {
            (type, var bonus) = TypeOf(denial, evidence, reasons, s_propositionWeights);
            score += bonus;
        }

        return Timed(denial, evidence, type, score, reasons);
    }

    /// <summary>What a type adds to the score: a proposition match weighs its type more than a content match.</summary>
    private readonly record struct TypeWeights(double Scope, double ExactCount, double VagueCount, double CountedThing, double Polarity);

    private static readonly TypeWeights s_propositionWeights = new(0.12, 0.2, 0.12, 0, 0.1);

    private static readonly TypeWeights s_contentWeights = new(0.12, 0.15, 0.1, 0.1, 0.05);

    /// <summary>Scope, quantity or negation, with its reasons (and the denial's hedges), and what it adds to the score.</summary>
    private static (ContradictionType Type, double Bonus) TypeOf(Claim denial, Claim evidence, ImmutableArray<string>.Builder reasons, TypeWeights weights)
    {
        // A count, or a rate ("negen examens per examinator per dag"), which weighs as a vague count; a duration is no count.
        var measured = weights.CountedThing > 0 ? Measured(denial, evidence) : null;
        var count = measured?.Quantity ?? evidence.Quantities.Where(q => q.Min >= 1 && !q.IsDuration).OrderByDescending(q => q.Max is not null && !q.IsRate).FirstOrDefault();
        (ContradictionType Type, double Bonus) result;
        if (denial.Denial == StanceLabel.ScopedDeny && denial.Qualifiers.Length > 0 && !denial.Qualifiers.Any(q => ScopeWordIn(q, evidence.Text)))
        {
            if (denial.Qualifiers.All(q => SenseScope().IsMatch(q)) && !FormalAct().IsMatch(evidence.Text))
            {
                // "niet in formele zin ingestemd" against "zal zich maximaal inspannen": the denial is limited to the formal
                // sense, and an informal pledge is what it leaves room for; only a formal act (an agreement, a decision)
                // contradicts it. Extent scopes ("niet centraal") are contradicted by what happened outside them.
                result = (ContradictionType.Scope, -0.15);
                reasons.Add($"denial limited to the formal sense (\"{string.Join("; ", denial.Qualifiers)}\"), evidence without a formal act");
            }
            else
            {
                result = (ContradictionType.Scope, weights.Scope);
                reasons.Add($"scoped denial \"{string.Join("; ", denial.Qualifiers)}\" against evidence outside that scope");
                if (weights.CountedThing > 0 && count is not null && !count.IsRate && count.Unit is not ("procent" or "fraction"))
                {
                    // "geen structurele achterstand" against "ruim 61.000 bezwaarschriften te laat afgehandeld": a count outside the
                    // scope weighs too. A share is left out: "2,9 procent van de ritten" may as well bear the denial out. Only for
                    // content matches: an aligned proposition is scored on its own terms.
                    result.Bonus += weights.VagueCount;
                    reasons.Add($"and a count: \"{count.Text}\"");
                }
            }
        }
        else if (count is not null)
        {
            var exact = count.Max is not null && count.Max - count.Min < 1000 && !IsVague(count.Text) && !count.IsRate;
            result = (ContradictionType.Quantity, exact ? weights.ExactCount : weights.VagueCount);
            var zero = denial.Quantities.FirstOrDefault(q => q.IsZero);
            reasons.Add($"quantity: \"{zero?.Text ?? string.Join("/", denial.NegationCues)}\" against \"{count.Text}\"");
            if (measured is { } m)
            {
                // "geen sprake van enige vertraging" against "een vertraging van negen tot twaalf maanden": the evidence gives the
                // size of what the denial says does not exist.
                result.Bonus += weights.CountedThing;
                reasons.Add($"the evidence measures the denied thing: \"{m.Noun} van {m.Quantity.Text}\"");
            }
            else if (weights.CountedThing > 0 && zero?.Unit is { } zeroUnit
                && evidence.Quantities.FirstOrDefault(q => q.Min >= 1 && q.Unit is { } u && SameCountedThing(zeroUnit, u)) is { } counted)
            {
                // "geen enkele bushalte" against "23 bushaltes": the evidence counts exactly what the denial says is zero.
                result.Bonus += weights.CountedThing;
                reasons.Add($"the evidence counts the denied thing: \"{zero.Text}\" ~ \"{counted.Text}\"");
            }
        }
        else
        {
            result = (ContradictionType.Negation, weights.Polarity);
            reasons.Add($"polarity: \"{string.Join("/", denial.NegationCues)}\" against an affirmative statement");
        }

        if (denial.Hedges.Length > 0)
        {
            reasons.Add($"hedged denial: \"{string.Join("; ", denial.Hedges)}\"");
        }

        return result;
    }

    /// <summary>
    /// A quantity in the evidence that gives the size of a noun the denial names: "een vertraging van negen tot twaalf maanden",
    /// "een overschrijding van 30 miljoen euro" against a denial of "vertraging" or "overschrijding".
    /// </summary>
    private static (QuantityMention Quantity, string Noun)? Measured(Claim denial, Claim evidence)
    {
        List<ContentTerm>? nouns = null;
        foreach (var q in evidence.Quantities)
        {
            // Cheap test first (this runs for every candidate): "van" within the few words before the quantity.
            var van = q.Start <= 0 || q.Start > evidence.Text.Length ? -1 : evidence.Text.LastIndexOf(" van ", q.Start - 1, Math.Min(q.Start, 30), StringComparison.OrdinalIgnoreCase);
            if (q.Min <= 0 || van < 0 || MeasuredNoun().Match(evidence.Text[Math.Max(0, van - 40)..q.Start]) is not { Success: true } m)
            {
                continue;
            }

            nouns ??= [.. ContentTerms.Of(denial).Where(t => t.Noun && t.Lemma.Length >= 4)];
            var noun = m.Groups["noun"].Value;
            if (nouns.Any(t => noun.StartsWith(t.Lemma, StringComparison.OrdinalIgnoreCase)))
            {
                return (q, noun);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?<noun>\p{L}{4,})\s+van\s+(?:(?:circa|ruim|bijna|ongeveer|zeker|minstens|gemiddeld|maar\s+liefst)\s+)?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MeasuredNoun();

    /// <summary>Adds the timing of denial and evidence to the score and reasons, and builds the finding.</summary>
    private static Finding Timed(Claim denial, Claim evidence, ContradictionType type, double score, ImmutableArray<string>.Builder reasons)
    {
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
            if (et < df && ContentTerms.Of(evidence).Any(t => t.Key == "≈awareness") && !UnawareWords().IsMatch(evidence.Text))
            {
                // "Mij zijn geen signalen bekend" or "er zijn geen naheffingen onterecht opgelegd" after a memo or e-mail that
                // warned of it ("een bekend probleem"): the denial came after a warning of the very thing, which weighs as much
                // as later evidence.
                score += 0.07;
                reasons.Add("denied after an earlier warning or report of it");
            }
            else if (et < df && evidence.Kind == ClaimKind.Evidence && evidence.File == denial.File && evidence.DocumentId is null && PastOrPerfect().IsMatch(denial.Text))
            {
                // "Wij hebben nooit met de omroep over de programmering gesproken" after a meeting record of 15 October 2024 in which
                // it was discussed: a denial of something past, which the earlier record the same article cites shows happened. In a
                // Kamervragen document the research the questions cite is weighed as before: the answer to those questions is the
                // denial despite prior reporting, and the first denial that later reporting contradicts stays first.
                score += 0.05;
                reasons.Add("denies a past event that an earlier record shows");
            }
        }
        else
        {
            reasons.Add("timing unknown: " + (denialFrom is null ? "the denial is undated" : evidenceFrom is null && evidenceTo is null ? "the evidence is undated" : "the periods overlap"));
        }

        return new Finding(denial, evidence, type, Math.Round(Math.Min(1, score), 3), reasons.ToImmutable(), timing, denialFrom, evidenceFrom ?? evidenceTo);
    }

    /// <summary>
    /// Claims that state the same fact in other words: the denial and the evidence share at least two content words, one
    /// of them a noun ("geen enkel kind … meer dan één nacht zonder bed" ~ "Sommige kinderen sliepen vijf nachten …
    /// zonder bed"), with no sign of different actors (other countries, or the evidence's actor only a side part of the
    /// denial); across documents they must also name the same entity. Scored lower than a proposition match: such a
    /// finding needs a count, a scope or a wide overlap to reach the default threshold.
    /// </summary>
    private Finding? MatchByContent(Claim denial, Claim evidence)
    {
        if (!IsDenial(denial) || !IsEvidence(evidence) || (evidence.File == denial.File && (evidence.Span == denial.Span || evidence.Sentence == denial.Sentence)))
        {
            return null;
        }

        if ((evidence.File != denial.File && !SharesAName(denial, evidence)) || (evidence.DocumentId is not null && evidence.Kind == ClaimKind.Statement))
        {
            // Across documents words alone tie too much together: the two must also name the same entity. An answer's
            // sentences in a Kamervragen document respond to the questions; as evidence they need an aligned proposition.
            return null;
        }

        var denied = ContentTerms.Of(denial);
        var shared = ContentTerms.Shared(denied, ContentTerms.Of(evidence));
        if (denial.Proposition?.Predicate is { } dp && evidence.Proposition?.Predicate is { } ep && !shared.Any(t => t.Lemma == dp)
            && PredicateRelations.Default.Alignment(dp, ep) > 0)
        {
            shared.Add(new ContentTerm(dp, dp, Noun: false)); // "inzetten" ~ "gebruiken": the same predicate class counts as a shared word
        }

        if (shared.Count > 0 && shared.All(t => t.Key == "≈decrease") && SpendingCut().IsMatch(denial.Text) && !SpendingWord().IsMatch(evidence.Sentence)
            && !evidence.Quantities.Any(q => q.Unit == "euro"))
        {
            // "er is geen sprake van een bezuiniging" against "het aantal meldingen van vandalisme is gedaald, van 58 naar 31": a cut
            // is a fall in spending, and the evidence's fall is of something else.
            return null;
        }

        // In the denial's own article, a finding of documents, research or an inspection ("Uit de stukken blijkt …", "Volgens de
        // inspectie …") needs one shared content word or concept: the article sets the topic ("verwerkingsfouten „niet
        // structureel”" ~ "de fouten „structureel van aard”").
        // So does the article's own count of events or cases ("De post kon 64 keer niet uitrukken", "Bij 12,7 procent daarvan werd
        // de termijn overschreden"): the reporter states what the research found. Against a scoped denial ("hooguit incidenteel",
        // "geen structurele leegstand") such a count contradicts the scope itself, so one shared word suffices however long
        // the denial ("312 keer een kind … op een stoel" ~ "het hooguit incidenteel voorkwam dat gezinnen met kinderen geen bed
        // hadden").
        var events = evidence.File == denial.File ? CountedEvents(evidence, shared) : [];
        var counted = events.Count > 0 && evidence.Kind == ClaimKind.Statement && evidence.DocumentId is null;
        var finding = evidence.File == denial.File && (evidence.Kind == ClaimKind.Evidence || counted);
        // "Er is nooit een situatie waarin een kazerne niet kan uitrukken" against "De post kon 64 keer niet uitrukken": the
        // article counts the very negative the denial says never happens; the negated verb is the shared fact.
        var countedNegative = finding && events.Count > 0 && CountsTheDeniedNegative(denial, evidence);
        // "De liften zijn niet langer dan een week buiten gebruik geweest" against the article's "De langste storing duurde 25
        // dagen": a measure past the bound the denial sets; the measured dimension ("lang") may be the only shared word.
        var articleFinding = evidence.File == denial.File && (evidence.Kind == ClaimKind.Evidence || (evidence.Kind == ClaimKind.Statement && evidence.DocumentId is null));
        var exceeded = evidence.File == denial.File ? ExceedsTheDeniedBound(denial, evidence) : null;
        // "Voor zover wij kunnen nagaan, zijn er geen klachten binnengekomen" (a woordvoerder van ProRail) against "diende zeven
        // klachten in via het webformulier van ProRail": the article counts occurrences the denial says are none, at the body
        // that denied them.
        var zeroCounted = exceeded is null && articleFinding && CountsTheDeniedZero(denial, evidence);
        if (shared.Count < (finding || exceeded is not null || zeroCounted ? 1 : IndexKeys.MinSharedContent)
            || (!shared.Any(t => t.Noun || (finding && t.Lemma.StartsWith('≈'))) && !countedNegative && exceeded is null)
            || DisjointPeriods(denial, evidence) || (!(finding && events.Count > 0 && denial.Denial == StanceLabel.ScopedDeny) && exceeded is null && !zeroCounted && shared.Count < 0.25 * denied.Count(t => !t.Key.StartsWith('≈')))
            || DifferentCountries(denial, evidence) || DifferentNamedActors(denial, evidence) || ActorOnlyMentioned(denial, evidence) || OutsideFrontedScope(denial, evidence) || OutsideTrailingPlace(denial, evidence) || Elsewhere(denial, evidence) || AfterTheDeniedPeriod(denial, evidence)
            || OnTimeAgainstDelay(denial, evidence))
        {
            return null;
        }

        if (RestrictedUse().IsMatch(evidence.Text) && !denial.NegationCues.Any(c => c is "nooit" or "niemand" or "nergens" or "niets")
            && !denial.Text.Contains("geen enkel", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var reasons = ImmutableArray.CreateBuilder<string>();
        var score = 0.35 + (0.05 * Math.Min(shared.Count, 5));
        reasons.Add($"same words, no aligned proposition: {string.Join(", ", shared.Select(t => t.Lemma))}");
        if (countedNegative)
        {
            reasons.Add("the denial says a negative never happens; the evidence counts it");
        }
        var (type, bonus) = TypeOf(denial, evidence, reasons, s_contentWeights);
        score += bonus;
        if (exceeded is { } past)
        {
            type = ContradictionType.Quantity;
            score += 0.15;
            reasons.Add($"the evidence exceeds the bound the denial sets: \"{past.Bound.Text}\" against \"{past.Measure.Text}\"");
        }

        return Timed(denial, evidence, type, score, reasons);
    }

    /// <summary>
    /// A denial of a negative ("Er is nooit een situatie waarin een kazerne niet kan uitrukken", "Het komt niet voor dat
    /// patiënten niet worden geholpen") and negated evidence ("kon 64 keer niet uitrukken") whose negation governs the same
    /// content word as the denial's inner negation.
    /// </summary>
    private static bool CountsTheDeniedNegative(Claim denial, Claim evidence)
    {
        if (!evidence.Negated || DeniedNegative().Match(denial.Text) is not { Success: true } inner || NegatedWords().Match(evidence.Text) is not { Success: true } negated)
        {
            return false;
        }

        var denied = ContentTerms.OfText(inner.Groups["after"].Value);
        var counted = ContentTerms.OfText(negated.Groups["after"].Value);
        return denied.Any(t => counted.Any(c => c.Key == t.Key));
    }

    /// <summary>A negation, then a subordinate clause with a negation of its own: the words after the inner "niet".</summary>
    [GeneratedRegex(@"\b(?:nooit|geen|niet|niemand|nergens)\b[^.;]*?\b(?:waarin|waarbij|waarop|dat|die|wanneer|als)\s[^.;]*?\bniet\b(?<after>(?:\s+[\p{L}-]+){1,4})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DeniedNegative();

    /// <summary>
    /// A denied excess ("niet langer dan een week", "nooit meer dan twee keer") and a measure in the evidence past it in the same
    /// dimension ("25 dagen", "ruim drie weken", "vijf keer"): the bound and the measure, or null.
    /// </summary>
    private static (QuantityMention Bound, QuantityMention Measure)? ExceedsTheDeniedBound(Claim denial, Claim evidence)
    {
        foreach (var bound in denial.Quantities)
        {
            var at = denial.Text.IndexOf(bound.Text, StringComparison.Ordinal);
            if (at < 0 || !ExcessWord().IsMatch(bound.Text) || !DeniedBefore().IsMatch(denial.Text[..at]) || bound.Unit is null)
            {
                continue;
            }

            foreach (var measure in evidence.Quantities)
            {
                if (measure.Unit is null || measure.IsRate || measure.Min <= 0 || BoundOrCondition().IsMatch(evidence.Text[..Math.Max(0, evidence.Text.IndexOf(measure.Text, StringComparison.Ordinal))]))
                {
                    continue;
                }

                // "langer dan zes maanden" as a measure is itself past a bound of six months.
                var beyond = ExcessWord().IsMatch(measure.Text);
                var past = bound.IsDuration && measure.IsDuration
                    ? Days(measure.Min, measure.Unit) > Days(bound.Min, bound.Unit) || (beyond && Days(measure.Min, measure.Unit) >= Days(bound.Min, bound.Unit))
                    : !bound.IsDuration && !measure.IsDuration && SameCountedThing(bound.Unit, measure.Unit) && (measure.Min > bound.Min || (beyond && measure.Min >= bound.Min));
                if (past)
                {
                    return (bound, measure);
                }
            }

            if (bound.IsDuration && DateSpan().Match(evidence.Text) is { Success: true } span
                && Spotters.MonthNumber(span.Groups["mb"].Value.ToLowerInvariant()) is var endMonth and > 0)
            {
                // "De lift was van 3 tot en met 27 februari buiten gebruik": 25 days.
                var startMonth = span.Groups["ma"].Success ? Spotters.MonthNumber(span.Groups["ma"].Value.ToLowerInvariant()) : endMonth;
                var from = new DateOnly(2001, startMonth, Math.Min(int.Parse(span.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture), 28));
                var to = new DateOnly(startMonth <= endMonth ? 2001 : 2002, endMonth, Math.Min(int.Parse(span.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture), 28));
                var days = to.DayNumber - from.DayNumber + (span.Groups["incl"].Success ? 1 : 0);
                if (days > Days(bound.Min, bound.Unit))
                {
                    return (bound, new QuantityMention(span.Value, days, days, "dag", span.Index));
                }
            }
        }

        return null;

        static double Days(double n, string unit) => n * unit switch
        {
            "jaar" => 365,
            "maand" => 30,
            "week" => 7,
            "uur" => 1 / 24.0,
            "minuut" => 1 / 1440.0,
            _ => 1,
        };
    }

    /// <summary>A span of days: "van 3 tot en met 27 februari", "van 28 januari tot 4 februari".</summary>
    [GeneratedRegex(@"\bvan\s+(?<a>\d{1,2})(?:\s+(?<ma>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))?\s+tot(?<incl>\s+en\s+met)?\s+(?<b>\d{1,2})\s+(?<mb>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateSpan();

    /// <summary>
    /// The denial says there were no occurrences of a kind ("geen klachten", "geen enkele melding") and the evidence counts
    /// them ("zeven klachten") and names the body whose spokesperson denied them ("via het webformulier van ProRail").
    /// </summary>
    private static bool CountsTheDeniedZero(Claim denial, Claim evidence)
    {
        if (denial.Quantities.FirstOrDefault(q => q.IsZero && q.Unit is { } u && EventUnit().IsMatch(u)) is not { Unit: { } unit }
            || !evidence.Quantities.Any(q => q.Min >= 1 && q.Unit is { } u && SameCountedThing(unit, u)))
        {
            return false;
        }

        var body = string.Join(' ', denial.Speaker?.Name, denial.Speaker?.Mention, denial.Speaker?.Office);
        return ProperWord().Matches(body).Any(w => w.Value.Length >= 3 && ContainsWord(evidence.Text, w.Value));
    }

    /// <summary>True when <paramref name="word"/> stands in <paramref name="text"/> as a whole word ("ProRail", not "ProRails").</summary>
    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised word that is no sentence opener ("ProRail", "Oudenhaven").</summary>
    [GeneratedRegex(@"(?<=^|\s)(?!(?:De|Het|Een|Dit|Dat|Deze|Die|Directeur|Woordvoerder|Minister|Wethouder|Burgemeester)\b)(?-i:\p{Lu})[\p{L}-]+", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex ProperWord();

    /// <summary>"langer dan", "meer dan", "vaker dan": an excess.</summary>
    [GeneratedRegex(@"^(?:langer|meer|vaker|later|hoger|groter)\s+dan\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ExcessWord();

    /// <summary>
    /// "niet", "nooit", "nergens": the negation just before an excess ("niet langer dan een week"); or none of a group is past it
    /// ("Er zijn geen pluimveehouders die langer dan zes maanden … wachten").
    /// </summary>
    [GeneratedRegex(@"\b(?:niet|nooit|nergens)\s+(?:\p{L}+\s+)?$|\b(?:geen|niemand)\s+(?:\p{L}+\s+){0,3}?(?:die|dat)\s+(?:\p{L}+\s+){0,3}?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DeniedBefore();

    /// <summary>The words after the evidence's "niet" ("kon 64 keer niet uitrukken, vooral …").</summary>
    [GeneratedRegex(@"\bniet\b(?<after>(?:\s+[\p{L}-]+){1,4})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NegatedWords();

    /// <summary>
    /// The counts of events or cases in the evidence: counts of at least one that are no duration, rate or sum of money (a
    /// budget is another matter), none when the shared words are just the thing counted ("Het basisteam heeft negentien
    /// wijkagenten" counts a stock, it does not say that one disappeared).
    /// </summary>
    private static IReadOnlyList<QuantityMention> CountedEvents(Claim evidence, List<ContentTerm> shared)
    {
        var counts = evidence.Quantities.Where(q => q.Min >= 1 && !q.IsDuration && !q.IsRate && q.Unit != "euro"
            && ((q.Unit is { } unit && EventUnit().IsMatch(unit)) || ShareOf().IsMatch(evidence.Text[q.Start..]))
            && !BoundOrCondition().IsMatch(evidence.Text[..Math.Min(q.Start, evidence.Text.Length)])).ToList();
        return counts.Count > 0 && shared.Any(t => !counts.Any(q => q.Unit is { } unit && unit.StartsWith(t.Lemma, StringComparison.OrdinalIgnoreCase)))
            ? counts
            : [];
    }

    /// <summary>Units that count occurrences rather than things: times, shares, cases, reports.</summary>
    [GeneratedRegex(@"^(?:keer|keren|maal|procent|gevallen|meldingen|klachten|incidenten|signalen|overtredingen)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex EventUnit();

    /// <summary>
    /// Text before a count that makes it no occurrence: an upper bound ("bleef onder de 1,5 procent", "hooguit") or a condition
    /// ("als de uitval boven de 5 procent blijft").
    /// </summary>
    [GeneratedRegex(@"\b(?:onder(?:\s+de)?|beneden|minder\s+dan|hooguit|maximaal|nog\s+geen|niet\s+meer\s+dan)\s*$|\b(?:als|indien|wanneer|zodra|mocht|tenzij)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BoundOrCondition();

    /// <summary>A count of a set named before: "twee van die gesprekken", "31 van de 38 slachthuizen", "2.340 van hen".</summary>
    [GeneratedRegex(@"^\S+\s+van\s+(?:de|die|deze|hen|hun|het|dat)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ShareOf();

    /// <summary>
    /// Both claims refer to a resolved period and the periods do not overlap ("in 2023 geen enkele vlucht" against "In 2021
    /// vonden wel 14 nachtelijke vluchten plaats"): the evidence is about another time.
    /// </summary>
    /// <remarks>Only a year or month named with "in" ("in 2023", "In maart 2021") counts: "dan in 2023" compares, "tot juni 2022" bounds.</remarks>
    private static bool DisjointPeriods(Claim denial, Claim evidence) =>
        denial.RefersTo is { From: { } df, To: { } dt } d && evidence.RefersTo is { From: { } ef, To: { } et } e && (et < df || ef > dt)
        && InPeriod(denial, d) && InPeriod(evidence, e);

    private static bool InPeriod(Claim claim, TimeReference time) =>
        YearPeriod().IsMatch(time.Text) && claim.Text.IndexOf(time.Text, StringComparison.Ordinal) is var at and >= 0
        && !ComparedPeriod().IsMatch(claim.Text[..at]);

    [GeneratedRegex(@"^in\s+(?:\p{L}+\s+)?\d{4}$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex YearPeriod();

    [GeneratedRegex(@"\b(?:dan|als|met)\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ComparedPeriod();

    /// <summary>
    /// The denial limits itself with a fronted phrase ("Bij aanvragen van projectsubsidies wordt niet gevraagd …") whose
    /// words the evidence does not share: the evidence may be about another case ("aan bis-instellingen is gevraagd …").
    /// </summary>
    private static bool OutsideFrontedScope(Claim denial, Claim evidence)
    {
        if (FrontedScope().Match(denial.Text) is not { Success: true } scope)
        {
            return false;
        }

        var words = EditorialInsertion().Replace(scope.Value, " "); // "[voor cultuur]": an editor's gloss, not the speaker's scope
        var scoped = ContentTerms.Of(denial).Where(t => t.Noun && words.Contains(t.Lemma[..Math.Min(4, t.Lemma.Length)], StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        return scoped.Length > 0 && ContentTerms.Shared(scoped, ContentTerms.Of(evidence)).Count == 0;
    }

    /// <summary>
    /// The evidence says it is about another place ("aan de Dorpsweg in het naburige Kleiwaard", "in een andere regio",
    /// "in de buurgemeente") and the denial does not name that place: a comparison, not a contradiction.
    /// </summary>
    private static bool Elsewhere(Claim denial, Claim evidence) =>
        (ElsewhereWords().Match(evidence.Text) is { Success: true } m ? m : OtherBody().Match(evidence.Sentence)) is { Success: true } found
        && !(ElsewhereWords().IsMatch(denial.Text) || OtherBody().IsMatch(denial.Sentence)
            || (found.Groups["place"].Success && denial.Text.Contains(found.Groups["place"].Value, StringComparison.Ordinal)));

    /// <summary>"Stichting Kaaistad Onderwijs, het andere schoolbestuur in Ommerveen": the source says it is another body.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\been\s+andere?\s+(?:\p{Ll}+e\s+)?(?:bedrijf|organisatie|instelling|ziekenhuis|school|aanbieder|zorgaanbieder|vervoerder|leverancier|bureau|corporatie|woningcorporatie|waterschap|omgevingsdienst|veiligheidsregio|politie-eenheid|GGD)\b|\b(?:het|de)\s+andere\s+(?!(?:kant|kanten|verhaal|keer|helft|woorden|dag|week|maand|jaar)\b)(?:\p{Ll}+e\s+)?(?:\p{Ll}{3,}(?=[\s,.;:]|$)|schoolbestuur|bestuur|school|scholengroep|ziekenhuis|gemeente|provincie|regio|locatie|vestiging|organisatie|instelling|corporatie|woningcorporatie|aanbieder|zorgaanbieder|GGD|waterschap|politie-eenheid|basisteam|afdeling|bedrijf|vervoerder)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex OtherBody();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:(?:het|de)\s+(?:naburige|nabijgelegen|aangrenzende)\s+(?<place>\p{Lu}[\p{L}-]+)|naburige|nabijgelegen|aangrenzende|buurgemeenten?|(?:een|de)\s+andere\s+(?:gemeente|regio|provincie|locatie|vestiging|wijk|stad|dorp))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ElsewhereWords();

    /// <summary>
    /// The denial ends on a place it is limited to ("geen enkele strafzaak is verjaard door de achterstanden bij de
    /// rechtbanken") that the evidence does not name ("112 strafzaken verjaard voordat een verdachte voor de rechter kon
    /// verschijnen"): the evidence may be about another part of the chain.
    /// </summary>
    private static bool OutsideTrailingPlace(Claim denial, Claim evidence)
    {
        if (TrailingPlace().Match(denial.Text) is not { Success: true } place)
        {
            return false;
        }

        var noun = place.Groups["n"].Value.ToLowerInvariant();
        var stem = noun.EndsWith("en", StringComparison.Ordinal) && noun.Length > 6 ? noun[..^2] : noun.EndsWith('s') && noun.Length > 5 ? noun[..^1] : noun;
        return !evidence.Sentence.Contains(stem, StringComparison.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bbij\s+(?:de|het|een)\s+(?:\p{L}+\s+)?(?<n>\p{L}{4,})[\s.”""»’']*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex TrailingPlace();

    [System.Text.RegularExpressions.GeneratedRegex(@"\[[^\]]*\]", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex EditorialInsertion();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:bij|voor|binnen|onder|in\s+het\s+kader\s+van)\s+(?!zover\b)[^,]{3,80}?(?=\s+(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|kan|kunnen|zal|zullen)\b)|^(?:sinds|vanaf)\s+(?!(?:\d|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|vorig|vorige|dit|deze|afgelopen)\b)[^,]{3,80}?,", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FrontedScope();

    /// <summary>
    /// The denial covers a period up to a moment ("voorafgaand aan het debat", "vóór 1 januari") and the evidence tells
    /// what happened after it ("Nadat …", "na afloop van", "sindsdien"): no contradiction.
    /// </summary>
    private static bool AfterTheDeniedPeriod(Claim denial, Claim evidence) =>
        BeforeBound().IsMatch(denial.Text) && AfterMarker().IsMatch(evidence.Sentence);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:voorafgaand\s+aan|vóór|voordat|tot\s+(?:aan|het\s+moment))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex BeforeBound();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:nadat|na\s+afloop|daarna|sindsdien|naderhand|achteraf)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex AfterMarker();

    /// <summary>"zegt niet te weten of …", "was niet bekend", "onbekend": no awareness.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bniet\s+(?:te\s+)?(?:weten|wist|bekend|op\s+de\s+hoogte)\b|\bonbekend\b|\bgeen\s+(?:weet|kennis|signalen|meldingen)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex UnawareWords();

    private static bool SameSpeaker(Claim a, Claim b) => a.Speaker is { } x && b.Speaker is { } y && x.Name == y.Name && x.Role == y.Role;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:het|er|dit|dat|die|deze|zij|ze|wij|we|ik|hij|men|u|bekend|duidelijk|mogelijk|nodig|waar|juist|zo|geval|sprake)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex FrameWord();

    /// <summary>The same counted noun, singular or plural, or one the head of the other ("bushalte" ~ "bushaltes" ~ "haltes").</summary>
    private static bool SameCountedThing(string a, string b)
    {
        static string Stem(string w)
        {
            var x = w.ToLowerInvariant();
            return x.EndsWith("en", StringComparison.Ordinal) && x.Length > 5 ? x[..^2] : x.EndsWith('s') && x.Length > 4 ? x[..^1] : x;
        }

        var (x, y) = (Stem(a), Stem(b));
        return x == y || (x.Length >= 4 && y.EndsWith(x, StringComparison.Ordinal)) || (y.Length >= 4 && x.EndsWith(y, StringComparison.Ordinal));
    }

    /// <summary>Both claims name the same organisation, body, person or place ("Clearview AI", "de NZa", "Lindenhaven").</summary>
    private static bool SharesAName(Claim denial, Claim evidence) =>
        denial.Entities.Any(d => d.Type is "Organization" or "GovernmentBody" or "Person" or "Location"
            && evidence.Entities.Any(e => e.Type == d.Type && Same(e.Canonical, d.Canonical)));

    /// <summary>Both claims name countries (or their adjectives), and none in common: "Nederlandse opsporingsdiensten" against "Belgische rechercheurs".</summary>
    private static bool DifferentCountries(Claim denial, Claim evidence)
    {
        var a = Countries(denial.Text);
        var b = Countries(evidence.Text);
        return a.Count > 0 && b.Count > 0 && !a.Overlaps(b);
    }

    private static HashSet<string> Countries(string text)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match m in Country().Matches(text))
        {
            var w = m.Value.ToLowerInvariant();
            result.Add(w switch
            {
                _ when w.StartsWith("nederland", StringComparison.Ordinal) => "nl",
                _ when w.StartsWith("belg", StringComparison.Ordinal) => "be",
                _ when w.StartsWith("amerika", StringComparison.Ordinal) || w.StartsWith("verenigde staten", StringComparison.Ordinal) => "us",
                _ when w.StartsWith("duits", StringComparison.Ordinal) => "de",
                _ when w.StartsWith("brit", StringComparison.Ordinal) || w.StartsWith("engel", StringComparison.Ordinal) || w.StartsWith("verenigd koninkrijk", StringComparison.Ordinal) => "uk",
                _ when w.StartsWith("fran", StringComparison.Ordinal) => "fr",
                _ when w.StartsWith("rus", StringComparison.Ordinal) => "ru",
                _ when w.StartsWith("chin", StringComparison.Ordinal) => "cn",
                _ => w,
            });
        }

        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Nederland(?:se?)?|Belgi[ëe]|Belgische?|Amerika(?:anse?)?|Verenigde\s+Staten|Duitsland|Duitse?|Brit(?:se?|tannië)|Engelse?|Verenigd\s+Koninkrijk|Frankrijk|Franse?|Rusland|Russische?|China|Chinese?)\b", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex Country();

    /// <summary>
    /// The denial names its actor (an organisation, body or person) and the evidence is about another one: a different name
    /// ("de Nationale Politie" against "de FBI"), or evidence that does not mention the denial's actor at all ("Niet alleen
    /// Amerikaanse handhavingsinstanties maken gebruik van …").
    /// </summary>
    private static bool DifferentNamedActors(Claim denial, Claim evidence)
    {
        if (NamedActor(denial) is not { } actor || (evidence.Proposition?.Subject is { } other && Same(actor, other)))
        {
            return false;
        }

        return NamedActor(evidence) is not null || !evidence.Entities.Any(e => Same(e.Canonical, actor));
    }

    /// <summary>
    /// The denial is by or about one body ("directeur … van GGD Maas en Veen", "Waterschap Peelrand") and the evidence names
    /// another of the same kind and not that one ("GGD Heuvelrand-Zuid heeft … overgeslagen"): a different actor. A denial
    /// that names no body of a kind is about the one of that kind its article named last before it ("GGD Maas en Veen …
    /// De GGD had dat steeds volgehouden: „Er is geen enkele locatie overgeslagen”").
    /// </summary>
    /// <summary>
    /// A denial scoped by extent admits the thing and denies its extent ("Van structurele uitval is geen sprake"); evidence that the
    /// thing declined ("in 2025 viel 1,2 procent van de ritten uit, tegen 4,8 procent twee jaar eerder", "het aantal
    /// klachten daalde") does not show that extent. A denial that itself speaks of a decline ("geen daling") is left to the
    /// other rules.
    /// </summary>
    private static bool DeclineAgainstScopedDenial(Claim denial, Claim evidence)
    {
        if (denial.Denial != StanceLabel.ScopedDeny || !denial.Qualifiers.Any(q => ExtentQualifier().IsMatch(q)) || DeclineWord().IsMatch(denial.Text))
        {
            return false; // a scope of time or place ("op dit moment geen plannen om te bezuinigen") is contradicted by a decline
        }

        if (DeclineVerb().IsMatch(evidence.Text))
        {
            return true;
        }

        // "X, tegen Y twee jaar eerder": the figure now is lower than the earlier one it is set against.
        if (ComparedWithEarlier().Match(evidence.Text) is not { Success: true } against)
        {
            return false;
        }

        var now = evidence.Quantities.Where(q => q.Start < against.Index).LastOrDefault();
        var before = evidence.Quantities.FirstOrDefault(q => q.Start >= against.Index);
        return now is not null && before is not null && now.Unit == before.Unit && now.Min < before.Min;
    }

    /// <summary>A verb of decline in the evidence: "daalde", "nam … af", "halveerde", "liep … terug".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:daalde|daalden|daalt|dalen|gedaald|afgenomen|nam\s+(?:\S+\s+){0,4}?af|namen\s+(?:\S+\s+){0,4}?af|neemt\s+(?:\S+\s+){0,4}?af|halveerde|gehalveerd|teruggelopen|liep\s+(?:\S+\s+){0,4}?terug|verminderd)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DeclineVerb();

    /// <summary>A denial that itself speaks of a decline ("geen daling", "niet minder"): the decline guard stays out of it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:daling|afname|dalen|daalt|daalde|gedaald|afgenomen|vermindering|verminderd|krimp|teruggang|minder|lager|verlaagd|verlaging)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex DeclineWord();

    /// <summary>", tegen 4,8 procent twee jaar eerder": a figure set against an earlier one.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@",\s*tegen\s+(?:nog\s+)?(?=[^;]{0,60}?\b(?:eerder|daarvoor|ervoor|vorig\s+jaar|het\s+jaar\s+daarvoor|in\s+(?:19|20)\d\d)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ComparedWithEarlier();

    /// <summary>A scope of extent ("structureel", "stelselmatig", "op grote schaal"), not of time or place.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:structure\p{L}*|stelselmatig\p{L}*|grootschalig\p{L}*|op\s+grote\s+schaal|wezenlijk\p{L}*|substanti\p{L}*|significant\p{L}*|aanzienlijk\p{L}*|systematisch\p{L}*)", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex ExtentQualifier();

    /// <summary>
    /// The two name the same thing for different ends ("het budget voor de reddingsbrigade" against "het budget voor
    /// strandbeheer"), and the evidence does not mention the denial's: another thing of the same kind.
    /// </summary>
    private static bool AnotherPurpose(Claim denial, Claim evidence)
    {
        foreach (Match d in NounFor().Matches(denial.Text))
        {
            var noun = d.Groups["n"].Value;
            if (ForAnotherEnd(evidence, d.Groups["w"].Value, n => n.Equals(noun, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        // "bezuinigt niet op de bewaking van haar stranden" against "het budget voor strandbeheer daalt": money for another end.
        foreach (Match d in CutOn().Matches(denial.Text))
        {
            if (ForAnotherEnd(evidence, d.Groups["w"].Value, n => MoneyNoun().IsMatch(n)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The evidence has a noun that <paramref name="noun"/> accepts serving another end than <paramref name="end"/>, and does not mention that end.</summary>
    private static bool ForAnotherEnd(Claim evidence, string end, Func<string, bool> noun)
    {
        var stem = Stem(end);
        if (evidence.Sentence.Contains(stem, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (Match e in NounFor().Matches(evidence.Text))
        {
            var other = e.Groups["w"].Value;
            if (noun(e.Groups["n"].Value) && !Stem(other).Equals(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;

        static string Stem(string word) => word[..Math.Min(5, word.Length)];
    }

    /// <summary>"bezuinigt (niet) op de bewaking", "korten op de subsidie", "snijden in het onderhoud": the end a cut concerns.</summary>
    [GeneratedRegex(@"\b(?:bezuinig\p{L}*|kort(?:en|t|te|ten)?|gekort|snijd(?:en|t)?|sneed|gesneden)\s+(?:\S+\s+){0,2}?(?:op|in)\s+(?:de\s+|het\s+|een\s+)?(?<w>\p{L}{4,})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex CutOn();

    [GeneratedRegex(@"^(?:\p{L}*budget|\p{L}*subsidie|bijdrage|geld|middelen|bedrag|potje)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MoneyNoun();

    /// <summary>A cut in spending: "bezuiniging", "bezuinigen", "besparing", "korting op", "gekort".</summary>
    [GeneratedRegex(@"\b(?:bezuinig\p{L}*|bespar\p{L}*|korting\p{L}*|kort(?:en|t|te|ten)\s+op|gekort)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SpendingCut();

    /// <summary>A word about money or spending: "budget", "subsidie", "euro", "kosten", "bezuiniging", "begroting", "uitgaven".</summary>
    [GeneratedRegex(@"(?:budget|subsidie|euro|€|kosten|\bgeld\b|\p{L}geld\b|middelen|bezuinig|bespar|begroting|uitgave|financi|bedrag|tarie[fv]|bijdrage|korting|gekort)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SpendingWord();

    /// <summary>
    /// The evidence tells that the thing was stopped ("de dierenarts weigerde veertien paarden vanwege verwondingen", "werden
    /// 12 aanvragen afgewezen"): it bears out a denial that the thing happened ("geen enkel dier met verwondingen verhandeld")
    /// unless the denial itself is about stopping it.
    /// </summary>
    [GeneratedRegex(@"\b(?:weiger(?:de|den|t|en)|geweigerd|afgewezen|wees\s+\S+\s+af|tegengehouden|hield\s+\S+\s+tegen|uit\s+de\s+(?:verkoop|handel)\s+(?:gehaald|haalde|gehouden)|onderschept|in\s+beslag\s+genomen)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PreventingVerb();

    /// <summary>
    /// The evidence says the thing stays as it was ("blijft de subsidie ongewijzigd op 640.000 euro", "is gelijk gebleven"): it
    /// bears out a denial of a change ("Er gaat geen enkele euro af").
    /// </summary>
    [GeneratedRegex(@"\b(?:ongewijzigd|onveranderd|ongemoeid|gelijk\s+(?:blijft|blijven|bleef|bleven|gebleven)|(?:blijft|blijven|bleef|bleven)\s+(?:\S+\s+){0,4}?gelijk)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Unchanged();

    /// <summary>
    /// The evidence says the thing is moved ("twee uitlaatplekken … worden verplaatst"): it bears out a denial that the thing
    /// disappears ("Er verdwijnen geen uitlaatplekken").
    /// </summary>
    [GeneratedRegex(@"\b(?:verplaats\p{L}*|verhuis\p{L}*|verhuiz\p{L}*|elders\s+(?:terug|opnieuw)\p{L}*)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Relocated();

    /// <summary>A denial that something disappears or is removed: "verdwijnen", "opgeheven", "weggehaald".</summary>
    [GeneratedRegex(@"\b(?:verdwijn\p{L}*|verdwenen|opheffen|opgeheven|heft\s+(?:\S+\s+){0,4}?op|weghalen|weggehaald|verwijderd|verwijderen)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Disappearing();

    /// <summary>
    /// The denial is about a place it names ("het scherm bij Ravenswaard") and the evidence about other named places ("bij
    /// knooppunt Haverveld en bij Lemmerbroek") without naming the denial's: the same kind of thing somewhere else.
    /// </summary>
    private static bool AnotherNamedPlace(Claim denial, Claim evidence)
    {
        var denied = NamedPlace().Matches(denial.Text).Select(m => m.Groups["place"].Value).ToList();
        if (denied.Count == 0)
        {
            return false;
        }

        return NamedPlace().IsMatch(evidence.Text) && !denied.Any(p => evidence.Sentence.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// A denial in the present tense ("Er zijn geen pluimveehouders die langer dan zes maanden wachten") against evidence about
    /// an earlier year only ("Bij de vogelgriepuitbraak van 2022 wachtten sommige boeren meer dan een jaar"): what was the case
    /// then does not contradict what is said of now.
    /// </summary>
    private static bool EarlierYearAgainstPresent(Claim denial, Claim evidence)
    {
        // Most evidence names no year: that cheap test first, as this runs for every candidate pair.
        var years = Year().Matches(evidence.Text);
        if (years.Count == 0 || (denial.MadeAt?.From ?? denial.DocumentDate) is not { } made || denial.Hedges.Length > 0)
        {
            return false; // "Ons zijn geen signalen bekend": what one knows of reaches back, so earlier evidence counts
        }

        // Only a year well before the denial's: last year's figures ("in 2023 en 2024 ruim 3,1 miljoen euro betaald") still
        // tell what the present-tense denial ("Er gaat geen euro naar …") describes.
        return years.All(m => int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) <= made.Year - 2)
            && !Year().IsMatch(denial.Text) && !PastOrPerfect().IsMatch(denial.Text) && !Since().IsMatch(evidence.Text);
    }

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)\b", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Year();

    /// <summary>A past tense or a perfect in the denial: "was", "werden", "heeft … gehad", "nooit" (all time up to now).</summary>
    [GeneratedRegex(@"\b(?:was|waren|werd|werden|had|hadden|heeft|hebben|heb|hebt|kwam|kwamen|ging|gingen|nooit|ooit|destijds|toen|vorig|vorige|afgelopen)\b|\b(?:is|zijn)\s+(?:\S+\s+){0,8}?(?:ge\p{L}{3,}(?:d|t|en)|verdwenen|vertrokken|ontvangen|betaald|verloren|overleden)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PastOrPerfect();

    [GeneratedRegex(@"\b(?:sinds|vanaf|tot\s+(?:en\s+met\s+)?nu|nog\s+steeds|nog\s+altijd|inmiddels)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Since();

    /// <summary>"bij Ravenswaard", "bij knooppunt Haverveld", "bij station Dellenburg Centrum": a place named after "bij".</summary>
    [GeneratedRegex(@"\b[Bb]ij\s+(?:(?:knooppunt|station|halte|sluis|brug|kruising|afrit|afslag|locatie|vestiging|kazerne|camping|haven|dorp|stad|wijk|kern)\s+)?(?<place>\p{Lu}[\p{L}-]{2,}(?:\s+\p{Lu}[\p{L}-]+)?)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex NamedPlace();

    /// <summary>A noun with the end it serves: "budget voor de reddingsbrigade", "subsidie voor dorpshuizen".</summary>
    [GeneratedRegex(@"\b(?<n>\p{L}{4,})\s+voor\s+(?:de\s+|het\s+|een\s+)?(?<w>\p{L}{4,})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NounFor();

    private static bool AnotherBodyOfTheSameKind(Claim denial, Claim evidence)
    {
        var denialSide = string.Join(" | ", denial.Text, denial.Speaker?.Name, denial.Speaker?.Mention, denial.Speaker?.Office);
        var denied = Spotters.KindedBody().Matches(denialSide).Select(m => (Kind: m.Groups["kind"].Value.ToLowerInvariant(), Name: m.Groups["name"].Value)).ToList();
        foreach (var body in denial.ContextBodies)
        {
            if (Spotters.KindedBody().Match(body) is { Success: true } m && m.Groups["kind"].Value.ToLowerInvariant() is var kind && !denied.Any(d => d.Kind == kind))
            {
                denied.Add((kind, m.Groups["name"].Value));
            }
        }

        if (denied.Count == 0)
        {
            return false;
        }

        foreach (System.Text.RegularExpressions.Match m in Spotters.KindedBody().Matches(evidence.Text))
        {
            var kind = m.Groups["kind"].Value.ToLowerInvariant();
            if (denied.Any(d => d.Kind == kind) && !denied.Any(d => d.Kind == kind && (d.Name.StartsWith(m.Groups["name"].Value, StringComparison.Ordinal) || m.Groups["name"].Value.StartsWith(d.Name, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }


    private static string? NamedActor(Claim claim) =>
        claim.Proposition?.Subject is { } subject && claim.Entities.Any(e => e.Type is "Organization" or "GovernmentBody" or "Person" && Same(e.Canonical, subject)) ? subject : null;

    /// <summary>
    /// The evidence's actor is a name the denial mentions only as a side part, not as its actor ("Rusland heeft EU-maatschappijen
    /// … verboden" against "geen maatregelen … om naar Rusland te vliegen").
    /// </summary>
    private static bool ActorOnlyMentioned(Claim denial, Claim evidence)
    {
        if (evidence.Proposition?.Subject is not { } actor || !evidence.Entities.Any(e => Same(e.Canonical, actor)))
        {
            return false;
        }

        return denial.Entities.Any(e => Same(e.Canonical, actor)) && !Same(denial.Proposition?.Subject, actor);
    }


    /// <summary>The same canonical entity, the same lemma, or a compound and its head ("gezichtsherkenningssoftware" ~ "software").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\balleen\s+(?:nog\s+)?(?:\S+\s+){0,4}?(?:wanneer|als|indien|zolang|mits|in\s+het\s+geval)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
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

    /// <summary>
    /// "geen structurele achterstand" against "haalde de termijn wel: daar werd 98 procent op tijd afgehandeld": evidence that
    /// says things were on time agrees with a denial of delay, whatever the shared words.
    /// </summary>
    private static bool OnTimeAgainstDelay(Claim denial, Claim evidence) =>
        !evidence.Negated && OnTime().IsMatch(evidence.Sentence) && ContentTerms.Of(denial).Any(t => t.Key == "≈delay");

    [GeneratedRegex(@"\b(?:op\s+tijd|tijdig|zoals\s+gepland|volgens\s+(?:de\s+)?planning|binnen\s+de\s+(?:wettelijke\s+)?termijn|(?:haalde|haalden|haalt|halen|gehaald)\s+(?:\S+\s+){0,3}?termijn)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OnTime();

    /// <summary>Scope qualifiers that limit a denial to a sense, not an extent: "in formele zin", "juridisch", "niet formeel".</summary>
    [GeneratedRegex(@"\b(?:formele?|formeel|juridische?|juridisch|officiële?|officieel|in\s+(?:strikte|letterlijke|technische|enge)\s+zin)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SenseScope();

    /// <summary>A formal act: an agreement, contract, decision or signature, or something said to be formal or legal.</summary>
    [GeneratedRegex(@"\b(?:\p{L}*overeenkomst(?:en)?|contract(?:en)?|convenant|besluit|besloten|(?:onder)?tekend(?:e)?|tekende|tekenden|formeel|formele|officieel|officiële|juridisch\w*|vastgelegd|bindend\w*|akkoord|vergunning\w*)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FormalAct();

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
