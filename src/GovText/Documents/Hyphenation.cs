using System.Text;

namespace GovText.Documents;

/// <summary>
/// Decides whether a word broken over two lines ("emissiefacto-" + "ren") is one word, and repairs such breaks in
/// text whose lines were already joined ("emissiefacto-ren"). Real hyphens are kept ("GroenLinks-PvdA", "Faber-van de
/// Klashorst", "zorg- en welzijn"). Shared by the PDF and the text reader.
/// </summary>
internal static class Hyphenation
{
    /// <summary>Words after which a line-end hyphen is an elliptical compound hyphen ("zorg- en welzijn").</summary>
    private static readonly HashSet<string> s_conjunctions = new(StringComparer.Ordinal)
    {
        "en", "of", "tot", "noch", "als", "dan", "t/m", "c.q.", "resp.", "respectievelijk", "en/of", "maar", "zowel", "nog", "and", "or", "to",
    };

    /// <summary>Name particles: "Faber-" + "van de Klashorst" is a double surname.</summary>
    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "ter", "ten", "te", "het", "la", "le", "du", "da", "di", "von", "vd",
    };

    private const string Vowels = "aeiouy";

    /// <summary>How a broken line end is repaired.</summary>
    internal enum Decision
    {
        /// <summary>Not a broken word; leave both lines alone.</summary>
        None,

        /// <summary>Drop the hyphen and join the fragments.</summary>
        Join,

        /// <summary>Keep the hyphen and join the fragments without space.</summary>
        KeepHyphen,
    }

    /// <summary>Decides how to repair a line ending in <paramref name="left"/> followed by a line starting with <paramref name="right"/>.</summary>
    /// <param name="left">The earlier line's text.</param>
    /// <param name="right">The next line's text.</param>
    /// <param name="softHyphen">The earlier line ended in a soft hyphen (U+00AD): always a word break.</param>
    /// <param name="knownWords">Lower-cased tokens seen elsewhere in the document, for evidence of either spelling.</param>
    internal static Decision Decide(string left, string right, bool softHyphen, IReadOnlySet<string>? knownWords = null)
    {
        var rightToken = FirstToken(right);
        if (rightToken.Length == 0)
        {
            return Decision.None;
        }

        if (softHyphen)
        {
            return char.IsLetterOrDigit(rightToken[0]) ? Decision.Join : Decision.None;
        }

        if (left.Length < 2 || !IsHyphen(left[^1]) || !char.IsLetterOrDigit(left[^2]))
        {
            return Decision.None;
        }

        var leftToken = LastToken(left);
        var leftWord = leftToken[..^1].TrimStart('(', '«', '"', '\'', '‘', '“', '[');
        var rightWord = new string(rightToken.TakeWhile(char.IsLetterOrDigit).ToArray());
        if (leftWord.Length == 0 || rightWord.Length == 0)
        {
            return Decision.None;
        }

        var rightLower = rightToken.TrimEnd(',', ';', ':', '.').ToLowerInvariant();
        if (s_conjunctions.Contains(rightLower) || s_conjunctions.Contains(rightToken))
        {
            return Decision.None;
        }

        if (leftWord.Contains("://", StringComparison.Ordinal) || leftWord.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || leftWord.Contains('/') || leftWord.Contains('@') || leftWord.Contains('_') || leftWord.Contains('='))
        {
            return Decision.KeepHyphen;
        }

        var a = leftWord[^1];
        var b = rightWord[0];
        if (!(char.IsLower(a) && char.IsLower(b)))
        {
            return Decision.KeepHyphen;
        }

        if (knownWords is not null)
        {
            var hyphenated = (leftWord + "-" + rightWord).ToLowerInvariant();
            var joined = (leftWord + rightWord).ToLowerInvariant();
            var hasHyphenated = knownWords.Contains(hyphenated);
            var hasJoined = knownWords.Contains(joined);
            if (hasHyphenated && !hasJoined)
            {
                return Decision.KeepHyphen;
            }

            if (hasJoined && !hasHyphenated)
            {
                return Decision.Join;
            }
        }

        if (char.IsUpper(leftWord[0]) && s_particles.Contains(rightWord))
        {
            return Decision.KeepHyphen;
        }

        // A word ending in a hyphen whose own part already contains a hyphen ("lhbti-gemeen-") keeps the compound, but
        // the break itself is a syllable break; a one-letter prefix ("e-" + "mail") is a real hyphen.
        var leftLetters = leftWord.Contains('-', StringComparison.Ordinal) ? leftWord[(leftWord.LastIndexOf('-') + 1)..] : leftWord;
        if (leftLetters.Length == 1)
        {
            return Decision.KeepHyphen;
        }

        // Dutch spelling writes a hyphen (never a plain syllable break) between identical vowels: "zee-egel", "na-apen".
        if (a == b && Vowels.Contains(a, StringComparison.Ordinal))
        {
            return Decision.KeepHyphen;
        }

        return Decision.Join;
    }

    /// <summary>
    /// Lower-cased tokens of a document's lines (letters, digits and inner hyphens; a hyphen that ends a line does not
    /// count), as evidence for either spelling of a broken word.
    /// </summary>
    /// <param name="lines">The document's lines.</param>
    internal static HashSet<string> KnownWords(IEnumerable<string> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < tokens.Length; i++)
            {
                if (i == tokens.Length - 1 && tokens[i].EndsWith('-'))
                {
                    continue;
                }

                var token = new StringBuilder();
                foreach (var c in tokens[i])
                {
                    if (char.IsLetterOrDigit(c) || c == '-')
                    {
                        token.Append(char.ToLowerInvariant(c));
                    }
                }

                if (token.Length > 2)
                {
                    words.Add(token.ToString().Trim('-'));
                }
            }
        }

        return words;
    }

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    internal static string FirstToken(string text)
    {
        var trimmed = text.TrimStart();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? trimmed : trimmed[..space];
    }

    internal static string LastToken(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }
}
