using System.Collections.Immutable;

namespace GovText.Documents;

/// <summary>The format a <see cref="SourceDocument"/> was read from.</summary>
public enum SourceFormat
{
    /// <summary>PDF, read with PdfPig.</summary>
    Pdf,

    /// <summary>HTML, read with AngleSharp.</summary>
    Html,

    /// <summary>Official publication XML (<c>officiele-publicatie</c>).</summary>
    Xml,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>Markdown, read with Markdig.</summary>
    Markdown,
}

/// <summary>What a <see cref="TextLine"/> is, as far as the reader can tell from layout or markup.</summary>
public enum LineKind
{
    /// <summary>Running body text.</summary>
    Body,

    /// <summary>A structural heading taken from markup (HTML heading, XML <c>nr</c>): "Vraag 1", "Antwoord 2".</summary>
    Heading,

    /// <summary>Footnote text (bottom of a PDF page, <c>#noten</c> in HTML, <c>noot</c> in XML).</summary>
    Footnote,

    /// <summary>A notice block (<c>kamervraagopmerking</c>) from markup.</summary>
    Notice,
}

/// <summary>One line of extracted text in reading order.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Start">Start offset into <see cref="SourceDocument.Text"/>.</param>
/// <param name="End">End offset (exclusive) into <see cref="SourceDocument.Text"/>, not counting the line break.</param>
/// <param name="Kind">What the reader thinks the line is.</param>
/// <param name="Bounds">Layout box in PDF points (left, bottom, right, top) when the source has layout; otherwise null.</param>
/// <param name="FontSize">Dominant font size when known.</param>
/// <param name="GapBefore">True when the line is visually separated from the previous line (blank line, paragraph break, larger vertical gap).</param>
public sealed record TextLine(int Page, int Start, int End, LineKind Kind, LineBounds? Bounds, double? FontSize, bool GapBefore)
{
    /// <summary>The span of this line.</summary>
    public SourceSpan Span => new(Page, Start, End);
}

/// <summary>A layout rectangle in PDF user-space points.</summary>
/// <param name="Left">Left x.</param>
/// <param name="Bottom">Bottom y.</param>
/// <param name="Right">Right x.</param>
/// <param name="Top">Top y.</param>
public readonly record struct LineBounds(double Left, double Bottom, double Right, double Top);

/// <summary>A page of a document as a range of <see cref="SourceDocument.Text"/>.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Start">First offset of the page.</param>
/// <param name="End">End offset (exclusive) of the page.</param>
public readonly record struct SourcePage(int Number, int Start, int End);

/// <summary>A footnote reference marker found in body text (a superscript digit in PDF, a note reference in markup).</summary>
/// <param name="Number">The footnote number.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Offset">Offset in <see cref="SourceDocument.Text"/> where the marker stood (the marker itself is not part of the text).</param>
public readonly record struct FootnoteMarker(int Number, int Page, int Offset);

/// <summary>What kind of page furniture was stripped.</summary>
public enum FurnitureKind
{
    /// <summary>Running footer such as "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel".</summary>
    RunningFooter,

    /// <summary>A page number.</summary>
    PageNumber,

    /// <summary>The publication id footer such as "ah-tk-20232024-1314".</summary>
    IdFooter,

    /// <summary>The ISSN line.</summary>
    Issn,

    /// <summary>The "’s-Gravenhage 2024" imprint line.</summary>
    Imprint,

    /// <summary>Other furniture (chamber marker, repeated header, markdown page rule).</summary>
    Other,
}

/// <summary>Text removed as page furniture, kept so that nothing disappears silently.</summary>
/// <param name="Kind">What was stripped.</param>
/// <param name="Page">1-based page.</param>
/// <param name="Text">The stripped text.</param>
public sealed record StrippedFurniture(FurnitureKind Kind, int Page, string Text);

