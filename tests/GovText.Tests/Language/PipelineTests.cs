using System.Collections.Concurrent;
using GovText.Language;
using Xunit;

namespace GovText.Tests.Language;

public sealed class PipelineTests
{
    [Fact]
    public void ProcessTagsAndLemmatises()
    {
        var result = DutchPipeline.Default.Process("De minister heeft de vragen van het lid Van der Plas beantwoord. Zij kwamen op 6 maart 2024 binnen.");
        Assert.Equal(2, result.Count);
        var first = result[0];
        Assert.Equal("De minister heeft de vragen van het lid Van der Plas beantwoord.", first.Text);
        Assert.Equal(UPos.DET, first[0].Pos);
        Assert.Equal(UPos.NOUN, first[1].Pos);
        Assert.Equal("minister", first[1].Lemma);
        Assert.Equal("vraag", first.Single(t => t.Text == "vragen").Lemma);
        Assert.Equal(UPos.PUNCT, first[^1].Pos);
        Assert.Equal(UPos.NUM, result[1].Single(t => t.Text == "2024").Pos);
        Assert.Equal("komen", result[1].Single(t => t.Text == "kwamen").Lemma);
        foreach (var token in result.Tokens)
        {
            Assert.Equal(token.Text, token.Token.GetText(result.Text));
            Assert.NotEqual(UPos.None, token.Pos);
            Assert.False(string.IsNullOrEmpty(token.Lemma));
        }
    }

    [Fact]
    public void ProcessPretokenizedKeepsTheTokens()
    {
        string[] tokens = ["Het", "kabinet", "neemt", "het", "advies", "over", "."];
        var result = DutchPipeline.Default.ProcessPretokenized(tokens);
        var sentence = Assert.Single(result);
        Assert.Equal(tokens, sentence.Forms);
        Assert.Equal("Het kabinet neemt het advies over .", result.Text);
        Assert.Equal(new Token(4, 11, TokenKind.Word), sentence.Tokens[1]);
        Assert.Equal(UPos.VERB, sentence[2].Pos);
        Assert.Equal("nemen", sentence[2].Lemma);
        Assert.Empty(DutchPipeline.Default.ProcessPretokenized([]));
    }

    [Fact]
    public void DefaultIsASingletonAndExposesTheModel()
    {
        Assert.Same(DutchPipeline.Default, DutchPipeline.Default);
        Assert.True(DutchPipeline.Default.Tagger.FeatureCount > 10_000);
        Assert.Contains("CC BY-SA 4.0", DutchPipeline.Default.Tagger.Description, StringComparison.Ordinal);
        Assert.True(DutchPipeline.Default.Lemmatizer.Count > 1_000);
    }

    [Fact]
    public void AnnotatorsAreAnExtensionPoint()
    {
        var pipeline = DutchPipeline.Default.With(new CapitalisedRunAnnotator());
        Assert.Empty(DutchPipeline.Default.Annotators);
        var sentence = pipeline.Process("Gisteren sprak Mark Rutte in Den Haag.")[0];
        var spans = sentence.Annotations["caps"].ToArray();
        Assert.Equal([new SpanAnnotation(2, 2, "CAPS", 1f), new SpanAnnotation(5, 2, "CAPS", 1f)], spans);
        Assert.Empty(DutchPipeline.Default.Process("Gisteren sprak Mark Rutte.")[0].Annotations);
        Assert.Throws<ArgumentException>(() => pipeline.With(new CapitalisedRunAnnotator()));
    }

    [Fact]
    public void ParallelUseOfDefaultGivesIdenticalResults()
    {
        const string text = "Vraag 1\nBent u bekend met het bericht «Gemeenten kampen met tekorten»? Klopt het dat 12,5% van de gemeenten (o.a. ’s-Hertogenbosch) een tekort heeft van € 2,5 miljoen?";
        var expected = DutchPipeline.Default.Process(text).Tokens.Select(t => $"{t.Text}/{t.Pos}/{t.Lemma}").ToArray();
        var failures = new ConcurrentBag<string>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var actual = DutchPipeline.Default.Process(text).Tokens.Select(t => $"{t.Text}/{t.Pos}/{t.Lemma}").ToArray();
            if (!actual.SequenceEqual(expected))
            {
                failures.Add($"run {i} differs");
            }
        });
        Assert.Empty(failures);
    }

    [Fact]
    public void EmptyAndWhitespaceInput()
    {
        Assert.Empty(DutchPipeline.Default.Process(""));
        Assert.Empty(DutchPipeline.Default.Process(null));
        Assert.Empty(DutchPipeline.Default.Process(" \r\n\t "));
    }

    [Fact]
    public void HundredThousandTokensWithoutPunctuation()
    {
        var words = new[] { "de", "minister", "antwoordt", "gemeenten", "Kamer", "2024", "vragen" };
        var text = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => words[i % words.Length]));
        var result = DutchPipeline.Default.Process(text);
        Assert.Equal(100_000, result.Sum(s => s.Count));
    }

    [Theory]
    [InlineData("\u0000\u0001\u0002 tekst \u001b[31m rood \u007f")]
    [InlineData("\ud800 losse \udc00 surrogaten \ud83d.")]
    [InlineData("\uFEFF\u200B\u00AD\u2028\u2029 onzichtbaar")]
    [InlineData("«««»»»“”„‘’''\"\"(((]]]")]
    [InlineData("...!?!?...…… . . .")]
    [InlineData("a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.")]
    public void OddInputDoesNotThrow(string text)
    {
        var result = DutchPipeline.Default.Process(text);
        foreach (var token in result.Tokens)
        {
            Assert.Equal(token.Text, token.Token.GetText(text));
            Assert.NotNull(token.Lemma);
        }
    }

    [Fact]
    public void OddPretokenizedInputDoesNotThrow()
    {
        var result = DutchPipeline.Default.ProcessPretokenized(["", "\ud800", new string('x', 10_000), "\u0000", "1.234,56", null!]);
        Assert.Equal(6, result[0].Count);
    }

    private sealed class CapitalisedRunAnnotator : ISentenceAnnotator
    {
        public string Layer => "caps";

        public System.Collections.Immutable.ImmutableArray<SpanAnnotation> Annotate(Sentence sentence)
        {
            var spans = System.Collections.Immutable.ImmutableArray.CreateBuilder<SpanAnnotation>();
            var i = 1;
            while (i < sentence.Count)
            {
                var j = i;
                while (j < sentence.Count && sentence[j].Pos == UPos.PROPN)
                {
                    j++;
                }

                if (j > i)
                {
                    spans.Add(new SpanAnnotation(i, j - i, "CAPS", 1f));
                    i = j;
                }
                else
                {
                    i++;
                }
            }

            return spans.ToImmutable();
        }
    }
}
