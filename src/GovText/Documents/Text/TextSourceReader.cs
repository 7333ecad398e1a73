using System.Globalization;
using System.Text.RegularExpressions;

namespace GovText.Documents.Text;

/// <summary>
/// Reads plain text, including text extracted from Aanhangsel PDFs by other tools: strips the known page
/// furniture (also when glued to content, as in "…Aanhangsel 1Antwoord 3"), separates footnote lines
/// ("1NOS, 29 oktober 2024, …", "1) Pointer, …") and removes glued footnote reference digits, recording all of
/// it. Thread-safe.
/// </summary>
public sealed partial class TextSourceReader : ISourceReader
{
    /// <summary>The shared instance.</summary>
    public static TextSourceReader Instance { get; } = new();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Text;

    /// <inheritdoc />
    public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > options.MaxBytes)
        {
            throw new DocumentTooLargeException(file, options.MaxBytes, $"input is {bytes.Length:N0} bytes, more than the limit of {options.MaxBytes:N0}");
        }

        var builder = new SourceDocumentBuilder(file, SourceFormat.Text);
        var (text, _) = TextDecoding.Decode(bytes.Span, null, builder);
        if (TextDecoding.LooksBinary(text, out var at))
        {
            throw new DocumentFormatException(file, null, at, "binary content: this is not a text document");
        }

        return ReadInto(text, options, builder);
    }

    /// <summary>Reads already decoded text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">File name for diagnostics and citations.</param>
    /// <param name="options">Options; null for defaults.</param>
    /// <returns>The document.</returns>
    public SourceDocument ReadString(string text, string? file = null, ReaderOptions? options = null) =>
        ReadInto(text ?? throw new ArgumentNullException(nameof(text)), options ?? ReaderOptions.Default, new SourceDocumentBuilder(file, SourceFormat.Text));

    private static SourceDocument ReadInto(string text, ReaderOptions options, SourceDocumentBuilder builder)
    {
        var rawLines = SplitLines(text.Replace('\u00A0', ' ').Replace("\u00AD", string.Empty, StringComparison.Ordinal));
        var lines = new List<(string Text, bool Gap)>();
        var gap = false;
        var page = 1;
        var pageBreaks = new HashSet<int>();
        foreach (var raw in rawLines)
        {
            var pieces = StripFurniture(raw, options.StripFurniture, builder, ref page, out var pageEnded);
            foreach (var piece in pieces)
            {
                var trimmed = piece.Trim();
                if (trimmed.Length == 0)
                {
                    gap = true;
                    continue;
                }

                lines.Add((trimmed, gap));
                gap = false;
            }

            if (pageEnded)
            {
                pageBreaks.Add(lines.Count);
            }
        }

        // Pass 1: footnote lines. Footnotes are numbered 1, 2, 3 … in order; a footnote line starts with the next
        // expected number and looks like a source citation.
        var kinds = new LineKind[lines.Count];
        var footnoteNumbers = new List<int>();
        var expected = 1;
        for (var i = 0; i < lines.Count; i++)
        {
            var m = FootnoteStart().Match(lines[i].Text);
            if (m.Success && int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) is var n
                && (n == expected || (n == expected + 1 && footnoteNumbers.Count > 0))
                && LooksLikeCitation(m.Groups[2].Value))
            {
                kinds[i] = LineKind.Footnote;
                footnoteNumbers.Add(n);
                expected = n + 1;
                // continuation lines
                while (i + 1 < lines.Count && !pageBreaks.Contains(i + 1) && IsFootnoteContinuation(lines[i].Text, lines[i + 1].Text))
                {
                    i++;
                    kinds[i] = LineKind.Footnote;
                    lines[i] = (ContinuationMarker + lines[i].Text, lines[i].Gap);
                }
            }
        }

        // Words broken over two lines ("emissiefacto-" + "ren") or left hyphenated by an extractor that joined the lines
        // ("emissiefacto-ren") are repaired in the body, with the PDF reader's rules and the document's own words as
        // evidence.
        var repairs = RepairHyphenation(lines, kinds);
        if (repairs > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, ReaderCodes.HyphenRepairs, $"repaired {repairs} word(s) hyphenated across lines.");
        }

        // Extractors that lose the space between two words leave a lower-case word glued to a capitalised one
        // ("inNederland", "deEuropese", "Welzijn enSport"); the space is put back.
        var spaces = RestoreGluedSpaces(lines);
        if (spaces > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, ReaderCodes.GluedWords, $"restored {spaces} missing space(s) between a word and a capitalised word (\"inNederland\" → \"in Nederland\").");
        }

        // Pass 2: emit lines, turning reference digits into markers.
        var nextMarker = 1;
        var known = new HashSet<int>(footnoteNumbers);
        var pageNumber = 1;
        builder.BeginPage(1);
        for (var i = 0; i < lines.Count; i++)
        {
            if (pageBreaks.Contains(i) && i > 0)
            {
                pageNumber++;
                builder.BeginPage(pageNumber);
            }

            var (lineText, lineGap) = lines[i];
            if (lineText.Length == 0)
            {
                continue; // wholly moved onto the previous line by a hyphenation repair
            }

            if (kinds[i] == LineKind.Footnote)
            {
                var continuation = lineText.StartsWith(ContinuationMarker, StringComparison.Ordinal);
                var body = continuation ? lineText[ContinuationMarker.Length..] : NormaliseFootnoteStart(lineText);
                builder.AddLine(body, LineKind.Footnote, gapBefore: !continuation);
                continue;
            }

            // A line made only of reference numbers ("1", "2 3"): markers at the end of the previous line.
            if (MarkerOnlyLine().IsMatch(lineText))
            {
                var numbers = lineText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
                if (numbers.All(known.Contains))
                {
                    foreach (var n in numbers)
                    {
                        builder.AddMarker(n, builder.Length);
                        nextMarker = Math.Max(nextMarker, n + 1);
                    }

                    continue;
                }
            }

            var lineStart = builder.Length + (builder.Length > 0 ? 1 : 0);
            var cleaned = RemoveGluedMarkers(lineText, known, ref nextMarker, out var removed);
            builder.AddLine(cleaned, LineKind.Body, lineGap);
            foreach (var (number, offset) in removed)
            {
                builder.AddMarker(number, lineStart + offset);
            }
        }

        return builder.Build();
    }

    private const string ContinuationMarker = "\u0001";

    private static int RepairHyphenation(List<(string Text, bool Gap)> lines, LineKind[] kinds)
    {
        var known = Hyphenation.KnownWords(lines.Select(l => l.Text));
        var repairs = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != LineKind.Body)
            {
                continue;
            }

            var text = InlineBreak().Replace(lines[i].Text, m =>
            {
                var left = m.Groups["l"].Value;
                var right = m.Groups["r"].Value;
                if (known.Contains((left + right).ToLowerInvariant()) && Hyphenation.Decide(left + "-", right, softHyphen: false) == Hyphenation.Decision.Join)
                {
                    repairs++;
                    return left + right;
                }

                return m.Value;
            });

            if (i + 1 < lines.Count && kinds[i + 1] == LineKind.Body && !lines[i + 1].Gap && lines[i + 1].Text.Length > 0 && char.IsLetter(lines[i + 1].Text[0]))
            {
                var decision = Hyphenation.Decide(text, lines[i + 1].Text, softHyphen: false, known);
                if (decision != Hyphenation.Decision.None)
                {
                    var next = lines[i + 1].Text;
                    var token = Hyphenation.FirstToken(next);
                    text = (decision == Hyphenation.Decision.Join ? text[..^1] : text) + token;
                    lines[i + 1] = (next[token.Length..].TrimStart(), false);
                    repairs++;
                }
            }

            lines[i] = (text, lines[i].Gap);
        }

        return repairs;
    }

    private static int RestoreGluedSpaces(List<(string Text, bool Gap)> lines)
    {
        var restored = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = GluedWords().Replace(lines[i].Text, m =>
            {
                if (s_mixedCaseWords.Contains(m.Value))
                {
                    return m.Value;
                }

                restored++;
                return m.Groups["l"].Value + " " + m.Groups["r"].Value;
            });
            lines[i] = (text, lines[i].Gap);
        }

        return restored;
    }

    /// <summary>Words written with a capital inside on purpose; the rule needs two lower-case letters before it, so "iPhone" and "eHerkenning" are safe anyway.</summary>
    private static readonly HashSet<string> s_mixedCaseWords = new(StringComparer.Ordinal) { "easyJet", "jQuery", "macOS", "wikiLeaks" };

    /// <summary>
    /// A word of lower-case letters glued to a capitalised word of lower-case letters, as a whole token (not inside a URL,
    /// e-mail address or identifier): "inNederland", "dePalestijnse", "toenmaligeMinister".
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}/._@%=:#&+-])(?<l>\p{Ll}{2,})(?<r>\p{Lu}\p{Ll}{2,})(?![\p{L}\p{Nd}/_@%=&+-])", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex GluedWords();

    /// <summary>A hyphen between two lower-case word parts inside a line ("emissiefacto-ren"), not part of a longer compound or a URL.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}/._-])(?<l>\p{Ll}{2,})-(?<r>\p{Ll}{2,})(?![\p{L}\p{Nd}/_-])", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex InlineBreak();

    private static List<string> SplitLines(string text)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r' or '\f' or '\v' or '\u2028' or '\u2029')
            {
                result.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        result.Add(text[start..]);
        return result;
    }

    private static IEnumerable<string> StripFurniture(string line, bool strip, SourceDocumentBuilder builder, ref int page, out bool pageEnded)
    {
        pageEnded = false;
        var pieces = new List<string>();
        if (!strip)
        {
            pieces.Add(line);
            return pieces;
        }

        var rest = line.Replace('\t', ' ');
        var chamber = ChamberMarker().Match(rest);
        if (chamber.Success)
        {
            builder.AddFurniture(FurnitureKind.Other, page, chamber.Groups[2].Value);
            rest = chamber.Groups[1].Value;
        }

        while (true)
        {
            var m = Furniture().Match(rest);
            if (!m.Success)
            {
                break;
            }

            var before = rest[..m.Index];
            if (before.Trim().Length > 0)
            {
                pieces.Add(before);
            }

            var kind = m.Groups["id"].Success ? FurnitureKind.IdFooter
                : m.Groups["issn"].Success ? FurnitureKind.Issn
                : m.Groups["imprint"].Success ? FurnitureKind.Imprint
                : FurnitureKind.RunningFooter;
            builder.AddFurniture(kind, page, m.Value.Trim());
            if (kind == FurnitureKind.IdFooter)
            {
                builder.SetMetadata("IdFooter", m.Groups["id"].Value);
            }

            if (kind == FurnitureKind.RunningFooter)
            {
                pageEnded = true;
                page++;
            }

            rest = rest[(m.Index + m.Length)..];
        }

        if (rest.Trim().Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    private static bool LooksLikeCitation(string content)
    {
        if (content.Length == 0 || !(char.IsUpper(content[0]) || char.IsDigit(content[0]) || content[0] is '«' or '‘' or '\'' or '"' or '(' || content.StartsWith("www", StringComparison.Ordinal) || content.StartsWith("http", StringComparison.Ordinal)))
        {
            return false;
        }

        return CitationHint().IsMatch(content);
    }

    private static bool IsFootnoteContinuation(string previous, string next)
    {
        if (FootnoteStart().IsMatch(next) && LooksLikeCitation(FootnoteStart().Match(next).Groups[2].Value))
        {
            return false;
        }

        if (next.StartsWith("Vraag ", StringComparison.Ordinal) || next.StartsWith("Antwoord ", StringComparison.Ordinal))
        {
            return false;
        }

        var prev = previous.TrimEnd();
        return prev.EndsWith('-') || prev.EndsWith('/') || prev.EndsWith("://", StringComparison.Ordinal)
            || (next.Length > 0 && (char.IsLower(next[0]) || next.StartsWith("http", StringComparison.Ordinal) || next.StartsWith("www.", StringComparison.Ordinal)));
    }

    private static string NormaliseFootnoteStart(string line)
    {
        var m = FootnoteStart().Match(line);
        return m.Success ? m.Groups[1].Value + " " + m.Groups[2].Value : line;
    }

    private static string RemoveGluedMarkers(string line, HashSet<int> known, ref int nextMarker, out List<(int Number, int Offset)> removed)
    {
        removed = [];
        if (known.Count == 0 || HeadingLine().IsMatch(line))
        {
            return line;
        }

        var result = line;
        var searchFrom = 0;
        while (true)
        {
            var m = GluedMarker().Match(result, searchFrom);
            if (!m.Success)
            {
                break;
            }

            var g = m.Groups[1].Success ? m.Groups[1] : m.Groups[2];
            var n = int.Parse(g.ValueSpan, CultureInfo.InvariantCulture);
            if (n == nextMarker && known.Contains(n))
            {
                removed.Add((n, m.Index));
                result = result.Remove(m.Index, m.Length);
                nextMarker++;
                searchFrom = m.Index;
            }
            else
            {
                searchFrom = m.Index + m.Length;
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(?:Vraag|Vragen|Antwoord|Antwoorden)\b[\s\d,en]*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^(\d{1,2})\)?\s*(\S.*)$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"https?://|www\.|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\b(?:19|20)\d{2}\b|Kamerstuk|Handelingen|Aanhangsel|Staatscourant|Stb\.|Stcrt\.|\bnr\.|\bIdem\b|\bZie\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex CitationHint();

    [GeneratedRegex(@"^\d{1,2}(?:\s+\d{1,2})*$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex MarkerOnlyLine();

    [GeneratedRegex(@"(?<=[\p{L}?!.»”’)'""])(?:(\d{1,2})|\s(\d{1,2})\))(?=[\s,.;:?!)»]|$)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex GluedMarker();

    [GeneratedRegex(@"^(Tweede Kamer der Staten-Generaal)\s*(2)\s*$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex ChamberMarker();

    [GeneratedRegex(@"(?<id>\b(?:ah|kv)-tk-(?:\d{8}-\d+|\d{4}Z\d{5})\b)|(?<issn>ISSN\s+0921\s*-\s*7398)|(?<imprint>’s-Gravenhage\s+\d{4})|(?<footer>Tweede Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (?:Aanhangsel|Vragen)(?:\s*\d{1,3}(?!\d))?)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Furniture();
}
