using System.Text;
using System.Text.RegularExpressions;
using GovText.Documents;
using GovText.Documents.Pdf;
using GovText.Tests.Infrastructure;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace GovText.Tests.Documents;

public sealed partial class PdfSourceReaderTests
{
    private const string Mutluer = "corpus/pdf/ah-tk-20232024-1314_antwoord_mutluer-kostic.pdf";
    private const string Klashorst = "corpus/pdf/ah-tk-20232024-1949_antwoord_klashorst.pdf";
    private const string Sneller = "corpus/pdf/ah-tk-20232024-1178_antwoord_sneller.pdf";
    private const string Erkens = "corpus/pdf/ah-tk-20232024-2210_antwoord_erkens.pdf";
    private const string Dobbe = "corpus/pdf/ah-tk-20232024-1980_antwoord_dobbe.pdf";

    private static readonly Dictionary<string, SourceDocument> s_cache = [];

    public static TheoryData<string> AllPdfs()
    {
        var data = new TheoryData<string>();
        foreach (var file in SharedCorpus.Files("corpus/pdf", "*.pdf"))
        {
            data.Add(file);
        }

        if (data.Count == 0)
        {
            data.Add("corpus/pdf/<absent>.pdf");
        }

        return data;
    }

    private static SourceDocument Read(string relative, ReaderOptions? options = null)
    {
        if (options is null)
        {
            lock (s_cache)
            {
                if (s_cache.TryGetValue(relative, out var cached))
                {
                    return cached;
                }
            }
        }

        var path = SharedCorpus.PathOf(relative);
        var doc = PdfSourceReader.Instance.Read(File.ReadAllBytes(path), Path.GetFileName(path), options ?? ReaderOptions.Default);
        if (options is null)
        {
            lock (s_cache)
            {
                s_cache[relative] = doc;
            }
        }

        return doc;
    }

    private static IEnumerable<string> LineTexts(SourceDocument doc, LineKind? kind = null) =>
        doc.Lines.Where(l => kind is null || l.Kind == kind).Select(doc.TextOf);

    [GeneratedRegex(@"^(?:[a-z]{2,4}-[a-z]{2,3}-[0-9]{4}[0-9A-Z-]*|ISSN\s*\d{4}\s*-\s*\d{3}[\dX]|['’]s-Gravenhage \d{4}|(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}–\d{4}, (?:Aanhangsel|Vragen).*)$")]
    private static partial Regex FurnitureLine();

