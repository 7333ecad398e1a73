using GovText.Claims;
using GovText.Documents.Reporting;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Contradictions;

public sealed class ReportingReaderTests
{
    private static string Fixture => Path.Combine(SharedCorpus.RepoRoot, "corpus", "fixtures", "reporting", "news-clearview-jsonld.html");

    [Fact]
    public void NewsHtml_MainTextTitleBylineAndDateFromJsonLd()
    {
        var article = ReportingReader.Default.ReadFile(Fixture);
        Assert.Equal("Politie gebruikte gezichtsherkenning vaker dan gedacht", article.Title);
        Assert.Equal(new DateOnly(2021, 8, 26), article.Published);
        Assert.Contains(article.Byline ?? string.Empty, new[] { "A. Verslaggever", "Door A. Verslaggever" });
        var text = string.Join(" ", article.Paragraphs.Select(p => p.Text));
        Assert.Contains("tussen de 51 en 100 keer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Meest gelezen", text, StringComparison.Ordinal); // boilerplate removed
        Assert.DoesNotContain("Alle rechten voorbehouden", text, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == "GT3001");
    }

    [Fact]
    public void NewsHtml_EvidenceClaimIsDatedByThePage()
    {
        var article = ReportingReader.Default.ReadFile(Fixture);
        var claim = Assert.Single(ClaimExtractor.Default.Extract(article), c => c.Text.Contains("tussen de 51 en 100 keer", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2021, 8, 26), claim.DocumentDate);
        Assert.Equal(new DateOnly(2021, 8, 26), claim.MadeAt!.From);
        Assert.Equal(("Nationale Politie", "Clearview AI"), (claim.Proposition!.Subject, claim.Proposition.Object));
        Assert.Equal(article.Source.Text.Substring(claim.Span.Start, claim.Span.Length), claim.Text);
    }

    [Fact]
    public void UndatedText_IsFlagged()
    {
        var article = ReportingReader.Default.Read("Een tekst zonder datum. De politie zegt niets."u8.ToArray(), "undated.txt");
        Assert.Null(article.Published);
        Assert.Contains(article.Diagnostics, d => d.Code == "GT3001" && d.File == "undated.txt");
    }

    [Fact]
    public void MarkdownWithDateLine_IsDated()
    {
        var article = ReportingReader.Default.ReadFile(Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo-reporting", "clearview-2021-paraphrase.md"));
        Assert.Equal(new DateOnly(2021, 8, 26), article.Published);
        Assert.Equal("text", article.PublishedSource);
    }
}
