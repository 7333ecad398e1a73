using System.Text;
using System.Text.RegularExpressions;

namespace GovText.Documents;

/// <summary>Diagnostic codes used by the markup readers (HTML, XML, Markdown).</summary>
internal static class ReaderCodes
{
    /// <summary>The bytes were not valid in the declared or default encoding; a fallback encoding was used.</summary>
    public const string EncodingFallback = "GT1201";

    /// <summary>The declared character set is unknown; UTF-8 was used.</summary>
    public const string UnknownCharset = "GT1202";

    /// <summary>Element nesting deeper than <see cref="ReaderOptions.MaxDepth"/> was flattened.</summary>
    public const string DepthFlattened = "GT1210";

    /// <summary>More markup nodes than <see cref="ReaderOptions.MaxNodes"/>; the rest of the input was not read.</summary>
    public const string NodeLimit = "GT1211";

    /// <summary>Unknown XML elements were rendered as plain text.</summary>
    public const string UnknownElements = "GT1220";

    /// <summary>A footnote had no readable number.</summary>
    public const string FootnoteWithoutNumber = "GT1221";

    /// <summary>A footnote reference could not be resolved to a footnote number.</summary>
    public const string UnresolvedFootnoteReference = "GT1222";

    /// <summary>HTML without official question/answer markup was read as plain text.</summary>
    public const string PlainHtml = "GT1230";

    /// <summary>Words hyphenated across lines were repaired in plain text.</summary>
    public const string HyphenRepairs = "GT1240";

    /// <summary>Missing spaces between a lower-case word and a capitalised word were restored in plain text.</summary>
    public const string GluedWords = "GT1241";
}

/// <summary>
/// Accumulates inline text into lines for a <see cref="SourceDocumentBuilder"/>: collapses whitespace, keeps
/// footnote markers at their position in the line and applies the paragraph gap to the next non-empty line.
/// Not thread-safe.
/// </summary>
internal sealed class LineWriter
{
    private readonly SourceDocumentBuilder _builder;
    private readonly StringBuilder _line = new();
    private readonly List<(int? Number, string? RefId, int Position)> _lineMarkers = [];
    private readonly List<(int? Number, string? RefId, int Offset)> _markers = [];
    private bool _pendingSpace;
    private bool _pendingGap;
    private LineKind _lineKind = LineKind.Body;

    public LineWriter(SourceDocumentBuilder builder) => _builder = builder;

    /// <summary>The kind given to the next line that starts.</summary>
    public LineKind Kind { get; set; } = LineKind.Body;

    /// <summary>True when the current line has no text yet.</summary>
    public bool IsLineEmpty => _line.Length == 0;

    /// <summary>Number of lines written so far.</summary>
    public int LineCount { get; private set; }

    /// <summary>Called before a line is added to the builder (for example to begin a page).</summary>
    public Action? BeforeLine { get; set; }

    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                if (c is not '\u200B' and not '\uFEFF' && _line.Length > 0)
                {
                    _pendingSpace = true;
                }

                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (_line.Length == 0)
            {
                _lineKind = Kind;
            }
            else if (_pendingSpace)
            {
                _line.Append(' ');
            }

            _pendingSpace = false;
            _line.Append(c);
        }
    }

    /// <summary>Requests a word separator before the next text (no effect at the start of a line).</summary>
    public void Space()
    {
        if (_line.Length > 0)
        {
            _pendingSpace = true;
        }
    }

    /// <summary>Records a footnote marker at the current position of the line.</summary>
    public void Marker(int? number, string? refId = null) => _lineMarkers.Add((number, refId, _line.Length));

    /// <summary>Ends the current line (if it has text); with <paramref name="gap"/> the next line gets GapBefore.</summary>
    public void Break(bool gap = false)
    {
        Flush();
        if (gap)
        {
            _pendingGap = true;
        }
    }

    /// <summary>Writes a complete line of its own.</summary>
    public TextLine? WriteLine(string text, LineKind kind, bool gap)
    {
        Flush();
        if (gap)
        {
            _pendingGap = true;
        }

        var saved = Kind;
        Kind = kind;
        Append(text);
        Kind = saved;
        return Flush();
    }

    /// <summary>Flushes the line and adds all markers to the builder, resolving reference ids with <paramref name="resolve"/>.</summary>
    public void Finish(Func<string, int?>? resolve = null)
    {
        Flush();
        foreach (var (number, refId, offset) in _markers)
        {
            var n = number ?? (refId is not null ? resolve?.Invoke(refId) : null);
            if (n is { } value)
            {
                _builder.AddMarker(value, offset);
            }
            else
            {
                _builder.AddDiagnostic(
                    DiagnosticSeverity.Warning,
                    ReaderCodes.UnresolvedFootnoteReference,
                    $"A footnote reference ({refId ?? "without number"}) could not be matched to a footnote.",
                    offset: offset);
            }
        }

        _markers.Clear();
    }

    private TextLine? Flush()
    {
        _pendingSpace = false;
        if (_line.Length == 0)
        {
            foreach (var m in _lineMarkers)
            {
                _markers.Add((m.Number, m.RefId, _builder.Length));
            }

            _lineMarkers.Clear();
            return null;
        }

        BeforeLine?.Invoke();
        var line = _builder.AddLine(_line.ToString(), _lineKind, _pendingGap);
        foreach (var m in _lineMarkers)
        {
            _markers.Add((m.Number, m.RefId, line.Start + Math.Min(m.Position, _line.Length)));
        }

        _lineMarkers.Clear();
        _line.Clear();
        _pendingGap = false;
        LineCount++;
        return line;
    }
}