/// <summary>
/// The output of the Documents stage: the text of a document in reading order with positions, plus what the
/// reader separated (footnotes, markers, furniture) and what it had to say (diagnostics). Immutable.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>Creates a source document.</summary>
    /// <param name="file">File name or path the text came from (used in diagnostics and citations).</param>
    /// <param name="format">The format it was read from.</param>
    /// <param name="text">The normalised text; all offsets refer to it.</param>
    /// <param name="pages">Page ranges (one page for formats without pages).</param>
    /// <param name="lines">Lines in reading order.</param>
    /// <param name="markers">Footnote markers removed from body text.</param>
    /// <param name="furniture">Stripped page furniture.</param>
    /// <param name="diagnostics">Reader diagnostics.</param>
    /// <param name="metadata">Format metadata (PDF Title/Subject, HTML meta tags, XML metadata).</param>
    public SourceDocument(
        string? file,
        SourceFormat format,
        string text,
        IEnumerable<SourcePage> pages,
        IEnumerable<TextLine> lines,
        IEnumerable<FootnoteMarker>? markers = null,
        IEnumerable<StrippedFurniture>? furniture = null,
        IEnumerable<Diagnostic>? diagnostics = null,
        IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        File = file;
        Format = format;
        Text = text;
        Pages = pages.ToImmutableArray();
        Lines = lines.ToImmutableArray();
        Markers = (markers ?? []).ToImmutableArray();
        Furniture = (furniture ?? []).ToImmutableArray();
        Diagnostics = (diagnostics ?? []).ToImmutableArray();
        Metadata = (metadata ?? ImmutableDictionary<string, string>.Empty).ToImmutableDictionary();
        foreach (var line in Lines)
        {
            if (line.Start < 0 || line.End > text.Length || line.End < line.Start)
            {
                throw new ArgumentException($"Line span [{line.Start},{line.End}) is outside the text (length {text.Length}).", nameof(lines));
            }
        }
    }

    /// <summary>The file name or path the document was read from, if any.</summary>
    public string? File { get; }

    /// <summary>The source format.</summary>
    public SourceFormat Format { get; }

    /// <summary>The normalised text. Every offset in GovText results points into this string.</summary>
    public string Text { get; }

    /// <summary>Pages as ranges of <see cref="Text"/>.</summary>
    public ImmutableArray<SourcePage> Pages { get; }

    /// <summary>Lines in reading order.</summary>
    public ImmutableArray<TextLine> Lines { get; }

    /// <summary>Footnote markers that were separated from body text.</summary>
    public ImmutableArray<FootnoteMarker> Markers { get; }

    /// <summary>Page furniture that was stripped.</summary>
    public ImmutableArray<StrippedFurniture> Furniture { get; }

    /// <summary>Diagnostics of the reader.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Format metadata (for PDF: <c>Title</c>, <c>Subject</c>, <c>Producer</c>; for HTML: meta tags).</summary>
    public ImmutableDictionary<string, string> Metadata { get; }

    /// <summary>The text of a line.</summary>
    /// <param name="line">A line of this document.</param>
    /// <returns>The line's text.</returns>
    public string TextOf(TextLine line) => Text.Substring(line.Start, line.End - line.Start);

    /// <summary>The text covered by a span.</summary>
    /// <param name="span">A span of this document.</param>
    /// <returns>The covered text.</returns>
    public string TextOf(SourceSpan span) => Text.Substring(span.Start, span.End - span.Start);

    /// <summary>The 1-based page that contains an offset.</summary>
    /// <param name="offset">An offset into <see cref="Text"/>.</param>
    /// <returns>The page number (1 when there are no pages).</returns>
    public int PageAt(int offset)
    {
        foreach (var page in Pages)
        {
            if (offset >= page.Start && offset < page.End)
            {
                return page.Number;
            }
        }

        return Pages.IsDefaultOrEmpty ? 1 : Pages[^1].Number;
    }

    /// <summary>Creates a span between two offsets with the page of the start offset.</summary>
    /// <param name="start">Start offset.</param>
    /// <param name="end">End offset (exclusive).</param>
    /// <returns>The span.</returns>
    public SourceSpan SpanOf(int start, int end) => new(PageAt(start), start, end);

    /// <summary>Returns a copy with extra diagnostics appended.</summary>
    /// <param name="more">Diagnostics to add.</param>
    /// <returns>The new document.</returns>
    public SourceDocument WithDiagnostics(IEnumerable<Diagnostic> more) =>
        new(File, Format, Text, Pages, Lines, Markers, Furniture, Diagnostics.AddRange(more), Metadata);
}
