using GovText.Parliament;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Parliament;

/// <summary>
/// The 86 text extractions of ../shared/corpus/csv/kamervragen-limburg… (PyPDF2 and python-docx output of
/// questions, answers and notices): all parse, with the counts per kind recorded in docs/parser-accuracy.md.
/// </summary>
public sealed class LimburgCsvTests(ITestOutputHelper output)
{
    private const string CsvPath = "corpus/csv/kamervragen-limburg_questions_2024-11_pdf-docx-text.csv";

    private static List<(string Name, KamervraagDocument Doc)> ParseAll()
    {
        var rows = GovText.Documents.Csv.CsvTable.Read(SharedCorpus.PathOf(CsvPath));
        Assert.Equal(new[] { "name", "text_content" }, rows[0]);
        return rows.Skip(1).Where(r => r.Length == 2).Select(r => (r[0], Kamervragen.ParseText(r[1], r[0]))).ToList();
    }

    [SharedFact]
    public void All86Documents_ParseWithoutException_CountsPerKind()
    {
        var docs = ParseAll();
        Assert.Equal(86, docs.Count);
        var kinds = docs.GroupBy(d => d.Doc.Kind).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (kind, count) in kinds.OrderBy(k => k.Key))
        {
            output.WriteLine($"{kind}: {count}");
        }

        var diagnostics = docs.SelectMany(d => d.Doc.Diagnostics).GroupBy(d => (d.Severity, d.Code)).OrderBy(g => g.Key.Code);
        foreach (var g in diagnostics)
        {
            output.WriteLine($"{g.Key.Severity} {g.Key.Code}: {g.Count()} ({g.First().Message})");
        }

        // 29 Aanhangsel PDFs and 14 ministry letters answer; 30 kv PDFs and 9 Word files only ask; 4 notices.
        Assert.Equal(43, kinds[DocumentKind.Answer]);
        Assert.Equal(39, kinds[DocumentKind.Questions]);
        Assert.Equal(4, kinds[DocumentKind.Mededeling]);
        var meanCoverage = docs.Average(d => d.Doc.Coverage);
        output.WriteLine($"mean coverage {meanCoverage:P2}");
        Assert.True(meanCoverage > 0.99, $"mean coverage {meanCoverage:P2}");
    }

    [SharedFact]
    public void AanhangselPdfExtractions_HaveIdsAskersAndAnswersForEveryQuestion()
    {
        var ahPdfs = ParseAll().Where(d => d.Name.EndsWith(".pdf", StringComparison.Ordinal) && d.Doc.Id?.StartsWith("ah-tk-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(31, ahPdfs.Count);
        var answered = 0;
        var total = 0;
        foreach (var (name, doc) in ahPdfs)
        {
            Assert.Equal("2024-2025", doc.Vergaderjaar);
            Assert.Equal(int.Parse(doc.Id!.Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture), doc.AanhangselNumber);
            Assert.True(doc.Askers.Length > 0 || doc.Diagnostics.Any(d => d.Code.StartsWith("GT201", StringComparison.Ordinal)), name);
            Assert.NotNull(doc.AnsweredBy);
            if (doc.Kind == DocumentKind.Answer)
            {
                foreach (var (q, a) in doc.Pairs())
                {
                    total++;
                    answered += a is null ? 0 : 1;
                }
            }
        }

        output.WriteLine($"questions with an answer: {answered}/{total}");
        Assert.True(answered >= total * 0.97, $"{answered}/{total} questions paired");
    }

    [SharedFact]
    public void DanielleJansen_Example_ExactFields()
    {
        var doc = ParseAll().Single(d => d.Doc.Id == "ah-tk-20242025-594").Doc;
        Assert.Equal("Nieuw Sociaal Contract", doc.Askers.Single().Party);
        Assert.Equal(new DateOnly(2024, 10, 30), doc.Submitted!.Date);
        Assert.Equal(new DateOnly(2024, 11, 19), doc.Received!.Date);
        Assert.Equal(("Minister", "Agema", "Volksgezondheid, Welzijn en Sport"), (doc.AnsweredBy!.Office, doc.AnsweredBy.Name, doc.AnsweredBy.Portfolio!));
        Assert.Equal("Bent u op de hoogte van bovenstaand bericht en BDO-onderzoek?", doc.Questions[0].Text);
        Assert.Equal("Ja.", doc.AnswerTo(1)!.Text);
        Assert.Contains("https://nos.nl/artikel/2542490-meer-ziekenhuizen-in-financiele-problemen-bedreigt-uitvoering-zorgakkoord", doc.Footnotes[0].Urls);
    }

    /// <summary>The repairs a reader reports with <paramref name="code"/> ("repaired 3 word(s) …"), summed over the documents.</summary>
    private static int CountIn(List<(string Name, KamervraagDocument Doc)> docs, string code) =>
        docs.SelectMany(d => d.Doc.Diagnostics).Where(d => d.Code == code)
            .Sum(d => int.Parse(d.Message.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));

    [SharedFact]
    public void WordsHyphenatedAcrossLines_AreRepaired_RealHyphensKept()
    {
        var docs = ParseAll();
        var repaired = CountIn(docs, "GT1240");
        output.WriteLine($"words repaired: {repaired}");
        Assert.InRange(repaired, 150, 200); // 174 when written (session 13), every one read

        // PyPDF2 keeps the break at the line end ("streekzie-" + "kenhuizen") or, inside a joined line,
        // as "gemakke-lijker"; the repaired words are in the answer text, the broken ones are not.
        var zorg = docs.Single(d => d.Doc.Id == "ah-tk-20242025-594").Doc;
        var answers = string.Join(" ", zorg.Answers.Select(a => a.Text));
        Assert.Contains("spoedeisende hulp", answers, StringComparison.Ordinal);
        Assert.Contains("gemakkelijker", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("spoedei-", answers, StringComparison.Ordinal);
        Assert.DoesNotContain("gemakke-lijker", answers, StringComparison.Ordinal);

        // Real hyphens stay: "SAR-capaciteit" (capital before the break) and the URL of a footnote.
        var all = string.Join(" ", docs.Select(d => d.Doc.Source.Text));
        Assert.Contains("SAR-capaciteit", all, StringComparison.Ordinal);
        Assert.Contains("-in-hoger-beroep-geen-extra-verplichting-voor-co2-afbouw", all, StringComparison.Ordinal);
    }

    [SharedFact]
    public void WordsGluedByTheExtractor_GetTheirSpaceBack()
    {
        var docs = ParseAll();
        var restored = CountIn(docs, "GT1241");
        output.WriteLine($"spaces restored: {restored}");
        Assert.InRange(restored, 190, 250); // 221 when written (session 13), all read: "inNederland", "dePalestijnse", "von derLeyen"
        var all = string.Join(" ", docs.Select(d => d.Doc.Source.Text));
        Assert.Contains("in Nederland", all, StringComparison.Ordinal);
        Assert.DoesNotContain("inNederland", all, StringComparison.Ordinal);
        Assert.Contains("Volksgezondheid, Welzijn en Sport", all, StringComparison.Ordinal);
    }
}
