using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Packaging;

/// <summary>
/// The GovText package in the local folder feed artifacts/feed, packed at most once per test run: .ci/run packs it
/// before the tests, and the fixture packs again only when the package is missing, older than a source file or built
/// from another commit. Consumers restore into their own packages folder (artifacts/test-packages) from which
/// GovText is removed first, so they never see a stale copy of the same version from the machine's NuGet cache.
/// </summary>
public sealed partial class PackageFeedFixture
{
    public PackageFeedFixture()
    {
        Root = SharedCorpus.RepoRoot;
        Feed = Path.Combine(Root, "artifacts", "feed");
        Packages = Path.Combine(Root, "artifacts", "test-packages");
        Version = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("Version").Single().Value;
        Nupkg = Path.Combine(Feed, $"GovText.{Version}.nupkg");
        HeadCommit = GitHead(Root);
        PackReason = StaleReason();
        if (PackReason is not null)
        {
            var pack = ProcessRunner.Run("dotnet", ["pack", "src/GovText/GovText.csproj", "-c", "Release", "-o", Feed, "--nologo"], Root, timeout: TimeSpan.FromMinutes(5));
            if (pack.ExitCode != 0 || !File.Exists(Nupkg))
            {
                throw new InvalidOperationException(pack.Describe("dotnet pack"));
            }
        }

        var cached = Path.Combine(Packages, "govtext");
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }
    }

    public string Root { get; }

    /// <summary>The local folder feed (artifacts/feed).</summary>
    public string Feed { get; }

    /// <summary>NUGET_PACKAGES for consumers (artifacts/test-packages), without any GovText.</summary>
    public string Packages { get; }

    public string Version { get; }

    public string Nupkg { get; }

    /// <summary>The commit of HEAD, or null when git is not available.</summary>
    public string? HeadCommit { get; }

    /// <summary>Why the fixture packed (null when the package in the feed was current).</summary>
    public string? PackReason { get; }

    /// <summary>Environment for processes that restore GovText from the feed.</summary>
    public IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages };

    public static XDocument ReadNuspec(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public static string? RepositoryCommit(XDocument nuspec) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "repository")?.Attribute("commit")?.Value;

    private string? StaleReason()
    {
        if (!File.Exists(Nupkg))
        {
            return "no package in the feed";
        }

        var packed = File.GetLastWriteTimeUtc(Nupkg);
        var source = Path.Combine(Root, "src", "GovText");
        var inputs = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Where(f => !InBuildOutput().IsMatch(Path.GetRelativePath(source, f)))
            .Concat(new[] { "GovText.nuspec", "README.md", "LICENSE", "Directory.Build.props" }.Select(f => Path.Combine(Root, f)));
        var newer = inputs.FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > packed);
        if (newer is not null)
        {
            return "changed since packing: " + Path.GetRelativePath(Root, newer);
        }

        var commit = RepositoryCommit(ReadNuspec(Nupkg));
        return HeadCommit is not null && commit != HeadCommit ? $"packed from commit {commit}, HEAD is {HeadCommit}" : null;
    }

    private static string? GitHead(string root)
    {
        try
        {
            var git = ProcessRunner.Run("git", ["rev-parse", "HEAD"], root, timeout: TimeSpan.FromSeconds(30));
            return git.ExitCode == 0 ? git.Stdout.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(bin|obj)[\\/]")]
    private static partial Regex InBuildOutput();
}

/// <summary>Tests that consume the packed package; they run one after the other and share one pack.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "Package feed";
}
