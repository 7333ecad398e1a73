using GovText.Claims;
using GovText.Documents;
using GovText.Parliament;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Claims;

/// <summary>The stance of each answer of a real Aanhangsel document, as the claims surface reports it, and claim-level denials.</summary>
public sealed class AnswerStanceTests
{
    private static KamervraagDocument Keijzer() =>
        KamervragenParser.Default.Parse(DocumentReader.Default.ReadFile(SharedCorpus.PathOf("corpus/pdf/ah-tk-20232024-1292_antwoord_keijzer.pdf")));

    [SharedFact]
    public void EveryAnswerHasAStance_WithItsCueLocatedInTheSource()
    {
        var document = Keijzer();
        var stances = ClaimExtractor.Default.Stances(document);
        Assert.Equal(document.Answers.Length, stances.Length);
        Assert.Equal(Enumerable.Range(1, 10), stances.SelectMany(s => s.Numbers));

        var referral = stances.Single(s => s.Numbers.SequenceEqual([8]));
        Assert.Equal(StanceLabel.Refuse, referral.Stance.Label);
        Assert.Equal("Zie het antwoord op vraag 7.", referral.Stance.Cue);
        Assert.Equal(3, referral.Cue!.Value.Page);
        Assert.Equal("Zie het antwoord op vraag 7.", document.Source.TextOf(referral.Cue.Value));

        var yes = stances.Single(s => s.Numbers.SequenceEqual([3]));
        Assert.Equal(StanceLabel.Affirm, yes.Stance.Label);
        Assert.StartsWith("de minister heeft er voldoende mee rekening gehouden", yes.Stance.Proposition, StringComparison.Ordinal);
        Assert.StartsWith("Ja", document.Source.TextOf(yes.Cue!.Value), StringComparison.Ordinal);
        Assert.All(stances.Where(s => s.Stance.Label == StanceLabel.Other), s => Assert.Null(s.Cue));
    }

    [SharedFact]
    public void NegationInsideARelativeClause_MakesNoDenial()
    {
        var claims = ClaimExtractor.Default.Extract(Keijzer());
        var relative = Assert.Single(claims, c => c.Text.StartsWith("Dit faciliteert de doorstroom", StringComparison.Ordinal));
        Assert.False(relative.Negated); // the negation is inside the relative clause; the main clause is positive
        Assert.Empty(relative.NegationCues);
        Assert.Null(relative.Denial);

        var main = Assert.Single(claims, c => c.Text.StartsWith("Er zijn geen onomkeerbare stappen genomen", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Deny, main.Denial);
    }
}
