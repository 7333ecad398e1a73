using GovText.Language;
using Xunit;

namespace GovText.Tests.Language;

public sealed class TokenizerTests
{
    private static string[] Tok(string text) =>
        DutchTokenizer.Default.Tokenize(text).Select(t => t.GetText(text)).ToArray();

    [Theory]
    [InlineData("Dit is o.a. een test.", "Dit|is|o.a.|een|test|.")]
    [InlineData("Zie bijv. nr. 12, art. 3 jl. art. 4 d.w.z. het eind.", "Zie|bijv.|nr.|12|,|art.|3|jl.|art.|4|d.w.z.|het|eind|.")]
    [InlineData("Mr. dhr. mw. en Dhr. Jansen.", "Mr.|dhr.|mw.|en|Dhr.|Jansen|.")]
    [InlineData("J.A. de Vries en Th. Jansen", "J.A.|de|Vries|en|Th.|Jansen")]
    [InlineData("Het kost 1.234,56 euro.", "Het|kost|1.234,56|euro|.")]
    [InlineData("Het kost € 2,5 miljoen (€2,5 mln.).", "Het|kost|€|2,5|miljoen|(|€|2,5|mln.|)|.")]
    [InlineData("Een stijging van 12,5%.", "Een|stijging|van|12,5|%|.")]
    [InlineData("Tussen 51-100 medewerkers", "Tussen|51-100|medewerkers")]
    [InlineData("Op 6 maart 2024 werd het besloten.", "Op|6|maart|2024|werd|het|besloten|.")]
    [InlineData("Zaak 2024Z11859, ah-tk-20232024-1314 en kst-36410-15.", "Zaak|2024Z11859|,|ah-tk-20232024-1314|en|kst-36410-15|.")]
    [InlineData("Zie https://www.rijksoverheid.nl/onderwerpen/x?y=1. Dan", "Zie|https://www.rijksoverheid.nl/onderwerpen/x?y=1|.|Dan")]
    [InlineData("(www.tweedekamer.nl)", "(|www.tweedekamer.nl|)")]
    [InlineData("Mail info@minbzk.nl, graag.", "Mail|info@minbzk.nl|,|graag|.")]
    [InlineData("In ’s-Gravenhage en 's-Hertogenbosch.", "In|’s-Gravenhage|en|'s-Hertogenbosch|.")]
    [InlineData("D66 en GroenLinks-PvdA stemden voor.", "D66|en|GroenLinks-PvdA|stemden|voor|.")]
    [InlineData("Hij zei «nee» en ging.", "Hij|zei|«|nee|»|en|ging|.")]
    [InlineData("Is 't waar dat m'n en z'n auto's weg zijn?", "Is|'t|waar|dat|m'n|en|z'n|auto's|weg|zijn|?")]
    [InlineData("Hij zei: \"Ja, zeker!\"", "Hij|zei|:|\"|Ja|,|zeker|!|\"")]
    [InlineData("Postcode: 1234AB,huis nr. 223.", "Postcode|:|1234AB|,|huis|nr.|223|.")]
    [InlineData("land- en tuinbouw", "land-|en|tuinbouw")]
    [InlineData("Wacht... wat?", "Wacht|...|wat|?")]
    [InlineData("de jaren '80 en '90", "de|jaren|'80|en|'90")]
    [InlineData("om 12:30 uur", "om|12:30|uur")]
    [InlineData("'s avonds", "'s|avonds")]
    [InlineData("en/of", "en/of")]
    [InlineData("Hij zei ,,nee'' en ging.", "Hij|zei|,,|nee|''|en|ging|.")]
    [InlineData(",,Dat klopt,'' zei hij.", ",,|Dat|klopt|,|''|zei|hij|.")]
    [InlineData("kenbaar gemaakt.[2 ] Dat", "kenbaar|gemaakt|.|[|2|]|Dat")]
    [InlineData("niet het geval is.[3, 4 ] Ook", "niet|het|geval|is|.|[|3|,|4|]|Ook")]
    public void Tokenizes(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Tok(text));
    }

    [Fact]
    public void SpansPointIntoTheOriginalText()
    {
        const string text = "De heer J.A. de Vries (D66) vroeg € 2,5 miljoen.";
        var tokens = DutchTokenizer.Default.Tokenize(text);
        Assert.Equal(new Token(0, 2, TokenKind.Word), tokens[0]);
        Assert.Equal(new Token(8, 12, TokenKind.Abbreviation), tokens[2]);
        Assert.Equal("J.A.", tokens[2].GetText(text));
        var euro = tokens.Single(t => t.GetText(text) == "€");
        Assert.Equal(TokenKind.Symbol, euro.Kind);
        Assert.Equal(text.IndexOf('€', StringComparison.Ordinal), euro.Start);
        Assert.Equal(TokenKind.Number, tokens.Single(t => t.GetText(text) == "2,5").Kind);
        Assert.All(tokens, t => Assert.True(t.Start >= 0 && t.End <= text.Length && t.Start < t.End));
        for (var i = 1; i < tokens.Length; i++)
        {
            Assert.True(tokens[i].Start >= tokens[i - 1].End);
        }
    }

    [Fact]
    public void KindsOfSpecialTokens()
    {
        const string text = "Zie https://x.nl of a@b.nl over 2024Z11859 en o.a. dit";
        var kinds = DutchTokenizer.Default.Tokenize(text).ToDictionary(t => t.GetText(text), t => t.Kind);
        Assert.Equal(TokenKind.Url, kinds["https://x.nl"]);
        Assert.Equal(TokenKind.Email, kinds["a@b.nl"]);
        Assert.Equal(TokenKind.Identifier, kinds["2024Z11859"]);
        Assert.Equal(TokenKind.Abbreviation, kinds["o.a."]);
    }

    [Fact]
    public void ListMarkersAtLineStart()
    {
        const string text = "De vragen:\na. eerste\n1. tweede\n- derde\n2) vierde\nin 2023. Dat";
        var tokens = DutchTokenizer.Default.Tokenize(text);
        var markers = tokens.Where(t => t.Kind == TokenKind.ListMarker).Select(t => t.GetText(text)).ToArray();
        Assert.Equal(["a.", "1.", "-", "2)"], markers);
    }

    [Fact]
    public void AbbreviationListComesFromTheResource()
    {
        Assert.Contains("d.w.z.", DutchTokenizer.Default.Abbreviations);
        Assert.True(DutchTokenizer.Default.Abbreviations.Count > 100);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\u0000\u0001\u0007abc\u001b[0m")]
    [InlineData("\ud800 losse \udc00 surrogaten \ud83d")]
    [InlineData("((((((((((((((((((((((((((((((((((((((((((((((((")]
    [InlineData("a.................................................................")]
    [InlineData("’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’’")]
    [InlineData("woord))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))")]
    [InlineData("@ # € % ' ’ \" « » - – — • … / \\ http:// www. mailto: @@ a@ @b")]
    public void BadInputDoesNotThrowAndCoversOnlyRealCharacters(string text)
    {
        var tokens = DutchTokenizer.Default.Tokenize(text);
        var last = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= last && t.End > t.Start && t.End <= text.Length);
            last = t.End;
        }

        // Every non-separator character is covered by exactly one token.
        var covered = tokens.Sum(t => t.Length);
        var visible = text.Count(c => !(char.IsWhiteSpace(c) || char.IsControl(c)));
        Assert.Equal(visible, covered);
    }

    [Fact]
    public void NullIsEmpty()
    {
        Assert.Empty(DutchTokenizer.Default.Tokenize(null));
    }
}
