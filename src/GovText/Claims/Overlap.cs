using System.Text.RegularExpressions;

namespace GovText.Claims;

/// <summary>Content-word overlap between two Dutch texts (crude stems: lowercase, first six letters).</summary>
internal static partial class Overlap
{
    private static readonly HashSet<string> s_stop = new(StringComparer.Ordinal)
    {
        "aan", "al", "alle", "als", "altijd", "ben", "bent", "bij", "dan", "dat", "de", "deze", "die", "dit", "doen", "door", "dus",
        "een", "eens", "en", "er", "ergens", "geen", "gaat", "gaan", "had", "hebben", "heeft", "hebt", "hem", "het", "hier", "hij",
        "hoe", "hun", "ik", "in", "is", "ja", "je", "kan", "kunnen", "kunt", "maar", "meer", "met", "mij", "mijn", "moet", "na", "naar",
        "nee", "niet", "niets", "nog", "nooit", "nu", "of", "om", "omdat", "ons", "onze", "ook", "op", "over", "reeds", "te", "ten",
        "ter", "toe", "tot", "u", "uw", "van", "veel", "voor", "waar", "wanneer", "want", "was", "wat", "we", "wel", "welke", "werd",
        "wie", "wij", "wil", "wilt", "worden", "wordt", "zal", "ze", "zich", "zij", "zijn", "zo", "zou", "zouden", "zullen", "zult",
        "klopt", "bereid", "mening", "deelt", "vraag", "vragen", "antwoord", "kabinet", "minister", "staatssecretaris",
    };

    /// <summary>Share of the smaller text's content stems that also occur in the other text.</summary>
    public static double Content(string a, string b)
    {
        var x = Stems(a);
        var y = Stems(b);
        if (x.Count == 0 || y.Count == 0)
        {
            return 0;
        }

        var shared = x.Count(y.Contains);
        return shared < 2 ? 0 : (double)shared / Math.Min(x.Count, y.Count);
    }

    private static string Stem(string w) => w.Length > 6 ? w[..6] : w;

    public static HashSet<string> Stems(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Word().Matches(SeparableInfinitive().Replace(text, "$1$2")))
        {
            var w = m.Value.ToLowerInvariant();
            if (w.Length < 3 || s_stop.Contains(w))
            {
                continue;
            }

            set.Add(Stem(w));
        }

        return set;
    }

    /// <summary>"open te stellen" → "openstellen": a separable verb's infinitive with "te", rejoined.</summary>
    [GeneratedRegex(@"\b(aan|af|bij|door|in|mee|na|om|op|open|over|terug|toe|uit|vast|voor|weg)\s+te\s+(\p{L}+en)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SeparableInfinitive();

    [GeneratedRegex(@"\p{L}[\p{L}\p{Nd}-]*", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Word();
}
