using System.Collections.Concurrent;
using GovText.Language;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Language;

public sealed class NerTests
{
    private static List<(string Text, string Type)> Entities(string text)
    {
        var result = DutchPipeline.DefaultWithNer.Process(text);
        var list = new List<(string, string)>();
        foreach (var sentence in result)
        {
            foreach (var span in sentence.Annotations["ner"])
            {
                var start = sentence.Tokens[span.FirstToken].Start;
                var end = sentence.Tokens[span.FirstToken + span.TokenCount - 1].End;
                Assert.InRange(span.Score, 0.01f, 1f);
                list.Add((result.Text[start..end], span.Label));
            }
        }

        return list;
    }

    [Fact]
    public void PersonAndParty()
    {
        var entities = Entities("Vragen van het lid Van Nispen (SP) aan de Minister van Justitie en Veiligheid over de politie.");
        Assert.Contains(("Van Nispen", NerLabels.Person), entities);
        Assert.Contains(("SP", NerLabels.Party), entities);
        Assert.Contains(("Justitie en Veiligheid", NerLabels.GovernmentBody), entities);
    }

    [Fact]
    public void Ministry()
    {
        var entities = Entities("Het onderzoek is uitgevoerd in opdracht van het Ministerie van Justitie en Veiligheid.");
        Assert.Contains(("Ministerie van Justitie en Veiligheid", NerLabels.GovernmentBody), entities);
    }

    [Fact]
    public void QuantityAndDate()
    {
        var entities = Entities("Op 6 maart 2024 bleek dat de politie tussen de 51 en 100 keer is ingezet.");
        Assert.Contains(("6 maart 2024", NerLabels.Date), entities);
        Assert.Contains(("tussen de 51 en 100 keer", NerLabels.Quantity), entities);
    }

    [Fact]
    public void DocumentReferenceAndMoney()
    {
        var entities = Entities("Zie Kamerstuk 36 410 VIII, nr. 106 over de bijdrage van € 2,5 miljoen.");
        Assert.Contains(("Kamerstuk 36 410 VIII, nr. 106", NerLabels.DocumentReference), entities);
        Assert.Contains(("€ 2,5 miljoen", NerLabels.Money), entities);
        Assert.Contains(("2024Z18775", NerLabels.DocumentReference), Entities("Zaaknummer 2024Z18775 is afgehandeld."));
    }

    [Fact]
    public void SpansDoNotOverlapAndAreOrdered()
    {
        var result = DutchPipeline.DefaultWithNer.Process("Minister Faber (PVV) sprak op 14 november 2024 in Den Haag met de Europese Commissie over de AVG en 10% van € 50 miljoen.");
        foreach (var sentence in result)
        {
            var end = 0;
            foreach (var span in sentence.Annotations["ner"])
            {
                Assert.True(span.FirstToken >= end);
                Assert.True(span.TokenCount > 0);
                Assert.Contains(span.Label, NerLabels.FineTypes);
                end = span.FirstToken + span.TokenCount;
            }

            Assert.True(end <= sentence.Count);
        }
    }

