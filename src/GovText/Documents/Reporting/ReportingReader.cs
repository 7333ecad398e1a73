using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using GovText.Documents.Html;
using GovText.Parliament;

namespace GovText.Documents.Reporting;

/// <summary>
/// Reads reporting: news pages as HTML (main text by SmartReader's Readability port; title, byline and publication
/// date from meta tags or JSON-LD), Markdown, plain text and PDF. Undated reporting is allowed and flagged.
/// Thread-safe.
/// </summary>
public sealed partial class ReportingReader
{
    private readonly DocumentReader _documents;

    /// <summary>Creates a reader.</summary>
    /// <param name="documents">The document reader to use; null for <see cref="DocumentReader.Default"/>.</param>
    public ReportingReader(DocumentReader? documents = null) => _documents = documents ?? DocumentReader.Default;

    /// <summary>The shared reader.</summary>
    public static ReportingReader Default { get; } = new();

    /// <summary>Reads a file as reporting.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The article.</returns>
    /// <exception cref="GovTextException">The file cannot be read.</exception>
    public Article ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentFormatException(path, null, null, "cannot read file: " + ex.Message, ex);
        }

        return Read(bytes, path);
    }

    /// <summary>Reads bytes as reporting.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="file">The file name.</param>
    /// <returns>The article.</returns>
    public Article Read(ReadOnlyMemory<byte> bytes, string? file)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentFormatException(file, null, 0, "the file is empty");
        }

        if (DocumentReader.Detect(bytes.Span, file) == SourceFormat.Html)
        {
            return ReadHtml(bytes, file);
        }

        var article = Article.FromSource(_documents.Read(bytes, file));
        return WithTextDate(article);
    }

    private Article ReadHtml(ReadOnlyMemory<byte> bytes, string? file)
    {
        var raw = _documents.Read(bytes, file, SourceFormat.Html); // limits, encoding and hostile-input guards
        var html = System.Text.Encoding.UTF8.GetString(bytes.Span);
        string? title = null;
        string? byline = null;
        DateOnly? published = null;
        string? publishedSource = null;
        string? content = null;
        try
        {
            // Short news items are common in this domain: lower Readability's length thresholds (defaults 500 chars).
            var reader = new SmartReader.Reader("https://localhost/" + Path.GetFileName(file ?? "article.html"), html)
            {
                CharThreshold = 100,
                ContinueIfNotReadable = true,
            };
            var parsed = reader.GetArticle();
            if (parsed.IsReadable || !string.IsNullOrWhiteSpace(parsed.TextContent))
            {
                title = parsed.Title;
                byline = string.IsNullOrWhiteSpace(parsed.Byline) ? parsed.Author : parsed.Byline;
                content = parsed.Content;
                if (parsed.PublicationDate is { } pd)
                {
                    published = DateOnly.FromDateTime(pd);
                    publishedSource = "smartreader";
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            content = null; // fall back to the whole page below
        }

        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html.Length > 2_000_000 ? html[..2_000_000] : html);
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (published is not null && title is not null)
            {
                break;
            }

            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32 });
                foreach (var node in Flatten(json.RootElement))
                {
                    if (published is null && node.TryGetProperty("datePublished", out var dp) && dp.ValueKind == JsonValueKind.String && IsoDate(dp.GetString()) is { } d)
                    {
                        published = d;
                        publishedSource = "json-ld";
                    }

                    if (title is null && node.TryGetProperty("headline", out var hl) && hl.ValueKind == JsonValueKind.String)
                    {
                        title = hl.GetString();
                    }

                    if (byline is null && node.TryGetProperty("author", out var au))
                    {
                        byline = au.ValueKind == JsonValueKind.String ? au.GetString() : au.ValueKind == JsonValueKind.Object && au.TryGetProperty("name", out var n) ? n.GetString() : null;
                    }
                }
            }
            catch (JsonException)
            {
                // ignore malformed JSON-LD
            }
        }

        foreach (var name in new[] { "article:published_time", "datePublished", "DC.date", "dcterms.date", "date", "pubdate" })
        {
            if (published is not null)
            {
                break;
            }

            var meta = document.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
            if (meta?.GetAttribute("content") is { } value && IsoDate(value) is { } d)
            {
                published = d;
                publishedSource = "meta:" + name;
            }
        }

        title ??= document.QuerySelector("meta[property='og:title']")?.GetAttribute("content") ?? document.Title;
        byline ??= document.QuerySelector("meta[name='author']")?.GetAttribute("content");

        // The main text as lines with positions: SmartReader's content through the same HTML reader.
        var source = content is not null
            ? HtmlSourceReader.Instance.Read(System.Text.Encoding.UTF8.GetBytes("<html><body>" + content + "</body></html>"), file, _documents.Options)
            : raw;
        var article = Article.FromSource(source) with { Title = title, Byline = byline };
        if (published is not null)
        {
            article = article with { Published = published, PublishedSource = publishedSource, Diagnostics = article.Diagnostics.RemoveAll(d => d.Code == "GT3001") };
        }

        return article;
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
            {
                foreach (var y in Flatten(x))
                {
                    yield return y;
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var g))
            {
                foreach (var y in Flatten(g))
                {
                    yield return y;
                }
            }
        }
    }

    private static Article WithTextDate(Article article)
    {
        if (article.Published is not null)
        {
            return article;
        }

        foreach (var p in article.Paragraphs.Take(6))
        {
            var m = DateLine().Match(p.Text);
            if (!m.Success)
            {
                continue;
            }

            var value = m.Groups["d"].Value;
            var date = IsoDate(value) ?? (DutchDates.TryParse(value, out var d) ? d : null);
            if (date is not null)
            {
                return article with { Published = date, PublishedSource = "text", Diagnostics = article.Diagnostics.RemoveAll(x => x.Code == "GT3001") };
            }
        }

        return article;
    }

    private static DateOnly? IsoDate(string? value)
    {
        var m = IsoPattern().Match(value ?? string.Empty);
        return m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    [GeneratedRegex(@"^\s*(?:(?:Gepubliceerd(?:\s+op)?|Publicatiedatum|Datum|Published|Date)\s*:?\s*|(?-i:\p{Lu})[\p{L}'’ .-]{1,40},\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(?=\d{1,2}\s+\p{L}+\s+\d{4}\s*[–—-]))(?<d>\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+\s+\d{4})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex IsoPattern();
}
