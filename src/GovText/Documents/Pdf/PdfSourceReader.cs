using System.Globalization;
using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace GovText.Documents.Pdf;

/// <summary>
/// Reads PDF bytes (with PdfPig) into a <see cref="SourceDocument"/>: one <see cref="TextLine"/> per printed line in
/// reading order, line-end hyphenation repaired, superscript footnote markers separated from the text, footnote text
/// emitted as <see cref="LineKind.Footnote"/> lines after the body of its page, and page furniture (running footer,
/// page numbers, id footer, ISSN, imprint, chamber marker) stripped and recorded.
/// </summary>
/// <remarks>
/// Diagnostic codes: <c>GT1100</c> furniture summary (info), <c>GT1101</c> page text could not be extracted (error),
/// <c>GT1102</c> the file lacks an end-of-file marker (warning), <c>GT1103</c> rotated text read in page order (warning),
/// <c>GT1104</c> hyphenation repairs (info).
/// </remarks>
public sealed class PdfSourceReader : ISourceReader
{
    /// <summary>A gap between lines larger than this multiple of the normal line spacing is a paragraph break.</summary>
    internal const double ParagraphGapRatio = 1.4;

    /// <summary>Footnote text is smaller than this fraction of the document's body font size.</summary>
    internal const double FootnoteSizeRatio = 0.92;

    private PdfSourceReader()
    {
    }

    /// <summary>The shared, stateless instance.</summary>
    public static PdfSourceReader Instance { get; } = new();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Pdf;

