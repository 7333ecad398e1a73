using System.Text;
using GovText.Documents;
using GovText.Tests.Infrastructure;

namespace GovText.Tests.Documents;

/// <summary>Helpers for the reader tests: fixture paths and a readable rendering of a document.</summary>
internal static class ReaderTestSupport
{
    public static string FixturePath(string relative) =>
        Path.Combine(SharedCorpus.RepoRoot, "corpus", "fixtures", relative);

    public static byte[] Fixture(string relative) => File.ReadAllBytes(FixturePath(relative));

    public static SourceDocument Read(ISourceReader reader, string relative, ReaderOptions? options = null) =>
        reader.Read(Fixture(relative), Path.GetFileName(relative), options ?? ReaderOptions.Default);

    /// <summary>Lines as "Kind|gap|text" strings (gap is "+" or " ").</summary>
    public static List<string> Render(SourceDocument doc) =>
        doc.Lines.Select(l => $"{l.Kind}|{(l.GapBefore ? "+" : " ")}|{doc.TextOf(l)}").ToList();

    public static string Dump(SourceDocument doc)
    {
        var sb = new StringBuilder();
        foreach (var line in Render(doc))
        {
            sb.AppendLine(line);
        }

        foreach (var m in doc.Markers)
        {
            sb.AppendLine($"marker {m.Number} @{m.Offset} after «{doc.Text[Math.Max(0, m.Offset - 12)..m.Offset]}»");
        }

        foreach (var f in doc.Furniture)
        {
            sb.AppendLine($"furniture {f.Kind} p{f.Page} {f.Text}");
        }

        foreach (var d in doc.Diagnostics)
        {
            sb.AppendLine(d.ToString());
        }

        foreach (var kv in doc.Metadata.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            sb.AppendLine($"meta {kv.Key}={kv.Value}");
        }

        return sb.ToString();
    }
}
