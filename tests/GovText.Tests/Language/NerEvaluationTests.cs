using GovText.Language;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Language;

/// <summary>Exact-span NER scores on the gold test split (corpus/gold/ner); figures recorded in docs/models.md.</summary>
public sealed class NerEvaluationTests(ITestOutputHelper output)
{
    /// <summary>Measured coarse (PER/ORG/LOC/MISC) F1 of the embedded model on the test split; see docs/models.md.</summary>
    private const double MeasuredCoarseF1 = 0.850;

    /// <summary>Measured F1 over all eleven fine types.</summary>
    private const double MeasuredFineF1 = 0.849;

    [Fact]
    public void GoldTestSplitScores()
    {
        var gold = NerEvaluation.Load(Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "ner", "sentences.jsonl"));
        var test = gold.Where(s => s.Split == "test").ToList();
        Assert.Equal(359, test.Count);
        var result = NerEvaluation.Evaluate(test, DutchPipeline.DefaultWithNer);
        using var writer = new StringWriter();
        result.Print(writer);
        output.WriteLine(writer.ToString());
        Assert.True(result.Coarse.F1 >= MeasuredCoarseF1 - 0.01, writer.ToString());
        Assert.True(result.AllFine.F1 >= MeasuredFineF1 - 0.01, writer.ToString());
    }
}
