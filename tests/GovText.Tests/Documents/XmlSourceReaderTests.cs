using System.Text;
using GovText.Documents;
using GovText.Documents.Xml;
using Xunit;

namespace GovText.Tests.Documents;

public sealed class XmlSourceReaderTests
{
    private static SourceDocument ReadString(string xml, string file = "test.xml", ReaderOptions? options = null) =>
        XmlSourceReader.Instance.Read(Encoding.UTF8.GetBytes(xml), file, options ?? ReaderOptions.Default);

    [Fact]
    public void Read_AnswerDocument_RendersPrintedLines()
    {
        var doc = ReaderTestSupport.Read(XmlSourceReader.Instance, "xml/ah-tk-sample.xml");

        Assert.Equal(SourceFormat.Xml, doc.Format);
        Assert.Equal(
            [
                "Body|+|Tweede Kamer der Staten-Generaal",
                "Body| |Vergaderjaar 2023–2024",
                "Body|+|9901",
                "Body|+|Vragen van het lid Jansen (SP) aan de Minister van Infrastructuur en Waterstaat over de sluiting van het veer bij Amerongen (ingezonden 12 februari 2024).",
                "Body|+|Antwoord van Minister De Vries (Infrastructuur en Waterstaat) (ontvangen 4 maart 2024).",
                "Heading|+|Vraag 1",
                "Body|+|Bent u bekend met het bericht «Veerpont Amerongen vaart niet meer»?",
                "Heading|+|Antwoord 1",
                "Body|+|Ja.",
                "Heading|+|Vraag 2 en 3",
                "Body|+|Hoeveel reizigers maakten in 2023 gebruik van het veer?",
                "Body|+|Welke alternatieven zijn er voor fietsers en scholieren?",
                "Heading|+|Antwoord 2 en 3",
                "Body|+|Het veer wordt beheerd door de provincie. Volgens de provincie waren er in 2023 ongeveer 150.000 overtochten.",
                "Body|+|a. de brug bij Rhenen;",
                "Body|+|b. een tijdelijke pendelbus.",
                "Footnote|+|1 Utrechts Dagblad, 10 februari 2024, https://www.example.nl/nieuws/veerpont-amerongen",
            ],
            ReaderTestSupport.Render(doc));
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Read_AnswerDocument_RecordsInlineNoteAsMarker()
    {
        var doc = ReaderTestSupport.Read(XmlSourceReader.Instance, "xml/ah-tk-sample.xml");

        var marker = Assert.Single(doc.Markers);
        Assert.Equal(1, marker.Number);
        Assert.EndsWith("vaart niet meer»?", doc.Text[..marker.Offset], StringComparison.Ordinal);
        var question = doc.Lines.Single(l => doc.TextOf(l).StartsWith("Bent u bekend", StringComparison.Ordinal));
        Assert.Equal(question.End, marker.Offset);
        Assert.DoesNotContain("Utrechts Dagblad", doc.TextOf(question), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnswerDocument_RecordsMetadataAndIdFooter()
    {
        var doc = ReaderTestSupport.Read(XmlSourceReader.Instance, "xml/ah-tk-sample.xml");

        Assert.Equal("ah-tk-20232024-9901", doc.Metadata["DC.identifier"]);
        Assert.Equal("ah-tk-20232024-9901", doc.Metadata["IdFooter"]);
        Assert.Equal("Kamervragen (Aanhangsel)", doc.Metadata["OVERHEIDop.publicationName"]);
        Assert.DoesNotContain("OVERHEIDop", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Mededeling_RendersNoticeAfterHeading()
    {
        var doc = ReaderTestSupport.Read(XmlSourceReader.Instance, "xml/mededeling-sample.xml");

        Assert.Equal(
            [
                "Body|+|9902",
                "Body|+|Vragen van de leden Bakker (D66) en Smit (CDA) aan de Staatssecretaris van Financiën over wachttijden bij de Belastingtelefoon (ingezonden 8 januari 2024).",
                "Body|+|Mededeling van Staatssecretaris Visser (Financiën) (ontvangen 29 januari 2024).",
                "Heading|+|Vraag 1",
                "Body|+|Hoe lang moesten bellers in december 2023 gemiddeld wachten?",
                "Heading|+|Vraag 2",
                "Body|+|Wat doet u om de wachttijden te verkorten?",
                "Heading|+|Mededeling",
                "Notice|+|De vragen van de leden Bakker en Smit kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord, omdat de benodigde gegevens nog niet beschikbaar zijn.",
                "Notice|+|Ik streef ernaar de vragen binnen drie weken alsnog te beantwoorden.",
            ],
            ReaderTestSupport.Render(doc));
        Assert.Equal("ah-tk-20232024-9902", doc.Metadata["IdFooter"]);
    }

    [Fact]
    public void Read_UnknownElements_RendersTextAndListsNamesOnce()
    {
        var doc = ReaderTestSupport.Read(XmlSourceReader.Instance, "xml/unknown-elements.xml");

        Assert.Equal(
            [
                "Body|+|9903",
                "Heading|+|Vraag 1",
                "Body|+|Klopt het dat de regeling per 1 juli vervalt?",
                "Body|+|Dit blok kent de lezer niet.",
                "Heading|+|Antwoord 1",
                "Body|+|Nee.",
            ],
            ReaderTestSupport.Render(doc));
        var info = Assert.Single(doc.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal("GT1220", info.Code);
        Assert.Contains("extra-blok, markering, regel", info.Message, StringComparison.Ordinal);
        Assert.Equal("unknown-elements.xml", info.File);
    }

    [Fact]
    public void Read_VoetnootWithVoetref_ResolvesMarkerNumber()
    {
        var doc = ReadString(
            "<kamervragen><vraag><nr>3</nr><al>Zie het rapport<voetref refid='v7'/> van de inspectie.</al></vraag>" +
            "<voetnoot id='v7'><noot.nr>7</noot.nr><noot.al>Inspectierapport 2023.</noot.al></voetnoot></kamervragen>");

        Assert.Equal(["Heading|+|Vraag 3", "Body|+|Zie het rapport van de inspectie.", "Footnote|+|7 Inspectierapport 2023."], ReaderTestSupport.Render(doc));
        var marker = Assert.Single(doc.Markers);
        Assert.Equal(7, marker.Number);
        Assert.EndsWith("Zie het rapport", doc.Text[..marker.Offset], StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AnswerNumberOnly_RendersAntwoordHeading()
    {
        var doc = ReadString("<kamervragen><antwoord><nr>2, 3</nr><al>Zie boven.</al></antwoord></kamervragen>");

        Assert.Equal(["Heading|+|Antwoord 2 en 3", "Body|+|Zie boven."], ReaderTestSupport.Render(doc));
    }

    [Fact]
    public void Read_BillionLaughs_ThrowsFormatExceptionWithFileAndPosition()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
            ]>
            <kamervragen><al>&lol4;</al></kamervragen>
            """;

        var ex = Assert.Throws<DocumentFormatException>(() => ReadString(xml, "lolz.xml"));

        Assert.Contains("lolz.xml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DTD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ExternalEntity_ThrowsWithoutResolving()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE kamervragen [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <kamervragen><al>&xxe;</al></kamervragen>
            """;

        var ex = Assert.Throws<DocumentFormatException>(() => ReadString(xml, "xxe.xml"));

        Assert.Contains("xxe.xml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("position", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyInput_ThrowsFormatException()
    {
        var ex = Assert.Throws<DocumentFormatException>(() => XmlSourceReader.Instance.Read(ReadOnlyMemory<byte>.Empty, "leeg.xml", ReaderOptions.Default));

        Assert.Contains("leeg.xml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedXml_ThrowsWithLineAndPosition()
    {
        var ex = Assert.Throws<DocumentFormatException>(() => ReadString("<kamervragen>\n<al>open</kamervragen>", "kapot.xml"));

        Assert.Contains("kapot.xml", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        Assert.IsType<System.Xml.XmlException>(ex.InnerException);
    }

    [Fact]
    public void Read_RandomBytes_ThrowsTypedException()
    {
        var random = new Random(4242);
        for (var run = 0; run < 20; run++)
        {
            var bytes = new byte[random.Next(1, 2048)];
            random.NextBytes(bytes);
            var ex = Assert.ThrowsAny<GovTextException>(() => XmlSourceReader.Instance.Read(bytes, "random.xml", ReaderOptions.Default));
            Assert.Contains("random.xml", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_Latin1BytesWithoutDeclaration_WarnsAndDecodesAccents()
    {
        var bytes = Encoding.Latin1.GetBytes("<kamervragen><al>Café en privé</al></kamervragen>");

        var doc = XmlSourceReader.Instance.Read(bytes, "latin1.xml", ReaderOptions.Default);

        Assert.Equal("Café en privé", doc.TextOf(Assert.Single(doc.Lines)));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(doc.Diagnostics, d => d.Code == "GT1201").Severity);
    }

    [Fact]
    public void Read_DeclaredIso88591_DecodesWithoutWarning()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><kamervragen><al>Financiën</al></kamervragen>");

        var doc = XmlSourceReader.Instance.Read(bytes, "declared.xml", ReaderOptions.Default);

        Assert.Equal("Financiën", doc.TextOf(Assert.Single(doc.Lines)));
        Assert.Empty(doc.Diagnostics);
    }

    [Fact]
    public void Read_Nested100000Deep_FlattensWithOneWarning()
    {
        const int depth = 100_000;
        var sb = new StringBuilder();
        sb.Append("<kamervragen><al>begin</al>");
        sb.Insert(sb.Length, "<x>", depth).Append("diep").Insert(sb.Length, "</x>", depth);
        sb.Append("<al>einde</al></kamervragen>");

        var doc = ReadString(sb.ToString(), "deep.xml");

        var warning = Assert.Single(doc.Diagnostics, d => d.Code == "GT1210");
        Assert.Contains("line 1", warning.Message, StringComparison.Ordinal);
        Assert.Contains("diep", doc.Text, StringComparison.Ordinal);
        Assert.Equal("einde", doc.TextOf(doc.Lines[^1]));
    }

    [Fact]
    public void Read_MoreThanMaxNodes_StopsWithError()
    {
        var xml = "<kamervragen>" + string.Concat(Enumerable.Range(1, 100).Select(i => $"<al>regel {i}</al>")) + "</kamervragen>";

        var doc = ReadString(xml, options: ReaderOptions.Default with { MaxNodes = 20 });

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(doc.Diagnostics, d => d.Code == "GT1211").Severity);
        Assert.Equal("regel 1", doc.TextOf(doc.Lines[0]));
        Assert.True(doc.Lines.Length < 20);
    }

    [Fact]
    public void Read_LargerThanMaxBytes_ThrowsTooLarge()
    {
        Assert.Throws<DocumentTooLargeException>(() => ReadString("<kamervragen>" + new string('a', 200) + "</kamervragen>", options: ReaderOptions.Default with { MaxBytes = 100 }));
    }
}