/// <summary>Text helpers shared by the readers.</summary>
internal static partial class ReaderText
{
    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Renders a question or answer heading as the printed document shows it: "Vraag 3, 4 en 5", "Antwoord 2 en 3".
    /// Accepts "2, 3", "Vraag 2, 3", "Antwoord 1", "1." and similar; returns null when the text is not only numbers.
    /// </summary>
    public static string? NumberedHeading(string keyword, string text)
    {
        var m = HeadingNumbers().Match(Collapse(text));
        if (!m.Success)
        {
            return null;
        }

        var numbers = Digits().Matches(m.Groups["nums"].Value).Select(d => d.Value).ToList();
        return numbers.Count switch
        {
            0 => null,
            1 => $"{keyword} {numbers[0]}",
            _ => $"{keyword} {string.Join(", ", numbers.Take(numbers.Count - 1))} en {numbers[^1]}",
        };
    }

    /// <summary>True when a line is exactly a question or answer heading ("Vraag 1", "Antwoord 4 en 5").</summary>
    public static bool IsQuestionOrAnswerHeading(string line) => QaHeading().IsMatch(line);

    /// <summary>Finds a publication identifier (ah-tk-…, kv-tk-…) in a string.</summary>
    public static string? FindIdentifier(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var m = Identifier().Match(text);
        return m.Success ? m.Value : null;
    }

    /// <summary>
    /// Records metadata and, when an identifier such as <c>ah-tk-20232024-1314</c> is found (identifier keys first),
    /// also <c>IdFooter</c>.
    /// </summary>
    public static void SetMetadataWithIdentifier(SourceDocumentBuilder builder, IReadOnlyList<KeyValuePair<string, string>> metadata)
    {
        foreach (var (key, value) in metadata)
        {
            builder.SetMetadata(key, value);
        }

        var id = metadata.Where(kv => kv.Key.Contains("identifier", StringComparison.OrdinalIgnoreCase))
            .Select(kv => FindIdentifier(kv.Value))
            .FirstOrDefault(v => v is not null)
            ?? metadata.Select(kv => FindIdentifier(kv.Value)).FirstOrDefault(v => v is not null);
        if (id is not null)
        {
            builder.SetMetadata("IdFooter", id);
        }
    }

    [GeneratedRegex(@"^(?:(?:vraag|vragen|antwoord|antwoorden)\s+)?(?<nums>\d{1,3}(?:\s*(?:,|\ben\b|&)\s*\d{1,3})*)\s*[.:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex HeadingNumbers();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:Vraag|Antwoord)\s+\d{1,3}(?:(?:,\s*\d{1,3})*\s+en\s+\d{1,3})?$", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex QaHeading();

    [GeneratedRegex(@"\b(?:ah|kv)-(?:tk|ek)-(?:\d{8}-(?:\d+|KVR\d+)|\d{4}Z\d{5})\b", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex Identifier();
}

/// <summary>Turns bytes into text honouring a BOM or a declared charset, falling back from invalid UTF-8 to Windows-1252.</summary>
internal static class TextDecoding
{
    /// <summary>True when the decoded text looks binary (NULs or many control characters).</summary>
    public static bool LooksBinary(string text, out int offset)
    {
        var controls = 0;
        var sample = Math.Min(text.Length, 64 * 1024);
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                offset = i;
                return true;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        offset = 0;
        return sample > 0 && controls > sample / 20;
    }

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (the WHATWG meaning of "iso-8859-1" and "latin1").</summary>
    public static Encoding Windows1252 { get; } =
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    /// <summary>Decodes bytes; adds a warning to <paramref name="builder"/> when a fallback was needed.</summary>
    /// <param name="bytes">The input.</param>
    /// <param name="declared">A charset label declared inside the document (meta charset, XML declaration), if any.</param>
    /// <param name="builder">Receives diagnostics.</param>
    /// <returns>The text and the encoding used.</returns>
    public static (string Text, Encoding Encoding) Decode(ReadOnlySpan<byte> bytes, string? declared, SourceDocumentBuilder builder)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (DecodeUtf8(bytes[3..], builder), Encoding.UTF8);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode);
        }

        var encoding = Resolve(declared, builder);
        if (encoding is null || encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return (DecodeUtf8(bytes, builder), Encoding.UTF8);
        }

        return (encoding.GetString(bytes), encoding);
    }

    /// <summary>Reads an ASCII-compatible prefix of the input as text for charset sniffing.</summary>
    public static string Prefix(ReadOnlySpan<byte> bytes, int max) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, max)]);

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, SourceDocumentBuilder builder)
    {
        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            builder.AddDiagnostic(
                DiagnosticSeverity.Warning,
                ReaderCodes.EncodingFallback,
                $"The input is not valid UTF-8 (first invalid byte at offset {ex.Index}); it was decoded as windows-1252.");
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding? Resolve(string? label, SourceDocumentBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "windows-1252" or "cp1252" or "us-ascii" or "ascii" or "x-cp1252":
                return Windows1252;
            case "utf-16" or "utf-16le":
                return Encoding.Unicode;
            case "utf-16be":
                return Encoding.BigEndianUnicode;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            builder.AddDiagnostic(
                DiagnosticSeverity.Warning,
                ReaderCodes.UnknownCharset,
                $"The declared character set \"{label}\" is unknown; the input was read as UTF-8.");
            return null;
        }
    }
}
