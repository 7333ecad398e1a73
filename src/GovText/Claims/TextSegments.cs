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
    internal const string ConjunctionAls = @"(?<!\bzowel\b[^.;:]{0,200})\bals\b(?!\s+(?:gevolg|minister|staatssecretaris|bewindspersoon|demissionair|kabinet|overheid|werkgever|toezichthouder|eigenaar|lid|voorzitter|geheel|zodanig|zelfstandig|onderdeel|uitgangspunt|basis|politie|gemeente|provincie|ministerie|college|organisatie|instelling|bedrijf|school|ziekenhuis|bestuur|waterschap|inspectie|dienst|partij|fractie|team|sector|regio|land|rijk)\b)";

    /// <summary>
    /// Straight single quotes used as quotation marks ('Er is geen sprake van,' zei hij.), as many news sites and plain-text
    /// extractions write them, turned into ‘ and ’, one character for one, so that every span stays valid. An opening quote
    /// stands at the start or after a space or bracket and is not an elided article or pronoun ('s, 't, 'n, 'k, 'm);
    /// its closing quote is the next straight quote after a non-space that no letter or digit follows. Apostrophes inside
    /// words ("auto's", "zo'n") are left alone, and so is an opening quote without a close.
    /// </summary>
    public static string CurlSingleQuotes(string text)
    {
        if (text.IndexOf('\'') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '\'' || !IsOpening(chars, i))
            {
                continue;
            }

            for (var j = i + 2; j < chars.Length; j++)
            {
                if (chars[j] == '\'' && !char.IsWhiteSpace(chars[j - 1]) && (j + 1 == chars.Length || !char.IsLetterOrDigit(chars[j + 1])))
                {
                    chars[i] = '‘';
                    chars[j] = '’';
                    i = j;
                    break;
                }

                if (chars[j] == '\n' || (chars[j] == '\'' && IsOpening(chars, j)))
                {
                    break; // no close before the next opening quote or line: an apostrophe, not a quotation
                }
            }
        }

        return new string(chars);

        static bool IsOpening(char[] c, int i)
        {
            if ((i > 0 && !char.IsWhiteSpace(c[i - 1]) && c[i - 1] is not ('(' or '[' or '-' or '—' or '–')) || i + 1 >= c.Length || !char.IsLetterOrDigit(c[i + 1]) && c[i + 1] is not ('…' or '.'))
            {
                return false;
            }

            // 's avonds, 't Gooi, 'n paar, 'k: elided words, not quotation marks.
            var k = i + 1;
            while (k < c.Length && char.IsLetter(c[k]))
            {
                k++;
            }

            var word = new string(c, i + 1, k - i - 1);
            return !(word is "s" or "S" or "t" or "T" or "n" or "k" or "m" or "r" or "ns" && (k == c.Length || !char.IsLetterOrDigit(c[k])));
        }
    }

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

            var (start, end) = (tokens[offset].Start, tokens[offset + length - 1].End);
            if (end - start > 4 && text[end - 1] == ']' && TrailingFootnote().Match(text, start, end - start) is { Success: true } footnote)
            {
                end = footnote.Index; // "… kenbaar gemaakt.[2 ]": the sentence ends at its full stop, the reference is no part of it
            }

            result.Add((start, end));
        }

        return result.ToImmutable();
    }

    /// <summary>A bracketed footnote reference after the sentence's final punctuation ("gemaakt.[2 ]", "geval.[3, 4 ]").</summary>
    [GeneratedRegex(@"(?<=[.?!])\[\s*\d{1,3}(?:\s*,\s*\d{1,3})*\s*\]$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingFootnote();

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

    [GeneratedRegex(@"\[\d{1,3}(?:\s*,\s*\d{1,3})*\s*\]", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex FootnoteRef();

    [GeneratedRegex(@"\s+", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Ws();
}
