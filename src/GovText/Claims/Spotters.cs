using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GovText.Parliament;

namespace GovText.Claims;

/// <summary>Pattern spotters for quantities, time expressions, entities/aliases and predicates.</summary>
internal static partial class Spotters
{
    private static readonly Lazy<ImmutableArray<(string Canonical, Regex Pattern, string Type)>> s_aliases = new(LoadAliases);
    private static readonly Lazy<ImmutableArray<(Regex Pattern, string Canonical)>> s_predicates = new(LoadPredicates);
    private static readonly Lazy<Regex> s_ministerMention = new(BuildMinisterMention);

    private static readonly Dictionary<string, int> s_months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["januari"] = 1, ["februari"] = 2, ["maart"] = 3, ["april"] = 4, ["mei"] = 5, ["juni"] = 6,
        ["juli"] = 7, ["augustus"] = 8, ["september"] = 9, ["oktober"] = 10, ["november"] = 11, ["december"] = 12,
    };

    /// <summary>A cheap test before a costly pattern: whether the text contains one of the words the pattern needs.</summary>
    private static bool Mentions(string text, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number (1–12) of a Dutch month name ("maart" → 3), or 0.</summary>
    internal static int MonthNumber(string name) => s_months.GetValueOrDefault(name);

    public static ImmutableArray<QuantityMention> Quantities(string text)
    {
        var result = ImmutableArray.CreateBuilder<QuantityMention>();
        var taken = new List<(int, int)>();
        void Add(Group m, double min, double? max, string? unit)
        {
            if (taken.Any(t => m.Index < t.Item2 && m.Index + m.Length > t.Item1))
            {
                return;
            }

            taken.Add((m.Index, m.Index + m.Length));
            result.Add(new QuantityMention(m.Value.Trim(), min, max, unit, m.Index));
        }

        foreach (Match m in text.Contains(':', StringComparison.Ordinal) || Mentions(text, " uur") ? ClockTime().Matches(text) : Enumerable.Empty<Match>())
        {
            // "tussen 16.40 uur en 19.05 uur", "om 14:00": a time of day, not an amount ("40 uur" was read from "16.40 uur").
            taken.Add((m.Index, m.Index + m.Length));
        }

        foreach (Match m in Mentions(text, " per ", "elk", "ieder", "lijks") ? Frequency().Matches(text) : Enumerable.Empty<Match>())
        {
            // "minstens één keer per week", "een ronde per uur", "elk jaar", "maandelijkse metingen": a rate, in its period.
            var per = m.Groups["per"].Value.ToLowerInvariant();
            var period = per switch
            {
                "dagelijks" or "dagelijkse" => "dag",
                "wekelijks" or "wekelijkse" => "week",
                "maandelijks" or "maandelijkse" => "maand",
                "jaarlijks" or "jaarlijkse" => "jaar",
                _ => per,
            };
            var w = m.Groups["n"].Value.ToLowerInvariant();
            var n = (w is "" or "een" or "één" or "elk" or "elke" or "ieder" or "iedere" ? 1 : NumberOrWord(w)) * Multiplier(m.Groups["mult"].Value);
            Add(m, n, n, "per " + period);
        }

        foreach (Match m in Range().Matches(text))
        {
            if ((YearLike().IsMatch(m.Groups["a"].Value) && YearLike().IsMatch(m.Groups["b"].Value)) || MonthNumber(m.Groups["unit"].Value.ToLowerInvariant()) > 0)
            {
                continue; // "tussen 2019 en 2023", "tussen 15 en 20 juli": a period, not an amount
            }

            Add(m, Number(m.Groups["a"].Value), Number(m.Groups["b"].Value), Unit(m.Groups["unit"].Value));
        }

        foreach (Match m in Mentions(text, " tot ", " en ", " à ", " – ") ? RangeTo().Matches(text) : Enumerable.Empty<Match>())
        {
            // "negen tot twaalf maanden", "10 tot 15 procent", "tussen twee en vier weken", "3 à 4 miljoen euro": a range in
            // words or with "tot"; years ("2019 tot 2023") are a period, not an amount.
            if (YearLike().IsMatch(m.Groups["a"].Value) && YearLike().IsMatch(m.Groups["b"].Value))
            {
                continue;
            }

            var multiplier = Multiplier(m.Groups["mult"].Value);
            Add(m, NumberOrWord(m.Groups["a"].Value.ToLowerInvariant()) * multiplier, NumberOrWord(m.Groups["b"].Value.ToLowerInvariant()) * multiplier, Unit(m.Groups["unit"].Value));
        }

        foreach (Match m in text.Contains('%', StringComparison.Ordinal) ? Percent().Matches(text) : Enumerable.Empty<Match>())
        {
            // "40%", "ruim 12,5%", "meer dan 60 %": a share written with the sign, as official texts do.
            var (min, max) = Bounded(m.Groups["dir"].Value, Number(m.Groups["n"].Value));
            Add(m, min, max, "procent");
        }

        foreach (Match m in MoreThan().Matches(text))
        {
            // "bijna 400 Oekraïense vluchtelingen" counts the "vluchtelingen"; "bijna 9.999 ingeschreven" counts no participle.
            var (min, max) = Bounded(m.Groups["dir"].Value, NumberOrWord(m.Groups["n"].Value.ToLowerInvariant()) * Multiplier(m.Groups["mult"].Value));
            Add(m, min, max, SeparableParticiple().IsMatch(m.Groups["unit"].Value) ? null : Unit(m.Groups["unit"].Value));
        }

        foreach (Match m in Vague().Matches(text))
        {
            var (min, max) = m.Groups["w"].Value.ToLowerInvariant() switch
            {
                "tientallen" => (20d, (double?)99),
                "honderden" => (200d, 999d),
                "duizenden" => (2000d, 9999d),
                "enkele" or "een paar" => (2d, 9d),
                "meerdere" or "verschillende" or "diverse" => (2d, null),
                _ => (1d, null),
            };
            Add(m, min, max, Unit(m.Groups["unit"].Value));
        }

        foreach (Match m in Counted().Matches(text))
        {
            var n = Number(m.Groups["n"].Value) * Multiplier(m.Groups["mult"].Value);
            Add(m, n, n, Unit(m.Groups["unit"].Value));
        }

        foreach (Match m in Money().Matches(text))
        {
            var n = Number(m.Groups["n"].Value) * Multiplier(m.Groups["mult"].Value);
            Add(m, n, n, "euro");
        }

        foreach (Match m in CountedNoun().Matches(text))
        {
            // "211 van zulke lijsten", "40 controles", "3.500 passagiers": a number counting the plural noun after it. A
            // year is no count ("in februari 2023 waarschuwden …"), nor is a number after a reference word ("artikel 5").
            if (YearLike().IsMatch(m.Groups["n"].Value) || NotCountedReference().IsMatch(text[..m.Index]) || s_notCountNouns.Contains(m.Groups["unit"].Value)
                || SeparableParticiple().IsMatch(m.Groups["unit"].Value))
            {
                continue; // not "15 opgenomen", "15 doorgegeven": a participle, not the thing counted
            }

            var n = Number(m.Groups["n"].Value) * Multiplier(m.Groups["mult"].Value);
            Add(m, n, n, m.Groups["unit"].Value.ToLowerInvariant());
        }

        foreach (Match m in Amount().Matches(text))
        {
            // "9,9 miljoen" (it was 9 "miljoen", the decimals lost): the amount, without a unit.
            var n = Number(m.Groups["n"].Value) * Multiplier(m.Groups["mult"].Value);
            Add(m, n, n, null);
        }

        foreach (Match m in CountedByWord().Matches(text))
        {
            // "zes middelbare scholen", "Zeven panden", "honderden asielzoekers", "een handvol woningen"; not the idiom "in
            // acht nemen" ("dat de regels in acht nemen").
            if (s_notCountNouns.Contains(m.Groups["unit"].Value) || (m.Groups["w"].Value.Equals("acht", StringComparison.OrdinalIgnoreCase) && InAcht().IsMatch(text[..m.Index])))
            {
                continue;
            }

            var word = m.Groups["w"].Value.ToLowerInvariant();
            var (min, max) = word switch
            {
                "tientallen" => (20d, (double?)99),
                "honderden" => (200d, 999d),
                "duizenden" => (2000d, 9999d),
                "tienduizenden" => (20_000d, 99_999d),
                "honderdduizenden" => (200_000d, 999_999d),
                "miljoenen" => (2e6, 999e6),
                "een handvol" => (2d, 9d),
                _ => s_numberWords.TryGetValue(word, out var v) ? (v, (double?)v) : (1d, null),
            };
            Add(m, min, max, m.Groups["unit"].Value.ToLowerInvariant());
        }

        foreach (Match m in Partitive().Matches(text))
        {
            // "214 van de ruim 600 dossiers", "twee van de gekapte percelen", "Bij 71 van de 112 zaken": a part of a whole.
            var w = m.Groups["n"].Value;
            var n = NumberOrWord(w);
            if (!YearLike().IsMatch(w) && !NotCountedReference().IsMatch(text[..m.Index]))
            {
                Add(m, n, n, null); // not "artikel 9 van de Wet", "vraag 6 van de D66-fractie": a reference
            }
        }

        foreach (Match m in Fraction().Matches(text))
        {
            // "Ruim een derde van de ritten", "de helft", "drie kwart": a proportion.
            var f = m.Groups["f"].Value.ToLowerInvariant();
            var value = f.EndsWith("helft", StringComparison.Ordinal) ? 0.5 : f.EndsWith("kwart", StringComparison.Ordinal) ? (f.StartsWith("drie", StringComparison.Ordinal) ? 0.75 : 0.25)
                : f.EndsWith("derde", StringComparison.Ordinal) ? (f.StartsWith("twee", StringComparison.Ordinal) ? 2.0 / 3 : 1.0 / 3) : 0.2;
            Add(m, value, value, "fraction");
        }

        foreach (Match m in Multiple().Matches(text))
        {
            // "twee keer gecontroleerd", "drie keer zoveel als een jaar eerder".
            var w = m.Groups["n"].Value;
            var n = NumberOrWord(w);
            Add(m, n, n, "keer");
        }

        foreach (Match m in Duration().Matches(text))
        {
            // "langer dan twaalf weken", "gemiddeld 11 maanden", "minstens anderhalf jaar", "een half jaar": a duration, in its unit.
            var w = m.Groups["n"].Value.ToLowerInvariant();
            var n = w switch
            {
                "anderhalf" => 1.5,
                "een half" or "half" => 0.5,
                "tweeënhalf" => 2.5,
                "drieënhalf" => 3.5,
                "vierenhalf" => 4.5,
                "vijfenhalf" => 5.5,
                "een heel" or "een hele" => 1,
                "een" or "één" => 1,
                _ => NumberOrWord(w),
            };
            var unit = m.Groups["u"].Value.ToLowerInvariant() switch
            {
                "jaar" or "jaren" => "jaar",
                "maand" or "maanden" => "maand",
                "week" or "weken" => "week",
                "dag" or "dagen" => "dag",
                "minuut" or "minuten" => "minuut",
                "nacht" => "nacht",
                "seizoen" => "seizoen",
                _ => "uur",
            };
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            var atLeast = dir.StartsWith("langer", StringComparison.Ordinal) || dir.StartsWith("meer", StringComparison.Ordinal) || dir.StartsWith("minstens", StringComparison.Ordinal) || dir.StartsWith("ruim", StringComparison.Ordinal) || dir.StartsWith("ten minste", StringComparison.Ordinal);
            var atMost = dir.StartsWith("korter", StringComparison.Ordinal) || dir.StartsWith("minder", StringComparison.Ordinal) || dir.StartsWith("binnen", StringComparison.Ordinal) || dir.StartsWith("hooguit", StringComparison.Ordinal) || dir.StartsWith("maximaal", StringComparison.Ordinal);
            Add(m, atMost ? 0 : n, atLeast ? null : n, unit);
        }

        foreach (Match m in Mentions(text, "lang", "uren", "minuten", "dagen", "weken", "maanden", "jaren") ? VagueDuration().Matches(text) : Enumerable.Empty<Match>())
        {
            // "jarenlang", "al maanden", "pas weken later": a duration of at least two of its unit, not a count.
            var u = m.Groups["u"].Value.ToLowerInvariant();
            var unit = u.StartsWith("jar", StringComparison.Ordinal) ? "jaar" : u.StartsWith("maand", StringComparison.Ordinal) ? "maand"
                : u.StartsWith("we", StringComparison.Ordinal) ? "week" : u.StartsWith("dag", StringComparison.Ordinal) ? "dag" : u.StartsWith("min", StringComparison.Ordinal) ? "minuut" : "uur";
            Add(m, 2, null, unit);
        }

        foreach (Match m in Mentions(text, "meter", "kilo", "hectare", "ton", "liter", "kuub", "procent", "decibel", "graden") ? MeasureByWord().Matches(text) : Enumerable.Empty<Match>())
        {
            // "ruim acht kilometer", "ruim tweehonderd meter hoog": a measure written in words.
            var w = m.Groups["n"].Value.ToLowerInvariant();
            var n = w is "een" or "één" ? 1 : NumberOrWord(w);
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            var more = dir.StartsWith("ruim", StringComparison.Ordinal) || dir.StartsWith("meer", StringComparison.Ordinal) || dir.StartsWith("minstens", StringComparison.Ordinal);
            Add(m, n, more ? null : n, m.Groups["unit"].Value.ToLowerInvariant());
        }

        foreach (Match m in Mentions(text, "meerderheid", "merendeel", "gros", "deel") ? Majority().Matches(text) : Enumerable.Empty<Match>())
        {
            // "de overgrote meerderheid van de slachtingen", "het merendeel van de klachten": a proportion above one half.
            Add(m, 0.5, 1, "fraction");
        }

        foreach (Match m in Mentions(text, "er ") ? QuantitativeEr().Matches(text) : Enumerable.Empty<Match>())
        {
            // "Over het hele jaar waren het er 41", "zijn er inmiddels 85 hersteld": a count of the things named before.
            var w = m.Groups["n"].Value.ToLowerInvariant();
            if (!YearLike().IsMatch(w))
            {
                var n = NumberOrWord(w);
                Add(m.Groups["n"], n, n, null);
            }
        }

        void AddNumber(Group g, double min, double? max, string? unit)
        {
            if (!YearLike().IsMatch(g.Value))
            {
                Add(g, min, max, unit); // a bare number inside a longer match: only the number is the quantity
            }
        }

        foreach (Match m in Mentions(text, " naar ") ? FromTo().Matches(text) : Enumerable.Empty<Match>())
        {
            // "daalde in vijf jaar van 210 naar 164", "van 58 in 2023 naar 31 in 2025", "van vijf naar drie": both ends of a
            // change are amounts (a move between years, "van 2019 naar 2023", is no change of amount).
            if (!(YearLike().IsMatch(m.Groups["a"].Value) && YearLike().IsMatch(m.Groups["b"].Value)))
            {
                var unit = m.Groups["unit"].Success ? Unit(m.Groups["unit"].Value) : null;
                foreach (var end in new[] { m.Groups["a"], m.Groups["b"] })
                {
                    var n = NumberOrWord(end.Value.ToLowerInvariant());
                    AddNumber(end, n, n, unit);
                }
            }
        }

        foreach (Match m in BareReferenceNumber().Matches(text))
        {
            // "onder de jaarnorm van 40", "een landelijk gemiddelde van veertien", "bedoeld voor 400", "twee man in plaats van
            // zes", "waarvan negen met gewonden", "boven de 500": a bare number that the sentence compares or counts.
            var n = NumberOrWord(m.Groups["n"].Value.ToLowerInvariant());
            var dir = m.Groups["dir"].Value.ToLowerInvariant();
            AddNumber(m.Groups["n"], dir == "onder" ? 0 : n, dir == "boven" ? null : n, null);
        }

        foreach (Match m in Zero().Matches(text))
        {
            if (m.Groups["unit"].Success && s_uncountedAfterGeen.Contains(m.Groups["unit"].Value))
            {
                continue;
            }

            Add(m, 0, 0, m.Groups["unit"].Success ? m.Groups["unit"].Value : (m.Value.Contains("nooit", StringComparison.OrdinalIgnoreCase) ? "keer" : null));
        }

        return [.. result.OrderBy(q => q.Start)];
    }

    public static ImmutableArray<TimeReference> Times(string text)
    {
        var result = ImmutableArray.CreateBuilder<TimeReference>();
        foreach (Match m in DateOrMonth().Matches(text))
        {
            var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var month = s_months[m.Groups["m"].Value];
            if (m.Groups["d"].Success && int.TryParse(m.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                var d = new DateOnly(year, month, day);
                result.Add(new TimeReference(m.Value.Trim(), d, d));
            }
            else
            {
                result.Add(new TimeReference(m.Value.Trim(), new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))));
            }
        }

        foreach (Match m in YearOnly().Matches(text))
        {
            if (result.Any(r => r.Text.Contains(m.Groups["y"].Value, StringComparison.Ordinal)))
            {
                continue;
            }

            var y = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
            var part = m.Value.TrimStart()[..m.Value.TrimStart().IndexOf(' ', StringComparison.Ordinal)].ToLowerInvariant();
            var (from, to) = part switch
            {
                // "eind 2022" is the last quarter, "begin 2023" the first, "medio 2021" the middle months.
                "eind" => (new DateOnly(y, 10, 1), new DateOnly(y, 12, 31)),
                "begin" => (new DateOnly(y, 1, 1), new DateOnly(y, 3, 31)),
                "medio" => (new DateOnly(y, 5, 1), new DateOnly(y, 8, 31)),
                _ => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
            };
            result.Add(new TimeReference(m.Value.Trim(), from, to));
        }

        return result.ToImmutable();
    }

    /// <summary>True for relative time words that refer to an earlier moment set by the context.</summary>
    public static Match Relative(string text) => RelativeTime().Match(text);

    public static ImmutableArray<EntityMention> Entities(string text)
    {
        var result = ImmutableArray.CreateBuilder<EntityMention>();
        var taken = new List<(int, int)>();
        foreach (var (canonical, pattern, type) in s_aliases.Value)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (taken.Any(t => m.Index < t.Item2 && m.Index + m.Length > t.Item1))
                {
                    continue;
                }

                if (canonical == "Nationale Politie" && ForeignBefore().Match(text[..m.Index]) is { Success: true } foreign)
                {
                    // "de Belgische politie" is not the Dutch national police.
                    // Its members are the same body: "twee Belgische rechercheurs" and "de Belgische politie" are both
                    // "Belgische politie".
                    taken.Add((foreign.Index, m.Index + m.Length));
                    result.Add(new EntityMention(text[foreign.Index..(m.Index + m.Length)], foreign.Value.Trim() + " politie", "GovernmentBody", foreign.Index));
                    continue;
                }

                taken.Add((m.Index, m.Index + m.Length));
                result.Add(new EntityMention(m.Value, canonical, type, m.Index));
            }
        }

        foreach (Match m in ProperName().Matches(text))
        {
            if (m.Index == 0 || taken.Any(t => m.Index < t.Item2 && m.Index + m.Length > t.Item1) || Lexicon.Embedded("ministries").Entries.Any(e => e.Pattern.IsMatch(m.Value))
                || IsSentenceStart(text, m.Index) || (!m.Value.Contains(' ', StringComparison.Ordinal) && (Adjective().IsMatch(m.Value) || s_commonCapitalised.Contains(m.Value))))
            {
                continue; // nationality adjectives ("Nederlandse"), sentence-initial function words ("En")
            }

            taken.Add((m.Index, m.Index + m.Length));
            result.Add(new EntityMention(m.Value, m.Value, "Misc", m.Index));
        }

        return [.. result.OrderBy(e => e.Start)];
    }

    /// <summary>The canonical predicate of the first predicate pattern found, with its position.</summary>
    public static (string Canonical, int Start, int Length)? Predicate(string text)
    {
        (string, int, int)? best = null;
        foreach (var (pattern, canonical) in s_predicates.Value)
        {
            var m = pattern.Match(text);
            if (m.Success && (best is null || m.Index < best.Value.Item2 || (m.Index == best.Value.Item2 && m.Length > best.Value.Item3)))
            {
                best = (canonical, m.Index, m.Length);
            }
        }

        return best;
    }

    /// <summary>Minister/state-secretary mentions with office and name: "minister voor Rechtsbescherming Sander Dekker".</summary>
    public static IEnumerable<(int Start, int Length, string? Office, string? Name)> Ministers(string text)
    {
        foreach (Match m in s_ministerMention.Value.Matches(text))
        {
            var title = HeaderGrammar.Capitalise(m.Groups["title"].Value.ToLowerInvariant());
            string? office = m.Groups["portfolio"].Success ? $"{title} {m.Groups["prep"].Value.ToLowerInvariant()} {m.Groups["portfolio"].Value}" : null;
            if (office is null && m.Groups["portfolio2"].Success)
            {
                office = $"{title} ({m.Groups["portfolio2"].Value})";
            }

            var name = m.Groups["name"].Success ? m.Groups["name"].Value : null;
            yield return (m.Index, m.Length, office ?? title, name);
        }
    }

    private static readonly Dictionary<string, double> s_numberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twee"] = 2, ["drie"] = 3, ["vier"] = 4, ["vijf"] = 5, ["zes"] = 6, ["zeven"] = 7, ["acht"] = 8, ["negen"] = 9, ["tien"] = 10,
        ["elf"] = 11, ["twaalf"] = 12, ["dertien"] = 13, ["veertien"] = 14, ["vijftien"] = 15, ["zestien"] = 16, ["zeventien"] = 17,
        ["achttien"] = 18, ["negentien"] = 19, ["twintig"] = 20, ["dertig"] = 30, ["veertig"] = 40, ["vijftig"] = 50, ["zestig"] = 60,
        ["zeventig"] = 70, ["tachtig"] = 80, ["negentig"] = 90, ["honderd"] = 100, ["tweehonderd"] = 200, ["driehonderd"] = 300,
        ["vierhonderd"] = 400, ["vijfhonderd"] = 500, ["duizend"] = 1000, ["één"] = 1,
    };

    /// <summary>Words after a number that are not counted things: verbs, function words, time units as durations.</summary>
    private static readonly HashSet<string> s_notCountNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "zijn", "waren", "hebben", "hadden", "worden", "werden", "kunnen", "konden", "moeten", "moesten", "zullen", "zouden",
        "gaan", "gingen", "komen", "kwamen", "blijken", "bleken", "staan", "stonden", "liggen", "lagen", "geven", "gaven",
        "tussen", "boven", "onder", "buiten", "binnen", "tegen", "volgens", "sinds", "tijdens", "wegens", "dankzij",
        "https", "http", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "uren", "minuten", "seconden", "dagen", "weken", "maanden", "jaren", "eeuwen", "procent", "keren", "euro", "cent", "ons",
        "hen", "hun", "deze", "dezen", "allen", "beiden", "anderen", "meer", "minder", "ten", "uit", "alles",
    };

    private static readonly HashSet<string> s_commonCapitalised = new(StringComparer.Ordinal)
    {
        "En", "Het", "De", "Dat", "Deze", "Die", "Dit", "Zo", "Ook", "Maar", "Als", "Om", "Na", "In", "Op", "Een", "Er", "Wel", "Niet", "Geen",
        "Update", "Rapport", "Volgens", "Noch", "Tot", "Uit", "Bij", "Voor", "Naast", "Zelfs", "Tegen", "Alleen", "Nieuw", "Eerst", "Verder",
    };

    private static bool IsSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 0 && text[i] is '.' or '“' or '"' or '«' or '‘' or ':' or '?' or '!';
    }

    /// <summary>A number written in digits ("870", "4.200") or as a word ("zeventien"); an unknown word counts one.</summary>
    private static double NumberOrWord(string s) => char.IsAsciiDigit(s[0]) ? Number(s) : s_numberWords.GetValueOrDefault(s, 1);

    private static double Number(string s)
    {
        var t = s.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
    }

    private static double Multiplier(string s) => s.ToLowerInvariant() switch
    {
        "duizend" => 1e3,
        "miljoen" => 1e6,
        "miljard" => 1e9,
        _ => 1,
    };

    /// <summary>
    /// The bounds a direction word gives a number: at least ("meer dan", "ruim", "ten minste", "minimaal"), at most ("minder
    /// dan", "maximaal", "hooguit", "bijna") or about it (none, "ongeveer", "circa").
    /// </summary>
    private static (double Min, double? Max) Bounded(string direction, double n)
    {
        var dir = direction.ToLowerInvariant();
        return dir.StartsWith("meer", StringComparison.Ordinal) || dir.StartsWith("ruim", StringComparison.Ordinal) || dir.StartsWith("ten", StringComparison.Ordinal) || dir.StartsWith("minimaal", StringComparison.Ordinal)
            ? (n, null)
            : dir.StartsWith("minder", StringComparison.Ordinal) || dir.StartsWith("maximaal", StringComparison.Ordinal) || dir.StartsWith("hooguit", StringComparison.Ordinal) || dir.StartsWith("bijna", StringComparison.Ordinal)
                ? (0, n)
                : (n, n);
    }

    private static string? Unit(string s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToLowerInvariant() switch
    {
        "keren" or "maal" => "keer",
        "%" => "procent",
        "jaren" => "jaar",
        "maanden" => "maand",
        "weken" => "week",
        "dagen" => "dag",
        "uren" => "uur",
        "minuten" => "minuut",
        var u => u,
    };

    private static ImmutableArray<(string, Regex, string)> LoadAliases()
    {
        var lines = ReadLexiconLines("entity-aliases");
        var result = ImmutableArray.CreateBuilder<(string, Regex, string)>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            var type = parts[0] is "Nationale Politie" or "Tweede Kamer" or "FBI" || parts[0].StartsWith("Ministerie", StringComparison.Ordinal) ? "GovernmentBody" : "Organization";
            result.Add((parts[0], new Regex(parts[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout), type));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<(Regex, string)> LoadPredicates()
    {
        var result = ImmutableArray.CreateBuilder<(Regex, string)>();
        foreach (var line in ReadLexiconLines("predicates"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            var canonical = parts[1].Split('|')[0].Trim();
            result.Add((new Regex(parts[0], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Patterns.Timeout), canonical));
        }

        return result.ToImmutable();
    }

    private static Regex BuildMinisterMention()
    {
        // The full portfolios, then the short names news reports use ("de minister van Volksgezondheid"), longest first.
        var portfolios = ReadLexiconLines("ministries").Concat(ReadLexiconLines("ministries-short"))
            .Select(l => Regex.Escape(l.Split('\t')[0])).OrderByDescending(p => p.Length);
        var alt = string.Join('|', portfolios);
        // A name after the title starts with a capital: a lower-case "van" right after the title names an office
        // ("minister van Volksgezondheid"), a capitalised one a surname ("minister Van Hijum").
        return new Regex(
            @"\b(?:(?:demissionair|toenmalig|voormalig|oud-)\s*)?(?<title>[Mm]inister|[Ss]taatssecretaris|[Mm]inister-[Pp]resident|[Pp]remier)\b" +
            @"(?:\s+(?<prep>van|voor)\s+(?<portfolio>" + alt + @")\b)?" +
            @"(?:\s+(?<name>(?:[A-Z][\p{L}'’-]+\s+){1,2}(?:(?:van|de|der|den|ter|ten)\s+){0,2}[A-Z][\p{L}'’-]+|(?:(?:Van|De|Der|Den|Ter|Ten)\s+)(?:(?:de|der|den)\s+)?[A-Z][\p{L}'’-]+|[A-Z][\p{L}'’-]+))?" +
            @"(?:\s+\((?<portfolio2>" + alt + @")\))?",
            RegexOptions.CultureInvariant,
            Patterns.Timeout);
    }

    internal static IEnumerable<string> ReadLexiconLines(string name)
    {
        var assembly = typeof(Spotters).Assembly;
        using var stream = assembly.GetManifestResourceStream("GovText.Lexicons." + name + ".tsv")
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"\btussen\s+(?:de\s+)?(?<a>\d+(?:\.\d+)*(?:,\d+)?)\s+en\s+(?<b>\d+(?:\.\d+)*(?:,\d+)?)(?:\s?(?<unit>%)|\s+(?<unit>(?-i:keer|keren|maal|procent|\p{Ll}+)))?", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Range();

    /// <summary>A number in digits ("12", "3.500", "2,5") or in words ("negen", "één"), for ranges.</summary>
    /// <summary>A number in digits with thousands separators and decimals, Dutch style: "870", "640.000", "12.345,6" (never a trailing full stop).</summary>
    private const string DigitNumber = @"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?";

    private const string RangeNumber = DigitNumber + "|één|" + NumberWords;

    [GeneratedRegex(@"\b(?:tussen\s+(?:de\s+)?(?<a>" + RangeNumber + @")\s+en|(?<a>" + RangeNumber + @")\s+(?:tot(?:\s+en\s+met)?|à|–))\s+(?<b>" + RangeNumber + @")(?:\s+(?<mult>duizend|miljoen|miljard))?(?:\s?(?<unit>%)|\s+(?<unit>keer|keren|maal|procent|euro|jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|minuten|decibel|graden|meter|kilometer|centimeter|millimeter|hectare|liter|kilo|kilogram|ton|microgram|\p{Ll}{3,}(?:en|ers|s))\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex RangeTo();

    /// <summary>A percentage written with the sign: "40%", "ruim 12,5 %", "meer dan 60%".</summary>
    [GeneratedRegex(@"(?<![\d.,])(?:(?<dir>meer\s+dan|minder\s+dan|ruim|bijna|ten\s+minste|minimaal|maximaal|hooguit|ongeveer|circa|zo['’]n|rond)\s+)?(?<n>\d+(?:,\d+)?)\s?%", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Percent();

    [GeneratedRegex(@"\b(?<dir>meer\s+dan|minder\s+dan|ruim|bijna|ten\s+minste|minimaal|maximaal)\s+(?<n>" + DigitNumber + @"|één|(?:" + NumberWords + @")(?=\s+\p{Ll}))(?:\s+(?<mult>duizend|miljoen|miljard))?(?:\s+(?:\p{L}+(?:se|sche|de|te|ige|ele|ale|ere|ne)\s+(?=\p{Ll}{3,}(?:en|ers|s)\b))?(?<unit>keer|keren|maal|(?!(?:in|op|van|voor|met|aan|bij|uit|naar|om|tot|per|dan|en|of|te|het|de|een|die|dat|is|zijn|was|waren)\b)\p{Ll}+))?", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MoreThan();

    [GeneratedRegex(@"\b(?<w>tientallen|honderden|duizenden|enkele|een\s+paar|meerdere|verschillende|diverse)\s+(?<unit>keren|keer|maal)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Vague();

    [GeneratedRegex(@"(?<![\d.,])(?<n>" + DigitNumber + @")(?:\s+(?<mult>duizend|miljoen|miljard))?\s+(?<unit>keer|keren|maal|procent|procentpunten|procentpunt|punten|punt|organisaties|instanties|agentschappen|zoekopdrachten|gevallen|politiemedewerkers|medewerkers|landen|meter|kilometer|km|centimeter|millimeter|hectare|kuub|liter|ton|kilo|kilogram|gram|milligram|microgram|decibel|graden|megawatt|kilowatt|kilowattuur|megawattuur|nachten|nacht|seconden)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Counted();

    /// <summary>A number before a plural noun, directly or partitively: "40 controles", "211 van zulke lijsten".</summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?<n>" + DigitNumber + @")(?:\s+(?<mult>duizend|miljoen|miljard))?\s+(?:van\s+(?:zulke|deze|die|de|dergelijke)\s+)?(?:(?!te\s)(?:(?:\p{Ll}+-)?\p{Ll}+e|extra)\s+)?(?:\p{Ll}{2,}-,?\s+(?:(?:en|of)\s+)?){0,3}(?!(?:duizend|miljoen|miljard)\b)(?<unit>(?:\p{Lu}{2,}-|\p{Ll}{2,}-)?\p{Ll}{3,}(?:en|ers|s|’s|'s)|man)\b(?![-’'](?=\p{L}))", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex CountedNoun();

    /// <summary>
    /// Numbers that are references, not counts: "artikel 5 leden", "vraag 2", "nr. 15", "pagina 3", "agendapunt 21 van de
    /// besluitenlijst", "bijlagen 1 en 2 van de Habitatrichtlijn".
    /// </summary>
    [GeneratedRegex(@"\b(?:artikel(?:en)?|art\.|lid|leden|nr\.|nummer|vraag|vragen|antwoord|antwoorden|pagina|p\.|blz\.|paragraaf|paragrafen|hoofdstuk(?:ken)?|bijlage(?:n)?|kamerstuk|motie|amendement|agendapunt|punt|overweging|tabel|figuur|item|pijler|trede|fase|stap|titel|boek|onderdeel|deelrapport|actielijn|resolutie|alinea|sectie|module|rubriek|categorie|niveau|versie|sub)\s*(?:\d+[a-z]?\s*(?:,|en|t/m|tot(?:\s+en\s+met)?)\s*)*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NotCountedReference();

    /// <summary>Dutch number words from two to "vijfhonderd" and "duizend" (the keys of <see cref="s_numberWords"/> above one), as one alternation.</summary>
    private const string NumberWords = "twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|tweehonderd|driehonderd|vierhonderd|vijfhonderd|duizend";

    /// <summary>"214 van de", "twee van de": a number that counts part of a whole named after it.</summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?<n>\d{1,3}(?:\.\d{3})+|\d+|" + NumberWords + @")\s+(?:van\s+(?:de|het|die|deze|onze|hun|zijn|haar|hen|hun|dezen)\b|(?:daarvan|hiervan|ervan)\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Partitive();

    /// <summary>"Ruim een derde", "de helft", "drie kwart", "een vijfde".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:(?:ruim|bijna|ongeveer|circa|zo['’]n|minstens|meer\s+dan|minder\s+dan)\s+)?(?<f>(?:een|één|twee)\s+derde|(?:een|drie)\s+kwart|een\s+vijfde|de\s+helft)\b(?!\s+(?:jaar|eeuw|maand|week))", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Fraction();

    /// <summary>"van 210 naar 164", "van 58 in 2023 naar 31 in 2025", "van vijf naar drie (wijkteams)": the two ends of a change.</summary>
    [GeneratedRegex(@"\bvan\s+(?<a>" + DigitNumber + "|" + NumberWords + @")(?:\s+(?:in|op)\s+(?:19|20)\d\d)?\s+naar\s+(?<b>" + DigitNumber + "|" + NumberWords + @")(?![.,]?\d|\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)(?:\s+(?:in|op)\s+(?:19|20)\d\d)?(?:\s?(?<unit>%)|\s+(?<unit>procent|euro|\p{Ll}{3,}(?:en|ers|s))\b)?", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FromTo();

    /// <summary>
    /// A bare number that a norm, an average, a capacity or a part refers to: "de (jaar)norm van 40", "een gemiddelde van
    /// veertien", "bedoeld voor 400", "in plaats van zes", "waarvan negen", "boven de 500".
    /// </summary>
    [GeneratedRegex(@"(?:\b\p{Ll}*(?:norm|grens|grenswaarde|limiet|gemiddelde|maximum|minimum|streefwaarde|streefcijfer|doelstelling|plafond|capaciteit)\s+van|\b(?:bedoeld|ingericht|geschikt|berekend)\s+(?:is\s+)?voor|\bin\s+plaats\s+van|\bwaarvan(?:\s+(?:er|nog|ruim|bijna|ongeveer|slechts|maar|zeker))?|\b(?<dir>boven|onder)\s+de)\s+(?<n>" + DigitNumber + "|" + NumberWords + @")\b(?![.,]\d|\s*(?:%|procent|euro|uur|jaar|maanden|weken|dagen|keer)\b|\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BareReferenceNumber();

    /// <summary>"twee keer", "drie keer zoveel", "10 keer zo veel".</summary>
    [GeneratedRegex(@"\b(?:(?:ruim|bijna|ongeveer|minstens|meer\s+dan|tot)\s+)?(?<n>\d+|" + NumberWords + @")\s+(?:keer|maal)(?:\s+(?:zoveel|zo\s+veel|zo\s+groot|zo\s+hoog|meer|zo\s+lang))?\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Multiple();

    /// <summary>A duration: "langer dan twaalf weken", "gemiddeld 11 maanden", "minstens anderhalf jaar", "binnen tien weken".</summary>
    [GeneratedRegex(@"\b(?<dir>(?:langer|korter|meer|minder)\s+dan|minstens|ten\s+minste|ruim|hooguit|maximaal|binnen|gemiddeld|zeker|al|circa|ongeveer|bijna|zo['’]n)?\s*(?<n>\d+(?:,\d+)?|een\s+half|een\s+he(?:el|le)|anderhalf|(?:tweeën|drieën|vieren|vijfen)half|een|één|" + NumberWords + @")\s+(?<u>jaar|jaren|maanden|maand|weken|week|dagen|dag|nacht|seizoen|uur|uren|minuten|minuut)\b(?!\s+(?:geleden|later|eerder|daarvoor|daarna|terug))", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Duration();

    /// <summary>
    /// A rate: "minstens één keer per week", "een ronde per uur", "35 per jaar", "29 microgram per kubieke meter", "elk jaar",
    /// "maandelijkse metingen", "640.000 euro per jaar" (the whole number, not "000"), "1,5 miljoen euro per jaar"; the end of a range
    /// ("tussen 2.000 en 3.000 euro per jaar") is left to the range; not an idiom with "per" ("een gemiddelde huiseigenaar per saldo", "per direct", "per brief").
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(?<!\btussen\s+(?:de\s+)?\d[\d.,]*\s+en\s+)(?<!\d\s+(?:tot|à|–)\s+)\b(?:(?:minstens|ten\s+minste|maximaal|hooguit|gemiddeld|ruim|bijna)\s+)?(?<n>" + DigitNumber + @"|één|een|" + NumberWords + @")(?:\s+(?<mult>duizend|miljoen|miljard))?\s+(?:(?:\p{Ll}+\s+)?(?:keer|maal|\p{Ll}{3,})\s+)?per\s+(?!(?:saldo|definitie|direct|abuis|ongeluk|omgaande|heden|vergissing|post|brief|mail|e-mail|email|telefoon|kerende\s+post)\b)(?<per>dag|week|maand|jaar|uur|kwartaal|nacht|dienst|kubieke\s+meter|vierkante\s+meter|\p{Ll}{3,})\b|\b(?<n>elke|iedere|elk|ieder)\s+(?<per>dag|week|maand|jaar|nacht)\b|\b(?<per>dagelijkse|wekelijkse|maandelijkse|jaarlijkse)\s+\p{Ll}{3,}|\b(?<per>dagelijks|wekelijks|maandelijks|jaarlijks)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Frequency();

    /// <summary>A duration without a number: "jarenlang", "urenlang", "al maanden", "pas weken later", "een paar maanden".</summary>
    [GeneratedRegex(@"\b(?<u>uren|dagen|weken|maanden|jaren)lang\b|\b(?:een\s+paar|enkele|een\s+aantal)\s+(?<u>minuten|uren|dagen|weken|maanden|jaren)\b|\b(?:al|pas)\s+(?<u>dagen|weken|maanden|jaren)(?:\s+(?:later|eerder|daarna|ervoor))?\b|\b(?<u>dagen|weken|maanden|jaren)\s+(?:later|eerder|daarna|ervoor)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex VagueDuration();

    /// <summary>The quantitative "er" with a bare number: "waren het er 41", "zijn er inmiddels 85 hersteld", "er elf".</summary>
    [GeneratedRegex(@"\ber\s+(?:(?:inmiddels|nu|al|nog|ook|toen|dan|maar|slechts|uiteindelijk|op\s+dat\s+moment)\s+){0,3}(?<n>\d{1,3}(?:\.\d{3})+|\d+|" + NumberWords + @")\b(?![.,]\d|\s*(?:%|procent|euro|€|uur|jaar|maanden|weken|dagen|keer)\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex QuantitativeEr();

    /// <summary>A measure in words: "ruim acht kilometer", "tweehonderd meter".</summary>
    [GeneratedRegex(@"\b(?:(?<dir>ruim|bijna|ongeveer|circa|zo['’]n|minstens|meer\s+dan|minder\s+dan|tot)\s+)?(?<n>één|" + NumberWords + @")\s+(?<unit>kilometer|meter|centimeter|millimeter|hectare|vierkante\s+meter|kilo|kilogram|ton|liter|kuub|procent|procentpunt|decibel|graden)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MeasureByWord();

    /// <summary>A named body of a kind that has many ("GGD Maas en Veen", "gemeente Dijkerwaard", "Waterschap Peelrand").</summary>
    [GeneratedRegex(@"\b(?<kind>GGD|[Gg]emeente|[Pp]rovincie|[Ww]aterschap|[Hh]oogheemraadschap|[Vv]eiligheidsregio|[Rr]echtbank|PI|[Zz]iekenhuis|[Oo]mgevingsdienst|[Ww]oningcorporatie|[Pp]olitie-eenheid|[Ee]enheid)\s+(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:en|aan|de|op|van)\s+\p{Lu}?[\p{L}'’-]+|\s+\p{Lu}[\p{L}'’-]+)*)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    internal static partial Regex KindedBody();

    /// <summary>"de (overgrote) meerderheid van de slachtingen", "het merendeel van de klachten".</summary>
    [GeneratedRegex(@"\b(?:de|het)\s+(?:(?:overgrote\s+|ruime\s+|grote\s+)?(?:meerderheid|merendeel|gros)|(?:overgrote|grootste)\s+deel)\s+van\s+(?:de|het|alle)\s+\p{Ll}{3,}", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Majority();

    [GeneratedRegex(@"^(?:1[89]|20)\d\d$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex YearLike();

    [GeneratedRegex(@"\bin\s+$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex InAcht();

    /// <summary>The past participle of a separable verb ("opgenomen", "doorgegeven", "ingeschreven"): never a counted noun.</summary>
    [GeneratedRegex(@"^(?:aan|af|bij|door|in|mee|na|om|op|over|terug|toe|uit|voor|weg|vast|vrij|los)ge\p{Ll}+en$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SeparableParticiple();

    /// <summary>A time of day: "16.40 uur", "9.30 uur", "14:00" (hours 0–23, minutes 00–59).</summary>
    [GeneratedRegex(@"(?<![\d.,:])(?:[01]?\d|2[0-3])(?:\.[0-5]\d\s*uur\b|:[0-5]\d(?![\d:])(?:\s*uur\b)?)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClockTime();

    /// <summary>A number word or a vague plural quantity before a plural noun ("zes (middelbare) scholen", "honderden asielzoekers", "een handvol woningen").</summary>
    [GeneratedRegex(@"\b(?:(?i:ongeveer|ruim|bijna|circa|zeker|minstens|meer\s+dan)\s+)?(?<w>(?i:" + NumberWords + @"|tientallen|honderden|duizenden|tienduizenden|honderdduizenden|miljoenen|een\s+handvol))\s+(?:(?:\p{Ll}+e|penitentiair|extra)\s+)?(?<unit>euro['’]s|\p{Ll}{3,}[aeiouy]['’]s|\p{Ll}{3,}(?:en|ers|s)|man)(?![\p{L}-’'])", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex CountedByWord();

    /// <summary>"€ 2,5 miljoen", "4,7 miljoen euro".</summary>
    [GeneratedRegex(@"€\s*(?<n>" + DigitNumber + @")(?:\s+(?<mult>duizend|miljoen|miljard))?|(?<![\d.,])(?<n>" + DigitNumber + @")(?:\s+(?<mult>duizend|miljoen|miljard))?\s+euro\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Money();

    /// <summary>"9,9 miljoen", "12.345,6 miljoen" without a unit: an amount (of what, the sentence says).</summary>
    [GeneratedRegex(@"(?<![\d.,])(?<n>" + DigitNumber + @")\s+(?<mult>duizend|miljoen|miljard)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Amount();

    /// <summary>
    /// "nooit", "nul keer", "geen enkele bushalte", "geen sprake van structurele vertraging" (what is zero is the "vertraging"),
    /// "geen direct verband" (an uninflected modifier before a het-noun); the unit is never a function word ("geen relatie
    /// tussen" counts "relatie").
    /// </summary>
    [GeneratedRegex(@"\b(?:nog\s+)?[Nn]ooit\b|\b[Gg]een\s+(?:sprake\s+(?:meer\s+)?van\s+(?:een\s+|enige\s+)?)?(?:(?:enkel|specifiek|rechtstreeks|formeel|direct|eenduidig|extra|eigen|structureel|apart|concreet|significant|substantieel|wezenlijk|officieel|wettelijk|financieel|juridisch|nieuw|groot|\p{Ll}+e)\s+){0,2}(?<unit>(?!(?:tussen|voor|over|door|naar|tegen|zonder|onder|sinds|meer|maar|want|omdat|zijn|wordt|worden|werd|werden|heeft|hebben|kunnen|kan|moet|moeten|zal|zullen|mogen|deze|dit|die|dat|hier|daar|waar|echter)\b)\p{Ll}{4,})\b|\bnul\s+keer\b", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Zero();

    /// <summary>
    /// "geen aanleiding", "geen betrekking op", "geen uitspraken doen", "geen voorstander": nouns that form a verb phrase with
    /// "geen" and count nothing (the denial's own cue is kept in its negation cues, not as a zero quantity).
    /// </summary>
    private static readonly FrozenSet<string> s_uncountedAfterGeen = FrozenSet.Create(StringComparer.Ordinal,
        "sprake", "aanleiding", "betrekking", "uitspraak", "uitspraken", "uitsluitsel", "mededeling", "mededelingen", "oordeel",
        "reden", "redenen", "recht", "inzicht", "zicht", "noodzaak", "voorstander", "voorstanders", "baat", "bezwaar", "behoefte",
        "rol", "grond", "grondslag", "taak", "verrassing", "onderdeel", "kennisnemen", "verantwoording", "invulling", "gehoor",
        "gevolg", "opvolging", "antwoord", "idee", "weet", "haast", "moeite", "last", "schuld", "nee");

    [GeneratedRegex(@"\b(?:(?<d>\d{1,2})\s+)?(?<m>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DateOrMonth();

    [GeneratedRegex(@"\b(?:in|sinds|vanaf|tot|eind|begin|medio)\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"\b(?:destijds|toen(?:tertijd)?|eerder|vorig\s+jaar|indertijd)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"\b[A-Z][\p{L}\d’'-]+(?:\s(?:(?:van|de|der|den|voor|en)\s)?[A-Z][\p{L}\d’'-]+)*", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex ProperName();

    [GeneratedRegex(@"\b(?!Nederlandse\b)[A-Z]\p{Ll}+(?:se|sche)\s+$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex ForeignBefore();

    [GeneratedRegex(@"^[A-Z]\p{Ll}+(?:se|sche|ese|aanse|ische|iaanse|ke)$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Adjective();
}
