namespace GovText.Claims;

/// <summary>The stance of an answer towards its question.</summary>
public enum StanceLabel
{
    /// <summary>A plain denial ("Nee.", "Dat is niet het geval.").</summary>
    Deny,

    /// <summary>A denial limited by the speaker's knowledge ("voor zover bekend", "mij zijn geen signalen bekend").</summary>
    HedgedDeny,

    /// <summary>A denial limited by a qualifier that leaves room elsewhere ("niet centraal benaderd").</summary>
    ScopedDeny,

    /// <summary>A confirmation ("Ja.", "Dat klopt.").</summary>
    Affirm,

    /// <summary>Declines or deflects ("ik ga niet speculeren", "zie het antwoord op vraag 2").</summary>
    Refuse,

    /// <summary>Explanation without confirming or denying.</summary>
    Other,
}

/// <summary>The stance of one answer, with the evidence for it.</summary>
/// <param name="Label">The label.</param>
/// <param name="Cue">The cue text in the answer (the sentence part that carries the stance), or null.</param>
/// <param name="CueStart">Offset of the cue in the answer text, or -1.</param>
/// <param name="Qualifier">The hedge or scope qualifier, or null.</param>
/// <param name="Proposition">The denied or affirmed proposition (the question turned into a statement), or null.</param>
/// <param name="Confidence">A confidence in [0, 1] from the rule that fired.</param>
/// <param name="Rule">Which rule decided (for explanations).</param>
public sealed record StanceResult(StanceLabel Label, string? Cue, int CueStart, string? Qualifier, string? Proposition, double Confidence, string Rule)
{
    /// <summary>True for the three denial labels.</summary>
    public bool IsDenial => Label is StanceLabel.Deny or StanceLabel.HedgedDeny or StanceLabel.ScopedDeny;

    /// <summary>The label as used in JSON: deny, hedged-deny, scoped-deny, affirm, refuse, other.</summary>
    public string LabelName => StanceNames.Of(Label);
}

/// <summary>Names of stance labels as used in JSON and gold files.</summary>
public static class StanceNames
{
    /// <summary>The JSON name of a label.</summary>
    /// <param name="label">The label.</param>
    /// <returns>deny, hedged-deny, scoped-deny, affirm, refuse or other.</returns>
    public static string Of(StanceLabel label) => label switch
    {
        StanceLabel.Deny => "deny",
        StanceLabel.HedgedDeny => "hedged-deny",
        StanceLabel.ScopedDeny => "scoped-deny",
        StanceLabel.Affirm => "affirm",
        StanceLabel.Refuse => "refuse",
        _ => "other",
    };

    /// <summary>Parses a JSON name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The label.</returns>
    public static StanceLabel Parse(string name) => name switch
    {
        "deny" => StanceLabel.Deny,
        "hedged-deny" => StanceLabel.HedgedDeny,
        "scoped-deny" => StanceLabel.ScopedDeny,
        "affirm" => StanceLabel.Affirm,
        "refuse" => StanceLabel.Refuse,
        "other" => StanceLabel.Other,
        _ => throw new ArgumentException($"Unknown stance label '{name}'.", nameof(name)),
    };
}

/// <summary>The stance of one answer of a Kamervragen document towards its question, located in the source.</summary>
/// <param name="Numbers">The answer's numbers ("Antwoord 2, 3" → 2, 3).</param>
/// <param name="Question">The question text the answer was classified against (for a joint answer, the texts of all the questions it answers, one per line), or null when no question has one of its numbers.</param>
/// <param name="Stance">The stance, with cue, qualifier and proposition.</param>
/// <param name="Cue">Where the cue is in the source document, or null when there is no cue.</param>
public sealed record AnswerStance(System.Collections.Immutable.ImmutableArray<int> Numbers, string? Question, StanceResult Stance, GovText.Documents.SourceSpan? Cue);

