using System.IO.Compression;
using System.Text.Json;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Packaging;

/// <summary>The packed GovText as users meet it: its contents, a fresh console project, the file-based sample.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests(PackageFeedFixture feed, ITestOutputHelper output)
{
    [Fact]
    public void Nupkg_ContainsLibraryDocsReadmeLicenceAndCommit()
    {
        output.WriteLine(feed.PackReason is null ? "package in the feed was current" : "packed: " + feed.PackReason);
        using (var zip = ZipFile.OpenRead(feed.Nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("lib/net10.0/GovText.dll", entries);
            Assert.Contains("lib/net10.0/GovText.xml", entries);
            Assert.Contains("README.md", entries);
            Assert.Contains("LICENSE", entries);
            using var xml = new StreamReader(zip.GetEntry("lib/net10.0/GovText.xml")!.Open());
            Assert.Contains("M:GovText.GovTextPipeline.Open(System.String)", xml.ReadToEnd(), StringComparison.Ordinal);
        }

        var nuspec = PackageFeedFixture.ReadNuspec(feed.Nupkg);
        var ns = nuspec.Root!.Name.Namespace;
        Assert.Equal(feed.Version, nuspec.Descendants(ns + "version").Single().Value);
        Assert.Equal("README.md", nuspec.Descendants(ns + "readme").Single().Value);
        var commit = PackageFeedFixture.RepositoryCommit(nuspec);
        Assert.Matches("^[0-9a-f]{40}$", commit);
        if (feed.HeadCommit is not null)
        {
            Assert.Equal(feed.HeadCommit, commit);
        }

        var dependencies = nuspec.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).ToList();
        Assert.Contains("Microsoft.Extensions.DependencyInjection.Abstractions", dependencies);
        Assert.Contains("Microsoft.Extensions.Options", dependencies);
        Assert.DoesNotContain("Microsoft.Extensions.DependencyInjection", dependencies);
    }

    [Fact]
    public void FreshConsoleProject_ReferencingPackageFromFolderFeed_ParsesDemoDocument()
    {
        var dir = Directory.CreateTempSubdirectory("govtext-consumer-");
        try
        {
            // Only the folder feed is added; dependencies come from the package sources the machine already has.
            File.WriteAllText(Path.Combine(dir.FullName, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="govtext-local" value="{feed.Feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(dir.FullName, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="GovText" Version="[{feed.Version}]" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(dir.FullName, "Program.cs"), """
                using GovText;

                var pipeline = new GovTextPipelineBuilder().Configure(new GovTextOptions { MaxPages = 50 }).Build();
                var doc = pipeline.Open(args[0]);
                Console.WriteLine($"id={doc.Id}");
                Console.WriteLine("askers=" + string.Join("; ", doc.Askers.Select(a => $"{a.Name} ({a.Party})")));
                foreach (var (question, answer) in doc.Pairs())
                    Console.WriteLine($"Q{question.Numbers[0]}: {question.Text} => {answer?.Text}");
                var same = Kamervragen.Open(args[0]);
                Console.WriteLine($"frontdoor={same.Id}");
                """);
            var run = ProcessRunner.Run("dotnet", ["run", "--", DemoDocument.Path], dir.FullName, feed.ConsumerEnvironment, TimeSpan.FromMinutes(4));
            output.WriteLine(run.Describe("dotnet run (consumer)"));
            Assert.True(run.ExitCode == 0, run.Describe("dotnet run (consumer)"));
            Assert.Contains("id=ah-tk-20212022-105", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("askers=Van Ginneken (D66); Bouchallikh (GroenLinks)", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("Q3: Herinnert u zich het antwoord van de Minister van Justitie en Veiligheid", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("=> Zie het antwoord op vraag 2.", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("frontdoor=ah-tk-20212022-105", run.Stdout, StringComparison.Ordinal);
            AssertRestoredFromFeed();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sample_ParseCs_PrintsQuestionsAndAnswers()
    {
        var sample = Path.Combine(feed.Root, "docs", "samples", "parse.cs");
        Assert.Contains($"#:package GovText@{feed.Version}", File.ReadAllText(sample), StringComparison.Ordinal);
        var run = ProcessRunner.Run(
            "dotnet",
            ["run", "--no-cache", "docs/samples/parse.cs", "--", "corpus/demo/ah-tk-20212022-105-demo.txt"],
            feed.Root,
            feed.ConsumerEnvironment,
            TimeSpan.FromMinutes(4));
        output.WriteLine(run.Describe("dotnet run docs/samples/parse.cs"));
        Assert.True(run.ExitCode == 0, run.Describe("dotnet run docs/samples/parse.cs"));
        Assert.StartsWith("# ah-tk-20212022-105: het bericht dat de Nederlandse politie", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("- **Vragen van:** Van Ginneken (D66), Bouchallikh (GroenLinks)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("## Vraag 4 (p. 1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("**Antwoord 4** (p. 1)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Voor zover bekend heeft de politie de software niet gebruikt.", run.Stdout, StringComparison.Ordinal);
        AssertRestoredFromFeed();

        var missing = ProcessRunner.Run("dotnet", ["run", "docs/samples/parse.cs", "--", "no-such-file.pdf"], feed.Root, feed.ConsumerEnvironment, TimeSpan.FromMinutes(4));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("parse: no-such-file.pdf: file not found", missing.Stderr, StringComparison.Ordinal);
    }

    private void AssertRestoredFromFeed()
    {
        var metadata = Path.Combine(feed.Packages, "govtext", feed.Version, ".nupkg.metadata");
        Assert.True(File.Exists(metadata), "GovText was not restored into " + feed.Packages);
        using var json = JsonDocument.Parse(File.ReadAllText(metadata));
        Assert.Equal(Path.TrimEndingDirectorySeparator(feed.Feed), Path.TrimEndingDirectorySeparator(json.RootElement.GetProperty("source").GetString()!));
    }
}
