using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace GovText.Documents.Xml;

/// <summary>
/// Reads official publication XML (<c>officiele-publicatie</c>, body <c>kamervragen</c>) into a
/// <see cref="SourceDocument"/>, rendering the structure as the printed document shows it.
/// </summary>
/// <remarks>
/// <para>
/// <c>kamervraagomschrijving</c> becomes the header sentence line(s); <c>nr</c> inside <c>vraag</c>/<c>antwoord</c>
/// becomes a <see cref="LineKind.Heading"/> line ("Vraag 1", "Antwoord 2 en 3"); <c>al</c> and list items
/// (<c>li</c> with <c>li.nr</c>) become body lines with <see cref="TextLine.GapBefore"/>; <c>kamervraagopmerking</c>
/// becomes a heading line "Mededeling" followed by <see cref="LineKind.Notice"/> lines; footnotes (<c>noot</c>,
/// <c>voetnoot</c>) become <see cref="LineKind.Footnote"/> lines "N text" at the end, and their in-text positions
/// (<c>noot</c> inline, <c>voetref</c>) become <see cref="SourceDocument.Markers"/>. <c>metadata/meta</c> goes into
/// <see cref="SourceDocument.Metadata"/>. Unknown elements are rendered as text and listed once in an Info diagnostic.
/// </para>
/// <para>
/// Hostile input: DTDs are prohibited and nothing is ever resolved, so entity expansion and external entities end in a
/// <see cref="DocumentFormatException"/> naming the file, line and position. Nesting deeper than
/// <see cref="ReaderOptions.MaxDepth"/> is flattened with one warning; reading stops after
/// <see cref="ReaderOptions.MaxNodes"/> nodes with an error diagnostic. The reader streams (System.Xml.XmlReader), so
/// memory is bounded by the text. Instances are stateless and thread-safe.
/// </para>
/// </remarks>
public sealed partial class XmlSourceReader : ISourceReader
{
    private static readonly HashSet<string> s_containers = new(StringComparer.Ordinal)
    {
        "officiele-publicatie", "kamervragen", "kamervraagkop", "vraag", "antwoord", "al-groep", "lijst", "vragen",
        "antwoorden", "noten", "voetnoten", "bijlage", "inhoud",
    };

    private static readonly HashSet<string> s_lineBlocks = new(StringComparer.Ordinal)
    {
        "al", "tekstregel", "kamervraagnummer", "kamervraagomschrijving", "tussenkop", "kop", "titel", "omschr",
        "toelicht", "li",
    };

    private static readonly HashSet<string> s_inline = new(StringComparer.Ordinal)
    {
        "naam", "voornaam", "voorletters", "achternaam", "tussenvoegsel", "partij", "functie", "datum",
        "kamervraagonderwerp", "nadruk", "extref", "intref", "sup", "sub", "inf", "li.nr", "organisatie", "plaats",
        "afkorting", "term", "citaat", "ministerie", "aanhef", "vergaderjaar",
    };

