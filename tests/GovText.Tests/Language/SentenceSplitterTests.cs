using GovText.Language;
using Xunit;

namespace GovText.Tests.Language;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text)
    {
        var tokens = DutchTokenizer.Default.Tokenize(text);
        return DutchSentenceSplitter.Default.Split(text, tokens.AsSpan())
            .Select(r =>
            {
                var (offset, length) = r.GetOffsetAndLength(tokens.Length);
                return text[tokens[offset].Start..tokens[offset + length - 1].End];
            })
            .ToArray();
    }

    [Fact]
    public void SplitsAtTerminalPunctuation()
    {
        Assert.Equal(["Dit is zin één.", "Is dit zin twee?", "Ja!", "En 2024 was een goed jaar."],
            Split("Dit is zin één. Is dit zin twee? Ja! En 2024 was een goed jaar."));
    }

    [Fact]
    public void FootnoteMarkersGluedToTheFullStopStayWithTheirSentence()
    {
        Assert.Equal(["Bent u bekend met het bericht?1", "Zo ja, wat vindt u ervan?2", "Het kabinet heeft dat besloten.3", "Dat is niet het geval."],
            Split("Bent u bekend met het bericht?1 Zo ja, wat vindt u ervan?2 Het kabinet heeft dat besloten.3 Dat is niet het geval."));
        Assert.Equal(["Zie art.3 en nr.15, versie 2.3 en blz.12 van 1 mei."], Split("Zie art.3 en nr.15, versie 2.3 en blz.12 van 1 mei."));
        Assert.Equal(["Het is 2024.", "12 gemeenten deden mee."], Split("Het is 2024. 12 gemeenten deden mee."));

        // PDF extractions print footnote references in brackets ("gemaakt.[2 ]", 320 times in the CSV of real pairs): the full
        // stop is split from the word and the reference stays with its sentence.
        Assert.Equal(["Het kabinet heeft zorgen kenbaar gemaakt.[2 ]", "Dat is niet het geval.[3, 4 ]", "Ook dat klopt."],
            Split("Het kabinet heeft zorgen kenbaar gemaakt.[2 ] Dat is niet het geval.[3, 4 ] Ook dat klopt."));
        Assert.Equal(["Zie art.[5] van de wet."], Split("Zie art.[5] van de wet."));
    }

    [Fact]
    public void DoesNotSplitAfterAbbreviationsInitialsOrNumbers()
    {
        Assert.Equal(["Dhr. J.A. de Vries en mr. P. Jansen spraken o.a. over art. 3 en nr. 12 d.w.z. de kosten van € 1.234,56."],
            Split("Dhr. J.A. de Vries en mr. P. Jansen spraken o.a. over art. 3 en nr. 12 d.w.z. de kosten van € 1.234,56."));
    }

    [Fact]
    public void SentenceFinalAbbreviationSplitsBeforeACapital()
    {
        Assert.Equal(["Appels, peren enz.", "Daarna kwam de rest."], Split("Appels, peren enz. Daarna kwam de rest."));
        Assert.Equal(["Appels, peren enz. en de rest."], Split("Appels, peren enz. en de rest."));
    }

    [Fact]
    public void DoesNotSplitInsideQuotations()
    {
        Assert.Equal(["Hij zei: «Dat klopt. Ik kom morgen.»", "Daarna ging hij weg."],
            Split("Hij zei: «Dat klopt. Ik kom morgen.» Daarna ging hij weg."));
        Assert.Single(Split("Het «Dat klopt. Ik kom morgen.» van de minister was kort."));
    }

    [Fact]
    public void OldStyleQuotesAreQuotations()
    {
        Assert.Equal(["Hij zei: ,,Dat klopt. Ik kom.''", "Toen ging hij."], Split("Hij zei: ,,Dat klopt. Ik kom.'' Toen ging hij."));
    }

    [Fact]
    public void SplitsAfterAClosingQuoteThatEndsASentence()
    {
        Assert.Equal(["Hij zei: “Dat klopt. Ik kom.”", "Toen ging hij."], Split("Hij zei: “Dat klopt. Ik kom.” Toen ging hij."));
    }

    [Fact]
    public void LowercaseAfterQuestionMarkDoesNotSplit()
    {
        Assert.Single(Split("De vraag “waarom?” werd gesteld."));
    }

    [Fact]
    public void ListItemsAreSentences()
    {
        Assert.Equal(["Het kabinet wil:", "a. meer geld", "b. minder regels", "1. een punt", "- een streepje"],
            Split("Het kabinet wil:\na. meer geld\nb. minder regels\n1. een punt\n- een streepje"));
    }

    [Fact]
    public void HeadingLinesAreSentences()
    {
        Assert.Equal(["Vraag 1", "Bent u bekend met het bericht “X”?", "Antwoord 1", "Ja.", "Vraag 2", "Klopt het dat 12,5% van de gemeenten geen plan heeft?"],
            Split("Vraag 1\nBent u bekend met het bericht “X”?\n\nAntwoord 1\nJa.\n\nVraag 2\nKlopt het dat 12,5% van de gemeenten geen plan heeft?"));
    }

    [Fact]
    public void HeadingOnTheSameLineIsSplitOff()
    {
        Assert.Equal(["Vraag 2", "Bent u bekend met dit bericht?"], Split("Vraag 2 Bent u bekend met dit bericht?"));
    }

    [Fact]
    public void WrappedLinesAreJoinedAndBlankLinesSplit()
    {
        Assert.Equal(["De minister heeft de\nKamer geïnformeerd over de\nvoortgang", "Nieuwe alinea zonder punt"],
            Split("De minister heeft de\nKamer geïnformeerd over de\nvoortgang\n\nNieuwe alinea zonder punt"));
    }

    [Fact]
    public void EmptyInput()
    {
        Assert.Empty(Split(""));
    }
}
