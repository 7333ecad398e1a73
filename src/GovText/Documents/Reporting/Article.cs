using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GovText.Documents.Reporting;

/// <summary>A paragraph of an article as a range of <see cref="SourceDocument.Text"/>.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Text">Its text with line breaks turned into spaces (same length as the span, so offsets carry over).</param>
public sealed record ArticleParagraph(SourceSpan Span, string Text);

/// <summary>
/// A piece of reporting (news article, blog post, later Kamervragen used as reporting): title, byline, publication
/// date and paragraphs, over a <see cref="SourceDocument"/>. Undated reporting is allowed and flagged with a
/// diagnostic. Immutable.
/// </summary>
public sealed partial record Article
{
    /// <summary>The title (first line, or the HTML/meta title).</summary>
    public string? Title { get; init; }

    /// <summary>The byline/author, when known.</summary>
    public string? Byline { get; init; }

    /// <summary>The publication date, when known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where the publication date came from ("meta", "json-ld", "text").</summary>
    public string? PublishedSource { get; init; }

    /// <summary>Paragraphs in reading order (the title included as the first when it came from the text).</summary>
    public ImmutableArray<ArticleParagraph> Paragraphs { get; init; } = [];

    /// <summary>Diagnostics (for example: undated).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The source document.</summary>
    public required SourceDocument Source { get; init; }

    /// <summary>Builds an article from any source document: paragraphs are runs of lines separated by paragraph gaps.</summary>
    /// <param name="source">The document.</param>
    /// <returns>The article.</returns>
    public static Article FromSource(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var paragraphs = ImmutableArray.CreateBuilder<ArticleParagraph>();
        var lines = source.Lines.Where(l => l.End > l.Start && l.Kind != LineKind.Footnote).ToList();
        var group = new List<TextLine>();
        void Flush()
        {
            if (group.Count == 0)
            {
                return;
            }

            var start = group[0].Start;
            var end = group[^1].End;
            var text = source.Text[start..end].Replace('\n', ' ').Replace('\r', ' ');
            paragraphs.Add(new ArticleParagraph(new SourceSpan(group[0].Page, start, end), text));
            group.Clear();
        }

        foreach (var line in lines)
        {
            if (line.GapBefore || line.Kind == LineKind.Heading)
            {
                Flush();
            }

            group.Add(line);
        }

        Flush();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        string? title = source.Metadata.TryGetValue("title", out var t) ? t : source.Metadata.TryGetValue("Title", out var t2) && t2 != "None" ? t2 : null;
        if (title is null && paragraphs.Count > 0 && !paragraphs[0].Text.TrimEnd().EndsWith('.'))
        {
            title = paragraphs[0].Text.Trim();
        }

        DateOnly? published = null;
        string? publishedSource = null;
        foreach (var key in new[] { "article:published_time", "datePublished", "DC.date", "dcterms.date", "date", "pubdate", "OVERHEIDop.datumOntvangst" })
        {
            if (source.Metadata.TryGetValue(key, out var value) && TryIsoDate(value, out var d))
            {
                published = d;
                publishedSource = "meta:" + key;
                break;
            }
        }

        if (published is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, "GT3001", "The reporting has no publication date; dates of its claims come only from the text.", source.File, null, null));
        }

        string? byline = source.Metadata.TryGetValue("author", out var author) ? author : null;
        return new Article
        {
            Title = title,
            Byline = byline,
            Published = published,
            PublishedSource = publishedSource,
            Paragraphs = paragraphs.ToImmutable(),
            Diagnostics = diagnostics.ToImmutable(),
            Source = source,
        };
    }

    private static bool TryIsoDate(string value, out DateOnly date)
    {
        var m = IsoDate().Match(value);
        if (m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        date = default;
        return false;
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex IsoDate();
}
