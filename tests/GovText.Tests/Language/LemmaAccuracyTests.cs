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
    public void LassySmallTest() => AssertAccuracy("data/ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu", 96.04 - 0.2);

    [SharedFact]
    public void AlpinoTest() => AssertAccuracy("data/ud-dutch-alpino/nl_alpino-ud-test.conllu", 95.78 - 0.2);

    [Theory]
    // suffix rules learned from the UD data
    [InlineData("gemeentebegrotingen", UPos.NOUN, "gemeentebegroting")]
    [InlineData("opsporingsdiensten", UPos.NOUN, "opsporingsdienst")]
    [InlineData("gezichtsherkenningssoftware", UPos.NOUN, "gezichtsherkenningssoftware")]
    [InlineData("samenwerkten", UPos.VERB, "samenwerken")]
    // past participles: the suffix rules gave "geïnformeren", "afgespreken"; the infinitive is spelled and accepted when known
    [InlineData("geïnformeerd", UPos.VERB, "informeren")]
    [InlineData("afgesproken", UPos.VERB, "afspreken")]
    [InlineData("teruggestuurd", UPos.VERB, "terugsturen")]
    // a particle before a form whose treebank lemma holds a particle of its own ("schuiven" as in "schuift … op" → "op_schuiven")
    [InlineData("opschuiven", UPos.VERB, "opschuiven")]
    [InlineData("opdoken", UPos.VERB, "opduiken")]
    [InlineData("overlegden", UPos.VERB, "overleggen")]
    // a verb spelled like a noun's plural is no form of the noun ("merken", not "merk"); a particle such as "stil"; a compound
    // without a linking letter ("leeg" + "stand", not "leegs" + "tand")
    [InlineData("merken", UPos.VERB, "merken")]
    [InlineData("stilgestaan", UPos.VERB, "stilstaan")]
    [InlineData("leegstand", UPos.NOUN, "leegstand")]
    [InlineData("liepen", UPos.VERB, "lopen")] // the plural past of a strong verb whose singular "liep" is known
    [InlineData("riepen", UPos.VERB, "roepen")]
    [InlineData("herkent", UPos.VERB, "herkennen")] // "her" + the known "kennen" (Aanhangsel 2023-2024 nr. 1314: "Om die reden herkent het kabinet zich niet …")
    [InlineData("staat", UPos.NOUN, "staat")] // "De Nederlandse staat": no form of "staan"
    [InlineData("werk", UPos.NOUN, "werk")]
    [InlineData("gestopt", UPos.VERB, "stoppen")]
    [InlineData("geleefd", UPos.VERB, "leven")]
    [InlineData("gereisd", UPos.VERB, "reizen")]
    [InlineData("gewerkt", UPos.VERB, "werken")]
    // finite forms whose rule lemma is no known verb ("streef" → "strijven", learned from "bleef" → "blijven")
    [InlineData("streef", UPos.VERB, "streven")]
    [InlineData("streeft", UPos.VERB, "streven")]
    // UD writes compounds without hyphens and without a linking "s"/"en" between two known parts
    [InlineData("EU-burgers", UPos.NOUN, "euburger")]
    [InlineData("niet-communistische", UPos.ADJ, "nietcommunistisch")]
    [InlineData("Zuid-Amerikaanse", UPos.ADJ, "zuid-amerikaans")]
    [InlineData("aandachtspunten", UPos.NOUN, "aandachtpunt")]
    [InlineData("studentenvereniging", UPos.NOUN, "studentvereniging")]
    [InlineData("bondscoach", UPos.NOUN, "bondscoach")]
    // inflected, comparative and superlative adjectives: their known positive
    [InlineData("moeilijkere", UPos.ADJ, "moeilijk")]
    [InlineData("veiliger", UPos.ADJ, "veilig")]
    [InlineData("vage", UPos.ADJ, "vaag")]
    [InlineData("gladde", UPos.ADJ, "glad")]
    [InlineData("informeer", UPos.VERB, "informeren")]
    [InlineData("betreur", UPos.VERB, "betreuren")]
    [InlineData("onderschrijf", UPos.VERB, "onderschrijven")]
    [InlineData("ga", UPos.VERB, "gaan")]
    [InlineData("zie", UPos.VERB, "zien")]
    public void UnseenWordsGetTheirLemma(string form, UPos pos, string lemma) =>
        Assert.Equal(lemma, DutchPipeline.Default.Lemmatizer.Lemmatize(form, pos));

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