    /// <inheritdoc />
    /// <exception cref="DocumentFormatException">Empty input, not a PDF, or corrupt beyond repair.</exception>
    /// <exception cref="DocumentEncryptedException">The PDF is encrypted.</exception>
    /// <exception cref="DocumentTooLargeException">The PDF exceeds <see cref="ReaderOptions.MaxBytes"/> or <see cref="ReaderOptions.MaxPages"/>.</exception>
    public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length == 0)
        {
            throw new DocumentFormatException(file, null, null, "the input is empty; expected a PDF.");
        }

        if (bytes.Length > options.MaxBytes)
        {
            throw new DocumentTooLargeException(file, bytes.Length, $"the PDF is {bytes.Length:N0} bytes; the limit is {options.MaxBytes:N0} bytes.");
        }

        var span = bytes.Span;
        var header = span[..Math.Min(span.Length, 1024)].IndexOf("%PDF-"u8);
        if (header < 0)
        {
            throw new DocumentFormatException(file, null, 0, "not a PDF: no %PDF- header in the first 1024 bytes.");
        }

        var hasEof = span[Math.Max(0, span.Length - 4096)..].IndexOf("%%EOF"u8) >= 0 || span.IndexOf("%%EOF"u8) >= 0;
        var builder = new SourceDocumentBuilder(file, SourceFormat.Pdf);
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentEncryptedException(file, "the PDF is encrypted and cannot be read without a password.", ex);
        }
        catch (Exception ex) when (ex is not GovTextException and not OutOfMemoryException)
        {
            throw new DocumentFormatException(file, null, null, (hasEof ? "corrupt PDF: " : "truncated or corrupt PDF: ") + ex.Message, ex);
        }

        using (document)
        {
            return ReadDocument(document, builder, file, options, hasEof);
        }
    }

    private static SourceDocument ReadDocument(PdfDocument document, SourceDocumentBuilder builder, string? file, ReaderOptions options, bool hasEof)
    {
        int pageCount;
        try
        {
            pageCount = document.NumberOfPages;
            if (document.IsEncrypted && pageCount == 0)
            {
                throw new DocumentEncryptedException(file, "the PDF is encrypted and cannot be read without a password.");
            }
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentEncryptedException(file, "the PDF is encrypted and cannot be read without a password.", ex);
        }
        catch (Exception ex) when (ex is not GovTextException and not OutOfMemoryException)
        {
            throw new DocumentFormatException(file, null, null, "corrupt PDF: the page tree cannot be read: " + ex.Message, ex);
        }

        if (pageCount > options.MaxPages)
        {
            throw new DocumentTooLargeException(file, null, $"the PDF has {pageCount:N0} pages; the limit is {options.MaxPages:N0}.");
        }

        if (pageCount == 0)
        {
            throw new DocumentFormatException(file, null, null, hasEof ? "the PDF has no pages." : "truncated PDF: no pages could be read.");
        }

        ReadMetadata(document, builder);

        var pages = new List<PageContent>();
        var failures = new List<(int Page, Exception Error)>();
        var rotated = 0;
        for (var number = 1; number <= pageCount; number++)
        {
            try
            {
                var page = document.GetPage(number);
                var glyphs = ToGlyphs(page.Letters, ref rotated);
                pages.Add(new PageContent(number, page.Height, PdfLayout.BuildLines(number, glyphs)));
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new DocumentEncryptedException(file, "the PDF is encrypted and cannot be read without a password.", ex);
            }
            catch (Exception ex) when (ex is not GovTextException and not OutOfMemoryException)
            {
                failures.Add((number, ex));
                pages.Add(new PageContent(number, 0, []));
            }
        }

        if (failures.Count > 0 && (!hasEof || failures.Count == pageCount))
        {
            var (page, error) = failures[0];
            throw new DocumentFormatException(
                file,
                page,
                null,
                (hasEof ? "corrupt PDF: no page text could be extracted: " : "truncated PDF (no %%EOF marker): page text cannot be extracted: ") + error.Message,
                error);
        }

        foreach (var (page, error) in failures)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Error, "GT1101", $"the text of page {page} could not be extracted: {error.Message}", page);
        }

        if (!hasEof)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "GT1102", "the PDF has no %%EOF marker; it may be truncated, but all pages could be read.");
        }

        if (rotated > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "GT1103", $"{rotated} glyph(s) of non-horizontal text were read as if horizontal; their order may be wrong.");
        }

        var bodySize = BodyFontSize(pages);
        StripFurniture(pages, builder, bodySize, options.StripFurniture);
        SeparateFootnotes(pages, bodySize);
        MarkGaps(pages);

        var knownWords = KnownWords(pages);
        var body = pages.SelectMany(p => p.Lines.Where(l => l.Kind == LineKind.Body)).ToList();
        var notes = pages.SelectMany(p => p.Lines.Where(l => l.Kind == LineKind.Footnote)).ToList();
        var repairs = PdfHyphenation.Repair(body, knownWords, (a, b) => a.Page != b.Page || !b.GapBefore);
        repairs += PdfHyphenation.Repair(notes, knownWords, (a, b) => a.Page == b.Page && !b.IsFootnoteStart);
        if (repairs > 0)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, "GT1104", $"repaired {repairs} word(s) hyphenated across lines.");
        }

        foreach (var page in pages)
        {
            builder.BeginPage(page.Number);
            var pageStartsGap = true;
            foreach (var line in page.Lines.Where(l => l.Kind == LineKind.Body).Concat(page.Lines.Where(l => l.Kind == LineKind.Footnote)))
            {
                Emit(builder, line, pageStartsGap);
                pageStartsGap = false;
            }
        }

        return builder.Build();
    }

    private static void Emit(SourceDocumentBuilder builder, PdfLine line, bool firstOnPage)
    {
        var text = line.Text;
        var prefix = 0;
        if (line.Kind == LineKind.Footnote && line.IsFootnoteStart && line.LeadNumber is { } number)
        {
            var label = number.ToString(CultureInfo.InvariantCulture) + " ";
            text = label + text;
            prefix = label.Length;
        }

        if (text.Length == 0 && line.Markers.Count == 0)
        {
            return;
        }

        var gap = line.Kind == LineKind.Footnote ? line.IsFootnoteStart : firstOnPage || line.GapBefore;
        var added = builder.AddLine(text, line.Kind, gap, line.Bounds, Math.Round(line.Size, 2));
        if (line.Kind == LineKind.Body && line.LeadNumber is { } lead)
        {
            builder.AddMarker(lead, added.Start);
        }

        foreach (var (markerNumber, offset) in line.Markers)
        {
            builder.AddMarker(markerNumber, added.Start + Math.Clamp(prefix + offset, 0, text.Length));
        }
    }

    private static void ReadMetadata(PdfDocument document, SourceDocumentBuilder builder)
    {
        try
        {
            var info = document.Information;
            Set("Title", info.Title);
            Set("Subject", info.Subject);
            Set("Producer", info.Producer);
            Set("Author", info.Author);
            Set("Creator", info.Creator);
            Set("Keywords", info.Keywords);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Warning, "GT1105", "the document information dictionary could not be read: " + ex.Message);
        }

        void Set(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                builder.SetMetadata(key, value.Trim());
            }
        }
    }

    private static List<PdfGlyph> ToGlyphs(IReadOnlyList<Letter> letters, ref int rotated)
    {
        var glyphs = new List<PdfGlyph>(letters.Count);
        foreach (var letter in letters)
        {
            var text = PdfLayout.NormaliseGlyphText(letter.Value, out var isSpace, out var isSoftHyphen, out var isDiacritic);
            if (text is null)
            {
                continue;
            }

            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                rotated++;
            }

            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.FontSize, 1);
            var box = letter.BoundingBox;
            var x = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, x);
            var boxLeft = box.Width > 0 ? box.Left : x;
            var boxRight = box.Width > 0 ? box.Right : right;
            var boxBottom = box.Height > 0 ? box.Bottom : letter.StartBaseLine.Y - (0.2 * size);
            var boxTop = box.Height > 0 ? box.Top : letter.StartBaseLine.Y + (0.7 * size);
            var glyph = new PdfGlyph
            {
                Text = text,
                X = x,
                Right = right,
                Baseline = letter.StartBaseLine.Y,
                Size = size,
                BoxLeft = boxLeft,
                BoxRight = boxRight,
                BoxBottom = boxBottom,
                BoxTop = boxTop,
                IsSpace = isSpace,
                IsSoftHyphen = isSoftHyphen,
                IsDiacritic = isDiacritic,
            };

            // Fake bold: the same glyph printed again at (almost) the same place.
            if (glyphs.Count > 0 && !isSpace)
            {
                var previous = glyphs[^1];
                if (previous.Text == text && Math.Abs(previous.X - x) < 0.3 && Math.Abs(previous.Baseline - glyph.Baseline) < 0.3)
                {
                    continue;
                }
            }

            glyphs.Add(glyph);
        }

        return glyphs;
    }

    private static double BodyFontSize(List<PageContent> pages)
    {
        var counts = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            var key = Math.Round(line.Size, 1);
            counts[key] = counts.GetValueOrDefault(key) + line.Text.Length;
        }

        return counts.Count == 0 ? 10 : counts.OrderByDescending(kv => kv.Value).ThenByDescending(kv => kv.Key).First().Key;
    }

    private static void StripFurniture(List<PageContent> pages, SourceDocumentBuilder builder, double bodySize, bool strip)
    {
        var stripped = new Dictionary<FurnitureKind, int>();
        string? idFooter = null;
        foreach (var page in pages)
        {
            var height = page.Height > 0 ? page.Height : 792;
            foreach (var line in page.Lines.ToList())
            {
                var inMargin = line.Baseline < PdfFurniture.BottomMarginRatio * height || line.Bounds.Top > (1 - PdfFurniture.TopMarginRatio) * height;
                var changed = false;
                foreach (var segment in line.Segments.ToList())
                {
                    var pieces = PdfFurniture.Classify(segment.Text, inMargin, segment.Size >= PdfFurniture.ChamberMarkerSizeRatio * bodySize);
                    if (pieces is null || segment.Markers.Count > 0)
                    {
                        continue;
                    }

                    foreach (var (kind, text) in pieces)
                    {
                        if (kind == FurnitureKind.IdFooter)
                        {
                            idFooter ??= text;
                        }

                        if (strip)
                        {
                            builder.AddFurniture(kind, page.Number, text);
                            stripped[kind] = stripped.GetValueOrDefault(kind) + 1;
                        }
                    }

                    if (strip)
                    {
                        line.Segments.Remove(segment);
                        changed = true;
                    }
                }

                if (changed)
                {
                    line.Compose();
                    if (line.Segments.Count == 0)
                    {
                        page.Lines.Remove(line);
                    }
                }
            }
        }

        if (idFooter is not null)
        {
            builder.SetMetadata("IdFooter", idFooter);
        }

        var total = stripped.Values.Sum();
        var detail = string.Join(", ", stripped.OrderBy(kv => kv.Key).Select(kv => $"{kv.Value} {kv.Key}"));
        builder.AddDiagnostic(
            DiagnosticSeverity.Info,
            "GT1100",
            strip
                ? $"stripped {total} page-furniture item(s) from {pages.Count} page(s)" + (total > 0 ? $": {detail}." : ".")
                : "page-furniture stripping is off; running footers, page numbers and imprint lines are kept as body text.");
    }

    /// <summary>
    /// On each page, the footnote block is the longest run of lines at the bottom, all in a smaller font than body
    /// text, whose first line starts with a footnote number.
    /// </summary>
    private static void SeparateFootnotes(List<PageContent> pages, double bodySize)
    {
        foreach (var page in pages)
        {
            var lines = page.Lines;
            var start = -1;
            for (var i = lines.Count - 1; i >= 0; i--)
            {
                if (lines[i].Size >= FootnoteSizeRatio * bodySize)
                {
                    break;
                }

                if (lines[i].LeadNumber is not null)
                {
                    start = i;
                }
            }

            if (start < 0)
            {
                continue;
            }

            for (var i = start; i < lines.Count; i++)
            {
                lines[i].Kind = LineKind.Footnote;
                lines[i].IsFootnoteStart = lines[i].LeadNumber is not null;
            }
        }
    }

    private static void MarkGaps(List<PageContent> pages)
    {
        var ratios = new List<double>();
        foreach (var page in pages)
        {
            for (var i = 1; i < page.Lines.Count; i++)
            {
                var (a, b) = (page.Lines[i - 1], page.Lines[i]);
                if (Math.Abs(a.Size - b.Size) < 0.3 && a.Size > 0 && a.Baseline > b.Baseline)
                {
                    ratios.Add(Math.Round((a.Baseline - b.Baseline) / a.Size, 2));
                }
            }
        }

        var normal = ratios.Count == 0 ? 1.2 : ratios.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        foreach (var page in pages)
        {
            PdfLine? previous = null;
            foreach (var line in page.Lines)
            {
                if (previous is null)
                {
                    line.GapBefore = true;
                }
                else
                {
                    var size = Math.Max(previous.Size, line.Size);
                    line.GapBefore = previous.Baseline - line.Baseline > ParagraphGapRatio * normal * size;
                }

                previous = line;
            }
        }
    }

    private static HashSet<string> KnownWords(List<PageContent> pages) =>
        Hyphenation.KnownWords(pages.SelectMany(p => p.Lines).Select(l => l.Text));

    private sealed record PageContent(int Number, double Height, List<PdfLine> Lines);
}
