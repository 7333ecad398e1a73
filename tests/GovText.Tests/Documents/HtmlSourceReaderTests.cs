using System.Text;
using GovText.Documents;
using GovText.Documents.Html;
using Xunit;

namespace GovText.Tests.Documents;

public sealed class HtmlSourceReaderTests
{
    private static SourceDocument ReadString(string html, string file = "test.html", ReaderOptions? options = null) =>
        HtmlSourceReader.Instance.Read(Encoding.UTF8.GetBytes(html), file, options ?? ReaderOptions.Default);

    [Fact]
    public void Read_OfficialMarkup_RendersPrintedLines()
    {
        var doc = ReaderTestSupport.Read(HtmlSourceReader.Instance, "html/ah-tk-official-sample.html");

        Assert.Equal(SourceFormat.Html, doc.Format);
        Assert.Equal(
            [
                "Body|+|Vragen van het lid De Boer (GroenLinks-PvdA) aan de Minister van Onderwijs, Cultuur en Wetenschap over het bericht «Scholen zonder gymzaal» (ingezonden 25 maart 2024).",
                "Body|+|Antwoord van Minister Peters (Onderwijs, Cultuur en Wetenschap) (ontvangen 15 april 2024).",
                "Heading|+|Vraag 1",
                "Body|+|Kent u het bericht «Scholen zonder gymzaal»?",
                "Heading|+|Vraag 2",
                "Body|+|Hoeveel basisscholen hebben geen eigen gymzaal?",
                "Heading|+|Vraag 3",
                "Body|+|Bent u bereid gemeenten hierop aan te spreken?",
                "Heading|+|Antwoord 1",
                "Body|+|Ja.",
                "Heading|+|Antwoord 2 en 3",
                "Body|+|Volgens de laatste telling hebben ongeveer 300 scholen geen eigen gymzaal.",
                "Body|+|Huisvesting is een taak van gemeenten.",
                "Body| |Ik spreek hen daar in het bestuurlijk overleg op aan.",
                "Heading|+|Mededeling",
                "Notice|+|Deze vragen zijn gesteld in aanvulling op eerdere vragen van het lid De Boer.",
                "Footnote|+|1 Onderwijsblad, 20 maart 2024, https://www.example.nl/scholen-zonder-gymzaal",
                "Footnote|+|2 Kamerstuk 31 293, nr. 700",
            ],
            ReaderTestSupport.Render(doc));
        Assert.Empty(doc.Diagnostics);
        Assert.DoesNotContain("tracking", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoeken", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("publicatie van de Staten-Generaal", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OfficialMarkup_RecordsMarkersWhereTheReferenceStood()
    {
        var doc = ReaderTestSupport.Read(HtmlSourceReader.Instance, "html/ah-tk-official-sample.html");

        Assert.Equal([1, 2], doc.Markers.Select(m => m.Number));
        Assert.EndsWith("«Scholen zonder gymzaal»?", doc.Text[..doc.Markers[0].Offset], StringComparison.Ordinal);
        Assert.EndsWith("Volgens de laatste telling", doc.Text[..doc.Markers[1].Offset], StringComparison.Ordinal);
        Assert.All(doc.Markers, m => Assert.Equal(1, m.Page));
    }

    [Fact]
    public void Read_OfficialMarkup_RecordsMetaTagsAndIdFooter()
    {
        var doc = ReaderTestSupport.Read(HtmlSourceReader.Instance, "html/ah-tk-official-sample.html");

        Assert.Equal("ah-tk-20232024-9904", doc.Metadata["DC.identifier"]);
        Assert.Equal("ah-tk-20232024-9904", doc.Metadata["IdFooter"]);
        Assert.Equal("K. de Boer", doc.Metadata["OVERHEIDop.indiener"]);
        Assert.Equal("Aanhangsel van de Handelingen 2023-2024, nr. 9904", doc.Metadata["Title"]);
    }

    [Fact]
    public void Read_PlainHtml_RendersBlocksAsLinesInDocumentOrder()
    {
        var doc = ReaderTestSupport.Read(HtmlSourceReader.Instance, "html/news-plain.html");

        Assert.Equal(
            [
                "Body|+|Gemeente opent nieuwe fietsbrug",
                "Body|+|De nieuwe brug over de Vecht is vanaf maandag open voor fietsers.",
                "Body|+|Wethouder Van Dam sprak van „een mooie dag”.",
                "Body| |De bouw kostte 4,2 miljoen euro.",
                "Body|+|Lengte: 120 meter",
                "Body|+|Breedte: 5 meter",
                "Body|+|Foto: archief",
            ],
            ReaderTestSupport.Render(doc));
        var info = Assert.Single(doc.Diagnostics);
        Assert.Equal(("GT1230", DiagnosticSeverity.Info), (info.Code, info.Severity));
        Assert.Equal("Nieuws uit de regio", doc.Metadata["description"]);
        Assert.False(doc.Metadata.ContainsKey("IdFooter"));
    }

    [Fact]
    public void Read_AnswerHeadingVariants_AreNormalised()
    {
        var doc = ReadString(
            "<div class='vraag'><p class='nummer'>4</p><p>Vraag vier?</p></div>" +
            "<div class='antwoord'><h2>Vraag 3, 4, 5</h2><p>Antwoord.</p></div>" +
            "<div class='antwoord'><h2>Antwoord 6</h2><p>Nee.</p></div>");

        Assert.Equal(
            ["Heading|+|Vraag 4", "Body|+|Vraag vier?", "Heading|+|Antwoord 3, 4 en 5", "Body|+|Antwoord.", "Heading|+|Antwoord 6", "Body|+|Nee."],
            ReaderTestSupport.Render(doc));
    }

    [Fact]
    public void Read_Nested100000Deep_ReturnsWithOneDepthWarning()
    {
        const int depth = 100_000;
        var sb = new StringBuilder(depth * 12);
        sb.Append("<html><body><p>Begin</p>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append(i % 2 == 0 ? "<div>" : "<span>");
        }

        sb.Append("diep");
        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append(i % 2 == 0 ? "</div>" : "</span>");
        }

        sb.Append("<p>Einde</p></body></html>");

        var doc = ReadString(sb.ToString(), "deep.html");

        var warning = Assert.Single(doc.Diagnostics, d => d.Code == "GT1210");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("deep.html", warning.File);
        Assert.Contains("byte offset", warning.Message, StringComparison.Ordinal);
        Assert.Equal(["Begin", "diep", "Einde"], doc.Lines.Select(doc.TextOf));
    }

    [Fact]
    public void Read_Unclosed100000Deep_Returns()
    {
        var html = string.Concat(Enumerable.Repeat("<b><i><em>x", 33_334));

        var doc = ReadString(html, "unclosed.html");

        Assert.Contains(doc.Diagnostics, d => d.Code == "GT1210");
        Assert.StartsWith("xxx", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeeperThanMaxDepth_FlattensTextIntoCurrentLine()
    {
        var doc = ReadString("<div><div><div><div><p>een</p><p>twee</p></div></div></div></div><p>drie</p>", options: ReaderOptions.Default with { MaxDepth = 3 });

        Assert.Equal(["een twee", "drie"], doc.Lines.Select(doc.TextOf));
        Assert.Single(doc.Diagnostics, d => d.Code == "GT1210");
    }

    [Fact]
    public void Read_MoreThanMaxNodes_StopsWithError()
    {
        var html = string.Concat(Enumerable.Range(1, 50).Select(i => $"<p>regel {i}</p>"));

        var doc = ReadString(html, options: ReaderOptions.Default with { MaxNodes = 10 });

        var error = Assert.Single(doc.Diagnostics, d => d.Code == "GT1211");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.InRange(doc.Lines.Length, 1, 10);
        Assert.Equal("regel 1", doc.TextOf(doc.Lines[0]));
    }

    [Fact]
    public void Read_LargerThanMaxBytes_ThrowsTooLarge()
    {
        var ex = Assert.Throws<DocumentTooLargeException>(() => ReadString("<p>" + new string('a', 200) + "</p>", "big.html", ReaderOptions.Default with { MaxBytes = 100 }));

        Assert.Contains("big.html", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyInput_ThrowsFormatExceptionNamingFile()
    {
        var ex = Assert.Throws<DocumentFormatException>(() => HtmlSourceReader.Instance.Read(ReadOnlyMemory<byte>.Empty, "leeg.html", ReaderOptions.Default));

        Assert.Contains("leeg.html", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RandomBytes_ReturnsDocumentOrTypedException()
    {
        var random = new Random(20240325);
        for (var run = 0; run < 20; run++)
        {
            var bytes = new byte[random.Next(1, 4096)];
            random.NextBytes(bytes);
            try
            {
                var doc = HtmlSourceReader.Instance.Read(bytes, "random.html", ReaderOptions.Default);
                Assert.All(doc.Lines, l => Assert.DoesNotContain('\n', doc.TextOf(l)));
            }
            catch (GovTextException ex)
            {
                Assert.Contains("random.html", ex.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Read_Latin1BytesWithoutCharset_WarnsAndDecodesAccents()
    {
        var bytes = Encoding.Latin1.GetBytes("<p>Café en privé</p>");

        var doc = HtmlSourceReader.Instance.Read(bytes, "latin1.html", ReaderOptions.Default);

        Assert.Equal("Café en privé", doc.TextOf(Assert.Single(doc.Lines)));
        var warning = Assert.Single(doc.Diagnostics, d => d.Code == "GT1201");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeclaredIso88591_DecodesWithoutWarning()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Financiën</p></body></html>");

        var doc = HtmlSourceReader.Instance.Read(bytes, "declared.html", ReaderOptions.Default);

        Assert.Equal("Financiën", doc.TextOf(Assert.Single(doc.Lines)));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Code == "GT1201");
    }

    [Fact]
    public void Read_Utf8Bom_IsHonoured()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<p>Kostić</p>")).ToArray();

        var doc = HtmlSourceReader.Instance.Read(bytes, "bom.html", ReaderOptions.Default);

        Assert.Equal("Kostić", doc.TextOf(Assert.Single(doc.Lines)));
    }
}
