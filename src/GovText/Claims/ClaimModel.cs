using System.Collections.Immutable;
using GovText.Documents;

namespace GovText.Claims;

/// <summary>How a claim appears in its document.</summary>
public enum ClaimKind
{
    /// <summary>The document's own statement (an answer sentence, or the article's narrative).</summary>
    Statement,

    /// <summary>A direct quotation attributed to a speaker ("…", antwoordde de minister).</summary>
    Quote,

    /// <summary>Reported speech: "de minister antwoordde dat …", "volgens X …".</summary>
    ReportedSpeech,

    /// <summary>A finding attributed to research or data: "uit onderzoek blijkt dat …".</summary>
    Evidence,

    /// <summary>An earlier statement quoted inside a question ("Herinnert u zich uw antwoord «…»?").</summary>
    QuotedInQuestion,
}

/// <summary>Who makes a claim.</summary>
/// <param name="Name">The name or description as resolved ("Dekker", "onderzoek op basis van interne data van Clearview AI").</param>
/// <param name="Role">The role: "Minister", "Staatssecretaris", "Kamerlid", "research", "reporter", "publication" (an article or report whose title or words a question quotes), "source", …</param>
/// <param name="Office">The office when known ("Minister voor Rechtsbescherming").</param>
/// <param name="Mention">The text that named the speaker in the document ("de minister").</param>
public sealed record Speaker(string Name, string Role, string? Office, string? Mention)
{
    /// <inheritdoc />
    public override string ToString() => Office is null || Office == Name ? Name : $"{Name} ({Office})";
}

/// <summary>A time expression and the date or period it resolves to.</summary>
/// <param name="Text">The expression ("in maart 2020", "destijds", "29 september 2021").</param>
/// <param name="From">First day of the period, when resolved.</param>
/// <param name="To">Last day of the period, when resolved.</param>
public sealed record TimeReference(string Text, DateOnly? From, DateOnly? To);

/// <summary>A number, range or zero quantity mentioned in a claim.</summary>
/// <param name="Text">As printed ("tussen de 51 en 100 keer", "nooit", "tientallen keren").</param>
/// <param name="Min">Lower bound (0 for "geen"/"nooit").</param>
/// <param name="Max">Upper bound, null when open.</param>
/// <param name="Unit">The unit noun ("keer", "organisaties"), when present.</param>
/// <param name="Start">Offset in the claim text.</param>
public sealed record QuantityMention(string Text, double Min, double? Max, string? Unit, int Start)
{
    /// <summary>True for "geen", "nooit", "0".</summary>
    public bool IsZero => Min == 0 && Max == 0;

    /// <summary>True for a duration ("langer dan twaalf weken", "anderhalf jaar"): its unit is jaar, seizoen, maand, week, dag, nacht, uur or minuut.</summary>
    public bool IsDuration => Unit is "jaar" or "seizoen" or "maand" or "week" or "dag" or "nacht" or "uur" or "minuut";

    /// <summary>True for a rate ("minstens één keer per week", "elk jaar", "maandelijkse metingen"): its unit is "per" and a period or measure; never an exact count.</summary>
    public bool IsRate => Unit is not null && Unit.StartsWith("per ", StringComparison.Ordinal);
}

/// <summary>A named entity or alias found in a claim.</summary>
/// <param name="Text">As printed.</param>
/// <param name="Canonical">The canonical name after alias resolution ("Nationale Politie").</param>
/// <param name="Type">A coarse type: Organization, GovernmentBody, Person, Location, Law, Misc.</param>
/// <param name="Start">Offset in the claim text.</param>
public sealed record EntityMention(string Text, string Canonical, string Type, int Start)
{
    /// <summary>
    /// The named-entity recognizer's confidence in (0, 1] for mentions it found; null for lexicon and alias matches,
    /// which are exact.
    /// </summary>
    public double? Score { get; init; }
}

/// <summary>A normalised proposition: subject, predicate lemma with particles, object.</summary>
/// <param name="Subject">The subject (canonical entity when aligned).</param>
/// <param name="Predicate">The canonical predicate ("gebruik maken van", "samenwerken met").</param>
/// <param name="Object">The object (canonical entity when aligned).</param>
/// <param name="Negated">True when the proposition is negated in the claim.</param>
public sealed record Proposition(string? Subject, string? Predicate, string? Object, bool Negated)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Negated ? "NOT " : string.Empty)}{Subject ?? "?"} — {Predicate ?? "?"} — {Object ?? "?"}";
}

/// <summary>
/// An assertion in a sentence or clause: who says what, when, with which polarity, hedges and scope, and where it
/// is in the source. Immutable.
/// </summary>
public sealed record Claim
{
    /// <summary>The claim text (the clause or quotation).</summary>
    public required string Text { get; init; }