    /// <summary>A shared instance.</summary>
    public static XmlSourceReader Instance { get; } = new();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Xml;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException">The input is larger than <see cref="ReaderOptions.MaxBytes"/>.</exception>
    /// <exception cref="DocumentFormatException">The input is empty, not well-formed, or contains a DTD (prohibited).</exception>
    public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > options.MaxBytes)
        {
            throw new DocumentTooLargeException(file, bytes.Length, $"The XML input has {bytes.Length} bytes; the limit is {options.MaxBytes}.");
        }

        var builder = new SourceDocumentBuilder(file, SourceFormat.Xml);
        var span = bytes.Span;
        var declared = XmlEncoding().Match(TextDecoding.Prefix(span, 512)) is { Success: true } m ? m.Groups[1].Value : null;
        var (text, _) = TextDecoding.Decode(span, declared, builder);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFormatException(file, null, 0, "The XML input is empty.");
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = Math.Max(1, options.MaxBytes),
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        var state = new State(builder, options);
        using var reader = XmlReader.Create(new StringReader(text), settings);
        try
        {
            state.Run(reader);
        }
        catch (XmlException ex)
        {
            // The exception for a prohibited DTD carries no position: locate the DOCTYPE in the text instead.
            var (line, position) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition) : LineAndPosition(text, text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase));
            var reason = ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? "The XML contains a document type definition (DTD); DTDs and entities are not allowed and were not resolved"
                : "The XML is not well-formed";
            throw new DocumentFormatException(file, null, null, $"{reason} (line {line}, position {position}): {ex.Message}", ex);
        }

        return state.Finish();
    }

    private static (int Line, int Position) LineAndPosition(string text, int index)
    {
        if (index < 0)
        {
            return (0, 0);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""']([A-Za-z0-9_\-:.]+)[""']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex(@"\d{1,3}", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex FirstNumber();

    /// <summary>The streaming state machine.</summary>
    private sealed class State
    {
        private readonly SourceDocumentBuilder _builder;
        private readonly ReaderOptions _options;
        private readonly LineWriter _writer;
        private readonly List<Frame> _stack = [];
        private readonly List<KeyValuePair<string, string>> _metadata = [];
        private readonly List<Note> _notes = [];
        private readonly Dictionary<string, int> _noteIds = new(StringComparer.Ordinal);
        private readonly SortedSet<string> _unknown = new(StringComparer.Ordinal);
        private Note? _note;
        private StringBuilder? _capture;
        private int _suppress;
        private int _lineBlocks;
        private bool _liNumberWritten;
        private bool _depthReported;
        private long _nodes;

        public State(SourceDocumentBuilder builder, ReaderOptions options)
        {
            _builder = builder;
            _options = options;
            _writer = new LineWriter(builder);
        }

        private enum Role
        {
            Flattened,
            Suppressed,
            Meta,
            Container,
            LineBlock,
            Inline,
            Heading,
            Notice,
            Note,
            NoteNumber,
            Reference,
            Break,
            Signature,
            Unknown,
            UnknownInline,
            Captured,
        }

        public void Run(XmlReader reader)
        {
            while (reader.Read())
            {
                if (++_nodes > _options.MaxNodes)
                {
                    _builder.AddDiagnostic(
                        DiagnosticSeverity.Error,
                        ReaderCodes.NodeLimit,
                        $"The document has more than {_options.MaxNodes} nodes; reading stopped at line {(reader as IXmlLineInfo)?.LineNumber}.",
                        offset: _builder.Length);
                    return;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var empty = reader.IsEmptyElement;
                        Start(reader);
                        if (empty)
                        {
                            End();
                        }

                        break;
                    case XmlNodeType.EndElement:
                        End();
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.CDATA:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        Text(reader.Value);
                        break;
                }
            }
        }

        public SourceDocument Finish()
        {
            _writer.Break(gap: true);
            foreach (var note in _notes)
            {
                var body = ReaderText.Collapse(note.Text.ToString());
                var number = note.Number;
                var line = _writer.WriteLine(number is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)} {body}" : body, LineKind.Footnote, gap: true);
                if (number is null && line is not null)
                {
                    _builder.AddDiagnostic(DiagnosticSeverity.Warning, ReaderCodes.FootnoteWithoutNumber, "A footnote has no number.", offset: line.Start);
                }
            }

            _writer.Finish(id => _noteIds.TryGetValue(id, out var n) ? n : null);
            ReaderText.SetMetadataWithIdentifier(_builder, _metadata);
            if (_unknown.Count > 0)
            {
                _builder.AddDiagnostic(
                    DiagnosticSeverity.Info,
                    ReaderCodes.UnknownElements,
                    $"Unknown elements were rendered as plain text: {string.Join(", ", _unknown)}.");
            }

            return _builder.Build();
        }

        private string? Parent => _stack.Count > 0 ? _stack[^1].Name : null;

        private bool Inside(string name)
        {
            for (var i = _stack.Count - 1; i >= 0; i--)
            {
                if (_stack[i].Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        private void Start(XmlReader reader)
        {
            var name = reader.LocalName;
            var role = Classify(name, reader);
            _stack.Add(new Frame(name, role));
            switch (role)
            {
                case Role.Flattened:
                    _writer.Space();
                    break;
                case Role.Suppressed:
                    _suppress++;
                    break;
                case Role.Meta:
                    _suppress++;
                    var key = reader.GetAttribute("name") ?? reader.GetAttribute("property");
                    var content = reader.GetAttribute("content");
                    if (!string.IsNullOrWhiteSpace(key) && content is not null)
                    {
                        _metadata.Add(new(key.Trim(), ReaderText.Collapse(content)));
                    }

                    break;
                case Role.Reference:
                    _suppress++;
                    var refId = reader.GetAttribute("refid") ?? reader.GetAttribute("ref");
                    _writer.Marker(null, refId ?? string.Empty);
                    break;
                case Role.Container:
                    _writer.Break(gap: name is "vraag" or "antwoord" or "kamervraagkop" or "lijst" or "al-groep");
                    break;
                case Role.LineBlock:
                    if (name == "al" && _liNumberWritten)
                    {
                        _liNumberWritten = false;
                    }
                    else
                    {
                        _liNumberWritten = false;
                        _writer.Break(gap: name != "tekstregel" || Parent is null);
                    }

                    _lineBlocks++;
                    break;
                case Role.Break:
                    _writer.Break();
                    break;
                case Role.Signature:
                    _writer.Break(gap: true);
                    break;
                case Role.Unknown:
                    _unknown.Add(name);
                    _writer.Break(gap: true);
                    break;
                case Role.UnknownInline:
                    _unknown.Add(name);
                    _writer.Space();
                    break;
                case Role.Heading:
                case Role.Captured:
                    _capture = new StringBuilder();
                    break;
                case Role.Notice:
                    _writer.WriteLine("Mededeling", LineKind.Heading, gap: true);
                    _writer.Break(gap: true);
                    _writer.Kind = LineKind.Notice;
                    break;
                case Role.Note:
                    _note = new Note(reader.GetAttribute("id"), name == "noot");
                    _note.NumberText.Append(reader.GetAttribute("nr"));
                    _suppress++;
                    break;
                case Role.NoteNumber:
                    break;
            }
        }

        private Role Classify(string name, XmlReader reader)
        {
            if (_stack.Count > 0 && _stack[^1].Role is Role.Suppressed or Role.Meta && _note is null)
            {
                return name == "meta" ? Role.Meta : Role.Suppressed;
            }

            if (_note is not null)
            {
                return name is "noot.nr" or "nr" ? Role.NoteNumber : Role.Inline;
            }

            if (_capture is not null)
            {
                return Role.Inline;
            }

            if (reader.Depth >= _options.MaxDepth)
            {
                if (!_depthReported)
                {
                    var info = reader as IXmlLineInfo;
                    _builder.AddDiagnostic(
                        DiagnosticSeverity.Warning,
                        ReaderCodes.DepthFlattened,
                        $"Elements are nested deeper than {_options.MaxDepth} levels (first at line {info?.LineNumber}, position {info?.LinePosition}); deeper text was flattened into the current line.",
                        offset: _builder.Length);
                    _depthReported = true;
                }

                return Role.Flattened;
            }

            switch (name)
            {
                case "metadata":
                    return Role.Suppressed;
                case "meta":
                    return Role.Meta;
                case "noot" or "voetnoot":
                    return Role.Note;
                case "voetref" or "noot.ref" or "nootref":
                    return Role.Reference;
                case "kamervraagopmerking":
                    return Role.Notice;
                case "nr" when Parent is "vraag" or "antwoord":
                    return Role.Heading;
                case "nr" or "kop" or "titel" or "tussenkop" when Inside("kamervraagopmerking"):
                    return Role.Captured;
                case "br":
                    return Role.Break;
                case "ondertekening":
                    return Role.Container;
                case "functie" or "naam" when Parent == "ondertekening":
                    return Role.Signature;
            }

            if (s_containers.Contains(name))
            {
                return Role.Container;
            }

            if (s_lineBlocks.Contains(name))
            {
                return Role.LineBlock;
            }

            if (s_inline.Contains(name))
            {
                return Role.Inline;
            }

            return _lineBlocks > 0 || _stack.Any(f => f.Role == Role.Signature) ? Role.UnknownInline : Role.Unknown;
        }

        private void End()
        {
            if (_stack.Count == 0)
            {
                return;
            }

            var frame = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            switch (frame.Role)
            {
                case Role.Flattened:
                case Role.UnknownInline:
                    _writer.Space();
                    break;
                case Role.Suppressed:
                case Role.Meta:
                case Role.Reference:
                    _suppress--;
                    break;
                case Role.Container:
                case Role.Unknown:
                    _writer.Break(gap: frame.Role == Role.Unknown);
                    break;
                case Role.LineBlock:
                    _lineBlocks--;
                    if (frame.Name == "li")
                    {
                        _liNumberWritten = false;
                    }

                    if (!_liNumberWritten)
                    {
                        _writer.Break();
                    }

                    break;
                case Role.Signature:
                    _writer.Break();
                    break;
                case Role.Inline when frame.Name == "li.nr":
                    _writer.Space();
                    _liNumberWritten = true;
                    break;
                case Role.Heading:
                    var text = ReaderText.Collapse(_capture!.ToString());
                    _capture = null;
                    var keyword = Parent == "antwoord" ? "Antwoord" : "Vraag";
                    var heading = ReaderText.NumberedHeading(keyword, text) ?? text;
                    if (heading.Length > 0)
                    {
                        _writer.WriteLine(heading, LineKind.Heading, gap: true);
                        _writer.Break(gap: true);
                    }

                    break;
                case Role.Captured:
                    var captured = ReaderText.Collapse(_capture!.ToString());
                    _capture = null;
                    if (captured.Length > 0 && !string.Equals(captured, "Mededeling", StringComparison.OrdinalIgnoreCase))
                    {
                        _writer.WriteLine(captured, _writer.Kind, gap: true);
                    }

                    break;
                case Role.Notice:
                    _writer.Break(gap: true);
                    _writer.Kind = LineKind.Body;
                    break;
                case Role.Note:
                    var note = _note!;
                    _note = null;
                    _suppress--;
                    var numberText = note.NumberText.ToString();
                    int? number = FirstNumber().Match(numberText) is { Success: true } nm
                        ? int.Parse(nm.Value, CultureInfo.InvariantCulture)
                        : null;
                    note.Number = number;
                    _notes.Add(note);
                    if (note.Id is not null && number is { } n)
                    {
                        _noteIds[note.Id] = n;
                    }

                    if (note.Inline && !IsInNotesSection())
                    {
                        if (number is { } value)
                        {
                            _writer.Marker(value);
                        }
                        else if (note.Id is not null)
                        {
                            _writer.Marker(null, note.Id);
                        }
                    }

                    break;
                case Role.NoteNumber:
                    _note?.NumberText.Append(' ');
                    break;
            }

            if (frame.Role == Role.Inline && _note is not null)
            {
                _note.Text.Append(' ');
            }
        }

        private bool IsInNotesSection() => Inside("noten") || Inside("voetnoten");

        private void Text(string value)
        {
            if (_note is not null)
            {
                if (_stack.Count > 0 && _stack[^1].Role == Role.NoteNumber)
                {
                    _note.NumberText.Append(value);
                }
                else
                {
                    _note.Text.Append(value);
                }

                return;
            }

            if (_suppress > 0)
            {
                return;
            }

            if (_capture is not null)
            {
                _capture.Append(value);
                return;
            }

            _writer.Append(value);
        }

        private readonly record struct Frame(string Name, Role Role);

        private sealed class Note(string? id, bool inline)
        {
            public string? Id { get; } = id;

            public bool Inline { get; } = inline;

            public int? Number { get; set; }

            public StringBuilder NumberText { get; } = new();

            public StringBuilder Text { get; } = new();
        }
    }
}
