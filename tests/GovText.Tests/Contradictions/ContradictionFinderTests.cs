using System.Text.Json;
using GovText.Claims;
using GovText.Contradictions;
using GovText.Documents;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Contradictions;

public sealed class ContradictionFinderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("govtext-finder-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static ContradictionAnalysis Clearview() =>
        GovText.Contradictions.Contradictions.Run([], [SharedCorpus.PathOf("corpus/reporting/000_9fa52ae0e61ffb2d.txt")]);

    [SharedFact]
    public void Clearview_2020HedgedDenialRanksFirstAgainstThe51To100Evidence()
    {
        var analysis = Clearview();
        var first = analysis.Findings[0];
        Assert.Equal(ContradictionType.Quantity, first.Type);
        Assert.StartsWith("Voor zover ik heb kunnen nagaan werken er geen Nederlandse opsporingsdiensten samen met Clearview", first.Denial.Text, StringComparison.Ordinal);
        Assert.Contains("tussen de 51 en 100 keer", first.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal("Sander Dekker", first.Denial.Speaker!.Name);
        Assert.Equal(new DateOnly(2020, 3, 1), first.DenialDate);
        Assert.Equal(Timing.LaterReporting, first.Timing);
        Assert.InRange(first.Score, 0.9, 1.0);
        Assert.Contains(first.Reasons, r => r.Contains("tussen de 51 en 100 keer", StringComparison.Ordinal));
        Assert.Contains(first.Reasons, r => r.StartsWith("actor aligned: Nationale Politie", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Clearview_ScopedDenialIsFound()
    {
        var scope = Clearview().Findings.Where(f => f.Type == ContradictionType.Scope).ToList();
        Assert.Contains(scope, f => f.Denial.Text.Contains("niet centraal benaderd", StringComparison.Ordinal) && f.Denial.Qualifiers.Contains("niet centraal"));
    }

    [SharedFact]
    public void Clearview_FbiEdriAndGdprPassagesYieldNoFinding()
    {
        foreach (var f in Clearview().Findings)
        {
            foreach (var side in new[] { f.Denial.Sentence, f.Evidence.Sentence })
            {
                Assert.DoesNotContain("FBI", side, StringComparison.Ordinal);
                Assert.DoesNotContain("EDRi", side, StringComparison.Ordinal);
                Assert.DoesNotContain("opstellers", side, StringComparison.Ordinal);
                Assert.DoesNotContain("AVG", side, StringComparison.Ordinal);
                Assert.DoesNotContain("privacywet", side, StringComparison.Ordinal);
            }
        }
    }

    [SharedFact]
    public void Clearview_SpansPointAtTheCitedText()
    {
        var source = DocumentReader.Default.ReadFile(SharedCorpus.PathOf("corpus/reporting/000_9fa52ae0e61ffb2d.txt"));
        foreach (var f in Clearview().Findings)
        {
            Assert.Equal(f.Denial.Text, source.TextOf(f.Denial.Span));
            Assert.Equal(f.Evidence.Text, source.TextOf(f.Evidence.Span));
        }
    }

    [Fact]
    public void DemoCase_HedgedDenialFirst()
    {
        var analysis = GovText.Contradictions.Contradictions.Run(
            [Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo")],
            [Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo-reporting")]);
        var first = analysis.Findings[0];
        Assert.Equal(ContradictionType.Quantity, first.Type);
        Assert.Equal("Dekker", first.Denial.Speaker!.Name);
        Assert.Equal("Minister voor Rechtsbescherming", first.Denial.Speaker.Office);
        Assert.Equal("ah-tk-20212022-105", first.Denial.DocumentId);
        Assert.Contains(analysis.Findings, f => f.Type == ContradictionType.Scope && f.Denial.Speaker!.Office == "Minister van Justitie en Veiligheid");

        // "Ja." to "Bent u bekend met het bericht …?" / "Herinnert u zich uw antwoord …?" affirms knowing, not the content.
        Assert.DoesNotContain(analysis.Findings, f => f.Evidence.Text == "Ja.");
        Assert.Equal(6, analysis.Findings.Length);
    }

    [Fact]
    public void UnrelatedClaimsSharingTheTopicAreNotReported()
    {
        var denial = Write("denial.txt", "Voor zover ik heb kunnen nagaan werken er geen Nederlandse opsporingsdiensten samen met Clearview.");
        var reporting = Write("report.txt", """
            Datum: 2021-09-01

            De FBI gebruikte de software van Clearview AI om verdachten op te sporen.

            De politie heeft de software van Clearview AI niet gebruikt, zegt een woordvoerder.

            Clearview AI werkt samen met verschillende Amerikaanse politiekorpsen.

            Het is niet uit te sluiten dat de politie Clearview AI in de toekomst gebruikt.
            """);
        var analysis = GovText.Contradictions.Contradictions.Run([], [denial, reporting]);
        Assert.Empty(analysis.Findings);
    }

    [Fact]
    public void LuceneIndex_SameFindingsAsInMemory_AndReopensAfterRestart()
    {
        var statements = Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo");
        var reporting = Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo-reporting");
        var memory = GovText.Contradictions.Contradictions.Run([statements], [reporting]);
        var folder = Path.Combine(_temp, "index");
        ContradictionAnalysis persistent;
        using (var index = new LuceneClaimIndex(folder))
        {
            persistent = GovText.Contradictions.Contradictions.Run([statements], [reporting], new ContradictionRunOptions { Index = index });
        }

        Assert.Equal(Render(memory), Render(persistent));
        using (var reopened = new LuceneClaimIndex(folder))
        {
            Assert.True(reopened.Count > 0);
            var denials = memory.Findings.Select(f => f.Denial).Distinct().ToList();
            var again = ContradictionFinder.Default.Find(denials, reopened);
            Assert.Equal(memory.Findings.Select(Key), again.Select(Key));
            Assert.NotEmpty(reopened.SearchText("Gezichtsherkenningssoftware GEBRUIK")); // analysed: case-folded and stemmed
        }
    }

    [Fact]
    public void BadInput_EachFileGetsADiagnostic_RunCompletes()
    {
        var good = Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo-reporting", "clearview-2021-paraphrase.md");
        var folder = Path.Combine(_temp, "reporting");
        Directory.CreateDirectory(folder);
        File.Copy(good, Path.Combine(folder, "a.md"));
        File.Copy(good, Path.Combine(folder, "b-duplicate.md"));
        File.WriteAllBytes(Path.Combine(folder, "broken.pdf"), "%PDF-1.7 broken"u8.ToArray());
        File.WriteAllText(Path.Combine(folder, "empty.txt"), string.Empty);
        File.WriteAllText(Path.Combine(folder, "english.txt"), string.Join(' ', Enumerable.Repeat("The police said they never used the software of the company in any investigation.", 10)));
        var analysis = GovText.Contradictions.Contradictions.Run([Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo")], [folder, Path.Combine(_temp, "missing")]);
        Assert.Contains(analysis.Diagnostics, d => d.Code == "GT3006" && d.File!.EndsWith("b-duplicate.md", StringComparison.Ordinal));
        Assert.Contains(analysis.Diagnostics, d => d.Code == "GT3004" && d.File!.EndsWith("broken.pdf", StringComparison.Ordinal));
        Assert.Contains(analysis.Diagnostics, d => d.Code == "GT3004" && d.File!.EndsWith("empty.txt", StringComparison.Ordinal));
        Assert.Contains(analysis.Diagnostics, d => d.Code == "GT3002" && d.File!.EndsWith("english.txt", StringComparison.Ordinal));
        Assert.Contains(analysis.Diagnostics, d => d.Code == "GT3004" && d.File!.EndsWith("missing", StringComparison.Ordinal));
        Assert.NotEmpty(analysis.Findings); // nothing else is lost
    }

    [Fact]
    public void Reports_JsonSchemaMarkdownHtmlAndClaimReview()
    {
        var analysis = GovText.Contradictions.Contradictions.Run(
            [Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo")],
            [Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo-reporting")]);
        var json = JsonDocument.Parse(FindingReport.ToJson(analysis)).RootElement;
        var f = json.GetProperty("findings")[0];
        foreach (var key in new[] { "text", "speaker", "date", "qualifiers", "source" })
        {
            Assert.True(f.GetProperty("denial").TryGetProperty(key, out _), "denial." + key);
        }

        foreach (var key in new[] { "file", "page", "start", "end" })
        {
            Assert.True(f.GetProperty("evidence").GetProperty("source").TryGetProperty(key, out _), "evidence.source." + key);
        }

        Assert.Equal("quantity", f.GetProperty("type").GetString());
        Assert.True(f.GetProperty("score").GetDouble() > 0.9);
        Assert.Equal("voor zover ik heb kunnen nagaan", f.GetProperty("denial").GetProperty("qualifiers")[0].GetString());
        var review = f.GetProperty("claimReview");
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal("Dekker", review.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://zoek.officielebekendmakingen.nl/ah-tk-20212022-105", review.GetProperty("itemReviewed").GetProperty("appearance").GetProperty("url").GetString());

        var markdown = FindingReport.ToMarkdown(analysis);
        Assert.Contains("| Denial | Evidence |", markdown, StringComparison.Ordinal);
        Assert.Contains("**voor zover ik heb kunnen nagaan**", markdown, StringComparison.Ordinal);
        var html = FindingReport.ToHtml(analysis);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>tussen de 51 en 100 keer</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_ReportsProgressAndHonoursCancellation()
    {
        var claims = ClaimExtractor.Default.Extract(Kamervragen.Open(DemoDocument.Path)).ToList();
        using var index = new InMemoryClaimIndex();
        index.Add(claims.Where(ContradictionFinder.IsEvidence));
        var reports = new List<FinderProgress>();
        var found = ContradictionFinder.Default.FindStreaming(claims, index, new Collect(reports)).ToList();
        Assert.Equal(claims.Count, reports[^1].DenialsDone);
        Assert.Equal(found.Count, reports[^1].Findings);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => ContradictionFinder.Default.FindStreaming(claims, index, null, cts.Token).ToList());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Render(ContradictionAnalysis a) => string.Join("\n", a.Findings.Select(Key));

    private static string Key(Finding f) => $"{f.Type}|{f.Score}|{f.Denial.Text}|{f.Evidence.Text}|{f.Timing}";

    private sealed class Collect(List<FinderProgress> into) : IProgress<FinderProgress>
    {
        public void Report(FinderProgress value) => into.Add(value);
    }
}
