using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovText.Language;

namespace GovText.Claims;

/// <summary>Sentence ranges of a text, using the Language stage's tokenizer and sentence splitter.</summary>
internal static partial class TextSegments
{
    /// <summary>
    /// "die" as a relative pronoun: not after a preposition ("Om die reden", "op die manier") and not at the sentence
    /// start or after a finite verb or pronoun ("werden die meldingen niet doorgezet", "We hadden die uitspraak"), where it
    /// is a determiner. For the subordinate-clause patterns of the claim extractor and stance classifier.
    /// </summary>
    internal const string RelativeDie = @"(?<!\b(?:om|op|in|met|door|voor|na|van|bij|uit|over|tot|aan|onder|tijdens|sinds|vanwege|dankzij|is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|moest|moesten|wil|willen|wilde|wilden|ik|we|wij|ze|zij|hij|je|u)\s)(?<!^)\bdie\b";

    /// <summary>"als" as a conjunction: not before a role or "gevolg" ("als Minister heb ik …", "Als gevolg van …").</summary>
    internal const string ConjunctionAls = @"\bals\b(?!\s+(?:gevolg|minister|staatssecretaris|bewindspersoon|demissionair|kabinet|overheid|werkgever|toezichthouder|eigenaar|lid|voorzitter|geheel|zodanig|zelfstandig|onderdeel|uitgangspunt|basis)\b)";

    public static ImmutableArray<(int Start, int End)> Sentences(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = DutchTokenizer.Default.Tokenize(text);
        if (tokens.IsEmpty)
        {
            return [];
        }

        var ranges = DutchSentenceSplitter.Default.Split(text, tokens.AsSpan());
        var result = ImmutableArray.CreateBuilder<(int, int)>(ranges.Length);
        foreach (var r in ranges)
        {
            var (offset, length) = r.GetOffsetAndLength(tokens.Length);
            if (length == 0)
            {
                continue;
            }

            result.Add((tokens[offset].Start, tokens[offset + length - 1].End));
        }

        return result.ToImmutable();
    }

    /// <summary>Collapses whitespace and removes bracketed footnote references such as "[5 ]" from extracted text.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var t = FootnoteRef().Replace(text, string.Empty);
        return Ws().Replace(t, " ").Trim();
    }

    [GeneratedRegex(@"\[\d{1,3}(?:\s*,\s*\d{1,3})*\s*\]")]
    private static partial Regex FootnoteRef();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Ws();
}
