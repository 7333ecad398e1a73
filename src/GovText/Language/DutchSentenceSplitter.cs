using System.Collections.Frozen;
using System.Collections.Immutable;

namespace GovText.Language;

/// <summary>
/// Rule-based sentence splitter over <see cref="DutchTokenizer"/> output. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Breaks after ".", "!", "?" and "…" (plus any closing quotes or brackets) when the next token looks like a
/// sentence start (capital, digit, opening quote or bracket, list marker); never inside a balanced quotation;
/// never after an abbreviation or initials, except "enz."-type abbreviations before a capital. Always breaks at a
/// blank line, before a line-initial list marker, and around heading lines such as "Vraag 1" or "Antwoord 2"
/// (which form a sentence of their own).
/// </remarks>
public sealed class DutchSentenceSplitter
{
    private const int MaxQuoteTokens = 200;

    private static readonly Lazy<DutchSentenceSplitter> s_default = new(() => new DutchSentenceSplitter(DutchTokenizer.Default));

    private static readonly FrozenSet<string> s_headingWords = new[]
    {
        "Vraag", "Vragen", "Antwoord", "Antwoorden", "Toelichting", "Hoofdstuk", "Paragraaf", "Artikel", "Bijlage",
        "Inleiding", "Samenvatting", "Conclusie", "Aanhangsel", "Onderwerp", "Datum", "Kenmerk", "Beslispunt",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_headingLookup =
        s_headingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly DutchTokenizer _tokenizer;

    /// <summary>Creates a splitter that consults <paramref name="tokenizer"/> for sentence-final abbreviations.</summary>
    /// <param name="tokenizer">The tokenizer whose output is split.</param>
    public DutchSentenceSplitter(DutchTokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
    }

    /// <summary>The shared splitter for <see cref="DutchTokenizer.Default"/>.</summary>
    public static DutchSentenceSplitter Default => s_default.Value;

    /// <summary>Splits tokens of <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text the tokens were produced from.</param>
    /// <param name="tokens">The tokens, in text order.</param>
    /// <returns>Token index ranges, one per sentence, covering all tokens in order.</returns>
    public ImmutableArray<Range> Split(string text, ReadOnlySpan<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tokens.IsEmpty)
        {
            return [];
        }

        var quoted = MarkQuotations(text, tokens);
        var headingLine = MarkHeadingLines(text, tokens);
        var result = ImmutableArray.CreateBuilder<Range>();
        var start = 0;
        for (var i = 1; i < tokens.Length; i++)
        {
            if (IsBoundaryBefore(text, tokens, i, quoted, headingLine))
            {
                result.Add(new Range(start, i));
                start = i;
            }
        }

        result.Add(new Range(start, tokens.Length));
        return result.DrainToImmutable();
    }

    private bool IsBoundaryBefore(string text, ReadOnlySpan<Token> tokens, int i, bool[] quoted, bool[] headingLine)
    {
        var prev = tokens[i - 1];
        var cur = tokens[i];
        var newlines = CountNewlines(text, prev.End, cur.Start);
        if (newlines >= 2)
        {
            return true;
        }

        if (newlines == 1)
        {
            if (cur.Kind == TokenKind.ListMarker || headingLine[i] != headingLine[i - 1] || (headingLine[i] && headingLine[i - 1]))
            {
                return true;
            }
        }
        else if (headingLine[i - 1] && !headingLine[i])
        {
            return true; // "Vraag 1 Bent u ..." on one line: the heading part was marked, the rest was not
        }

        if (quoted[i] && quoted[i - 1])
        {
            return false;
        }

        if (quoted[i - 1] && !quoted[i] && IsClosing(text, cur))
        {
            return false; // the closing quote of a quotation stays with it
        }

        if (IsGluedFootnote(text, tokens, i) || BracketedFootnoteAt(text, tokens, i) > 0)
        {
            return false; // "… het bericht?1 Zo ja", "… gemaakt.[2 ] Dat": the footnote marker stays with its sentence
        }

        if (IsQuoteMark(text, cur) && prev.End == cur.Start && IsTerminal(text, prev) && (cur.End == text.Length || char.IsWhiteSpace(text[cur.End])))
        {
            return false; // "… mislopen.’ De minister …": a quote mark glued after the full stop closes the quotation
        }

        if (IsQuoteMark(text, prev) && prev.End == cur.Start && (prev.Start == 0 || char.IsWhiteSpace(text[prev.Start - 1])))
        {
            return false; // "… geweest. "Het ging …": a quote mark glued to the next word opens a quotation
        }

        // Find the last non-closing token before i; it must be terminal punctuation or a sentence-final abbreviation.
        var j = i - 1;
        if (IsGluedFootnote(text, tokens, j))
        {
            j--; // the sentence ended before the footnote marker
        }
        else if (text[tokens[j].Start] == ']' && BracketedFootnoteEnding(text, tokens, j) is var terminal and >= 0)
        {
            j = terminal; // "gemaakt.[2 ]": the sentence ended before the bracketed footnote reference
        }

        while (j > 0 && IsClosing(text, tokens[j]) && !IsTerminal(text, tokens[j]))
        {
            j--;
        }

        var t = tokens[j];
        if (!IsTerminal(text, t))
        {
            // "enz." / "etc." may end a sentence, but only before a capital.
            return t.Kind == TokenKind.Abbreviation && _tokenizer.CanEndSentence(t.Slice(text)) && StartsUpper(text, cur);
        }

        return LooksLikeSentenceStart(text, cur) || newlines == 1 && !StartsLower(text, cur);
    }

