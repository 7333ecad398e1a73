using System.Collections.Immutable;

namespace GovText.Language;

/// <summary>
/// Dutch named-entity recognition (layer <c>"ner"</c>) with the eleven fine types of <see cref="NerLabels"/>. It
/// combines an averaged-perceptron BILOU tagger over hashed features (word, affixes, shape, UPOS, neighbours, previous
/// labels, gazetteer and pattern membership), rule-based spotters for document references, dates, money, quantities
/// and laws, and gazetteer spotters (parties, government bodies, organisations, persons, places). Overlaps are
/// resolved deterministically: precise patterns (document references, dates, money) first, then the tagger's spans,
/// then the remaining pattern and gazetteer spans where they do not overlap an accepted span. Tagger spans with a
/// score below 0.95 are dropped, which leaves room for the rule and gazetteer spans.
/// Immutable and thread-safe.
/// </summary>
public sealed class NerAnnotator : ISentenceAnnotator
{
    private const string ModelResource = "ner-nl.bin";

    private static readonly Lazy<NerAnnotator> s_default = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;

    internal NerAnnotator(NerModel model, NerOptions? options = null)
    {
        _model = model;
        Options = options ?? NerOptions.Default;
    }

    /// <summary>The annotator with the embedded Dutch model (loaded on first use, thread-safe).</summary>
    public static NerAnnotator Default => s_default.Value;

    /// <inheritdoc />
    public string Layer => "ner";

    /// <summary>A description of the model: training data and settings.</summary>
    public string Description => _model.Description;

    internal NerOptions Options { get; }

    internal NerModel Model => _model;

    /// <summary>Loads an annotator from a model stream written by the GovText.Train tool (<c>ner-nl.bin</c> format).</summary>
    /// <param name="model">The gzip model stream.</param>
    /// <returns>The annotator.</returns>
    public static NerAnnotator Read(Stream model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new NerAnnotator(NerModel.Read(model));
    }

    internal NerAnnotator WithOptions(NerOptions options) => new(_model, options);

    /// <summary>
    /// Finds the named entities of one sentence. Labels are fine types (<see cref="NerLabels.FineTypes"/>); the score is
    /// in (0, 1]: for tagger spans the logistic of the smallest per-token margin divided by 8, for rule and gazetteer spans a fixed
    /// value per rule.
    /// </summary>
    /// <param name="sentence">The tagged sentence.</param>
    /// <returns>Non-overlapping spans in token order.</returns>
    public ImmutableArray<SpanAnnotation> Annotate(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Count == 0)
        {
            return [];
        }

