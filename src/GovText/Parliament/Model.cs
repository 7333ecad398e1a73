using System.Collections.Immutable;
using GovText.Documents;

namespace GovText.Parliament;

/// <summary>What kind of Kamervragen document this is.</summary>
public enum DocumentKind
{
    /// <summary>Questions only ("Vragen gesteld door de leden der Kamer", <c>kv-tk-…</c>).</summary>
    Questions,

    /// <summary>Questions with the government's answer ("Aanhangsel van de Handelingen", <c>ah-tk-…</c>).</summary>
    Answer,

    /// <summary>A supplementary answer ("Nader antwoord").</summary>
    NaderAnswer,

    /// <summary>A notice, usually of postponement ("Mededeling").</summary>
    Mededeling,
}

/// <summary>A piece of text taken from the document with its source span.</summary>
/// <param name="Text">The text, whitespace normalised.</param>
/// <param name="Span">Where it came from.</param>
public sealed record TextField(string Text, SourceSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A date printed in the document ("6 maart 2024") with its span.</summary>
/// <param name="Date">The date.</param>
/// <param name="Span">Where it was printed.</param>
public sealed record DateField(DateOnly Date, SourceSpan Span);

/// <summary>A member of parliament who asked the questions, in printed order.</summary>
/// <param name="Name">The name as printed, e.g. "Van Nispen", "Faber-van de Klashorst".</param>
/// <param name="Party">The party as printed, e.g. "GroenLinks-PvdA"; null when not printed.</param>
/// <param name="Span">Where the name was printed.</param>
public sealed record Asker(string Name, string? Party, SourceSpan Span);

/// <summary>One office the questions were addressed to, singular and without article: "Minister van Justitie en Veiligheid".</summary>
/// <param name="Office">The office.</param>
/// <param name="Span">Where it was printed.</param>
public sealed record Addressee(string Office, SourceSpan Span);

/// <summary>Who answered: "Antwoord van Minister De Jonge (Binnenlandse Zaken …), mede namens …".</summary>
/// <param name="Office">"Minister" or "Staatssecretaris".</param>
/// <param name="Name">Surname as printed, e.g. "Van Huffelen".</param>
/// <param name="Portfolio">The portfolio in brackets, including an en-dash sub-portfolio.</param>
/// <param name="OnBehalfOf">Every office named after "mede namens", without article.</param>
/// <param name="Span">The span of the answer header.</param>
public sealed record AnsweredBy(string Office, string Name, string? Portfolio, ImmutableArray<string> OnBehalfOf, SourceSpan Span);

/// <summary>A question block: one "Vraag N" heading (possibly "Vraag 3, 4 en 5") with its text.</summary>
/// <param name="Numbers">The question numbers of the heading.</param>
/// <param name="Text">The question text, whitespace normalised, footnote markers removed.</param>
/// <param name="Footnotes">Numbers of the footnotes referenced in the text.</param>
/// <param name="Span">Where the text is.</param>
public sealed record Question(ImmutableArray<int> Numbers, string Text, ImmutableArray<int> Footnotes, SourceSpan Span);

/// <summary>An answer block: one "Antwoord N" heading (possibly "Antwoord 5 en 6") with its text.</summary>
/// <param name="Numbers">The question numbers this answer answers.</param>
/// <param name="Text">The answer text, whitespace normalised.</param>
/// <param name="CrossReferences">Question numbers referred to ("zie het antwoord op vraag 2").</param>
/// <param name="Footnotes">Numbers of the footnotes referenced in the text.</param>
/// <param name="Span">Where the text is.</param>
public sealed record Answer(ImmutableArray<int> Numbers, string Text, ImmutableArray<int> CrossReferences, ImmutableArray<int> Footnotes, SourceSpan Span);

/// <summary>A footnote with the URLs it contains.</summary>
/// <param name="Number">The footnote number.</param>
/// <param name="Text">The footnote text.</param>
/// <param name="Urls">URLs found in the text.</param>
/// <param name="Span">Where it was printed.</param>
public sealed record Footnote(int Number, string Text, ImmutableArray<string> Urls, SourceSpan Span);

/// <summary>A reference to another Aanhangsel publication ("Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1137").</summary>
/// <param name="Id">The publication id, e.g. "ah-tk-20232024-1137".</param>
/// <param name="Span">Where it was printed.</param>
public sealed record SeeAlso(string Id, SourceSpan Span);

/// <summary>
/// A parsed Kamervragen document: questions, answers, notices, with every field citing its source span.
/// Immutable and thread-safe.
/// </summary>
public sealed partial record KamervraagDocument
{
    /// <summary>The publication id (<c>ah-tk-20232024-1314</c>, <c>kv-tk-2024Z18775</c>), when printed or derivable.</summary>
    public string? Id { get; init; }

    /// <summary>The document kind.</summary>
    public DocumentKind Kind { get; init; }

    /// <summary>The parliamentary case number (zaak), e.g. "2024Z11859".</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The document number, e.g. "2024D12345", when present.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The parliamentary year as "2023-2024".</summary>
    public string? Vergaderjaar { get; init; }

    /// <summary>The Aanhangsel number, e.g. 1314.</summary>
    public int? AanhangselNumber { get; init; }

    /// <summary>Askers in printed order.</summary>
    public ImmutableArray<Asker> Askers { get; init; } = [];

    /// <summary>Offices the questions were addressed to.</summary>
    public ImmutableArray<Addressee> Addressees { get; init; } = [];

    /// <summary>The subject (the "over …" text).</summary>
    public TextField? Subject { get; init; }

    /// <summary>The date the questions were submitted ("ingezonden").</summary>
    public DateField? Submitted { get; init; }

    /// <summary>The date the answer was received ("ontvangen").</summary>
    public DateField? Received { get; init; }

    /// <summary>Who answered, or null for a questions-only document.</summary>
    public AnsweredBy? AnsweredBy { get; init; }

    /// <summary>"Zie ook" references to other publications.</summary>
    public ImmutableArray<SeeAlso> SeeAlso { get; init; } = [];

    /// <summary>Question blocks in printed order.</summary>
    public ImmutableArray<Question> Questions { get; init; } = [];

    /// <summary>Answer blocks in printed order.</summary>
    public ImmutableArray<Answer> Answers { get; init; } = [];

    /// <summary>Footnotes.</summary>
    public ImmutableArray<Footnote> Footnotes { get; init; } = [];

    /// <summary>The notice text of a "Mededeling".</summary>
    public TextField? Notice { get; init; }

    /// <summary>Diagnostics of the reader and the parser.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>
    /// The share (0–1) of non-whitespace, non-furniture characters of the source that ended up in some field
    /// (header, questions, answers, footnotes, notice). Text that was not placed is also reported as a diagnostic.
    /// </summary>
    public double Coverage { get; init; }

    /// <summary>The source document all spans point into.</summary>
    public required SourceDocument Source { get; init; }

    /// <summary>The answer block that answers a question number, or null.</summary>
    /// <param name="questionNumber">A question number.</param>
    /// <returns>The answer, or null when the document has none for that number.</returns>
    public Answer? AnswerTo(int questionNumber)
    {
        foreach (var answer in Answers)
        {
            if (answer.Numbers.Contains(questionNumber))
            {
                return answer;
            }
        }

        return null;
    }

    /// <summary>Each question with its answer (null when unanswered), in question order.</summary>
    /// <returns>The pairs.</returns>
    public IEnumerable<(Question Question, Answer? Answer)> Pairs()
    {
        foreach (var q in Questions)
        {
            Answer? a = null;
            foreach (var n in q.Numbers)
            {
                a ??= AnswerTo(n);
            }

            yield return (q, a);
        }
    }
}
