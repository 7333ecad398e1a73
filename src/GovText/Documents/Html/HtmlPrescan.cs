using System.Text;

namespace GovText.Documents.Html;

/// <summary>
/// A single linear pass over raw HTML text, before the tree builder sees it, that bounds what the tree builder has
/// to do: start tags that would nest deeper than the depth limit are removed together with their end tags (their
/// text stays, flattened into the enclosing element), and input after the node limit is cut off. The estimate of
/// depth is conservative: void elements and elements with optional end tags (<c>p</c>, <c>li</c>, <c>td</c>, …)
/// do not count.
/// </summary>
internal static class HtmlPrescan
{
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "image",
    };

    private static readonly HashSet<string> s_optionalEnd = new(StringComparer.Ordinal)
    {
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string> s_rawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    /// <summary>The outcome of the scan.</summary>
    /// <param name="Text">The text to parse (the input itself when nothing was changed).</param>
    /// <param name="FirstFlattenedOffset">Character offset of the first start tag removed for depth, or -1.</param>
    /// <param name="FlattenedTags">Number of start tags removed for depth.</param>
    /// <param name="CutOffset">Character offset where the input was cut for the node limit, or -1.</param>
    public readonly record struct Result(string Text, int FirstFlattenedOffset, int FlattenedTags, int CutOffset);

    public static Result Scan(string text, int maxDepth, int maxNodes)
    {
        StringBuilder? output = null;
        var copyFrom = 0;
        var depth = 0;
        var suppressed = 0;
        var tags = 0;
        var firstFlattened = -1;
        var flattened = 0;
        var cut = -1;
        var i = 0;
        var length = text.Length;

        while (i < length)
        {
            var lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= length)
            {
                break;
            }

            var c = text[lt + 1];
            if (c == '!')
            {
                if (string.CompareOrdinal(text, lt, "<!--", 0, 4) == 0)
                {
                    var endComment = text.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                    i = endComment < 0 ? length : endComment + 3;
                }
                else
                {
                    var gt = text.IndexOf('>', lt);
                    i = gt < 0 ? length : gt + 1;
                }

                continue;
            }

            if (c == '?')
            {
                var gt = text.IndexOf('>', lt);
                i = gt < 0 ? length : gt + 1;
                continue;
            }

            var close = c == '/';
            var nameStart = lt + (close ? 2 : 1);
            if (nameStart >= length || !char.IsAsciiLetter(text[nameStart]))
            {
                i = lt + 1;
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is '-' or ':' or '_' or '.'))
            {
                nameEnd++;
            }

            var name = text[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = FindTagEnd(text, nameEnd);

            if (!close)
            {
                tags++;
                if (tags > maxNodes)
                {
                    cut = lt;
                    output ??= new StringBuilder(length);
                    output.Append(text, copyFrom, lt - copyFrom);
                    copyFrom = length;
                    break;
                }
            }

            var counts = !s_void.Contains(name) && !s_optionalEnd.Contains(name);
            if (!close && counts)
            {
                if (depth >= maxDepth)
                {
                    suppressed++;
                    flattened++;
                    if (firstFlattened < 0)
                    {
                        firstFlattened = lt;
                    }

                    output ??= new StringBuilder(length);
                    output.Append(text, copyFrom, lt - copyFrom);
                    copyFrom = tagEnd;
                }
                else
                {
                    depth++;
                }
            }
            else if (close && counts)
            {
                if (suppressed > 0)
                {
                    suppressed--;
                    output ??= new StringBuilder(length);
                    output.Append(text, copyFrom, lt - copyFrom);
                    copyFrom = tagEnd;
                }
                else if (depth > 0)
                {
                    depth--;
                }
            }

            i = tagEnd;
            if (!close && s_rawText.Contains(name))
            {
                // Skip the raw text up to the matching end tag; it contains no markup.
                var endTag = IndexOfEndTag(text, name, tagEnd);
                i = endTag < 0 ? length : endTag;
            }
        }

        if (output is null)
        {
            return new Result(text, firstFlattened, flattened, cut);
        }

        if (copyFrom < length)
        {
            output.Append(text, copyFrom, length - copyFrom);
        }

        return new Result(output.ToString(), firstFlattened, flattened, cut);
    }

    private static int FindTagEnd(string text, int from)
    {
        var quote = '\0';
        for (var j = from; j < text.Length; j++)
        {
            var ch = text[j];
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    quote = '\0';
                }
            }
            else if (ch is '"' or '\'' && j > from && PreviousNonSpace(text, j, from) == '=')
            {
                quote = ch;
            }
            else if (ch == '>')
            {
                return j + 1;
            }
        }

        return text.Length;
    }

    private static char PreviousNonSpace(string text, int j, int from)
    {
        for (var k = j - 1; k >= from; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
            {
                return text[k];
            }
        }

        return '\0';
    }

    private static int IndexOfEndTag(string text, string name, int from)
    {
        var probe = "</" + name;
        var k = from;
        while (k < text.Length)
        {
            var idx = text.IndexOf(probe, k, StringComparison.OrdinalIgnoreCase);
            if (idx < 0)
            {
                return -1;
            }

            var after = idx + probe.Length;
            if (after >= text.Length || !char.IsAsciiLetterOrDigit(text[after]))
            {
                return idx;
            }

            k = after;
        }

        return -1;
    }
}
