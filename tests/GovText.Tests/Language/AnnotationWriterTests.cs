using System.Collections.Immutable;
using GovText.Language;
using Xunit;

namespace GovText.Tests.Language;

public sealed class AnnotationWriterTests
{
    private const string Sentence = "Het lid Van Nispen (SP) vroeg op 6 maart 2024 naar Nederland.";

    /// <summary>Fixed spans, so that the expected output does not depend on the NER model.</summary>
    private sealed class FixedAnnotator : ISentenceAnnotator
    {
        public string Layer => "ner";

        public ImmutableArray<SpanAnnotation> Annotate(Sentence sentence) =>
        [
            new(2, 2, NerLabels.Person, 0.9f),
            new(5, 1, NerLabels.Party, 0.8f),
            new(9, 3, NerLabels.Date, 0.95f),
            new(13, 1, NerLabels.Location, 0.7f),
        ];
    }

    private static TokenizedText Analyze() => DutchPipeline.Default.With(new FixedAnnotator()).Process(Sentence);

    [Fact]
    public void ConlluWriterWritesTheColumns()
    {
        var text = Analyze();
        using var writer = new StringWriter();
        ConlluWriter.Write(writer, text);
        Assert.Equal(ExpectedConllu, writer.ToString());
    }

    [Fact]
    public void AnnotationJsonWritesTokensSentencesAndEntities()
    {
        var text = Analyze();
        using var writer = new StringWriter();
        AnnotationJson.Write(writer, text);
        Assert.Equal(ExpectedJson, writer.ToString());
    }

