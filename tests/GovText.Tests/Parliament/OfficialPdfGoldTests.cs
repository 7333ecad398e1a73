using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Parliament;

/// <summary>Golden-file tests: every official PDF in ../shared/corpus/pdf against corpus/gold/pdf/*.json.</summary>
public sealed class OfficialPdfGoldTests(ITestOutputHelper output)
{
    public static TheoryData<string> Pdfs()
    {
        var data = new TheoryData<string>();
        foreach (var f in SharedCorpus.Files("corpus/pdf", "*.pdf"))
        {
            data.Add(Path.GetFileName(f));
        }

        if (data.Count == 0)
        {
            data.Add("(shared corpus absent)");
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(Pdfs))]
    public void Pdf_MatchesGold(string fileName)
    {
        var gold = Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "pdf", Path.ChangeExtension(fileName, ".json"));
        Assert.True(File.Exists(gold), "missing gold file " + gold);
        var doc = Kamervragen.Open(SharedCorpus.PathOf("corpus/pdf/" + fileName));
        var problems = GoldComparison.Compare(doc, gold, out var stats);
        output.WriteLine($"{fileName}: fields {stats.FieldsCorrect}/{stats.Fields}, texts exact {stats.TextsExact}/{stats.Texts}, mean similarity {stats.SimilaritySum / Math.Max(1, stats.Texts):F4}, pairs {stats.PairsCorrect}/{stats.Pairs}, coverage {doc.Coverage:P2}");
        foreach (var p in problems)
        {
            output.WriteLine("  " + p);
        }

        Assert.True(problems.Count == 0, $"{fileName}: {problems.Count} mismatches with gold:\n" + string.Join("\n", problems));
    }

    [SharedTheory]
    [MemberData(nameof(Pdfs))]
    public void Pdf_CoverageAtLeast99Percent(string fileName)
    {
        var doc = Kamervragen.Open(SharedCorpus.PathOf("corpus/pdf/" + fileName));
        Assert.True(doc.Coverage >= 0.99, $"{fileName}: only {doc.Coverage:P2} of the non-furniture text ended up in a field; unplaced: " +
            string.Join(" | ", doc.Diagnostics.Where(d => d.Code == "GT2401").Select(d => d.Message)));
    }
}