        var input = new NerModel.Input(sentence.Source, sentence.Tokens, sentence.Forms, sentence.Tags, _model.Gazetteer);
        return Annotate(input);
    }

    internal ImmutableArray<SpanAnnotation> Annotate(NerModel.Input input)
    {
        var candidates = new List<(int Rank, SpanAnnotation Span)>();
        var (labels, margins) = _model.Predict(input);
        for (var i = 0; i < labels.Length; i++)
        {
            var p = NerModel.Prefix(labels[i]);
            if (p is not ('B' or 'U'))
            {
                continue;
            }

            var type = NerModel.TypeIndex(labels[i]);
            var end = i;
            var min = margins[i];
            if (p == 'B')
            {
                while (end + 1 < labels.Length && NerModel.Prefix(labels[end + 1]) is 'I' or 'L' && NerModel.TypeIndex(labels[end + 1]) == type)
                {
                    end++;
                    min = Math.Min(min, margins[end]);
                    if (NerModel.Prefix(labels[end]) == 'L')
                    {
                        break;
                    }
                }
            }

            var score = (float)(1.0 / (1.0 + Math.Exp(-min / 8.0)));
            if (score >= Options.MinScoreOf(NerLabels.FineTypes[type]))
            {
                candidates.Add((1, new SpanAnnotation(i, end - i + 1, NerLabels.FineTypes[type], score)));
            }
        }

        if (Options.Patterns)
        {
            foreach (var m in input.Patterns)
            {
                var rank = m.Type is NerLabels.DocumentReference or NerLabels.Date or NerLabels.Money ? 0 : m.Score <= 0.55f ? 4 : 2;
                if (rank == 2 && candidates.Exists(c => c.Rank == 1 && c.Span.Label == m.Type && c.Span.FirstToken >= m.First
                    && c.Span.FirstToken + c.Span.TokenCount <= m.First + m.Count && c.Span.TokenCount < m.Count))
                {
                    rank = 0; // the pattern extends a tagger span of the same type ("51 en 100 keer" → "tussen de 51 en 100 keer")
                }

                candidates.Add((rank, new SpanAnnotation(m.First, m.Count, m.Type, m.Score)));
            }
        }

        if (Options.GazetteerSpots)
        {
            foreach (var (start, length, bits) in input.GazetteerMatches)
            {
                var seen = bits >> (int)NerGazetteer.Category.Seen;
                if (Options.MemorySpots && seen != 0 && (seen & (seen - 1)) == 0)
                {
                    // A name seen in the training data with exactly one type: gap filler.
                    var type = NerLabels.FineTypes[System.Numerics.BitOperations.TrailingZeroCount(seen)];
                    candidates.Add((3, new SpanAnnotation(start, length, type, 0.55f)));
                }

                if ((bits & NerGazetteer.NameBits) == 0 && (bits & (1 << (int)NerGazetteer.Category.Village)) != 0
                    && (bits & ((1 << (int)NerGazetteer.Category.Surname) | (1 << (int)NerGazetteer.Category.Forename))) == 0
                    && start > 0 && input.Forms[start] is { Length: > 0 } placeForm && char.IsUpper(placeForm[0]) && !IsSentenceOpening(input.Forms[start - 1]))
                {
                    // A BAG place ("woonplaats") inside the sentence that is no surname or forename: a gap filler.
                    candidates.Add((4, new SpanAnnotation(start, length, NerLabels.Location, 0.55f)));
                    continue;
                }

                if ((bits & NerGazetteer.NameBits) == 0 && (bits & (1 << (int)NerGazetteer.Category.Forename)) != 0 && length == 1
                    && start + 1 < input.Count && input.Tags[start + 1] == UPos.PROPN && NerPatterns.NameEnd(input.Forms, start + 1) is var nameEnd
                    && nameEnd > start + 1 && nameEnd - start <= 4)
                {
                    // A known forename followed by capitalised names ("Frits Bolkestein", "Aad de Groot"): a gap filler.
                    candidates.Add((4, new SpanAnnotation(start, nameEnd - start, NerLabels.Person, 0.55f)));
                    continue;
                }

                for (var c = 0; c < NerGazetteer.CategoryCount; c++)
                {
                    if ((bits & (1 << c)) != 0 && NerGazetteer.TypeOf((NerGazetteer.Category)c) is { } type)
                    {
                        // A gazetteer name that strictly contains a tagger span ("provincie Friesland" ⊃ "Friesland") wins.
                        var rank = Options.GazetteerExtends && length > 1 && candidates.Exists(x => x.Rank == 1 && x.Span.FirstToken >= start
                            && x.Span.FirstToken + x.Span.TokenCount <= start + length && x.Span.TokenCount < length) ? 0 : 3;
                        candidates.Add((rank, new SpanAnnotation(start, length, type, 0.6f)));
                        break;
                    }
                }
            }
        }

        candidates.Sort((a, b) =>
        {
            var c = a.Rank.CompareTo(b.Rank);
            if (c == 0)
            {
                c = b.Span.TokenCount.CompareTo(a.Span.TokenCount);
            }

            if (c == 0)
            {
                c = a.Span.FirstToken.CompareTo(b.Span.FirstToken);
            }

            return c == 0 ? string.CompareOrdinal(a.Span.Label, b.Span.Label) : c;
        });
        var taken = new bool[input.Count];
        var accepted = new List<SpanAnnotation>();
        foreach (var (_, span) in candidates)
        {
            var free = true;
            for (var k = span.FirstToken; k < span.FirstToken + span.TokenCount; k++)
            {
                if (taken[k])
                {
                    free = false;
                    break;
                }
            }

            if (!free)
            {
                continue;
            }

            for (var k = span.FirstToken; k < span.FirstToken + span.TokenCount; k++)
            {
                taken[k] = true;
            }

            accepted.Add(span);
        }

        if (Options.Propagate)
        {
            Propagate(input, accepted, taken);
        }

        accepted.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        if (Options.Trim)
        {
            for (var a = 0; a < accepted.Count; a++)
            {
                accepted[a] = Trim(input, accepted[a], NerModel.Input.GlueSplitting ? _model.Gazetteer : null);
            }
        }

        return [.. accepted];
    }

    private static bool IsSentenceOpening(string? form) => form is null or "." or ":" or "?" or "!" or ";" or "«" or "‘" or "“" or "\"" or "'" or "(" or "[" or "–" or "-" or "•" or "|";

    /// <summary>Lowercase words before a hyphen that belong to the name ("motie-Van Nispen", "kabinet-Schoof").</summary>
    private static readonly HashSet<string> s_keptHyphenPrefixes = new(StringComparer.Ordinal)
    {
        "motie", "kabinet", "amendement", "commissie", "regering", "zaak", "project",
    };

    /// <summary>Lowercase heads after a hyphen that make the whole compound the name ("NAVO-top", "PVV-fractie").</summary>
    private static readonly HashSet<string> s_keptHyphenHeads = new(StringComparer.Ordinal)
    {
        "top", "fractie", "zaak", "project", "nota", "programma", "plan", "akkoord", "app", "fonds", "verkenning", "raad",
        "richtlijn", "verordening", "verdrag", "wet", "regeling", "netwerk", "campagne", "code", "conferentie",
    };

    /// <summary>Kept hyphen heads that type the whole compound ("NAVO-top" Misc, "AI-verordening" Law).</summary>
    private static readonly Dictionary<string, string> s_hyphenHeadTypes = new(StringComparer.Ordinal)
    {
        ["top"] = NerLabels.Misc, ["project"] = NerLabels.Misc, ["plan"] = NerLabels.Misc, ["nota"] = NerLabels.Misc,
        ["programma"] = NerLabels.Misc, ["akkoord"] = NerLabels.Misc, ["verkenning"] = NerLabels.Misc, ["campagne"] = NerLabels.Misc,
        ["conferentie"] = NerLabels.Misc, ["richtlijn"] = NerLabels.Law, ["verordening"] = NerLabels.Law, ["verdrag"] = NerLabels.Law,
        ["wet"] = NerLabels.Law, ["regeling"] = NerLabels.Law,
    };

    /// <summary>
    /// Spans whose tokens carry extra characters: a lowercase word glued before a name by the text extraction
    /// ("inNederland" → "Nederland"), a lowercase hyphen prefix ("niet-Nederlandse" → "Nederlandse"), a possessive
    /// ("TikTok’s" → "TikTok"), a glued footnote number ("Kamer3" → "Kamer") and a hyphenated compound whose head is a
    /// common noun ("EU-sancties" → "EU"; "NAVO-top" stays whole).
    /// </summary>
    private static SpanAnnotation Trim(NerModel.Input input, SpanAnnotation span, NerGazetteer? gazetteer)
    {
        var first = input.RawForms[span.FirstToken] ?? string.Empty;
        var last = input.RawForms[span.FirstToken + span.TokenCount - 1] ?? string.Empty;
        var numeric = span.Label is NerLabels.Date or NerLabels.Money or NerLabels.Quantity;
        var trimStart = 0;
        for (var k = 1; k < first.Length - 1 && k <= 7 && char.IsLower(first[k - 1]); k++)
        {
            if ((numeric ? char.IsDigit(first[k]) : char.IsUpper(first[k])) && NerModel.Input.GluedPrefixes.Contains(first[..k]))
            {
                trimStart = k;
                break;
            }
        }

        if (trimStart == 0 && !numeric && gazetteer is not null && gazetteer.GluedName(first, out var nameStart, out _) && nameStart > 0)
        {
            trimStart = nameStart; // "minderNederlandse" → "Nederlandse"
        }

        if (numeric || span.Label is NerLabels.DocumentReference)
        {
            return trimStart == 0 || (span.TokenCount == 1 && trimStart >= first.Length) ? span : span with { TrimStart = trimStart };
        }

        var hyphen = first.IndexOf('-', StringComparison.Ordinal);
        if (trimStart == 0 && hyphen > 0 && hyphen + 1 < first.Length && char.IsUpper(first[hyphen + 1]) && IsLowerWord(first.AsSpan(0, hyphen))
            && !s_keptHyphenPrefixes.Contains(first[..hyphen]))
        {
            trimStart = hyphen + 1;
        }

        var trimEnd = 0;
        var lastHyphen = last.IndexOf('-', StringComparison.Ordinal);
        if (gazetteer is not null && gazetteer.GluedName(last, out var glueStart, out var glueLength) && glueStart == 0 && glueLength < last.Length)
        {
            trimEnd = last.Length - glueLength; // "Nederlandsemoderatieteam" → "Nederlandse"
        }
        else if (last.Length > 3 && char.IsUpper(last[0]) && (last.EndsWith("’s", StringComparison.Ordinal) || last.EndsWith("'s", StringComparison.Ordinal)))
        {
            trimEnd = 2;
        }
        else if (lastHyphen > 0 && lastHyphen + 1 < last.Length && char.IsLower(last[lastHyphen + 1]) && HasCapitalOrDigit(last.AsSpan(0, lastHyphen))
            && span.Label != NerLabels.Party && !s_keptHyphenHeads.Contains(last[(lastHyphen + 1)..]))
        {
            trimEnd = last.Length - lastHyphen;
        }
        else
        {
            var digits = 0;
            while (digits < last.Length && char.IsDigit(last[last.Length - 1 - digits]))
            {
                digits++;
            }

            if (digits is 1 or 2 && last.Length > digits + 2 && char.IsLower(last[last.Length - 1 - digits]) && char.IsUpper(last[0]))
            {
                trimEnd = digits;
            }
        }

        if (trimEnd == 0 && lastHyphen > 0 && lastHyphen + 1 < last.Length && char.IsLower(last[lastHyphen + 1])
            && s_hyphenHeadTypes.TryGetValue(last[(lastHyphen + 1)..], out var headType) && span.Label != headType
            && NerLabels.ToCoarse(span.Label) is "ORG" or "LOC" or "PER")
        {
            span = span with { Label = headType }; // the compound is typed by its head ("NAVO-top" is an event, not NATO)
        }

        if (span.Label == NerLabels.Misc && trimEnd == 0 && EndsWithLawHead(last))
        {
            span = span with { Label = NerLabels.Law }; // "Non-Proliferatie Verdrag", "Vrouwenverdrag": a treaty or act is a Law
        }

        if (span.TokenCount == 1 && trimStart + trimEnd >= first.Length)
        {
            return span;
        }

        return trimStart == 0 && trimEnd == 0 ? span : span with { TrimStart = trimStart, TrimEnd = trimEnd };
    }

    /// <summary>Head words that make a name a Law (agreements, programmes and soft law have other heads).</summary>
    private static readonly string[] s_lawHeads = ["verdrag", "verordening", "wet", "besluit", "regeling", "act", "directive", "regulation", "treaty", "convention"];

    /// <summary>Whether the word is a law head or a compound ending in one ("Verdrag", "Vrouwenverdrag", "AI-verordening", "Act").</summary>
    private static bool EndsWithLawHead(string word)
    {
        foreach (var head in s_lawHeads)
        {
            if (word.EndsWith(head, StringComparison.OrdinalIgnoreCase)
                && (word.Length == head.Length || (word.Length > head.Length + 2 && char.IsLower(word[^head.Length]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerWord(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static bool HasCapitalOrDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Abbreviations defined in brackets take the type of the name they abbreviate ("Nederlands Centrum voor
    /// Beroepsziekten (NCvB)", "NCvB (Nederlands Centrum …)"), and a name found once in the sentence also labels its
    /// other, untaken occurrences in the same sentence.
    /// </summary>
    private static void Propagate(NerModel.Input input, List<SpanAnnotation> accepted, bool[] taken)
    {
        var n = input.Count;
        var count = accepted.Count;
        for (var a = 0; a < count; a++)
        {
            var span = accepted[a];
            if (!Propagates(span.Label))
            {
                continue;
            }

            var end = span.FirstToken + span.TokenCount;
            if (end + 2 < n && input.Forms[end] == "(" && input.Forms[end + 2] == ")" && !taken[end + 1] && IsAbbreviation(input.Forms[end + 1]))
            {
                taken[end + 1] = true;
                accepted.Add(new SpanAnnotation(end + 1, 1, span.Label, 0.8f));
            }

            var first = span.FirstToken;
            if (first >= 2 && input.Forms[first - 1] == "(" && end < n && input.Forms[end] == ")" && !taken[first - 2] && IsAbbreviation(input.Forms[first - 2]) && span.TokenCount > 1)
            {
                taken[first - 2] = true;
                accepted.Add(new SpanAnnotation(first - 2, 1, span.Label, 0.8f));
            }
        }

        // Repeated names within the sentence.
        count = accepted.Count;
        for (var a = 0; a < count; a++)
        {
            var span = accepted[a];
            if (!Propagates(span.Label) || !char.IsUpper(input.Forms[span.FirstToken][0]))
            {
                continue;
            }

            for (var i = 0; i + span.TokenCount <= n; i++)
            {
                var match = true;
                for (var k = 0; k < span.TokenCount && match; k++)
                {
                    match = !taken[i + k] && string.Equals(input.Forms[i + k], input.Forms[span.FirstToken + k], StringComparison.Ordinal);
                }

                if (match)
                {
                    for (var k = 0; k < span.TokenCount; k++)
                    {
                        taken[i + k] = true;
                    }

                    accepted.Add(new SpanAnnotation(i, span.TokenCount, span.Label, span.Score));
                }
            }
        }
    }

    private static bool Propagates(string label) =>
        label is NerLabels.Organization or NerLabels.GovernmentBody or NerLabels.Law or NerLabels.Misc or NerLabels.Location or NerLabels.Party or NerLabels.Person;

    /// <summary>An abbreviation-like token: 2–12 characters, starting with a capital, at least two capitals.</summary>
    private static bool IsAbbreviation(string form)
    {
        if (form.Length is < 2 or > 12 || !char.IsUpper(form[0]))
        {
            return false;
        }

        var upper = 0;
        foreach (var c in form)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!char.IsLetterOrDigit(c) && c is not ('-' or '&' or '.'))
            {
                return false;
            }
        }

        return upper >= 2;
    }

    private static NerAnnotator CreateDefault()
    {
        using var stream = DutchTokenizer.OpenResource(ModelResource);
        return new NerAnnotator(NerModel.Read(stream));
    }
}

/// <summary>
/// Which candidate sources the annotator combines (for evaluation of the parts). <see cref="MinScore"/> drops tagger
/// spans whose score is lower (0.95 was chosen by cross-validation on the train documents; the score scale depends on the training settings).
/// </summary>
internal sealed record NerOptions(bool Patterns = true, bool GazetteerSpots = true, bool GazetteerExtends = true, bool MemorySpots = false, float MinScore = 0.95f, bool Propagate = true, bool Trim = true)
{
    public static NerOptions Default { get; } = new();

    /// <summary>Per-type overrides of <see cref="MinScore"/> (null: none).</summary>
    public IReadOnlyDictionary<string, float>? TypeMinScores { get; init; }

    public float MinScoreOf(string type) => TypeMinScores is not null && TypeMinScores.TryGetValue(type, out var m) ? m : MinScore;
}
