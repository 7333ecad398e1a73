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
    public void BadInputGivesOtherNeverAnException()
    {
        Assert.Equal(StanceLabel.Other, Classify(string.Empty, string.Empty).Label);
        Assert.Equal(StanceLabel.Other, StanceClassifier.Default.Classify(null, null).Label);
        Assert.Equal(StanceLabel.Deny, StanceClassifier.Default.Classify(null, "Dat is niet het geval.").Label);
        var huge = string.Concat(Enumerable.Repeat("Het beleid wordt voortgezet zoals eerder aangegeven. ", 20_000));
        Assert.Equal(StanceLabel.Other, Classify("Klopt het dat het beleid wordt voortgezet?", huge + " Dat is niet het geval.").Label);
    }
}
