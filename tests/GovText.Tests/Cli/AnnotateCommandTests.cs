using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Cli;

/// <summary>`govtext annotate` as a process: the interface outside checks use (docs/cli.md).</summary>
public sealed class AnnotateCommandTests
{
    [Fact]
    public void Pretokenized_KeepsExactlyTheTokens_TenColumns_BlankLineAfterEachSentence()
    {
        var r = CliRunner.Run("Van Nispen ( SP ) vroeg het op 6 maart 2024 .\nDe Nationale Politie gebruikte Clearview tussen de 51 en 100 keer .\n", "annotate", "--pretokenized");
        Assert.Equal(0, r.ExitCode);
        var blocks = r.Stdout.Replace("\r", string.Empty, StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, blocks.Length);
        var first = blocks[0].Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.Equal(new[] { "Van", "Nispen", "(", "SP", ")", "vroeg", "het", "op", "6", "maart", "2024", "." }, first.Select(c => c[1]));
        Assert.All(first, c => Assert.Equal(10, c.Length));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), first.Select(c => c[0]));
        Assert.All(first, c => Assert.Matches(@"^NER=(?:[BI]-(?:PER|ORG|LOC|MISC)|O)(?:\|Entity=\w+)?$", c[9]));
        Assert.Equal("NER=B-ORG|Entity=Party", first[3][9]);
        Assert.Equal("vragen", first[5][2]);
        Assert.Equal("VERB", first[5][3]);
        Assert.Equal("NER=O|Entity=Date", first[9][9]);
        var second = blocks[1].Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.Equal("NER=B-ORG|Entity=GovernmentBody", second[1][9]);
        Assert.Equal("NER=O|Entity=Quantity", second[6][9]);
    }

    [Fact]
    public void RawText_IsTokenizedAndSplit_JsonFormatToo()
    {
        var conllu = CliRunner.Run("Dit is zin één. Dit is zin twee.", "annotate");
        Assert.Equal(0, conllu.ExitCode);
        Assert.Equal(2, conllu.Stdout.Replace("\r", string.Empty, StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var json = CliRunner.Run("De minister antwoordde op 6 maart 2024.", "annotate", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        Assert.Contains("\"upos\"", json.Stdout, StringComparison.Ordinal);
        Assert.Contains("Date", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInput_EmptyAndControlCharacters_NoError()
    {
        Assert.Equal(0, CliRunner.Run(string.Empty, "annotate").ExitCode);
        Assert.Equal(0, CliRunner.Run("\u0001\u0002 tekst \uD800 meer\n", "annotate").ExitCode);
        Assert.Equal(0, CliRunner.Run("\n\n", "annotate", "--pretokenized").ExitCode);
    }
}
