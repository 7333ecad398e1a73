using System.Text.Json;
using System.Xml.Linq;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Packaging;

/// <summary>The nuspec and the library csproj must not drift; the dependency closure must be Roslyn-free.</summary>
public sealed class PackageMetadataTests
{
    private static string Root => SharedCorpus.RepoRoot;

    [Fact]
    public void NuspecDependencies_EqualCsprojPackageReferences()
    {
        var csproj = XDocument.Load(Path.Combine(Root, "src", "GovText", "GovText.csproj"));
        var references = csproj.Descendants("PackageReference")
            .Select(e => $"{e.Attribute("Include")!.Value}@{e.Attribute("Version")!.Value}")
            .Order(StringComparer.Ordinal).ToList();
        var nuspec = XDocument.Load(Path.Combine(Root, "GovText.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var dependencies = nuspec.Descendants(ns + "dependency")
            .Select(e => $"{e.Attribute("id")!.Value}@{e.Attribute("version")!.Value}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(references);
        Assert.Equal(references, dependencies);
        var group = Assert.Single(nuspec.Descendants(ns + "group"));
        Assert.Equal("net10.0", group.Attribute("targetFramework")!.Value);
    }

    [Fact]
    public void CliPackageReferences_IncludeEveryLibraryReference()
    {
        // The CLI compiles the library's sources in (see its csproj), so it needs the same packages.
        static IEnumerable<string> Refs(string path) => XDocument.Load(path).Descendants("PackageReference")
            .Select(e => $"{e.Attribute("Include")!.Value}@{e.Attribute("Version")!.Value}");
        var library = Refs(Path.Combine(Root, "src", "GovText", "GovText.csproj")).ToHashSet();
        var cli = Refs(Path.Combine(Root, "src", "GovText.Cli", "GovText.Cli.csproj")).ToHashSet();
        Assert.Subset(cli, library);
    }

    [Fact]
    public void DependencyClosure_HasNoRoslyn()
    {
        // project.assets.json of the library lists the full transitive closure that the package brings along.
        var assets = Path.Combine(Root, "src", "GovText", "obj", "project.assets.json");
        Assert.True(File.Exists(assets), "restore the solution first: " + assets);
        using var json = JsonDocument.Parse(File.ReadAllText(assets));
        var libraries = json.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(libraries, l => l.StartsWith("PdfPig/", StringComparison.Ordinal));
        Assert.DoesNotContain(libraries, l => l.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void BuildSettings_AreStrict()
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
        string? Get(string name) => props.Descendants(name).FirstOrDefault()?.Value;
        Assert.Equal("net10.0", Get("TargetFramework"));
        Assert.Equal("enable", Get("Nullable"));
        Assert.Equal("true", Get("TreatWarningsAsErrors"));
        Assert.Equal("true", Get("Deterministic"));
        Assert.Equal("true", Get("GenerateDocumentationFile"));
    }
}
