using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GovText.Claims;

namespace GovText.Benchmarks;

/// <summary>
/// The stance classifier over the project's written question→answer pairs (corpus/gold/stance/written*.jsonl, 1,200
/// pairs of one to five sentences, in the repository so the benchmark needs no ../shared).
/// </summary>
[MemoryDiagnoser]
public class StanceBenchmarks
{
    private (string Question, string Answer)[] _pairs = [];

    /// <summary>Loads the pairs once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(BenchmarkData.RepoRoot, "corpus", "gold", "stance");
        _pairs = Directory.GetFiles(folder, "written*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("question").GetString()!, e.GetProperty("answer").GetString()!))
            .ToArray();
        Console.WriteLine($"// stance: {_pairs.Length} pairs");
        _ = StanceClassifier.Default.Classify("Klopt het?", "Ja.");
    }

    /// <summary>Classifies every pair.</summary>
    [Benchmark]
    public int ClassifyAll()
    {
        var denials = 0;
        foreach (var (q, a) in _pairs)
        {
            denials += StanceClassifier.Default.Classify(q, a).IsDenial ? 1 : 0;
        }

        return denials;
    }
}
