using GovText.Language;
using Xunit;

namespace GovText.Tests.Language;

public sealed class ProcessManyTests
{
    private static readonly string[] s_texts =
    [
        "De Nationale Politie heeft Clearview AI tussen de 51 en 100 keer gebruikt.",
        "Voor zover ik heb kunnen nagaan werken er geen Nederlandse opsporingsdiensten samen met Clearview.",
        string.Empty,
        "Zie het antwoord op vraag 2. Minister Dekker antwoordde op 6 maart 2020.",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(0)]
    public void ResultsAreInInputOrderAndEqualToProcess(int degree)
    {
        var many = DutchPipeline.Default.ProcessMany(Enumerable.Range(0, 50).Select(i => s_texts[i % s_texts.Length]), degree).ToList();
        Assert.Equal(50, many.Count);
        for (var i = 0; i < many.Count; i++)
        {
            var expected = DutchPipeline.Default.Process(s_texts[i % s_texts.Length]);
            Assert.Equal(expected.Text, many[i].Text);
            Assert.Equal(expected.Count, many[i].Count);
            Assert.Equal(expected.SelectMany(s => s.Lemmas), many[i].SelectMany(s => s.Lemmas));
        }

        Assert.Equal("gebruiken", many[0][0].Lemmas[^2]);
        Assert.Equal(2, many[3].Count);
    }

    [Fact]
    public void GettingStartedSnippetFindsTheNames()
    {
        // The snippet of docs/getting-started.md ("Tokens, lemmas and names").
        var lines = new List<string>();
        var texts = new[] { "Minister Dekker antwoordde dat de Nationale Politie Clearview nooit heeft gebruikt." };
        foreach (var analysed in DutchPipeline.DefaultWithNer.ProcessMany(texts))
        {
            foreach (var sentence in analysed)
            {
                lines.Add(string.Join(' ', sentence.Forms.Select((f, i) => $"{f}/{sentence.Tags[i]}/{sentence.Lemmas[i]}")));
                foreach (var name in sentence.Annotations["ner"])
                {
                    lines.Add($"{name.Label} «{analysed.Text[name.StartIn(sentence)..name.EndIn(sentence)]}»");
                }
            }
        }

        Assert.Contains("gebruikt/VERB/gebruiken", lines[0], StringComparison.Ordinal);
        Assert.Contains("Person «Dekker»", lines);
        Assert.Contains("GovernmentBody «Nationale Politie»", lines);
    }

    [Fact]
    public void NullEntriesAreEmptyAndCancellationStops()
    {
        Assert.Empty(DutchPipeline.Default.ProcessMany([null], 1).Single());
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DutchPipeline.Default.ProcessMany(s_texts, 2, cts.Token).ToList());
        Assert.ThrowsAny<OperationCanceledException>(() => DutchPipeline.Default.ProcessMany(s_texts, 1, cts.Token).ToList());
    }
}
