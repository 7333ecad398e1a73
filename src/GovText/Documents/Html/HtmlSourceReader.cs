using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GovText.Documents.Html;

/// <summary>
/// Reads HTML into a <see cref="SourceDocument"/> with AngleSharp, rendering the structure as the printed document
/// shows it so that one line grammar applies to every format.
/// </summary>
/// <remarks>
/// <para>
/// Official markup of zoek.officielebekendmakingen.nl (<c>div.vraag</c>, <c>div.antwoord</c>) is rendered as: header
/// sentences as body lines; each question heading as a <see cref="LineKind.Heading"/> line "Vraag N" and each answer
/// heading as "Antwoord N" (from <c>&lt;h2&gt;Vraag 2, 3&lt;/h2&gt;</c> or <c>&lt;p class="nummer"&gt;1&lt;/p&gt;</c>);
/// paragraphs as body lines with <see cref="TextLine.GapBefore"/>; the notice (<c>kamervraagopmerking</c>) as a heading
/// line "Mededeling" followed by <see cref="LineKind.Notice"/> lines; the footnotes of <c>#noten</c> as
/// <see cref="LineKind.Footnote"/> lines "N text" at the end. In-text footnote references become
/// <see cref="SourceDocument.Markers"/>. Other HTML is rendered as plain text: one line per block element.
/// </para>
/// <para>
/// Guards: input larger than <see cref="ReaderOptions.MaxBytes"/> is rejected; nesting deeper than
/// <see cref="ReaderOptions.MaxDepth"/> is flattened (before the tree builder runs, so that hostile nesting costs
/// linear time) and reported once; input beyond <see cref="ReaderOptions.MaxNodes"/> elements is not read and
/// reported. The tree is walked with an explicit stack, never recursively. Instances are stateless and thread-safe.
/// </para>
/// </remarks>
public sealed partial class HtmlSourceReader : ISourceReader
{
    private static readonly HashSet<string> s_skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "nav", "iframe", "object", "svg", "select", "button", "input",
        "textarea",
    };

    private static readonly HashSet<string> s_paragraphBlocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dl", "dt", "ul", "ol", "table", "div",
        "section", "article", "main", "aside", "header", "footer", "figure", "figcaption", "address", "hr", "form",
        "fieldset", "details", "summary", "caption", "center",
    };

    private static readonly HashSet<string> s_lineBlocks = new(StringComparer.Ordinal)
    {
        "tr", "dd", "br", "thead", "tbody", "tfoot", "legend",
    };

    /// <summary>A shared instance.</summary>
    public static HtmlSourceReader Instance { get; } = new();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Html;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException">The input is larger than <see cref="ReaderOptions.MaxBytes"/>.</exception>
    /// <exception cref="DocumentFormatException">The input is empty.</exception>
    public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > options.MaxBytes)
        {
            throw new DocumentTooLargeException(file, bytes.Length, $"The HTML input has {bytes.Length} bytes; the limit is {options.MaxBytes}.");
        }

        var builder = new SourceDocumentBuilder(file, SourceFormat.Html);
        var span = bytes.Span;
        var declared = MetaCharset().Match(TextDecoding.Prefix(span, 4096)) is { Success: true } m ? m.Groups[1].Value : null;
        var (text, encoding) = TextDecoding.Decode(span, declared, builder);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFormatException(file, null, 0, "The HTML input is empty.");
        }

        var scan = HtmlPrescan.Scan(text, Math.Max(1, options.MaxDepth), Math.Max(1, options.MaxNodes));
        var depthReported = false;
        if (scan.FirstFlattenedOffset >= 0)
        {
            var byteOffset = encoding.GetByteCount(text.AsSpan(0, scan.FirstFlattenedOffset));
            builder.AddDiagnostic(
                DiagnosticSeverity.Warning,
                ReaderCodes.DepthFlattened,
                $"Elements are nested deeper than {options.MaxDepth} levels (first at byte offset {byteOffset}); {scan.FlattenedTags} deeper start tags were ignored and their text was flattened into the enclosing element.");
            depthReported = true;
        }

        if (scan.CutOffset >= 0)
        {
            var byteOffset = encoding.GetByteCount(text.AsSpan(0, scan.CutOffset));
            builder.AddDiagnostic(
                DiagnosticSeverity.Error,
                ReaderCodes.NodeLimit,
                $"The input has more than {options.MaxNodes} elements; the text from byte offset {byteOffset} on was not read.");
        }

        var parser = new HtmlParser(new HtmlParserOptions
        {
            MaximumDepth = Math.Max(8, options.MaxDepth + 8),
            SkipComments = true,
            SkipProcessingInstructions = true,
        });
        using var document = parser.ParseDocument(scan.Text);

        ReadMetadata(document, builder);
        var official = document.QuerySelector("div.vraag, div.antwoord") is not null;
        if (!official)
        {
            builder.AddDiagnostic(DiagnosticSeverity.Info, ReaderCodes.PlainHtml, "No official question/answer markup (div.vraag, div.antwoord); the HTML was read as plain text.");
        }

        var walker = new Walker(builder, options, official, depthReported, nodeLimited: scan.CutOffset >= 0);
        walker.Walk(document.Body ?? (INode?)document.DocumentElement ?? document);
        if (official)
        {
            walker.WriteFootnotes(document.GetElementById("noten"));
        }

        walker.Writer.Finish();
        return builder.Build();
    }

    private static void ReadMetadata(IDocument document, SourceDocumentBuilder builder)
    {
        var list = new List<KeyValuePair<string, string>>();
        var title = ReaderText.Collapse(document.Title ?? string.Empty);
        if (title.Length > 0)
        {
            list.Add(new("Title", title));
        }

        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            var name = meta.GetAttribute("name")!.Trim();
            if (name.Length > 0)
            {
                list.Add(new(name, ReaderText.Collapse(meta.GetAttribute("content")!)));
            }
        }

        ReaderText.SetMetadataWithIdentifier(builder, list);
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\d{1,3}$", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex FootnoteNumber();

    /// <summary>Walks the DOM iteratively and writes lines.</summary>
    private sealed class Walker
    {
        private readonly SourceDocumentBuilder _builder;
        private readonly ReaderOptions _options;
        private readonly bool _official;
        private readonly Stack<Frame> _stack = new();
        private readonly bool _nodeLimited;
        private bool _depthReported;
        private int _nodes;
        private int _pre;

        public Walker(SourceDocumentBuilder builder, ReaderOptions options, bool official, bool depthReported, bool nodeLimited)
        {
            _nodeLimited = nodeLimited;
            _builder = builder;
            _options = options;
            _official = official;
            _depthReported = depthReported;
            Writer = new LineWriter(builder);
        }

        public LineWriter Writer { get; }

        private enum Exit
        {
            None,
            Block,
            Pre,
            Notice,
            Cell,
        }

        public void Walk(INode root)
        {
            PushChildren(root, 1);
            while (_stack.Count > 0)
            {
                var frame = _stack.Pop();
                if (frame.Exit != Exit.None)
                {
                    LeaveElement(frame.Exit);
                    continue;
                }

                // The pre-scan already cut the input at the element limit; otherwise count elements here too.
                if (!_nodeLimited && frame.Node is IElement && ++_nodes > _options.MaxNodes)
                {
                    _builder.AddDiagnostic(DiagnosticSeverity.Error, ReaderCodes.NodeLimit, $"The document has more than {_options.MaxNodes} elements; the rest was not read.", offset: _builder.Length);
                    _stack.Clear();
                    break;
                }

                var node = frame.Node!;
                if (node is IText textNode)
                {
                    AppendText(textNode.Data);
                    continue;
                }

                if (node is IElement element)
                {
                    EnterElement(element, frame.Depth);
                }
            }

            Writer.Break();
        }

        public void WriteFootnotes(IElement? notes)
        {
            if (notes is null)
            {
                return;
            }

            var items = notes.QuerySelectorAll(".noot, .voet").Where(e => e.ParentElement?.Closest(".noot, .voet") is null).ToList();
            if (items.Count == 0)
            {
                items = [.. notes.Children];
            }

            Writer.Kind = LineKind.Footnote;
            foreach (var item in items)
            {
                var numberElement = item.QuerySelector(".nootnum") ?? item.QuerySelector("sup");
                var numberText = numberElement is null ? string.Empty : ReaderText.Collapse(numberElement.TextContent);
                var body = GatherText(item, numberElement);
                if (body.Length == 0 && numberText.Length == 0)
                {
                    continue;
                }

                if (FootnoteNumber().IsMatch(numberText))
                {
                    Writer.WriteLine($"{numberText} {body}".Trim(), LineKind.Footnote, gap: true);
                }
                else
                {
                    var line = Writer.WriteLine((numberText + " " + body).Trim(), LineKind.Footnote, gap: true);
                    _builder.AddDiagnostic(DiagnosticSeverity.Warning, ReaderCodes.FootnoteWithoutNumber, "A footnote in #noten has no number.", offset: line?.Start);
                }
            }

            Writer.Kind = LineKind.Body;
        }

        private void PushChildren(INode node, int depth)
        {
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                _stack.Push(new Frame(child, depth, Exit.None));
            }
        }

        private void AppendText(string data)
        {
            if (_pre == 0)
            {
                Writer.Append(data);
                return;
            }

            var parts = data.Split('\n');
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Writer.Break();
                }

                Writer.Append(parts[i]);
            }
        }

        private void EnterElement(IElement element, int depth)
        {
            var name = element.LocalName;
            if (s_skipped.Contains(name))
            {
                return;
            }

            if (_official && (element.Id == "noten" || name is "header" or "footer"))
            {
                return;
            }

            if (depth > _options.MaxDepth)
            {
                if (!_depthReported)
                {
                    _builder.AddDiagnostic(DiagnosticSeverity.Warning, ReaderCodes.DepthFlattened, $"Elements are nested deeper than {_options.MaxDepth} levels; deeper text was flattened into the current line.", offset: _builder.Length);
                    _depthReported = true;
                }

                Writer.Space();
                Writer.Append(GatherText(element, null));
                Writer.Space();
                return;
            }

            if (TryFootnoteReference(element))
            {
                return;
            }

            if (_official && TryQuestionOrAnswerHeading(element))
            {
                return;
            }

            if (_official && element.ClassList.Contains("kamervraagopmerking"))
            {
                Writer.WriteLine("Mededeling", LineKind.Heading, gap: true);
                Writer.Break(gap: true);
                Writer.Kind = LineKind.Notice;
                _stack.Push(new Frame(null, depth, Exit.Notice));
                PushChildren(element, depth + 1);
                return;
            }

            if (_official && Writer.Kind == LineKind.Notice && name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                && string.Equals(ReaderText.Collapse(element.TextContent), "Mededeling", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (name == "br")
            {
                Writer.Break();
                return;
            }

            var exit = Exit.None;
            if (s_paragraphBlocks.Contains(name))
            {
                Writer.Break(gap: true);
                exit = Exit.Block;
            }
            else if (s_lineBlocks.Contains(name))
            {
                Writer.Break();
                exit = Exit.Block;
            }
            else if (name is "td" or "th")
            {
                Writer.Space();
                exit = Exit.Cell;
            }

            if (name == "pre")
            {
                _pre++;
                exit = Exit.Pre;
            }

            if (name == "li" && element.ParentElement is { LocalName: "ol" } list)
            {
                var start = int.TryParse(list.GetAttribute("start"), out var s) ? s : 1;
                var index = 0;
                foreach (var sibling in list.Children)
                {
                    if (sibling == element)
                    {
                        break;
                    }

                    if (sibling.LocalName == "li")
                    {
                        index++;
                    }
                }

                Writer.Append($"{start + index}.");
                Writer.Space();
            }

            if (exit != Exit.None)
            {
                _stack.Push(new Frame(null, depth, exit));
            }

            PushChildren(element, depth + 1);
        }

        private void LeaveElement(Exit exit)
        {
            switch (exit)
            {
                case Exit.Block:
                    Writer.Break();
                    break;
                case Exit.Pre:
                    _pre--;
                    Writer.Break();
                    break;
                case Exit.Notice:
                    Writer.Break(gap: true);
                    Writer.Kind = LineKind.Body;
                    break;
                case Exit.Cell:
                    Writer.Space();
                    break;
            }
        }

        private bool TryFootnoteReference(IElement element)
        {
            var name = element.LocalName;
            var isReference = (name == "a" && element.ClassList.Contains("nootnum"))
                || (name == "sup" && (_official || element.QuerySelector("a[href^='#']") is not null));
            if (!isReference)
            {
                return false;
            }

            var text = ReaderText.Collapse(element.TextContent);
            if (!FootnoteNumber().IsMatch(text))
            {
                return false;
            }

            Writer.Marker(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }

        private bool TryQuestionOrAnswerHeading(IElement element)
        {
            var name = element.LocalName;
            var isHeading = name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                || (name == "p" && element.ClassList.Contains("nummer"));
            if (!isHeading)
            {
                return false;
            }

            var section = element.Closest("div.vraag, div.antwoord");
            if (section is null)
            {
                return false;
            }

            var keyword = section.ClassList.Contains("antwoord") ? "Antwoord" : "Vraag";
            var text = GatherText(element, null);
            var heading = ReaderText.NumberedHeading(keyword, text) ?? text;
            if (heading.Length > 0)
            {
                Writer.WriteLine(heading, LineKind.Heading, gap: true);
                Writer.Break(gap: true);
            }

            return true;
        }

        /// <summary>Collects the text of a subtree iteratively (skipping scripts and one excluded element).</summary>
        private static string GatherText(IElement root, IElement? exclude)
        {
            var sb = new StringBuilder();
            var stack = new Stack<INode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node is IText t)
                {
                    sb.Append(t.Data);
                    continue;
                }

                if (node is IElement e && (e == exclude || (e != root && s_skipped.Contains(e.LocalName))))
                {
                    continue;
                }

                if (node is IElement { LocalName: "br" or "p" or "div" or "li" or "td" or "th" or "tr" })
                {
                    sb.Append(' ');
                }

                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push(child);
                }
            }

            return ReaderText.Collapse(sb.ToString());
        }

        private readonly record struct Frame(INode? Node, int Depth, Exit Exit);
    }
}
