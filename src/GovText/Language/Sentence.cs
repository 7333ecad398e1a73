using System.Collections;
using System.Collections.Immutable;

namespace GovText.Language;

/// <summary>One token of an analysed sentence: its span, text, part of speech and lemma.</summary>
/// <param name="Token">The span into <see cref="TokenizedText.Text"/>.</param>
/// <param name="Text">The token text.</param>
/// <param name="Pos">The UPOS tag.</param>
/// <param name="Lemma">The lemma.</param>
public readonly record struct AnalyzedToken(Token Token, string Text, UPos Pos, string Lemma);

/// <summary>A labelled span of tokens inside one sentence, produced by an <see cref="ISentenceAnnotator"/>.</summary>
/// <param name="FirstToken">Index of the first token in the sentence.</param>
/// <param name="TokenCount">Number of tokens covered.</param>
/// <param name="Label">The label, e.g. "PER".</param>
/// <param name="Score">A confidence or margin; higher is more certain (annotator-specific scale).</param>
public readonly record struct SpanAnnotation(int FirstToken, int TokenCount, string Label, float Score)
{
    /// <summary>
    /// Characters at the start of the first token that are not part of the span, for spans that start inside a token
    /// (the glued "in" of "inNederland"); 0 when the span starts with the token.
    /// </summary>
    public int TrimStart { get; init; }

    /// <summary>
    /// Characters at the end of the last token that are not part of the span, for spans that end inside a token
    /// ("-sancties" of "EU-sancties"); 0 when the span ends with the token.
    /// </summary>
    public int TrimEnd { get; init; }

    /// <summary>The character offset (in the analysed text) where the span starts.</summary>
    /// <param name="sentence">The sentence the span belongs to.</param>
    /// <returns>The start offset, taking <see cref="TrimStart"/> into account.</returns>
    public int StartIn(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Tokens[FirstToken].Start + TrimStart;
    }

    /// <summary>The character offset (in the analysed text) where the span ends (exclusive).</summary>
    /// <param name="sentence">The sentence the span belongs to.</param>
    /// <returns>The end offset, taking <see cref="TrimEnd"/> into account.</returns>
    public int EndIn(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.Tokens[FirstToken + TokenCount - 1].End - TrimEnd;
    }
}

/// <summary>
/// Extension point for later stages such as named-entity recognition: runs after tagging and lemmatisation and
/// returns labelled token spans for one layer. Implementations must be immutable and thread-safe.
/// </summary>
public interface ISentenceAnnotator
{
    /// <summary>The annotation layer name, e.g. "ner"; unique within a pipeline.</summary>
    string Layer { get; }

    /// <summary>Annotates one sentence.</summary>
    /// <param name="sentence">The tagged and lemmatised sentence.</param>
    /// <returns>The spans found, in token order.</returns>
    ImmutableArray<SpanAnnotation> Annotate(Sentence sentence);
}

/// <summary>An immutable analysed sentence: tokens (spans into the source text) with UPOS tags and lemmas.</summary>
public sealed class Sentence : IReadOnlyList<AnalyzedToken>
{
    internal Sentence(string source, ImmutableArray<Token> tokens, ImmutableArray<string> forms, ImmutableArray<UPos> tags, ImmutableArray<string> lemmas)
    {
        Source = source;
        Tokens = tokens;
        Forms = forms;
        Tags = tags;
        Lemmas = lemmas;
        Start = tokens.IsEmpty ? 0 : tokens[0].Start;
        End = tokens.IsEmpty ? 0 : tokens[^1].End;
    }

    /// <summary>The full source text the token spans point into.</summary>
    public string Source { get; }

    /// <summary>Offset of the first character of the sentence in <see cref="Source"/>.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character of the sentence in <see cref="Source"/>.</summary>
    public int End { get; }

    /// <summary>The sentence text (a substring of <see cref="Source"/>, original white space kept).</summary>
    public string Text => Source[Start..End];

    /// <summary>The token spans.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>The token texts.</summary>
    public ImmutableArray<string> Forms { get; }

    /// <summary>The UPOS tag of each token.</summary>
    public ImmutableArray<UPos> Tags { get; }

    /// <summary>The lemma of each token.</summary>
    public ImmutableArray<string> Lemmas { get; }

    /// <summary>Annotation layers added by <see cref="ISentenceAnnotator"/>s, keyed by layer name (empty without annotators).</summary>
    public ImmutableDictionary<string, ImmutableArray<SpanAnnotation>> Annotations { get; private init; } =
        ImmutableDictionary<string, ImmutableArray<SpanAnnotation>>.Empty;

    /// <summary>The number of tokens.</summary>
    public int Count => Tokens.Length;

    /// <summary>The analysed token at <paramref name="index"/>.</summary>
    /// <param name="index">Token index within the sentence.</param>
    public AnalyzedToken this[int index] => new(Tokens[index], Forms[index], Tags[index], Lemmas[index]);

    /// <inheritdoc />
    public IEnumerator<AnalyzedToken> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join(' ', this.Select(t => $"{t.Text}/{t.Pos}"));

    internal Sentence WithAnnotations(ImmutableDictionary<string, ImmutableArray<SpanAnnotation>> annotations) =>
        new(Source, Tokens, Forms, Tags, Lemmas) { Annotations = annotations };
}

/// <summary>The immutable result of <see cref="DutchPipeline.Process"/>: the source text and its sentences.</summary>
public sealed class TokenizedText : IReadOnlyList<Sentence>
{
    internal TokenizedText(string text, ImmutableArray<Sentence> sentences)
    {
        Text = text;
        Sentences = sentences;
    }

    /// <summary>The original text; every token span points into it.</summary>
    public string Text { get; }

    /// <summary>The sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>All tokens of all sentences in text order.</summary>
    public IEnumerable<AnalyzedToken> Tokens => Sentences.SelectMany(s => s);

    /// <summary>The number of sentences.</summary>
    public int Count => Sentences.Length;

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    /// <param name="index">Sentence index.</param>
    public Sentence this[int index] => Sentences[index];

    /// <inheritdoc />
    public IEnumerator<Sentence> GetEnumerator() => ((IEnumerable<Sentence>)Sentences).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
