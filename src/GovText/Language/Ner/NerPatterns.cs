using System.Text.RegularExpressions;

namespace GovText.Language;

/// <summary>
/// Rule-based spotters for dates, money, quantities, document references and laws. They run as regular expressions
/// over the sentence text; each match is widened to whole tokens. Their matches are both candidate spans and
/// features for the statistical tagger.
/// </summary>
internal static partial class NerPatterns
{
    /// <summary>A pattern match over tokens.</summary>
    internal readonly record struct Match(int First, int Count, string Type, float Score);

    private const string Month = "(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\\.|feb\\.|febr\\.|mrt\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept\\.|okt\\.|nov\\.|dec\\.)";
    private const string NumWord = "(?:één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|tientallen|honderden|duizenden)";
    private const string Num = "(?:\\d[\\d.,]*\\d|\\d)";

    private const string Weekday = "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";
    private const string DayDate = "(?:" + Weekday + "\\s*)?\\d{1,2}\\s*" + Month + "(?:\\s*(?:19|20)\\d{2})?";

    [GeneratedRegex(@"(?<![\p{L}\d])(?:tussen\s+" + DayDate + @"\s+en\s+" + DayDate + @"|(?:begin|eind|ultimo|medio|half|voorjaar|najaar|zomer|winter)(?:\s+van)?\s+(?:19|20)\d{2}|\p{L}*jaar\s+(?:19|20)\d{2}\s*[–/-]\s*(?:19|20)?\d{2}|" + DayDate + @"\s+(?:j\.?l\.|aanstaande|a\.s\.))(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateRangeRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s*)?\d{1,2}(?:\s*(?:en|t/m|tot en met|tot|-|–)\s*\d{1,2})?\s*" + Month + @"(?:\s*(?:19|20)\d{2})?(?:\s+j\.?l\.)?|(?:begin |eind |medio |half )?" + Month + @"\s*(?:19|20)\d{2}|\d{1,2}-\d{1,2}-(?:19|20)\d{2})(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:maximaal|ruim|circa|ca\.|bijna|ongeveer|zo'n|minimaal|tot|meer dan|minder dan)\s+)?(?:€\s*" + Num + @"(?:\s*(?:miljoen|miljard|mln\.?|mld\.?|mrd\.?|duizend))?(?:,[-–]+)?|" + Num + @"\s*(?:(?:miljoen|miljard|mln\.|mld\.|duizend)\s*)?(?:euro|cent)\b|" + NumWord + @"\s+(?:(?:miljoen|miljard)\s+)?(?:euro|cent)\b)", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex MoneyRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:ruim|circa|ca\.|bijna|ongeveer|zo'n|meer dan|minder dan|tot|maximaal|minimaal)\s+)?(?:" + Num + @"\s*(?:%|procent(?:punt(?:en)?)?)|" + NumWord + @"\s+procent|tussen\s+(?:de\s+)?(?:" + Num + "|" + NumWord + @")\s+en\s+(?:" + Num + "|" + NumWord + @")\s+\p{L}+|(?:" + Num + "|" + NumWord + @")\s+(?:keer|maal|jaar|maanden|maand|weken|week|dagen|uur|minuten|kilometer|km|kilo|kg|ton|meter|procent)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex QuantityRegex();

    [GeneratedRegex(@"(?:(?:Kamerstuk(?:ken)?|TK|EK)(?:\s+I{1,2})?,?\s*(?:vergaderjaar\s+\d{4}\s*[–/-]\s*\d{4},?\s*)?\d{2}\s?\d{3}(?:[-–]\d+)?(?:\s+[IVXLC]+\b|\s*-\s*[IVXLC]+\b)?(?:,?\s*(?:nr\.?|nummer)\s*\d+)?|Handelingen\s+I{1,2},?\s*(?:vergaderjaar\s+)?\d{4}\s*[–/-]\s*\d{4}(?:,\s*(?:nr\.?\s*)?\d+)?(?:,\s*item\s+\d+)?|Aanhangsel\s*(?:van\s+de\s+)?Handelingen(?:\s+I{1,2})?,?\s*(?:vergaderjaar\s+)?\d{4}\s*[–/-]\s*\d{4}(?:,\s*(?:nr\.?\s*)?\d+)?|(?:Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+\d{4}\s*[–/-]\s*\d{4},\s+\d{2}\s?\d{3}(?:\s+[IVXLC]+)?,\s+nr\.\s*\d+|(?<![\p{L}\d])(?:19|20)\d{2}Z\s?\d{5}(?!\d)|\bah-tk-\d{8}-\d+\b|\bkst-\d+-\d+\b|\b(?:https?://|www\.)\S+[\w/]|(?<![\w.])[a-z][\w-]*(?:\.[\w-]+)*\.(?:nl|com|eu|org|gov|net|int)(?:/\S*[\w/])?(?![\w.]))", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:(?:Algemene\s+)?[Vv]erordening(?:\s+[Gg]egevensbescherming)?|[Rr]ichtlijn|Uitvoeringsverordening|Gedelegeerde\s+[Vv]erordening)\s*\((?:EU|EG|EEG|Euratom)\)\s*(?:[Nn]r\.\s*)?\d{2,4}/\d+(?:/(?:EU|EG|EEG))?|(?:Wet|Besluit|Regeling|Richtlijn|Verordening)(?:\s+(?!(?:de|het|een|is|die|dat|wordt|worden|in|op|te|om|zijn|was|niet|al|ook|of|als|door|bij|aan|met|naar|om|hoe|wat|welke|waarom|wanneer|u|ik|wij|we|genoemde|genoemd|alsook|voorts|en\s+(?:hoe|wat|welke|waarom|wanneer|u|ik|is|zijn|de|het))\b)[a-zà-ÿ][\p{L}-]*){1,7}(?:\s+(?:19|20)\d{2})?|[A-Z][\p{L}-]*(?:wet|besluit|verdrag)(?:\s+(?:19|20)\d{2})?|Algemene\s+[Vv]erordening\s+[Gg]egevensbescherming|Algemene\s+wet\s+bestuursrecht|Wetboek\s+van\s+(?:Strafrecht|Strafvordering|Burgerlijke\s+Rechtsvordering)|Burgerlijk\s+Wetboek)(?![\p{L}\d])", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
    private static partial Regex LawRegex();

    /// <summary>The pattern types, in order of precedence.</summary>
    internal static readonly string[] Types = [NerLabels.DocumentReference, NerLabels.Date, NerLabels.Money, NerLabels.Quantity, NerLabels.Law, NerLabels.Organization, NerLabels.GovernmentBody, NerLabels.Misc];

    /// <summary>Finds all pattern matches in a sentence (may overlap each other).</summary>
    public static List<Match> Find(string source, IReadOnlyList<Token> tokens, IReadOnlyList<string>? forms = null, IReadOnlyList<UPos>? tags = null)
    {
        var result = new List<Match>();
        if (tokens.Count == 0)
        {
            return result;
        }

        var start = tokens[0].Start;
        var end = tokens[^1].End;
        if (end - start > 20_000)
        {
            return result; // pathological input: skip the regexes, the tagger still runs
        }

        var text = source[start..end];

        // Cheap guards: a pattern is only run when the text contains what every one of its alternatives needs
        // (the matches are the same; most sentences skip most patterns).
        var hasDigit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (hasDigit || text.AsSpan().IndexOfAny(s_documentHints) >= 0)
        {
            // every alternative needs a digit, except web addresses and domain names
            Add(result, DocumentRegex(), text, start, tokens, NerLabels.DocumentReference, 0.95f);
        }

        if (hasDigit)
        {
            Add(result, DateRangeRegex(), text, start, tokens, NerLabels.Date, 0.95f);
            Add(result, DateRegex(), text, start, tokens, NerLabels.Date, 0.95f);
        }

        if (text.Contains('€', StringComparison.Ordinal) || text.Contains("euro", StringComparison.Ordinal) || text.Contains("cent", StringComparison.Ordinal))
        {
            Add(result, MoneyRegex(), text, start, tokens, NerLabels.Money, 0.9f);
        }

        if (hasDigit || text.AsSpan().IndexOfAny(s_numberWordHints) >= 0 || text.Contains("één", StringComparison.OrdinalIgnoreCase))
        {
            // every alternative needs a number: digits or a number word
            Add(result, QuantityRegex(), text, start, tokens, NerLabels.Quantity, 0.8f);
        }

        if (LawHint(text))
        {
            Add(result, LawRegex(), text, start, tokens, NerLabels.Law, 0.7f);
        }
        if (forms is not null && tags is not null)
        {
            AddCounted(result, forms, tags);
        }

        if (forms is not null)
        {
            AddNames(result, forms);
            if (tags is not null)
            {
                AddHeadedRuns(result, forms, tags);
            }

            AddTitles(result, forms);
            AddMotions(result, forms);
            AddPersonsByRole(result, forms);
            AddSource(result, forms);
            AddShortReferences(result, forms);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is TokenKind.Url)
            {
                result.Add(new Match(i, 1, NerLabels.DocumentReference, 0.95f));
            }
        }

        return result;
    }

    private static readonly System.Buffers.SearchValues<string> s_documentHints = System.Buffers.SearchValues.Create(
        ["://", "www.", ".nl", ".com", ".eu", ".org", ".gov", ".net", ".int"], StringComparison.Ordinal);

    /// <summary>The number words that hint at a quantity, but for "één" (searched apart: with only ASCII words the search is much faster).</summary>
    private static readonly System.Buffers.SearchValues<string> s_numberWordHints = System.Buffers.SearchValues.Create(
        ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien",
         "vijftien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd", "duizend"],
        StringComparison.OrdinalIgnoreCase);

