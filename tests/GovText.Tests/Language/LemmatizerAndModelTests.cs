using GovText.Language;
using Xunit;

namespace GovText.Tests.Language;

public sealed class LemmatizerAndModelTests
{
    private static DutchLemmatizer Lemmatizer => DutchPipeline.Default.Lemmatizer;

    [Theory]
    [InlineData("vragen", UPos.NOUN, "vraag")]
    [InlineData("kwamen", UPos.VERB, "komen")]
    [InlineData("heeft", UPos.AUX, "hebben")]
    [InlineData("De", UPos.DET, "de")]
    [InlineData("Nederland", UPos.PROPN, "Nederland")]
    [InlineData("1.234,56", UPos.NUM, "1.234,56")]
    [InlineData("Gemeentebegrotingsonderdelen", UPos.NOUN, "gemeentebegrotingsonderdeel")]
    [InlineData("", UPos.X, "")]
    public void Lemmatizes(string form, UPos pos, string lemma)
    {
        Assert.Equal(lemma, Lemmatizer.Lemmatize(form, pos));
    }

    [Fact]
    public void FormFallbackWhenTheTagIsUnexpected()
    {
        // "kwamen" as NOUN is not in the (form, UPOS) table; the form table still knows its lemma.
        Assert.Equal("komen", Lemmatizer.Lemmatize("kwamen", UPos.NOUN));
    }

    [Fact]
    public void UnderscoresAreRemovedFromCompoundLemmas()
    {
        Assert.Equal("kloosterorde", DutchLemmatizer.NormalizeLemma("klooster_orde", UPos.NOUN));
        Assert.Equal("Den Haag", DutchLemmatizer.NormalizeLemma("Den Haag", UPos.PROPN));
        Assert.Equal("_", DutchLemmatizer.NormalizeLemma("_", UPos.PUNCT));
    }

    [Fact]
    public void ModelFormatRoundTrips()
    {
        var hashes = TaggerFeatures.Precompute(["x"], null);
        Span<int> features = stackalloc int[TaggerFeatures.MaxFeatures];
        var n = TaggerFeatures.Extract(hashes, 0, 0, 0, features);
        var weights = new Dictionary<int, float[]> { [features[1]] = new float[PerceptronTagger.TagCount] };
        weights[features[1]][(int)UPos.VERB - 1] = 2.5f; // the word feature votes VERB
        using var stream = new MemoryStream();
        PerceptronTagger.Write(
            stream,
            "test model",
            weights,
            null,
            new Dictionary<string, UPos> { ["de"] = UPos.DET },
            new Dictionary<string, int> { ["x"] = 1 << (int)UPos.VERB },
            new Dictionary<(string Form, UPos Pos), string> { [("xen", UPos.NOUN)] = "x" },
            new Dictionary<string, string> { ["xen"] = "x" },
            new Dictionary<string, int> { ["x"] = 0b1_0110 });
        Assert.True(n > 10);
        stream.Position = 0;
        var (tagger, lemmatizer) = PerceptronTagger.Read(stream);
        Assert.Equal("test model", tagger.Description);
        Assert.Equal(0b1_0110, tagger.Lexicon.Cluster("x"));
        Assert.Equal(1, tagger.TagDictionaryCount);
        Assert.Equal([UPos.DET, UPos.VERB], tagger.Tag(["de", "x"]));
        Assert.Equal("x", lemmatizer.Lemmatize("Xen", UPos.NOUN));
        Assert.Equal("x", lemmatizer.Lemmatize("xen", UPos.ADJ)); // the form table serves another part of speech too (not a verb: a noun's lemma is no verb's)
    }

    [Fact]
    public void RightToLeftLayoutRoundTrips()
    {
        var hashes = TaggerFeatures.Precompute(["x"], null);
        Span<int> features = stackalloc int[TaggerFeatures.MaxFeatures];
        TaggerFeatures.Extract(hashes, 0, 0, 0, features);
        var first = new Dictionary<int, float[]> { [features[1]] = new float[PerceptronTagger.TagCount] };
        first[features[1]][(int)UPos.NOUN - 1] = 1f; // the first (right-to-left) pass says NOUN
        var second = new Dictionary<int, float[]> { [features[1]] = new float[PerceptronTagger.TagCount] };
        second[features[1]][(int)UPos.VERB - 1] = 2f; // the stacked pass says VERB
        using var stream = new MemoryStream();
        PerceptronTagger.Write(
            stream,
            "r2l model",
            [first, second],
            PerceptronTagger.LayoutRightToLeft,
            new Dictionary<string, UPos>(),
            new Dictionary<string, int>(),
            new Dictionary<(string Form, UPos Pos), string>(),
            new Dictionary<string, string>());
        stream.Position = 0;
        var (tagger, _) = PerceptronTagger.Read(stream);
        Assert.Equal("r2l model", tagger.Description);
        Assert.Equal(2, tagger.FeatureCount);
        Assert.Equal([UPos.VERB, UPos.VERB], tagger.Tag(["x", "x"]));
    }

    [Fact]
    public void FeatureGroupsRoundTrip()
    {
        // "kippen" is unknown; with the inflection group it gets the class of "kip" (a known NOUN), and only that
        // feature votes NOUN. A model without the group (format 5) must not produce the feature.
        var lexicon = new TagLexicon(new Dictionary<string, int> { ["kip"] = 1 << (int)UPos.NOUN });
        Span<int> with = stackalloc int[TaggerFeatures.MaxFeatures];
        Span<int> without = stackalloc int[TaggerFeatures.MaxFeatures];
        var n = TaggerFeatures.Extract(TaggerFeatures.Precompute(["kippen"], lexicon, TaggerFeatures.FeatureInflection), 0, 0, 0, with, featureSet: TaggerFeatures.FeatureInflection);
        var m = TaggerFeatures.Extract(TaggerFeatures.Precompute(["kippen"], lexicon), 0, 0, 0, without);
        var extra = with[..n].ToArray().Except(without[..m].ToArray()).ToList();
        Assert.Equal(2, extra.Count);
        var first = new Dictionary<int, float[]> { [extra[0]] = new float[PerceptronTagger.TagCount] };
        first[extra[0]][(int)UPos.NOUN - 1] = 1f;
        foreach (var featureSet in new[] { 0, TaggerFeatures.FeatureInflection })
        {
            using var stream = new MemoryStream();
            PerceptronTagger.Write(
                stream,
                "feature groups",
                [first],
                PerceptronTagger.LayoutRightToLeft,
                new Dictionary<string, UPos>(),
                new Dictionary<string, int> { ["kip"] = 1 << (int)UPos.NOUN },
                new Dictionary<(string Form, UPos Pos), string>(),
                new Dictionary<string, string>(),
                null,
                featureSet);
            stream.Position = 0;
            var (tagger, _) = PerceptronTagger.Read(stream);
            Assert.Equal(featureSet != 0, tagger.Tag(["kippen"])[0] == UPos.NOUN);
        }
    }

    [Fact]
    public void CorruptModelIsRejected()
    {
        using var stream = new MemoryStream([1, 2, 3, 4]);
        Assert.ThrowsAny<Exception>(() => DutchPipeline.FromModel(stream));
    }
}
