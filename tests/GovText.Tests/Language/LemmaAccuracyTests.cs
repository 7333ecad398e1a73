using GovText.Language;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Language;

/// <summary>
/// Lemma accuracy of the embedded pipeline (lookup tables + suffix rules for unseen words) on the UD Dutch test sets
/// with gold tokenisation and predicted UPOS, compared case-insensitively with underscores removed. Thresholds are the
/// measured figures (docs/models.md, "Lemmas") minus 0.2, so a retrained tagger may move them slightly.
/// </summary>
public sealed class LemmaAccuracyTests(ITestOutputHelper output)
{
    [SharedFact]
    public void LassySmallTest() => AssertAccuracy("data/ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu", 96.01 - 0.2);

    [SharedFact]
    public void AlpinoTest() => AssertAccuracy("data/ud-dutch-alpino/nl_alpino-ud-test.conllu", 95.76 - 0.2);

    [Theory]
    [InlineData("gemeentebegrotingen", UPos.NOUN, "gemeentebegroting")]
    [InlineData("opsporingsdiensten", UPos.NOUN, "opsporingsdienst")]
    [InlineData("gezichtsherkenningssoftware", UPos.NOUN, "gezichtsherkenningssoftware")]
    [InlineData("samenwerkten", UPos.VERB, "samenwerken")]
    public void UnseenWordsGetSuffixRules(string form, UPos pos, string lemma) =>
        Assert.Equal(lemma, DutchPipeline.Default.Lemmatizer.Lemmatize(form, pos));

    // Unseen past participles: the suffix rules gave "geïnformeren", "afgespreken"; the participle analysis spells the
    // infinitive and accepts it only when it is a known verb lemma, else the suffix rules decide as before.
    [Theory]
    [InlineData("geïnformeerd", "informeren")]
    [InlineData("afgesproken", "afspreken")]
    [InlineData("teruggestuurd", "terugsturen")]
    [InlineData("gestopt", "stoppen")]
    [InlineData("geleefd", "leven")]
    [InlineData("gereisd", "reizen")]
    [InlineData("gewerkt", "werken")]
    public void UnseenParticiplesGetTheirInfinitive(string form, string lemma) =>
        Assert.Equal(lemma, DutchPipeline.Default.Lemmatizer.Lemmatize(form, UPos.VERB));

    // Unseen finite forms whose suffix-rule lemma is no known verb ("streef" → "strijven", learned from "bleef" → "blijven").
    [Theory]
    [InlineData("streef", "streven")]
    [InlineData("streeft", "streven")]
    public void UnseenFiniteFormsGetAKnownInfinitive(string form, string lemma) =>
        Assert.Equal(lemma, DutchPipeline.Default.Lemmatizer.Lemmatize(form, UPos.VERB));

    // UD Dutch lemmas write compounds without hyphens and without a linking "s"/"en" between two known parts.
    [Theory]
    [InlineData("EU-burgers", UPos.NOUN, "euburger")]
    [InlineData("niet-communistische", UPos.ADJ, "nietcommunistisch")]
    [InlineData("Zuid-Amerikaanse", UPos.ADJ, "zuid-amerikaans")]
    [InlineData("aandachtspunten", UPos.NOUN, "aandachtpunt")]
    [InlineData("studentenvereniging", UPos.NOUN, "studentvereniging")]
    [InlineData("bondscoach", UPos.NOUN, "bondscoach")]
    public void CompoundsFollowTheUdLemmaConvention(string form, UPos pos, string lemma) =>
        Assert.Equal(lemma, DutchPipeline.Default.Lemmatizer.Lemmatize(form, pos));

    // Unseen inflected, comparative and superlative adjectives: their known positive.
    [Theory]
    [InlineData("moeilijkere", "moeilijk")]
    [InlineData("veiliger", "veilig")]
    [InlineData("vage", "vaag")]
    [InlineData("gladde", "glad")]
    public void UnseenAdjectiveFormsGetTheirPositive(string form, string lemma) =>
        Assert.Equal(lemma, DutchPipeline.Default.Lemmatizer.Lemmatize(form, UPos.ADJ));

    [Fact]
    public void ParticiplesTaggedAdjectiveKeepTheirForm() =>
        Assert.Equal("gewond", DutchPipeline.Default.Lemmatizer.Lemmatize("gewond", UPos.ADJ));

    [Theory]
    [InlineData("begrotingen", "begrot")]
    [InlineData("opsporingsdiensten", "opsporingsdienst")]
    public void StemIsSnowballDutch(string word, string stem) => Assert.Equal(stem, DutchLemmatizer.Stem(word));

    private void AssertAccuracy(string relative, double minimum)
    {
        int tokens = 0, correct = 0;
        foreach (var sentence in ConlluReader.Read(SharedCorpus.PathOf(relative)))
        {
            var result = DutchPipeline.Default.ProcessPretokenized(sentence.Forms)[0];
            for (var i = 0; i < result.Count; i++)
            {
                tokens++;
                var gold = sentence.Lemmas[i].Length > 1 ? sentence.Lemmas[i].Replace("_", string.Empty, StringComparison.Ordinal) : sentence.Lemmas[i];
                correct += string.Equals(result.Lemmas[i], gold, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }
        }

        var accuracy = 100.0 * correct / tokens;
        output.WriteLine($"{relative}: lemma {accuracy:F2} % ({correct}/{tokens})");
        Assert.True(tokens > 10_000, "test set unexpectedly small");
        Assert.True(accuracy >= minimum, $"lemma accuracy {accuracy:F2} % is below {minimum:F2} %");
    }
}
