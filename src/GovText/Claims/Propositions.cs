using System.Text.RegularExpressions;

namespace GovText.Claims;

/// <summary>Turns a Kamervraag into the statement it asks about ("Klopt het dat X?" → "X").</summary>
public static partial class Propositions
{
    private static readonly HashSet<string> s_pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "u", "er", "het", "dit", "dat", "zij", "ze", "hij", "men", "jullie", "wij", "we", "ik",
    };

    private static readonly HashSet<string> s_subjectStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "u", "ik", "we", "wij", "het", "de", "een", "er", "dit", "dat", "deze", "die", "zij", "ze", "hij", "jullie", "uw", "onze", "men",
    };

    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "deze", "die", "dit", "dat", "uw", "hun", "zijn", "haar", "onze", "ons", "alle", "welke",
    };

    /// <summary>The first interrogative sentence of a question block ("Bent u bekend met X? Zo ja, …" → the first).</summary>
    /// <param name="question">The question text.</param>
    /// <returns>The main question sentence.</returns>
    public static string MainQuestion(string question)
    {
        var q = TextSegments.Normalise(question);
        var sentences = TextSegments.Sentences(q);
        foreach (var (start, end) in sentences)
        {
            var s = q[start..end].Trim();
            if (s.EndsWith('?') && !ZoJaNee().IsMatch(s))
            {
                return s;
            }
        }

        return sentences.IsEmpty ? q : q[sentences[^1].Start..sentences[^1].End];
    }

    /// <summary>All interrogative sentences of a question block except "Zo ja/nee, …" follow-ups.</summary>
    /// <param name="question">The question text.</param>
    /// <returns>The sentences in order.</returns>
    public static IReadOnlyList<string> QuestionSentences(string question)
    {
        var q = TextSegments.Normalise(question);
        var result = new List<string>();
        foreach (var (start, end) in TextSegments.Sentences(q))
        {
            var s = q[start..end].Trim();
            if (s.EndsWith('?') && !ZoJaNee().IsMatch(s))
            {
                result.Add(s);
            }
        }

        return result;
    }

    /// <summary>
    /// The proposition a yes/no question asks about, as a statement; for an open question ("Hoeveel …", "Welke …",
    /// "Wanneer …", "In hoeverre …") the statement it presupposes when its finite verb is found, else the question
    /// without "?".
    /// </summary>
    /// <param name="question">The question text.</param>
    /// <returns>The proposition, or null for an empty question.</returns>
    public static string? FromQuestion(string question)
    {
        // An open main question ("Wat is het gevolg …? Zijn hierdoor minder mensen geëvacueerd?") asks about the
        // proposition of the first yes/no question in the block, if there is one.
        var main = MainQuestion(question).Trim();
        if (DropFrontedClause(main) is { } inverted && inverted.Length < main.Length
            && (IsYesNo(inverted) || FramedThatClause().IsMatch(inverted.TrimEnd('?', ' '))))
        {
            // "Indien …, bent u bereid …?" asks whether the minister is willing; an open question after a condition
            // ("Als de NAM X wil, wat voor technieken zijn dat?") keeps the condition, which is what it presupposes.
            main = inverted;
        }

        if (!IsYesNo(main) && QuestionSentences(question).FirstOrDefault(IsYesNo) is { } yesNo)
        {
            main = yesNo;
        }

        var s = TrimTrailingClause(main.Trim().TrimEnd('?', ' '));
        if (s.Length == 0)
        {
            return null;
        }

        var that = ThatClause().Match(s);
        if (!that.Success)
        {
            // Opinion and evaluation frames around a statement ("Bent u het ermee eens dat X", "Wat vindt u ervan dat X",
            // "Houdt u er rekening mee dat X") ask about X (guideline: "Deelt u de mening dat X?" → "X").
            that = FramedThatClause().Match(s);
        }

        if (that.Success)
        {
            return AddresseeAsMinister(MainClauseOrder(Clean(that.Groups["p"].Value)));
        }

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var asked = string.Empty;
        if (words.Length >= 2 && !FiniteVerbFirst().IsMatch(words[0]) && OpenQuestionWord().Match(s) is { Success: true } wh)
        {
            // An open question presupposes its statement ("Hoeveel stikstofruimte heeft het Rijk opgekocht?" → "het Rijk
            // heeft stikstofruimte opgekocht"; "Wanneer heeft u bericht ontvangen …?" → "de minister heeft bericht
            // ontvangen …"): the question word goes, a questioned noun phrase follows the finite verb.
            var rest0 = s[wh.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var finite = Array.FindIndex(rest0, w => FiniteVerbFirst().IsMatch(w));
            if (finite is >= 0 and <= 6 && finite < rest0.Length - 1)
            {
                asked = string.Join(' ', rest0[..finite]);
                words = rest0[finite..];
            }
        }

        if (words.Length < 2 || !FiniteVerbFirst().IsMatch(words[0]))
        {
            return Clean(s);
        }

        if (asked.Length > 0 && !(s_subjectStarts.Contains(words[1]) || char.IsUpper(words[1][0])))
        {
            // The questioned phrase is itself the subject ("Welke 60 bedrijven zijn opgenomen in …" → "60 bedrijven zijn
            // opgenomen in …").
            return Clean($"{asked} {words[0].ToLowerInvariant()} {string.Join(' ', words[1..])}");
        }

        var verb = words[0].ToLowerInvariant();
        var subjectLength = SubjectLength(words, 1);
        var subject = string.Join(' ', words[1..(1 + subjectLength)]);
        var rest = (asked + " " + string.Join(' ', words[(1 + subjectLength)..])).Trim();
        if (subject.Equals("u", StringComparison.OrdinalIgnoreCase))
        {
            // The addressee is the minister (guideline: "Bent u bereid …?" → "de minister is bereid …").
            subject = "de minister";
            verb = verb switch { "bent" => "is", "heeft" or "hebt" => "heeft", "kunt" => "kan", "wilt" => "wil", "zult" => "zal", "zou" => "zou", _ => verb };
            rest = Regex.Replace(rest, @"\buw\b", "zijn of haar", RegexOptions.None, Patterns.Timeout);
        }

        return Clean($"{subject} {verb} {rest}");
    }

    /// <summary>
    /// True for a question about knowing a report or an earlier answer ("Bent u bekend met het bericht …?", "Herinnert u
    /// zich …?", "Heeft u kennisgenomen van …?", "Kent u …?"): "Ja." to it is about knowing, not about the content.
    /// </summary>
    internal static bool IsAwarenessQuestion(string question) => AwarenessQuestion().IsMatch(question);

    [GeneratedRegex(@"^(?:bent|was|is)\s+u\s+(?:\S+\s+){0,2}?(?:bekend|op\s+de\s+hoogte)\b|^herinnert\s+u\s+zich\b|^heeft\s+u\s+(?:\S+\s+){0,6}?(?:kennisgenomen|kennis\s+genomen|gelezen|gezien|gehoord)\b|^kent\s+u\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AwarenessQuestion();

    /// <summary>True for a yes/no question (finite verb first, or "Klopt het dat …").</summary>
    /// <param name="question">A question sentence.</param>
    /// <returns>Whether it asks yes or no.</returns>
    public static bool IsYesNo(string question)
    {
        var s = question.TrimStart();
        if (ThatClause().IsMatch(s.TrimEnd('?', ' ')))
        {
            return true;
        }

        var space = s.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && FiniteVerbFirst().IsMatch(s[..space]);
    }

    private static readonly HashSet<string> s_boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "samen", "met", "in", "op", "aan", "ook", "nog", "al", "niet", "wel", "door", "voor", "bij", "naar", "uit", "over",
        "hierover", "daarover", "er", "nu", "dan", "toe", "mee", "af", "om", "te", "zich", "inmiddels", "reeds", "daadwerkelijk",
    };

    private static int SubjectLength(string[] words, int start)
    {
        if (start >= words.Length)
        {
            return 0;
        }

        if (s_pronouns.Contains(words[start]) && !(words[start].Equals("het", StringComparison.OrdinalIgnoreCase) && start + 1 < words.Length && char.IsUpper(words[start + 1][0])))
        {
            return 1;
        }

        // A noun phrase: optional determiner, adjective-like words (inflected in -e), then one head word.
        var n = s_determiners.Contains(words[start]) ? 1 : 0;
        while (start + n < words.Length)
        {
            var w = words[start + n].TrimEnd(',', '?');
            if (s_boundaries.Contains(w) || FiniteVerbFirst().IsMatch(w))
            {
                break;
            }

            n++;
            var adjectiveLike = w.Length > 3 && w.EndsWith('e') && !w.EndsWith("ie", StringComparison.Ordinal);
            if (!adjectiveLike)
            {
                break;
            }
        }

        return Math.Max(1, n);
    }

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "hebben", "zijn", "worden", "kunnen", "moeten", "zullen", "willen", "mogen",
    };

    /// <summary>
    /// Turns a subordinate clause (verb last) into main-clause order (verb second) when that is safe: the finite
    /// auxiliary, or a lone finite main verb, moves right after the subject noun phrase ("de NVWA inmiddels een
    /// onderzoek heeft ingesteld" → "de NVWA heeft inmiddels een onderzoek ingesteld"). Clauses whose subject is not a
    /// plain noun phrase, or whose finite verb cannot be told apart, stay as they are.
    /// </summary>
    internal static string MainClauseOrder(string clause)
    {
        if (LanguageStage.TryAnalyze(clause, 600) is not { Count: 1 } analysed)
        {
            return clause;
        }

        var t = analysed[0];
        int subjectEnd;
        if (t.Count > 2 && (t[0].Pos == GovText.Language.UPos.PRON || t[0].Text.Equals("er", StringComparison.OrdinalIgnoreCase)))
        {
            subjectEnd = 1; // "er in 2023 geen controles zijn uitgevoerd", "zij de regels niet kenden"
        }
        else
        {
            var i = 0;
            if (t[i].Pos == GovText.Language.UPos.DET)
            {
                i++;
            }

            while (i < t.Count && t[i].Pos == GovText.Language.UPos.ADJ)
            {
                i++;
            }

            var head = i;
            while (i < t.Count && t[i].Pos is GovText.Language.UPos.NOUN or GovText.Language.UPos.PROPN)
            {
                i++;
                if (t[i - 1].Pos == GovText.Language.UPos.NOUN)
                {
                    break; // one common noun heads the phrase; a following noun starts the rest ("de politie Clearview …")
                }
            }

            if (i == head)
            {
                return clause;
            }

            subjectEnd = i;
        }

        if (subjectEnd >= t.Count)
        {
            return clause;
        }

        var finite = -1;
        var verbs = 0;
        for (var k = subjectEnd; k < t.Count; k++)
        {
            var pos = t[k].Pos;
            if (pos is GovText.Language.UPos.SCONJ or GovText.Language.UPos.CCONJ or GovText.Language.UPos.PUNCT || (pos == GovText.Language.UPos.PRON && k > subjectEnd))
            {
                break; // a second clause: keep to the first
            }

            if (pos == GovText.Language.UPos.AUX && s_auxiliaries.Contains(t[k].Lemma) && finite < 0
                && (!t[k].Text.Equals(t[k].Lemma, StringComparison.OrdinalIgnoreCase) || (k + 1 < t.Count && t[k + 1].Pos is GovText.Language.UPos.VERB or GovText.Language.UPos.AUX)))
            {
                finite = k;
            }

            if (pos is GovText.Language.UPos.VERB or GovText.Language.UPos.AUX && t[k - 1].Pos != GovText.Language.UPos.DET)
            {
                verbs++; // not a nominal infinitive ("bij het volgen van")
            }
        }

        if (finite < 0 && verbs == 1)
        {
            // a lone main verb that is clearly finite (not the infinitive form): "het systeem niet goed werkte"
            for (var k = subjectEnd; k < t.Count; k++)
            {
                if (t[k].Pos == GovText.Language.UPos.VERB)
                {
                    var participle = t[k].Text.StartsWith("ge", StringComparison.OrdinalIgnoreCase) && !t[k].Lemma.StartsWith("ge", StringComparison.OrdinalIgnoreCase);
                    finite = t[k].Text.Equals(t[k].Lemma, StringComparison.OrdinalIgnoreCase) || participle ? -1 : k;
                    break;
                }
            }
        }

        if (finite <= subjectEnd)
        {
            return clause;
        }

        var source = t.Source;
        var subject = source[t.Tokens[0].Start..t.Tokens[subjectEnd - 1].End];
        var verb = source[t.Tokens[finite].Start..t.Tokens[finite].End];
        var middle = source[t.Tokens[subjectEnd].Start..t.Tokens[finite - 1].End];
        var rest = finite + 1 < t.Count ? " " + source[t.Tokens[finite + 1].Start..] : string.Empty;
        return $"{subject} {verb} {middle}{rest}";
    }

    /// <summary>
    /// Drops a fronted condition or circumstance before the inverted main question ("Indien het antwoord ja is, hoe
    /// kwalificeert u …" → "hoe kwalificeert u …"; "Gezien dit actieplan tot 2022 loopt, bent u bereid …" → "bent u
    /// bereid …"): the question asks about its main clause.
    /// </summary>
    private static string DropFrontedClause(string s)
    {
        var m = FrontedClause().Match(s);
        return m.Success && s.Length - m.Length > 10 ? char.ToUpperInvariant(s[m.Length]) + s[(m.Length + 1)..] : s;
    }

    [GeneratedRegex(@"^(?:indien|als|mocht|mochten|gezien|nu|omdat|aangezien|gelet\s+op|in\s+het\s+geval|naast\s+het\s+feit)\b[^?,]{3,200},\s+(?=(?:is|zijn|was|waren|bent|heeft|hebt|hebben|kunt|kan|kunnen|wilt|wil|zult|zal|zou|zouden|gaat|deelt|vindt|ziet|erkent|herkent|acht|klopt|wordt|worden|moet|moeten)\s+(?:u|het|er|de|dit|dat|deze|zij|hij|ze)\b|(?:hoe|wat|welke|waarom|in\s+hoeverre)\s)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FrontedClause();

    /// <summary>
    /// A statement whose subject is the addressee ("u heeft de Kamer verkeerd geïnformeerd") names the minister, as the
    /// guidelines write it ("de minister heeft de Kamer verkeerd geïnformeerd").
    /// </summary>
    private static string AddresseeAsMinister(string statement)
    {
        var m = AddresseeSubject().Match(statement);
        if (!m.Success)
        {
            return statement;
        }

        var verb = m.Groups["v"].Value.ToLowerInvariant() switch { "bent" => "is", "hebt" => "heeft", "kunt" => "kan", "wilt" => "wil", "zult" => "zal", var v => v };
        var rest = Regex.Replace(statement[m.Length..], @"\buw\b", "zijn of haar", RegexOptions.None, Patterns.Timeout);
        return $"de minister {verb}{rest}";
    }

    [GeneratedRegex(@"^u\s+(?<v>bent|is|hebt|heeft|kunt|kan|wilt|wil|zult|zal|zou|gaat|vindt|ziet|deelt|weet|kent|was|had)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AddresseeSubject();

    /// <summary>Drops a trailing clause that only adds circumstances (", terwijl …", ", waarin …", ", zodat …").</summary>
    private static string TrimTrailingClause(string s)
    {
        for (var m = TrailingClause().Match(s); m.Success; m = m.NextMatch())
        {
            if (m.Index > 20)
            {
                return s[..m.Index];
            }
        }

        return s;
    }

    [GeneratedRegex(@",\s+(?:terwijl|waarin|waarbij|waarmee|waardoor|zodat|omdat|nu|toen|aangezien|en\s+(?:hoe|wat|welke|waarom|wanneer))\b|,?\s+en\s+(?:klopt\s+het|is\s+het\s+(?:waar|juist)|bent\s+u|kunt\s+u|deelt\s+u|heeft\s+u|wilt\s+u|zo\s+ja|zo\s+nee|zo\s+niet|hoe|waarom)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingClause();

    private static string Clean(string s) => TextSegments.Normalise(s).TrimEnd('?', '.', ' ');

    [GeneratedRegex(@"^(?:klopt\s+het\s+(?:bericht\s+|beeld\s+)?dat|is\s+het\s+(?:waar|juist|correct|zo)\s+dat|kunt\s+u\s+bevestigen\s+dat|bevestigt\s+u\s+dat|deelt\s+u\s+de\s+(?:mening|opvatting|conclusie|analyse|zorg)\s+(?:van\s+[^,]+?\s+)?dat|erkent\s+u\s+dat|herkent\s+u\s+(?:het\s+beeld\s+)?dat|is\s+u\s+bekend\s+dat|weet\s+u\s+of|klopt\s+het\s+dat)\s+(?<p>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ThatClause();

    [GeneratedRegex(@"^(?:bent\s+u\s+het\s+(?:er\s*mee\s+|met\s+[^,]+?\s+)?(?:\S+\s+)?eens\s+(?:met\s+[^,]+?\s+)?dat|onderschrijft\s+u\s+(?:de\s+\w+\s+(?:van\s+[^,]+?\s+)?|het\s+)?dat|vindt\s+u\s+(?:ook\s+|eveneens\s+|niet\s+ook\s+)?dat|houdt\s+u\s+(?:er\s+)?rekening\s+(?:mee\s+|ermee\s+)?dat|wat\s+vindt\s+u\s+(?:er\s*van|daarvan|hiervan)\s+dat|hoe\s+(?:beoordeelt|oordeelt|duidt|kijkt|kwalificeert|verklaart)\s+u\s+(?:\S+\s+){0,3}?(?:het\s+feit\s+)?dat|wat\s+is\s+uw\s+(?:reactie|oordeel|appreciatie)\s+op\s+(?:het\s+(?:feit|bericht|nieuws)\s+)?dat)\s+(?<p>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FramedThatClause();

    [GeneratedRegex(@"^(?:in\s+hoeverre|op\s+welke\s+(?:wijze|manier)|hoeveel(?:\s+aan)?|hoe\s+(?:vaak|lang|groot)|wanneer|waarom|waar|welke)\s+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpenQuestionWord();

    [GeneratedRegex(@"^(?:is|zijn|was|waren|heeft|hebt|hebben|had|hadden|wordt|worden|werd|werden|kan|kunt|kunnen|kon|konden|zal|zult|zullen|zou|zouden|wil|wilt|willen|moet|moeten|mag|mogen|bent|deelt|herkent|erkent|vindt|acht|gaat|gaan|ziet|weet|kent|herinnert|maakt|maken|werkt|werken|gebruikt|gebruiken|beschikt|verwacht|onderschrijft|steunt|klopt|neemt|bestaat|bestaan|komt|komen|valt|vallen|speelt|staat|staan|geldt|gelden|blijft|blijven|zijn)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FiniteVerbFirst();

    [GeneratedRegex(@"^zo\s+(?:ja|nee|neen)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ZoJaNee();
}
