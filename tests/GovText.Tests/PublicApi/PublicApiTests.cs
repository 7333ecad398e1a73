using GovText.Tests.Infrastructure;
using PublicApiGenerator;
using Xunit;

namespace GovText.Tests.PublicApi;

/// <summary>
/// Locks the public API of GovText.dll. When a change is intended, copy PublicApi.received.txt over
/// PublicApi.approved.txt (both in tests/GovText.Tests/PublicApi/) and commit it; see tests/README.md.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApproved()
    {
        var options = new ApiGeneratorOptions
        {
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
            ],
        };
        var actual = Normalize(typeof(GovTextPipeline).Assembly.GeneratePublicApi(options));
        var folder = Path.Combine(SharedCorpus.RepoRoot, "tests", "GovText.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (actual == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(
            "The public API of GovText changed. If the change is intended, approve it:\n"
            + $"  cp {Path.GetRelativePath(SharedCorpus.RepoRoot, receivedPath)} {Path.GetRelativePath(SharedCorpus.RepoRoot, approvedPath)}\n"
            + "then review the diff (git diff) and commit it. Otherwise undo the API change.\n"
            + FirstDifference(approved, actual));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string approved, string actual)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                return $"First difference at line {i + 1}:\n  approved: {left}\n  received: {right}";
            }
        }

        return string.Empty;
    }
}
