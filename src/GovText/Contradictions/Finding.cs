using System.Collections.Immutable;
using GovText.Claims;

namespace GovText.Contradictions;

/// <summary>How the evidence contradicts the denial.</summary>
public enum ContradictionType
{
    /// <summary>"geen/niet" against "wel": the same proposition with opposite polarity.</summary>
    Negation,

    /// <summary>"geen/nooit" against a count or range of at least one ("tussen de 51 en 100 keer").</summary>
    Quantity,

    /// <summary>A scoped denial ("niet centraal") against evidence outside that scope.</summary>
    Scope,

    /// <summary>A denial phrased with an implicative verb ("gestopt met het gebruik") against evidence of the act.</summary>
    Antonym,
}

/// <summary>When the evidence appeared relative to the denial.</summary>
public enum Timing
{
    /// <summary>The evidence was published after the denial: later reporting contradicts the denial.</summary>
    LaterReporting,

    /// <summary>The evidence was published before the denial: a denial despite prior reporting.</summary>
    DenialDespitePriorReporting,

    /// <summary>One of the two dates is unknown.</summary>
    Unknown,
}

/// <summary>
/// A denial and a claim that contradicts it, with the type of contradiction, a score in [0, 1], the reasons and the
/// source spans of both sides (through the two claims). Immutable.
/// </summary>
/// <param name="Denial">The denial claim.</param>
/// <param name="Evidence">The contradicting claim.</param>
/// <param name="Type">The contradiction type.</param>
/// <param name="Score">Confidence in [0, 1]; findings are ordered by it.</param>
/// <param name="Reasons">Why: aligned entities, predicates, cue words, quantities, timing.</param>
/// <param name="Timing">Later reporting or denial despite prior reporting.</param>
/// <param name="DenialDate">When the denial was made (start of the period), if known.</param>
/// <param name="EvidenceDate">When the evidence was published or made, if known.</param>
public sealed record Finding(Claim Denial, Claim Evidence, ContradictionType Type, double Score, ImmutableArray<string> Reasons, Timing Timing, DateOnly? DenialDate, DateOnly? EvidenceDate)
{
    /// <summary>The type as used in JSON: negation, quantity, scope, antonym.</summary>
    public string TypeName => Type.ToString().ToLowerInvariant();

    /// <summary>The timing as used in JSON: later-reporting, denial-despite-prior-reporting, unknown.</summary>
    public string TimingName => Timing switch
    {
        Timing.LaterReporting => "later-reporting",
        Timing.DenialDespitePriorReporting => "denial-despite-prior-reporting",
        _ => "unknown",
    };
}
