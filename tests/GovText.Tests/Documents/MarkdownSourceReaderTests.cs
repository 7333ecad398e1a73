using System.Text;
using GovText.Documents;
using GovText.Documents.Markdown;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Documents;

public sealed class MarkdownSourceReaderTests
{
    private const string Sample = """
        # 2

        #### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen

        ### 9905

        Vragen van het lid **Jansen** (SP) aan de Minister van Financiën
        over _de btw op fietsen_ (ingezonden 1 maart 2024).

        Vraag 1
        Kent u het bericht «Fietsen duurder»[1 ] en het 11[e ] rapport?

        Antwoord 1
        Ja.[2]

        1 Fietsnieuws, 28 februari 2024.
        2 Kamerstuk 36 410, nr. 31


        h tk 20232024 9905


        -----

        Vraag 2 en 3
        Wat gaat u doen?

        -----
        """;

    private static SourceDocument ReadString(string markdown, string file = "test.md") =>
        MarkdownSourceReader.Instance.Read(Encoding.UTF8.GetBytes(markdown), file, ReaderOptions.Default);

    [Fact]
    public void Read_ConvertedPdf_RendersLinesWithHeadingsAndFootnotes()
    {
        var doc = ReadString(Sample);

        Assert.Equal(SourceFormat.Markdown, doc.Format);
        Assert.Equal(
            [
                "Body|+|Vergaderjaar 2023–2024 Aanhangsel van de Handelingen",
                "Body|+|9905",
                "Body|+|Vragen van het lid Jansen (SP) aan de Minister van Financiën",
                "Body| |over de btw op fietsen (ingezonden 1 maart 2024).",
                "Heading|+|Vraag 1",
                "Body| |Kent u het bericht «Fietsen duurder» en het 11e rapport?",
                "Heading|+|Antwoord 1",
                "Body| |Ja.",
                "Footnote|+|1 Fietsnieuws, 28 februari 2024.",
                "Footnote| |2 Kamerstuk 36 410, nr. 31",
                "Heading|+|Vraag 2 en 3",
                "Body| |Wat gaat u doen?",
            ],
            ReaderTestSupport.Render(doc));
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Read_FootnoteReferences_BecomeMarkersAfterTheWord()
    {
        var doc = ReadString(Sample);

        Assert.Equal([1, 2], doc.Markers.Select(m => m.Number));
        Assert.EndsWith("«Fietsen duurder»", doc.Text[..doc.Markers[0].Offset], StringComparison.Ordinal);
        Assert.EndsWith("Antwoord 1\nJa.", doc.Text[..doc.Markers[1].Offset], StringComparison.Ordinal);
        Assert.DoesNotContain("[", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Furniture_IsStrippedAndRecorded()
    {
        var doc = ReadString(Sample);

        Assert.Equal(
            [
                new StrippedFurniture(FurnitureKind.Other, 1, "2"),
                new StrippedFurniture(FurnitureKind.IdFooter, 1, "h tk 20232024 9905"),
                new StrippedFurniture(FurnitureKind.Other, 1, "-----"),
                new StrippedFurniture(FurnitureKind.Other, 2, "-----"),
            ],
            doc.Furniture.ToList());
        Assert.Equal("ah-tk-20232024-9905", doc.Metadata["IdFooter"]);
    }

    [Fact]
    public void Read_ThematicBreaks_StartNewPages()
    {
        var doc = ReadString(Sample);

        Assert.Equal([1, 2], doc.Pages.Select(p => p.Number));
        var second = doc.Lines.Single(l => doc.TextOf(l) == "Vraag 2 en 3");
        Assert.Equal(2, second.Page);
        Assert.Equal(2, doc.PageAt(second.Start));
        Assert.Equal(1, doc.PageAt(doc.Lines.Single(l => doc.TextOf(l) == "Ja.").Start));
    }

    [Fact]
    public void Read_ListItems_KeepTheirNumbers()
    {
        var doc = ReadString("Inleiding.\n\n1. eerste punt\n2. tweede punt\n\n- los punt\n");

        Assert.Equal(["Inleiding.", "1. eerste punt", "2. tweede punt", "• los punt"], doc.Lines.Select(doc.TextOf));
    }

    [Fact]
    public void Read_Latin1Bytes_WarnsAndDecodesAccents()
    {
        var doc = MarkdownSourceReader.Instance.Read(Encoding.Latin1.GetBytes("Café en privé\n"), "latin1.md", ReaderOptions.Default);

        Assert.Equal("Café en privé", doc.TextOf(Assert.Single(doc.Lines)));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(doc.Diagnostics, d => d.Code == "GT1201").Severity);
    }

    [Fact]
    public void Read_EmptyInput_ThrowsFormatException()
    {
        var ex = Assert.Throws<DocumentFormatException>(() => ReadString("  \n\n", "leeg.md"));

        Assert.Contains("leeg.md", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RandomBytes_ReturnsOrThrowsTyped()
    {
        var random = new Random(387);
        for (var run = 0; run < 20; run++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            try
            {
                var doc = MarkdownSourceReader.Instance.Read(bytes, "random.md", ReaderOptions.Default);
                Assert.All(doc.Lines, l => Assert.DoesNotContain('\n', doc.TextOf(l)));
            }
            catch (GovTextException ex)
            {
                Assert.Contains("random.md", ex.Message, StringComparison.Ordinal);
            }
        }
    }

    [SharedFact]
    public void Read_SharedBoswijkAnswer_HasGroupedHeadingsAndIdFooter()
    {
        const string relative = "corpus/text/ah-tk-20232024-387_antwoord_boswijk_pdf-to-markdown.md";
        var doc = MarkdownSourceReader.Instance.Read(File.ReadAllBytes(SharedCorpus.PathOf(relative)), Path.GetFileName(relative), ReaderOptions.Default);

        var headings = doc.Lines.Where(l => l.Kind == LineKind.Heading).Select(doc.TextOf).ToList();
        Assert.Contains("Vraag 4 en 5", headings);
        Assert.Contains("Antwoord 4 en 5", headings);
        Assert.Equal(18, headings.Count); // Vraag/Antwoord 1-10 with 4 en 5 grouped
        Assert.Equal("ah-tk-20232024-387", doc.Metadata["IdFooter"]);
        Assert.Contains(doc.Furniture, f => f.Kind == FurnitureKind.IdFooter && f.Text == "h tk 20232024 387");
        Assert.Equal(Enumerable.Range(1, 9), doc.Markers.Select(m => m.Number));
        Assert.Contains(doc.Lines, l => l.Kind == LineKind.Footnote && doc.TextOf(l).StartsWith("9 Motie Bikker en Omtzigt", StringComparison.Ordinal));
        Assert.Contains("Vragen van het lid Boswijk (CDA) aan de Minister van Buitenlandse Zaken", doc.Lines.Select(doc.TextOf));
        Assert.DoesNotContain("**", doc.Text, StringComparison.Ordinal);
    }
}
