using System.Text.RegularExpressions;

namespace GovText.Claims;

/// <summary>
/// Labels the stance of an answer towards its question (deny, hedged-deny, scoped-deny, affirm, refuse, other)
/// with ordered, explainable rules over the lexicons in <c>corpus/lexicons/</c>. Elliptical answers ("Nee.") are
/// resolved against the question: the proposition is the question turned into a statement. Never throws; only
/// the first sentences of very long answers are examined, so time is bounded. Immutable and thread-safe.
/// </summary>
public sealed partial class StanceClassifier
{
    private const int MaxExamined = 4_000;
    private const int LaterSentences = 5;

    private readonly Lexicon _refuse = Lexicon.Embedded("stance-refuse");
    private readonly Lexicon _deny = Lexicon.Embedded("stance-deny");
    private readonly Lexicon _hedge = Lexicon.Embedded("stance-hedge");
    private readonly Lexicon _scope = Lexicon.Embedded("stance-scope");
    private readonly Lexicon _affirm = Lexicon.Embedded("stance-affirm");
    private readonly Lexicon _pseudo = Lexicon.Embedded("pseudo-negation");
    private readonly Lexicon _infoRequest = Lexicon.Embedded("info-request");
    private readonly Lexicon _negation = Lexicon.Embedded("negation");
    private readonly Lexicon _evaluation = Lexicon.Embedded("stance-evaluation");

