using GovText.Documents;
using GovText.Parliament;
using Xunit;

namespace GovText.Tests.Parliament;

/// <summary>The grammar over plain text: header variants, numbering, pairing, footnotes, notices, diagnostics.</summary>
public sealed class TextParsingTests
{
    private const string Answer = """
        Tweede Kamer der Staten-Generaal2
        Vergaderjaar 2023–2024 Aanhangsel van de Handelingen
        Vragen gesteld door de leden der Kamer, met de daarop door de
        regering gegeven antwoorden
        1786
        Vragen van de leden Hirsch (GroenLinks-PvdA) en Teunissen (PvdD) aan de
        Staatssecretaris van Financiën en de Minister voor Buitenlandse Handel en
        Ontwikkelingssamenwerking over belastingontwijking (ingezonden 4 april
        2024).
        Antwoord van Staatssecretaris Van Rij (Financiën – Fiscaliteit en
        Belastingdienst), mede namens de Minister voor Buitenlandse Handel en
        Ontwikkelingssamenwerking (ontvangen (ontvangen 21 mei 2024). Zie ook Aanhangsel
        Handelingen, vergaderjaar 2023–2024, nr. 1137
        Vraag 1
        Bent u bekend met het bericht «Belastingparadijs»?1
        Antwoord 1
        Ja.
        Vraag 5
        Wat vindt u daarvan?
        Vraag 6
        En hoe nu verder?
        Antwoord 5 en 6
        Zie het antwoord op vraag 1. Wij blijven dit volgen.
        Vraag 7, 8, 9 10 en 11
        Vraag zeven tot en met elf.
        Antwoord 7, 8, 9 10 en 11
        Nee.
        1NOS, 4 april 2024, «Belastingparadijs», https://nos.nl/artikel/
        2516000-belastingparadijs
        ah-tk-20232024-1786
        ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1
        """;

    private static KamervraagDocument Parse(string text) => Kamervragen.ParseText(text, "sample.txt");

    [Fact]
    public void WrappedReference_AtTheStartOfALine_IsNoHeading()
    {
        // As in a real answer document of the Limburg CSV: the reference wraps after "het", and the next line starts
        // with a lowercase "antwoord op vraag 5)." that the heading grammar used to read as an answer with text ".".
        var text = Answer.Replace("Antwoord 1\nJa.\n", "Antwoord 1\nJa, dat kan ik bevestigen (zie ook het\nantwoord op vraag 5).\n", StringComparison.Ordinal);
        Assert.NotEqual(Answer, text);
        var doc = Parse(text);
        Assert.Equal(new[] { 1, 5, 7 }, doc.Answers.Select(a => a.Numbers[0]));
        Assert.Equal("Ja, dat kan ik bevestigen (zie ook het antwoord op vraag 5).", doc.Answers[0].Text);
    }

    [Fact]
    public void Header_AllFields()
    {
        var doc = Parse(Answer);
        Assert.Equal("ah-tk-20232024-1786", doc.Id);
        Assert.Equal(DocumentKind.Answer, doc.Kind);
        Assert.Equal("2023-2024", doc.Vergaderjaar);
        Assert.Equal(1786, doc.AanhangselNumber);
        Assert.Equal(new[] { ("Hirsch", "GroenLinks-PvdA"), ("Teunissen", "PvdD") }, doc.Askers.Select(a => (a.Name, a.Party!)));
        Assert.Equal(new[] { "Staatssecretaris van Financiën", "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking" }, doc.Addressees.Select(a => a.Office));
        Assert.Equal("belastingontwijking", doc.Subject!.Text);
        Assert.Equal(new DateOnly(2024, 4, 4), doc.Submitted!.Date);
        Assert.Equal(new DateOnly(2024, 5, 21), doc.Received!.Date);
        var by = doc.AnsweredBy!;
        Assert.Equal(("Staatssecretaris", "Van Rij", "Financiën – Fiscaliteit en Belastingdienst"), (by.Office, by.Name, by.Portfolio!));
        Assert.Equal(new[] { "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking" }, by.OnBehalfOf);
        Assert.Equal(new[] { "ah-tk-20232024-1137" }, doc.SeeAlso.Select(s => s.Id));
    }

    [Fact]
    public void Header_ToleratesDoubledOntvangenAndMissingPeriodWithDiagnostics()
    {
        var doc = Parse(Answer);
        Assert.Contains(doc.Diagnostics, d => d.Code == "GT2013" && d.Message.Contains("ontvangen", StringComparison.Ordinal));
        Assert.Contains(doc.Diagnostics, d => d.Code == "GT2031");
    }

