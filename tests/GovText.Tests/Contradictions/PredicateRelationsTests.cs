using GovText.Contradictions;
using Xunit;

namespace GovText.Tests.Contradictions;

/// <summary>The predicate classes and entailments of corpus/lexicons/predicate-equivalence.tsv.</summary>
public sealed class PredicateRelationsTests
{
    [Theory]
    [InlineData("gebruiken", "uitproberen", 1.0)]
    [InlineData("gebruik maken van", "toepassen", 1.0)]
    [InlineData("samenwerken met", "gebruiken", 0.75)]   // evidence of use contradicts a denied business relation
    [InlineData("gebruiken", "samenwerken met", 0.0)]    // but not the other way round
    [InlineData("registreren", "vastleggen", 1.0)]
    [InlineData("informeren", "op de hoogte stellen", 1.0)]
    [InlineData("besluiten", "gebruiken", 0.0)]
    [InlineData("kappen", "kappen", 1.0)]                // any lemma aligns with itself
    public void Alignment(string denied, string evidence, double expected) =>
        Assert.Equal(expected, PredicateRelations.Default.Alignment(denied, evidence));
}
