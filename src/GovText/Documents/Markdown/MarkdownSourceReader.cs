using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GovText.Documents.Markdown;

/// <summary>
/// Reads Markdown (typically the output of a PDF-to-Markdown converter) into a <see cref="SourceDocument"/> with
/// Markdig, one line per source line of each block, so that the same line grammar applies as for PDF.
/// </summary>
/// <remarks>
/// <para>
/// Emphasis markers are dropped; a footnote reference written after a word as <c>[1 ]</c>, <c>[2]</c> or
/// <c>[^3]</c> is removed from the text and recorded as a marker; a superscript letter such as <c>11[e ]</c> is
/// kept as text ("11e"). Thematic breaks (<c>-----</c>, the page breaks of converted PDFs) are recorded as
/// <see cref="FurnitureKind.Other"/> furniture and start a new page. A leading heading that is only the chamber
/// marker (<c># 2</c>) is furniture too. A footer id, also in the mangled converter form <c>h tk 20232024 387</c>,
/// becomes <see cref="FurnitureKind.IdFooter"/> furniture and the metadata key <c>IdFooter</c>
/// (<c>ah-tk-20232024-387</c>). Lines that read exactly "Vraag N" / "Antwoord N en M" are marked
/// <see cref="LineKind.Heading"/>; a paragraph that starts with the number of a footnote referenced earlier is marked
/// <see cref="LineKind.Footnote"/>.
/// </para>
/// <para>Instances are stateless and thread-safe.</para>
/// </remarks>
public sealed partial class MarkdownSourceReader : ISourceReader
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>A shared instance.</summary>
    public static MarkdownSourceReader Instance { get; } = new();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Markdown;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="DocumentTooLargeException">The input is larger than <see cref="ReaderOptions.MaxBytes"/>.</exception>
    /// <exception cref="DocumentFormatException">The input is empty.</exception>
    public SourceDocument Read(ReadOnlyMemory<byte> bytes, string? file, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length > options.MaxBytes)
        {
            throw new DocumentTooLargeException(file, bytes.Length, $"The Markdown input has {bytes.Length} bytes; the limit is {options.MaxBytes}.");
        }

        var builder = new SourceDocumentBuilder(file, SourceFormat.Markdown);
        var (text, _) = TextDecoding.Decode(bytes.Span, null, builder);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentFormatException(file, null, 0, "The Markdown input is empty.");
        }

        var document = Markdig.Markdown.Parse(text, s_pipeline);
        var renderer = new Renderer(builder, text, options);
        renderer.Render(document);
        return builder.Build();
    }

    [GeneratedRegex(@"(?<=\S)\[\^?(?<n>\d{1,3}) ?\]|(?<=\d)\[(?<sup>[A-Za-z]{1,3}) ?\]", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex InlineReference();

    [GeneratedRegex(@"^(?<p>a?h|kv)[\s\-]+(?<c>tk|ek)[\s\-]+(?<rest>\d{8}[\s\-]+\d+|\d{4}Z\d{5})$", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex IdFooter();

    [GeneratedRegex(@"^(?<n>\d{1,3}) \S", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex Tag();

    /// <summary>Walks the Markdig tree iteratively and writes lines.</summary>
    private sealed class Renderer
    {
        private readonly SourceDocumentBuilder _builder;
        private readonly string _source;
        private readonly ReaderOptions _options;
        private readonly LineWriter _writer;
        private readonly HashSet<int> _referenced = [];
        private readonly HashSet<int> _defined = [];
        private bool _pageBreakPending;
        private string? _pendingPrefix;
        private int _nodes;

        public Renderer(SourceDocumentBuilder builder, string source, ReaderOptions options)
        {
            _builder = builder;
            _source = source;
            _options = options;
            _writer = new LineWriter(builder)
            {
                BeforeLine = () =>
                {
                    if (_pageBreakPending)
                    {
                        _pageBreakPending = false;
                        _builder.BeginPage(_builder.CurrentPage + 1);
                    }
                },
            };
        }

        public void Render(MarkdownDocument document)
        {
            var stack = new Stack<Block>();
            PushChildren(stack, document);
            while (stack.Count > 0)
            {
                var block = stack.Pop();
                if (++_nodes > _options.MaxNodes)
                {
                    _builder.AddDiagnostic(DiagnosticSeverity.Error, ReaderCodes.NodeLimit, $"The document has more than {_options.MaxNodes} blocks; the rest was not read.", offset: _builder.Length);
                    break;
                }

                switch (block)
                {
                    case ListItemBlock item:
                        _pendingPrefix = item.Parent is ListBlock { IsOrdered: true } ? $"{item.Order.ToString(CultureInfo.InvariantCulture)}." : "•";
                        PushChildren(stack, item);
                        break;
                    case ContainerBlock container:
                        PushChildren(stack, container);
                        break;
                    case ThematicBreakBlock rule:
                        _builder.AddFurniture(FurnitureKind.Other, _builder.CurrentPage, SourceText(rule).Trim());
                        if (_writer.LineCount > 0)
                        {
                            _pageBreakPending = true;
                        }

                        break;
                    case HeadingBlock heading:
                        RenderHeading(heading);
                        break;
                    case ParagraphBlock paragraph:
                        RenderLines(InlineLines(paragraph.Inline));
                        break;
                    case HtmlBlock html:
                        RenderLines(SourceLines(html).Select(l => Tag().Replace(l, " ")).ToList());
                        break;
                    case LeafBlock leaf when leaf is CodeBlock:
                        RenderLines(SourceLines(leaf));
                        break;
                }
            }

            _writer.Finish();
        }

        private static void PushChildren(Stack<Block> stack, ContainerBlock container)
        {
            for (var i = container.Count - 1; i >= 0; i--)
            {
                stack.Push(container[i]);
            }
        }

        private string SourceText(Block block)
        {
            var start = Math.Clamp(block.Span.Start, 0, _source.Length);
            var end = Math.Clamp(block.Span.End + 1, start, _source.Length);
            return _source[start..end];
        }

        private static List<string> SourceLines(LeafBlock block)
        {
            var lines = new List<string>();
            var group = block.Lines;
            for (var i = 0; i < group.Count; i++)
            {
                lines.Add(group.Lines[i].Slice.ToString());
            }

            return lines;
        }

        private void RenderHeading(HeadingBlock heading)
        {
            var text = ReaderText.Collapse(string.Join(" ", InlineLines(heading.Inline)));
            if (text.Length <= 2 && text.All(char.IsAsciiDigit) && text.Length > 0 && int.Parse(text, CultureInfo.InvariantCulture) <= 2 && _writer.LineCount == 0)
            {
                _builder.AddFurniture(FurnitureKind.Other, _builder.CurrentPage, text);
                return;
            }

            RenderLines([text]);
        }

        private static List<string> InlineLines(ContainerInline? root)
        {
            var lines = new List<string>();
            var current = new StringBuilder();
            if (root is null)
            {
                return lines;
            }

            var stack = new Stack<Inline>();
            for (var child = root.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }

            while (stack.Count > 0)
            {
                var inline = stack.Pop();
                switch (inline)
                {
                    case LiteralInline literal:
                        current.Append(literal.Content.ToString());
                        break;
                    case LineBreakInline:
                        lines.Add(current.ToString());
                        current.Clear();
                        break;
                    case CodeInline code:
                        current.Append(code.Content);
                        break;
                    case AutolinkInline autolink:
                        current.Append(autolink.Url);
                        break;
                    case HtmlEntityInline entity:
                        current.Append(entity.Transcoded.ToString());
                        break;
                    case HtmlInline:
                        break;
                    case LinkInline { IsImage: true }:
                        break;
                    case ContainerInline container:
                        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                        {
                            stack.Push(child);
                        }

                        break;
                }
            }

            lines.Add(current.ToString());
            return lines;
        }

        private void RenderLines(IReadOnlyList<string> rawLines)
        {
            var first = true;
            var footnoteParagraph = false;
            foreach (var raw in rawLines)
            {
                var text = ReaderText.Collapse(raw);
                if (text.Length == 0)
                {
                    continue;
                }

                if (first && _pendingPrefix is not null)
                {
                    text = _pendingPrefix + " " + text;
                    _pendingPrefix = null;
                }

                var id = IdFooter().Match(text);
                if (id.Success)
                {
                    var prefix = id.Groups["p"].Value is "h" or "ah" ? "ah" : "kv";
                    var rest = Regex.Replace(id.Groups["rest"].Value, @"[\s\-]+", "-", RegexOptions.None, Patterns.Timeout);
                    _builder.AddFurniture(FurnitureKind.IdFooter, _builder.CurrentPage, text);
                    _builder.SetMetadata("IdFooter", $"{prefix}-{id.Groups["c"].Value}-{rest}");
                    continue;
                }

                var kind = LineKind.Body;
                var start = FootnoteStart().Match(text);
                var startNumber = start.Success ? int.Parse(start.Groups["n"].Value, CultureInfo.InvariantCulture) : -1;
                var opensFootnote = startNumber >= 0 && _referenced.Contains(startNumber) && !_defined.Contains(startNumber);
                if (first && opensFootnote)
                {
                    footnoteParagraph = true;
                }

                if (footnoteParagraph)
                {
                    kind = LineKind.Footnote;
                    if (opensFootnote)
                    {
                        _defined.Add(startNumber);
                    }
                }
                else if (ReaderText.IsQuestionOrAnswerHeading(text))
                {
                    kind = LineKind.Heading;
                }

                _writer.Break(gap: first);
                _writer.Kind = kind;
                WriteWithMarkers(text, kind != LineKind.Footnote);
                _writer.Break();
                _writer.Kind = LineKind.Body;
                first = false;
            }
        }

        private void WriteWithMarkers(string text, bool markers)
        {
            if (!markers)
            {
                _writer.Append(text);
                return;
            }

            var position = 0;
            foreach (Match m in InlineReference().Matches(text))
            {
                _writer.Append(text.AsSpan(position, m.Index - position));
                if (m.Groups["n"].Success)
                {
                    var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
                    _referenced.Add(number);
                    _writer.Marker(number);
                }
                else
                {
                    _writer.Append(m.Groups["sup"].Value);
                }

                position = m.Index + m.Length;
            }

            _writer.Append(text.AsSpan(position));
        }
    }
}