    [Fact]
    public void Numbering_SeparateQuestionsAnsweredTogether()
    {
        var doc = Parse(Answer);
        Assert.Equal(new[] { "1", "5", "6", "7,8,9,10,11" }, doc.Questions.Select(q => string.Join(",", q.Numbers)));
        Assert.Equal(new[] { "1", "5,6", "7,8,9,10,11" }, doc.Answers.Select(a => string.Join(",", a.Numbers)));
        Assert.Equal("Zie het antwoord op vraag 1. Wij blijven dit volgen.", doc.AnswerTo(6)!.Text);
        Assert.Same(doc.AnswerTo(5), doc.AnswerTo(6));
        Assert.Equal(new[] { 1 }, doc.AnswerTo(5)!.CrossReferences);
        Assert.All(doc.Pairs(), p => Assert.NotNull(p.Answer));
    }

    [Fact]
    public void Footnotes_SeparatedWithUrlJoinedAcrossLines()
    {
        var doc = Parse(Answer);
        var note = Assert.Single(doc.Footnotes);
        Assert.Equal(1, note.Number);
        Assert.Equal(new[] { "https://nos.nl/artikel/2516000-belastingparadijs" }, note.Urls);
        Assert.Equal("Bent u bekend met het bericht «Belastingparadijs»?", doc.Questions[0].Text);
        Assert.Equal(new[] { 1 }, doc.Questions[0].Footnotes);
    }

    [Fact]
    public void HyphenatedWords_AreJoinedOnlyWithEvidence_AndRealHyphensStay()
    {
        var text = Answer.Replace("Zie het antwoord op vraag 1. Wij blijven dit volgen.",
            "Zie het antwoord op vraag 1. De emissiefacto-ren en de emissiefactoren van de huisvestings-systemen\nzijn zorg- en welzijnsdoelen van GroenLinks-\nPvdA, met een verschil-\nlende e-\nmail.", StringComparison.Ordinal);
        var doc = Parse(text);
        var answer = doc.AnswerTo(5)!.Text;
        Assert.Equal("Zie het antwoord op vraag 1. De emissiefactoren en de emissiefactoren van de huisvestings-systemen zijn zorg- en welzijnsdoelen van GroenLinks-PvdA, met een verschillende e-mail.", answer);
        Assert.Contains(doc.Diagnostics, d => d.Code == "GT1240" && d.Message == "repaired 4 word(s) hyphenated across lines.");
    }

    [Fact]
    public void GluedWords_AreSeparated_ButNotInsideUrlsOrMixedCaseNames()
    {
        var text = Answer.Replace("Zie het antwoord op vraag 1. Wij blijven dit volgen.",
            "Zie het antwoord op vraag 1. Het kabinet wil inNederland meer doen, zie https://www.nos.nl/artikel/nieuwsDossier en vlieg niet met easyJet of eHerkenning.", StringComparison.Ordinal);
        var doc = Parse(text);
        Assert.Equal("Zie het antwoord op vraag 1. Het kabinet wil in Nederland meer doen, zie https://www.nos.nl/artikel/nieuwsDossier en vlieg niet met easyJet of eHerkenning.", doc.AnswerTo(5)!.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == "GT1241" && d.Message.StartsWith("restored 1 missing space", StringComparison.Ordinal));
    }

    [Fact]
    public void Spans_PointAtTheText()
    {
        var doc = Parse(Answer);
        var q = doc.Questions[1];
        Assert.Equal("Wat vindt u daarvan?", doc.Source.TextOf(q.Span));
        Assert.Equal("Teunissen", doc.Source.TextOf(doc.Askers[1].Span));
        Assert.Equal("4 april\n2024", doc.Source.TextOf(doc.Submitted!.Span));
        Assert.True(doc.Coverage >= 0.99, $"coverage {doc.Coverage}");
        Assert.Contains(doc.Source.Furniture, f => f.Kind == FurnitureKind.IdFooter && f.Text == "ah-tk-20232024-1786");
        Assert.Contains(doc.Source.Furniture, f => f.Kind == FurnitureKind.Issn);
    }

    [Fact]
    public void Mededeling_NoticeTextAndKind()
    {
        const string text = """
            Tweede Kamer der Staten-Generaal2
            Vergaderjaar 2024–2025 Aanhangsel van de Handelingen
            Vragen gesteld door de leden der Kamer, met de daarop door de
            regering gegeven antwoorden
            562
            Vragen van de leden Van den Hil (VVD) en Bikker (ChristenUnie) aan de
            Staatssecretaris van Volksgezondheid, Welzijn en Sport over wachttijden (ingezonden
            25 oktober 2024).
            Mededeling van Staatssecretaris Karremans (Volksgezondheid, Welzijn en
            Sport) (ontvangen 15 november 2024).
            Vraag 1
            Bent u bekend met het bericht?
            Vraag 2
            Wat gaat u doen?
            Mededeling
            De vragen van de leden Van den Hil (VVD) en Bikker (ChristenUnie) over wachttijden (2024Z16988) kunnen
            tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.
            """;
        var doc = Parse(text);
        Assert.Equal(DocumentKind.Mededeling, doc.Kind);
        Assert.Equal(2, doc.Questions.Length);
        Assert.Empty(doc.Answers);
        Assert.StartsWith("De vragen van de leden Van den Hil", doc.Notice!.Text, StringComparison.Ordinal);
        Assert.EndsWith("niet binnen de gebruikelijke termijn worden beantwoord.", doc.Notice.Text, StringComparison.Ordinal);
        Assert.Equal("Karremans", doc.AnsweredBy!.Name);
    }

