using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GovText.Claims;
using GovText.Contradictions;

namespace GovText.Benchmarks;

/// <summary>
/// Query latency on an index of 1,000,000 generated reporting sentences (the claims of every sentence, extracted by
/// the real pipeline): retrieve the candidates of the March 2020 Clearview denial and decide each one.
/// The setup prints the build time, throughput and the managed memory held by the index.
/// </summary>
[MemoryDiagnoser]
public class IndexQueryBenchmarks
{
    private InMemoryClaimIndex _index = null!;
    private Claim _denial = null!;

    /// <summary>Sentences indexed.</summary>
    [Params(1_000_000)]
    public int Sentences { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var sw = Stopwatch.StartNew();
        var claims = ReportingGenerator.EvidenceClaims(Sentences);
        var extracted = sw.Elapsed;
        _index = new InMemoryClaimIndex();
        _index.Add(claims);
        claims = null;
        var built = sw.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        _denial = ReportingGenerator.Denial();
        Console.WriteLine($"// index: {Sentences:N0} sentences, {_index.Count:N0} evidence claims; extraction {extracted.TotalSeconds:F1} s ({Sentences / extracted.TotalSeconds:N0} sentences/s on {Environment.ProcessorCount} cores), indexing {(built - extracted).TotalSeconds:F1} s; managed memory held {(after - before) / 1024.0 / 1024.0:N0} MiB");
    }

    [Benchmark(Description = "query one denial (candidates + decisions)")]
    public int QueryDenial() => ContradictionFinder.Default.FindStreaming([_denial], _index).Count();
}

/// <summary>Index build throughput: claim extraction plus indexing of 100,000 generated sentences, in memory and with Lucene.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class IndexBuildBenchmarks
{
    private List<Claim> _claims = null!;

    [GlobalSetup]
    public void Setup() => _claims = ReportingGenerator.EvidenceClaims(100_000);

    [Benchmark(Description = "extract claims, 100k sentences")]
    public int Extract() => ReportingGenerator.EvidenceClaims(100_000).Count;

    [Benchmark(Description = "extract claims without recognizer names, 100k sentences")]
    public int ExtractWithoutNames() => ReportingGenerator.EvidenceClaims(100_000, new GovText.Claims.ClaimExtractor(namedEntities: false)).Count;

    [Benchmark(Description = "in-memory index, 100k sentences' claims")]
    public int InMemory()
    {
        using var index = new InMemoryClaimIndex();
        index.Add(_claims);
        return index.Count;
    }

    [Benchmark(Description = "Lucene index on disk, 100k sentences' claims")]
    public int Lucene()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govtext-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new LuceneClaimIndex(folder);
            index.Add(_claims);
            return index.Count;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
