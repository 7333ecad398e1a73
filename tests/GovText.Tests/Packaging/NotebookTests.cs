using System.Text.Json;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Packaging;

/// <summary>Runs docs/notebooks/clearview.ipynb headless with dotnet-repl against the packed GovText.</summary>
[Collection(PackageCollection.Name)]
public sealed class NotebookTests(PackageFeedFixture feed, ITestOutputHelper output)
{
    [DotNetReplFact]
    public void ClearviewNotebook_RunsEveryCellWithoutErrors()
    {
        var folder = Path.Combine(feed.Root, "docs", "notebooks");
        var notebook = Path.Combine(folder, "clearview.ipynb");
        var input = JsonDocument.Parse(File.ReadAllText(notebook));
        var inputCode = CodeCells(input.RootElement).ToList();
        Assert.Contains($"#r \\\"nuget: GovText, {feed.Version}\\\"", File.ReadAllText(notebook), StringComparison.Ordinal);
        Assert.StartsWith("// CONTRADICTIONS:", Source(inputCode[^1]), StringComparison.Ordinal);

        var outDir = Directory.CreateTempSubdirectory("govtext-notebook-");
        try
        {
            var outPath = Path.Combine(outDir.FullName, "clearview.out.ipynb");
            var environment = new Dictionary<string, string?>(feed.ConsumerEnvironment) { ["DOTNET_ROLL_FORWARD"] = "Major" };
            var run = ProcessRunner.Run(
                DotNetRepl.Path!,
                ["--run", "clearview.ipynb", "--exit-after-run", "--output-format", "ipynb", "--output-path", outPath],
                folder,
                environment,
                TimeSpan.FromMinutes(5));
            output.WriteLine(run.Describe("dotnet repl"));
            Assert.True(File.Exists(outPath), run.Describe("dotnet repl wrote no notebook; it"));

            using var result = JsonDocument.Parse(File.ReadAllText(outPath));
            var cells = CodeCells(result.RootElement).ToList();
            Assert.Equal(inputCode.Count, cells.Count);
            var all = new List<string>();
            for (var i = 0; i < cells.Count; i++)
            {
                var outputs = cells[i].GetProperty("outputs").EnumerateArray().ToList();
                foreach (var o in outputs)
                {
                    var kind = o.GetProperty("output_type").GetString();
                    Assert.False(kind == "error", $"code cell {i + 1} failed: {o}");
                    Assert.False(kind == "stream" && o.GetProperty("name").GetString() == "stderr", $"code cell {i + 1} wrote to stderr: {o}");
                    all.Add(o.ToString());
                }
            }

            Assert.Equal(0, run.ExitCode);
            var text = string.Join("\n", all);
            Assert.Contains("Installed Packages", text, StringComparison.Ordinal);
            Assert.Contains("ah-tk-20212022-105", text, StringComparison.Ordinal);
            Assert.Contains("Van Ginneken (D66)", text, StringComparison.Ordinal);
            Assert.Contains("quantity contradiction, score 0.95, later-reporting", text, StringComparison.Ordinal);
            Assert.Contains("tussen de 51 en 100 keer", text, StringComparison.Ordinal);
            Assert.Contains("govtext-question", text, StringComparison.Ordinal); // the HTML formatter was used
            Assert.Contains("Zie het antwoord op vraag 2.", text, StringComparison.Ordinal);
            Assert.Contains("| Denial | Evidence |", text, StringComparison.Ordinal); // the Markdown report of the last cell
        }
        finally
        {
            outDir.Delete(recursive: true);
        }
    }

    private static IEnumerable<JsonElement> CodeCells(JsonElement notebook) =>
        notebook.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code");

    private static string Source(JsonElement cell) => string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString()));
}

/// <summary>Finds the dotnet-repl global tool (installed by .ci/run).</summary>
public static class DotNetRepl
{
    public const string Version = "0.3.259";

    public static string? Path { get; } = Find();

    private static string? Find()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet-repl.exe" : "dotnet-repl";
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools"));
        return dirs.Select(d => System.IO.Path.Combine(d, name)).FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs dotnet-repl; skipped with a visible reason when it is not installed.</summary>
public sealed class DotNetReplFactAttribute : FactAttribute
{
    public DotNetReplFactAttribute()
    {
        if (DotNetRepl.Path is null)
        {
            Skip = $"dotnet-repl is not installed: run .ci/run, or `dotnet tool install --global dotnet-repl --version {DotNetRepl.Version}`.";
        }
    }
}
