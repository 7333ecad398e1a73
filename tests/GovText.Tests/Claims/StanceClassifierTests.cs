using GovText.Claims;
using Xunit;

namespace GovText.Tests.Claims;

/// <summary>The stance rules one by one, with the label, cue, qualifier and proposition they must give.</summary>
public sealed class StanceClassifierTests
{
    private static StanceResult Classify(string question, string answer) => StanceClassifier.Default.Classify(question, answer);

    [Theory]
    [InlineData("Klopt het dat MOB ooit door een van de ministeries is ingehuurd voor advies?", "MOB is ooit door een van de ministeries ingehuurd voor advies")]
    [InlineData("Bent u bereid de Kamer voor de zomer te informeren over de uitkomsten?", "de minister is bereid de Kamer voor de zomer te informeren over de uitkomsten")]
    [InlineData("Klopt het dat er in 2023 geen controles zijn uitgevoerd?", "er zijn in 2023 geen controles uitgevoerd")]
    [InlineData("Wat is het gevolg geweest van die beslissing? Zijn hierdoor minder mensen geëvacueerd?", "hierdoor zijn minder mensen geëvacueerd")]
    [InlineData("Bent u ervan op de hoogte dat KLM de mondkapjesplicht loslaat, terwijl het OMT die aanbeveelt?", "de minister is ervan op de hoogte dat KLM de mondkapjesplicht loslaat")]
    public void EllipticalDenialResolvesTheQuestionToAStatement(string question, string proposition)
    {
        var r = Classify(question, "Nee.");
        Assert.Equal(StanceLabel.Deny, r.Label);
        Assert.Equal("Nee.", r.Cue);
        Assert.Equal(proposition, r.Proposition);
    }

    // Text copied from a document keeps its labels; the stance is read after them, and the cue offset still counts from
    // the start of the answer as given (session 18).
    [Theory]
    [InlineData("Vraag 1\nKlopt het dat de politie Clearview heeft gebruikt?", "Antwoord 1\nNee, dat klopt niet.", StanceLabel.Deny, "Nee, dat klopt niet.", 11)]
    [InlineData("1. Klopt het dat de politie Clearview heeft gebruikt?", "Antwoord op vraag 1: Nee.", StanceLabel.Deny, "Nee.", 21)]
    [InlineData("Vraag 2: Klopt het dat de politie Clearview heeft gebruikt?", "Antwoord vraag 2:\nJa.", StanceLabel.Affirm, "Ja.", 18)]
    [InlineData("Klopt het dat de politie Clearview heeft gebruikt?", "Antwoord 1 en 2\nDat is niet het geval.", StanceLabel.Deny, "Dat is niet het geval.", 16)]
    [InlineData("Klopt het dat de politie Clearview heeft gebruikt?", "Antwoord:\nJa.", StanceLabel.Affirm, "Ja.", 10)]
    [InlineData("Klopt het dat de politie Clearview heeft gebruikt?", "1\n\nNee, dat klopt niet.", StanceLabel.Deny, "Nee, dat klopt niet.", 2)]
    [InlineData("Klopt het dat de politie Clearview heeft gebruikt?", "Vraag 1\nKlopt het dat de politie Clearview heeft gebruikt?\nAntwoord 1\nNee.", StanceLabel.Deny, "Nee.", 70)]
    public void LabelsCopiedFromADocumentAreSkipped(string question, string answer, StanceLabel label, string cue, int cueStart)
    {
        var r = Classify(question, answer);
        Assert.Equal(label, r.Label);
        Assert.Equal(cue, r.Cue);
        Assert.Equal(cueStart, r.CueStart);
        Assert.Equal(cue, TextSegments.Normalise(answer).Substring(r.CueStart, cue.Length));
        Assert.Equal("de politie heeft Clearview gebruikt", r.Proposition);
    }