    private static bool LawHint(string text) =>
        text.Contains("wet", StringComparison.OrdinalIgnoreCase) || text.Contains("besluit", StringComparison.OrdinalIgnoreCase)
        || text.Contains("verdrag", StringComparison.OrdinalIgnoreCase) || text.Contains("regeling", StringComparison.OrdinalIgnoreCase)
        || text.Contains("richtlijn", StringComparison.OrdinalIgnoreCase) || text.Contains("verordening", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> s_numberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
        "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig", "veertig", "vijftig",
        "zestig", "zeventig", "tachtig", "negentig", "honderd", "duizend", "tientallen", "honderden", "duizenden",
        "miljoenen", "tiental", "tientallen", "anderhalf", "driekwart", "tweeduizend", "vijftienduizend",
    };

    private static readonly HashSet<string> s_modifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ruim", "circa", "ca.", "bijna", "ongeveer", "maximaal", "minimaal", "zo'n", "zo’n", "hooguit", "slechts", "tot",
    };

    private static readonly HashSet<string> s_blockers = new(StringComparer.OrdinalIgnoreCase)
    {
        "vraag", "vragen", "artikel", "artikelen", "nr.", "nummer", "antwoord", "lid", "bijlage", "pagina", "p.", "blz.",
        "hoofdstuk", "paragraaf", "onderdeel", "stap", "fase", "niveau", "categorie", "punt", "motie", "zie",
    };

    private static bool IsNumber(string form, UPos tag) =>
        s_numberWords.Contains(form) || (tag == UPos.NUM && form.Length > 0 && char.IsDigit(form[0]) && !IsYear(form));

    private static bool IsYear(string form) =>
        form.Length == 4 && (form.StartsWith("19", StringComparison.Ordinal) || form.StartsWith("20", StringComparison.Ordinal)) && form.All(char.IsDigit);

    /// <summary>Counted quantities: [modifier] number [tot/en/à number] [ADJ…] NOUN ("zeven Turkse vluchtelingen").</summary>
    private static void AddCounted(List<Match> result, IReadOnlyList<string> forms, IReadOnlyList<UPos> tags)
    {
        var n = forms.Count;
        for (var i = 0; i < n; i++)
        {
            if (!IsNumber(forms[i], tags[i]) || (i > 0 && (s_blockers.Contains(forms[i - 1]) || IsNumber(forms[i - 1], tags[i - 1]))))
            {
                continue;
            }

            var start = i;
            if (i > 0 && s_modifiers.Contains(forms[i - 1]))
            {
                start = i - 1;
            }
            else if (i > 1 && forms[i - 1] == "dan" && forms[i - 2] is "meer" or "minder")
            {
                start = i - 2;
            }

            var end = i;
            if (end + 2 < n && forms[end + 1] is "tot" or "en" or "à" or "-" && IsNumber(forms[end + 2], tags[end + 2]))
            {
                end += 2;
            }

            var k = end + 1;
            while (k < n && k - end <= 3 && tags[k] == UPos.ADJ)
            {
                k++;
            }

            if (k < n && tags[k] == UPos.NOUN && k - end <= 3)
            {
                end = k;
            }
            else if (end == i && start == i)
            {
                continue; // a bare number without a counted noun or modifier
            }

            result.Add(new Match(start, end - start + 1, NerLabels.Quantity, 0.6f));
        }
    }

    /// <summary>Head words that type a following run of capitalised words ("Stichting De Roze Leeuw"). Every head, like every company suffix, starts with a capital.</summary>
    private static readonly Dictionary<string, string> s_nameHeads = new(StringComparer.Ordinal)
    {
        ["Stichting"] = NerLabels.Organization, ["Vereniging"] = NerLabels.Organization, ["Federatie"] = NerLabels.Organization,
        ["Coöperatie"] = NerLabels.Organization, ["Genootschap"] = NerLabels.Organization, ["Instituut"] = NerLabels.Organization,
        ["Universiteit"] = NerLabels.Organization, ["Hogeschool"] = NerLabels.Organization, ["Academie"] = NerLabels.Organization,
        ["Ziekenhuis"] = NerLabels.Organization, ["Kenniscentrum"] = NerLabels.Organization, ["Centrum"] = NerLabels.Organization,
        ["Platform"] = NerLabels.Organization, ["Netwerk"] = NerLabels.Organization, ["Bond"] = NerLabels.Organization,
        ["Maatschappij"] = NerLabels.Organization, ["Koninklijke"] = NerLabels.Organization, ["Omroep"] = NerLabels.Organization,
        ["Ministerie"] = NerLabels.GovernmentBody, ["Inspectie"] = NerLabels.GovernmentBody, ["Autoriteit"] = NerLabels.GovernmentBody,
        ["Raad"] = NerLabels.GovernmentBody, ["Commissie"] = NerLabels.GovernmentBody, ["Dienst"] = NerLabels.GovernmentBody,
        ["Agentschap"] = NerLabels.GovernmentBody, ["Rechtbank"] = NerLabels.GovernmentBody, ["Gerechtshof"] = NerLabels.GovernmentBody,
        ["Taskforce"] = NerLabels.GovernmentBody, ["Rijksdienst"] = NerLabels.GovernmentBody, ["Waterschap"] = NerLabels.GovernmentBody,
        ["Programma"] = NerLabels.Misc, ["Actieplan"] = NerLabels.Misc, ["Agenda"] = NerLabels.Misc, ["Nota"] = NerLabels.Misc,
        ["Monitor"] = NerLabels.Misc, ["Conferentie"] = NerLabels.Misc, ["Jaarverslag"] = NerLabels.Misc, ["Strategie"] = NerLabels.Misc, ["Convenant"] = NerLabels.Misc, ["Deltaprogramma"] = NerLabels.Misc,
        ["Wet"] = NerLabels.Law, ["Besluit"] = NerLabels.Law, ["Regeling"] = NerLabels.Law, ["Subsidieregeling"] = NerLabels.Law,
        ["Verordening"] = NerLabels.Law, ["Richtlijn"] = NerLabels.Law, ["Verdrag"] = NerLabels.Law, ["Uitvoeringsbesluit"] = NerLabels.Law,
        ["Kaderbesluit"] = NerLabels.Law, ["Beleidsregel"] = NerLabels.Law, ["Beleidsregels"] = NerLabels.Law,
    };

    private static readonly HashSet<string> s_companySuffixes = new(StringComparer.Ordinal) { "B.V.", "BV", "N.V.", "NV", "Holding", "Group", "Inc.", "Ltd.", "GmbH" };

    private static bool IsCapitalised(string form) => form.Length > 0 && (char.IsUpper(form[0]) || (char.IsDigit(form[0]) && form.Length <= 4));

    private static bool IsNameLink(string form) => form is "van" or "voor" or "de" or "der" or "den" or "het" or "en" or "ter" or "op" or "in" or "&";

    /// <summary>
    /// Name candidates typed by a head word: a head ("Stichting", "Universiteit", "Autoriteit", "Programma", "Wet", …)
    /// followed by capitalised words (links such as "van", "voor", "en" allowed inside), and capitalised runs that end in
    /// a company suffix ("B.V.", "N.V.", "Holding"). Low score: they fill gaps and serve as tagger features.
    /// </summary>
    private static void AddNames(List<Match> result, IReadOnlyList<string> forms)
    {
        var n = forms.Count;
        for (var i = 0; i < n; i++)
        {
            if (forms[i] is not { Length: > 0 } head || !char.IsUpper(head[0]) || !s_nameHeads.TryGetValue(head, out var type))
            {
                continue;
            }

            var j = i + 1;
            var last = i;
            while (j < n)
            {
                if (IsCapitalised(forms[j]))
                {
                    last = j;
                    j++;
                }
                else if (IsNameLink(forms[j]) && j + 1 < n && IsCapitalised(forms[j + 1]) && j - last <= 2)
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (last > i)
            {
                result.Add(new Match(i, last - i + 1, type, 0.65f));
                i = last;
            }
        }

        for (var i = 1; i < n; i++)
        {
            if (forms[i] is not { Length: > 0 } suffix || !char.IsUpper(suffix[0]) || !s_companySuffixes.Contains(suffix) || !IsCapitalised(forms[i - 1]))
            {
                continue;
            }

            var first = i - 1;
            while (first > 0 && IsCapitalised(forms[first - 1]) && first > i - 4)
            {
                first--;
            }

            if (first == 0 && i - first == 1)
            {
                continue;
            }

            result.Add(new Match(first, i - first + 1, NerLabels.Organization, 0.65f));
        }
    }

    private static bool IsNameParticle(string form) => form is "van" or "de" or "der" or "den" or "ten" or "ter" or "te" or "het" or "'t" or "’t" or "la" or "le" or "el" or "al";

    /// <summary>
    /// Motions and amendments named after their movers: "motie Omtzigt", "motie-Van Nispen", "motie Pierik/Olger van Dijk",
    /// "motie Ploumen en Geleijnse", "Motie Knops" (Misc, the word "motie" included).
    /// </summary>
    private static void AddMotions(List<Match> result, IReadOnlyList<string> forms)
    {
        var n = forms.Count;
        for (var i = 0; i < n; i++)
        {
            var f = forms[i] ?? string.Empty;
            bool glued;
            if (f is "motie" or "Motie" or "amendement" or "Amendement")
            {
                glued = false;
            }
            else if ((f.StartsWith("motie", StringComparison.Ordinal) || f.StartsWith("Motie", StringComparison.Ordinal)) && f.Length > 7
                && (char.IsUpper(f[5]) || (f[5] == '-' && char.IsUpper(f[6]))))
            {
                glued = true; // "motie-Van", "motieBikker-Van"
            }
            else
            {
                continue;
            }

            var j = i + 1;
            var last = glued ? i : -1;
            while (j < n && j - i <= 10)
            {
                var w = forms[j] ?? string.Empty;
                if (IsRunWord(w))
                {
                    last = j;
                    j++;
                }
                else if ((IsNameParticle(w) || w is "/" or "en") && j + 1 < n && (IsRunWord(forms[j + 1] ?? string.Empty) || IsNameParticle(forms[j + 1] ?? string.Empty)))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (last >= i && (glued || last > i))
            {
                result.Add(new Match(i, last - i + 1, NerLabels.Misc, 0.75f));
                i = last;
            }
        }
    }

    /// <summary>Office titles whose name is taken only before a bracket or punctuation ("Minister Agema (…)"): the same words
    /// also precede portfolios ("Staatssecretaris Fiscaliteit en Belastingdienst").</summary>
    private static readonly HashSet<string> s_personTitles = new(StringComparer.Ordinal)
    {
        "Minister", "minister", "Staatssecretaris", "staatssecretaris", "commissaris",
    };

    /// <summary>Titles and roles that are followed by a person's name wherever it stands ("professor Shaw die …",
    /// "burgemeester Huri Sahin", "de heer Hans Alders", "president Santokhi").</summary>
    private static readonly HashSet<string> s_personalTitles = new(StringComparer.Ordinal)
    {
        "Minister-President", "Minister-president", "minister-president", "premier", "Premier", "oud-premier", "burgemeester",
        "Burgemeester", "wethouder", "Wethouder", "gedeputeerde", "Gedeputeerde", "president", "President", "oud-president",
        "professor", "Professor", "prof.", "Prof.", "hoogleraar", "dr.", "Dr.", "dhr.", "Dhr.", "mevrouw", "Mevrouw", "mevr.",
        "Mevr.", "Kamerlid", "kamerlid", "oud-Kamerlid", "oud-minister", "Eurocommissaris", "eurocommissaris", "Rijksadviseur",
        "rijksadviseur", "klokkenluider", "koning", "Koning", "koningin", "Koningin", "prins", "Prins", "prinses", "Prinses",
        "paus", "Paus", "kardinaal", "ambassadeur", "generaal", "Generaal", "directeur", "topman", "topvrouw", "woordvoerder",
        "journalist", "activist", "verdachte", "rechter", "officier", "kanselier", "bondskanselier", "Bondskanselier",
    };

    /// <summary>The end (exclusive) of a person name starting at <paramref name="i"/>: capitalised words with particles
    /// ("Van der Plas", "Faber – Van de Klashorst"); <paramref name="i"/> itself when no name starts there.</summary>
    internal static int NameEnd(IReadOnlyList<string> forms, int i)
    {
        var n = forms.Count;
        if (i >= n || !IsRunWord(forms[i] ?? string.Empty))
        {
            return i;
        }

        var j = i;
        var end = i;
        while (j < n && j - i < 6)
        {
            var w = forms[j] ?? string.Empty;
            if (IsRunWord(w))
            {
                j++;
                end = j;
            }
            else if ((IsNameParticle(w) || w is "–" or "-") && j + 1 < n && (IsRunWord(forms[j + 1] ?? string.Empty) || IsNameParticle(forms[j + 1] ?? string.Empty)))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// Persons by their parliamentary role: the names listed after "het lid" / "de leden" ("de leden Mutluer
    /// (GroenLinks-PvdA) en Kostić (PvdD)", "de leden Omtzigt, Alkaya, Azarkan") and a name after an office title that is
    /// followed by a bracket or a comma ("Minister Agema (Volksgezondheid, …)", "Staatssecretaris Gräper-van Koolwijk (…)").
    /// </summary>
    private static void AddPersonsByRole(List<Match> result, IReadOnlyList<string> forms)
    {
        var n = forms.Count;
        for (var i = 0; i + 1 < n; i++)
        {
            var f = forms[i] ?? string.Empty;
            if (f is "lid" or "leden" or "Kamerleden")
            {
                var j = i + 1;
                while (j < n)
                {
                    var end = NameEnd(forms, j);
                    if (end == j)
                    {
                        break;
                    }

                    result.Add(new Match(j, end - j, NerLabels.Person, 0.75f));
                    j = end;
                    if (j < n && forms[j] == "(")
                    {
                        while (j < n && forms[j] != ")" && j - end < 12)
                        {
                            j++;
                        }

                        j++;
                    }

                    if (j + 1 < n && forms[j] is "," or "en" && IsRunWord(forms[j + 1] ?? string.Empty))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                i = Math.Max(i, j - 1);
            }
            else if ((s_personalTitles.Contains(f) || (f == "heer" && i > 0 && forms[i - 1] is "de" or "De")
                || (f.LastIndexOf('-') is > 0 and var h && s_personalTitles.Contains(f[(h + 1)..])))
                && forms[i + 1] is not ("van" or "voor"))
            {
                var end = NameEnd(forms, i + 1);
                if (end > i + 1 && end - i - 1 <= 4)
                {
                    result.Add(new Match(i + 1, end - i - 1, NerLabels.Person, 0.75f)); // "professor Shaw", "DSW-directeur Aad de Groot"
                    i = end - 1;
                }
            }
            else if (s_personTitles.Contains(f) && forms[i + 1] is not ("van" or "voor"))
            {
                var end = NameEnd(forms, i + 1);
                if (end > i + 1 && (end == n || forms[end] is "(" or "," or ")" or "." or ":" or ";"))
                {
                    result.Add(new Match(i + 1, end - i - 1, NerLabels.Person, 0.75f));
                    i = end - 1;
                }
            }
        }
    }

    /// <summary>Capitalised short references to a body named before ("het Hof", "de Staat", "de Commissie").</summary>
    private static readonly HashSet<string> s_shortBodyReferences = new(StringComparer.Ordinal)
    {
        "Hof", "Staat", "Commissie", "Raad", "Inspectie", "Taskforce",
    };

    /// <summary>
    /// A capitalised short reference to a government body after a lowercase word and before no capitalised word ("de
    /// uitspraak van het Hof", "de Staat procedeert"): in the train gold such words inside the sentence are always (part
    /// of) a GovernmentBody. A weak gap filler: longer names ("Raad van State") and the tagger come first.
    /// </summary>
    private static void AddShortReferences(List<Match> result, IReadOnlyList<string> forms)
    {
        for (var i = 1; i < forms.Count; i++)
        {
            if (s_shortBodyReferences.Contains(forms[i] ?? string.Empty) && forms[i - 1] is { Length: > 0 } previous && char.IsLower(previous[0])
                && (i + 1 == forms.Count || !IsCapitalised(forms[i + 1] ?? string.Empty)))
            {
                result.Add(new Match(i, 1, NerLabels.GovernmentBody, 0.55f));
            }
        }
    }

    /// <summary>
    /// The source at the start of a footnote citation: capitalised words (after a footnote number) followed by a comma and
    /// a date ("Turkish Minute, 25 januari 2024, «…»", "Energeia, 5 januari 2024") — an Organization with a weak score
    /// (below the gazetteer, which knows bodies and persons).
    /// </summary>
    private static void AddSource(List<Match> result, IReadOnlyList<string> forms)
    {
        var n = forms.Count;
        var s = 0;
        while (s < n && s < 4 && forms[s] is { Length: > 0 } f && (char.IsDigit(f[0]) && f.Length <= 3 || f is "(" or ")" or "[" or "]" or "?" or "*"))
        {
            s++;
        }

        var c = s;
        while (c < n && c - s < 6 && (IsRunWord(forms[c] ?? string.Empty) || (c > s && (IsRunLink(forms[c] ?? string.Empty) || forms[c] is { Length: > 0 and <= 4 } d && char.IsDigit(d[0])))))
        {
            c++;
        }

        if (c == s || c + 1 >= n || forms[c] != "," || IsRunLink(forms[c - 1] ?? string.Empty))
        {
            return;
        }

        var dated = forms[c + 1] is "d.d." or "dd";
        foreach (var m in result)
        {
            if (m.Type == NerLabels.Date && m.First == c + 1)
            {
                dated = true;
            }
        }

        if (dated)
        {
            result.Add(new Match(s, c - s, NerLabels.Organization, 0.55f));
        }
    }

    /// <summary>Lowercase words for publications, plans and programmes whose title may follow ("rapport «…»",
    /// "programma Kansrijke Start"); words for news items ("bericht", "artikel") are not among them (headlines are no entities).</summary>
    private static readonly HashSet<string> s_titleTriggers = new(StringComparer.Ordinal)
    {
        "rapport", "onderzoeksrapport", "eindrapport", "adviesrapport", "advies", "programma", "actieprogramma", "plan", "actieplan",
        "nota", "notitie", "visie", "strategie", "handreiking", "leidraad", "publicatie", "studie", "boek", "documentaire",
        "campagne", "project", "app", "website", "monitor", "verkenning", "akkoord", "coalitieakkoord", "hoofdlijnenakkoord",
        "convenant", "agenda", "programmabrief", "beleidsbrief", "evaluatie", "rapportage", "tentoonstelling", "podcast",
        "onderzoek", "richtlijn", "kwaliteitskader", "standaard", "manifest", "pilot", "regeerprogramma", "werkagenda",
    };

    /// <summary>
    /// Titles after a word for a publication or programme: the words inside «…», ‘…’ or “…” right after it
    /// (rapport «Leren van twee vuurwerkrampen»), or a run of capitalised words right after it (programma Kansrijke Start).
    /// </summary>
    private static void AddTitles(List<Match> result, IReadOnlyList<string> forms)
    {
        var n = forms.Count;
        for (var i = 0; i + 2 < n; i++)
        {
            if (!s_titleTriggers.Contains(forms[i] ?? string.Empty))
            {
                continue;
            }

            var next = forms[i + 1] ?? string.Empty;
            if (next is "«" or "‘" or "“")
            {
                var close = next == "«" ? "»" : next == "‘" ? "’" : "”";
                var j = i + 2;
                while (j < n && j - i <= 40 && forms[j] != close)
                {
                    j++;
                }

                if (j < n && forms[j] == close && j > i + 2)
                {
                    result.Add(new Match(i + 2, j - i - 2, NerLabels.Misc, 0.7f));
                    i = j;
                }

                continue;
            }

            if (IsRunWord(next))
            {
                var j = i + 2;
                var last = i + 1;
                while (j < n)
                {
                    var f = forms[j] ?? string.Empty;
                    if (IsRunWord(f) || (f.Length > 0 && char.IsDigit(f[0]) && f.Length <= 9))
                    {
                        last = j;
                        j++;
                    }
                    else if (IsRunLink(f) && j + 1 < n && IsRunWord(forms[j + 1] ?? string.Empty))
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                result.Add(new Match(i + 1, last - i, NerLabels.Misc, 0.65f));
                i = last;
            }
        }
    }

    /// <summary>English head words that make a capitalised run an organisation name ("World Economic Forum").</summary>
    private static readonly HashSet<string> s_englishHeads = new(StringComparer.Ordinal)
    {
        "Center", "Centre", "Forum", "Coalition", "Institute", "Foundation", "Association", "Alliance", "Network", "Research",
        "Group", "Bank", "Union", "Organization", "Organisation", "Watch", "International", "Society", "Federation", "Trust",
        "University", "College", "Company", "Corporation", "Council", "Committee", "Agency", "Authority", "Office", "Initiative",
        "Partnership", "Consortium", "Times", "Post", "News", "Journal", "Media", "Press", "Campaign", "Movement", "Lab", "Labs",
    };

    /// <summary>English head words of laws and of other named things ("… Reporting Directive", "Global Biodiversity Framework").</summary>
    private static readonly Dictionary<string, string> s_englishOtherHeads = new(StringComparer.Ordinal)
    {
        ["Act"] = NerLabels.Law, ["Directive"] = NerLabels.Law, ["Regulation"] = NerLabels.Law, ["Convention"] = NerLabels.Law,
        ["Treaty"] = NerLabels.Law, ["Framework"] = NerLabels.Misc, ["Strategy"] = NerLabels.Misc, ["Programme"] = NerLabels.Misc,
        ["Program"] = NerLabels.Misc, ["Conference"] = NerLabels.Misc, ["Summit"] = NerLabels.Misc, ["Declaration"] = NerLabels.Misc,
        ["Standards"] = NerLabels.Misc, ["Guidelines"] = NerLabels.Misc, ["Principles"] = NerLabels.Misc, ["Index"] = NerLabels.Misc,
        ["Report"] = NerLabels.Misc, ["Roadmap"] = NerLabels.Misc, ["Plan"] = NerLabels.Misc, ["Agenda"] = NerLabels.Misc,
    };

    /// <summary>Endings of capitalised compounds that type a name by its head ("Oogvereniging", "Kwaliteitskader …").</summary>
    private static readonly (string Suffix, string Type, bool Alone)[] s_headSuffixes =
    [
        ("vereniging", NerLabels.Organization, true), ("bond", NerLabels.Organization, true), ("federatie", NerLabels.Organization, true),
        ("stichting", NerLabels.Organization, true), ("genootschap", NerLabels.Organization, true), ("coöperatie", NerLabels.Organization, true),
        ("instituut", NerLabels.Organization, false), ("centrum", NerLabels.Organization, false),
        ("autoriteit", NerLabels.GovernmentBody, true), ("inspectie", NerLabels.GovernmentBody, false), ("agentschap", NerLabels.GovernmentBody, true),
        ("raad", NerLabels.GovernmentBody, false), ("dienst", NerLabels.GovernmentBody, false),
        ("programma", NerLabels.Misc, false), ("plan", NerLabels.Misc, false), ("akkoord", NerLabels.Misc, false), ("agenda", NerLabels.Misc, false),
        ("kader", NerLabels.Misc, false), ("nota", NerLabels.Misc, false), ("strategie", NerLabels.Misc, false), ("monitor", NerLabels.Misc, false),
        ("rapport", NerLabels.Misc, false), ("rapportage", NerLabels.Misc, false), ("verslag", NerLabels.Misc, false), ("verkenning", NerLabels.Misc, false),
        ("visie", NerLabels.Misc, false), ("pact", NerLabels.Misc, false), ("beslissing", NerLabels.Misc, false), ("brief", NerLabels.Misc, false),
        ("regeling", NerLabels.Law, false), ("richtlijn", NerLabels.Law, false), ("verordening", NerLabels.Law, false),
        ("besluit", NerLabels.Law, false), ("verdrag", NerLabels.Law, false), ("wet", NerLabels.Law, false),
    ];

    private static readonly HashSet<string> s_titles = new(StringComparer.Ordinal)
    {
        "Minister", "Ministers", "Staatssecretaris", "Staatssecretarissen", "Minister-President", "Minister-president", "Premier",
        "President", "Commissaris", "Burgemeester", "Wethouder", "Gedeputeerde", "Directeur", "Voorzitter", "Director", "Secretary",
    };

    private static bool IsRunLink(string form) => form is "van" or "voor" or "de" or "der" or "den" or "ter" or "en" or "&" or "for" or "of" or "the" or "and" or "on";

    private static bool IsRunWord(string form) => form.Length > 0 && char.IsUpper(form[0]);

    private static bool IsOpening(string form) => form is "." or ":" or "?" or "!" or ";" or "«" or "‘" or "“" or "\"" or "'" or "(" or "[" or "–" or "-" or "•" or "|";

    /// <summary>The type of a head word inside a run: a head of <see cref="s_nameHeads"/>, an English organisation head
    /// (outside quotes), or a capitalised compound with a typing ending; null if none.</summary>
    private static string? HeadType(string form, bool quoted, bool alone)
    {
        if (!alone && s_nameHeads.TryGetValue(form, out var type))
        {
            return type;
        }

        if (!alone && !quoted && s_englishHeads.Contains(form))
        {
            return NerLabels.Organization;
        }

        if (!alone && !quoted && s_englishOtherHeads.TryGetValue(form, out var other))
        {
            return other;
        }

        if (form.Length < 6 || !char.IsUpper(form[0]))
        {
            return null;
        }

        foreach (var (suffix, suffixType, single) in s_headSuffixes)
        {
            if ((single || !alone) && form.Length >= suffix.Length + 3 && form.EndsWith(suffix, StringComparison.Ordinal) && !form.EndsWith("draad", StringComparison.Ordinal))
            {
                return suffixType;
            }
        }

        return null;
    }

    /// <summary>
    /// Runs of capitalised words (links allowed inside) with a head word that is not their first word ("Nederlandse
    /// Vereniging voor Veganisme", "World Economic Forum", "Kwaliteitskader Verpleeghuiszorg") are typed by the head;
    /// a run that starts the sentence, a quotation or a bracket loses its first word unless it is tagged PROPN, and a
    /// coordination ("en", "and") after the head ends the name. A single capitalised compound inside the sentence
    /// with an organisation ending is a name of its own ("Oogvereniging", "Jeugdautoriteit").
    /// </summary>
    private static void AddHeadedRuns(List<Match> result, IReadOnlyList<string> forms, IReadOnlyList<UPos> tags)
    {
        var n = forms.Count;
        var quoted = false;
        for (var i = 0; i < n; i++)
        {
            var form = forms[i] ?? string.Empty;
            if (form is "«" or "‘" or "“")
            {
                quoted = true;
            }
            else if (form is "»" or "’" or "”")
            {
                quoted = false;
            }

            if (!IsRunWord(form))
            {
                continue;
            }

            var start = i;
            var opening = i == 0 || IsOpening(forms[i - 1] ?? string.Empty);
            var j = i + 1;
            while (j < n)
            {
                var f = forms[j] ?? string.Empty;
                if (IsRunWord(f))
                {
                    j++;
                }
                else if (IsRunLink(f) && j + 1 < n && IsRunWord(forms[j + 1] ?? string.Empty))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (opening && tags[start] != UPos.PROPN)
            {
                start++;
            }

            // Office titles are not part of a name ("Staatssecretaris van Fiscaliteit en Belastingdienst").
            for (var k = start; k < j; k++)
            {
                if (s_titles.Contains(forms[k] ?? string.Empty))
                {
                    start = k + 1;
                }
            }

            while (start < j && !IsRunWord(forms[start] ?? string.Empty))
            {
                start++;
            }

            // The head: the first head word of the run. A run that starts with a head of AddNames is left to AddNames;
            // a ministry is named without the adjective before it ("Oekraïense Ministerie van …").
            var head = -1;
            string? type = null;
            for (var k = start; k < j && !(start < j && s_nameHeads.ContainsKey(forms[start] ?? string.Empty)); k++)
            {
                var f = forms[k] ?? string.Empty;
                if (f is "Ministerie")
                {
                    break;
                }

                if (HeadType(f, quoted, alone: false) is { } t && (k > start || j - start > 1))
                {
                    head = k;
                    type = t;
                    break;
                }
            }

            if (head > start && s_nameHeads.ContainsKey(forms[head] ?? string.Empty))
            {
                // Before a Dutch head word only adjectives belong to the name ("Sociaal Economische Raad", not
                // "Militaire Ambtenarenkamer Rechtbank …").
                for (var k = start; k < head; k++)
                {
                    if (tags[k] != UPos.ADJ)
                    {
                        start = head;
                    }
                }
            }

            if (head >= 0 && type is not null)
            {
                var end = j;
                for (var k = head + 1; k < j; k++)
                {
                    if (forms[k] is "en" or "and")
                    {
                        end = k;
                        break;
                    }
                }

                while (end > start && !IsRunWord(forms[end - 1] ?? string.Empty))
                {
                    end--;
                }

                if (end - start > 2 || (end - start == 2 && tags[start] != UPos.ADJ))
                {
                    result.Add(new Match(start, end - start, type, 0.65f));
                }
            }
            else if (j - i == 1 && !opening && HeadType(form, quoted, alone: true) is { } single)
            {
                result.Add(new Match(i, 1, single, 0.65f));
            }

            i = j - 1;
        }
    }

    private static void Add(List<Match> result, Regex regex, string text, int offset, IReadOnlyList<Token> tokens, string type, float score)
    {
        foreach (System.Text.RegularExpressions.Match m in regex.Matches(text))
        {
            var s = offset + m.Index;
            var e = s + m.Length;
            var first = -1;
            var last = -1;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].End > s && tokens[i].Start < e)
                {
                    if (first < 0)
                    {
                        first = i;
                    }

                    last = i;
                }
            }

            if (first >= 0)
            {
                result.Add(new Match(first, last - first + 1, type, score));
            }
        }
    }
}
