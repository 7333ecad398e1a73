using System.Collections.Immutable;

namespace GovText.Language;

/// <summary>
/// The Dutch language pipeline: tokenizer → sentence splitter → UPOS tagger → lemmatizer → optional annotators
/// (the extension point for NER). Immutable and thread-safe; <see cref="Default"/> loads the embedded model once,
/// lazily.
/// </summary>
public sealed class DutchPipeline
{
    private const string ModelResource = "upos-nl.bin";

    private static readonly Lazy<DutchPipeline> s_default = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<DutchPipeline> s_defaultWithNer = new(() => Default.With(NerAnnotator.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Creates a pipeline from its parts.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <param name="splitter">The sentence splitter.</param>
    /// <param name="tagger">The UPOS tagger.</param>
    /// <param name="lemmatizer">The lemmatizer.</param>
    /// <param name="annotators">Later stages (for example NER), run in order on every sentence.</param>
    public DutchPipeline(DutchTokenizer tokenizer, DutchSentenceSplitter splitter, PerceptronTagger tagger, DutchLemmatizer lemmatizer, IEnumerable<ISentenceAnnotator>? annotators = null)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        Tokenizer = tokenizer;
        Splitter = splitter;
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Annotators = annotators?.ToImmutableArray() ?? [];
        if (Annotators.Any(a => a is null) || Annotators.Select(a => a.Layer).Distinct(StringComparer.Ordinal).Count() != Annotators.Length)
        {
            throw new ArgumentException("Annotators must be non-null and have distinct layer names.", nameof(annotators));
        }
    }

    /// <summary>The shared pipeline with the embedded Dutch model (loaded on first use, thread-safe).</summary>
    public static DutchPipeline Default => s_default.Value;

    /// <summary>
    /// <see cref="Default"/> plus the embedded named-entity recognizer (<see cref="NerAnnotator.Default"/>, layer
    /// <c>"ner"</c>). Both models are loaded once, on first use, thread-safely. <see cref="Default"/> itself stays
    /// without NER so that tagging-only callers do not pay for it.
    /// </summary>
    public static DutchPipeline DefaultWithNer => s_defaultWithNer.Value;

    /// <summary>The tokenizer.</summary>
    public DutchTokenizer Tokenizer { get; }

    /// <summary>The sentence splitter.</summary>
    public DutchSentenceSplitter Splitter { get; }

    /// <summary>The UPOS tagger.</summary>
    public PerceptronTagger Tagger { get; }

    /// <summary>The lemmatizer.</summary>
    public DutchLemmatizer Lemmatizer { get; }

    /// <summary>The annotators run after tagging (empty by default).</summary>
    public ImmutableArray<ISentenceAnnotator> Annotators { get; }

    /// <summary>A copy of this pipeline with <paramref name="annotator"/> appended.</summary>
    /// <param name="annotator">The annotator to add.</param>
    /// <returns>A new pipeline; this one is unchanged.</returns>
    public DutchPipeline With(ISentenceAnnotator annotator)
    {
        ArgumentNullException.ThrowIfNull(annotator);
        return new DutchPipeline(Tokenizer, Splitter, Tagger, Lemmatizer, Annotators.Add(annotator));
    }

    /// <summary>Loads a pipeline from a model stream written by the GovText.Train tool.</summary>
    /// <param name="model">The gzip model stream (<c>upos-nl.bin</c> format).</param>
    /// <returns>A pipeline with the default tokenizer and sentence splitter.</returns>
    public static DutchPipeline FromModel(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (tagger, lemmatizer) = PerceptronTagger.Read(model);
        return new DutchPipeline(DutchTokenizer.Default, DutchSentenceSplitter.Default, tagger, lemmatizer);
    }

    /// <summary>Tokenizes, splits, tags and lemmatises <paramref name="text"/>. Never throws for any string content.</summary>
    /// <param name="text">The text (null is treated as empty).</param>
    /// <returns>The analysed text.</returns>
    public TokenizedText Process(string? text)
    {
        text ??= string.Empty;
        var tokens = Tokenizer.Tokenize(text);
        var ranges = Splitter.Split(text, tokens.AsSpan());
        var slices = new ImmutableArray<Token>[ranges.Length];
        var forms = new string[ranges.Length][];
        for (var s = 0; s < ranges.Length; s++)
        {
            var (offset, length) = ranges[s].GetOffsetAndLength(tokens.Length);
            slices[s] = tokens.Slice(offset, length);
            forms[s] = new string[length];
            for (var i = 0; i < length; i++)
            {
                forms[s][i] = slices[s][i].GetText(text);
            }
        }

        return new TokenizedText(text, Analyze(text, slices, forms));
    }

    /// <summary>
    /// Analyses many texts in parallel and streams the results back in input order, so a corpus of any size can be
    /// processed without holding it in memory (Catalyst's <c>ProcessAll</c>, without its blocking async). Uses PLINQ
    /// over this immutable pipeline; each result is the same as <see cref="Process"/> would give.
    /// </summary>
    /// <param name="texts">The texts (null entries are treated as empty).</param>
    /// <param name="maxDegreeOfParallelism">Worker count; 0 or less means <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>One analysed text per input text, in input order.</returns>
    public IEnumerable<TokenizedText> ProcessMany(IEnumerable<string?> texts, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var degree = maxDegreeOfParallelism > 0 ? Math.Min(maxDegreeOfParallelism, 512) : Environment.ProcessorCount;
        return degree == 1
            ? Sequential(texts, cancellationToken)
            : texts.AsParallel().AsOrdered().WithDegreeOfParallelism(degree).WithCancellation(cancellationToken).Select(Process);
    }

    private IEnumerable<TokenizedText> Sequential(IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return Process(text);
        }
    }