    /// <summary>The full sentence the claim was found in.</summary>
    public required string Sentence { get; init; }

    /// <summary>
    /// In reporting: the body of each kind ("GGD Maas en Veen", "gemeente Dijkerwaard") the article named last before the
    /// claim, which a claim that names none of that kind is about.
    /// </summary>
    internal ImmutableArray<string> ContextBodies { get; init; } = [];

    /// <summary>Where the claim text is (into <see cref="SourceDocument.Text"/> of <see cref="File"/>).</summary>
    public required SourceSpan Span { get; init; }

    /// <summary>The file the claim comes from.</summary>
    public string? File { get; init; }

    /// <summary>The publication id when the source is a Kamervragen document.</summary>
    public string? DocumentId { get; init; }

    /// <summary>How the claim appears.</summary>
    public ClaimKind Kind { get; init; }

    /// <summary>Who makes the claim.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>The attribution phrase ("antwoordde de minister destijds", "aldus minister Dekker").</summary>
    public string? Attribution { get; init; }

    /// <summary>When the claim was made (statement date), when known.</summary>
    public TimeReference? MadeAt { get; init; }

    /// <summary>The period the claim is about, when stated.</summary>
    public TimeReference? RefersTo { get; init; }

    /// <summary>The date of the document the claim was found in (answer received, article published).</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>
    /// True when the clause is not asserted as fact: an embedded question ("of …", "in welke …", "willen weten"),
    /// a permission or possibility ("mogen", "kunnen", "kan het zijn dat"), a wish or a conditional, or a negated norm
    /// ("mag niet", "is niet toegestaan"). Such claims are not used as evidence, nor as denials.
    /// </summary>
    public bool Hypothetical { get; init; }

    /// <summary>True when the claim is negated (a denial).</summary>
    public bool Negated { get; init; }

    /// <summary>
    /// The denial type when negated: deny, hedged-deny or scoped-deny. Null when the claim is not negated, when every
    /// negation is inside a subordinate clause, a wish, an aside or a noun phrase, when the negation declines to answer
    /// ("Ik kan geen uitspraken doen", the refusal lexicon) or says the information is not held ("Er wordt geen
    /// inschatting gemaakt van …"), or when it describes a share of a group ("10% van de klanten is niet akkoord gegaan").
    /// </summary>
    public StanceLabel? Denial { get; init; }

    /// <summary>An implicative verb that denies without "niet/geen" ("gestopt met het gebruik"), when present.</summary>
    public string? AntonymCue { get; init; }

    /// <summary>Negation cue words found ("geen", "niet", "nooit").</summary>
    public ImmutableArray<string> NegationCues { get; init; } = [];

    /// <summary>
    /// Why a sentence with a negation word is not a denial the contradiction finder uses, when that is so: "subordinate"
    /// (every negation sits in a subordinate or relative clause, a condition, a wish, an aside, a quotation or a noun phrase:
    /// the claim is positive), "refusal" (it declines to answer, judge or anticipate), "no-information" (it says the
    /// information is not held or cannot be determined), "share" (it describes part of a group) or "not-asserted" (a
    /// possibility, condition or norm: <see cref="Hypothetical"/>). Null otherwise.
    /// </summary>
    public string? NegationNote { get; init; }

    /// <summary>Hedges: knowledge hedges ("voor zover ik heb kunnen nagaan"), which make a denial hedged, then epistemic and
    /// proportion hedges of the claim itself ("naar schatting", "mogelijk", "in de meeste gevallen").</summary>
    public ImmutableArray<string> Hedges { get; init; } = [];

    /// <summary>Scope qualifiers ("niet centraal", "op dit moment").</summary>
    public ImmutableArray<string> Qualifiers { get; init; } = [];

    /// <summary>Entities and aliases.</summary>
    public ImmutableArray<EntityMention> Entities { get; init; } = [];

    /// <summary>Quantities, ranges and zero quantities.</summary>
    public ImmutableArray<QuantityMention> Quantities { get; init; } = [];

    /// <summary>The normalised proposition.</summary>
    public Proposition? Proposition { get; init; }

    /// <summary>For quotations inside questions: the earlier source cited ("uw antwoord uit maart 2020").</summary>
    public string? CitedSource { get; init; }

    /// <summary>
    /// For an elliptical answer ("Nee.", "Ja.", "Nee, dat klopt niet."): the question's content as the statement the answer
    /// denies or affirms, so that the claim can be read and matched on its own.
    /// </summary>
    public string? ResolvedStatement { get; init; }
}
