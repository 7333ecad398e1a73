using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace GovText.Language;

/// <summary>
/// A fast, hand-written, regex-free tokenizer for Dutch government text. Tokens are offset spans into the original
/// string (<see cref="Token"/>); nothing is normalised or copied. Instances are immutable and thread-safe.
/// </summary>
/// <remarks>
/// The scanner first cuts the text at white space into chunks, then peels leading and trailing punctuation off
/// each chunk and splits the remainder at hard punctuation. It keeps together: known abbreviations (a data file,
/// <c>Resources/abbreviations-nl.txt</c>), initials ("J.A."), numbers with separators ("1.234,56", "51-100"),
/// identifiers ("2024Z11859", "kst-36410-15"), URLs, e-mail addresses, clitics ("'t", "z'n", "'s-Gravenhage") and
/// hyphenated names ("GroenLinks-PvdA"). "€", "%" and quotes become tokens of their own. Line-initial list markers
/// ("a.", "1.", "2)", "-", "•") become a single <see cref="TokenKind.ListMarker"/> token.
/// </remarks>
public sealed class DutchTokenizer
{
    private static readonly Lazy<DutchTokenizer> s_default = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenSet<string> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceFinalLookup;

    /// <summary>Creates a tokenizer with the given abbreviations.</summary>
    /// <param name="abbreviations">Abbreviations including their final full stop ("bijv."), matched ignoring case.</param>
    /// <param name="sentenceFinalAbbreviations">Abbreviations that may also end a sentence ("enz.", "etc.").</param>
    public DutchTokenizer(IEnumerable<string> abbreviations, IEnumerable<string>? sentenceFinalAbbreviations = null)
    {
        ArgumentNullException.ThrowIfNull(abbreviations);
        _abbreviations = abbreviations.Where(a => a.Length > 1 && a[^1] == '.').ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _abbreviationLookup = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        var final = (sentenceFinalAbbreviations ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _sentenceFinalLookup = final.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared tokenizer with the built-in Dutch abbreviation list (created lazily, thread-safe).</summary>
    public static DutchTokenizer Default => s_default.Value;

    /// <summary>The abbreviations this tokenizer keeps as one token.</summary>
    public IReadOnlySet<string> Abbreviations => _abbreviations;

    /// <summary>Tokenizes <paramref name="text"/>. Never throws for any string content.</summary>
    /// <param name="text">The text (null is treated as empty).</param>
    /// <returns>The tokens in text order.</returns>
    public ImmutableArray<Token> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Token>(Math.Max(4, text.Length / 5));
        Tokenize(text, builder);
        return builder.DrainToImmutable();
    }

    /// <summary>Tokenizes <paramref name="text"/>, appending to <paramref name="output"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="output">Receives the tokens in text order.</param>
    public void Tokenize(string text, ICollection<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        var n = text.Length;
        var i = 0;
        var lineStart = true;
        while (i < n)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                if (c is '\n' or '\r' or '\u2028' or '\u2029' or '\f' or '\v')
                {
                    lineStart = true;
                }

                i++;
                continue;
            }

            var end = i + 1;
            while (end < n && !IsSeparator(text[end]))
            {
                end++;
            }

            ScanChunk(text, i, end, lineStart, output);
            lineStart = false;
            i = end;
        }
    }

    /// <summary>True when <paramref name="token"/> is an abbreviation that may also end a sentence ("enz.").</summary>
    internal bool CanEndSentence(ReadOnlySpan<char> token) => _sentenceFinalLookup.Contains(token);

    private void ScanChunk(string text, int s, int e, bool lineStart, ICollection<Token> output)
    {
        if (lineStart && IsListMarker(text.AsSpan(s, e - s)))
        {
            output.Add(new Token(s, e, TokenKind.ListMarker));
            return;
        }

        // Leading punctuation.
        while (s < e)
        {
            var c = text[s];
            if (s + 1 < e && ((c == ',' && text[s + 1] == ',') || (c == '\'' && text[s + 1] == '\'') || (c == '`' && text[s + 1] == '`')))
            {
                output.Add(new Token(s, s + 2, TokenKind.Punctuation)); // old-style quotes ,,dit'' and ``dit''
                s += 2;
                continue;
            }

            if (c is '\'' or '’' or '‘' or '`')
            {
                if (IsCliticOrElision(text, s, e))
                {
                    break;
                }

                output.Add(new Token(s, s + 1, TokenKind.Punctuation));
                s++;
                continue;
            }

            if (c is '.' && s + 2 < e && text[s + 1] == '.' && text[s + 2] == '.')
            {
                var k = s + 3;
                while (k < e && text[k] == '.')
                {
                    k++;
                }

                output.Add(new Token(s, k, TokenKind.Punctuation));
                s = k;
                continue;
            }

            if (IsOpener(c) || c is ',' or ';' or ':' or '!' or '?' or '…' or ')' or ']' or '}' or '»' or '”' or '—' or '/' or '*' or '•')
            {
                output.Add(new Token(s, s + 1, TokenKind.Punctuation));
                s++;
                continue;
            }

            if (c is '-' or '–' && (s + 1 >= e || !char.IsAsciiDigit(text[s + 1])))
            {
                output.Add(new Token(s, s + 1, TokenKind.Punctuation));
                s++;
                continue;
            }

            if (IsCurrency(c) || c is '§' or '#' or '@' or '+' or '=' or '&' or '~' or '^' or '<' or '>' or '|' or '\\')
            {
                if (c is '@' or '#' && s + 1 < e && char.IsLetterOrDigit(text[s + 1]))
                {
                    break; // @handle, #hashtag
                }

                output.Add(new Token(s, s + 1, TokenKind.Symbol));
                s++;
                continue;
            }

            break;
        }

        if (s >= e)
        {
            return;
        }

        // URLs and e-mail addresses: one token, minus trailing sentence punctuation.
        var urlEnd = MatchUrlOrEmail(text, s, e, out var urlKind);
        if (urlEnd > s)
        {
            output.Add(new Token(s, urlEnd, urlKind));
            for (var k = urlEnd; k < e; k++)
            {
                output.Add(new Token(k, k + 1, TokenKind.Punctuation));
            }

            return;
        }

        // Trailing punctuation, collected right to left.
        Span<int> trailing = stackalloc int[32];
        var trailingCount = 0;
        while (e > s && trailingCount < 31)
        {
            var c = text[e - 1];
            if (c == '.')
            {
                if (e - s >= 3 && text[e - 2] == '.' && text[e - 3] == '.')
                {
                    var k = e - 3;
                    while (k > s && text[k - 1] == '.')
                    {
                        k--;
                    }

                    trailing[trailingCount++] = -(e - k) - 1; // negative: a multi-character token of this length (emitted in order)
                    e = k;
                    continue;
                }

                var core = text.AsSpan(s, e - s);
                if (core.Length > 1 && (_abbreviationLookup.Contains(core) || IsInitials(core)))
                {
                    break;
                }

                trailing[trailingCount++] = e - 1;
                e--;
                continue;
            }

            if (e - s >= 3 && ((c == '\'' && text[e - 2] == '\'') || (c == ',' && text[e - 2] == ',')))
            {
                trailing[trailingCount++] = -(2 + 1); // a two-character quote, encoded like an ellipsis of length 2
                e -= 2;
                continue;
            }

            if (c is ')' or ']' or '}' or '»' or '›' or '”' or '"' or '’' or '\'' or ',' or ';' or ':' or '!' or '?' or '…' or '%' or '‰' or '“' or '*' or '/' or '—' or '–' or '°')
            {
                if (c is '’' or '\'' && IsCliticOrElision(text, s, e))
                {
                    break;
                }

                if (c is ')' && HasUnclosedParen(text, s, e - 1))
                {
                    break; // "a)" style within a word is rare; keep "(on)mogelijk"-like balanced content
                }

                if (c is '–' && e - s == 1)
                {
                    break;
                }

                trailing[trailingCount++] = e - 1;
                e--;
                continue;
            }

            break;
        }

        if (e > s)
        {
            SplitCore(text, s, e, output);
        }

        for (var t = trailingCount - 1; t >= 0; t--)
        {
            var pos = trailing[t];
            if (pos < 0)
            {
                var length = -pos - 1;
                output.Add(new Token(e, e + length, TokenKind.Punctuation));
                e += length;
            }
            else
            {
                var c = text[pos];
                output.Add(new Token(pos, pos + 1, c is '%' or '‰' or '°' ? TokenKind.Symbol : TokenKind.Punctuation));
                e = pos + 1;
            }
        }
    }

    private void SplitCore(string text, int s, int e, ICollection<Token> output)
    {
        var p = s;
        for (var j = s; j < e; j++)
        {
            var c = text[j];
            if (c < 128 && char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            bool split;
            switch (c)
            {
                case '«' or '»' or '“' or '”' or '„' or '"' or '(' or ')' or '[' or ']' or '{' or '}' or ';' or '!' or '?' or '…' or '—' or '‹' or '›':
                    split = true;
                    break;
                case ',' or ':':
                    split = !(j > s && j + 1 < e && char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(text[j + 1]));
                    break;
                case '–':
                    split = !(j > s && j + 1 < e && char.IsAsciiDigit(text[j - 1]) && char.IsAsciiDigit(text[j + 1]));
                    break;
                case '.':
                    // "einde.Volgende": a missing space between sentences.
                    split = j - p >= 3 && j + 2 < e && char.IsLower(text[j - 1]) && char.IsLower(text[j - 2]) && char.IsLower(text[j - 3])
                        && char.IsUpper(text[j + 1]) && char.IsLower(text[j + 2]);

                    // "besloten.3": a footnote marker glued after a full stop (one or two digits ending the chunk).
                    split |= j - p >= 4 && e - j - 1 is 1 or 2 && char.IsLower(text[j - 1]) && char.IsLower(text[j - 2]) && char.IsLower(text[j - 3])
                        && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[e - 1]) && !_abbreviations.Contains(text[p..(j + 1)]);

                    // "gemaakt.[2 ]": a bracketed footnote reference glued after a full stop (PDF extractions).
                    split |= j - p >= 2 && j + 1 < e && text[j + 1] == '[' && char.IsLower(text[j - 1]) && char.IsLower(text[j - 2])
                        && !_abbreviations.Contains(text[p..(j + 1)]);
                    break;
                default:
                    split = false;
                    break;
            }

            if (!split)
            {
                continue;
            }

            if (c == '.')
            {
                AddSegment(text, p, j, output);
                output.Add(new Token(j, j + 1, TokenKind.Punctuation));
                p = j + 1;
                continue;
            }

            if (j > p)
            {
                AddSegment(text, p, j, output);
            }

            output.Add(new Token(j, j + 1, TokenKind.Punctuation));
            p = j + 1;
        }

        if (e > p)
        {
            AddSegment(text, p, e, output);
        }
    }

    private void AddSegment(string text, int s, int e, ICollection<Token> output)
    {
        if (e <= s)
        {
            return;
        }

        output.Add(new Token(s, e, Classify(text.AsSpan(s, e - s))));
    }

    private TokenKind Classify(ReadOnlySpan<char> t)
    {
        if (t.Length == 1)
        {
            var c = t[0];
            if (char.IsLetter(c))
            {
                return TokenKind.Word;
            }

            if (char.IsDigit(c))
            {
                return TokenKind.Number;
            }

            return char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        }

        if (t[^1] == '.' && (_abbreviationLookup.Contains(t) || IsInitials(t)))
        {
            return TokenKind.Abbreviation;
        }

        int letters = 0, digits = 0, maxDigitRun = 0, run = 0;
        foreach (var c in t)
        {
            if (char.IsDigit(c))
            {
                digits++;
                run++;
                maxDigitRun = Math.Max(maxDigitRun, run);
                continue;
            }

            run = 0;
            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        var first = t[0];
        if (digits > 0 && letters == 0 && (char.IsDigit(first) || first is '\'' or '’' or '-' or '+'))
        {
            return TokenKind.Number;
        }

        if (digits > 0 && letters > 0 && (char.IsDigit(first) || maxDigitRun >= 3))
        {
            return TokenKind.Identifier;
        }

        if (letters == 0 && digits == 0)
        {
            return TokenKind.Punctuation;
        }

        return TokenKind.Word;
    }

    /// <summary>"J.", "J.A.", "Th.", "IJ." and similar: groups of one capital (or a few known digraphs) each followed by a full stop.</summary>
    internal static bool IsInitials(ReadOnlySpan<char> t)
    {
        if (t.Length < 2 || t[^1] != '.')
        {
            return false;
        }

        var i = 0;
        while (i < t.Length)
        {
            var dot = t[i..].IndexOf('.');
            if (dot <= 0)
            {
                return false;
            }

            var group = t.Slice(i, dot);
            if (!IsInitialGroup(group))
            {
                return false;
            }

            i += dot + 1;
            if (i < t.Length && t[i] == '-')
            {
                i++; // "J.-P."
            }
        }

        return true;
    }

    private static bool IsInitialGroup(ReadOnlySpan<char> g) =>
        (g.Length == 1 && char.IsUpper(g[0]))
        || g.SequenceEqual("Th") || g.SequenceEqual("Ch") || g.SequenceEqual("Chr") || g.SequenceEqual("Ph")
        || g.SequenceEqual("IJ") || g.SequenceEqual("Ij") || g.SequenceEqual("Joh") || g.SequenceEqual("Wm") || g.SequenceEqual("Jac");

    private static bool IsListMarker(ReadOnlySpan<char> t)
    {
        if (t.Length == 1)
        {
            return t[0] is '-' or '–' or '•' or '*' or '·' or '▪' or '◦' or '‣' or '\uF0B7' or '○' or '■' or '□';
        }

        // (a) (1) (iv)
        if (t.Length >= 3 && t[0] == '(' && t[^1] == ')')
        {
            return IsListLabel(t[1..^1]);
        }

        return t[^1] is '.' or ')' && IsListLabel(t[..^1]);
    }

    private static bool IsListLabel(ReadOnlySpan<char> label)
    {
        if (label.Length == 0 || label.Length > 4)
        {
            return false;
        }

        if (label.Length <= 3 && label.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return true;
        }

        if (label.Length == 1 && char.IsAsciiLetterLower(label[0]))
        {
            return true;
        }

        return label.IndexOfAnyExcept("ivx") < 0 && label is not "v" and not "x";
    }

    private static bool IsCliticOrElision(string text, int s, int e)
    {
        // True when the chunk starting at s begins with a clitic or elision that keeps its apostrophe:
        // 's 't 'n 'k 'm, 's-Gravenhage, ’s-Hertogenbosch, '80 (a year). Word-internal ones (z'n, auto's) never split.
        if (s + 1 >= e)
        {
            return false;
        }

        var a = text[s];
        if (a is not ('\'' or '’' or '‘' or '`'))
        {
            return false; // the chunk does not start with an apostrophe

        }

        var n1 = text[s + 1];
        if (char.IsAsciiDigit(n1))
        {
            return s + 2 < e && char.IsAsciiDigit(text[s + 2]) && (s + 3 >= e || !char.IsLetterOrDigit(text[s + 3]));
        }

        if (n1 is 's' or 't' or 'n' or 'k' or 'm' or 'S' or 'T')
        {
            if (s + 2 >= e)
            {
                return true;
            }

            var n2 = text[s + 2];
            return n2 == '-' || !char.IsLetterOrDigit(n2) && n2 is not ('\'' or '’');
        }

        return false;
    }

    private static bool HasUnclosedParen(string text, int s, int e)
    {
        var depth = 0;
        for (var k = s; k < e; k++)
        {
            if (text[k] == '(')
            {
                depth++;
            }
            else if (text[k] == ')' && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0 && text[s] != '(';
    }

    private static int MatchUrlOrEmail(string text, int s, int e, out TokenKind kind)
    {
        kind = TokenKind.Url;
        var span = text.AsSpan(s, e - s);
        var isUrl = span.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || (span.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && span.Length > 5);
        if (!isUrl)
        {
            var at = span.IndexOf('@');
            if (at <= 0 || at + 3 >= span.Length || !char.IsLetterOrDigit(span[at - 1]) || !char.IsLetterOrDigit(span[at + 1])
                || span[(at + 1)..].IndexOf('.') < 0)
            {
                return -1;
            }

            kind = TokenKind.Email;
        }

        var end = e;
        while (end > s)
        {
            var c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '»' or '"' or '”' or '’' or '\'' or '>' or ']' or '}')
            {
                end--;
                continue;
            }

            if (c == ')' && text.AsSpan(s, end - s).IndexOf('(') < 0)
            {
                end--;
                continue;
            }

            break;
        }

        return end;
    }

    private static bool IsSeparator(char c) =>
        c <= ' ' || (c >= '\u007f' && (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\u2060'));

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '«' or '‹' or '"' or '“' or '„' or '‚';

    private static bool IsCurrency(char c) => c is '€' or '$' or '£' or '¥' || (c > 127 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol);

    private static DutchTokenizer CreateDefault()
    {
        var all = new List<string>();
        var final = new List<string>();
        foreach (var raw in ReadResourceLines("abbreviations-nl.txt"))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var canEnd = line.EndsWith(" !", StringComparison.Ordinal);
            var abbreviation = canEnd ? line[..^2].TrimEnd() : line;
            all.Add(abbreviation);
            if (canEnd)
            {
                final.Add(abbreviation);
            }
        }

        return new DutchTokenizer(all, final);
    }

    internal static IEnumerable<string> ReadResourceLines(string name)
    {
        using var stream = OpenResource(name);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    internal static Stream OpenResource(string name)
    {
        var assembly = typeof(DutchTokenizer).Assembly;
        var fullName = "GovText.Language.Resources." + name;
        return assembly.GetManifestResourceStream(fullName)
            ?? throw new InvalidOperationException($"Embedded resource '{fullName}' is missing from {assembly.GetName().Name}.");
    }
}