    [Fact]
    public void BadInputDoesNotThrow()
    {
        var pipeline = DutchPipeline.DefaultWithNer;
        Assert.Empty(pipeline.Process(string.Empty));
        Assert.Empty(pipeline.Process("   \n\t "));
        var words = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => i % 7 == 0 ? "Nederland" : i % 5 == 0 ? "2024" : "woord"));
        var long1 = pipeline.Process(words);
        Assert.Equal(100_000, long1.Tokens.Count());
        var control = pipeline.Process("\0\u0001\u0007 Van\u0000Nispen \u200B(SP)\u001F € \uFFFF 6 maart\r\n\u0085 2024 \uD800");
        Assert.NotNull(control);
        Assert.Empty(NerAnnotator.Default.Annotate(pipeline.ProcessPretokenized(["x"])[0]).Where(s => s.TokenCount == 0));
        var pre = pipeline.ProcessPretokenized(["", "Van", "Nispen", "", "(", "SP", ")"]);
        Assert.Single(pre);
    }

    [Fact]
    public void ThreadSafe()
    {
        string[] texts =
        [
            "Vragen van het lid Van Nispen (SP) aan de Minister van Justitie en Veiligheid.",
            "Het kabinet trekt € 2,5 miljoen uit voor de gemeente Amsterdam.",
            "Zie Kamerstuk 36 410 VIII, nr. 106 van 6 maart 2024.",
        ];
        var expected = texts.Select(t => Render(DutchPipeline.DefaultWithNer.Process(t))).ToArray();
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 300, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % texts.Length;
            var actual = Render(DutchPipeline.DefaultWithNer.Process(texts[k]));
            if (actual != expected[k])
            {
                failures.Add(actual);
            }
        });
        Assert.Empty(failures);
    }

    [Fact]
    public void ManySentencesGiveTheSameAnalysisAsEachSentenceAlone()
    {
        // Process runs each stage over all sentences of a text before the next stage (for the cache); the tags, lemmas
        // and entities of every sentence must equal those of the sentence analysed on its own.
        string[] sentences =
        [
            "Vragen van het lid Van Nispen (SP) aan de Minister van Justitie en Veiligheid over het gebruik van Clearview.",
            "Het kabinet trekt € 2,5 miljoen uit voor de gemeente Amsterdam en de provincie Friesland.",
            "Zie Kamerstuk 36 410 VIII, nr. 106 van 6 maart 2024.",
            "De Nationale Politie heeft de software tussen de 51 en 100 keer gebruikt.",
        ];
        var together = DutchPipeline.DefaultWithNer.Process(string.Join("\n\n", sentences));
        Assert.Equal(sentences.Length, together.Count);
        for (var i = 0; i < sentences.Length; i++)
        {
            var alone = DutchPipeline.DefaultWithNer.Process(sentences[i])[0];
            var joined = together[i];
            Assert.Equal(alone.Forms.ToArray(), joined.Forms.ToArray());
            Assert.Equal(alone.Tags.ToArray(), joined.Tags.ToArray());
            Assert.Equal(alone.Lemmas.ToArray(), joined.Lemmas.ToArray());
            var entitiesAlone = alone.Annotations["ner"].Select(e => (e.Label, e.FirstToken, e.TokenCount, e.Score));
            var entitiesJoined = joined.Annotations["ner"].Select(e => (e.Label, e.FirstToken, e.TokenCount, e.Score));
            Assert.Equal(entitiesAlone, entitiesJoined);
        }

        Assert.Contains(together[3].Annotations["ner"], e => e.Label == NerLabels.Quantity);
    }

    private static string Render(TokenizedText text)
    {
        using var writer = new StringWriter();
        AnnotationJson.Write(writer, text);
        return writer.ToString();
    }

    [Fact]
    public void CoarseMapping()
    {
        Assert.Equal("PER", NerLabels.ToCoarse(NerLabels.Person));
        Assert.Equal("ORG", NerLabels.ToCoarse(NerLabels.Party));
        Assert.Equal("ORG", NerLabels.ToCoarse(NerLabels.GovernmentBody));
        Assert.Equal("ORG", NerLabels.ToCoarse(NerLabels.Organization));
        Assert.Equal("LOC", NerLabels.ToCoarse(NerLabels.Location));
        Assert.Equal("MISC", NerLabels.ToCoarse(NerLabels.Law));
        Assert.Equal("MISC", NerLabels.ToCoarse(NerLabels.Misc));
        Assert.Null(NerLabels.ToCoarse(NerLabels.Date));
        Assert.Null(NerLabels.ToCoarse(NerLabels.Money));
        Assert.Null(NerLabels.ToCoarse(NerLabels.Quantity));
        Assert.Null(NerLabels.ToCoarse(NerLabels.DocumentReference));
    }
}
