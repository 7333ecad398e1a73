namespace GovText.Language;

/// <summary>One sentence of a CoNLL-U file: word forms with gold UPOS and lemma (multi-word ranges and empty nodes skipped).</summary>
internal sealed record ConlluSentence(string? Id, string[] Forms, UPos[] Tags, string[] Lemmas)
{
    /// <summary>The dependency relation of each token ("_" when absent).</summary>
    public string[] Relations { get; init; } = [];

    /// <summary>The 1-based head of each token (0 for the root or when absent).</summary>
    public int[] Heads { get; init; } = [];
}

/// <summary>A minimal CoNLL-U reader for training and evaluation.</summary>
internal static class ConlluReader
{
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader))
        {
            yield return s;
        }
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader)
    {
        string? id = null;
        var forms = new List<string>();
        var tags = new List<UPos>();
        var lemmas = new List<string>();
        var relations = new List<string>();
        var heads = new List<int>();
        while (true)
        {
            var line = reader.ReadLine();
            if (line is null || line.Length == 0)
            {
                if (forms.Count > 0)
                {
                    yield return new ConlluSentence(id, [.. forms], [.. tags], [.. lemmas]) { Relations = [.. relations], Heads = [.. heads] };
                }

                forms.Clear();
                tags.Clear();
                lemmas.Clear();
                relations.Clear();
                heads.Clear();
                id = null;
                if (line is null)
                {
                    yield break;
                }

                continue;
            }

            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
                {
                    id = line["# sent_id = ".Length..].Trim();
                }
                else if (id is null && line.EndsWith(".xml", StringComparison.Ordinal) && !line.Contains('='))
                {
                    id = line[1..^4].Trim(); // 2017 LassySmall style: "# wiki-659.p.13.s.1.xml"
                }

                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 4 || cols[0].Contains('-') || cols[0].Contains('.'))
            {
                continue;
            }

            forms.Add(cols[1]);
            tags.Add(Enum.TryParse<UPos>(cols[3], out var tag) ? tag : UPos.X);
            lemmas.Add(cols[2]);
            relations.Add(cols.Length > 7 ? cols[7] : "_");
            heads.Add(cols.Length > 6 && int.TryParse(cols[6], out var head) ? head : 0);
        }
    }
}
