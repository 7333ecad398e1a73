using BenchmarkDotNet.Attributes;
using GovText.Language;

namespace GovText.Benchmarks;

/// <summary>
/// The pipeline on real, varied Dutch text: the "# text =" sentences of the UD Dutch LassySmall and Alpino dev and test
/// files in ../shared/data (about 210 k tokens, every sentence different), joined into paragraphs. The synthetic
/// <see cref="LanguageBenchmarks"/> repeat one paragraph, so their weight lookups stay in the processor cache; this is
/// the figure to quote for real documents.
/// </summary>
[MemoryDiagnoser]
public class RealTextBenchmarks
{
    private string _text = string.Empty;

    /// <summary>Loads the sentences once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var files = new[]
        {
            "ud-dutch-lassysmall/nl_lassysmall-ud-dev.conllu", "ud-dutch-lassysmall/nl_lassysmall-ud-test.conllu",
            "ud-dutch-alpino/nl_alpino-ud-dev.conllu", "ud-dutch-alpino/nl_alpino-ud-test.conllu",
        };
        var sentences = files.SelectMany(f => File.ReadLines(Path.Combine(BenchmarkData.SharedRoot, "data", f)))
            .Where(l => l.StartsWith("# text = ", StringComparison.Ordinal)).Select(l => l[9..]).ToList();
        if (sentences.Count == 0)
        {
            throw new InvalidOperationException("No UD sentences found under " + BenchmarkData.SharedRoot + " (set GOVTEXT_SHARED).");
        }

        // Paragraphs of ten sentences, as in an answer text.
        _text = string.Join("\n\n", sentences.Chunk(10).Select(c => string.Join(' ', c)));
        var tokens = DutchPipeline.Default.Process(_text).Sum(s => s.Count);
        Console.WriteLine($"// real text: {sentences.Count} sentences, {_text.Length} characters, {tokens} tokens");
        _ = DutchPipeline.DefaultWithNer.Process("Dit is een zin.");
    }

    /// <summary>Tokenize, split, tag and lemmatise.</summary>
    [Benchmark]
    public int Pipeline() => DutchPipeline.Default.Process(_text).Count;

    /// <summary>Tokenize, split, tag, lemmatise and recognise named entities.</summary>
    [Benchmark]
    public int PipelineWithNer() => DutchPipeline.DefaultWithNer.Process(_text).Count;
}