    private static readonly Lazy<StanceClassifier> s_default = new(() => new StanceClassifier(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared classifier.</summary>
    public static StanceClassifier Default => s_default.Value;

    /// <summary>Classifies an answer against its question.</summary>
    /// <param name="question">The question text (may be null or empty).</param>
    /// <param name="answer">The answer text (may be null or empty).</param>
    /// <returns>The stance with cue, qualifier and proposition.</returns>
    public StanceResult Classify(string? question, string? answer)
    {
        try
        {
            return ClassifyUnguarded(question, answer);
        }
        catch (Exception e) when (Patterns.Failed(e))
        {
            // Hostile or malformed text on which a pattern backtracked past its time limit (or the regex engine failed): no
            // stance, never a hang or an exception.
            return new StanceResult(StanceLabel.Other, null, -1, null, null, 0.1, e is RegexMatchTimeoutException ? "time limit: a pattern exceeded its time limit on this answer" : "pattern failure: the regex engine failed on this answer");
        }
    }

    private StanceResult ClassifyUnguarded(string? question, string? answer)
    {
        var a = TextSegments.Normalise(answer);
        var q = TextSegments.Normalise(question);
        q = q[QuestionLabel().Match(q).Length..];

        // Text pasted from a document keeps its labels ("Antwoord 2", "Antwoord op vraag 3 en 4:", or the whole
        // "Vraag 1 … Antwoord 1 …" block): the stance is read after the label, and cue offsets still count from the
        // start of the answer as given.
        var skipped = AnswerLabel().Match(a) is { Success: true } label && label.Length < a.Length ? label.Length : 0;
        if (skipped > 0)
        {
            var inner = ClassifyUnguarded(q, a[skipped..]);
            return inner.CueStart >= 0 ? inner with { CueStart = inner.CueStart + skipped } : inner;
        }

        if (a.Length == 0)
        {
            return new StanceResult(StanceLabel.Other, null, -1, null, null, 0.3, "empty answer");
        }

        var examined = a.Length > MaxExamined ? a[..MaxExamined] : a;
        var sentences = TextSegments.Sentences(examined);
        if (sentences.IsEmpty)
        {
            return new StanceResult(StanceLabel.Other, null, -1, null, null, 0.3, "no sentence");
        }

        var proposition = q.Length == 0 ? null : Propositions.FromQuestion(q);
        var mainQuestion = q.Length == 0 ? string.Empty : Propositions.MainQuestion(q);
        var first = Slice(examined, sentences[0]);

        // 1. A bare referral ("Zie het antwoord op vraag 2.") refuses; a referral followed by content is judged on the content.
        if (Referral().IsMatch(first.Text))
        {
            var rest = examined[sentences[0].End..].Trim();
            if (rest.Length < 25)
            {
                return Result(StanceLabel.Refuse, first, null, null, 0.9, "bare referral");
            }

            var inner = ClassifyBody(examined, sentences.AsSpan()[1..], q, mainQuestion, proposition);
            return inner.Label == StanceLabel.Refuse && Referral().IsMatch(inner.Cue ?? string.Empty)
                ? inner
                : inner with { Rule = "after referral: " + inner.Rule };
        }

        return ClassifyBody(examined, sentences.AsSpan(), q, mainQuestion, proposition);
    }

    private StanceResult ClassifyBody(string text, ReadOnlySpan<(int Start, int End)> sentences, string question, string mainQuestion, string? proposition)
    {
        if (sentences.IsEmpty)
        {
            return new StanceResult(StanceLabel.Other, null, -1, null, null, 0.4, "no content");
        }

        var s1 = Slice(text, sentences[0]);

        // 2. "Nee …": denial, or refusal when the question asks for information the answer does not give.
        var nee = NeeStart().Match(s1.Text);
        if (nee.Success)
        {
            if (_refuse.IsMatch(s1.Text) || (_infoRequest.IsMatch(mainQuestion) && (InfoLack().IsMatch(s1.Text) || ReferralInside().IsMatch(s1.Text))))
            {
                return Result(StanceLabel.Refuse, s1, null, null, 0.75, "\"Nee\" to a request for information");
            }

            // "Nee. Vanwege de geheimhoudingsplicht kan ik geen gegevens … verstrekken.": a bare "Nee" to a request for
            // information, followed by the reason it is withheld, is a refusal too.
            if (BareNee().IsMatch(s1.Text) && sentences.Length > 1 && _infoRequest.IsMatch(mainQuestion)
                && Slice(text, sentences[1]) is var next && (_refuse.IsMatch(next.Text) || InfoLack().IsMatch(next.Text)))
            {
                return Result(StanceLabel.Refuse, next, null, null, 0.7, "\"Nee\" to a request for information, then the reason it is withheld");
            }

            return Denial(s1, question, proposition, 0.9, "answer starts with \"Nee\"");
        }

        // 3. Anchored confirmation: "Ja", "Het klopt dat", "Ik ben bekend met".
        if (_affirm.FirstMatch(s1.Text) is { } aff && aff.Match.Index == 0)
        {
            return Result(StanceLabel.Affirm, s1, s1.Text, null, proposition, 0.9, "confirmation cue: " + aff.Entry.Rationale);
        }

        var pseudo = _pseudo.FirstMatch(s1.Text);

        // 4. Knowledge hedge with a negation in the same sentence: hedged denial — except that not knowing the report an
        //    awareness question asks about ("Bent u bekend met het bericht …?" → "Het bericht is mij niet bekend.") is
        //    a plain no.
        if (_hedge.FirstMatch(s1.Text) is { } hedge && _negation.IsMatch(s1.Text) && pseudo is null)
        {
            if (ReportNotKnown().IsMatch(s1.Text) && Propositions.IsAwarenessQuestion(mainQuestion))
            {
                return Result(StanceLabel.Deny, s1, s1.Text, null, proposition, 0.8, "the report the awareness question asks about is not known");
            }

            return Result(StanceLabel.HedgedDeny, s1, s1.Text, hedge.Match.Value, proposition, 0.8, "knowledge hedge: " + hedge.Entry.Rationale);
        }

        // 5. A denial cue anywhere in the first sentence.
        if (pseudo is null && _deny.FirstMatch(s1.Text) is { } deny && !(deny.Match.Value.Equals("nooit", StringComparison.OrdinalIgnoreCase) && !IsMainClauseNegation(s1.Text)))
        {
            return Denial(s1, question, proposition, 0.8, "denial cue: " + deny.Entry.Rationale, Next(text, sentences, 0));
        }

        // 5b. An elliptical negative without "Nee" ("Niet op dit moment.", "Nog niet.", "Niet structureel.") to a yes/no
        //     question: the same as "Nee, …", with the scope the words give.
        if (ShortNegative().IsMatch(s1.Text) && Propositions.IsYesNo(mainQuestion))
        {
            return Denial(s1, question, proposition, 0.85, "elliptical negative answer");
        }

        // 6. Refusal cues.
        if (_refuse.FirstMatch(s1.Text) is { } refuse)
        {
            return Result(StanceLabel.Refuse, s1, null, null, 0.75, "refusal cue: " + refuse.Entry.Rationale);
        }

        // 6b. A deferral instead of an answer ("Ik verwacht uw Kamer op korte termijn te kunnen informeren", "… zal het kabinet
        //     later terugkomen op deze motie"), unless the question itself asks for the letter or information to be sent.
        if (Deferral().IsMatch(s1.Text) && !SendRequest().IsMatch(question))
        {
            return Result(StanceLabel.Refuse, s1, null, null, 0.6, "deferral");
        }

        // 6c. A decision or analysis still pending, then a promise to inform the Kamer ("Hierover vindt momenteel
        //     besluitvorming plaats. Ik informeer uw Kamer over de uitkomst in de brief …"): a deferral over two sentences.
        if (PendingDecision().IsMatch(s1.Text) && sentences.Length > 1 && Deferral().IsMatch(Slice(text, sentences[1]).Text) && !SendRequest().IsMatch(question))
        {
            return Result(StanceLabel.Refuse, s1, null, null, 0.55, "pending decision, then a deferral");
        }

        // 7. Confirmation cue later in the sentence.
        if (_affirm.FirstMatch(s1.Text) is { } aff2 && !_negation.IsMatch(s1.Text))
        {
            return Result(StanceLabel.Affirm, s1, s1.Text, null, proposition, 0.6, "confirmation cue: " + aff2.Entry.Rationale);
        }

        // 7b. A commitment that restates what a willingness question asks ("Bent u bereid de Kamer voor de zomer te
        //     informeren?" → "Ik zal de Kamer voor de zomer informeren.").
        if (!_negation.IsMatch(s1.Text) && Commitment().IsMatch(s1.Text) && Willingness().IsMatch(mainQuestion)
            && Overlap.Content(s1.Text, mainQuestion) >= 0.4)
        {
            return Result(StanceLabel.Affirm, s1, s1.Text, null, proposition, 0.55, "commitment restating a willingness question");
        }

        // 8. Elliptical resolution: a negated first sentence that restates the yes/no question's content denies it
        //    ("Gaat de NAM nieuwe technieken toepassen?" → "De NAM zal geen nieuwe technieken toepassen.").
        if (pseudo is null && _negation.FirstMatch(s1.Text) is { } neg && IsMainClauseNegation(s1.Text, neg.Match.Index)
            && BestYesNo(question, s1.Text) is { Overlap: >= 0.3 } best
            && (Propositions.IsYesNo(best.Sentence) || !Unknowing().IsMatch(s1.Text)))
        {
            if (SameNegatedContent(best.Sentence, s1.Text))
            {
                // "Klopt het dat er geen geld voor is uitgetrokken?" → "Er is geen specifieke reservering gedaan.": the
                // negated restatement of a negated question agrees with it.
                return Result(StanceLabel.Affirm, s1, s1.Text, null, Propositions.FromQuestion(best.Sentence), 0.55, "negated restatement of a negated question");
            }

            return Denial(s1, question, Propositions.FromQuestion(best.Sentence), 0.6, "negated restatement of the question", Next(text, sentences, 0));
        }

        // 8b. A negation limited by a scope qualifier ("Er is geen rechtstreeks verband", "niet specifiek voor de
        //     taxisector") in answer to a yes/no question: a scoped denial.
        if (pseudo is null && _negation.FirstMatch(s1.Text) is { } neg2 && IsMainClauseNegation(s1.Text, neg2.Match.Index)
            && _scope.FirstMatch(s1.Text) is { } scope2 && !QuestionHasScope(question, scope2.Match.Value)
            && BestYesNo(question, s1.Text) is { Overlap: >= 0.15 } best2
            && (Propositions.IsYesNo(best2.Sentence) || !Unknowing().IsMatch(s1.Text)))
        {
            if (SameNegatedContent(best2.Sentence, s1.Text))
            {
                return Result(StanceLabel.Affirm, s1, s1.Text, null, Propositions.FromQuestion(best2.Sentence), 0.5, "negated restatement of a negated question");
            }

            return Result(StanceLabel.ScopedDeny, s1, s1.Text, scope2.Match.Value, Propositions.FromQuestion(best2.Sentence), 0.55, "negation with scope qualifier: " + scope2.Entry.Rationale);
        }

        // 8c. A shared judgement: the question asks the minister to share a negative judgement ("Deelt u de mening dat
        //     het onacceptabel is …?") and the first sentence makes one without negation ("Het is zeer onwenselijk dat …").
        if (!(_negation.FirstMatch(s1.Text) is { } evalNeg && IsMainClauseNegation(s1.Text, evalNeg.Match.Index)) && _evaluation.IsMatch(s1.Text) && Propositions.QuestionSentences(question)
                .FirstOrDefault(q => OpinionQuestion().IsMatch(q) && _evaluation.IsMatch(q)) is { } judged)
        {
            return Result(StanceLabel.Affirm, s1, s1.Text, null, Propositions.FromQuestion(judged), 0.55, "shares the judgement the question asks about");
        }

        // 9. A refusal in the second sentence ("… Ik kan hier niet op vooruitlopen."); a "Zie ook het antwoord op vraag 15."
        //    after a first sentence with content is a pointer, not a refusal (guideline: referral with own content).
        if (sentences.Length > 1 && Slice(text, sentences[1]) is var s2 && _refuse.FirstMatch(s2.Text) is { } refuse2 && !Referral().IsMatch(s2.Text.TrimStart()))
        {
            return Result(StanceLabel.Refuse, s2, null, null, 0.55, "refusal cue in the second sentence: " + refuse2.Entry.Rationale);
        }

        // 10. A strong denial cue (or a knowledge hedge with a negation) in one of the next sentences, when the first
        //     sentence neither confirms nor denies: answers often start with context and deny afterwards
        //     ("… Ik zie geen aanleiding om deze winter meer middelen ter beschikking te stellen.").
        for (var i = 1; i < Math.Min(sentences.Length, LaterSentences + 1); i++)
        {
            var s = Slice(text, sentences[i]);
            if (_pseudo.IsMatch(s.Text) || _refuse.IsMatch(s.Text))
            {
                continue;
            }

            if (_hedge.FirstMatch(s.Text) is { } laterHedge && _negation.IsMatch(s.Text))
            {
                return Result(StanceLabel.HedgedDeny, s, s.Text, laterHedge.Match.Value, proposition, 0.5, $"knowledge hedge in sentence {i + 1}: " + laterHedge.Entry.Rationale);
            }

            if (_deny.FirstMatch(s.Text) is { } laterDeny && !laterDeny.Match.Value.Contains("nooit", StringComparison.OrdinalIgnoreCase))
            {
                if (Propositions.QuestionSentences(question).Any(qs => SameNegatedContent(qs, s.Text)))
                {
                    // "… uw stelling dat de data geen aanleiding vormen voor aanvullende studies?" → "De afname is geen reden
                    // om aanvullende studies te vragen": repeating the question's own negation is not a denial of it.
                    continue;
                }

                return Denial(s, question, proposition, 0.5, $"denial cue in sentence {i + 1}: " + laterDeny.Entry.Rationale, Next(text, sentences, i));
            }
        }

        // 11. An explicit confirmation ("inderdaad", "Dat klopt") without negation in the second or third sentence, after
        //     an opening that gives context ("Zoals in antwoord op vraag 5 aangegeven … Daarin is inderdaad aangegeven dat …").
        for (var i = 1; i < Math.Min(sentences.Length, 3); i++)
        {
            var s = Slice(text, sentences[i]);
            if (LaterConfirmation().IsMatch(s.Text) && !_negation.IsMatch(s.Text) && !_pseudo.IsMatch(s.Text))
            {
                return Result(StanceLabel.Affirm, s, s.Text, null, proposition, 0.45, $"confirmation in sentence {i + 1}");
            }
        }

        // 12. (session 23) Two sentences of context, then a refusal, and no stance before or after it ("… Het is aan de
        //     toezichthouder om de effectiviteit te beoordelen.", "… Een schatting is daarom niet te maken."); a pointer to
        //     another answer is not one.
        if (sentences.Length > 2 && Slice(text, sentences[2]) is var s3 && _refuse.FirstMatch(s3.Text) is { } refuse3 && !_pseudo.IsMatch(s3.Text)
            && !ReferralInside().IsMatch(s3.Text) && !Referral().IsMatch(s3.Text.TrimStart()) && !ReferralTo().IsMatch(s3.Text))
        {
            return Result(StanceLabel.Refuse, s3, null, null, 0.45, "refusal cue in the third sentence: " + refuse3.Entry.Rationale);
        }

        return new StanceResult(StanceLabel.Other, null, -1, null, null, 0.5, "no stance cue in the first sentence");
    }

    /// <summary>"Het bericht is mij niet bekend", "Dit artikel ken ik niet": the report itself is not known.</summary>
    [GeneratedRegex(@"^(?:het|dit|dat|deze|die)\s+(?:\w+\s+){0,2}?(?:bericht|berichten|berichtgeving|artikel|artikelen|rapport|publicatie|uitzending|nieuwsbericht|item|video|tweet|interview|column|opiniestuk|brief)\s+(?:is|zijn|was|waren)\s+(?:mij|ons)\s+niet\s+bekend\b|^(?:ik|wij|we)\s+(?:ben|was|zijn|waren)\s+niet\s+bekend\s+met\s+(?:het|dit|dat|deze|die)\s+(?:\w+\s+){0,2}?(?:bericht|berichten|berichtgeving|artikel|artikelen|rapport|publicatie|uitzending|nieuwsbericht|item|video|tweet|interview|column|opiniestuk|brief)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReportNotKnown();

    /// <summary>
    /// What is not known or not measured ("is niet exact bekend", "Niemand weet", "geen duidelijke indicator"): to an
    /// open question ("Hoeveel …?") such a negation says the answer is not known, it denies no presupposition.
    /// </summary>
    [GeneratedRegex(@"\b(?:bekend|weet|weten|niemand|te\s+zeggen|te\s+voorspellen|voorspelbaar|indicator|indicatie|schatting|inzicht|zicht\s+op|gemeten|geregistreerd|bijgehouden)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Unknowing();

    [GeneratedRegex(@"\binderdaad\b|^(?:dat|dit|het)\s+klopt\b|^(?:ik|wij|we|het\s+kabinet)\s+(?:erken|erkent|erkennen)\s+(?:dat|het|de|dit|die|deze)\b|^(?:ik|wij|we|het\s+kabinet)\s+(?:deel|deelt|delen)\s+(?:uw|de|die|deze)\s+(?:\S+\s+)?(?:mening|zorg|zorgen|analyse|opvatting|conclusie|visie|observatie)\b|^(?:dat|dit|die|deze)\s+(?:\S+\s+)?(?:beeld|zorg|zorgen|signaal|signalen|mening|analyse)\s+(?:herken|deel|onderschrijf)\s+(?:ik|wij|we)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LaterConfirmation();

    private StanceResult Denial((string Text, int Start) s1, string question, string? proposition, double confidence, string rule, string? following = null)
    {
        if (_hedge.FirstMatch(s1.Text) is { } hedge)
        {
            return Result(StanceLabel.HedgedDeny, s1, s1.Text, hedge.Match.Value, proposition, confidence, rule + " + knowledge hedge");
        }

        if (_scope.FirstMatch(s1.Text) is { } scope && !QuestionHasScope(question, scope.Match.Value))
        {
            return Result(StanceLabel.ScopedDeny, s1, s1.Text, scope.Match.Value, proposition, confidence * 0.9, rule + " + scope qualifier");
        }

        // The contrast can also follow a semicolon in the same sentence ("Voor huurders tot de huurtoeslaggrens stijgt de
        // huur niet harder dan de inflatie; voor hogere inkomens kan een hogere verhoging gelden").
        var semicolon = s1.Text.IndexOf(';', StringComparison.Ordinal);
        var contrast = semicolon > 0 ? s1.Text[(semicolon + 1)..] : following;
        if (contrast is not null && !NeeStart().IsMatch(s1.Text) && Concession().Match(contrast) is { Success: true } concession)
        {
            // "Gezinnen met kinderen worden niet in reguliere vreemdelingendetentie geplaatst. Alleen in de gesloten
            // gezinsvoorziening …": the next sentence names where it does hold, so the denial is scoped (session 12).
            return Result(StanceLabel.ScopedDeny, s1, s1.Text, null, proposition, confidence * 0.85, rule + " + a concession in the next sentence (\"" + concession.Value.Trim() + "\")");
        }

        return Result(StanceLabel.Deny, s1, s1.Text, null, proposition, confidence, rule);
    }

    private static (string Sentence, double Overlap)? BestYesNo(string question, string sentence)
    {
        (string, double)? best = null;
        foreach (var q in Propositions.QuestionSentences(question))
        {
            // Open questions count only with a stronger overlap (the answer denies their presupposition).
            // "Kunt u toelichten hoe het vangnet werkt?" asks for an explanation: it counts as open, not as yes/no.
            var o = Overlap.Content(sentence, q) * (Propositions.IsYesNo(q) && !ExplanationRequest().IsMatch(q.TrimStart()) ? 1.0 : 0.6);
            if (best is null || o > best.Value.Item2)
            {
                best = (q, o);
            }
        }

        return best;
    }

    /// <summary>
    /// True when the question itself negates the content the answer negates: a content word within four words after a
    /// negation in the question (not counting "zo nee", "waarom niet", "of niet") also follows a negation in the answer
    /// ("… niet in de weg staan?" → "… staat een openstelling niet in de weg").
    /// </summary>
    private static bool SameNegatedContent(string questionSentence, string answerSentence)
    {
        var q = NegatedStems(QuestionFormula().Replace(questionSentence, " "));
        if (q.Count == 0 || NegatedWindow().Match(answerSentence) is not { Success: true } first)
        {
            return false;
        }

        // Only the answer's first negation counts: in "De Staat heeft niet het standpunt ingenomen dat geen aangifte had
        // moeten worden gedaan" the denial is "niet het standpunt", not the embedded "geen aangifte" the question negates.
        return Overlap.Stems(first.Groups[1].Value).Overlaps(q);
    }

    private static HashSet<string> NegatedStems(string text)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in NegatedWindow().Matches(text))
        {
            stems.UnionWith(Overlap.Stems(m.Groups[1].Value));
        }

        return stems;
    }

    private static bool QuestionHasScope(string question, string qualifier)
    {
        // "Nee, op dit moment niet" to a question that itself asks about "op dit moment" is a plain denial.
        var key = Regex.Replace(qualifier.ToLowerInvariant(), @"\b(?:niet|geen)\b", string.Empty, RegexOptions.None, Patterns.Timeout).Trim();
        return key.Length > 3 && question.Contains(key, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsMainClauseNegation(string sentence) => !Regex.IsMatch(sentence, @"\b(?:dat|of|omdat|wanneer|als|indien)\b[^,]*\bnooit\b", RegexOptions.IgnoreCase, Patterns.Timeout);

    /// <summary>True when the negation at <paramref name="at"/> is not inside a subordinate or relative clause.</summary>
    private static bool IsMainClauseNegation(string sentence, int at)
    {
        var before = AssertiveFrame().Replace(sentence[..at], " ");
        return !OpenSubordinateClause().IsMatch(before);
    }

    /// <summary>A subordinate or relative clause still open at the end of the text (a "dat"-clause counts here).</summary>
    [GeneratedRegex("(?:" + TextSegments.RelativeDie + "|" + TextSegments.ConjunctionAls + @"|\b(?:dat|of|omdat|doordat|aangezien|opdat|alsof|ofschoon|zolang|wanneer|indien|zodat|waardoor|waarbij|waarin|welke|mits|tenzij|zodra|terwijl)\b)[^,;:]*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpenSubordinateClause();

    private static StanceResult Result(StanceLabel label, (string Text, int Start) sentence, string? qualifier, string? proposition, double confidence, string rule) =>
        new(label, sentence.Text, sentence.Start, qualifier, label == StanceLabel.Refuse ? null : proposition, confidence, rule);

    private static StanceResult Result(StanceLabel label, (string Text, int Start) sentence, string cue, string? qualifier, string? proposition, double confidence, string rule) =>
        new(label, cue, sentence.Start + Math.Max(0, sentence.Text.IndexOf(cue, StringComparison.Ordinal)), qualifier, proposition, confidence, rule);

    /// <summary>
    /// A label that opens an answer copied from a document: "Antwoord 2", "Antwoord op vraag 3 en 4:", "Antwoord:", or
    /// a repeated "Vraag 1 …?" up to its "Antwoord 1"; a bare number before "Nee" or "Ja".
    /// </summary>
    [GeneratedRegex(@"^\d{1,3}[.)]?\s+(?=(?:nee|neen|ja)\b)|^(?:vraag\s+\d{1,3}[a-z]?\b[^?]{0,2000}\?(?:\s*\(\d{1,3}\))?\s*(?=antwoord\b))?antwoord(?:en)?(?:\s+op)?(?:\s+(?:de\s+)?vra(?:ag|gen))?(?:\s+\d{1,3}[a-z]?(?:\s*(?:,|en|t/m|tot\s+en\s+met|[-–])\s*\d{1,3}[a-z]?)*(?:\s*[:.)–-])?|\s*[:–-])\s+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AnswerLabel();

    /// <summary>A label that opens a question copied from a document: "Vraag 1", "Vraag 2:", "1.", "3)".</summary>
    [GeneratedRegex(@"^(?:vraag\s+\d{1,3}[a-z]?(?:\s*[:.)–-])?\s+|\d{1,3}[a-z]?[.)]\s+(?=\p{Lu}))", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex QuestionLabel();

    private static (string Text, int Start) Slice(string text, (int Start, int End) range) => (text[range.Start..range.End], range.Start);

    [GeneratedRegex(@"^zie\s+(?:ook\s+|hiervoor\s+|daarvoor\s+|hierover\s+)*(?:het\s+|mijn\s+|ons\s+|de\s+)?(?:antwoord|beantwoording)(?:en)?\b|^(?:hiervoor\s+|daarvoor\s+)?(?:ik\s+)?verwijs\s+(?:ik\s+)?(?:u\s+)?(?:graag\s+)?naar\s+(?:het|mijn|de)\s+(?:antwoord|beantwoording)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Referral();

    [GeneratedRegex(@"\bzie\s+(?:ook\s+)?(?:het\s+|mijn\s+)?antwoord", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReferralInside();

    /// <summary>"Verder verwijs ik u naar het antwoord op vraag 31", "Hiervoor verwijs ik naar de brief van …": a pointer elsewhere.</summary>
    [GeneratedRegex(@"\bverwijs\s+(?:ik|wij|we)\b|\bverwezen\s+naar\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReferralTo();

    /// <summary>"wil ik benadrukken dat", "merk ik op dat", "kan ik u melden dat": the "dat" clause is the assertion itself.</summary>
    [GeneratedRegex(@"\b(?:benadruk(?:ken|t)?|(?:merk|merken)\s+(?:ik|wij|we)\s+op|op\s*merken|aangeven|geef\s+(?:ik|wij)\s+aan|meld(?:en)?|constateer|constateren|vaststellen|stel\s+(?:ik|wij)\s+vast|is\s+het\s+(?:zo|duidelijk|evident)|blijkt|bleek|(?:laat|laten|liet|lieten)\s+(?:\S+\s+){0,3}?weten|(?:heeft|hebben|had|hadden)\s+(?:mij|ons)\s+(?:\S+\s+){0,3}?(?:geïnformeerd|bericht|meegedeeld|gemeld)|(?:geeft|geven|gaf|gaven)\s+(?:\S+\s+){0,3}?aan)\b[^,;:]*?\bdat\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AssertiveFrame();

    [GeneratedRegex(@"\bzo\s+(?:nee|niet)\b|\bwaarom\s+(?:dan\s+)?niet\b|\bof\s+niet\b|\bniet\s+(?:juist|ook|eerder|beter|verstandig)\b|\b(?:is|zijn|was|kunt|kan|wilt|zou|bent)\s+(?:het\s+|u\s+|dat\s+|dit\s+)?(?:dan\s+)?niet\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex QuestionFormula();

    [GeneratedRegex(@"\b(?:niet|geen|nooit)\b((?:\s+[«„“‘'""(\[]*[\p{L}\p{Nd}-]+[»”’'"")\],;:]*){1,4})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NegatedWindow();

    [GeneratedRegex(@"^(?:deelt\s+u|bent\s+u(?:\s+het)?\s+(?:\S+\s+){0,4}?eens|vindt\s+u\s+(?:het\s+)?(?:ook|eveneens|niet\s+ook)|erkent\s+u|onderschrijft\s+u)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpinionQuestion();

    [GeneratedRegex(@"\b(?:uw|de)\s+kamer\s+(?:\S+\s+){0,12}?(?:te\s+)?(?:informeren|berichten)\b|\b(?:uw|de)\s+kamer\s+(?:zal|wordt)\s+(?:\S+\s+){0,10}?geïnformeerd\b|\b(?:wordt|word|worden)\s+(?:u|uw\s+kamer|de\s+kamer)\s+(?:\S+\s+){0,10}?geïnformeerd\b|\bterug\s*(?:te\s+)?komen\s+op\b|\bkom(?:t|en)?\s+(?:\S+\s+){0,6}?(?:hierop|daarop|erop|op\s+\S+|(?:hier|daar|er)\s+(?:\S+\s+){0,3}?op)\s+terug\b|\bonder\s+beraad\b|^(?:ik|wij|we|het\s+kabinet)\s+(?:informeer|informeren|informeert)\s+(?:uw|de)\s+kamer\b|^(?:hierover|daarover)\s+(?:informeer|informeren|informeert)\s+(?:ik|wij|we|het\s+kabinet)\s+(?:uw|de)\s+kamer\b|\b(?:uw|de)\s+kamer\s+(?:\S+\s+){0,10}?(?:toesturen|doen\s+toekomen|toezenden)\b|\bontvangt\s+(?:uw|de)\s+kamer\b|\bmeld\s+ik\s+(?:uw|de)\s+kamer\b|\bgeef\s+ik\s+(?:\S+\s+){0,2}?na\s+afronding\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Deferral();

    [GeneratedRegex(@"\b(?:informeren|informeert|op\s+de\s+hoogte\s+(?:houden|stellen|brengen)|toe(?:sturen|zenden)|(?:kamer|ons|mij)\s+(?:\S+\s+){0,6}?(?:te\s+)?(?:sturen|zenden)|delen|meenemen|rapporteren|brief|terugkoppel\w*|betrekken)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SendRequest();

    [GeneratedRegex(@"^(?:nee|neen)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NeeStart();

    [GeneratedRegex(@"^(?=.*\bniet\b)(?:(?:niet|nog|momenteel|thans|nu|op\s+dit\s+moment|in\s+\w+|voor\s+\w+|zonder\s+meer|rechtstreeks|direct|structureel|centraal|in\s+alle\s+gevallen|altijd|overal|per\s+se|volledig|helemaal|zeker|echt|meer|langer|zo)[\s,]*){1,5}[.!]?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ShortNegative();

    [GeneratedRegex(@"^(?:ik|wij|we|het\s+kabinet|de\s+regering)\s+(?:zal|zullen|ga|gaan|gaat)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Commitment();

    [GeneratedRegex(@"\bbereid\b|^(?:wilt|gaat|zult)\s+u\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Willingness();

    [GeneratedRegex(@"^(?:nee|neen)\s*[.!]?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BareNee();

    /// <summary>"Hierover vindt momenteel besluitvorming plaats", "Het kabinet beraadt zich nog op …", "De uitspraak wordt op dit moment juridisch geanalyseerd".</summary>
    [GeneratedRegex(@"^(?:hierover|daarover|over\s+(?:\S+\s+){1,10}?)(?:vindt|wordt)\s+(?:\S+\s+){0,4}?(?:besluitvorming\s+(?:\S+\s+){0,4}?plaats|besloten)\b|^(?:het\s+kabinet|ik|wij|we)\s+(?:beraadt|beraad|beraden)\s+(?:zich|mij|ons)\s+(?:\S+\s+){0,2}?nog\b|\b(?:wordt|worden)\s+(?:op\s+dit\s+moment|momenteel|nog)\s+(?:\S+\s+)?(?:geanalyseerd|onderzocht|bezien|uitgewerkt|bestudeerd)\b|\b(?:wordt|worden)\s+(?:\S+\s+){0,4}?(?:bestudeerd|geanalyseerd)\b|\bnog\s+niet\s+afgerond\b|\bberaadt\s+zich\s+op\b|\b(?:(?:heb|hebben)\s+(?:ik|wij|we)|(?:ik|wij|we)\s+(?:heb|hebben))\s+(?:\S+\s+){0,4}?gevraagd\s+(?:(?:\S+\s+){0,8}?te\s+(?:analyseren|onderzoeken|reageren|inventariseren|bezien)\b|om\s+(?:een\s+)?(?:reactie|analyse|advies|onderzoek)\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PendingDecision();

    private static string? Next(string text, ReadOnlySpan<(int Start, int End)> sentences, int i) =>
        i + 1 < sentences.Length ? text[sentences[i + 1].Start..sentences[i + 1].End] : null;

    /// <summary>
    /// "Alleen …", "Voor X wel …" opening the sentence after a denial: where the denied thing does hold. A bare "Wel …"
    /// is not enough: in the CSV gold "Dat is niet mogelijk. Wel zijn er …" offers an alternative to a plain denial.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:alleen|uitsluitend|slechts)\b(?:\s+\S+){0,3}|(?:in|voor|bij)\s+(?:\S+\s+){1,6}?(?:wel|kan|kunnen)\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Concession();

    [GeneratedRegex(@"^(?:kunt|kan|wilt|zou)\s+u\s+(?:\S+\s+){0,3}?(?:toelichten|uiteenzetten|uitleggen|beschrijven|schetsen|aangeven)\s+(?:hoe|wat|waarom|welke|waar|wanneer|op\s+welke|in\s+hoeverre|hoeveel)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ExplanationRequest();

    [GeneratedRegex(@"\b(?:informatie|gegevens|cijfers|data|overzicht|inzicht)\b.*\b(?:niet|geen)\b|\b(?:niet|geen)\b.*\b(?:informatie|gegevens|cijfers|data|overzicht|inzicht)\b|\bniet\s+bij\b|\bvertrouwelijk", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex InfoLack();
}