    [Fact]
    public void ConlluTagsATokenOnlyWhenTheNameIsMostOfIt()
    {
        var text = DutchPipeline.DefaultWithNer.ProcessPretokenized(["De", "EU-burgers", "wonen", "inNederland", "."]);
        var (ner, entity) = ConlluWriter.TokenEntities(text[0]);
        Assert.Equal(["O", "O", "O", "B-LOC", "O"], ner);
        Assert.Null(entity[1]);

        // The character spans keep the name inside the compound.
        using var json = new StringWriter();
        AnnotationJson.Write(json, text);
        Assert.Contains("\"text\":\"EU\"", json.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WritersWorkWithoutNerAndOnEmptyInput()
    {
        var text = DutchPipeline.Default.ProcessPretokenized(["Het", "kabinet", "."]);
        using var writer = new StringWriter();
        ConlluWriter.Write(writer, text);
        Assert.Equal("1\tHet\thet\tDET\t_\t_\t_\t_\t_\tNER=O\n2\tkabinet\tkabinet\tNOUN\t_\t_\t_\t_\t_\tNER=O\n3\t.\t.\tPUNCT\t_\t_\t_\t_\t_\tNER=O\n\n", writer.ToString());
        using var empty = new StringWriter();
        ConlluWriter.Write(empty, DutchPipeline.DefaultWithNer.Process(string.Empty));
        Assert.Equal(string.Empty, empty.ToString());
        using var json = new StringWriter();
        AnnotationJson.Write(json, DutchPipeline.DefaultWithNer.Process(string.Empty));
        Assert.Equal("{\"text\":\"\",\"tokens\":[],\"sentences\":[],\"entities\":[]}\n", json.ToString());
    }

    private const string ExpectedConllu =
        "1\tHet\thet\tDET\t_\t_\t_\t_\t_\tNER=O\n" +
        "2\tlid\tlid\tNOUN\t_\t_\t_\t_\t_\tNER=O\n" +
        "3\tVan\tVan\tPROPN\t_\t_\t_\t_\t_\tNER=B-PER|Entity=Person\n" +
        "4\tNispen\tNispen\tPROPN\t_\t_\t_\t_\t_\tNER=I-PER|Entity=Person\n" +
        "5\t(\t(\tPUNCT\t_\t_\t_\t_\t_\tNER=O\n" +
        "6\tSP\tSP\tPROPN\t_\t_\t_\t_\t_\tNER=B-ORG|Entity=Party\n" +
        "7\t)\t)\tPUNCT\t_\t_\t_\t_\t_\tNER=O\n" +
        "8\tvroeg\tvragen\tVERB\t_\t_\t_\t_\t_\tNER=O\n" +
        "9\top\top\tADP\t_\t_\t_\t_\t_\tNER=O\n" +
        "10\t6\t6\tNUM\t_\t_\t_\t_\t_\tNER=O|Entity=Date\n" +
        "11\tmaart\tmaart\tPROPN\t_\t_\t_\t_\t_\tNER=O|Entity=Date\n" +
        "12\t2024\t2024\tNUM\t_\t_\t_\t_\t_\tNER=O|Entity=Date\n" +
        "13\tnaar\tnaar\tADP\t_\t_\t_\t_\t_\tNER=O\n" +
        "14\tNederland\tNederland\tPROPN\t_\t_\t_\t_\t_\tNER=B-LOC|Entity=Location\n" +
        "15\t.\t.\tPUNCT\t_\t_\t_\t_\t_\tNER=O\n" +
        "\n";

    private const string ExpectedJson =
        "{\"text\":\"Het lid Van Nispen (SP) vroeg op 6 maart 2024 naar Nederland.\",\"tokens\":[{\"start\":0,\"end\":3,\"form\":\"Het\",\"lemma\":\"het\",\"upos\":\"DET\",\"ner\":\"O\",\"entity\":null},{\"start\":4,\"end\":7,\"form\":\"lid\",\"lemma\":\"lid\",\"upos\":\"NOUN\",\"ner\":\"O\",\"entity\":null},{\"start\":8,\"end\":11,\"form\":\"Van\",\"lemma\":\"Van\",\"upos\":\"PROPN\",\"ner\":\"B-PER\",\"entity\":\"Person\"},{\"start\":12,\"end\":18,\"form\":\"Nispen\",\"lemma\":\"Nispen\",\"upos\":\"PROPN\",\"ner\":\"I-PER\",\"entity\":\"Person\"},{\"start\":19,\"end\":20,\"form\":\"(\",\"lemma\":\"(\",\"upos\":\"PUNCT\",\"ner\":\"O\",\"entity\":null},{\"start\":20,\"end\":22,\"form\":\"SP\",\"lemma\":\"SP\",\"upos\":\"PROPN\",\"ner\":\"B-ORG\",\"entity\":\"Party\"},{\"start\":22,\"end\":23,\"form\":\")\",\"lemma\":\")\",\"upos\":\"PUNCT\",\"ner\":\"O\",\"entity\":null},{\"start\":24,\"end\":29,\"form\":\"vroeg\",\"lemma\":\"vragen\",\"upos\":\"VERB\",\"ner\":\"O\",\"entity\":null},{\"start\":30,\"end\":32,\"form\":\"op\",\"lemma\":\"op\",\"upos\":\"ADP\",\"ner\":\"O\",\"entity\":null},{\"start\":33,\"end\":34,\"form\":\"6\",\"lemma\":\"6\",\"upos\":\"NUM\",\"ner\":\"O\",\"entity\":\"Date\"},{\"start\":35,\"end\":40,\"form\":\"maart\",\"lemma\":\"maart\",\"upos\":\"PROPN\",\"ner\":\"O\",\"entity\":\"Date\"},{\"start\":41,\"end\":45,\"form\":\"2024\",\"lemma\":\"2024\",\"upos\":\"NUM\",\"ner\":\"O\",\"entity\":\"Date\"},{\"start\":46,\"end\":50,\"form\":\"naar\",\"lemma\":\"naar\",\"upos\":\"ADP\",\"ner\":\"O\",\"entity\":null},{\"start\":51,\"end\":60,\"form\":\"Nederland\",\"lemma\":\"Nederland\",\"upos\":\"PROPN\",\"ner\":\"B-LOC\",\"entity\":\"Location\"},{\"start\":60,\"end\":61,\"form\":\".\",\"lemma\":\".\",\"upos\":\"PUNCT\",\"ner\":\"O\",\"entity\":null}],\"sentences\":[{\"start\":0,\"end\":61,\"firstToken\":0,\"tokenCount\":15}],\"entities\":[{\"type\":\"Person\",\"text\":\"Van Nispen\",\"start\":8,\"end\":18,\"score\":0.9},{\"type\":\"Party\",\"text\":\"SP\",\"start\":20,\"end\":22,\"score\":0.8},{\"type\":\"Date\",\"text\":\"6 maart 2024\",\"start\":33,\"end\":45,\"score\":0.95},{\"type\":\"Location\",\"text\":\"Nederland\",\"start\":51,\"end\":60,\"score\":0.7}]}\n";
}
