using System.Text.Json;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Cli;

/// <summary>`govtext parse` run as a process: the stable interface outside checks use (docs/cli.md).</summary>
public sealed class ParseCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("govtext-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SharedFact]
    public void Pdf_PrintsOneJsonObjectWithTheDocumentedKeys()
    {
        var r = CliRunner.Run(null, "parse", SharedCorpus.PathOf("corpus/pdf/ah-tk-20232024-1314_antwoord_mutluer-kostic.pdf"));
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var json = Assert.Single(lines);
        var root = JsonDocument.Parse(json).RootElement;
        foreach (var key in new[] { "id", "kind", "vergaderjaar", "aanhangselNumber", "askers", "addressees", "subject", "submitted", "received", "answeredBy", "seeAlso", "questions", "answers", "footnotes", "diagnostics" })
        {
            Assert.True(root.TryGetProperty(key, out _), "missing key " + key);
        }

        Assert.Equal("ah-tk-20232024-1314", root.GetProperty("id").GetString());
        Assert.Equal("answer", root.GetProperty("kind").GetString());
        Assert.Equal("2023-2024", root.GetProperty("vergaderjaar").GetString());
        Assert.Equal(1314, root.GetProperty("aanhangselNumber").GetInt32());
        Assert.Equal("Kostić", root.GetProperty("askers")[1].GetProperty("name").GetString());
        Assert.Equal("PvdD", root.GetProperty("askers")[1].GetProperty("party").GetString());
        Assert.Equal("2024-03-06", root.GetProperty("submitted").GetString());
        Assert.Equal("2024-03-25", root.GetProperty("received").GetString());
        Assert.Equal("Dijkgraaf", root.GetProperty("answeredBy").GetProperty("name").GetString());
        var grouped = root.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("numbers").GetArrayLength() == 3);
        Assert.Equal(new[] { 3, 4, 5 }, grouped.GetProperty("numbers").EnumerateArray().Select(n => n.GetInt32()));
        var source = grouped.GetProperty("source");
        Assert.True(source.GetProperty("page").GetInt32() >= 1);
        Assert.True(source.GetProperty("end").GetInt32() > source.GetProperty("start").GetInt32());
    }

    [SharedFact]
    public void TextFormat_IsReadable()
    {
        var r = CliRunner.Run(null, "parse", SharedCorpus.PathOf("corpus/pdf/ah-tk-20232024-1949_antwoord_klashorst.pdf"), "--format", "text");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Askers: Faber-van de Klashorst (PVV)", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("Vraag 2, 3", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_WritesJsonLinesAndProgressOnStderr()
    {
        var r = CliRunner.Run(null, "parse", Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo"));
        Assert.Equal(0, r.ExitCode);
        var docs = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(docs, d => d.GetProperty("id").GetString() == "ah-tk-20212022-105");
        Assert.Contains("parsed", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_WithUnreadableFile_ContinuesAndReportsIt()
    {
        File.Copy(Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo", "ah-tk-20212022-105-demo.txt"), Path.Combine(_temp, "good.txt"));
        File.WriteAllBytes(Path.Combine(_temp, "broken.pdf"), "%PDF-1.4\n garbage"u8.ToArray());
        var r = CliRunner.Run(null, "parse", _temp);
        Assert.Equal(3, r.ExitCode);
        Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("broken.pdf", r.Stderr, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[]> BadInputs() => new()
    {
        { "empty.pdf", [] },
        { "random.bin", Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919 + 13) % 251)).ToArray() },
        { "notkv.txt", "Geachte heer,\nDank voor uw brief.\nMet vriendelijke groet"u8.ToArray() },
        { "dtd.xml", """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><officiele-publicatie>&lol2;</officiele-publicatie>"""u8.ToArray() },
        { "xxe.xml", """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><officiele-publicatie>&e;</officiele-publicatie>"""u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_ExitsNonZeroWithOneStderrLineNamingTheFile(string name, byte[] content)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, content);
        var r = CliRunner.Run(null, "parse", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(name, line, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNestedHtml_EndsWithResultOrTypedError()
    {
        var path = Path.Combine(_temp, "deep.html");
        File.WriteAllText(path, "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Vraag 1" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        var r = CliRunner.Run(null, "parse", path);
        Assert.True(r.ExitCode is 0 or 1, r.Stderr);
        if (r.ExitCode == 1)
        {
            Assert.Contains("deep.html", r.Stderr, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains("GT20", r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        var r = CliRunner.Run(null, "parse", "x.pdf", "--format", "yaml");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void MissingFile_ExitsOneNamingIt()
    {
        var r = CliRunner.Run(null, "parse", Path.Combine(_temp, "nope.pdf"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nope.pdf", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsExamples()
    {
        var r = CliRunner.Run(null, "parse", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("govtext parse ah-tk-20232024-1314.pdf", r.Stdout, StringComparison.Ordinal);
    }
}
