using GovText.Language;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Language;

/// <summary>
/// Accuracy of the embedded UPOS model on the UD Dutch test sets with gold tokenisation, through the public
/// <see cref="DutchPipeline.ProcessPretokenized"/> API. Thresholds are the measured figures (docs/models.md) minus 0.1.
/// </summary>
public sealed class TaggerAccuracyTests(ITestOutputHelper output)
{
    public const double LassySmallTestUpos = 95.54;
    public const double AlpinoTestUpos = 94.91;

    [SharedFact]
    public void LassySmallTest() => AssertAccuracy("data/ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu", LassySmallTestUpos - 0.1);

    [SharedFact]
    public void AlpinoTest() => AssertAccuracy("data/ud-dutch-alpino/nl_alpino-ud-test.conllu", AlpinoTestUpos - 0.1);

    private void AssertAccuracy(string relative, double minimum)
    {
        int tokens = 0, correct = 0;
        foreach (var sentence in ConlluReader.Read(SharedCorpus.PathOf(relative)))
        {
            var result = DutchPipeline.Default.ProcessPretokenized(sentence.Forms)[0];
            Assert.Equal(sentence.Forms.Length, result.Count);
            for (var i = 0; i < result.Count; i++)
            {
                tokens++;
                correct += result.Tags[i] == sentence.Tags[i] ? 1 : 0;
            }
        }

        var accuracy = 100.0 * correct / tokens;
        output.WriteLine($"{relative}: UPOS {accuracy:F2} % ({correct}/{tokens})");
        Assert.True(tokens > 10_000, "test set unexpectedly small");
        Assert.True(accuracy >= minimum, $"UPOS accuracy {accuracy:F2} % is below {minimum:F2} %");
    }
}
