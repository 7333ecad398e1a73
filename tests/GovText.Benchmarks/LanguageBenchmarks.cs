using BenchmarkDotNet.Attributes;
using GovText.Language;

namespace GovText.Benchmarks;

/// <summary>Tokenizer and pipeline throughput on synthetic Kamervragen-like text.</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private const string Paragraph =
        "Vraag 1\nBent u bekend met het bericht «Gemeenten kampen met tekorten van € 2,5 miljoen» (NOS, 6 maart 2024)? " +
        "Klopt het dat 12,5% van de gemeenten, o.a. ’s-Hertogenbosch en Den Haag, tussen 51-100 fte tekortkomt? " +
        "Zie ook kst-36410-15 en 2024Z11859 op https://www.tweedekamer.nl/kamerstukken of mail info@minbzk.nl.\n\n" +
        "Antwoord 1\nJa. Mr. J.A. de Vries (D66) en mw. P. Jansen (GroenLinks-PvdA) hebben m'n vragen d.w.z. de vragen van 't lid beantwoord.\n\n";

    private string _text = string.Empty;
    private readonly List<Token> _tokens = new(1 << 20);

    /// <summary>Builds about 1 MB of text.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _text = string.Concat(Enumerable.Repeat(Paragraph, 1_000_000 / Paragraph.Length));
        _ = DutchPipeline.Default;
        _ = DutchPipeline.DefaultWithNer.Process("Dit is een zin.");
    }

    /// <summary>Tokenizer only.</summary>
    [Benchmark]
    public int Tokenize()
    {
        _tokens.Clear();
        DutchTokenizer.Default.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    /// <summary>Tokenize, split, tag and lemmatise.</summary>
    [Benchmark]
    public int Pipeline() => DutchPipeline.Default.Process(_text).Count;

    /// <summary>Tokenize, split, tag, lemmatise and recognise named entities.</summary>
    [Benchmark]
    public int PipelineWithNer() => DutchPipeline.DefaultWithNer.Process(_text).Count;
}