    [Theory]
    [InlineData("Antwoord geven op deze vraag kan ik niet.")]
    [InlineData("Antwoorden op deze vragen zijn op 3 maart aan uw Kamer gestuurd, zie Kamerstuk 36 410, nr. 12.")]
    public void AnAnswerThatOpensWithTheWordAntwoordIsNotALabel(string answer)
    {
        var r = Classify("Kunt u aangeven hoeveel meldingen er in 2023 zijn gedaan?", answer);
        Assert.True(r.Cue is null || r.Cue.StartsWith("Antwoord", StringComparison.Ordinal), r.Cue);
        Assert.True(r.CueStart <= 0, r.CueStart.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The questions of <see cref="CanonicalAnswers"/>.</summary>
    public enum Question
    {
        /// <summary>"Bent u van plan de regeling te verlengen?"</summary>
        VanPlan,

        /// <summary>"Kunt u aangeven of deze jongeren eerder met de politie in aanraking zijn geweest?"</summary>
        EerderInAanraking,

        /// <summary>"Klopt het dat de AIVD de groep heeft gevolgd?"</summary>
        KloptAivd,

        /// <summary>"Zijn er plannen om de regeling af te schaffen?"</summary>
        PlannenAfschaffen,

        /// <summary>"Worden er in Nederland gegevens van reizigers aan derden verstrekt?"</summary>
        GegevensVerstrekt,

        /// <summary>"Bent u bereid hierover in gesprek te gaan met de gemeenten?"</summary>
        BereidGesprek,

        /// <summary>"Deelt u de mening dat dit onacceptabel is?"</summary>
        DeeltOnacceptabel,

        /// <summary>"Bent u bereid de regeling uit te breiden? Zo ja, per wanneer? Zo nee, waarom niet?"</summary>
        BereidZoJaZoNee,

        /// <summary>"Klopt het dat de politie de software heeft gebruikt?"</summary>
        KloptKort,

        /// <summary>"Is het kabinet van plan de subsidie te verhogen?"</summary>
        Plan,

        /// <summary>"Kunt u aangeven welke maatregelen u neemt?"</summary>
        Maatregelen,

        /// <summary>"Hoe beoordeelt u de toename van het aantal meldingen?"</summary>
        Beoordeelt,

        /// <summary>"Klopt het dat er in 2023 geen controles zijn uitgevoerd?"</summary>
        KloptNegatief,

        /// <summary>"Wat is uw reactie op het bericht over de wachtlijsten?"</summary>
        Reactie,

        /// <summary>"Bent u bereid om de regeling uit te breiden naar studenten?"</summary>
        BereidUitbreiden,

        /// <summary>"Klopt het dat de politie de software van Clearview heeft gebruikt?"</summary>
        Klopt,

        /// <summary>"Bent u bereid de Kamer hierover voor de zomer te informeren?"</summary>
        Bereid,

        /// <summary>"Kunt u aangeven hoeveel meldingen er in 2023 zijn gedaan?"</summary>
        Info,

        /// <summary>"Bent u bekend met het bericht «Politie gebruikte Clearview»?"</summary>
        Bekend,

        /// <summary>"Herinnert u zich uw antwoord op eerdere vragen over Clearview?"</summary>
        Herinnert,

        /// <summary>"Deelt u de mening dat het gebruik van Clearview door de politie onwenselijk is?"</summary>
        Deelt,

        /// <summary>"Erkent u dat de politie de software heeft gebruikt?"</summary>
        Erkent,

        /// <summary>"Waarom heeft de politie de software gebruikt?"</summary>
        Waarom,
    }

    // Common phrasings of each label, written for these tests (session 11): every one must come out right. They found
    // "Dat klopt niet." → affirm, "Het bericht is mij bekend." → other, "Die mening deel ik." → other, "Naar mijn weten
    // is dat niet het geval." → other, among others.
    [Theory]
    [InlineData(Question.Klopt, "Nee.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Neen, dat is niet het geval.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Dat is niet het geval.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Dat is onjuist.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Dit is niet juist.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Die bewering is onjuist.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Daar is geen sprake van.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Er is geen sprake van gebruik van die software door de politie.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "De politie heeft de software nooit gebruikt.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "De politie gebruikt de software niet.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Voor zover mij bekend heeft de politie de software niet gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Mij zijn geen signalen bekend dat de politie de software heeft gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Voor zover ik heb kunnen nagaan is dat niet het geval.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Er zijn geen aanwijzingen dat de politie de software heeft gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "De politie heeft de software niet structureel gebruikt.", StanceLabel.ScopedDeny)]
    [InlineData(Question.Klopt, "De politie is niet centraal benaderd door Clearview.", StanceLabel.ScopedDeny)]
    [InlineData(Question.Klopt, "Op dit moment gebruikt de politie de software niet.", StanceLabel.ScopedDeny)]
    [InlineData(Question.Klopt, "Ja.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Ja, dat klopt.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dat klopt.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dat is juist.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Het klopt dat de politie de software heeft getest.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dat is correct.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Inderdaad heeft de politie de software gebruikt.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Zie het antwoord op vraag 2.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Ik ga niet in op individuele zaken.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Ik kan niet vooruitlopen op het onderzoek.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Over lopende onderzoeken doe ik geen uitspraken.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Ik ga niet speculeren over wat de politie heeft gedaan.", StanceLabel.Refuse)]
    [InlineData(Question.Bereid, "Ja, dat ben ik.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Nee, daartoe ben ik niet bereid.", StanceLabel.Deny)]
    [InlineData(Question.Bereid, "Daartoe ben ik niet bereid.", StanceLabel.Deny)]
    [InlineData(Question.Bereid, "Ik ben daartoe bereid.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Ik zie daar geen aanleiding toe.", StanceLabel.Deny)]
    [InlineData(Question.Info, "Die gegevens worden niet bijgehouden.", StanceLabel.Refuse)]
    [InlineData(Question.Info, "Deze informatie is niet beschikbaar.", StanceLabel.Refuse)]
    [InlineData(Question.Info, "Er zijn in 2023 312 meldingen gedaan.", StanceLabel.Other)]
    [InlineData(Question.Info, "Nee, die cijfers heb ik niet.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Dat kan ik niet bevestigen.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Dat is niet uit te sluiten.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "De politie heeft de software niet alleen getest maar ook gebruikt.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Het is niet zo dat de politie de software heeft gebruikt.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Daarvan is mij niets bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Daar heb ik geen zicht op.", StanceLabel.Refuse)]
    [InlineData(Question.Bekend, "Ja.", StanceLabel.Affirm)]
    [InlineData(Question.Bekend, "Ja, daar ben ik mee bekend.", StanceLabel.Affirm)]
    [InlineData(Question.Bekend, "Het bericht is mij bekend.", StanceLabel.Affirm)]
    [InlineData(Question.Bekend, "Ik heb kennisgenomen van het bericht.", StanceLabel.Affirm)]
    [InlineData(Question.Bekend, "Ik ken het bericht.", StanceLabel.Affirm)]
    [InlineData(Question.Bekend, "Ja, ik heb het artikel gelezen.", StanceLabel.Affirm)]
    [InlineData(Question.Bekend, "Nee, daar ben ik niet mee bekend.", StanceLabel.Deny)]
    [InlineData(Question.Bekend, "Ik ben niet bekend met dit bericht.", StanceLabel.Deny)]
    [InlineData(Question.Bekend, "Het bericht is mij niet bekend.", StanceLabel.Deny)]
    [InlineData(Question.Herinnert, "Ja.", StanceLabel.Affirm)]
    [InlineData(Question.Herinnert, "Ja, die herinner ik mij.", StanceLabel.Affirm)]
    [InlineData(Question.Herinnert, "Ik herinner mij die antwoorden.", StanceLabel.Affirm)]
    [InlineData(Question.Deelt, "Ja, die mening deel ik.", StanceLabel.Affirm)]
    [InlineData(Question.Deelt, "Die mening deel ik.", StanceLabel.Affirm)]
    [InlineData(Question.Deelt, "Ik deel die mening niet.", StanceLabel.Deny)]
    [InlineData(Question.Deelt, "Die mening deel ik niet.", StanceLabel.Deny)]
    [InlineData(Question.Deelt, "Nee, die mening deel ik niet.", StanceLabel.Deny)]
    [InlineData(Question.Deelt, "Ik ben het daarmee eens.", StanceLabel.Affirm)]
    [InlineData(Question.Deelt, "Daar ben ik het niet mee eens.", StanceLabel.Deny)]
    [InlineData(Question.Deelt, "Ik vind dat inderdaad onwenselijk.", StanceLabel.Affirm)]
    [InlineData(Question.Erkent, "Ja, dat erken ik.", StanceLabel.Affirm)]
    [InlineData(Question.Erkent, "Nee, dat erken ik niet.", StanceLabel.Deny)]
    [InlineData(Question.Erkent, "Dat erken ik niet.", StanceLabel.Deny)]
    [InlineData(Question.Erkent, "Ik erken dat.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dit is onjuist.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Daarvan is geen sprake.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Niet dat ik weet.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Nee, maar de politie heeft de software wel getest.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Ja, maar alleen bij wijze van test.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dat is inderdaad het geval.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dat is het geval.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dat is niet het geval geweest.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Nee, zie ook het antwoord op vraag 2.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Ja, zie ook het antwoord op vraag 2.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Zie mijn antwoord op vraag 3.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Zie antwoord 3.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Voor het antwoord op deze vraag verwijs ik naar het antwoord op vraag 3.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Hiervoor verwijs ik u naar mijn brief van 3 maart 2023.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Ik kan daar geen uitspraken over doen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Daar kan ik geen mededelingen over doen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Het is niet aan mij om daarover te oordelen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Over operationele zaken doe ik geen mededelingen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Naar mijn weten is dat niet het geval.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Bij mijn weten heeft de politie de software niet gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Voor zover bekend niet.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Niet voor zover mij bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Waarom, "De politie heeft de software niet gebruikt.", StanceLabel.Deny)]
    [InlineData(Question.Waarom, "De politie heeft de software gebruikt om een verdachte te identificeren.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Het is niet uit te sluiten dat individuele agenten de software hebben uitgeprobeerd.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Dat valt niet uit te sluiten.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "De politie gebruikt niet alleen deze software, maar ook andere hulpmiddelen.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Er is geen afname van het aantal zoekopdrachten.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Als de politie de software zou gebruiken, moet zij zich aan de AVG houden.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Het is niet onbelangrijk dat de politie zorgvuldig met gegevens omgaat.", StanceLabel.Other)]
    [InlineData(Question.Reactie, "Het kabinet vindt het niet acceptabel dat mensen lang moeten wachten.", StanceLabel.Other)]
    [InlineData(Question.Reactie, "Wachtlijsten zijn niet wenselijk; daarom investeert het kabinet in extra capaciteit.", StanceLabel.Other)]
    [InlineData(Question.Reactie, "Ik vind het zorgelijk dat mensen zo lang moeten wachten.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Ik wacht de uitkomsten van het onderzoek af.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Daar kan ik nu nog niets over zeggen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Het kabinet komt hier later op terug.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Het is aan het Openbaar Ministerie om daarover te beslissen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Over individuele gevallen kan ik geen uitspraken doen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Ik ben niet in de positie om daarover te oordelen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Dit is een zaak van de rechter.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Ik informeer uw Kamer hierover voor de zomer.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Daarover kan ik in het openbaar geen mededelingen doen.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Deze vraag valt buiten mijn verantwoordelijkheid.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Het onderzoek loopt nog; ik kan daar niet op vooruitlopen.", StanceLabel.Refuse)]
    [InlineData(Question.BereidUitbreiden, "Nee.", StanceLabel.Deny)]
    [InlineData(Question.BereidUitbreiden, "Daartoe ben ik niet bereid.", StanceLabel.Deny)]
    [InlineData(Question.BereidUitbreiden, "Ik ben niet voornemens de regeling uit te breiden.", StanceLabel.Deny)]
    [InlineData(Question.BereidUitbreiden, "Ik zie geen aanleiding om de regeling uit te breiden.", StanceLabel.Deny)]
    [InlineData(Question.BereidUitbreiden, "Uitbreiding naar studenten is niet mogelijk.", StanceLabel.Deny)]
    [InlineData(Question.BereidUitbreiden, "Het kabinet kiest ervoor de regeling niet uit te breiden.", StanceLabel.Deny)]
    [InlineData(Question.BereidUitbreiden, "Ja, daartoe ben ik bereid.", StanceLabel.Affirm)]
    [InlineData(Question.BereidUitbreiden, "Ja, het kabinet breidt de regeling uit naar studenten.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Ja, de politie heeft de software in 2019 getest.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Dat klopt, de politie heeft de software een aantal keer gebruikt.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "De politie test regelmatig nieuwe technologie. Dat is in dit geval niet gebeurd.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "De politie test regelmatig nieuwe technologie. Er is geen sprake geweest van het gebruik van Clearview.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Zie het antwoord op vraag 2. De politie heeft de software niet gebruikt.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Zie het antwoord op vraag 2. Daarnaast merk ik op dat de politie de software heeft getest.", StanceLabel.Other)]
    [InlineData(Question.KloptNegatief, "Nee, er zijn in 2023 wel controles uitgevoerd.", StanceLabel.Deny)]
    [InlineData(Question.KloptNegatief, "Ja, er zijn in 2023 geen controles uitgevoerd.", StanceLabel.Affirm)]
    [InlineData(Question.KloptNegatief, "Dat klopt, er zijn in 2023 geen controles uitgevoerd.", StanceLabel.Affirm)]
    [InlineData(Question.KloptNegatief, "Dat klopt niet. In 2023 zijn 40 controles uitgevoerd.", StanceLabel.Deny)]
    [InlineData(Question.KloptNegatief, "Er zijn in 2023 geen controles uitgevoerd.", StanceLabel.Affirm)]
    [InlineData(Question.KloptNegatief, "In 2023 zijn 40 controles uitgevoerd.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Nee. Wel heeft de politie in 2019 een proef gedaan.", StanceLabel.Deny)]
    [InlineData(Question.Klopt, "Ja. De politie heeft de software bij wijze van test gebruikt.", StanceLabel.Affirm)]
    [InlineData(Question.Klopt, "Ja en nee.", StanceLabel.Other)]
    [InlineData(Question.Klopt, "Nee, voor zover ik weet niet.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Nee, niet structureel.", StanceLabel.ScopedDeny)]
    [InlineData(Question.Klopt, "Niet voor zover bij mij bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Dat is mij niet bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.Klopt, "Dat weet ik niet.", StanceLabel.Refuse)]
    [InlineData(Question.Klopt, "Daar heb ik geen informatie over.", StanceLabel.Refuse)]
    [InlineData(Question.Beoordeelt, "Meldingen worden niet altijd geregistreerd, waardoor de cijfers een onderschatting kunnen zijn.", StanceLabel.Other)]
    [InlineData(Question.Beoordeelt, "Ik vind iedere melding er een te veel.", StanceLabel.Other)]
    [InlineData(Question.Beoordeelt, "De toename baart mij zorgen, al is het nog te vroeg om conclusies te trekken.", StanceLabel.Other)]
    [InlineData(Question.Maatregelen, "Het kabinet neemt verschillende maatregelen. Zo wordt de capaciteit uitgebreid en komt er een meldpunt.", StanceLabel.Other)]
    [InlineData(Question.Maatregelen, "Gemeenten krijgen extra middelen, zodat zij niet langer afhankelijk zijn van incidentele subsidies.", StanceLabel.Other)]
    [InlineData(Question.Maatregelen, "Zonder extra maatregelen zal het probleem niet worden opgelost; daarom investeert het kabinet 20 miljoen euro.", StanceLabel.Other)]
    [InlineData(Question.Plan, "Een verhoging van de subsidie is niet voorzien.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Het antwoord is nee.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Het antwoord op deze vraag is nee.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Het antwoord is ja.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Het antwoord op deze vraag luidt ontkennend.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Deze vraag kan ik bevestigend beantwoorden.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Deze vraag beantwoord ik ontkennend.", StanceLabel.Deny)]
    [InlineData(Question.BereidZoJaZoNee, "Nee. De regeling is bedoeld voor een afgebakende groep.", StanceLabel.Deny)]
    [InlineData(Question.BereidZoJaZoNee, "Ja, per 1 januari 2025.", StanceLabel.Affirm)]
    [InlineData(Question.BereidZoJaZoNee, "Het kabinet is niet voornemens de regeling uit te breiden.", StanceLabel.Deny)]
    [InlineData(Question.BereidZoJaZoNee, "Daar ben ik niet toe bereid.", StanceLabel.Deny)]
    [InlineData(Question.BereidZoJaZoNee, "Ik ben hiertoe niet bereid, omdat de regeling bedoeld is voor een afgebakende groep.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is niet juist.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dit beeld is niet juist.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Die veronderstelling is onjuist.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is onjuist.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Daar is mij niets van bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Dat is mij niet bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Hiervan is mij niets bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Ik heb geen signalen ontvangen dat de politie de software heeft gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Ik heb geen aanwijzingen dat dit het geval is.", StanceLabel.HedgedDeny)]
    [InlineData(Question.DeeltOnacceptabel, "Ik ben dat met u eens.", StanceLabel.Affirm)]
    [InlineData(Question.DeeltOnacceptabel, "Dat ben ik met u eens.", StanceLabel.Affirm)]
    [InlineData(Question.DeeltOnacceptabel, "Daar ben ik het mee eens.", StanceLabel.Affirm)]
    [InlineData(Question.DeeltOnacceptabel, "Ik deel die mening.", StanceLabel.Affirm)]
    [InlineData(Question.DeeltOnacceptabel, "Ik deel uw mening niet.", StanceLabel.Deny)]
    [InlineData(Question.DeeltOnacceptabel, "Die mening deel ik niet.", StanceLabel.Deny)]
    [InlineData(Question.DeeltOnacceptabel, "Ik ben het daar niet mee eens.", StanceLabel.Deny)]
    [InlineData(Question.DeeltOnacceptabel, "Dat vind ik ook.", StanceLabel.Affirm)]
    [InlineData(Question.DeeltOnacceptabel, "Ja, dat is onacceptabel.", StanceLabel.Affirm)]
    [InlineData(Question.DeeltOnacceptabel, "Ik vind dit inderdaad onacceptabel.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Dat klopt inderdaad.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Ja, dat is juist.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Dat is correct, de politie heeft de software getest.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Dat is niet correct.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is niet waar.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is onwaar.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat beeld klopt niet.", StanceLabel.Deny)]
    [InlineData(Question.BereidGesprek, "Ja, ik ga hierover in gesprek met de gemeenten.", StanceLabel.Affirm)]
    [InlineData(Question.BereidGesprek, "Ik ben bereid hierover in gesprek te gaan.", StanceLabel.Affirm)]
    [InlineData(Question.BereidGesprek, "Daar ben ik toe bereid.", StanceLabel.Affirm)]
    [InlineData(Question.BereidGesprek, "Ik ben al met de gemeenten in gesprek.", StanceLabel.Other)]
    [InlineData(Question.VanPlan, "Nee, de regeling loopt af op 1 januari.", StanceLabel.Deny)]
    [InlineData(Question.VanPlan, "Ik ben niet van plan de regeling te verlengen.", StanceLabel.Deny)]
    [InlineData(Question.VanPlan, "Dat is niet het plan.", StanceLabel.Deny)]
    [InlineData(Question.VanPlan, "Ja, de regeling wordt met een jaar verlengd.", StanceLabel.Affirm)]
    [InlineData(Question.VanPlan, "Het kabinet is niet voornemens de regeling te verlengen.", StanceLabel.Deny)]
    [InlineData(Question.EerderInAanraking, "Ik kan, lopende het onderzoek, geen uitspraken doen over een strafzaak.", StanceLabel.Refuse)]
    [InlineData(Question.Maatregelen, "Ik kan geen antwoord geven op deze vraag.", StanceLabel.Refuse)]
    [InlineData(Question.Maatregelen, "Op deze vraag kan ik geen antwoord geven.", StanceLabel.Refuse)]
    [InlineData(Question.Maatregelen, "Deze vraag kan ik niet beantwoorden.", StanceLabel.Refuse)]
    [InlineData(Question.Maatregelen, "Ik kan deze vraag niet beantwoorden.", StanceLabel.Refuse)]
    [InlineData(Question.Maatregelen, "Daar kan ik geen antwoord op geven.", StanceLabel.Refuse)]
    [InlineData(Question.Maatregelen, "Het is niet mogelijk deze vraag te beantwoorden.", StanceLabel.Refuse)]
    [InlineData(Question.EerderInAanraking, "Vanwege het lopende strafrechtelijk onderzoek kan ik hier niet op ingaan.", StanceLabel.Refuse)]
    [InlineData(Question.EerderInAanraking, "Op individuele zaken kan ik niet ingaan.", StanceLabel.Refuse)]
    [InlineData(Question.Maatregelen, "In verband met de privacy van de betrokken jongeren kan ik de informatie uit dit dossier niet met uw Kamer delen.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "Ik kan hier in het openbaar niets over zeggen.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "Over de inzet van de inlichtingendiensten worden in het openbaar geen mededelingen gedaan.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "In het belang van het onderzoek kan ik daar niet op ingaan.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "Dat kan ik op dit moment nog niet zeggen.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "Hierover kan ik nog geen uitsluitsel geven.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "Over operationele aangelegenheden laat ik mij niet uit.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "Er is geen informatie beschikbaar over het aantal gevallen.", StanceLabel.Refuse)]
    [InlineData(Question.KloptAivd, "Over lopende onderzoeken doe ik geen mededelingen.", StanceLabel.Refuse)]
    [InlineData(Question.Bereid, "Dat zal ik doen.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Dat doe ik graag.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Ik zeg u toe de Kamer voor de zomer te informeren.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Ik ben graag bereid de Kamer te informeren.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Hiertoe ben ik bereid.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Daartoe is het kabinet bereid.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Ik zal de Kamer voor de zomer informeren.", StanceLabel.Affirm)]
    [InlineData(Question.BereidGesprek, "Dat ga ik doen.", StanceLabel.Affirm)]
    [InlineData(Question.BereidGesprek, "Ik ga hierover graag met de gemeenten in gesprek.", StanceLabel.Affirm)]
    [InlineData(Question.Bereid, "Daar ben ik niet toe bereid.", StanceLabel.Deny)]
    [InlineData(Question.Bereid, "Dat zal ik niet doen.", StanceLabel.Deny)]
    [InlineData(Question.Bereid, "Daartoe zie ik geen aanleiding.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Daar is geen sprake van.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is een misverstand.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat beeld herken ik niet.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Hiervan is geen sprake.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dit is niet juist.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is niet gebeurd.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is nooit gebeurd.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "De politie heeft de software nooit gebruikt.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "De politie heeft de software niet gebruikt.", StanceLabel.Deny)]
    [InlineData(Question.PlannenAfschaffen, "Er zijn geen plannen om de regeling af te schaffen.", StanceLabel.Deny)]
    [InlineData(Question.PlannenAfschaffen, "Het kabinet heeft geen plannen om de regeling af te schaffen.", StanceLabel.Deny)]
    [InlineData(Question.PlannenAfschaffen, "Dat is niet aan de orde.", StanceLabel.Deny)]
    [InlineData(Question.PlannenAfschaffen, "Dat is niet de bedoeling.", StanceLabel.Deny)]
    [InlineData(Question.PlannenAfschaffen, "Daar zijn geen plannen voor.", StanceLabel.Deny)]
    [InlineData(Question.KloptKort, "Dat is juist.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Dat is inderdaad het geval.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Dat klopt, de politie heeft de software getest.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Correct.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Het bericht is juist.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Het bericht klopt.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Ja, dat is het geval.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Dat is waar.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Inderdaad.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Dat kan ik bevestigen.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Ik kan bevestigen dat de politie de software heeft gebruikt.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "De politie heeft de software inderdaad gebruikt.", StanceLabel.Affirm)]
    [InlineData(Question.KloptKort, "Voor zover mij bekend is dat niet het geval.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Mij zijn geen gevallen bekend.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Het kabinet heeft geen signalen ontvangen dat de politie de software heeft gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Er zijn mij geen signalen bekend dat de politie de software heeft gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Bij mijn weten niet.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Niet dat ik weet.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Daar zijn geen aanwijzingen voor.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Er zijn geen aanwijzingen dat de politie de software heeft gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Voor zover bekend niet.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Ons is niet bekend dat de politie de software heeft gebruikt.", StanceLabel.HedgedDeny)]
    [InlineData(Question.KloptKort, "Ik heb daar geen signalen over ontvangen.", StanceLabel.HedgedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Niet op dit moment.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Op dit moment niet.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Niet in alle gevallen.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Niet structureel.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Nog niet.", StanceLabel.Deny)]
    [InlineData(Question.GegevensVerstrekt, "Niet zonder meer.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Niet rechtstreeks.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Dat is op dit moment niet het geval.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Momenteel niet.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "In Nederland niet.", StanceLabel.Deny)]
    [InlineData(Question.GegevensVerstrekt, "Nee, niet structureel.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Nee, in ieder geval niet structureel.", StanceLabel.ScopedDeny)]
    [InlineData(Question.GegevensVerstrekt, "Nee.", StanceLabel.Deny)]
    [InlineData(Question.GegevensVerstrekt, "Nee, dat gebeurt niet.", StanceLabel.Deny)]
    [InlineData(Question.GegevensVerstrekt, "Ja, in een beperkt aantal gevallen.", StanceLabel.Affirm)]
    [InlineData(Question.KloptNegatief, "Er zijn in 2023 geen «controles» uitgevoerd.", StanceLabel.Affirm)]
    [InlineData(Question.Reactie, "Het zou niet mogelijk moeten zijn dat mensen zo lang op de wachtlijst staan.", StanceLabel.Other)]
    public void CanonicalAnswers(Question question, string answer, StanceLabel expected)
    {
        var text = question switch
        {
            Question.Klopt => "Klopt het dat de politie de software van Clearview heeft gebruikt?",
            Question.Bereid => "Bent u bereid de Kamer hierover voor de zomer te informeren?",
            Question.Info => "Kunt u aangeven hoeveel meldingen er in 2023 zijn gedaan?",
            Question.Bekend => "Bent u bekend met het bericht «Politie gebruikte Clearview»?",
            Question.Herinnert => "Herinnert u zich uw antwoord op eerdere vragen over Clearview?",
            Question.Deelt => "Deelt u de mening dat het gebruik van Clearview door de politie onwenselijk is?",
            Question.Erkent => "Erkent u dat de politie de software heeft gebruikt?",
            Question.Waarom => "Waarom heeft de politie de software gebruikt?",
            Question.BereidUitbreiden => "Bent u bereid om de regeling uit te breiden naar studenten?",
            Question.Reactie => "Wat is uw reactie op het bericht over de wachtlijsten?",
            Question.KloptNegatief => "Klopt het dat er in 2023 geen controles zijn uitgevoerd?",
            Question.Beoordeelt => "Hoe beoordeelt u de toename van het aantal meldingen?",
            Question.Maatregelen => "Kunt u aangeven welke maatregelen u neemt?",
            Question.Plan => "Is het kabinet van plan de subsidie te verhogen?",
            Question.KloptKort => "Klopt het dat de politie de software heeft gebruikt?",
            Question.BereidZoJaZoNee => "Bent u bereid de regeling uit te breiden? Zo ja, per wanneer? Zo nee, waarom niet?",
            Question.DeeltOnacceptabel => "Deelt u de mening dat dit onacceptabel is?",
            Question.BereidGesprek => "Bent u bereid hierover in gesprek te gaan met de gemeenten?",
            Question.VanPlan => "Bent u van plan de regeling te verlengen?",
            Question.EerderInAanraking => "Kunt u aangeven of deze jongeren eerder met de politie in aanraking zijn geweest?",
            Question.KloptAivd => "Klopt het dat de AIVD de groep heeft gevolgd?",
            Question.PlannenAfschaffen => "Zijn er plannen om de regeling af te schaffen?",
            Question.GegevensVerstrekt => "Worden er in Nederland gegevens van reizigers aan derden verstrekt?",
            _ => throw new ArgumentOutOfRangeException(nameof(question)),
        };
        Assert.Equal(expected, Classify(text, answer).Label);
    }

    // A confirmation word followed by a negation is a denial ("Dat klopt niet." was labelled affirm by the anchored
    // "Dat klopt" cue until session 11; one unlabelled CSV answer reads exactly "Dit klopt niet.").
    [Theory]
    [InlineData("Dat klopt niet.", StanceLabel.Deny)]
    [InlineData("Dit klopt dus niet.", StanceLabel.Deny)]
    [InlineData("Het klopt niet dat de politie de software heeft gebruikt.", StanceLabel.Deny)]
    [InlineData("Zeker niet.", StanceLabel.Deny)]
    [InlineData("Uiteraard niet, de politie werkt niet samen met Clearview.", StanceLabel.Deny)]
    [InlineData("Ik onderschrijf die conclusie niet.", StanceLabel.Deny)]
    [InlineData("Dat klopt.", StanceLabel.Affirm)]
    [InlineData("Zeker.", StanceLabel.Affirm)]
    [InlineData("Ik onderschrijf de conclusie van de ombudsman dat de toegang niet in alle gemeenten goed geregeld is.", StanceLabel.Affirm)]
    public void ConfirmationWordFollowedByNegation_Denies(string answer, StanceLabel expected)
    {
        var r = Classify("Klopt het dat de politie Clearview heeft gebruikt?", answer);
        Assert.Equal(expected, r.Label);
    }

    // An open question presupposes its statement: the question word goes, a questioned phrase follows the finite verb,
    // or stays the subject when it is one.
    [Theory]
    [InlineData("Hoeveel stikstofruimte heeft het Rijk al opgekocht?", "het Rijk heeft stikstofruimte al opgekocht")]
    [InlineData("Wanneer heeft u bericht ontvangen van de heer Simons?", "de minister heeft bericht ontvangen van de heer Simons")]
    [InlineData("Welke 60 bedrijven zijn opgenomen in het Herstelplan?", "60 bedrijven zijn opgenomen in het Herstelplan")]
    [InlineData("Hoeveel vrouwen in Nederland hebben endometriose?", "vrouwen in Nederland hebben endometriose")]
    public void OpenQuestionsGiveTheirPresupposition(string question, string proposition) =>
        Assert.Equal(proposition, Propositions.FromQuestion(question));

    // Real question shapes from the CSV's development pairs (rows 8049, 21375, 13474, 16091, 2822; reworded).
    [Theory]
    [InlineData("Indien het antwoord ja is, hoe kwalificeert u dan het feit dat u de Kamer verkeerd heeft geïnformeerd?", "de minister heeft de Kamer verkeerd geïnformeerd")]
    [InlineData("Indien u instemmend heeft geantwoord op de derde vraag, bent u bereid om te zorgen dat oude schades opnieuw beoordeeld kunnen worden?", "de minister is bereid om te zorgen dat oude schades opnieuw beoordeeld kunnen worden")]
    [InlineData("Bent u bekend met de «Landelijke monitoringsrapportage Natuur 2016» en klopt het dat deze voor het eerst effecten meet?", "de minister is bekend met de «Landelijke monitoringsrapportage Natuur 2016»")]
    [InlineData("Deelt u de zorgen over de aanhoudende drukte bij de BelastingTelefoon en hoe lang mensen moeten wachten?", "de minister deelt de zorgen over de aanhoudende drukte bij de BelastingTelefoon")]
    [InlineData("Maakt u zich, nu er weer een incident is, zorgen dat dit tot vandalisme leidt en hoe verhoudt dat zich tot uw antwoord?", "de minister maakt zich, nu er weer een incident is, zorgen dat dit tot vandalisme leidt")]
    [InlineData("Als de NAM nieuwe technieken wil gebruiken, wat voor technieken zijn dat dan?", "Als de NAM nieuwe technieken wil gebruiken, wat voor technieken zijn dat dan")]
    public void FrontedConditionsAndSecondQuestionsAreLeftOut(string question, string proposition) =>
        Assert.Equal(proposition, Propositions.FromQuestion(question));

    [Fact]
    public void DenialAfterContextSentencesIsFound()
    {
        var r = Classify("Bent u bereid om meer middelen ter beschikking te stellen aan gemeenten? Zo nee, waarom niet?",
            "Gemeenten ontvangen extra middelen via de meerkostenregeling. Daarnaast ontvangen gemeenten jaarlijks 385 miljoen. Ik zie geen aanleiding om deze winter meer middelen ter beschikking te stellen.");
        Assert.Equal(StanceLabel.Deny, r.Label);
        Assert.Equal("Ik zie geen aanleiding om deze winter meer middelen ter beschikking te stellen.", r.Cue);
        Assert.StartsWith("denial cue in sentence 3", r.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void HedgeInALaterSentenceIsAHedgedDenial()
    {
        var r = Classify("Deelt u de mening dat er een spanning zit tussen die rollen?",
            "Een gemeente heeft vele verantwoordelijkheden. Mij zijn geen signalen bekend die wijzen op het tegendeel.");
        Assert.Equal(StanceLabel.HedgedDeny, r.Label);
        Assert.Equal("Mij zijn geen signalen bekend", r.Qualifier);
    }

    [Fact]
    public void IgnoranceIsNotAHedgedDenial()
    {
        var r = Classify("Is er overleg met buurlanden?", "Er zijn veel wilde vogels in Nederland. Het is mij niet bekend of het aantal besmette vogels groter is dan elders.");
        Assert.Equal(StanceLabel.Other, r.Label);
    }

    [Fact]
    public void NegatedRestatementOfANegatedQuestionAgrees()
    {
        var r = Classify("Deelt u de mening dat de voorstellen een verdere openstelling niet in de weg staan?",
            "Het pakket staat vooralsnog een openstelling niet in de weg voor het meetellen aan de verplichting.");
        Assert.Equal(StanceLabel.Affirm, r.Label);
    }

    [Fact]
    public void SharingTheJudgementAskedAboutIsAnAffirm()
    {
        var r = Classify("Deelt u de mening dat het zeer verontrustend is dat kinderen door hun ouders worden uitgebuit?",
            "Het signaal dat kinderen door hun eigen ouders worden uitgebuit, is zeer verontrustend.");
        Assert.Equal(StanceLabel.Affirm, r.Label);
        Assert.Equal("shares the judgement the question asks about", r.Rule);
    }

    [Theory]
    [InlineData("Beantwoording van deze vraag is niet aan mij.")]
    [InlineData("Ik heb hier geen oordeel over.")]
    [InlineData("Het kabinet acht het niet opportuun om vooruit te lopen op de uitkomst van deze gesprekken.")]
    public void RefusalsAreRefusals(string answer) => Assert.Equal(StanceLabel.Refuse, Classify("Wat vindt u van het besluit?", answer).Label);

    [Fact]
    public void RefusalInTheThirdSentenceAfterContextRefuses()
    {
        var r = Classify("Hoeveel klachten over de veerdienst zijn er dit jaar binnengekomen bij de provincie?",
            "De veerdienst wordt sinds 2021 uitgevoerd door een particuliere vervoerder. Klachten komen bij de vervoerder binnen. "
            + "Een betrouwbare schatting van het aantal klachten is daarom niet te maken.");
        Assert.Equal(StanceLabel.Refuse, r.Label);
        Assert.StartsWith("refusal cue in the third sentence", r.Rule, StringComparison.Ordinal);

        // A pointer to another answer in the third sentence is not a refusal.
        var pointer = Classify("Hoeveel klachten over de veerdienst zijn er dit jaar binnengekomen bij de provincie?",
            "De veerdienst wordt sinds 2021 uitgevoerd door een particuliere vervoerder. Klachten komen bij de vervoerder binnen. "
            + "Verder verwijs ik u naar het antwoord op vraag 4.");
        Assert.Equal(StanceLabel.Other, pointer.Label);
    }

    [Fact]
    public void BadInputGivesOtherNeverAnException()
    {
        Assert.Equal(StanceLabel.Other, Classify(string.Empty, string.Empty).Label);
        Assert.Equal(StanceLabel.Other, StanceClassifier.Default.Classify(null, null).Label);
        Assert.Equal(StanceLabel.Deny, StanceClassifier.Default.Classify(null, "Dat is niet het geval.").Label);
        var huge = string.Concat(Enumerable.Repeat("Het beleid wordt voortgezet zoals eerder aangegeven. ", 20_000));
        Assert.Equal(StanceLabel.Other, Classify("Klopt het dat het beleid wordt voortgezet?", huge + " Dat is niet het geval.").Label);
    }
}
