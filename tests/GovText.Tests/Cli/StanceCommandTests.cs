using System.Text.Json;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Cli;

/// <summary>`govtext stance --input` run as a process: the interface outside checks use (docs/cli.md).</summary>
public sealed class StanceCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("govtext-stance-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private const string Pairs =
        "{\"id\": 7, \"question\": \"Klopt het dat de politie Clearview heeft gebruikt?\", \"answer\": \"Nee, dat klopt niet.\"}\r\n"
        + "{\"id\": \"b-2\", \"question\": \"Werken Nederlandse opsporingsdiensten samen met Clearview?\", \"answer\": \"Voor zover ik heb kunnen nagaan werken er geen Nederlandse opsporingsdiensten samen met Clearview.\"}\n"
        + "not json\n"
        + "\n"
        + "{\"id\": null, \"question\": \"Bent u bereid de Kamer te informeren?\", \"answer\": \"Ja.\"}\n";

    [Fact]
    public void StandardInput_WithAByteOrderMarkAndCrLf_GivesOneObjectPerLineInOrder()
    {
        // A file saved by a Windows tool starts with a byte-order mark; the first pair must still be read.
        var r = CliRunner.Run("\uFEFF" + Pairs, "stance", "--input", "-");
        AssertOutput(r);
    }

    [Fact]
    public void File_WithAByteOrderMark_GivesTheSameOutput()
    {
        var path = Path.Combine(_temp, "pairs.jsonl");
        File.WriteAllText(path, Pairs, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        AssertOutput(CliRunner.Run(null, "stance", "--input", path));
    }

    [Fact]
    public void AMissingFile_IsAnInputErrorNamingTheFile()
    {
        var r = CliRunner.Run(null, "stance", "--input", Path.Combine(_temp, "missing.jsonl"));
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("missing.jsonl", r.Stderr, StringComparison.Ordinal);
    }

    private static void AssertOutput(CliRunner.Result r)
    {
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count); // the blank line gives nothing; the unreadable one gives "other" with an error
        Assert.Equal(7, lines[0].GetProperty("id").GetInt32());
        Assert.Equal("deny", lines[0].GetProperty("label").GetString());
        Assert.Equal("de politie heeft Clearview gebruikt", lines[0].GetProperty("proposition").GetString());
        Assert.Equal("b-2", lines[1].GetProperty("id").GetString());
        Assert.Equal("hedged-deny", lines[1].GetProperty("label").GetString());
        Assert.Equal("Voor zover ik heb kunnen nagaan", lines[1].GetProperty("qualifier").GetString());
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("id").ValueKind);
        Assert.Equal("other", lines[2].GetProperty("label").GetString());
        Assert.StartsWith("invalid JSON", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Contains("line 3", r.Stderr, StringComparison.Ordinal);
        Assert.Equal("affirm", lines[3].GetProperty("label").GetString());
        Assert.All(lines, l => Assert.True(l.TryGetProperty("cue", out _) && l.TryGetProperty("qualifier", out _) && l.TryGetProperty("proposition", out _)));
    }
}