    [SharedFact]
    public void Mutluer_BodyText_IsInReadingOrderWithCorrectWordSpacing()
    {
        var doc = Read(Mutluer);

        Assert.Equal(SourceFormat.Pdf, doc.Format);
        Assert.Contains("Vragen van de leden Mutluer (GroenLinks-PvdA) en Kostić (PvdD) aan de", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Tweede Kamer der Staten-Generaal", LineTexts(doc));
        Assert.Contains("Vraag 3, 4 en 5", LineTexts(doc));
        Assert.Contains("Antwoord 3, 4 en 5", LineTexts(doc));
        Assert.Contains("Heeft u kennisgenomen van het artikel «Kritiek op besluit provincie Friesland", LineTexts(doc));
        Assert.Contains("(ontvangen 25 maart 2024).", doc.Text, StringComparison.Ordinal);
        Assert.Equal(2, doc.Pages.Length);
        Assert.True(doc.Text.IndexOf("Vraag 1", StringComparison.Ordinal) < doc.Text.IndexOf("Antwoord 1", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Mutluer_LinesCarryLayout_AndParagraphGaps()
    {
        var doc = Read(Mutluer);
        var vraag2 = doc.Lines.Single(l => doc.TextOf(l) == "Vraag 2");
        Assert.True(vraag2.GapBefore);
        Assert.Equal(1, vraag2.Page);
        Assert.NotNull(vraag2.Bounds);
        Assert.InRange(vraag2.Bounds!.Value.Left, 200, 206);
        Assert.InRange(vraag2.FontSize!.Value, 8.0, 9.0);

        var next = doc.Lines[doc.Lines.IndexOf(vraag2) + 1];
        Assert.False(next.GapBefore);
        Assert.StartsWith("Zijn de voorwaarden", doc.TextOf(next), StringComparison.Ordinal);

        Assert.All(doc.Pages, p => Assert.True(doc.Lines.First(l => l.Page == p.Number).GapBefore));
    }

    [SharedFact]
    public void Mutluer_FurnitureIsStrippedAndRecorded()
    {
        var doc = Read(Mutluer);

        Assert.DoesNotContain("ISSN", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Gravenhage", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ah-tk-20232024-1314", doc.Text, StringComparison.Ordinal);

        Assert.Contains(new StrippedFurniture(FurnitureKind.IdFooter, 1, "ah-tk-20232024-1314"), doc.Furniture);
        Assert.Contains(new StrippedFurniture(FurnitureKind.Issn, 1, "ISSN 0921 - 7398"), doc.Furniture);
        Assert.Contains(new StrippedFurniture(FurnitureKind.Imprint, 1, "’s-Gravenhage 2024"), doc.Furniture);
        Assert.Contains(new StrippedFurniture(FurnitureKind.RunningFooter, 2, "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel"), doc.Furniture);
        Assert.Contains(new StrippedFurniture(FurnitureKind.PageNumber, 2, "2"), doc.Furniture);
        Assert.Contains(new StrippedFurniture(FurnitureKind.Other, 1, "2"), doc.Furniture);
        Assert.Equal("ah-tk-20232024-1314", doc.Metadata["IdFooter"]);

        var summary = Assert.Single(doc.Diagnostics, d => d.Code == "GT1100");
        Assert.Equal(DiagnosticSeverity.Info, summary.Severity);
        Assert.Contains("8", summary.Message, StringComparison.Ordinal);
        Assert.Equal("ah-tk-20232024-1314_antwoord_mutluer-kostic.pdf", summary.File);
    }

    [SharedFact]
    public void Mutluer_FootnoteMarkersAndFootnoteLinesAreSeparated()
    {
        var doc = Read(Mutluer);

        Assert.Contains("tegen actief regenboogbeleid»?", LineTexts(doc, LineKind.Body));
        Assert.DoesNotContain("beleid»?1", doc.Text, StringComparison.Ordinal);

        var marker = Assert.Single(doc.Markers, m => m.Number == 1);
        Assert.Equal(1, marker.Page);
        Assert.EndsWith("regenboogbeleid»?", doc.Text[..marker.Offset], StringComparison.Ordinal);
        var marker2 = Assert.Single(doc.Markers, m => m.Number == 2);
        Assert.Equal(2, marker2.Page);
        Assert.EndsWith("Regenboogprovincies?", doc.Text[..marker2.Offset], StringComparison.Ordinal);

        var notes = doc.Lines.Where(l => l.Kind == LineKind.Footnote).ToList();
        var first = notes.First(l => doc.TextOf(l).StartsWith("1 ", StringComparison.Ordinal));
        Assert.Equal(1, first.Page);
        Assert.StartsWith("1 NOS, d.d. 1 maart 2024, «Kritiek op besluit", doc.TextOf(first), StringComparison.Ordinal);
        var continuation = notes[notes.IndexOf(first) + 1];
        Assert.False(continuation.GapBefore);
        Assert.StartsWith("https://nos.nl/artikel/2510977-kritiek-op-besluit-provincie-friesland", doc.TextOf(continuation), StringComparison.Ordinal);
        Assert.Contains(notes, l => l.Page == 2 && doc.TextOf(l).StartsWith("2 Movisie", StringComparison.Ordinal));

        // Footnotes come after the body lines of their page.
        foreach (var page in doc.Pages)
        {
            var kinds = doc.Lines.Where(l => l.Page == page.Number).Select(l => l.Kind).ToList();
            var firstNote = kinds.IndexOf(LineKind.Footnote);
            Assert.True(firstNote > 0);
            Assert.All(kinds.Skip(firstNote), k => Assert.Equal(LineKind.Footnote, k));
        }

        // The table at the bottom of page 2 is small print too, but it is body text.
        Assert.Contains("Seksuele gerichtheid 66 73 74", LineTexts(doc, LineKind.Body));
    }

    [SharedFact]
    public void Mutluer_Metadata_FromInformationDictionary()
    {
        var doc = Read(Mutluer);
        Assert.StartsWith("Antwoord op vragen van de leden Mutluer en Kostic", doc.Metadata["Subject"], StringComparison.Ordinal);
        Assert.Contains("gegevensmagazijn.tweedekamer.nl", doc.Metadata["Producer"], StringComparison.Ordinal);
    }

    [SharedFact]
    public void Hyphenation_IsRepaired_RealHyphensKept()
    {
        var mutluer = Read(Mutluer);
        Assert.Contains("om zich regenboogprovincie", mutluer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("regen-", mutluer.Text, StringComparison.Ordinal);
        Assert.Contains("Inventarisatie Regenboogbeleid", mutluer.Text, StringComparison.Ordinal);
        Assert.Contains("(GroenLinks-PvdA)", mutluer.Text, StringComparison.Ordinal);

        var sneller = Read(Sneller);
        Assert.Contains("encryptie zal doorbreken", sneller.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("doorbre-", sneller.Text, StringComparison.Ordinal);
        Assert.Contains("PKI-consortium", sneller.Text, StringComparison.Ordinal);
        Assert.Contains("Koninkrijksrelaties", sneller.Text, StringComparison.Ordinal);

        // "aanloop- en volloopverliezen": an elliptical hyphen before "en" stays as it is.
        var erkens = Read(Erkens);
        Assert.Contains("aanloop- en volloopverliezen", erkens.Text, StringComparison.Ordinal);

        // A word broken over a page break ("zorgaanbie-" | "der") is joined on the earlier page.
        var dobbe = Read(Dobbe);
        Assert.DoesNotContain("zorgaanbie-", dobbe.Text, StringComparison.Ordinal);
        Assert.Contains("Joseph-Agema", dobbe.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Klashorst_DoubleSurnameAndDiacriticsSurvive()
    {
        var doc = Read(Klashorst);
        Assert.Contains("Faber-van de Klashorst", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Minister Yeşilgöz-Zegerius", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Vraag 2 en 3", LineTexts(doc));
        Assert.Contains("een 13- en", doc.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Subscripts_StayInTheirWord()
    {
        var doc = Read(Erkens);
        Assert.Contains("CO2-opslag", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Voor CO2 zijn er ook alternatieve bewezen vervoersmogelijkheden,", doc.Text, StringComparison.Ordinal);
    }

    [SharedFact]
    public void StripFurnitureOff_KeepsFurnitureAsBodyText()
    {
        var doc = Read(Mutluer, ReaderOptions.Default with { StripFurniture = false });
        Assert.Empty(doc.Furniture);
        Assert.Contains("ISSN 0921 - 7398", LineTexts(doc, LineKind.Body));
        Assert.Contains(LineTexts(doc, LineKind.Body), t => t.Contains("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", StringComparison.Ordinal));
        Assert.Equal("ah-tk-20232024-1314", doc.Metadata["IdFooter"]);
    }

    [SharedTheory]
    [MemberData(nameof(AllPdfs))]
    public void EveryPdf_IsCleanAndComplete(string relative)
    {
        var doc = Read(relative);
        var name = Path.GetFileName(relative);

        Assert.Equal(name, doc.File);
        Assert.All(LineTexts(doc, LineKind.Body), t => Assert.DoesNotMatch(FurnitureLine(), t));

        // The only bare number left in the body is the publication number printed in the page-1 heading ("1314").
        var publication = name.Split('_')[0].Split('-')[^1];
        Assert.Equal([publication], LineTexts(doc, LineKind.Body).Where(t => Regex.IsMatch(t, @"^\d{1,4}$")));
        Assert.DoesNotContain("\u00AD", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"[\uFB00-\uFB06]", doc.Text);
        Assert.DoesNotMatch(@"[\u0300-\u036F´¸¨]", doc.Text);
        Assert.DoesNotContain("  ", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        foreach (var page in doc.Pages)
        {
            Assert.Contains(doc.Lines, l => l.Page == page.Number && l.Kind == LineKind.Body);
        }

        Assert.Equal(name[..name.IndexOf('_', StringComparison.Ordinal)], doc.Metadata["IdFooter"]);
        Assert.Contains(doc.Furniture, f => f.Kind == FurnitureKind.IdFooter && f.Page == 1);
        Assert.Equal(doc.Pages.Length, doc.Furniture.Count(f => f.Kind == FurnitureKind.RunningFooter));
        Assert.Single(doc.Diagnostics, d => d.Code == "GT1100");

        // Broken words are repaired: no body line ends in "lowercase-" when the next line continues in lowercase
        // (except an elliptical hyphen before "en"/"of").
        var body = doc.Lines.Where(l => l.Kind == LineKind.Body).ToList();
        for (var i = 0; i + 1 < body.Count; i++)
        {
            var text = doc.TextOf(body[i]);
            var next = doc.TextOf(body[i + 1]);
            if (Regex.IsMatch(text, @"\p{Ll}-$") && next.Length > 0 && char.IsLower(next[0]))
            {
                Assert.Matches(@"^(en|of|tot)\b", next);
            }
        }

        // Every footnote number printed at the bottom of a page has a marker in the text, and every marker points
        // into body text of its page.
        var noteNumbers = doc.Lines.Where(l => l.Kind == LineKind.Footnote && l.GapBefore)
            .Select(l => int.Parse(doc.TextOf(l).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(noteNumbers.Order(), noteNumbers);
        foreach (var number in noteNumbers)
        {
            Assert.Contains(doc.Markers, m => m.Number == number);
        }

        foreach (var marker in doc.Markers)
        {
            Assert.Equal(marker.Page, doc.PageAt(Math.Max(0, marker.Offset - 1)));
        }
    }

    [Fact]
    public void EmptyInput_IsAFormatError()
    {
        var ex = Assert.Throws<DocumentFormatException>(() => PdfSourceReader.Instance.Read(ReadOnlyMemory<byte>.Empty, "empty.pdf", ReaderOptions.Default));
        Assert.Contains("empty.pdf", ex.Message, StringComparison.Ordinal);
        Assert.Equal("empty.pdf", ex.File);
    }

    [Fact]
    public void RandomBytes_AreAFormatError()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var ex = Assert.Throws<DocumentFormatException>(() => PdfSourceReader.Instance.Read(bytes, "noise.pdf", ReaderOptions.Default));
        Assert.Contains("noise.pdf", ex.Message, StringComparison.Ordinal);
        Assert.Contains("%PDF", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderFollowedByGarbage_IsAFormatError()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', 2000));
        var ex = Assert.Throws<DocumentFormatException>(() => PdfSourceReader.Instance.Read(bytes, "garbage.pdf", ReaderOptions.Default));
        Assert.Contains("garbage.pdf", ex.Message, StringComparison.Ordinal);
    }

    [SharedFact]
    public void TruncatedPdf_IsAFormatError()
    {
        var bytes = File.ReadAllBytes(SharedCorpus.PathOf(Mutluer));
        var truncated = bytes.AsMemory(0, bytes.Length * 3 / 10);
        var ex = Assert.Throws<DocumentFormatException>(() => PdfSourceReader.Instance.Read(truncated, "truncated.pdf", ReaderOptions.Default));
        Assert.Contains("truncated.pdf", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EncryptedPdf_IsAnEncryptedError()
    {
        var ex = Assert.Throws<DocumentEncryptedException>(() => PdfSourceReader.Instance.Read(EncryptedPdf(), "secret.pdf", ReaderOptions.Default));
        Assert.Contains("secret.pdf", ex.Message, StringComparison.Ordinal);
        Assert.Contains("encrypted", ex.Message, StringComparison.Ordinal);
        Assert.IsType<UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException>(ex.InnerException);
    }

    [Fact]
    public void TooManyBytes_IsTooLarge()
    {
        var bytes = HelloWorldPdf();
        var ex = Assert.Throws<DocumentTooLargeException>(() => PdfSourceReader.Instance.Read(bytes, "big.pdf", ReaderOptions.Default with { MaxBytes = 100 }));
        Assert.Contains("big.pdf", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooManyPages_IsTooLarge()
    {
        var bytes = HelloWorldPdf(pages: 3);
        var ex = Assert.Throws<DocumentTooLargeException>(() => PdfSourceReader.Instance.Read(bytes, "long.pdf", ReaderOptions.Default with { MaxPages = 2 }));
        Assert.Contains("long.pdf", ex.Message, StringComparison.Ordinal);
        Assert.Contains("3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SimplePdf_ReadsIntoASourceDocument()
    {
        var doc = PdfSourceReader.Instance.Read(HelloWorldPdf(pages: 2), "hello.pdf", ReaderOptions.Default);

        Assert.Equal(2, doc.Pages.Length);
        var lines = doc.Lines.Select(doc.TextOf).ToList();
        Assert.Equal(["Hello world", "Second line here", "Hello world", "Second line here"], lines);
        Assert.All(doc.Lines, l => Assert.Equal(LineKind.Body, l.Kind));
        Assert.Equal([1, 1, 2, 2], doc.Lines.Select(l => l.Page));
        Assert.Equal(12, doc.Lines[0].FontSize);
        Assert.Empty(doc.Markers);
        Assert.Empty(doc.Furniture);
        Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("emissiefacto-", "ren uit 2020", "Join")]
    [InlineData("de leden Mutluer (GroenLinks-", "PvdA) en", "KeepHyphen")]
    [InlineData("het lid Faber-", "van de Klashorst", "KeepHyphen")]
    [InlineData("Tweede Kamer der Staten-", "Generaal", "KeepHyphen")]
    [InlineData("in Noord-", "Holland", "KeepHyphen")]
    [InlineData("de zorg-", "en welzijnssector", "None")]
    [InlineData("de aanloop-", "of volloopverliezen", "None")]
    [InlineData("in de periode 2023-", "2024", "KeepHyphen")]
    [InlineData("https://nos.nl/artikel/2510977-kritiek-op-", "besluit", "KeepHyphen")]
    [InlineData("de zee-", "egel", "KeepHyphen")]
    [InlineData("per e-", "mail", "KeepHyphen")]
    [InlineData("een lijn - ", "en dan", "None")]
    [InlineData("geen afbreking", "hier", "None")]
    public void HyphenationRules(string left, string right, string expected) =>
        Assert.Equal(expected, Hyphenation.Decide(left, right, softHyphen: false).ToString());

    [Fact]
    public void HyphenationRules_PreferSpellingSeenElsewhereInTheDocument()
    {
        HashSet<string> words = ["mvo-standaarden"];
        Assert.Equal(Hyphenation.Decision.KeepHyphen, Hyphenation.Decide("de mvo-", "standaarden.", false, words));
        Assert.Equal(Hyphenation.Decision.Join, Hyphenation.Decide("de mvo-", "standaarden.", false, new HashSet<string>()));
        Assert.Equal(Hyphenation.Decision.Join, Hyphenation.Decide("de facto", "ren", softHyphen: true));
    }

    [Theory]
    [InlineData("\uFB01nanciën", "financiën")]
    [InlineData("\uFB02", "fl")]
    [InlineData("\uFB00\uFB03\uFB04", "ffffiffl")]
    [InlineData("\u00A0", " ")]
    public void GlyphText_IsNormalised(string raw, string expected) =>
        Assert.Equal(expected, PdfLayout.NormaliseGlyphText(raw, out _, out _, out _));

    [Theory]
    [InlineData("ah-tk-20232024-1314", "IdFooter")]
    [InlineData("kv-tk-2024Z18796", "IdFooter")]
    [InlineData("ISSN 0921 - 7398", "Issn")]
    [InlineData("’s-Gravenhage 2024", "Imprint")]
    [InlineData("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel", "RunningFooter")]
    [InlineData("Tweede Kamer, vergaderjaar 2024–2025, Vragen", "RunningFooter")]
    [InlineData("Tweede Kamer, vergaderjaar 2024–2025, Vragen 3", "RunningFooter,PageNumber")]
    [InlineData("12", "PageNumber")]
    [InlineData("Tweede Kamer der Staten-Generaal", "")]
    [InlineData("Vraag 1", "")]
    public void Furniture_IsRecognisedInTheMargin(string text, string kinds)
    {
        var pieces = PdfFurniture.Classify(text, inMargin: true, isHuge: false);
        Assert.Equal(kinds, pieces is null ? string.Empty : string.Join(",", pieces.Select(p => p.Kind)));
        Assert.Null(PdfFurniture.Classify(text, inMargin: false, isHuge: false));
    }

    [Fact]
    public void ChamberMarker_IsRecognisedByItsSizeAnywhere()
    {
        var pieces = PdfFurniture.Classify("2", inMargin: false, isHuge: true);
        Assert.Equal(FurnitureKind.Other, Assert.Single(pieces!).Kind);
        Assert.Null(PdfFurniture.Classify("1314", inMargin: false, isHuge: true));
    }

    [Theory]
    [InlineData('c', "\u0301", "ć")]
    [InlineData('s', "\u0327", "ş")]
    [InlineData('ı', "\u0308", "ï")]
    [InlineData('q', "\u0301", "q\u0301")]
    public void Diacritics_AreComposed(char letter, string mark, string expected) =>
        Assert.Equal(expected, PdfLayout.Compose(letter, mark));

    [Fact]
    public void SoftHyphenGlyph_IsFlagged()
    {
        Assert.Equal(string.Empty, PdfLayout.NormaliseGlyphText("\u00AD", out _, out var soft, out _));
        Assert.True(soft);
    }

    private static byte[] HelloWorldPdf(int pages = 1)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < pages; i++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText("Hello world", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 700), font);
            page.AddText("Second line here", 12, new UglyToad.PdfPig.Core.PdfPoint(72, 685), font);
        }

        return builder.Build();
    }

    /// <summary>A minimal PDF whose trailer names a standard security handler (RC4, 40 bit) with an unknown password.</summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R >>",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 "
                + "/O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>",
            "<< /Length 12 >>\nstream\nABCDEFGHIJKL\nendstream",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append("xref\n0 ").Append(objects.Length + 1).Append('\n').Append("0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append("trailer\n<< /Size ").Append(objects.Length + 1)
            .Append(" /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\n")
            .Append("startxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