    [Fact]
    public void QuestionsOnly_KvDocumentWithCaseNumber()
    {
        const string text = """
            Tweede Kamer der Staten-Generaal2
            Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer

            2024Z18796
            Vragen van de leden Kröger en Gabriëls (beiden GroenLinks-PvdA) aan de
            Minister van Klimaat en Groene Groei over uitspraken over het klimaat (ingezonden 19 november 2024).
            Vraag 1
            Onderschrijft u deze uitspraak?
            Vraag 2
            Waarom niet?
            kv-tk-2024Z18796
            ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1
            """;
        var doc = Parse(text);
        Assert.Equal(DocumentKind.Questions, doc.Kind);
        Assert.Equal("kv-tk-2024Z18796", doc.Id);
        Assert.Equal("2024Z18796", doc.CaseNumber);
        Assert.Null(doc.AnsweredBy);
        Assert.Null(doc.AanhangselNumber);
        Assert.Equal(new[] { "Kröger", "Gabriëls" }, doc.Askers.Select(a => a.Name));
        Assert.All(doc.Askers, a => Assert.Equal("GroenLinks-PvdA", a.Party));
        Assert.Equal(2, doc.Questions.Length);
    }

    [Fact]
    public void MinistryLetter_AntwoordOpVraagN()
    {
        const string text = """
            AH 604
            2024Z18294
            Antwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)

            Vraag 1
            Hoe is het kwaliteitskader tot stand gekomen?

            Antwoord op vraag 1
            In overleg met gemeenten.

            Vraag 2
            Wanneer komt de tool?

            Antwoord op vraag 2
            Volgend jaar. Zie ook het antwoord op vraag 1.
            """;
        var doc = Parse(text);
        Assert.Equal(DocumentKind.Answer, doc.Kind);
        Assert.Equal(604, doc.AanhangselNumber);
        Assert.Equal("2024Z18294", doc.CaseNumber);
        Assert.Equal(("Minister", "Van Weel"), (doc.AnsweredBy!.Office, doc.AnsweredBy.Name));
        Assert.Equal("Volgend jaar. Zie ook het antwoord op vraag 1.", doc.AnswerTo(2)!.Text);
        Assert.Equal(new[] { 1 }, doc.AnswerTo(2)!.CrossReferences);
    }

    [Fact]
    public void NotKamervragen_TypedExceptionNamingTheFile()
    {
        var ex = Assert.Throws<NotKamervragenException>(() => Parse("Dit is een gewone brief.\nMet vriendelijke groet,\nJan"));
        Assert.Contains("sample.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_ThrowsOnErrorDiagnostics_LenientDoesNot()
    {
        var source = new SourceDocument("x.txt", SourceFormat.Text, "Vraag 1\nWaarom?", [new SourcePage(1, 0, 15)],
            [new TextLine(1, 0, 7, LineKind.Body, null, null, false), new TextLine(1, 8, 15, LineKind.Body, null, null, false)],
            diagnostics: [new Diagnostic(DiagnosticSeverity.Error, "GT0999", "page 2 unreadable", "x.txt", 2, null)]);
        var lenient = KamervragenParser.Default.Parse(source);
        Assert.Contains(lenient.Diagnostics, d => d.Code == "GT0999");
        var ex = Assert.Throws<DocumentFormatException>(() => KamervragenParser.Default.Parse(source, new ParserOptions { Strict = true }));
        Assert.Contains("x.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedHeadingNumber_IsReadAsTheMissingAnsweredNumber()
    {
        const string text = """
            Vragen van het lid Jansen (SP) aan de Minister van Financiën over belastingen (ingezonden 1 maart 2024).
            Antwoord van Minister De Vries (Financiën) (ontvangen 20 maart 2024).
            Vraag 1
            Klopt dit?
            Antwoord 1
            Ja.
            Vraag 1
            En dat?
            Antwoord 2
            Nee.
            """;
        var doc = Kamervragen.ParseText(text, "repeat.txt");
        Assert.Equal(new[] { 1, 2 }, doc.Questions.Select(q => q.Numbers[0]));
        Assert.Equal("Nee.", doc.AnswerTo(2)!.Text);
        Assert.Contains(doc.Diagnostics, d => d.Code == "GT2305");
    }
}
