using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovText.Parliament;

/// <summary>The grammar of Kamervragen header sentences, shared by every input format.</summary>
internal static partial class HeaderGrammar
{
    /// <summary>"Vragen van het lid X (P) aan de Minister van Y over Z (ingezonden 6 maart 2024)."</summary>
    [GeneratedRegex(@"(?:(?<oral>Mondelinge)\s+)?\bvra(?:gen|ag)\s+van\s+(?:het\s+|de\s+)?(?:leden\s+lid|lid|leden)\s+(?<askers>.+?)\s+aan\s+(?<addr>(?:de|het)\s+.+?)(?:\s+|(?<=\p{Ll}))over(?:\s+|(?=(?:het|de|een|uw|mogelijke)\s))(?<subject>.+?)\s*(?:\((?<dup>(?:ingezonden\s*\(?\s*)+)(?<date>\d{1,2}\s+\p{L}+\s*\d{4})\s*\)(?<period>\.?)|(?=\s*(?:Antwoord|Nader antwoord|Mededeling)\s+van\s)|(?=\n)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline, Patterns.TimeoutMilliseconds)]
    public static partial Regex QuestionSentence();

    /// <summary>"Antwoord van Minister X (P), mede namens … (ontvangen 25 maart 2024)."</summary>
    [GeneratedRegex(@"\b(?<kind>Nader\s+antwoord|Antwoord|Mededeling)\s+van\s+(?:de\s+)?(?<office>minister-president|minister|staatssecretaris)\s+(?<name>[^()]+?)\s*\((?<portfolio>[^()]*?)(?:\)|(?<unclosed>(?=\s*\(ontvangen)))(?<rest>(?:[^()]|\([^()]*\)(?!\s*$))*?)\s*(?:\((?<dup>(?:ontvangen\s*\(?\s*)+)(?<date>\d{1,2}\s+\p{L}+\s*\d{4})\s*\)(?<period>\.?)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline, Patterns.TimeoutMilliseconds)]
    public static partial Regex AnswerSentence();

    /// <summary>"Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1137."</summary>
    [GeneratedRegex(@"Zie\s+ook:?\s+(?:(?:het\s+)?Aanhangsel\s+(?:van\s+de\s+)?Handelingen,?\s*)?vergaderjaar\s+(?<y1>\d{4})\s*[–-]\s*(?<y2>\d{4}),?\s*(?<nrs>(?:(?:nrs?\.?|nummers?)\s*)?\d+(?:\s*(?:,|en)\s*(?:nr\.?\s*)?\d+)*)\.?", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    public static partial Regex SeeAlso();

    [GeneratedRegex(@"Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    public static partial Regex Vergaderjaar();

    [GeneratedRegex(@"\b((?:19|20)\d{2})Z\s?(\d{5})\b", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    public static partial Regex CaseNumber();

    [GeneratedRegex(@"\b(?:19|20)\d{2}D\d{5}\b", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    public static partial Regex DocumentNumber();

    [GeneratedRegex(@"\b(?<kind>ah|kv)-tk-(?<rest>\d{8}-\d+|\d{4}Z\d{5})\b", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    public static partial Regex PublicationId();

    [GeneratedRegex(@"^(?:AH|Aanhangsel(?:\s+nr\.?)?)?\s*(\d{1,5})$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    public static partial Regex AanhangselNumberLine();

    /// <summary>Recognised preamble lines (the printed masthead).</summary>
    [GeneratedRegex(@"^(?:Tweede Kamer der Staten-Generaal\s*2?|Eerste Kamer der Staten-Generaal\s*1?|Vergaderjaar\s+\d{4}\s*[–-]\s*\d{4}|Aanhangsel van de Handelingen|Vragen gesteld door de leden der Kamer,?(?:\s+met de daarop door de)?|regering gegeven antwoorden|met de daarop door de regering gegeven antwoorden)(?:\s+|$)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    public static partial Regex PreambleLine();

    [GeneratedRegex(@"\b(?<office>minister-president|ministers|minister|staatssecretarissen|staatssecretaris)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OfficeWord();

    [GeneratedRegex(@"\s*(?:,|\ben\b)\s+(?:de|het)\s+(?=(?:minister|staatssecretaris)|minister-president)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OfficeSeparator();

    [GeneratedRegex(@"\s*,\s*(?=(?:van|voor)\s)|\s+en\s+(?=(?:van|voor)\s)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PortfolioSeparator();

    [GeneratedRegex(@"^(?<office>minister-president|ministers|minister|staatssecretarissen|staatssecretaris)\b\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, Patterns.TimeoutMilliseconds)]
    private static partial Regex OfficeHead();

    [GeneratedRegex(@"\(([^()]*)\)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s*,\s*|\s+en\s+", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:beiden|beide|allen|alle(?:\s+\w+)?)\s+(.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SharedParty();

    [GeneratedRegex(@"\s+", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    public static partial Regex Whitespace();

    [GeneratedRegex(@"mede[\s-]*namens\s+(?<who>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, Patterns.TimeoutMilliseconds)]
    public static partial Regex OnBehalfOf();

    [GeneratedRegex(@"(\p{L})\s?[´`]", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex SpacingAccent();

    [GeneratedRegex(@"\s*[–-]\s*", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex DashInName();

    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Repairs a spacing acute printed after a letter ("Kostic ´" → "Kostić") and normalises to NFC.</summary>
    public static string RepairAccents(string text)
    {
        var repaired = SpacingAccent().Replace(text, m => m.Groups[1].Value + (m.Value.EndsWith('`') ? "\u0300" : "\u0301"));
        return repaired.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Normalises a person name: whitespace, accents, and spaces around a hyphen ("Faber - Van de Klashorst").</summary>
    public static string NormaliseName(string name)
    {
        var n = RepairAccents(Normalise(name)).Trim(' ', ',', '.');
        return DashInName().Replace(n, "-");
    }

    /// <summary>Splits "de Ministers van X en voor Y" / "de Minister van X en de Staatssecretaris van Y" into singular offices.</summary>
    public static ImmutableArray<string> SplitOffices(string text)
    {
        var s = Normalise(text).TrimEnd('.', ',', ' ');
        s = Regex.Replace(s, @"^(?:de|het|aan de)\s+", string.Empty, RegexOptions.IgnoreCase, Patterns.Timeout);
        var parts = OfficeSeparator().Split(s);
        var result = new List<string>();
        var pending = new List<string>();
        foreach (var raw in parts)
        {
            var part = raw.Trim().TrimEnd(',');
            var m = OfficeHead().Match(part);
            if (!m.Success)
            {
                if (part.Length > 0)
                {
                    result.Add(Capitalise(part));
                }

                continue;
            }

            var office = Singular(m.Groups["office"].Value);
            var rest = m.Groups["rest"].Value.Trim();
            var plural = m.Groups["office"].Value.EndsWith('s') || m.Groups["office"].Value.EndsWith("sen", StringComparison.OrdinalIgnoreCase);
            if (rest.Length == 0 && !office.Equals("Minister-president", StringComparison.OrdinalIgnoreCase))
            {
                pending.Add(office);
                continue;
            }

            var portfolios = plural ? PortfolioSeparator().Split(rest).Select(p => p.Trim()).ToList() : [rest];
            foreach (var p in pending)
            {
                result.Add(p + (portfolios[0].Length > 0 ? " " + portfolios[0] : string.Empty));
            }

            pending.Clear();
            foreach (var p in portfolios)
            {
                result.Add(p.Length > 0 ? office + " " + p : office);
            }
        }

        result.AddRange(pending);
        return [.. result];
    }

    private static string Singular(string office) => office.ToLowerInvariant() switch
    {
        "ministers" => "Minister",
        "staatssecretarissen" => "Staatssecretaris",
        "minister-president" => "Minister-president",
        var o => Capitalise(o),
    };

    public static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Parses the askers list "Mutluer (GroenLinks-PvdA) en Kostić (PvdD)" into names with parties and their offsets in the string.</summary>
    public static List<(string Name, string? Party, int Start, int End)> ParseAskers(string text, out List<string> problems)
    {
        problems = [];
        var result = new List<(string Name, string? Party, int Start, int End)>();
        var pendingFrom = 0;
        var position = 0;
        foreach (Match group in Parenthesised().Matches(text))
        {
            AddNames(text, position, group.Index, result);
            var content = Normalise(group.Groups[1].Value);
            var shared = SharedParty().Match(content);
            var party = shared.Success ? shared.Groups[1].Value : content;
            var pendingCount = result.Count - pendingFrom;
            if (pendingCount == 0)
            {
                problems.Add($"party \"({content})\" follows no name");
            }
            else if (pendingCount > 1 && !shared.Success)
            {
                problems.Add($"party \"({content})\" follows {pendingCount} names without \"beiden\"; given to all of them");
            }

            for (var i = pendingFrom; i < result.Count; i++)
            {
                result[i] = result[i] with { Party = party };
            }

            pendingFrom = result.Count;
            position = group.Index + group.Length;
        }

        AddNames(text, position, text.Length, result);
        for (var i = pendingFrom; i < result.Count; i++)
        {
            problems.Add($"no party printed for \"{result[i].Name}\"");
        }

        return result;
    }

    private static void AddNames(string text, int from, int to, List<(string Name, string? Party, int Start, int End)> result)
    {
        var segment = text[from..to];
        var offset = from;
        foreach (var piece in SplitKeepingOffsets(segment))
        {
            var name = NormaliseName(piece.Text);
            if (name.Length == 0 || name.Equals("en", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            result.Add((name, null, offset + piece.Start, offset + piece.End));
        }
    }

    private static IEnumerable<(string Text, int Start, int End)> SplitKeepingOffsets(string segment)
    {
        var start = 0;
        foreach (Match sep in NameSeparator().Matches(segment))
        {
            yield return Trimmed(segment, start, sep.Index);
            start = sep.Index + sep.Length;
        }

        yield return Trimmed(segment, start, segment.Length);
    }

    private static (string Text, int Start, int End) Trimmed(string s, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(s[start]) || s[start] == ','))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] == ','))
        {
            end--;
        }

        return (s[start..end], start, end);
    }

    /// <summary>Parses number lists such as "3, 4 en 5", "7, 8, 9 10 en 11", "2 t/m 4".</summary>
    public static ImmutableArray<int> ParseNumbers(string text)
    {
        var numbers = new List<int>();
        var matches = Regex.Matches(text, @"\d+|t/m|tot en met|[–-]", RegexOptions.None, Patterns.Timeout);
        var rangeNext = false;
        foreach (Match m in matches)
        {
            if (!char.IsDigit(m.Value[0]))
            {
                rangeNext = numbers.Count > 0;
                continue;
            }

            if (!int.TryParse(m.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 10_000)
            {
                continue;
            }

            if (rangeNext && n > numbers[^1] && n - numbers[^1] <= 100)
            {
                for (var k = numbers[^1] + 1; k <= n; k++)
                {
                    numbers.Add(k);
                }
            }
            else
            {
                numbers.Add(n);
            }

            rangeNext = false;
        }

        return [.. numbers.Distinct()];
    }
}
