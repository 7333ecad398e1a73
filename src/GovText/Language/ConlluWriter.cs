namespace GovText.Language;

/// <summary>
/// Writes an analysed text as CoNLL-U: one line per token with the columns ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD,
/// DEPREL, DEPS and MISC, and one blank line after each sentence. XPOS to DEPS are <c>_</c>. MISC holds
/// <c>NER=</c> with a coarse BIO tag (B-/I- PER, ORG, LOC, MISC, or O; see <see cref="NerLabels.ToCoarse"/>) from the
/// <c>"ner"</c> layer, followed by <c>|Entity=</c> and the fine type whenever the token is inside any entity,
/// including Date, Money, Quantity and DocumentReference, which are O in the coarse scheme.
/// </summary>
public static class ConlluWriter
{
    /// <summary>Writes <paramref name="text"/> in CoNLL-U format.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="text">The analysed text (with or without a "ner" layer).</param>
    public static void Write(TextWriter writer, TokenizedText text)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in text)
        {
            var (ner, entity) = TokenEntities(sentence);
            for (var i = 0; i < sentence.Count; i++)
            {
                writer.Write(i + 1);
                writer.Write('\t');
                writer.Write(Field(sentence.Forms[i]));
                writer.Write('\t');
                writer.Write(Field(sentence.Lemmas[i]));
                writer.Write('\t');
                writer.Write(sentence.Tags[i] == UPos.None ? "X" : sentence.Tags[i].ToString());
                writer.Write("\t_\t_\t_\t_\t_\tNER=");
                writer.Write(ner[i]);
                if (entity[i] is { } type)
                {
                    writer.Write("|Entity=");
                    writer.Write(type);
                }

                writer.Write('\n');
            }

            writer.Write('\n');
        }
    }

    /// <summary>Per token: the coarse BIO tag and the fine entity type (null outside entities).</summary>
    internal static (string[] Ner, string?[] Entity) TokenEntities(Sentence sentence)
    {
        var ner = new string[sentence.Count];
        var entity = new string?[sentence.Count];
        Array.Fill(ner, "O");
        if (sentence.Annotations.TryGetValue("ner", out var spans))
        {
            foreach (var span in spans)
            {
                if (span.TokenCount == 1 && span.FirstToken >= 0 && span.FirstToken < sentence.Count
                    && 2 * (span.EndIn(sentence) - span.StartIn(sentence)) < sentence.Tokens[span.FirstToken].Length)
                {
                    // A name that is only the smaller part of its token ("EU" in "EU-burgers", "EU-sancties") does not make
                    // the token a name; a glued or possessive token that is mostly the name ("inNederland", "TikTok’s") does.
                    continue;
                }

                var coarse = NerLabels.ToCoarse(span.Label);
                var end = Math.Min(sentence.Count, span.FirstToken + span.TokenCount);
                for (var k = Math.Max(0, span.FirstToken); k < end; k++)
                {
                    entity[k] = span.Label;
                    ner[k] = coarse is null ? "O" : (k == span.FirstToken ? "B-" : "I-") + coarse;
                }
            }
        }

        return (ner, entity);
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "_";
        }

        return value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? value : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }
}
