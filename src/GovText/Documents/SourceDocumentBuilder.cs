using System.Text;

namespace GovText.Documents;

/// <summary>
/// Accumulates lines into the text of a <see cref="SourceDocument"/> while keeping offsets, pages, markers,
/// furniture and diagnostics consistent. Used by every reader; not thread-safe.
/// </summary>
internal sealed class SourceDocumentBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TextLine> _lines = [];
    private readonly List<SourcePage> _pages = [];
    private readonly List<FootnoteMarker> _markers = [];
    private readonly List<StrippedFurniture> _furniture = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, string> _metadata = new(StringComparer.Ordinal);
    private int _pageNumber;
    private int _pageStart;

    public SourceDocumentBuilder(string? file, SourceFormat format)
    {
        File = file;
        Format = format;
    }

    public string? File { get; }

    public SourceFormat Format { get; }

    public int Length => _text.Length;

    public int CurrentPage => Math.Max(1, _pageNumber);

    public void BeginPage(int number)
    {
        EndPage();
        _pageNumber = number;
        _pageStart = _text.Length;
    }

    public void EndPage()
    {
        if (_pageNumber > 0)
        {
            _pages.Add(new SourcePage(_pageNumber, _pageStart, _text.Length));
        }

        _pageNumber = 0;
    }

    /// <summary>Appends a line (text must not contain line breaks; they are replaced by spaces).</summary>
    public TextLine AddLine(string text, LineKind kind = LineKind.Body, bool gapBefore = false, LineBounds? bounds = null, double? fontSize = null)
    {
        if (_pageNumber == 0)
        {
            BeginPage(1);
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        var start = _text.Length;
        foreach (var c in text)
        {
            _text.Append(c is '\n' or '\r' ? ' ' : c);
        }

        var line = new TextLine(_pageNumber, start, _text.Length, kind, bounds, fontSize, gapBefore);
        _lines.Add(line);
        return line;
    }

    public void AddMarker(int number, int offset) => _markers.Add(new FootnoteMarker(number, CurrentPage, offset));

    public void AddFurniture(FurnitureKind kind, int page, string text) => _furniture.Add(new StrippedFurniture(kind, page, text));

    public void AddDiagnostic(DiagnosticSeverity severity, string code, string message, int? page = null, int? offset = null) =>
        _diagnostics.Add(new Diagnostic(severity, code, message, File, page, offset));

    public void SetMetadata(string key, string value) => _metadata[key] = value;

    public SourceDocument Build()
    {
        EndPage();
        if (_pages.Count == 0)
        {
            _pages.Add(new SourcePage(1, 0, _text.Length));
        }

        return new SourceDocument(File, Format, _text.ToString(), _pages, _lines, _markers, _furniture, _diagnostics, _metadata);
    }
}