    /// <summary>
    /// Tags and lemmatises one pre-tokenized sentence. The tokens are joined with single spaces to form
    /// <see cref="TokenizedText.Text"/>, and the spans point into that string.
    /// </summary>
    /// <param name="tokens">The tokens of one sentence (null entries are treated as empty).</param>
    /// <returns>The analysed text with one sentence (none when <paramref name="tokens"/> is empty).</returns>
    public TokenizedText ProcessPretokenized(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return new TokenizedText(string.Empty, []);
        }

        var forms = new string[tokens.Count];
        var spans = new Token[tokens.Count];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < forms.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            forms[i] = tokens[i] ?? string.Empty;
            var start = builder.Length;
            builder.Append(forms[i]);
            spans[i] = new Token(start, builder.Length, TokenKind.Word);
        }

        var text = builder.ToString();
        return new TokenizedText(text, Analyze(text, [ImmutableArray.Create(spans)], [forms]));
    }

    /// <summary>
    /// Tags, lemmatises and annotates the sentences stage by stage over all of them (each tagger pass, then each
    /// annotator), so that every model keeps its hot weights in the processor cache; the result is the same as
    /// analysing sentence by sentence.
    /// </summary>
    private ImmutableArray<Sentence> Analyze(string text, ImmutableArray<Token>[] tokens, string[][] forms)
    {
        var tags = Tagger.Tag(forms);
        var sentences = new Sentence[forms.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var lemmas = new string[forms[s].Length];
            for (var i = 0; i < lemmas.Length; i++)
            {
                lemmas[i] = Lemmatizer.Lemmatize(forms[s][i], tags[s][i]);
            }

            sentences[s] = new Sentence(text, tokens[s], ImmutableArray.Create(forms[s]), ImmutableArray.Create(tags[s]), ImmutableArray.Create(lemmas));
        }

        if (!Annotators.IsEmpty)
        {
            var layers = new ImmutableDictionary<string, ImmutableArray<SpanAnnotation>>.Builder[sentences.Length];
            foreach (var annotator in Annotators)
            {
                for (var s = 0; s < sentences.Length; s++)
                {
                    layers[s] ??= ImmutableDictionary.CreateBuilder<string, ImmutableArray<SpanAnnotation>>(StringComparer.Ordinal);
                    layers[s][annotator.Layer] = annotator.Annotate(sentences[s]);
                }
            }

            for (var s = 0; s < sentences.Length; s++)
            {
                sentences[s] = sentences[s].WithAnnotations(layers[s].ToImmutable());
            }
        }

        return ImmutableArray.Create(sentences);
    }

    private static DutchPipeline CreateDefault()
    {
        using var stream = DutchTokenizer.OpenResource(ModelResource);
        return FromModel(stream);
    }
}