    /// <summary>
    /// A footnote marker printed right after sentence-final punctuation: one or two digits glued to ".", "?" or "!"
    /// and followed by white space or the end of the text ("bericht?1 Zo ja", "besloten.3 Dat").
    /// </summary>
    private static bool IsGluedFootnote(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 1 || i >= tokens.Length)
        {
            return false;
        }

        var t = tokens[i];
        var prev = tokens[i - 1];
        return t.Length <= 2 && prev.End == t.Start && IsTerminal(text, prev) && text[prev.Start] != '…'
            && char.IsAsciiDigit(text[t.Start]) && char.IsAsciiDigit(text[t.End - 1])
            && (t.End == text.Length || char.IsWhiteSpace(text[t.End]));
    }

    /// <summary>
    /// A bracketed footnote reference glued after sentence-final punctuation ("gemaakt.[2 ]", "gevonden.[3, 4 ]", as PDF
    /// extractions print them): the index of the closing "]" when the "[" at <paramref name="i"/> opens one, else -1.
    /// </summary>
    private static int BracketedFootnoteAt(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i < 1 || i >= tokens.Length || text[tokens[i].Start] != '[' || tokens[i].Length != 1 || tokens[i - 1].End != tokens[i].Start || !IsTerminal(text, tokens[i - 1]))
        {
            return -1;
        }

        for (var k = i + 1; k < tokens.Length && k <= i + 12; k++)
        {
            var t = tokens[k];
            if (text[t.Start] == ']' && t.Length == 1)
            {
                return k > i + 1 ? k : -1;
            }

            if (!(char.IsAsciiDigit(text[t.Start]) || (t.Length == 1 && text[t.Start] == ',')))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The index of the terminal punctuation before the bracketed footnote reference that ends at <paramref name="j"/>, or -1.</summary>
    private static int BracketedFootnoteEnding(string text, ReadOnlySpan<Token> tokens, int j)
    {
        for (var k = j - 1; k >= 1 && k >= j - 12; k--)
        {
            if (text[tokens[k].Start] == '[' && tokens[k].Length == 1)
            {
                return BracketedFootnoteAt(text, tokens, k) == j ? k - 1 : -1;
            }
        }

        return -1;
    }

    private static bool IsTerminal(string text, Token t)
    {
        if (t.Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var s = t.Slice(text);
        return s[0] is '.' or '!' or '?' or '…';
    }

    private static bool IsQuoteMark(string text, Token t) =>
        t.Kind == TokenKind.Punctuation && t.Length == 1 && text[t.Start] is '"' or '’' or '‘' or '\'' or '”' or '“' or '„' or '«' or '»';

    private static bool IsClosing(string text, Token t) =>
        t.Kind == TokenKind.Punctuation && ((t.Length == 1 && text[t.Start] is ')' or ']' or '»' or '”' or '"' or '’' or '\'' or '›')
            || (t.Length == 2 && text[t.Start] == '\'' && text[t.Start + 1] == '\''));

    private static bool LooksLikeSentenceStart(string text, Token t)
    {
        if (t.Kind == TokenKind.ListMarker)
        {
            return true;
        }

        var c = text[t.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '(' or '[' or '«' or '"' or '“' or '„' or '‘' or '\'' or '’' or '-' or '•' or '€'
            || (t.Length > 1 && c is '\'' or '’' && char.IsLower(text[t.Start + 1])); // "'s Avonds" / "'t Is"
    }

    private static bool StartsUpper(string text, Token t) => char.IsUpper(text[t.Start]);

    private static bool StartsLower(string text, Token t) => char.IsLower(text[t.Start]);

    private static int CountNewlines(string text, int from, int to)
    {
        var count = 0;
        var sawCr = false;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                if (!sawCr)
                {
                    count++;
                }

                sawCr = false;
            }
            else if (c is '\r' or '\u2028' or '\u2029' or '\f' or '\v')
            {
                count += c == '\u2029' ? 2 : 1;
                sawCr = c == '\r';
            }
            else
            {
                sawCr = false;
            }
        }

        return count;
    }

    /// <summary>Marks tokens that lie strictly inside a balanced quotation (bounded length, same paragraph).</summary>
    private static bool[] MarkQuotations(string text, ReadOnlySpan<Token> tokens)
    {
        var quoted = new bool[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Punctuation || t.Length > 2)
            {
                continue;
            }

            var open = text[t.Start];
            char close;
            if (t.Length == 2)
            {
                if (open is not (',' or '`') || text[t.Start + 1] != open)
                {
                    continue;
                }

                close = '\''; // ,,old-style'' and ``TeX-style'' quotes close with ''
            }
            else
            {
                switch (open)
                {
                    case '«':
                        close = '»';
                        break;
                    case '“' or '„':
                        close = '”';
                        break;
                    case '‘':
                        close = '’'; // single curly quotes: a standalone ’ token closes them (an apostrophe stays inside its word)
                        break;
                    case '"':
                        if (t.End < text.Length && char.IsWhiteSpace(text[t.End]))
                        {
                            continue; // probably a closing straight quote
                        }

                        close = '"';
                        break;
                    default:
                        continue;
                }
            }

            var limit = Math.Min(tokens.Length, i + MaxQuoteTokens);
            for (var k = i + 1; k < limit; k++)
            {
                var u = tokens[k];
                if (CountNewlines(text, tokens[k - 1].End, u.Start) >= 2)
                {
                    break;
                }

                var closes = t.Length == 2
                    ? u.Kind == TokenKind.Punctuation && u.Length == 2 && text[u.Start] == '\'' && text[u.Start + 1] == '\''
                    : u.Kind == TokenKind.Punctuation && u.Length == 1 && (text[u.Start] == close || (close == '”' && text[u.Start] == '“' && open == '„'));
                if (closes)
                {
                    for (var m = i + 1; m < k; m++)
                    {
                        quoted[m] = true;
                    }

                    i = k;
                    break;
                }
            }
        }

        return quoted;
    }

    /// <summary>Marks tokens on heading lines ("Vraag 1", "Antwoord 2", "Hoofdstuk 3:").</summary>
    private static bool[] MarkHeadingLines(string text, ReadOnlySpan<Token> tokens)
    {
        var heading = new bool[tokens.Length];
        var lineStart = 0;
        for (var i = 0; i <= tokens.Length; i++)
        {
            var endOfLine = i == tokens.Length || (i > 0 && CountNewlines(text, tokens[i - 1].End, tokens[i].Start) > 0);
            if (!endOfLine || i == 0)
            {
                continue;
            }

            var count = i - lineStart;
            var first = tokens[lineStart];
            if (first.Kind == TokenKind.Word && char.IsUpper(text[first.Start]) && s_headingLookup.Contains(first.Slice(text)))
            {
                // Heading words followed by at most two short labels and an optional colon.
                var labelEnd = lineStart + 1;
                while (labelEnd < i && labelEnd - lineStart <= 2 && IsHeadingLabel(text, tokens[labelEnd]))
                {
                    labelEnd++;
                }

                if (labelEnd < i && tokens[labelEnd].Kind == TokenKind.Punctuation && text[tokens[labelEnd].Start] is ':' or '.' && labelEnd + 1 == i)
                {
                    labelEnd++;
                }

                if (labelEnd == i && count <= 4)
                {
                    for (var m = lineStart; m < i; m++)
                    {
                        heading[m] = true;
                    }
                }
                else if (labelEnd > lineStart + 1 && labelEnd < i && IsQaWord(first.Slice(text)) && char.IsUpper(text[tokens[labelEnd].Start]))
                {
                    // "Vraag 1 Bent u bekend met ..." on one line: the heading part is its own sentence.
                    for (var m = lineStart; m < labelEnd; m++)
                    {
                        heading[m] = true;
                    }
                }
            }

            lineStart = i;
        }

        return heading;
    }

    private static bool IsQaWord(ReadOnlySpan<char> w) =>
        w.Equals("Vraag", StringComparison.OrdinalIgnoreCase) || w.Equals("Antwoord", StringComparison.OrdinalIgnoreCase);

    private static bool IsHeadingLabel(string text, Token t)
    {
        if (t.Length > 8)
        {
            return false;
        }

        if (t.Kind is TokenKind.Number or TokenKind.Identifier)
        {
            return true;
        }

        var s = t.Slice(text);
        if (t.Kind == TokenKind.Word && s.Length <= 4 && (s.IndexOfAnyExcept("IVXLivxl") < 0 || char.IsDigit(s[0])))
        {
            return true; // roman numerals, "1a"
        }

        return t.Kind == TokenKind.Word && s.Length == 1 && char.IsUpper(s[0]);
    }
}
