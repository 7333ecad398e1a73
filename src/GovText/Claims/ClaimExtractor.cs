using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using GovText.Documents;
using GovText.Documents.Reporting;
using GovText.Parliament;

namespace GovText.Claims;

/// <summary>
/// Extracts claims from reporting (<see cref="Article"/>) and from Kamervragen documents: who asserts what, when,
/// with which polarity, hedges, scope qualifiers, entities, quantities and normalised proposition, each with its
/// source span. Rule-based over the lexicons in <c>corpus/lexicons/</c>. Stateless and thread-safe.
/// </summary>
public sealed partial class ClaimExtractor
{
    private static readonly Lazy<ClaimExtractor> s_default = new(() => new ClaimExtractor(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Name types of the recognizer that claims list as entities (dates, money, quantities and references are
    /// carried by the claim's own time and quantity fields).</summary>
    private static readonly FrozenSet<string> s_nameTypes = new[] { "Person", "Party", "Organization", "GovernmentBody", "Location", "Law", "Misc" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Creates an extractor.</summary>
    /// <param name="namedEntities">
    /// When true (the default), the entities of a claim also include the names the trained named-entity recognizer
    /// finds (with their score), besides the lexicon and alias matches that drive the proposition. False skips the
    /// recognizer, which makes extraction about 2.4 times as fast (docs/benchmarks.md).
    /// </param>
    public ClaimExtractor(bool namedEntities = true) => NamedEntities = namedEntities;

    /// <summary>Whether claims list the recognizer's names too (see the constructor).</summary>
    public bool NamedEntities { get; }

    private readonly Lexicon _negation = Lexicon.Embedded("negation");
    private readonly Lexicon _pseudo = Lexicon.Embedded("pseudo-negation");
    private readonly Lexicon _hedge = Lexicon.Embedded("stance-hedge");
    private readonly Lexicon _scope = Lexicon.Embedded("stance-scope");
    private readonly Lexicon _refuse = Lexicon.Embedded("stance-refuse");
    private readonly Lexicon _withheld = Lexicon.Embedded("claim-withheld");
    private readonly Lexicon _claimScope = Lexicon.Embedded("claim-scope");
    private readonly Lexicon _claimHedge = Lexicon.Embedded("claim-hedges-deny");
    private readonly Lexicon _epistemic = Lexicon.Embedded("claim-hedges");

    /// <summary>The shared extractor.</summary>
    public static ClaimExtractor Default => s_default.Value;

    /// <summary>Extracts the claims of a piece of reporting.</summary>
    /// <param name="article">The article.</param>
    /// <returns>Claims in document order.</returns>
    public ImmutableArray<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var context = new Context { DocumentTime = article.Published is { } p ? new TimeReference(p.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL")), p, p) : null };
        var reporter = new Speaker(article.Byline ?? "the reporting", "reporter", null, null);
        if (article.Published is null)
        {
            // Undated reporting: an "Update (29 september 2021):" marker bounds the original text from above.
            foreach (var paragraph in article.Paragraphs)
            {
                var u = UpdateMarker().Match(paragraph.Text.Trim());
                if (u.Success && DutchDates.TryParse(u.Groups["d"].Value, out var updateDate))
                {
                    context.UpdateBound = updateDate;
                    break;
                }
            }
        }

        foreach (var paragraph in article.Paragraphs)
        {
            context.ParagraphTime = null;
            context.PreviousSentenceTime = null;
            context.PreviousSentenceAnyTime = null;
            context.ParagraphSpeaker = null;
            context.ParagraphSpeakerTime = null;
            context.ParagraphSource = null;
            context.ParagraphSourceTime = null;
            context.ParagraphStart = paragraph.Span.Start;
            var text = TextSegments.CurlSingleQuotes(paragraph.Text);
            foreach (var (start, end) in TextSegments.Sentences(text))
            {
                var sentence = text[start..end];
                var absolute = paragraph.Span.Start + start;
                var before = claims.Count;
                try
                {
                    ExtractFromReportingSentence(article, sentence, absolute, context, reporter, claims);
                    if (claims.Count == before + 1 && claims[before] is { Kind: ClaimKind.Evidence, Speaker: { Role: "research" } document }
                        && DocumentAsSubject().IsMatch(sentence.Trim()))
                    {
                        // "Het schaderapport, gedateerd 20 april, vermeldt dat …": the document speaks, and the reporting's statements
                        // after it in the paragraph go on reading from it (as after "Het scenariodocument … rekent … door").
                        context.ParagraphSource = document;
                        context.ParagraphSourceTime = claims[before].MadeAt;
                    }

                    RedateFromDatingSentence(sentence, context, claims);
                    context.Update(sentence);
                }
                catch (Exception e) when (Patterns.Failed(e))
                {
                    // A pattern backtracked past its time limit on this sentence: keep the sentence, unanalysed, as the
                    // reporter's statement rather than hang or drop it.
                    claims.Count = before;
                    claims.Add(NotAnalysed(sentence, new SourceSpan(article.Source.PageAt(absolute), absolute, absolute + sentence.Length), article.Source.File, null, reporter, context.DocumentTime?.From));
                }

                if (context.ParagraphSource is { } carried && Enumerable.Range(before, claims.Count - before).Any(i => !ReferenceEquals(claims[i].Speaker, carried) && claims[i].Speaker?.Role is not ("research" or "reporter")))
                {
                    context.ParagraphSource = null; // someone else speaks: the document's account has ended ("volgens het document" continues it)
                }

                for (var i = before; i < claims.Count; i++)
                {
                    context.Spoke(claims[i]);
                    if (!ReferenceEquals(text, paragraph.Text))
                    {
                        claims[i] = InOriginalQuotes(claims[i], paragraph, sentence, paragraph.Text[start..end]);
                    }
                }
            }
        }

        return claims.ToImmutable();
    }

    /// <summary>A claim read with curled quotes (<see cref="TextSegments.CurlSingleQuotes"/>) cites the source's own characters.</summary>
    private static Claim InOriginalQuotes(Claim claim, ArticleParagraph paragraph, string curled, string original)
    {
        var from = claim.Span.Start - paragraph.Span.Start;
        var to = claim.Span.End - paragraph.Span.Start;
        var text = from >= 0 && to <= paragraph.Text.Length && to - from == claim.Text.Length ? paragraph.Text[from..to] : claim.Text;
        return claim with { Text = text, Sentence = claim.Sentence == curled ? original : claim.Sentence };
    }

    /// <summary>
    /// "Het ADR-rapport is gedateerd op 30 mei 2024.", "Het memo dateert van maart 2023.": a sentence that dates a source
    /// cited before. The findings read from it without a date of their own (dated by the article) take that date, and so do
    /// the findings read from it later.
    /// </summary>
    private static void RedateFromDatingSentence(string sentence, Context context, ImmutableArray<Claim>.Builder claims)
    {
        if (DatingSentence().Match(sentence.Trim()) is not { Success: true } m || Spotters.Times(m.Groups["when"].Value).FirstOrDefault() is not { } date)
        {
            return;
        }

        // "Het ADR-rapport" names the source by "ADR" or by its document noun ("een rapport" in the attribution).
        var words = Regex.Split(m.Groups["src"].Value, @"[^\p{L}\d]+", RegexOptions.None, Patterns.Timeout).Where(w => w.Length >= 3)
            .SelectMany(w => DocumentNounEnd().Match(w) is { Success: true } noun ? new[] { w, noun.Value } : [w]).ToList();
        string? source = null;
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Kind == ClaimKind.Evidence && claims[i].Speaker is { } speaker && claims[i].MadeAt == context.DocumentTime
                && $"{speaker.Name} {claims[i].Attribution}" is var named
                && words.Any(w => named.Contains(w, char.IsUpper(w[^1]) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)))
            {
                claims[i] = claims[i] with { MadeAt = date };
                source = speaker.Name;
            }
        }

        if (source is not null)
        {
            context.ResearchPublished(source, date);
        }
    }

    /// <summary>Extracts the claims of a Kamervragen document: answer sentences by the answering minister (with the
    /// stance of each answer towards its question), quoted earlier statements in questions, and question premises by
    /// the askers.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Claims in document order.</returns>
    public ImmutableArray<Claim> Extract(KamervraagDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var answerer = document.AnsweredBy is { } by
            ? new Speaker(by.Name, by.Office, OfficeOf(document, by), null)
            : null;
        var askers = document.Askers.IsEmpty ? null : new Speaker(string.Join(" en ", document.Askers.Select(a => a.Name)), "Kamerlid", null, null);
        var received = document.Received?.Date;
        var submitted = document.Submitted?.Date;

        foreach (var question in document.Questions)
        {
            foreach (var (start, end) in TextSegments.Sentences(question.Text))
            {
                var sentence = question.Text[start..end];
                var span = Locate(document.Source, question.Span, question.Text, start, end);
                var before = claims.Count;
                try
                {
                    QuestionSentenceClaims(document, sentence, span, question, start, answerer, askers, submitted, claims);
                }
                catch (Exception e) when (Patterns.Failed(e))
                {
                    claims.Count = before;
                    claims.Add(NotAnalysed(sentence, span, document.Source.File, document.Id, askers, submitted));
                }
            }
        }

        var stances = Stances(document);
        for (var a = 0; a < document.Answers.Length; a++)
        {
            var answer = document.Answers[a];
            var question = document.Questions.FirstOrDefault(q => q.Numbers.Any(answer.Numbers.Contains));
            var stance = stances[a].Stance;
            var cueKey = stance.Cue is { Length: > 0 } cueText ? CueKey(cueText) : null;
            var first = true;
            foreach (var (start, end) in TextSegments.Sentences(answer.Text))
            {
                var sentence = answer.Text[start..end];
                var span = Locate(document.Source, answer.Span, answer.Text, start, end);
                Claim claim;
                try
                {
                    claim = AnswerSentenceClaim(document, sentence, span, question, stance, cueKey, first, answerer, received);
                }
                catch (Exception e) when (Patterns.Failed(e))
                {
                    claim = NotAnalysed(sentence, span, document.Source.File, document.Id, answerer, received);
                }

                first = false;
                claims.Add(claim);
            }
        }

        return claims.ToImmutable();
    }

    /// <summary>The claims of one question sentence: quoted earlier statements and the askers' premise.</summary>
    private void QuestionSentenceClaims(KamervraagDocument document, string sentence, SourceSpan span, Question question, int start, Speaker? answerer, Speaker? askers, DateOnly? submitted, ImmutableArray<Claim>.Builder claims)
    {
        foreach (Match quote in Quotation().Matches(sentence))
        {
            var inner = quote.Groups["q"].Value.Trim();
            if (inner.Length < 15 || inner.EndsWith('?') || inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
            {
                continue;
            }

            var lead = sentence[..quote.Index];
            var who = QuotedSpeaker(lead, inner, sentence[(quote.Index + quote.Length)..], document, answerer);
            // A quoted statement was made before the questions; without a date of its own it is only bounded.
            var time = Spotters.Times(lead).FirstOrDefault()
                ?? (submitted is { } sub ? new TimeReference($"before {sub:yyyy-MM-dd} (quoted in the questions)", null, sub.AddDays(-1)) : null);
            var quoted = Build(inner, sentence, Locate(document.Source, question.Span, question.Text, start + quote.Groups["q"].Index, start + quote.Groups["q"].Index + quote.Groups["q"].Length), ClaimKind.QuotedInQuestion, who, null, time, submitted, document) with
            {
                CitedSource = CitedSource(lead),
            };
            if (quoted.Proposition is { Subject: null } prop && LastClause().Match(lead) is { Success: true } clause
                && Spotters.Entities(clause.Value).FirstOrDefault(e => e.Type is "GovernmentBody" or "Person") is { } actor)
            {
                // "… dat de politie «niet centraal benaderd [is] …»": the actor stands before the quotation.
                quoted = quoted with { Proposition = prop with { Subject = actor.Canonical }, Entities = quoted.Entities.Insert(0, actor with { Start = 0 }) };
            }

            claims.Add(quoted);
        }

        var premise = Premise().Match(sentence);
        if (premise.Success && askers is not null)
        {
            var clause = premise.Groups["p"].Value.TrimEnd('?', ' ');
            var kind = Evidence().IsMatch(clause) || ResearchSource().IsMatch(clause) ? ClaimKind.Evidence : ClaimKind.ReportedSpeech;
            var speaker = kind == ClaimKind.Evidence && ResearchSource().Match(clause) is { Success: true } rs
                ? new Speaker(rs.Value.Trim(), "research", null, rs.Value)
                : askers;
            claims.Add(Build(clause, sentence, span, kind, speaker, premise.Groups["lead"].Value, submitted is { } sd ? new TimeReference($"ingezonden {sd:yyyy-MM-dd}", sd, sd) : null, submitted, document) with
            {
                Attribution = kind == ClaimKind.Evidence ? $"cited by {askers.Name}" : "question premise",
            });
        }
    }

    /// <summary>The claim of one answer sentence, with the answer's stance when the sentence carries its cue.</summary>
    private Claim AnswerSentenceClaim(KamervraagDocument document, string sentence, SourceSpan span, Question? question, StanceResult stance, string? cueKey, bool first, Speaker? answerer, DateOnly? received)
    {
        var claim = Build(sentence, sentence, span, ClaimKind.Statement, answerer, null, received is { } r ? new TimeReference($"ontvangen {r:yyyy-MM-dd}", r, r) : null, received, document);
        // An elliptical "Nee." / "Ja." takes the question's proposition (issue: elliptical answers are resolved
        // against the question); the stance of the whole answer decides the first sentence.
        // The stance decides the sentence that carries its cue (the first one, or a later one for a denial found in
        // sentences 2-6); before session 12 it was always given to the first sentence, which made "Elke
        // bekostigingssystematiek kent eigen voor- en nadelen." a denial.
        var carriesStance = cueKey is not null && TextSegments.Normalise(sentence).Contains(cueKey, StringComparison.Ordinal);
        var elliptical = first && carriesStance && stance.Proposition is not null && sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
            && (stance.IsDenial || stance.Label == StanceLabel.Affirm);

        // "Bent u bekend met het bericht over het gebruik van Clearview door de politie?" — "Ja.": the answer is about
        // knowing the report, not about its content, so the claim gets the statement but no content proposition.
        var aboutAwareness = elliptical && question is not null && Propositions.IsAwarenessQuestion(Propositions.MainQuestion(question.Text));
        if (carriesStance && stance.IsDenial)
        {
            var basis = elliptical ? stance.Proposition! : sentence;
            var entities = elliptical ? Spotters.Entities(basis) : claim.Entities;
            claim = claim with
            {
                Negated = true,
                // A plain "deny" of the answer is refined by the sentence's own hedge or scope ("Ik verwacht niet dat …",
                // "Het waterschap heeft nog geen besluit genomen").
                Denial = stance.Label == StanceLabel.Deny && claim.Denial is StanceLabel.HedgedDeny or StanceLabel.ScopedDeny ? claim.Denial : stance.Label,
                NegationNote = claim.Hypothetical ? "not-asserted" : null,
                Hedges = stance.Label == StanceLabel.HedgedDeny && stance.Qualifier is { } h ? [h] : claim.Hedges,
                Qualifiers = stance.Label == StanceLabel.ScopedDeny && stance.Qualifier is { } s ? [s] : claim.Qualifiers,
                Entities = entities,
                Proposition = !elliptical ? claim.Proposition : aboutAwareness ? null : PropositionFor(basis, entities, true),
                ResolvedStatement = elliptical ? basis : null,
            };
        }
        else if (elliptical)
        {
            var entities = Spotters.Entities(stance.Proposition!);
            claim = claim with { Entities = entities, Proposition = aboutAwareness ? null : PropositionFor(stance.Proposition!, entities, false), ResolvedStatement = stance.Proposition };
        }

        if (claim.Proposition is { Object: null } p0 && question is not null && ProductReference().IsMatch(sentence)
            && Spotters.Entities(question.Text).FirstOrDefault(e => e.Type == "Organization") is { } product)
        {
            // "Voor zover bekend heeft de politie de software niet gebruikt": the software of the question.
            claim = claim with { Proposition = p0 with { Object = product.Canonical }, Entities = claim.Entities.Add(product with { Start = sentence.Length }) };
        }

        return claim;
    }

    /// <summary>
    /// The <see cref="Claim.Attribution"/> of a sentence the extractor kept but could not analyse, because one of its
    /// patterns exceeded its time limit on that sentence (hostile or malformed input). Such a claim has the sentence as
    /// its text, its span and the document's speaker, and nothing else.
    /// </summary>
    public const string NotAnalysedAttribution = "not analysed: a pattern exceeded its time limit on this sentence";

    /// <summary>A sentence kept unanalysed after a pattern timed out on it (never dropped, never a hang).</summary>
    private static Claim NotAnalysed(string sentence, SourceSpan span, string? file, string? documentId, Speaker? speaker, DateOnly? documentDate)
    {
        var lead = sentence.Length - sentence.TrimStart().Length;
        var text = sentence.Trim();
        return new Claim
        {
            Text = text,
            Sentence = sentence,
            Span = new SourceSpan(span.Page, span.Start + lead, Math.Min(span.End, span.Start + lead + text.Length)),
            File = file,
            DocumentId = documentId,
            Kind = ClaimKind.Statement,
            Speaker = speaker,
            Attribution = NotAnalysedAttribution,
            DocumentDate = documentDate,
        };
    }

    /// <summary>The first 60 characters of a stance cue, normalised: enough to find the sentence that carries it.</summary>
    private static string? CueKey(string cue)
    {
        var c = TextSegments.Normalise(cue).Trim();
        return c.Length == 0 ? null : c.Length > 60 ? c[..60] : c;
    }

    /// <summary>
    /// The stance of each answer of a Kamervragen document towards the question with its number (issue: label each
    /// answer), in answer order, with the cue located in the source.
    /// </summary>
    /// <param name="document">The document.</param>
    /// <returns>One stance per answer.</returns>
    public ImmutableArray<AnswerStance> Stances(KamervraagDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = ImmutableArray.CreateBuilder<AnswerStance>(document.Answers.Length);
        foreach (var answer in document.Answers)
        {
            // A joint answer ("Antwoord 5 en 6") answers every question it names; the stance reads them together.
            var asked = document.Questions.Where(q => q.Numbers.Any(answer.Numbers.Contains)).Select(q => q.Text).ToList();
            var questionText = asked.Count == 0 ? null : string.Join("\n", asked);
            var stance = StanceClassifier.Default.Classify(questionText, answer.Text);
            SourceSpan? cue = null;
            if (stance.Cue is { Length: > 0 } text && stance.CueStart >= 0)
            {
                var normalised = TextSegments.Normalise(answer.Text);
                var end = Math.Min(normalised.Length, stance.CueStart + text.Length);
                cue = stance.CueStart < end ? Locate(document.Source, answer.Span, normalised, stance.CueStart, end) : null;
            }

            result.Add(new AnswerStance(answer.Numbers, questionText, stance, cue));
        }

        return result.MoveToImmutable();
    }

    private void ExtractFromReportingSentence(Article article, string sentence, int absolute, Context context, Speaker reporter, ImmutableArray<Claim>.Builder claims)
    {
        if (Dateline().Match(sentence) is { Success: true } dateline)
        {
            // "Den Haag, 12 februari 2021 – De Belastingdienst …": the dateline dates the article, it is not part of the claim.
            sentence = sentence[dateline.Length..];
            absolute += dateline.Length;
        }

        // The span in the article of a claim text that starts at an offset in the sentence; the whole sentence as a claim.
        SourceSpan At(int offset, string claimText) => new(article.Source.PageAt(absolute + offset), absolute + offset, absolute + offset + claimText.Length);
        var whole = sentence.Trim().TrimEnd('.');
        var wholeAt = At(sentence.Length - sentence.TrimStart().Length, whole);

        var trimmed = sentence.Trim();
        var previousStatement = context.PreviousStatement;
        context.PreviousStatement = null;
        // "Dat zegt X." / "Dat blijkt uit cijfers van het CBS.": the previous sentence's statement was X's.
        var back = BackReference().Match(trimmed);
        if (back.Success && previousStatement is { } cited && cited < claims.Count && claims[cited].Kind == ClaimKind.Evidence && back.Groups["who"].Success)
        {
            // "Uit interne stukken blijkt dat … Dat zegt Omtzigt, die de documenten heeft ingezien.": the finding stays the
            // documents'; who cites them is the attribution.
            claims[cited] = claims[cited] with { Attribution = "volgens " + back.Groups["who"].Value.Trim() };
            return;
        }

        if (back.Success && previousStatement is { } previous && previous < claims.Count && claims[previous].Kind == ClaimKind.Statement)
        {
            var who = back.Groups["who"].Value.Trim();
            var source = back.Groups["src"].Success ? null : context.Resolve(who);
            var document = back.Groups["src"].Success ? back.Groups["src"].Value.Trim() : null;
            claims[previous] = source is null
                ? claims[previous] with { Kind = ClaimKind.Evidence, Speaker = CitedSource(document!, context), Attribution = back.Value.Trim().TrimEnd('.') }
                : claims[previous] with { Kind = source.Role == "research" ? ClaimKind.Evidence : ClaimKind.ReportedSpeech, Speaker = source, Attribution = back.Value.Trim().TrimEnd('.') };
            var first = previous;
            if (claims[previous].Kind == ClaimKind.Evidence)
            {
                context.ResearchSources.Add(claims[previous].Speaker!.Name); // what a later "De cijfers …" refers to
                context.Cite(claims[previous].Speaker!); // and "volgens de notitie", "het rapport"
            }

            if (source is null)
            {
                // "Staatsbosbeheer kapte 46 hectare. Een deel van het hout werd verbrand. Dat blijkt uit satellietonderzoek …": the
                // source sentence covers the reporting's own statements just before it in the same paragraph (at most two more).
                for (var i = previous - 1; i >= 0 && i >= previous - 2 && claims[i].Kind == ClaimKind.Statement && claims[i].Speaker?.Role == "reporter"
                    && claims[i].Span.Start >= context.ParagraphStart; i--)
                {
                    claims[i] = claims[i] with { Kind = ClaimKind.Evidence, Speaker = claims[previous].Speaker, Attribution = claims[previous].Attribution };
                    first = i;
                }
            }

            if (claims[previous].Kind == ClaimKind.Evidence && (context.RelativeToDocument(back.Value) ?? Spotters.Times(back.Value).FirstOrDefault()) is { } published)
            {
                // "Dat concludeert de inspectie in een rapport dat dinsdag verscheen.": the findings date from the report —
                // all the sentences the source covers — and so do the findings read from it in the sentences that follow.
                for (var i = first; i <= previous; i++)
                {
                    claims[i] = claims[i] with { MadeAt = published };
                }

                context.ResearchPublished(claims[previous].Speaker!.Name, published);
            }
            return;
        }

        if (back.Success)
        {
            return; // "Dat blijkt uit cijfers van het CBS." after reported speech: it names a source, it claims nothing itself
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 4 || (!Regex.IsMatch(trimmed, @"[.!”»""’)]$", RegexOptions.None, Patterns.Timeout) && words < 12))
        {
            return; // headings, captions
        }

        var update = UpdateMarker().Match(trimmed);
        if (update.Success && DutchDates.TryParse(update.Groups["d"].Value, out var updated))
        {
            context.DocumentTime = new TimeReference(update.Groups["d"].Value, updated, updated);
            context.UpdateBound = null;
        }

        var documentDate = article.Published;
        // Short quotations count when an attribution follows ("„Dat klopt niet”, reageert staatssecretaris Van Rij.") or when they
        // make up the whole sentence after someone was quoted in the paragraph ("„Daar sta ik voor.”").
        var quotes = Quotation().Matches(sentence)
            .Where(q => q.Groups["q"].Length >= 20 || (q.Groups["q"].Length >= 6 && (AttributionAfter().IsMatch(sentence[(q.Index + q.Length)..])
                || (context.ParagraphSpeaker is not null && sentence[..q.Index].Trim().Length == 0 && sentence[(q.Index + q.Length)..].Trim().TrimEnd('.').Length == 0))))
            .ToList();

        // Direct quotations with attribution ("…", antwoordde de minister destijds. / "…", aldus minister Dekker.)
        var handled = false;
        var documentStates = DocumentStatesIn(sentence);
        foreach (var quote in quotes)
        {
            if (documentStates.Success && documentStates.Groups["clause"].Index <= quote.Index)
            {
                continue; // "In de uitspraak staat dat de inrichting „structureel …” is afgeweken": the document's finding, quoted
            }

            var inner = quote.Groups["q"].Value.Trim().TrimEnd(',', ' '); // "‘…,’ zei hij": the comma closes the quotation, not the claim
            if (inner.EndsWith('?'))
            {
                handled = true; // a quoted question: not a claim
                continue;
            }

            var after = sentence[(quote.Index + quote.Length)..];
            var before = sentence[..quote.Index];
            var attribution = AttributionAfter().Match(after);
            var announced = attribution.Success ? null : AnnouncedQuote(before);
            if (quote.Value[0] == '‘' && !attribution.Success && announced is null && before.Trim().Length > 0 && !ReportedSpeechBefore().IsMatch(before))
            {
                continue; // ‘…’ inside a sentence is a title or a scare quote ("het rapport ‘The Rise and Rise …’"), not speech
            }

            if (!attribution.Success && announced is null && !before.TrimEnd().EndsWith(':') && PublicationBeforeQuote().IsMatch(TrailingQuotations().Replace(before, string.Empty)))
            {
                continue; // "Het NOS-artikel «Aanbieders … komen niet meer rond» verwijst naar …": a title, not speech
            }

            Speaker? speaker = null;
            string? attributionText = null;
            TimeReference? continuedTime = null;
            if (attribution.Success)
            {
                speaker = context.Resolve(attribution.Groups["who"].Value);
                attributionText = attribution.Value.Trim().TrimEnd('.');
            }
            else if (announced is { } lead)
            {
                // "In oktober 2023 schreef de NZa in een reactie: ‘…’", "Vorig jaar zei een woordvoerder nog: ‘…’".
                speaker = context.Resolve(lead.Who);
                attributionText = lead.Lead;
            }
            else if (ReportedSpeechBefore().Match(before) is { Success: true } rb)
            {
                // "antwoordde de minister dat de politie “niet centraal benaderd is …”": the reported clause is the claim. When
                // the word after the verb is no speaker ("schreef op 18 april …", "schreef een week later …"), the subject
                // stands before the verb.
                var inverted = rb.Groups["who"].Value;
                speaker = !NoSpeaker().IsMatch(inverted) ? context.Resolve(inverted)
                    : FindReportedSpeech(sentence) is { } subjectFirst ? context.Resolve(subjectFirst.Who)
                    : SubjectBefore(before[..rb.Index]) is { } subject ? context.Resolve(subject) : context.Resolve(inverted);
                attributionText = rb.Groups["lead"].Value.Trim();
                var clauseStart = rb.Groups["clause"].Index;
                speaker = InMessage(sentence[..clauseStart], speaker) ?? speaker; // "schreef leverancier ParkScan in een e-mail … dat er ‘…’"
                var clauseText = sentence[clauseStart..].TrimEnd('.', ' ');
                var clauseTime = AttributionTime(sentence[..clauseStart], context, last: true) ?? context.TimeFor(sentence);
                foreach (var (offset, part) in ThatClauses(clauseText))
                {
                    claims.Add(Build(part, sentence, At(clauseStart + offset, part),
                        ReportedOrQuoted(part), speaker, attributionText, clauseTime, documentDate, null, article.Source.File, context));
                }

                handled = true;
                continue;
            }
            else if (SplitVolgens(sentence) is { } volgensFrame && volgensFrame.ClauseStart < quote.Index - 1 && !Regex.IsMatch(sentence[volgensFrame.ClauseStart..quote.Index], @"[„“""«‘]", RegexOptions.None, Patterns.Timeout))
            {
                // "Volgens Kamphuis zakken leerlingen vaker op onderdelen die ze „nauwelijks hebben kunnen laten zien”": the
                // clause "volgens" opens is the claim, quotation marks kept.
                var clauseText = sentence[volgensFrame.ClauseStart..].TrimEnd().TrimEnd('.', ' ');
                claims.Add(Build(clauseText, sentence, At(volgensFrame.ClauseStart, clauseText),
                    ClaimKind.ReportedSpeech, context.Resolve(volgensFrame.Who), "volgens " + volgensFrame.Who, context.TimeFor(sentence), documentDate, null, article.Source.File, context));
                return;
            }
            else if (FindReportedSpeech(sentence) is { } embedding && embedding.ClauseStart < quote.Index - 1 && quote.Index + quote.Length <= sentence.TrimEnd().TrimEnd('.').Length + 1
                && !quotes.Any(q => q.Index >= embedding.ClauseStart && q.Index < quote.Index))
            {
                // (A shorter quotation earlier in the same clause, "nagenoeg allemaal", is not one of the quotations taken, so
                // the clause is still read whole here, once.)
                // "Het rapport concludeert dat de fouten „structureel van aard” zijn": a quotation inside the reported clause;
                // the claim is the whole clause, quotation marks kept (one claim for the sentence, whatever quotes it holds).
                var clauseText = sentence[embedding.ClauseStart..].TrimEnd().TrimEnd('.', ' ');
                var embeddingSpeaker = context.Resolve(embedding.Who);
                var embeddingTime = AttributionTime(sentence[..embedding.ClauseStart], context, last: true) ?? context.SpeechTime(sentence) ?? context.TimeFor(sentence);
                foreach (var (offset, part) in ThatClauses(clauseText))
                {
                    claims.Add(Build(part, sentence, At(embedding.ClauseStart + offset, part),
                        ReportedOrQuoted(part), embeddingSpeaker, embedding.Lead, embeddingTime, documentDate, null, article.Source.File, context));
                }

                return;
            }
            else if (FindReportedSpeech(sentence) is { } framing && framing.ClauseStart <= quote.Index + 1)
            {
                // "Het rapport concludeert dat „de signalen onvoldoende zijn opgepakt”": the quotation is the reported clause's.
                speaker = context.Resolve(framing.Who);
                attributionText = framing.Lead;
            }
            else if (after.Trim().TrimEnd('.', '!').Length == 0 && before.Trim().Length > 0 && NamingFrame().Match(before) is { Success: true } naming
                && naming.Groups["who"].Value.Trim().Length > 0 && naming.Groups["who"].Value.Split(' ').Length <= 8)
            {
                // "Kamerlid Sanne Verbeek noemt de uitkomst „een geruststelling …”", "Provinciale politici spraken van „een
                // gouden handdruk”", "toen een defensievakblad berichtte over „ernstige problemen …”": the words are the subject's.
                speaker = context.Resolve(naming.Groups["who"].Value);
                attributionText = naming.Value.Trim();
            }
            else if (before.Trim().Length == 0 && context.ParagraphSpeaker is { } continued)
            {
                continuedTime = context.ParagraphSpeakerTime;
                // "„Dit is spelen met woorden”, reageert Statenlid Bram Kuipers. „Als er geen bus meer stopt, is de halte weg.”":
                // a quotation that opens a sentence without attribution continues the speaker quoted (or introduced) last in
                // the same paragraph — the convention of news prose.
                speaker = continued;
            }

            if (!attribution.Success && announced is null && DocumentAttribution().Match(after) is { Success: true } inDocument)
            {
                // "‘Wij schuiven het probleem vooruit’, staat in het memo.", "…, luidt de conclusie van de audit.": the document's words.
                var document = inDocument.Groups["doc"].Value.Trim();
                speaker = CitedSource(document, context);
                attributionText = inDocument.Value.Trim(' ', ',', '.');
            }

            var time = (attribution.Success ? AttributionTime(after, context) : announced is not null ? AttributionTime(before, context) : continuedTime)
                ?? context.SpeechTime(Quotation().Replace(sentence, "„…”")) ?? context.TimeFor(sentence);
            if (InMessage(attribution.Success ? after : announced is not null ? before : null, speaker) is { } message)
            {
                speaker = message; // "„…”, schreef een beleidsmedewerker in een e-mail van 21 januari": words quoted from a document
            }
            else if (speaker is { Role: not "research" } writer && attribution.Success && context.PreviousMessage is { } named
                && (writer.Mention ?? writer.Name).Split(' ')[^1] is { Length: >= 4 } head && named.Contains(head, StringComparison.OrdinalIgnoreCase))
            {
                // "Ook een e-mail van een luchtkwaliteitsadviseur … is veelzeggend. ‘…’, schreef de adviseur.": the message just named.
                speaker = new Speaker(named, "research", null, $"{named} ({writer.Name})");
            }
            else if (speaker is { Role: not "research" } pronounWriter && attribution.Success && WritingVerb().IsMatch(attribution.Value)
                && pronounWriter.Mention?.ToLowerInvariant() is "zij" or "ze" or "hij" && context.PreviousMessage is { } authored && AuthoredMessage().IsMatch(authored))
            {
                // "Een interne e-mail van de teamleider Burgerzaken van 27 november laat iets anders zien. „…,” schrijft zij.": the
                // writer of the message just named, not the person quoted before it.
                var messageName = MessageBeforeVerb().Match(authored) is { Success: true } cut ? cut.Groups["name"].Value : authored.TrimEnd('.');
                speaker = new Speaker(messageName, "research", null, messageName);
            }
            else if (speaker is { Role: not "research" } author && attribution.Success && WritingVerb().IsMatch(attribution.Value)
                && DefiniteMention().IsMatch(author.Mention ?? string.Empty) && context.DocumentBy((author.Mention ?? author.Name).Split(' ')[^1]) is { } document)
            {
                // "Dat staat in een interne e-mail van een teamchef … „…,” schrijft de teamchef.": the document that writer wrote.
                speaker = document with { Mention = $"{document.Mention ?? document.Name} ({author.Mention})" };
            }

            var q = quote.Groups["q"];
            var parts = TextSegments.Sentences(q.Value);
            if (parts.Length <= 1)
            {
                var innerAt = q.Index + (q.Value.Length - q.Value.TrimStart().Length);
                foreach (var (offset, part) in CorrectedParts(inner))
                {
                    claims.Add(Build(part, sentence, At(innerAt + offset, part),
                        ClaimKind.Quote, speaker, attributionText, time, documentDate, null, article.Source.File, context));
                }
            }
            else
            {
                // „Omzetplafonds zijn normaal. Dat leidt niet tot wachtlijsten.”, aldus de minister: one claim per sentence
                // of the quotation, so that a denial in one of them is read on its own.
                foreach (var (from, to) in parts)
                {
                    var sentencePart = q.Value[from..to].TrimEnd(' ', '.', ',');
                    if (sentencePart.Length < 6)
                    {
                        continue;
                    }

                    foreach (var (offset, part) in CorrectedParts(sentencePart))
                    {
                        var at = absolute + q.Index + from + offset;
                        claims.Add(Build(part, sentence, new SourceSpan(article.Source.PageAt(at), at, at + part.Length),
                            ClaimKind.Quote, speaker, attributionText, time, documentDate, null, article.Source.File, context));
                    }
                }
            }

            handled = true;
        }

        if (handled)
        {
            return;
        }

        if (trimmed.EndsWith('?'))
        {
            return; // questions are not claims
        }

        // "Uit de stukken blijkt echter niet dat het aandeel is toegenomen": what a source does not show. The negation is the
        // source's, so the claim is the whole sentence, negative, attributed to the source (not a positive clause).
        if (NegatedEvidence().Match(sentence) is { Success: true } notShown && (!notShown.Groups["anaphor"].Success || (context.LastResearch ?? context.LastResearchMention) is not null))
        {
            var source = notShown.Groups["anaphor"].Success ? (context.LastResearch ?? context.LastResearchMention)! : notShown.Groups["src"].Value.Trim();
            var lead = sentence.Length - sentence.TrimStart().Length;
            var notShownText = sentence.Trim().TrimEnd('.', ' ');
            context.PreviousStatement = claims.Count;
            claims.Add(Build(notShownText, sentence, At(lead, notShownText), ClaimKind.Evidence, CitedSource(source, context), notShown.Groups["lead"].Value.Trim(),
                context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // Evidence: "Uit onderzoek … blijkt (volgens X) dat …", "Volgens X blijkt uit het rapport het tegendeel: …", "Nieuw
        // onderzoek wijst uit dat …", "De stukken laten zien dat …", "Daaruit blijkt dat …" (the source last cited).
        var evidence = EvidenceSentence().Match(sentence);
        if (!evidence.Success || (evidence.Groups["anaphor"].Success && (context.LastResearch ?? context.LastResearchMention) is null))
        {
            evidence = DocumentStatesIn(sentence);
        }

        if (evidence.Success && (!evidence.Groups["anaphor"].Success || (context.LastResearch ?? context.LastResearchMention) is not null))
        {
            var clause = evidence.Groups["clause"];
            var source = evidence.Groups["anaphor"].Success ? (context.LastResearch ?? context.LastResearchMention)! : evidence.Groups["src"].Value.Trim().TrimEnd(',');
            var reporters = evidence.Groups["rep"].Success ? evidence.Groups["rep"].Value.Trim() : null;
            var text = clause.Value.TrimEnd('.', ' ');
            var dated = evidence.Groups["anaphor"].Success ? null : DateOfSource(source, context);
            if (dated is not null)
            {
                // "Uit de auditrapportage, gedateerd juni 2023, blijkt dat …", "In een notitie van september 2022 staat dat …":
                // the finding dates from its document, and so do the findings read from it in the sentences that follow.
                context.ResearchPublished(source, dated);
            }

            // "De beklagcommissie gaf in augustus 37 gedetineerden gelijk. In de uitspraak staat dat …": a document named
            // with a definite article is the one the previous sentence dated.
            var previouslyDated = evidence.Groups["src"].Success && DefiniteDocument().IsMatch(source) ? context.SpeechTime(sentence) : null;
            context.PreviousStatement = claims.Count;
            claims.Add(Build(text, sentence, At(clause.Index, text),
                ClaimKind.Evidence, CitedSource(source, context), reporters is null ? evidence.Groups["lead"].Value.Trim() : $"volgens {reporters}",
                dated ?? previouslyDated ?? context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // A letter's content: "In een raadsbrief van 12 december staat de sluiting … in een lijst met bezuinigingsmaatregelen", "In
        // dezelfde brief staat dat …": the letter is the source, dated by its date; as a cited document it is the claim's
        // research speaker, so the claim is the letter's evidence (not the reporter's statement).
        if (LetterStates().Match(sentence) is { Success: true } letter)
        {
            var clause = letter.Groups["clause"];
            var text = clause.Value.TrimEnd().TrimEnd('.', ' ');
            var source = letter.Groups["src"].Value.Trim();
            var dated = DateOfSource(source, context);
            if (dated is not null)
            {
                context.ResearchPublished(source, dated);
            }

            context.PreviousStatement = claims.Count;
            claims.Add(Build(text, sentence, At(clause.Index, text), ClaimKind.ReportedSpeech, CitedSource(source, context), letter.Groups["lead"].Value.Trim(),
                dated ?? context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // Reports and rumours as the source: "Eind 2022 verschenen berichten dat …", "Op sociale media ging het gerucht dat …".
        if (RumourFrame().Match(sentence) is { Success: true } rumour)
        {
            var clause = rumour.Groups["clause"];
            var text = clause.Value.TrimEnd().TrimEnd('.', ' ');
            claims.Add(Build(text, sentence, At(clause.Index, text),
                ClaimKind.ReportedSpeech, new Speaker(rumour.Groups["who"].Value.Trim(), "source", null, rumour.Groups["who"].Value.Trim()), rumour.Groups["lead"].Value.Trim(),
                AttributionTime(sentence[..clause.Index], context) ?? context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // Reported speech: "Eerst zei de minister … dat …", "Verder schrijft hij dat …", "X beweert dat …".
        if (FindReportedSpeech(sentence) is { } reported)
        {
            var leadStart = sentence.IndexOf(reported.Lead, StringComparison.Ordinal);
            if (leadStart > 0 && sentence[..leadStart].TrimEnd() is var mainClause && mainClause.EndsWith(',') && mainClause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 5
                && !reported.Lead.StartsWith(reported.Who + ",", StringComparison.Ordinal))
            {
                // "De Belastingdienst hield lijsten bij, terwijl het kabinet meldde dat …": the main clause is the reporting's own.
                var lead = sentence.Length - sentence.TrimStart().Length;
                var ownText = mainClause.TrimEnd(',').Trim();
                claims.Add(Build(ownText, sentence, At(lead, ownText),
                    ClaimKind.Statement, reporter, null, context.DocumentTime, documentDate, null, article.Source.File, context));
            }

            var speaker = context.Resolve(reported.Who);
            speaker = InMessage(sentence[..reported.ClauseStart], speaker)
                ?? (InThat().IsMatch(sentence) && context.LastMessage is { } message ? new Speaker(message, "research", null, $"{message} ({speaker.Name})") : null)
                ?? speaker; // "In een memo van 9 september schrijft het hoofd … dat …", "Een memo … Daarin schrijft het hoofd dat …"
            var reportedTime = AttributionTime(sentence[..reported.ClauseStart], context, last: true) ?? context.SpeechTime(sentence) ?? context.TimeFor(sentence);
            if (NegatedFrame().IsMatch(reported.Lead))
            {
                // "Daarbij vond de ADR geen aanwijzingen dat leveranciers hun tarieven verhoogden", "De minister zei niet dat …":
                // the frame negates the clause, so the claim is the whole sentence, negative, not the clause as a positive fact.
                claims.Add(Build(whole, sentence, wholeAt, ClaimKind.ReportedSpeech, speaker, reported.Lead, reportedTime, documentDate, null, article.Source.File, context));
                return;
            }

            var clause = sentence[reported.ClauseStart..].TrimEnd().TrimEnd('.', ' ');
            // "schreef Leemans dat de aanrijtijden „niet zijn verslechterd” en dat de norm werd gehaald": each "dat"-clause is a
            // claim of its own, so that a denial in one of them is read on its own.
            foreach (var (offset, text) in ThatClauses(clause))
            {
                var claim = Build(text, sentence, At(reported.ClauseStart + offset, text),
                    ClaimKind.ReportedSpeech, speaker, reported.Lead, reportedTime, documentDate, null, article.Source.File, context);
                if (DenyingVerb().IsMatch(reported.Lead) && !claim.Negated)
                {
                    // "X ontkende dat de politie Clearview had gebruikt": X denies the clause.
                    claim = claim with
                    {
                        Negated = true,
                        Denial = StanceLabel.Deny,
                        NegationCues = [DenyingVerb().Match(reported.Lead).Value.ToLowerInvariant()],
                        NegationNote = claim.Hypothetical ? "not-asserted" : null,
                        Proposition = claim.Proposition is { } p ? p with { Negated = true } : null,
                    };
                }

                claims.Add(claim);
            }

            return;
        }

        // "Voor zover het ministerie kon nagaan, ging het om medische vluchten": X's hedged statement.
        if (KnowledgeOf().Match(sentence) is { Success: true } knowledge && !Regex.IsMatch(knowledge.Groups["who"].Value, @"^(?:ik|wij|we|bekend|mogelijk|nodig)$", RegexOptions.IgnoreCase, Patterns.Timeout))
        {
            claims.Add(Build(whole, sentence, wholeAt, ClaimKind.ReportedSpeech, context.Resolve(knowledge.Groups["who"].Value), knowledge.Groups["lead"].Value.Trim(), context.SpeechTime(sentence) ?? context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // "Volgens X …": attributed statement.
        if (SplitVolgens(sentence) is { } volgens)
        {
            var text = sentence[volgens.ClauseStart..].TrimEnd().TrimEnd('.', ' ');
            claims.Add(Build(text, sentence, At(volgens.ClauseStart, text),
                ClaimKind.ReportedSpeech, context.Resolve(volgens.Who), "volgens " + volgens.Who, context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // "…, maar volgens de inspectie werden die meldingen niet doorgezet.", "Aan de normering is volgens de inspectie niets
        // veranderd.": "volgens X" inside the sentence attributes the clause it opens, or the whole sentence.
        if (MidVolgens().Match(sentence) is { Success: true } mid
            && (mid.Groups["conj"].Success ? SplitVolgens(sentence[mid.Groups["v"].Index..]) : ParentheticalSource(sentence, mid.Groups["v"].Index + mid.Groups["v"].Length)) is { } midSource)
        {
            var opensClause = mid.Groups["conj"].Success;
            var start = opensClause ? mid.Groups["v"].Index + midSource.ClauseStart : sentence.Length - sentence.TrimStart().Length;
            var text = sentence[start..].TrimEnd().TrimEnd('.', ' ');
            // "volgens hem/haar" continues the statement just reported, made at the same time.
            var continues = midSource.Who is "hij" or "zij" && Spotters.Times(sentence).IsEmpty ? context.ParagraphSpeakerTime : null;
            claims.Add(Build(text, sentence, At(start, text),
                ClaimKind.ReportedSpeech, context.Resolve(midSource.Who), "volgens " + midSource.Who, continues ?? context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // "…, zegt een woordvoerder.": attributed statement.
        var trailing = TrailingAttribution().Match(sentence);
        if (trailing.Success && trailing.Index > 0)
        {
            var text = sentence[..trailing.Index].Trim();
            var lead = sentence.Length - sentence.TrimStart().Length;
            claims.Add(Build(text, sentence, At(lead, text),
                ClaimKind.ReportedSpeech, context.Resolve(trailing.Groups["who"].Value), trailing.Value.Trim(' ', ',', '.'), context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // A finding stated with its source as subject ("De inspectie vond daarvoor evenmin aanwijzingen.", "De Rekenkamer acht het
        // niet uit te sluiten dat …", "Bewonersvereniging Stille Nachten telde vorig jaar ruim 50 starts"): the source's evidence.
        var finding = FindingBySubject().Match(sentence);
        if (!(finding.Success && (ResearchSubject().IsMatch(finding.Groups["src"].Value)
            || (CountingVerb().IsMatch(finding.Groups["verb"].Value) && !finding.Groups["verb"].Value.Equals("telt", StringComparison.OrdinalIgnoreCase)))))
        {
            finding = InvertedFinding().Match(sentence); // "Op elf locaties troffen inspecteurs bewoners aan …"
        }

        if (finding.Success && FrontedAdjunct().IsMatch(finding.Groups["src"].Value))
        {
            // "Over dezelfde periode vorig jaar registreerden de palen samen nog 2.340 overtredingen": a fronted adverbial, not
            // the source; the subject follows the verb.
            var after = SubjectAfterVerb().Match(sentence, finding.Groups["verb"].Index + finding.Groups["verb"].Length);
            finding = after.Success ? after : Match.Empty;
        }

        if (finding.Success)
        {
            var source = finding.Groups["src"].Value.Trim();
            context.PreviousStatement = claims.Count;
            claims.Add(Build(whole, sentence, wholeAt, ClaimKind.Evidence, CitedSource(source, context), null, context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        // The reporting's own statement.
        var own = sentence.TrimEnd();
        context.PreviousStatement = claims.Count;
        if (DocumentAsSubject().Match(trimmed) is { Success: true } introduced)
        {
            // "Het scenariodocument, gedateerd 4 september, rekent drie varianten door.", "De cijfers vertellen een ander verhaal.":
            // the sentence presents a document (the reporting's own words), and the reporting's statements after it in the same
            // paragraph give its content. "De cijfers" is the source named before ("cijfers van de RAV Westerhoorn").
            var name = introduced.Groups["src"].Value.Trim();
            var named = context.ResearchSources.LastOrDefault(e => SameHead(e, introduced.Groups["noun"].Value)) ?? name;
            context.ParagraphSource = new Speaker(named, "research", null, name);

            // "Het scenariodocument, gedateerd 4 september, …", "de conceptbegroting, die vorige maand naar de raad ging, …",
            // "Het memo van 12 december …": the content read from it dates from the document (not "voor 2026", the year it is
            // about, nor the period an audit covered).
            var description = introduced.Groups["apposition"].Value;
            context.ParagraphSourceTime = DateOfSource(name + " " + description, context) ?? context.RelativeToDocument(description);
        }
        else if (DocumentSubject().IsMatch(trimmed))
        {
            context.ParagraphSource = null; // "De toekenningsbrief van het fonds … dateert van 3 maart 2025": another document
        }
        else if (context.ParagraphSource is { } presented && !ReportersInference().IsMatch(trimmed))
        {
            // "In de variant 'Compact' sluiten de vestigingen … per 1 januari 2027." after the sentence that presented the
            // scenario document: the document's content, as the reporter reads it out; not the reporter's own inference ("dus").
            claims.Add(Build(own.TrimEnd('.'), sentence, At(0, own.TrimEnd('.')), ClaimKind.Evidence, presented, "as read in " + presented.Mention, context.ParagraphSourceTime ?? context.TimeFor(sentence), documentDate, null, article.Source.File, context));
            return;
        }

        claims.Add(Build(own.TrimEnd('.'), sentence, At(0, own.TrimEnd('.')),
            ClaimKind.Statement, reporter, null, context.DocumentTime, documentDate, null, article.Source.File, context));
    }

    private Claim Build(string text, string sentence, SourceSpan span, ClaimKind kind, Speaker? speaker, string? attribution, TimeReference? madeAt, DateOnly? documentDate, KamervraagDocument? document, string? file = null, Context? context = null)
    {
        if (kind is ClaimKind.ReportedSpeech or ClaimKind.Quote && speaker is { Role: "research" })
        {
            // "Volgens de inspectie …", "…, schrijft de Rekenkamer.", "Het rapport concludeert dat „…”": a finding, not an opinion.
            kind = ClaimKind.Evidence;
        }

        if (kind == ClaimKind.Evidence && context is not null && (madeAt is null || madeAt == context.DocumentTime)
            && speaker is { Role: "research" } && (DateOfSource(speaker.Mention ?? speaker.Name, context) ?? DateOfSource(speaker.Name, context) ?? context.CitedTime(speaker)) is { } dated)
        {
            // "Een intern rapport … uit maart stelt dat …": the finding dates from the document its source names; "Volgens het
            // memo …" after "Het memo, gedateerd 29 september, …" from the date the article gave that document before.
            madeAt = dated;
        }
        else if (kind == ClaimKind.Evidence && context?.ResearchTime is { } published && (madeAt is null || madeAt == context.DocumentTime))
        {
            madeAt = published; // a finding read from the report the article introduced, which has its own date
        }

        var entities = Spotters.Entities(text);
        if (context is not null)
        {
            entities = context.ResolveReferences(text, entities);
        }

        // "de camera voorlopig níet activeren", "nóóit": an accent of emphasis on a negation word (the same length unaccented).
        var read = EmphasisedNegation().Replace(text, m => m.Value.Replace('í', 'i').Replace('é', 'e').Replace('ó', 'o').Replace('Í', 'I').Replace('É', 'E').Replace('Ó', 'O'));
        var (negated, cues, antonymCue) = NegationOrAntonym(read);

        var hedges = HedgesOf(sentence);
        var qualifiers = _scope.Entries.Concat(_claimScope.Entries).Select(e => e.Pattern.Match(text)).Where(m => m.Success).Select(m => m.Value).Distinct().ToImmutableArray();
        StanceLabel? denial = !negated ? null : hedges.Length > 0 ? StanceLabel.HedgedDeny : qualifiers.Length > 0 ? StanceLabel.ScopedDeny : StanceLabel.Deny;
        var refersTo = Spotters.Times(text).FirstOrDefault();
        var governed = negated && (hedges.Length > 0 || NegationGovernsPredicate(text));
        // The negation words of pseudo-negations ("niet alleen … maar ook") were not counted as cues; an occurrence of the same
        // word there does not keep the claim negative either.
        string? negationNote = null;
        var pseudoSpans = negated ? _pseudo.Entries.SelectMany(e => e.Pattern.Matches(text)).Where(m => m.Success).Select(m => (m.Index, End: m.Index + m.Length)).ToList() : [];
        if (negated && antonymCue is null && cues.All(cue => CueOccurrences(read, cue).All(at => pseudoSpans.Any(p => at.Index >= p.Index && at.Index < p.End) || InsideSubordinateClause(read, at) || (document is null && InsideToldClause(read, at)) || InContrastTail(read, at) || InsideQuotedTitle(read, at) || (document is not null && InsideQuotation(read, at)) || Attributive(read, cue, at))))
        {
            // "Dit faciliteert de doorstroom voor de groep die hiertoe niet zelfredzaam is", "Op 1 november stonden 318
            // inburgeraars ingeschreven die nog niet met lessen waren begonnen": every negation is inside a relative or
            // adverbial clause (or, in reporting, inside what someone was told or promised), so the main clause is
            // positive and denies nothing.
            negated = false;
            cues = [];
            denial = null;
            negationNote = "subordinate";
        }
        else if (negated && GroupShare().Match(text) is { Success: true } share && !AnyNegation().IsMatch(text[..share.Index]))
        {
            // "In totaal is ongeveer 10% van de klanten niet akkoord gegaan", "60% (heeft) geen bedrijfsopvolger": the
            // negation describes part of a group; the claim reports a share, it denies nothing.
            denial = null;
            negationNote = "share";
        }
        else if (negated && (_refuse.IsMatch(text) || (_withheld.IsMatch(text) && !NeeOpening().IsMatch(text))))
        {
            // "Ik kan, lopende het onderzoek, geen uitspraken doen over een strafzaak": the negation declines to answer; "Er
            // wordt geen inschatting gemaakt van …" (claim-withheld.tsv) says the information is not held. Neither denies
            // anything a report could contradict.
            denial = null;
            negationNote = _refuse.IsMatch(text) ? "refusal" : "no-information";
        }

        var proposition = PropositionFor(text, entities, governed);
        if (document is null && PropositionText(text, kind) is { } shaped)
        {
            // Reporting: a reported "dat"-clause in main-clause order ("de politie de software niet gebruikte" → "de politie
            // gebruikte de software niet"), without a comparative tail ("vaker ingezet dan de minister aan de Kamer meldde").
            var shapedEntities = Spotters.Entities(shaped);
            proposition = PropositionFor(shaped, context is null ? shapedEntities : context.ResolveReferences(shaped, shapedEntities), governed) ?? proposition;
        }

        if (proposition is { Subject: { } we } && FirstPersonPlural().IsMatch(we) && WeAs().Match(text) is { Success: true } weAs
            && entities.FirstOrDefault(e => e.Start <= weAs.Groups["body"].Index && e.Start + e.Text.Length >= weAs.Groups["body"].Index + weAs.Groups["body"].Length) is { } body)
        {
            // "Wij hebben als politie geen opdracht gegeven": "we" are the body named after "als".
            proposition = proposition with { Subject = body.Canonical };
        }
        else if (proposition is { Subject: { } pronoun } && FirstPersonPlural().IsMatch(pronoun) && SpokespersonOf(speaker) is { } organisation)
        {
            // "„We hebben de software nooit ingezet”, zei een woordvoerder van de Nationale Politie": we = the police.
            proposition = proposition with { Subject = organisation };
        }

        if (DenialFrame().Match(text) is { Success: true } frame)
        {
            // "… het beeld niet herkent dat hele bossen gekapt worden …", "ontkende dat de politie Clearview had gebruikt":
            // the frame denies the embedded statement, so the proposition is that statement's, negated.
            var embedded = frame.Groups["x"].Value;
            negated = true;
            cues = cues.Contains(frame.Groups["cue"].Value.ToLowerInvariant()) ? cues : cues.Add(frame.Groups["cue"].Value.ToLowerInvariant());
            denial = hedges.Length > 0 ? StanceLabel.HedgedDeny : StanceLabel.Deny;
            proposition = PropositionFor(embedded, Spotters.Entities(embedded), true) is { } p ? p with { Negated = true } : proposition;
        }
        if (context?.LastQuestion is { } lastQuestion && Elliptical().IsMatch(text))
        {
            // "Eerst zei de minister dat dit niet het geval was": the denied proposition is the question just asked.
            entities = Spotters.Entities(lastQuestion);
            proposition = PropositionOf(lastQuestion, entities, true);
        }

        var claim = new Claim
        {
            Text = text,
            Sentence = sentence.Trim(),
            ContextBodies = context?.Bodies ?? [],
            Span = span,
            File = document?.Source.File ?? file,
            DocumentId = document?.Id,
            Kind = kind,
            Speaker = speaker,
            Attribution = attribution,
            MadeAt = madeAt,
            RefersTo = refersTo,
            DocumentDate = documentDate,
            Negated = negated,
            Denial = denial,
            NegationCues = cues,
            AntonymCue = antonymCue,
            Hedges = hedges.AddRange(_epistemic.Entries.Select(e => e.Pattern.Match(text)).Where(m => m.Success && !hedges.Contains(m.Value)).Select(m => m.Value)).Distinct().ToImmutableArray(),
            Qualifiers = negated ? qualifiers : [],
            Entities = NamedEntities ? WithRecognizedNames(text, entities) : entities,
            Quantities = Spotters.Quantities(text),
            Proposition = proposition,
            // A negated norm ("Een stagiair mag niet ingezet worden", "is niet toegestaan") states no fact that reporting could
            // contradict — unless a knowledge hedge makes it one ("geen signalen dat kinderen langdurig moeten wachten").
            // ("zou … niet" was measured too: as often a polite assertion, "zou hier niet toepasbaar zijn", as a
            // counterfactual; not used.)
            Hypothetical = Hypothetical().IsMatch(sentence) || Hypothetical().IsMatch(text) || (negated && hedges.Length == 0 && NegatedNorm().Matches(text).Any(m => !OpenSubordinateClause().IsMatch(text[..m.Index]) && !WantBefore().IsMatch(text[..m.Index]))),
        };

        return claim with { NegationNote = negationNote ?? (claim is { Negated: true, Denial: not null, Hypothetical: true } ? "not-asserted" : null) };
    }

    /// <summary>
    /// The proposition of one clause as claim building computes it without document context: the lexicons
    /// predicate and entities, completed from the Language stage (<c>GeneralPropositions</c>).
    /// </summary>
    internal Proposition? PropositionFor(string text)
    {
        var (negated, _, _) = NegationOrAntonym(text);
        var governed = negated && (HedgesOf(text).Length > 0 || NegationGovernsPredicate(text));
        return PropositionFor(text, Spotters.Entities(text), governed);
    }

    /// <summary>Negation cues, or else an implicative verb that denies ("gestopt met het gebruik") as the only cue.</summary>
    private (bool Negated, ImmutableArray<string> Cues, string? AntonymCue) NegationOrAntonym(string text)
    {
        var (negated, cues) = Negation(text);
        return !negated && Lexicon.Embedded("antonyms").FirstMatch(text) is { } antonym
            ? (true, [antonym.Match.Value], antonym.Match.Value)
            : (negated, cues, null);
    }

    /// <summary>Whether a claim with this text is negated (pseudo-negations and subordinate questions excluded).</summary>
    internal bool IsNegated(string text) => Negation(text).Negated;

    private static Proposition? PropositionFor(string text, ImmutableArray<EntityMention> entities, bool governed)
    {
        var proposition = GeneralPropositions.From(text, PropositionOf(text, entities, governed), governed);
        if (proposition is { Subject: not null } && AgentlessPassive().IsMatch(text) && !Agent().IsMatch(text))
        {
            // "Er worden geen notulen gemaakt van bijeenkomsten van het WEF": a passive without "door …" names no actor.
            proposition = proposition with { Subject = null };
        }

        return proposition;
    }

    /// <summary>Adds the recognizer's names that do not overlap a lexicon or alias match, in text order.</summary>
    private static ImmutableArray<EntityMention> WithRecognizedNames(string text, ImmutableArray<EntityMention> entities)
    {
        if (LanguageStage.TryAnalyze(text, 2_000, names: true) is not { } analysed)
        {
            return entities; // a build without the embedded models
        }

        var result = new List<EntityMention>(entities);
        foreach (var sentence in analysed)
        {
            if (!sentence.Annotations.TryGetValue("ner", out var spans))
            {
                continue;
            }

            foreach (var span in spans)
            {
                var start = span.StartIn(sentence);
                var end = span.EndIn(sentence);
                if (!s_nameTypes.Contains(span.Label) || end <= start)
                {
                    continue;
                }

                var same = result.FindIndex(e => e.Start == start && e.Start + e.Text.Length == end && e.Type == "Misc" && e.Score is null);
                if (same >= 0)
                {
                    // a capitalised name the lexicons could only call Misc: the recognizer knows its type ("Rotterdam")
                    result[same] = result[same] with { Type = span.Label, Score = span.Score };
                    continue;
                }

                if (entities.Any(e => start < e.Start + e.Text.Length && e.Start < end))
                {
                    continue;
                }

                var name = text[start..end];
                result.Add(new EntityMention(name, name, span.Label, start) { Score = span.Score });
            }
        }

        return [.. result.OrderBy(e => e.Start)];
    }

    private Claim Build(string text, string sentence, SourceSpan span, ClaimKind kind, Speaker? speaker, string? attribution, TimeReference? madeAt, DateOnly? documentDate, KamervraagDocument document) =>
        Build(text, sentence, span, kind, speaker, attribution, madeAt, documentDate, document, document.Source.File, null);

    private (bool Negated, ImmutableArray<string> Cues) Negation(string text)
    {
        if (_pseudo.IsMatch(text))
        {
            // Pseudo-negations ("niet uit te sluiten", "niet alleen") do not make the claim a denial.
            var stripped = text;
            foreach (var e in _pseudo.Entries)
            {
                stripped = e.Pattern.Replace(stripped, " ");
            }

            text = stripped;
        }

        var cues = ImmutableArray.CreateBuilder<string>();
        foreach (var e in _negation.Entries)
        {
            foreach (Match m in e.Pattern.Matches(text))
            {
                if (!IsInSubordinateQuestion(text, m.Index))
                {
                    cues.Add(m.Value.ToLowerInvariant());
                }
            }
        }

        return (cues.Count > 0, cues.Distinct().ToImmutableArray());
    }

    /// <summary>
    /// True when a negation cue and the predicate are in the same clause ("werken er geen … samen met", "heeft nooit
    /// gebruik gemaakt van"), not when the negation belongs to a matrix clause ("ziet geen aanleiding om het gebruik …").
    /// </summary>
    private bool NegationGovernsPredicate(string text)
    {
        if (Spotters.Predicate(text) is not { } predicate)
        {
            return true;
        }

        foreach (var entry in _negation.Entries)
        {
            foreach (Match cue in entry.Pattern.Matches(text))
            {
                var (from, to) = cue.Index < predicate.Start ? (cue.Index + cue.Length, predicate.Start) : (predicate.Start + predicate.Length, cue.Index);
                if (cue.Index >= predicate.Start && cue.Index < predicate.Start + predicate.Length)
                {
                    return true; // inside the predicate phrase
                }

                if (to >= from && !ClauseBoundary().IsMatch(text[from..to]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:om|dat|die|waarbij|waarin|omdat|zodat|wanneer|indien|als|terwijl)\b|[;:]", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ClauseBoundary();

    /// <summary>
    /// True when the negation cue (a word of the claim text) stands in a relative or adverbial clause opened after the
    /// last comma ("… voor de groep die hiertoe niet zelfredzaam is", "omdat hij niet …"). Complement clauses ("dat
    /// …", "of …") are not counted: in reported speech they carry the asserted content.
    /// </summary>
    private static bool InsideSubordinateClause(string text, Match at)
    {
        if (FrontedSubordinateClause().Match(text) is { Success: true } fronted && at.Index < fronted.Length)
        {
            // "Alleen als een minderjarige …, en de ouder niet in staat is …, kan het gezag … worden beëindigd": a fronted
            // adverbial clause runs, commas and all, up to the inverted finite verb that opens the main clause.
            return true;
        }

        if (WishOrNounComplement().IsMatch(text[..at.Index]))
        {
            // "had het kabinet liever gezien dat de VN … niet vertegenwoordigd was", "de situatie dat de geschiktheid niet
            // bekend is": the negation is inside a wish or inside what a noun describes, not asserted.
            return true;
        }

        if (InsideParenthetical(text, at.Index))
        {
            // "Het vlees is – voor zover nog niet geconsumeerd – van de markt gehaald": an aside between dashes or brackets.
            return true;
        }

        if (RelativeDatBefore(text, at.Index))
        {
            // "Het gaat om geld dat niet is uitgegeven": a relative clause on a neuter noun.
            return true;
        }

        if (OpenInfinitiveClause().IsMatch(text[..at.Index]) && InfinitiveAfter().IsMatch(text[at.Index..]))
        {
            // "In 2020 golden richtlijnen om buiten de ziekenhuizen geen beschermingsmiddelen te gebruiken": the negation is
            // inside the "om … te" clause; the main clause asserts that the guidelines held.
            return true;
        }

        if (OpenSubordinateClause().Match(text[..at.Index]) is not { Success: true } open)
        {
            return false;
        }

        // "kunnen er aan het vooronderzoek waarover EenVandaag berichtte geen conclusies worden verbonden": a relative clause
        // ends with its verb; a negation right after that verb is back in the main clause.
        return !(RelativeOpener().IsMatch(open.Value) && AfterClosingVerb(text, at.Index));
    }

    /// <summary>
    /// A "dat"-clause still open at the end of the text after a verb of wishing ("had liever gezien dat", "hoop dat") or a noun
    /// whose content it describes without asserting it ("de situatie / het risico / de kans / de indruk dat").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:had|hadden|zou|zouden)\s+(?:\S+\s+){0,4}?(?:willen\s+)?(?:zien|gezien)|(?:hoop|hoopt|hopen|hoopte|hoopten|wens|wenst|wensen)(?:\s+(?:ik|wij|we))?)\s+dat\b[^;:]*$|\b(?:situatie|risico|kans|mogelijkheid|gevaar|angst|vrees|verwachting|hoop|wens|indruk|suggestie|veronderstelling|aanname|gedachte|idee|gevoel|signaal|signalen|aanwijzingen|berichten|meldingen|boodschap|principe|uitgangspunt|optie|feit)(?:\s+(?:is|zijn|bestaat|bestaan|gegeven|afgegeven|uitgezonden))?\s+dat\b[^,;:]*$|\bexcuses(?:\s+aan)?\s+(?:\S+\s+){0,3}?dat\b[^,;:]*$|\bbetreur\w*\s+(?:\S+\s+){0,3}?dat\b[^,;:]*$|\b(?:zorg|zorgt|zorgen|zorgde|zorgden)\s+(?:\S+\s+){0,4}?(?:ervoor|er\s+voor)\s+dat\b[^,;:]*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex WishOrNounComplement();

    /// <summary>True when the position is inside an aside between dashes ("– … –") or round brackets, closed later in the text.</summary>
    private static bool InsideParenthetical(string text, int at) =>
        (OpenDash().IsMatch(text[..at]) && CloseDash().IsMatch(text[at..])) || (OpenBracket().IsMatch(text[..at]) && text.IndexOf(')', at) > at);

    [GeneratedRegex(@"\s[–—-]\s[^–—()]*$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpenDash();

    [GeneratedRegex(@"^[^–—()]*?\s[–—-]\s", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex CloseDash();

    [GeneratedRegex(@"\([^()]*$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpenBracket();

    /// <summary>A pronoun, article, adverb or the relative word itself right before the negation: it cannot close a clause.</summary>
    [GeneratedRegex(@"\b(?:die|dat|welke|wat|waar\p{L}*|er|ook|nog|wel|dus|daardoor|daarom|daarbij|daarin|zelf|al|toen|nu|echter|immers|het|de|een|hij|zij|ze|we|wij|ik|men|u|jij|je|deze|dit|zich|hen|hun|hem|haar|ons|mij|me|helemaal|vrijwel|bijna|totaal|volstrekt|zeker|vaak|soms|meestal|uiteraard|overigens|momenteel|nog|meer|maar)\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FunctionWordBefore();

    /// <summary>A relative pronoun or adverb opens the stretch ("waarover …", "die …", "welke …").</summary>
    [GeneratedRegex(@"^(?:waar\p{L}+|die|welke|wat)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex RelativeOpener();

    /// <summary>True when the word before the negation at <paramref name="cue"/> is a verb (the tagger decides).</summary>
    private static bool AfterClosingVerb(string text, int cue)
    {
        if (FunctionWordBefore().IsMatch(text[..cue]) || LanguageStage.TryAnalyze(text, 2_000) is not { } analysed)
        {
            return false; // "die er niet", "waarbij ook geen": no verb before the negation, known without tagging
        }

        // "die voortkomen uit fraude (in verband met een boete) niet kwijtgescholden": an aside in brackets right before the
        // negation is skipped. "waarbij … het inkomen niet is meegewogen": a word after an article is a noun, whatever the
        // tagger says.
        var head = text[..cue].TrimEnd();
        if (head.EndsWith(')') && head.LastIndexOf('(') is var open and > 0)
        {
            cue = open;
        }

        var before = analysed.Tokens.Where(t => t.Token.End <= cue).ToList();
        return before.Count > 0 && before[^1].Pos is GovText.Language.UPos.VERB or GovText.Language.UPos.AUX
            && !(before.Count > 1 && before[^2].Pos == GovText.Language.UPos.DET);
    }

    /// <summary>
    /// True when a relative "dat" right after a noun opens the clause the negation at <paramref name="cue"/> stands in
    /// ("geld dat niet is uitgegeven"). The word "dat" is ambiguous, so the tagger decides: a relative pronoun (PRON after a
    /// noun), not the conjunction (SCONJ, "zei dat") nor a demonstrative ("zonder Nederlands lukt dat niet", "en dat is niet
    /// zo"). An extraposed relative after a verb ("vuurwerk liggen dat niet verkocht is") is left negated: after a verb the
    /// demonstrative is far more common. Without the embedded models, no.
    /// </summary>
    private static bool RelativeDatBefore(string text, int cue)
    {
        if (OpenDat().Match(text[..cue]) is not { Success: true } dat || DatAfterVerbOrConjunction().IsMatch(text[..dat.Index])
            || LanguageStage.TryAnalyze(text, 2_000) is not { } analysed)
        {
            return false; // "zegt dat", "blijkt dat", "zo … dat": the conjunction, known without tagging
        }

        var tokens = analysed.Tokens.ToList();
        var i = tokens.FindIndex(t => t.Token.Start == dat.Groups["dat"].Index);
        return i > 0 && tokens[i].Pos == GovText.Language.UPos.PRON
            && tokens[i - 1].Pos is GovText.Language.UPos.NOUN or GovText.Language.UPos.PROPN;
    }

    /// <summary>A word before "dat" that makes it the conjunction: a verb of saying, knowing or showing, or a conjunction.</summary>
    [GeneratedRegex(@"\b(?:zegt|zei|zeggen|zeiden|gezegd|meldt|meldde|melden|meldden|gemeld|blijkt|bleek|gebleken|schrijft|schreef|schrijven|schreven|geschreven|stelt|stelde|stellen|stelden|gesteld|denkt|dacht|vindt|vond|vinden|vonden|weet|wist|weten|verwacht|verwachtte|erkent|erkende|ontkent|ontkende|bevestigt|bevestigde|benadrukt|benadrukte|betekent|betekende|verklaart|verklaarde|verklaren|antwoordt|antwoordde|aangegeven|geeft|gaf|laat|liet|hoorde|horen|zag|ziet|zien|concludeert|concludeerde|is|was|zijn|waren|zo|omdat|zodat|doordat|opdat|nadat|voordat|totdat|terwijl|hoewel|mits|behalve|duidelijk|bekend|mogelijk|waar|juist|zeker|vast|gevolg|conclusie)\s*,?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatAfterVerbOrConjunction();

    /// <summary>The last "dat" before the negation, with no comma, semicolon or colon between them.</summary>
    [GeneratedRegex(@"\b(?<dat>dat)\b[^,;:]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpenDat();

    /// <summary>
    /// An "om" (or "door", or a verb of warning or asking: "gewaarschuwd niet … te") that opens an infinitive clause still open
    /// at the end of the text ("richtlijnen om buiten de ziekenhuizen"). The clause closes at "te &lt;verb&gt; en/of/maar"; after a
    /// decision ("gekozen om", "besloten om", "voornemens om") the infinitive is what is decided, so its negation counts.
    /// </summary>
    [GeneratedRegex(@"(?<!\bgaat\s|\bging\s|\bgaan\s|\bgingen\s|\bgaf\s|\bgeeft\s|\b(?:gekozen|kies|kiest|kiezen|koos|kozen|besloten|besluit|besluiten|voornemens|voornemen|plan|plannen)\s(?:\S+\s)?)\b(?:om|door|gewaarschuwd|gevraagd|verzocht|geadviseerd|opgeroepen)\b(?:(?!\bte\s+\p{L}{3,}\s+(?:en|of|maar)\b)[^,;:])*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpenInfinitiveClause();

    /// <summary>"te" and a verb after the negation, closing the infinitive clause in the same stretch of text.</summary>
    [GeneratedRegex(@"^[^,;:]*?\bte\s+\p{L}+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex InfinitiveAfter();

    /// <summary>
    /// A negation inside what someone else said, was told or promised, quoted within a claim ("steeds kregen we te horen dat
    /// er niets aan de hand was", "De raad is in maart verteld dat er niemand hoefde te wachten", "heeft de Staten beloofd
    /// dat er geen boom naar een centrale zou gaan", "de Kamer hoorde in november dat er niets aan de hand was", "De wethouder
    /// deed alsof er nooit geld zonder controle uitging"): the speaker reports that statement, the claim does not deny.
    /// </summary>
    private static bool InsideToldClause(string text, Match at) => ToldClause().IsMatch(text[..at.Index]);

    /// <summary>
    /// "Onze inwoners hebben ja gezegd tegen opvang, niet tegen een overvolle kazerne", "Het grondwater stroomt hier van het
    /// wingebied af, niet ernaartoe": a "niet" that opens a verbless tail after a comma contrasts the positive statement
    /// before it; the statement itself is not negated.
    /// </summary>
    private static bool InContrastTail(string text, Match at) =>
        ContrastTail().Match(text, at.Index) is { Success: true } tail && tail.Index == at.Index
        && Regex.IsMatch(text[..at.Index], @"\p{L}['’”""]?\s*,\s*(?:maar\s+)?$", RegexOptions.None, Patterns.Timeout) && text[..at.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4;

    /// <summary>
    /// A negation inside a quoted title ("Het NOS-artikel «Aanbieders in de jeugdzorg komen niet of nauwelijks meer rond»
    /// verwijst naar …"): the title's words, not the claim's.
    /// </summary>
    private static bool InsideQuotedTitle(string text, Match at) =>
        QuotedTitle().Matches(text).Any(q => at.Index > q.Index && at.Index < q.Index + q.Length);

    /// <summary>
    /// In an answer, a negation inside guillemets or curly quotes («…», “…”, „…”) belongs to a name, a term or someone else's
    /// words ("de campagnes «niet appen op de fiets» en «fietsverlichting»"), not to the answerer's statement.
    /// </summary>
    private static bool InsideQuotation(string text, Match at) =>
        AnyQuotation().Matches(text).Any(q => at.Index > q.Index && at.Index < q.Index + q.Length);

    [GeneratedRegex(@"«[^»]{1,300}»|“[^”]{1,300}”|„[^”“]{1,300}[”“]", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex AnyQuotation();

    /// <summary>
    /// "niet" inside a noun phrase, before an inflected adjective or participle and its noun ("op niet zelfredzame
    /// statushouders", "de niet uitgevoerde controles"): it negates the adjective, the clause stays positive.
    /// </summary>
    private static bool Attributive(string text, string cue, Match at) =>
        cue == "niet" && ((AttributiveNiet().Match(text, Math.Max(0, at.Index - 20)) is { Success: true } m && m.Groups["niet"].Index == at.Index)
            || (NominalisedNiet().Match(text, Math.Max(0, at.Index - 10)) is { Success: true } n && n.Groups["niet"].Index == at.Index));

    /// <summary>"over het niet tijdig nemen van een besluit": "niet" inside a nominalised infinitive, a noun phrase.</summary>
    [GeneratedRegex(@"\b(?:het|dit|dat)\s+(?<niet>niet)\s+(?:\S+\s+){0,5}?\p{L}{2,}en\s+(?:van|door|op|aan|over|voor|met|in)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NominalisedNiet();

    [GeneratedRegex(@"\b(?:de|het|een|op|van|voor|aan|met|bij|naar|door|over|uit|om|die|deze|dit|dat|alle|elke|iedere|zulke|dergelijke|hun|zijn|haar|onze|mijn|uw|bepaalde|sommige|andere|veel|vele|enkele|diverse|verschillende)\s+(?<niet>niet)\s+(?!(?:alle|elke|iedere|enkele|meer|minder|genoeg|veel|eens|zomaar|vaak|altijd|zelden|de|het|een|te)\b)[\p{L}-]+(?:e|en)\s+(?:[\p{L}-]+\s+)?\p{L}", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AttributiveNiet();

    /// <summary>"niet" and up to eight words without a finite verb, or "geen" and one or two words, to the end of the claim ("…, geen beleid").</summary>
    [GeneratedRegex(@"\Ggeen\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?[.,!]?$|\Gniet\s+(?!(?:alleen|enkel|slechts|meer|langer|eens|zomaar)\b)(?:(?!(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|wil|willen|gaat|gaan|ging|gingen)\b)[\p{L}\d'’-]+\s*){1,8}[.,!]?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ContrastTail();

    /// <summary>Every occurrence of a negation cue as a whole word (a cue word may stand in a subordinate and in the main clause).</summary>
    private static IEnumerable<Match> CueOccurrences(string text, string cue) =>
        Regex.Matches(text, @"\b" + Regex.Escape(cue) + @"\b", RegexOptions.IgnoreCase, Patterns.Timeout).Where(m => m.Success);

    [GeneratedRegex(@"\b(?:te\s+horen\s+(?:kregen|krijgen|gekregen|kreeg|krijg)|(?:kregen|krijgen|gekregen|kreeg|krijg)\s+(?:\S+\s+){0,3}?te\s+horen|(?:is|zijn|werd|werden|was|waren)\s+(?:\S+\s+){0,4}?(?:verteld|voorgehouden|beloofd|toegezegd|gezegd)|beloofd|beloofde|beloofden|toegezegd|voorgespiegeld|hoorde|hoorden|hoort|horen|zei|zeiden|zegt|zeggen)\s+(?:\S+\s+){0,4}?dat\b[^,;:]*$|\b(?:stelde|stelden|stelt|stellen)\s+(?:\S+\s+){0,3}?voor\s+(?:om|dat)\b[^,;:]*$|\b(?:deed|deden|doet|doen)\s+(?:\S+\s+){0,3}?alsof\b[^,;:]*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ToldClause();

    [GeneratedRegex(@"^(?:(?:alleen|ook|zelfs|pas|juist|vooral)\s+)?(?:als|indien|wanneer|waar|zodra|omdat|hoewel|alhoewel|mits|tenzij|nadat|voordat|doordat|aangezien|mocht|mochten)\b(?:(?!\b(?:wil|kan|zal|moet|heb|ben|ga|zie|vind|benadruk|merk|stel)\s+(?:ik|wij|we)\b).)*?,\s+(?:dan\s+)?(?=(?:kan|kunnen|is|zijn|wordt|worden|zal|zullen|heeft|hebben|moet|moeten|mag|mogen|gaat|gaan|blijft|blijven|geldt|gelden|ligt|staat|komt|krijgt|volgt|was|waren|werd|werden|had|hadden|kon|konden|zou|zouden|moest|moesten|ben|wil|willen)\b|(?!(?:niet|met|uit|dat|wat|echt|vast|net|want|tot|opdat|omdat|doordat|totdat|nadat|voordat|ofschoon|toch|nog|wel|ook)\b)\p{L}{3,}t\s+(?:de|het|een|ik|wij|we|hij|zij|ze|u|er|dit|deze|die|men|mijn|ons|onze|zijn|haar|hun)\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FrontedSubordinateClause();

    [GeneratedRegex("(?:" + TextSegments.RelativeDie + "|" + TextSegments.ConjunctionAls + @"|(?<!^)\bwaar\b|(?<!^)\bwat\b(?!(?:\s+\S+){0,2}\s+betreft\b)|\bop\s+het\s+moment\s+dat\b|\bin\s+(?:het\s+)?geval\s+dat\b|\bingeval\b|\b(?:omdat|doordat|aangezien|opdat|alsof|ofschoon|zolang|wanneer|indien|zodat|waardoor|waarbij|waarin|waarop|waarmee|waaruit|waarvan|waarover|waarvoor|waaraan|waartoe|waarna|welke|mits|tenzij|zodra|terwijl|nadat|voordat|totdat|hoewel|alhoewel)\b|(?<=,\s)nu\b(?!\s+(?:is|zijn|wordt|worden|heeft|hebben|kan|kunnen|zal|zullen|al|ook|nog)\b))(?:[^,;:]|,(?=\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:of|en)\s))*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex OpenSubordinateClause();

    private static bool IsInSubordinateQuestion(string text, int at) =>
        Regex.Match(text[..at], @"\b(?:of|waarom|hoe|welke|wanneer)\b[^,;:.]*$", RegexOptions.IgnoreCase, Patterns.Timeout) is { Success: true } open
        && !(open.Index == 0 && !text.TrimEnd().EndsWith('?') && CopulaBefore().IsMatch(open.Value))
        && !(open.Value.StartsWith("of", StringComparison.OrdinalIgnoreCase) && open.Index > 0 && !WhetherBefore().IsMatch(text[..open.Index]));

    /// <summary>
    /// A word after which "of" means "whether" ("weet niet of", "is onduidelijk of", "de vraag of"); elsewhere it is "or"
    /// ("Constructiefouten of gebreken worden niet gedekt") and opens no subordinate question.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:is|was|blijft|vraag|vragen|vraagt|vroeg|vroegen|gevraagd|weet|weten|wist|wisten|nagaan|na\s+te\s+gaan|nagegaan|bekend|onbekend|duidelijk|onduidelijk|onzeker|zeker|twijfel|twijfelt|twijfelen|onderzoek|onderzoeken|onderzoekt|onderzocht|bekijken|bekijkt|bekeken|bezien|beziet|beoordelen|beoordeelt|beoordeeld|afhangen|hangt|afhankelijk|kijken|kijkt|gekeken|bepalen|bepaalt|vaststellen|stelt|controleren|controleert|toetsen|toetst|getoetst|aangeven|informeren|benieuwd|checken|uitzoeken|beslissen|besluiten|nadenken|overwegen|overweegt|verkennen|verkent|zien|ziet|zag|bekijkt|nagegaan|gaat\s+na|gaan\s+na)(?:\s+(?!of\b)[\p{L}-]+){0,3}|[,;:(])\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex WhetherBefore();

    /// <summary>
    /// "Hoe het welzijn vorm krijgt is niet voorgeschreven": after a sentence-initial subject clause, the finite verb right
    /// before the negation is the main clause's, so the negation is asserted.
    /// </summary>
    [GeneratedRegex(@"\s(?:is|zijn|was|waren|wordt|worden|werd|werden|blijft|blijven|bleef|bleven)\s+(?:(?:nog|ook|echter|dus|daarom|overigens|helaas)\s+)?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex CopulaBefore();

    private ImmutableArray<string> HedgesOf(string sentence) =>
        _hedge.Entries.Concat(_claimHedge.Entries).Select(e => e.Pattern.Match(sentence)).Where(m => m.Success).Select(m => m.Value).Distinct().ToImmutableArray();

    private static Proposition? PropositionOf(string text, ImmutableArray<EntityMention> entities, bool negated)
    {
        var predicate = Spotters.Predicate(text);
        if (predicate is { } found && QuotedTitle().Matches(text).Any(q => found.Start > q.Index && found.Start < q.Index + q.Length))
        {
            predicate = null; // a verb inside a quoted title ("bekend met het artikel «Corendon blijft … vliegen»") is not the claim's
        }

        if (predicate is null && entities.IsEmpty)
        {
            return null;
        }

        var at = predicate?.Start ?? text.Length;
        // Subject: an actor (government body or person), preferably before the predicate; Dutch V2 order often puts the
        // subject after the finite verb ("werken er geen opsporingsdiensten samen met").
        var actors = entities.Where(e => e.Type is "GovernmentBody" or "Person").ToList();
        var subject = actors.Where(e => e.Start < at).Select(e => e.Canonical).FirstOrDefault()
            ?? actors.Select(e => e.Canonical).FirstOrDefault()
            ?? entities.Where(e => e.Start < at).Select(e => e.Canonical).FirstOrDefault();
        var obj = entities.Where(e => e.Canonical != subject && e.Type == "Organization").Select(e => e.Canonical).FirstOrDefault()
            ?? entities.Where(e => e.Canonical != subject && e.Start >= at).Select(e => e.Canonical).FirstOrDefault();
        return new Proposition(subject, predicate?.Canonical, obj, negated);
    }

    private static Speaker QuotedSpeaker(string lead, string quoted, string after, KamervraagDocument document, Speaker? answerer)
    {
        // "Waarom schrijft u vervolgens op 2 december 2022: «…»?", "welke knelpunten u in de brief … doelde met de zin: «…»",
        // "uw argument «…»": the addressee's own words, even when a document of theirs is named on the way.
        if (AddresseeSpeaks().IsMatch(TrailingQuotations().Replace(lead, string.Empty)))
        {
            return Addressee(document, answerer, lead);
        }

        // "Bent u bekend met het artikel «…»?", "Kent u het NOS-bericht «…» en «…»?", "Wat is uw oordeel over het rapport van
        // Amnesty «…»?": the quotation is the title or words of that publication, not an earlier statement of the addressee.
        var bare = TrailingQuotations().Replace(lead, string.Empty);
        if (PublicationBeforeQuote().Match(bare) is { Success: true } publication && !GovernmentAuthor().IsMatch(publication.Value))
        {
            var name = publication.Groups["pub"].Value.Trim();
            if (!name.Contains(' ' + "van ", StringComparison.OrdinalIgnoreCase) && OutletAfterTitle().Match(after) is { Success: true } outlet)
            {
                // "het artikel «…» zoals gepubliceerd door de NOS", "het bericht «…» van RTL Nieuws": the outlet follows the title.
                name = $"{name} ({outlet.Groups["o"].Value.Trim()})";
            }

            return new Speaker(name, "publication", null, publication.Groups["pub"].Value.Trim());
        }

        // "Hoe reageert u op de stelling van Jos de Blok dat Duitsland … «…»?": the words of the person named.
        if (StatementOfAnother().Match(bare) is { Success: true } another && !GovernmentAuthor().IsMatch(another.Groups["who"].Value))
        {
            var who = another.Groups["who"].Value.Trim();
            return new Speaker(who, "source", null, another.Value.Trim());
        }

        var office = Regex.Match(lead, @"\bvan\s+de\s+(?<o>(?:minister|staatssecretaris)\s+(?:van|voor)\s+(?-i:\p{Lu})[\p{L}-]*(?:(?:\s*,\s*|\s+en\s+)\p{L}[\p{L}-]*|\s+(?-i:\p{Lu})[\p{L}-]*){0,5})", RegexOptions.IgnoreCase, Patterns.Timeout);
        if (office.Success)
        {
            var o = HeaderGrammar.Capitalise(HeaderGrammar.Normalise(office.Groups["o"].Value));
            return answerer is not null && answerer.Office?.Contains(o.Split(' ', 3)[^1], StringComparison.OrdinalIgnoreCase) == true
                ? answerer with { Mention = office.Value }
                : new Speaker(o, o.Split(' ')[0], o, office.Value);
        }

        // "Kunt u aangeven waarom de politie, reeds voor …, het volgende aangeeft: «…»?": the subject that says it.
        if (SaysTheFollowing().Match(bare) is { Success: true } says && !GovernmentAuthor().IsMatch(says.Groups["who"].Value))
        {
            return new Speaker(says.Groups["who"].Value.Trim(), "source", null, says.Value.Trim());
        }

        // "Bent u bekend met de «Landelijke monitoringsrapportage Natuur 2016»?": a document named by its title alone.
        if (TitleAsName().IsMatch(bare) && quoted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 && char.IsUpper(quoted[0]) && !quoted.StartsWith("Wet ", StringComparison.Ordinal))
        {
            return new Speaker(quoted, "publication", null, quoted);
        }

        // "RTV Utrecht, 28 januari 2022, «Vrijwilligers …»": a citation of a title by its outlet.
        if (CitationBeforeTitle().Match(bare) is { Success: true } citation)
        {
            var outlet = citation.Groups["outlet"].Value.Trim();
            return new Speaker(outlet, "publication", null, outlet);
        }

        // "Bent u het eens met professor Evans die in zijn standaardwerk schrijft: «…»?": the writer named.
        if (WriterBeforeQuote().Match(bare) is { Success: true } writer && !GovernmentAuthor().IsMatch(writer.Groups["who"].Value))
        {
            return new Speaker(writer.Groups["who"].Value.Trim(), "source", null, writer.Value.Trim());
        }

        if (!AddresseeMarker().IsMatch(lead))
        {
            // "Wat vindt u van de uitspraak: «…»?": nothing says whose words these are; the addressee is not assumed.
            return new Speaker("unnamed source", "unknown", null, null);
        }

        return Addressee(document, answerer, lead);
    }

    /// <summary>
    /// The addressee of the questions as the speaker of quoted words ("uw antwoord"): the answerer when the portfolios agree,
    /// the office alone when the words are a predecessor's ("de brief van uw ambtsvoorganger, waarin zij schreef: «…»").
    /// </summary>
    private static Speaker Addressee(KamervraagDocument document, Speaker? answerer, string lead)
    {
        var addressee = document.Addressees.FirstOrDefault()?.Office ?? answerer?.Office ?? "the addressee";
        if (Predecessor().Match(lead) is { Success: true } predecessor && addressee != "the addressee")
        {
            return new Speaker(addressee, addressee.Split(' ')[0], addressee, predecessor.Value);
        }

        if (answerer is not null && document.AnsweredBy?.Portfolio is { } portfolio && addressee.Contains(portfolio, StringComparison.OrdinalIgnoreCase))
        {
            return answerer with { Mention = "uw antwoord" };
        }

        return addressee == "the addressee"
            ? new Speaker(addressee, "addressee", null, "uw antwoord")
            : new Speaker(addressee, addressee.Split(' ')[0], addressee, "uw antwoord");
    }

    private static string OfficeOf(KamervraagDocument document, AnsweredBy by)
    {
        if (by.Portfolio is null)
        {
            return by.Office;
        }

        var main = by.Portfolio.Split(" – ", 2)[0].Trim();
        var addressed = document.Addressees.Select(a => a.Office).Concat(by.OnBehalfOf)
            .FirstOrDefault(o => o.StartsWith(by.Office, StringComparison.OrdinalIgnoreCase) && o.EndsWith(main, StringComparison.OrdinalIgnoreCase));
        return addressed ?? $"{by.Office} ({by.Portfolio})";
    }

    [GeneratedRegex(@"\b(?:de|deze|die|dit|dat|het)\s+(?:software|bedrijf|programma|applicatie|dienst|diensten|product|producten|techniek|technologie|systeem)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ProductReference();


    /// <summary>Frames that deny an embedded statement: "(het beeld) niet herkennen dat X", "ontkennen dat X", "het is niet zo/waar/juist dat X", "er is geen sprake van dat X".</summary>
    [GeneratedRegex(@"(?<cue>\bniet\s+herken\w*|\bherken\w*\s+(?:\S+\s+){0,4}?niet|\bontk(?:ende|ent|ennen|end)\b(?:\s+\S+){0,6}?|\bhet\s+is\s+niet\s+(?:zo|waar|juist)|\bgeen\s+sprake\s+(?:van\s+)?(?:is\s+)?)\s*,?\s+dat\s+(?<x>[^.;]{12,})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DenialFrame();

    /// <summary>A quoted title ("het artikel «Corendon blijft … vliegen»"): starts with a capital; quoted speech fragments ("de politie “niet centraal benaderd is …”") do not count.</summary>
    [GeneratedRegex(@"«(?=\p{Lu})[^»]*»|“(?=\p{Lu})[^”]*”", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"\bdat\s+(?<c>[^«]*)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LastClause();

    /// <summary>Quotations just before the current one with their separators ("het bericht «A» en "): removed to find the frame.</summary>
    [GeneratedRegex(@"(?:[«“„""](?:[^«»“”„""]|[«“„""][^«»“”„""]*[»”""])*[»”""]+(?:\s*\[\s*\d{1,3}\s*\])?\s*(?:,|en|of)?\s*)+$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingQuotations();

    /// <summary>
    /// A publication named right before a quotation in a question: "het artikel", "de berichten", "het NOS-bericht", "het
    /// artikel van Follow the Money", "het rapport van Amnesty", "het beeld uit het artikel:". Not "uw brief" (the addressee's).
    /// </summary>
    [GeneratedRegex(@"\b(?<pub>(?:het|de|een|dit|deze|die|dat)\s+(?:(?!(?:het|de|een|dit|deze|die|dat)\b)[\p{L}\d-]+\s+){0,5}?(?:[\p{L}]+-)?(?:bericht|berichten|berichtgeving|nieuwsbericht|nieuwsberichten|krantenbericht|krantenartikel|artikel|artikelen|nieuwsartikel|item|uitzending|reportage|interview|opiniestuk|opiniestukken|column|columns|commentaar|commentaren|publicatie|rapport|rapporten|rapportage|studie|onderzoek|boek|documentaire|podcast|persbericht|aflevering|krantenkop|kop|tweet|blog|video|brandbrief|open\s+brief|petitie|advies|e-mail|mail|uitnodiging|initiatiefnota|actieplan|coalitieakkoord|regeerakkoord|hoofdlijnenakkoord|bijlage|nieuwsbrief|notitie|memo|monitor|enquête|peiling|onderzoeksrapport|white\s+paper)(?:\s+(?:van|in|uit|op|door|bij)\s+(?:(?:[^«»“”:?.,()]|,\s*(?=(?-i:\p{Lu})))){1,60}?)?)\s*[:,]?\s*(?:met\s+(?:de|als)\s+titel\s*:?\s*|getiteld\s*:?\s*|genaamd\s*:?\s*)?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PublicationBeforeQuote();

    /// <summary>The outlet named right after a quoted title: "zoals gepubliceerd door de NOS", "van RTL Nieuws", "in De Telegraaf", "(NOS, 12 maart 2024)".</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:zoals\s+)?(?:gepubliceerd|verschenen|uitgezonden)\s+(?:door|in|op|bij)\s+|(?:van|in|op|bij|uit)\s+(?=(?:de\s+|het\s+)?\p{Lu})|\(\s*(?=\p{Lu}))(?<o>(?:de\s+|het\s+)?(?=\p{Lu})[\p{L}\d&'’.-]+(?:\s+(?:(?:the|of|van|de|der|den|voor)\s+)?(?!(?:van|op|over|en|d\.d\.)\b)[\p{Lu}\d][\p{L}\d&'’.-]*){0,4})", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex OutletAfterTitle();

    /// <summary>"de stelling van Jos de Blok dat …", "de uitspraak van de burgemeester:" right before a quotation.</summary>
    [GeneratedRegex(@"\b(?:de|het|die|deze)\s+(?:[\p{L}-]+\s+)?(?:stelling|uitspraak|uitspraken|mening|opmerking|opmerkingen|woorden|bewering|citaat|oproep|kritiek|conclusie|conclusies|waarschuwing|reactie|tweet|vaststelling|constatering|observatie|opvatting|analyse|standpunt|visie|oordeel|redenering|claim|suggestie|verwijt|beschuldiging|bevindingen|bevinding|citaat|citaten)\s+(?:van|uit)\s+(?<who>(?!u\b|uw\b)[^«»“”,?:;]{2,60}?)(?:\s+dat\b[^«»“”]*?|\s*,?\s+(?:die|als|toen|waarin|waar)\s+[^«»“”]*?|\s*[:,]?)\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex StatementOfAnother();

    /// <summary>"professor Evans die in zijn standaardwerk schrijft:", "de burgemeester, die zei:" right before a quotation.</summary>
    [GeneratedRegex(@"\b(?:met|van|aan|door)\s+(?<who>(?:(?:de\s+)?(?:professor|prof\.|dr\.|heer|mevrouw|dhr\.|mw\.)\s+)?[\p{L}.-]+(?:\s+(?-i:\p{Lu})[\p{L}-]*){0,3})\s*,?\s+die\s+[^«»“”]*?\b(?:schrijft|schreef|zegt|zei|stelt|stelde|verklaarde|verklaart|twitterde|tweette|concludeert|concludeerde)\s*[:,]?\s*$|\b(?:zoals\s+)?(?:opgetekend|beschreven|gemeld|gepubliceerd|geschreven|geciteerd|verwoord)\s+(?:door|in|bij)\s+(?<who>[^«»“”:,?]{2,60}?)\s*[:,]?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex WriterBeforeQuote();

    /// <summary>"dat Trinomics het volgende schrijft:", "waarom de politie, reeds …, het volgende aangeeft:" right before a quotation.</summary>
    [GeneratedRegex(@"(?<who>(?:(?:de|het)\s+[\p{L}-]+|(?-i:\p{Lu})[\p{L}&-]+)(?:\s+(?-i:\p{Lu})[\p{L}&-]*){0,3})\s*(?:,[^«»“”,]{0,80},)?\s+het\s+volgende\s+(?:\S+\s+){0,3}?(?:aangeeft|aangaf|schrijft|schreef|zegt|zei|stelt|stelde|meldt|meldde|verklaart|verklaarde|concludeert|concludeerde|opmerkt|opmerkte)\s*:?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SaysTheFollowing();

    /// <summary>A determiner right before the quotation: the title is the name ("in het «Actieplan Zwemvaardigheid …»").</summary>
    [GeneratedRegex(@"\b(?:het|de|een|dit|deze)\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex TitleAsName();

    /// <summary>A citation before a title: "RTV Utrecht, 28 januari 2022, «…»", "Dagblad van het Noorden, «…»".</summary>
    [GeneratedRegex(@"(?:^|[\s\d])(?<outlet>(?-i:\p{Lu})[\p{L}&.-]*(?:\s+(?:van\s+het\s+|van\s+de\s+)?(?-i:\p{Lu})[\p{L}&.-]*){0,3})\s*,\s*(?:\d{1,2}\s+\p{L}+\s+\d{4}\s*,\s*)?$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex CitationBeforeTitle();

    /// <summary>"uw (ambts)voorganger", "uw ambtsvoorgangster": words of the office's previous holder.</summary>
    [GeneratedRegex(@"\b(?:uw|de|haar|zijn)\s+(?:ambts)?voorganger(?:ster)?\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Predecessor();

    /// <summary>What the addressee does with words they said or wrote ("u zei", "schrijft u", "u heeft geantwoord", "u doelde op").</summary>
    private const string AddresseeVerbs = "zei|zegt|schreef|schrijft|stelde|stelt|sprak|spreekt|antwoordde|antwoordt|verklaarde|verklaart|noemde|noemt|twitterde|tweette|meldde|meldt|gaf|geeft|beloofde|belooft|geantwoord|gezegd|geschreven|gesteld|verklaard|toegezegd|doelde|bedoelde|bedoelt";

    /// <summary>The addressee speaks the quotation: "u … zei/schreef/antwoordde/doelde (met de zin):", "schrijft u:", "uw argument".</summary>
    [GeneratedRegex(@"\bu\s+(?:(?!(?:die|dat|deze|dit|hij|zij|ze|men|wie|welke|waarin|waar)\b)\S+\s+){0,14}?(?:" + AddresseeVerbs + @")\b[^«»“”?]*$|\b(?:" + AddresseeVerbs + @")\s+u\b[^«»“”?]*$|\buw\s+[\p{L}-]+\s*[:,]?\s*$|\buw\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AddresseeSpeaks();

    /// <summary>
    /// The question says the words are the addressee's (or a predecessor's, or the cabinet's): "uw antwoord", "uw eerdere
    /// uitspraak", "u zei tijdens het vragenuur", "u schrijft", "de minister", "uw voorganger", "het kabinet".
    /// </summary>
    [GeneratedRegex(@"\buw\s+(?:[\p{L}-]+\s+){0,3}?(?:antwoord|antwoorden|beantwoording|uitspraak|uitspraken|woorden|brief|kamerbrief|stelling|reactie|opmerking|toezegging|verklaring|tweet|bericht|voorganger|ambtsvoorganger|ministerie|beleid|plan|plannen|nota|visie|standpunt|zin|citaat)\b|\bu\s+(?:\S+\s+){0,14}?(?:" + AddresseeVerbs + @")\b|\b(?:de|het)\s+(?:minister|staatssecretaris|minister-president|premier|kabinet|regering|ministerie)\b[^«»“”]{0,80}?(?:\b(?:zei|zegt|schreef|schrijft|stelde|stelt|antwoordde|antwoordt|verklaarde|verklaart|meldde|meldt|liet\s+weten|gaf\s+aan|heeft\s+gezegd|heeft\s+geschreven)\b[^«»“”]*|:\s*)$|\bherinnert\s+u\s+zich\b|\bantwoord(?:en)?\s+op\s+(?:de\s+)?vra(?:ag|gen)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AddresseeMarker();

    /// <summary>The government itself as the author ("de brief van de minister", "de uitspraak van het kabinet"): the addressee's words.</summary>
    [GeneratedRegex(@"\b(?:minister|ministers|staatssecretaris|kabinet|regering|bewindspersoon|bewindspersonen|u|uw)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex GovernmentAuthor();

    private static string? CitedSource(string lead)
    {
        var m = Regex.Match(lead, @"\b(?:uw|het|mijn)\s+antwoord(?:en)?\b[^«:]*", RegexOptions.IgnoreCase, Patterns.Timeout);
        return m.Success ? m.Value.Trim().TrimEnd(':', ',') : null;
    }

    /// <summary>Maps offsets in a whitespace-normalised field text back to the source text inside the field's span.</summary>
    private static SourceSpan Locate(SourceDocument source, SourceSpan fieldSpan, string fieldText, int start, int end)
    {
        var s = MapOffset(source.Text, fieldSpan, fieldText, start);
        var e = MapOffset(source.Text, fieldSpan, fieldText, Math.Max(start, end - 1)) + 1;
        return source.SpanOf(s, Math.Max(s, Math.Min(e, fieldSpan.End)));
    }

    private static int MapOffset(string text, SourceSpan span, string field, int offset)
    {
        var src = span.Start;
        for (var i = 0; i < field.Length && src < span.End; i++)
        {
            if (char.IsWhiteSpace(field[i]))
            {
                continue;
            }

            while (src < span.End && text[src] != field[i])
            {
                src++;
            }

            if (i >= offset)
            {
                return src;
            }

            src++;
        }

        return Math.Min(src, span.End);
    }

    /// <summary>Discourse context while reading an article: who was last named, and which time applies.</summary>
    private sealed partial class Context
    {
        public TimeReference? DocumentTime { get; set; }

        public TimeReference? ParagraphTime { get; set; }

        public DateOnly? UpdateBound { get; set; }

        public TimeReference? LatestMentioned { get; private set; }

        public Speaker? LastMinister { get; private set; }

        public Speaker? LastPerson { get; private set; }

        public string? LastOrganization { get; private set; }

        public string? LastQuestion { get; private set; }

        /// <summary>Index of the claim the previous sentence gave as the reporting's own statement, if it did.</summary>
        public int? PreviousStatement { get; set; }

        /// <summary>The member of parliament last named ("Kamerlid Omtzigt", "Omtzigt (CDA)").</summary>
        public Speaker? LastMember { get; private set; }

        /// <summary>The person who was last quoted or reported ("een woordvoerder van het COA", "wethouder Kramer").</summary>
        public Speaker? LastSpeaker { get; private set; }

        /// <summary>When <see cref="ParagraphSpeaker"/> made the claim that set it (a continued quotation was made then too).</summary>
        public TimeReference? ParagraphSpeakerTime { get; set; }

        /// <summary>
        /// The document a sentence of the current paragraph presented ("Het scenariodocument … rekent drie varianten door."), whose
        /// content the reporting's next statements in the paragraph give; cleared when anyone else speaks.
        /// </summary>
        public Speaker? ParagraphSource { get; set; }

        /// <summary>The date the sentence that presented <see cref="ParagraphSource"/> gave the document, if any.</summary>
        public TimeReference? ParagraphSourceTime { get; set; }

        /// <summary>Every source cited as evidence so far, in order ("cijfers van de Regionale Ambulancevoorziening (RAV) Westerhoorn").</summary>
        public List<string> ResearchSources { get; } = [];

        /// <summary>Where the current paragraph starts in the article text.</summary>
        public int ParagraphStart { get; set; }

        /// <summary>The person last quoted, reported or introduced in the current paragraph, for a quotation without attribution.</summary>
        public Speaker? ParagraphSpeaker { get; set; }

        /// <summary>True when <see cref="LastSpeaker"/> was set after the last minister or member was named.</summary>
        private bool _speakerIsLatest;

        /// <summary>The research or documents last cited as evidence ("de vrijgegeven stukken"), for "Daaruit blijkt dat …".</summary>
        public string? LastResearch { get; private set; }

        /// <summary>The documents or research a sentence last named ("De vrijgegeven stukken"), cited as evidence or not.</summary>
        public string? LastResearchMention { get; private set; }

        /// <summary>The internal message (e-mail, memo, note) the article named last.</summary>
        public string? LastMessage { get; private set; }

        /// <summary>The internal message the previous sentence named, with its writer ("een e-mail van een adviseur van de provincie").</summary>
        public string? PreviousMessage { get; private set; }

        /// <summary>When the report the article is about appeared ("in een rapport dat dinsdag verscheen").</summary>
        public TimeReference? ResearchTime { get; private set; }

        /// <summary>Records the publication of the report whose findings the article reads.</summary>
        /// <summary>The body of each kind named last (kind → "GGD Maas en Veen").</summary>
        private readonly Dictionary<string, string> _bodies = new(StringComparer.Ordinal);

        /// <summary>The bodies named last, one of each kind (rebuilt only when a body is named).</summary>
        public ImmutableArray<string> Bodies { get; private set; } = [];

        public void ResearchPublished(string source, TimeReference when)
        {
            LastResearch = source;
            ResearchTime = when;
        }

        private static bool SameSurname(string a, string b) =>
            a.Split(' ')[^1].Equals(b.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);

        /// <summary>People named in full so far, by surname ("Hendrikx" → "Ruud Hendrikx").</summary>
        private readonly Dictionary<string, Speaker> _persons = new(StringComparer.Ordinal);

        /// <summary>A person named in full before whose surname stands among the first words of a sentence.</summary>
        private Speaker? KnownSurnameIn(string text)
        {
            var words = text.Split(' ', 9, StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in words.Take(8))
            {
                if (_persons.TryGetValue(w.Trim(',', '.', ';', ':'), out var person))
                {
                    return person;
                }
            }

            return null;
        }

        /// <summary>Office holders named with their office ("Wethouder Ilse Kramer"), for a later "de wethouder".</summary>
        private readonly Dictionary<string, Speaker> _holders = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>How many cited sources a definite description is looked up in (the latest).</summary>
        private const int MaxCited = 64;

        /// <summary>The speakers and sources cited so far under a name of their own (not "het rapport", "de apotheker"), in order.</summary>
        private readonly List<Speaker> _cited = [];

        /// <summary>
        /// "Volgens de notitie", "aldus de apotheker", "dat rapport": a definite description whose noun heads a source cited
        /// earlier under a fuller name ("een scenarionotitie van maart", "ziekenhuisapotheker Reinout Hagedoorn", "een auditrapport
        /// van accountantsbureau Kersten &amp; Vos"); that source, or null.
        /// </summary>
        public Speaker? Described(string lower)
        {
            if (DefiniteDescription().Match(lower) is not { Success: true } described)
            {
                return null;
            }

            var noun = described.Groups["noun"].Value;
            for (var i = _cited.Count - 1; i >= 0; i--)
            {
                // "de voorjaarsnota" before "dezelfde nota" names it more fully; "het rapport" before "het rapport" does not.
                var earlier = _cited[i].Mention ?? _cited[i].Name;
                var definite = DefiniteDescription().IsMatch(earlier.ToLowerInvariant());
                if (HeadWords(earlier).Any(w => (w.Equals(noun, StringComparison.OrdinalIgnoreCase) && !definite)
                    || (noun.Length >= 4 && w.Length > noun.Length && w.EndsWith(noun, StringComparison.OrdinalIgnoreCase))))
                {
                    return _cited[i];
                }
            }

            return null;
        }

        /// <summary>The words of a mention before its complement ("een woordvoerder van de gemeente" → "een", "woordvoerder").</summary>
        private static IEnumerable<string> HeadWords(string mention) =>
            MentionComplement().Split(mention, 2)[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '(', ')', '.'));

        /// <summary>The document last cited whose writer the word names ("een interne e-mail van een teamchef" for "teamchef").</summary>
        public Speaker? DocumentBy(string writer)
        {
            for (var i = _cited.Count - 1; i >= 0; i--)
            {
                var name = _cited[i].Name;
                var of = name.IndexOf(" van ", StringComparison.Ordinal);
                if (_cited[i].Role == "research" && writer.Length >= 4 && of > 0
                    && name[of..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals(writer, StringComparison.OrdinalIgnoreCase)))
                {
                    return _cited[i];
                }
            }

            return null;
        }

        /// <summary>
        /// A document introduced with its maker or date: "een auditrapport van accountantsbureau Kersten &amp; Vos uit het voorjaar",
        /// "een intern memo van 12 maart", "een evaluatie van adviesbureau Duinzicht".
        /// </summary>
        [GeneratedRegex(@"\b(?:een|het)\s+(?:(?:interne?|vertrouwelijke?|nieuwe?|recente?|externe?|kritische?)\s+)?\p{Ll}*(?:rapport|notitie|memo|nota|evaluatie|analyse|audit|verslag|logboek|rapportage|inventarisatie)(?:\s+van\s+(?:de\s+|het\s+)?(?:\p{Ll}+\s+)?(?-i:\p{Lu})[\p{L}'’-]*(?:\s+(?:&|en|van|de|der|(?-i:\p{Lu})[\p{L}'’-]*))*|\s+(?:van|uit)\s+(?:het\s+|vorig\s+|afgelopen\s+)?(?:voorjaar|najaar|zomer|winter|\d{4}|(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+\d{4})?))+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex IntroducedDocument();

        /// <summary>When a statement made in a medium was made ("e-mail" → 5 maart), by the medium's noun.</summary>
        private readonly Dictionary<string, TimeReference> _media = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>When the last statement made in that medium ("e-mail", "interview") was made, if the article said.</summary>
        public TimeReference? MediumTime(string medium) => _media.GetValueOrDefault(medium.Replace("email", "e-mail", StringComparison.OrdinalIgnoreCase));

        /// <summary>The date a document cited before was given ("Het memo, gedateerd 29 september, …"), by its name.</summary>
        private readonly Dictionary<string, TimeReference> _citedTimes = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>The date the article gave a document it cited before, if any.</summary>
        /// <remarks>Only for a document ("het memo", "het rapport"): a body such as a rekenkamer was dated by what it looked at.</remarks>
        public TimeReference? CitedTime(Speaker document) =>
            DocumentWord().IsMatch(document.Mention ?? document.Name) ? _citedTimes.GetValueOrDefault(document.Name) : null;

        [GeneratedRegex(@"\p{L}*(?:" + DocumentNoun + @"|brief|e-mail|mail)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex DocumentWord();

        /// <summary>Records a speaker or source cited under a name of its own, for a later definite description of it.</summary>
        public void Cite(Speaker cited)
        {
            if (cited.Role != "reporter" && !Pronoun().IsMatch(cited.Mention ?? cited.Name) && (_cited.Count == 0 || _cited[^1] != cited))
            {
                if (_cited.Count == MaxCited)
                {
                    _cited.RemoveAt(0); // a long text: look back over the last sources only, in bounded time
                }

                _cited.Add(cited);
            }
        }

        /// <summary>Records who spoke in a claim, for "zegt hij", "zei ze" in later sentences.</summary>
        public void Spoke(Claim claim)
        {
            if (claim.Kind is ClaimKind.Quote or ClaimKind.ReportedSpeech && claim.MadeAt is { } said && said != DocumentTime
                && NamedMedium().Match(claim.Sentence) is { Success: true } medium)
            {
                _media[medium.Groups["m"].Value.Replace("email", "e-mail", StringComparison.OrdinalIgnoreCase)] = said; // for "in dezelfde e-mail"
            }

            if (claim.Speaker is { } cited)
            {
                Cite(cited);
                if (claim.Kind == ClaimKind.Evidence && cited.Role == "research" && claim.MadeAt is { } made && made != DocumentTime && !_citedTimes.ContainsKey(cited.Name))
                {
                    _citedTimes[cited.Name] = made;
                }
            }

            if (claim.Kind == ClaimKind.Statement && claim.Entities.LastOrDefault(e => e.Type == "Person") is { } person
                && !Regex.IsMatch(person.Text, @"^(?:minister|staatssecretaris)\b", RegexOptions.IgnoreCase, Patterns.Timeout)
                && !(LastPerson is not null && SameSurname(LastPerson.Name, person.Canonical)))
            {
                // "Hoogleraar informatierecht Maarten Veldkamp is kritisch. ‘…’, zegt hij.": the person the reporting introduced.
                LastSpeaker = new Speaker(person.Canonical, "person", null, person.Text);
                _speakerIsLatest = true;
                ParagraphSpeaker = LastSpeaker;
            }
            else if (claim.Kind == ClaimKind.Statement && LastPerson is { Role: "Kamerlid" } member && claim.Text.Contains(member.Name.Split(' ')[^1], StringComparison.Ordinal))
            {
                // "Kamerlid Joost Verweij kondigt schriftelijke vragen aan. „…”": the member this sentence names is the one a
                // following quotation without attribution continues.
                LastSpeaker = member;
                _speakerIsLatest = true;
                ParagraphSpeaker = member;
            }
            else if (claim.Kind == ClaimKind.Statement && (IntroducedPerson().Match(claim.Text) is { Success: true } introduced
                || (introduced = LeadingTitledName().Match(claim.Text)).Success))
            {
                // "Voorzitter Wim Hoekstra van Stille Nachten is teleurgesteld.", "Ahmad, een 34-jarige Syriër, wacht al sinds
                // juni.": a person the reporting introduces (titled, or with an age in apposition) whom the recognizer missed.
                var name = introduced.Groups["name"].Value;
                LastSpeaker = new Speaker(name, "person", null, introduced.Value.Trim());
                _speakerIsLatest = true;
                ParagraphSpeaker = LastSpeaker;
            }
            else if (claim.Kind == ClaimKind.Statement && KnownSurnameIn(claim.Text) is { } known)
            {
                // "Hendrikx nam zijn monsters in februari …", "In de statenvergadering was Brink stellig.": a person named before,
                // now by surname, is the one a following "zegt hij" or quotation refers to.
                LastSpeaker = known;
                _speakerIsLatest = true;
                ParagraphSpeaker = known;
            }
            else if (claim.Kind == ClaimKind.Statement && RoleMention().Match(claim.Text) is { Success: true } role && !Regex.IsMatch(role.Value, @"^(?:de\s+|een\s+)?(?:minister|staatssecretaris)\b", RegexOptions.IgnoreCase, Patterns.Timeout))
            {
                // "Op 24 augustus reageerde een woordvoerder van DUO op berichten …", "sprak dijkgraaf Annelies Verhoeven van
                // Waterschap Peelrand een volle zaal toe": the role (and name) the sentence introduces.
                var mention = role.Value.Trim();
                LastSpeaker = new Speaker(role.Groups["name"].Success ? role.Groups["name"].Value : mention, "person", null, mention);
                _speakerIsLatest = true;
                ParagraphSpeaker = LastSpeaker;
            }

            if (claim.Speaker is { Role: not ("reporter" or "research" or "source") } named && named.Name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(named.Name.Split(' ')[^1][0]))
            {
                _persons[named.Name.Split(' ')[^1]] = named;
            }

            if (LastSpeaker is { } last && last.Name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(last.Name.Split(' ')[^1][0]))
            {
                _persons[last.Name.Split(' ')[^1]] = last;
            }

            if (claim.Kind == ClaimKind.Evidence && claim.Speaker is { Name.Length: > 0 } source)
            {
                LastResearch = source.Name;
                if (ResearchSources.Count == 0 || ResearchSources[^1] != source.Name)
                {
                    ResearchSources.Add(source.Name); // a document's account adds its name once
                }
            }

            if (claim.Kind is ClaimKind.Quote or ClaimKind.ReportedSpeech && claim.Speaker is { } speaker
                && speaker.Role is not ("reporter" or "research") && !(speaker.Mention is { } m && Pronoun().IsMatch(m) && speaker.Name == m)
                && PersonLike().IsMatch(speaker.Mention ?? speaker.Name))
            {
                LastSpeaker = speaker;
                _speakerIsLatest = true;
            }

            if (claim.Kind is ClaimKind.Quote or ClaimKind.ReportedSpeech && claim.Speaker is { Name.Length: > 0 } quoted && quoted.Role is not ("reporter" or "research"))
            {
                ParagraphSpeaker = quoted;
                ParagraphSpeakerTime = claim.MadeAt;
            }
        }

        public Speaker Resolve(string mention)
        {
            var m = TrailingTimeWord().Replace(HeaderGrammar.Normalise(mention).Trim(' ', ',', '.'), string.Empty); // "… (Toerisme en Kust) dinsdagavond"
            var lower = m.ToLowerInvariant();
            var named = Spotters.Ministers(m).FirstOrDefault(x => x.Name is not null);
            if (named.Name is not null)
            {
                var surname = named.Name.Split(' ')[^1];
                if (LastMinister is not null && LastMinister.Name.EndsWith(surname, StringComparison.Ordinal))
                {
                    return LastMinister with { Mention = m };
                }

                return new Speaker(named.Name, RoleOf(named.Office), named.Office, m);
            }

            if (Regex.IsMatch(lower, @"^(?:de\s+|demissionair\s+|toenmalig\s+)*(?:minister|bewindsman|bewindsvrouw|staatssecretaris)\b", RegexOptions.None, Patterns.Timeout) || ((lower is "hij" or "zij") && !_speakerIsLatest && LastPerson is not null && LastPerson.Role is "Minister" or "Staatssecretaris"))
            {
                if (LastMinister is not null)
                {
                    return LastMinister with { Mention = m };
                }

                if (lower is "hij" or "zij" && LastPerson is { Role: "Minister" or "Staatssecretaris" } unnamedHolder)
                {
                    return unnamedHolder with { Mention = m }; // "de staatssecretaris van Financiën … meldde hij"
                }

                var office = Spotters.Ministers(m).FirstOrDefault().Office;
                return new Speaker(office ?? "Minister", "Minister", office, m);
            }

            if (OfficeReference().Match(lower) is { Success: true } officeWord && _holders.TryGetValue(officeWord.Groups["office"].Value, out var holder))
            {
                // "aldus de wethouder" after "Wethouder Ilse Kramer (Jeugd) …": the holder named before.
                return holder with { Mention = m };
            }

            if (lower is "hij" or "zij" or "ze" or "haar" or "hem" && (_speakerIsLatest ? LastSpeaker ?? LastPerson : LastPerson ?? LastSpeaker) is { } referent)
            {
                // "„…”, zei hij toen.": the person last quoted or named.
                return referent with { Mention = m };
            }

            if (Described(lower) is { } described)
            {
                // "volgens de notitie" after "Uit een scenarionotitie van maart … blijkt": that note. "De vereniging" is no document
                // for having counted something before ("Bewonersvereniging Stille Nachten telde …").
                return described with { Mention = m, Role = described.Role == "research" && !ResearchSpeaker().IsMatch(lower) ? "source" : described.Role };
            }

            if (LastMember is not null && (MemberReference().IsMatch(lower) || m.EndsWith(LastMember.Name.Split(' ')[^1], StringComparison.Ordinal)))
            {
                // "aldus het Kamerlid", "zegt de CDA'er", "Omtzigt" after "Kamerlid Pieter Omtzigt (CDA)".
                return LastMember with { Mention = m };
            }

            if (MemberMention().Match(m) is { Success: true } member && member.Index == 0 && (!member.Groups["party"].Success || Lexicon.Embedded("parties").IsMatch(member.Groups["party"].Value)))
            {
                return new Speaker(member.Groups["name"].Value, "Kamerlid", member.Groups["party"].Success ? $"Tweede Kamerlid ({member.Groups["party"].Value})" : "Tweede Kamerlid", m);
            }

            if (NamedExpert().Match(m) is { Success: true } expert)
            {
                return new Speaker(expert.Groups["name"].Value, "person", null, m);
            }

            if (ResearchSpeaker().IsMatch(lower))
            {
                return new Speaker(m, "research", null, m);
            }

            if (Regex.IsMatch(lower, @"\bkamerleden\b|\bkamerlid\b", RegexOptions.None, Patterns.Timeout) || Regex.IsMatch(m, @"\ben\b", RegexOptions.None, Patterns.Timeout) && char.IsUpper(m[0]))
            {
                return new Speaker(m, "Kamerlid", null, m);
            }

            if (LastOrganization is not null && CompanyReference().Match(m) is { Success: true } company && company.Length == m.Length)
            {
                // "volgens het bedrijf" after "Clearview AI …": the company last named.
                return new Speaker(LastOrganization, "organisation", null, m);
            }

            return new Speaker(m, "source", null, m);
        }

        /// <summary>"vorig jaar", "vorige maand/week", "gisteren", "vandaag", a weekday: against the article's date (when the
        /// expression starts before <paramref name="maxStart"/>).</summary>
        public TimeReference? RelativeToDocument(string text, int maxStart = int.MaxValue)
        {
            if (DocumentTime?.From is not { } date || RelativeToArticle().Match(text) is not { Success: true } m || m.Index >= maxStart)
            {
                return null;
            }

            var word = m.Value.ToLowerInvariant();
            var (from, to) = word switch
            {
                _ when word.StartsWith("vorig jaar", StringComparison.Ordinal) || word.StartsWith("vorige jaar", StringComparison.Ordinal) => (new DateOnly(date.Year - 1, 1, 1), new DateOnly(date.Year - 1, 12, 31)),
                _ when word.StartsWith("vorige maand", StringComparison.Ordinal) => (new DateOnly(date.Year, date.Month, 1).AddMonths(-1), new DateOnly(date.Year, date.Month, 1).AddDays(-1)),
                _ when word.StartsWith("vorige week ", StringComparison.Ordinal) || word.EndsWith(" vorige week", StringComparison.Ordinal) => WeekdayOfPreviousWeek(date, word.Replace("vorige week", string.Empty).Trim()),
                _ when word.StartsWith("vorige week", StringComparison.Ordinal) => PreviousWeek(date),
                _ when word.EndsWith("geleden", StringComparison.Ordinal) => Ago(date, word),
                "eergisteren" => (date.AddDays(-2), date.AddDays(-2)),
                "gisteren" => (date.AddDays(-1), date.AddDays(-1)),
                "vandaag" => (date, date),
                _ when word.StartsWith("in ", StringComparison.Ordinal) => LastMonth(date, word[3..].Trim()),
                _ when char.IsAsciiDigit(word[0]) => LastDay(date, word),
                _ => LastWeekday(date, word),
            };
            return new TimeReference($"{m.Value} ({DocumentTime.Text})", from, to);
        }

        /// <summary>
        /// "Een maand later hield de DJI vol dat …", "…, zei een woordvoerder toen": a time relative to the time the previous
        /// sentence put first ("Tijdens een Statendebat in september …"), or else to the claim reported last in the
        /// paragraph. A shift in days or weeks keeps the day; a shift in months or years gives that whole month or year.
        /// </summary>
        public TimeReference? RelativeToPrevious(string attribution)
        {
            if (ThenWord().Match(attribution) is { Success: true } then
                && (PreviousSentenceTime ?? PreviousSentenceAnyTime ?? ParagraphSpeakerTime) is { From: not null, To: not null } antecedent)
            {
                // "… verdedigde de treindienst in september al in Provinciale Staten. Van Oordt zei toen dat …": "toen" points
                // back to the time the previous sentence named, wherever it stands in that sentence.
                return antecedent with { Text = $"{then.Value} ({antecedent.Text})" };
            }

            if ((PreviousSentenceTime ?? ParagraphSpeakerTime) is not { From: { } from, To: { } to } previous)
            {
                return null;
            }

            if (ShiftFromPrevious().Match(attribution) is not { Success: true } m)
            {
                return null;
            }

            var word = m.Groups["n"].Value.ToLowerInvariant();
            var n = int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits)
                ? digits
                : word == "één" ? 1 : Array.IndexOf(s_smallNumbers, word) is var i and > 0 ? i : 1;
            var sign = m.Groups["dir"].Value.ToLowerInvariant() is "eerder" or "ervoor" or "daarvoor" ? -1 : 1;
            var unit = m.Groups["u"].Value.ToLowerInvariant();
            var (start, end) = unit switch
            {
                _ when unit.StartsWith("dag", StringComparison.Ordinal) => (from.AddDays(sign * n), to.AddDays(sign * n)),
                _ when unit.StartsWith("we", StringComparison.Ordinal) => (from.AddDays(sign * 7 * n), to.AddDays(sign * 7 * n)),
                _ when unit.StartsWith("maand", StringComparison.Ordinal) => (new DateOnly(from.Year, from.Month, 1).AddMonths(sign * n), new DateOnly(from.Year, from.Month, 1).AddMonths(sign * n + 1).AddDays(-1)),
                _ => (new DateOnly(from.Year + sign * n, 1, 1), new DateOnly(from.Year + sign * n, 12, 31)),
            };
            return new TimeReference($"{m.Value} ({previous.Text})", start, end);
        }

        /// <summary>"vorige week": Monday to Sunday of the calendar week before the article's week.</summary>
        private static (DateOnly From, DateOnly To) PreviousWeek(DateOnly date)
        {
            var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
            return (monday.AddDays(-7), monday.AddDays(-1));
        }

        /// <summary>"vorige week dinsdag", "dinsdag vorige week": that weekday in the calendar week before the article's.</summary>
        private static (DateOnly From, DateOnly To) WeekdayOfPreviousWeek(DateOnly date, string weekday)
        {
            var monday = PreviousWeek(date).From;
            var (day, _) = LastWeekday(monday.AddDays(6), weekday);
            return (day, day);
        }

        /// <summary>"drie jaar geleden" (that calendar year), "twee maanden geleden" (that month), "een week geleden".</summary>
        private static (DateOnly From, DateOnly To) Ago(DateOnly date, string phrase)
        {
            var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var n = int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits)
                ? digits
                : Array.IndexOf(s_smallNumbers, parts[0]) is var i and > 0 ? i : 1;
            return parts[1] switch
            {
                "jaar" => (new DateOnly(date.Year - n, 1, 1), new DateOnly(date.Year - n, 12, 31)),
                "maand" or "maanden" => (new DateOnly(date.Year, date.Month, 1).AddMonths(-n), new DateOnly(date.Year, date.Month, 1).AddMonths(-n + 1).AddDays(-1)),
                "week" or "weken" => (date.AddDays(-7 * n - 6), date.AddDays(-7 * n + 6)),
                _ => (date.AddDays(-n), date.AddDays(-n)),
            };
        }

        private static readonly string[] s_smallNumbers = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

        /// <summary>"in een brief van 14 maart": the latest such day on or before the article's date.</summary>
        private static (DateOnly From, DateOnly To) LastDay(DateOnly date, string dayMonth)
        {
            var parts = dayMonth.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var m = Spotters.MonthNumber(parts[1]);
            var d = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            var year = (m, d).CompareTo((date.Month, date.Day)) <= 0 ? date.Year : date.Year - 1;
            var day = new DateOnly(year, m, Math.Min(d, DateTime.DaysInMonth(year, m)));
            return (day, day);
        }

        /// <summary>"hield de raad in november voor": the latest such month on or before the article's date.</summary>
        private static (DateOnly From, DateOnly To) LastMonth(DateOnly date, string month)
        {
            var m = Spotters.MonthNumber(month);
            var year = m <= date.Month ? date.Year : date.Year - 1;
            return (new DateOnly(year, m, 1), new DateOnly(year, m, DateTime.DaysInMonth(year, m)));
        }

        /// <summary>"zei dinsdag": the latest such weekday on or before the article's date.</summary>
        private static (DateOnly From, DateOnly To) LastWeekday(DateOnly date, string weekday)
        {
            // "dinsdagavond", "maandagochtend": the weekday with a part of the day.
            var target = DayPart().Replace(weekday, string.Empty) switch
            {
                "maandag" => DayOfWeek.Monday,
                "dinsdag" => DayOfWeek.Tuesday,
                "woensdag" => DayOfWeek.Wednesday,
                "donderdag" => DayOfWeek.Thursday,
                "vrijdag" => DayOfWeek.Friday,
                "zaterdag" => DayOfWeek.Saturday,
                _ => DayOfWeek.Sunday,
            };
            var day = date.AddDays(-(((int)date.DayOfWeek - (int)target + 7) % 7));
            return (day, day);
        }

        /// <summary>The time fronted in the previous sentence of the paragraph ("Tijdens een raadsvergadering op 16 november 2023 reageerde Kramer …").</summary>
        public TimeReference? PreviousSentenceTime { get; set; }

        /// <summary>The first time named anywhere in the previous sentence (outside quotations), for a later "toen" or "destijds".</summary>
        public TimeReference? PreviousSentenceAnyTime { get; set; }

        /// <summary>
        /// For a quotation or reported speech without a time of its own: the time of the speech event the previous sentence
        /// set ("Tijdens een commissiedebat op 12 oktober 2023 was de minister stellig. «…», zei zij.", "… zei Verhoef
        /// toen.").
        /// </summary>
        public TimeReference? SpeechTime(string sentence) =>
            Spotters.Times(sentence).Any() || RelativeToArticle().IsMatch(sentence) || (ParagraphTime is not null && Spotters.Relative(sentence).Success)
                ? null // its own time, or "destijds" against the paragraph's time (TimeFor)
                : PreviousSentenceTime;

        public TimeReference? TimeFor(string sentence)
        {
            var own = Spotters.Times(sentence).FirstOrDefault();
            if (own is not null && LeadingTime().IsMatch(sentence))
            {
                return own;
            }

            if (own is null && ThatDay().Match(sentence) is { Success: true } thatDay && PreviousSentenceTime is { From: not null } previous)
            {
                // "Het dashboard liet dat anders zien: op 6 oktober … Volgens de cijfers stonden op die dag 4.132 aanvragen open.":
                // the day the previous sentence named.
                return previous with { Text = $"{thatDay.Value} ({previous.Text})" };
            }

            var relative = Spotters.Relative(sentence);
            if (relative.Success && ParagraphTime is not null)
            {
                return ParagraphTime with { Text = $"{relative.Value} ({ParagraphTime.Text})" };
            }

            return ParagraphTime ?? DocumentTime ?? Bounded();
        }

        /// <summary>For undated reporting: after the latest date mentioned so far, before an update marker.</summary>
        private TimeReference? Bounded()
        {
            if (LatestMentioned is null && UpdateBound is null)
            {
                return null;
            }

            var from = LatestMentioned?.To?.AddDays(1);
            var text = "undated reporting" + (LatestMentioned is not null ? $", after {LatestMentioned.Text}" : string.Empty)
                + (UpdateBound is { } u ? $", before the update of {u:yyyy-MM-dd}" : string.Empty);
            return new TimeReference(text, from, UpdateBound);
        }

        public ImmutableArray<EntityMention> ResolveReferences(string text, ImmutableArray<EntityMention> entities)
        {
            if (LastOrganization is null)
            {
                return entities;
            }

            var builder = entities.ToBuilder();
            foreach (Match m in CompanyReference().Matches(text))
            {
                if (!entities.Any(e => m.Index < e.Start + e.Text.Length && m.Index + m.Length > e.Start))
                {
                    builder.Add(new EntityMention(m.Value, LastOrganization, "Organization", m.Index));
                }
            }

            return [.. builder.OrderBy(e => e.Start)];
        }

        public void Update(string sentence)
        {
            foreach (Match titled in TitledName().Matches(sentence))
            {
                // "Dat blijkt uit metingen van milieuchemicus Ruud Hendrikx …": a person named with a title anywhere, also inside
                // a source, is the one a later "Hendrikx nam zijn monsters …" refers to.
                var surname = titled.Groups["name"].Value.Split(' ')[^1];
                if (!_persons.ContainsKey(surname))
                {
                    _persons[surname] = new Speaker(titled.Groups["name"].Value, "person", null, titled.Value);
                }
            }

            var messageNamed = MessageMention().Match(sentence);
            if (messageNamed.Success)
            {
                LastMessage = messageNamed.Value.Trim(); // "Een intern memo van 2 april 2025 … bevestigt dat.": what "Daarin schrijft X" refers to
            }

            // "Ook een e-mail van een luchtkwaliteitsadviseur van de provincie … is veelzeggend." The sentence after it may quote it.
            PreviousMessage = messageNamed.Success ? sentence[messageNamed.Index..].Split(',')[0].Trim() : null;

            if (ResearchMention().Match(sentence) is { Success: true } research)
            {
                LastResearchMention = research.Value; // "De vrijgegeven stukken beslaan …": what "Daaruit blijkt" will refer to
            }

            foreach (Match introduced in IntroducedDocument().Matches(sentence))
            {
                // "Een auditrapport van accountantsbureau Kersten & Vos uit het voorjaar waarschuwde daar wel voor.": the document a
                // later "Volgens dat rapport" means, though this sentence is the reporting's own.
                Cite(new Speaker(introduced.Value.Trim(), "research", null, introduced.Value.Trim()));
            }

            // A time fronted in the sentence (within its first words) dates the event a following quotation reports.
            var times = Spotters.Times(sentence);
            // A time inside a quotation is what the speaker talks about ("gaan de woonlasten in 2024 niet omhoog"), not when;
            // a month without a year ("Tijdens een Statendebat in september …") resolves against the article's date.
            var unquoted = Quotation().Replace(sentence, "„…”");
            PreviousSentenceTime = Spotters.Times(unquoted).FirstOrDefault(t => unquoted.IndexOf(t.Text, StringComparison.Ordinal) is >= 0 and < 60)
                ?? RelativeToDocument(unquoted, maxStart: 60);
            PreviousSentenceAnyTime = Spotters.Times(unquoted).FirstOrDefault() ?? RelativeToDocument(unquoted);

            if (sentence.TrimEnd().EndsWith('?'))
            {
                LastQuestion = sentence.Trim();
            }

            foreach (var t0 in times)
            {
                if (t0.To is { } to && (LatestMentioned?.To is null || to > LatestMentioned.To) && (UpdateBound is null || to < UpdateBound))
                {
                    LatestMentioned = t0;
                }
            }

            var lead = LeadingTime().Match(sentence);
            if (lead.Success && Spotters.Times(lead.Value).FirstOrDefault() is { } t)
            {
                ParagraphTime = t;
            }

            foreach (var (_, _, office, name) in Spotters.Ministers(sentence))
            {
                if (name is not null && !Regex.IsMatch(sentence, @"\b(?:collega|net\s+als)\b[^.]*" + Regex.Escape(name), RegexOptions.None, Patterns.Timeout))
                {
                    if (LastMinister is not null && LastMinister.Name.EndsWith(name.Split(' ')[^1], StringComparison.Ordinal))
                    {
                        // "minister Dekker" after "minister voor Rechtsbescherming Sander Dekker": the same person.
                        LastMinister = LastMinister with { Office = office is not null && office.Length > (LastMinister.Office?.Length ?? 0) ? office : LastMinister.Office };
                    }
                    else
                    {
                        LastMinister = new Speaker(name, RoleOf(office), office, null);
                    }

                    LastPerson = LastMinister;
                    _speakerIsLatest = false;
                }
                else if (name is null && office is not null && LastMinister is null && UnnamedOffice().Match(sentence) is { Success: true } unnamed)
                {
                    // "Dat staat haaks op wat de staatssecretaris van Financiën schreef. In een brief meldde hij dat …": an office
                    // named without its holder is the person a following "hij" or "zij" refers to.
                    LastPerson = new Speaker(unnamed.Value, RoleOf(office), office, unnamed.Value);
                    _speakerIsLatest = false;
                }
            }

            foreach (Match member in MemberMention().Matches(sentence))
            {
                var name = member.Groups["name"].Value;
                if (Spotters.Ministers(sentence).Any(x => x.Name is not null && x.Name.EndsWith(name.Split(' ')[^1], StringComparison.Ordinal)))
                {
                    continue;
                }

                var party = member.Groups["party"].Success ? member.Groups["party"].Value : null;
                if (party is not null && !Lexicon.Embedded("parties").IsMatch(party))
                {
                    continue; // "Autoriteit Persoonsgegevens (AP)": not a party
                }

                LastMember = LastMember is not null && LastMember.Name.EndsWith(name.Split(' ')[^1], StringComparison.Ordinal)
                    ? LastMember with { Office = party is null ? LastMember.Office : $"Tweede Kamerlid ({party})" }
                    : new Speaker(name, "Kamerlid", party is null ? "Tweede Kamerlid" : $"Tweede Kamerlid ({party})", null);
                LastPerson = LastMember;
                _speakerIsLatest = false;
            }

            foreach (Match body in Spotters.KindedBody().Matches(sentence))
            {
                _bodies[body.Groups["kind"].Value.ToLowerInvariant()] = body.Value;
                Bodies = [.. _bodies.Values];
            }

            foreach (Match spokesperson in SpokespersonOfBody().Matches(sentence))
            {
                // "Een woordvoerder van de RDW stelt …" … "Volgens de woordvoerder …": the spokesperson introduced with the body.
                var phrase = spokesperson.Value.Trim();
                _holders[spokesperson.Groups["office"].Value.ToLowerInvariant()] = new Speaker(phrase, "source", null, phrase);
            }

            foreach (Match holder in OfficeHolder().Matches(sentence))
            {
                _holders[holder.Groups["office"].Value] = new Speaker(holder.Groups["name"].Value, "person", HeaderGrammar.Capitalise(holder.Groups["office"].Value.ToLowerInvariant()), holder.Value);
            }

            var org = Spotters.Entities(sentence).LastOrDefault(e => e.Type == "Organization");
            if (org is not null)
            {
                LastOrganization = org.Canonical;
            }
        }

        private static string RoleOf(string? office) =>
            office is not null && office.StartsWith("Staatssecretaris", StringComparison.OrdinalIgnoreCase) ? "Staatssecretaris" : "Minister";

        [GeneratedRegex(@"^\s*(?:in|op|sinds|vanaf|per|eind|begin|medio)?\s*(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\b|^\s*(?:in|sinds|vanaf|eind|begin)\s+(?:19|20)\d{2}\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex LeadingTime();

        [GeneratedRegex(@"\b(?:het|dat|dit)\s+(?:\p{L}+\s+)?(?:tech)?bedrijf\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex CompanyReference();

        [GeneratedRegex(@"^(?:hij|zij|ze|het)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex Pronoun();

        [GeneratedRegex(@"\b(?:de|het|die|deze)\s+(?:(?:\p{L}+e|nieuwe|interne|vrijgegeven|gelekte|opgevraagde)\s+){0,2}(?:stukken|documenten|e-mails|mails|\p{L}*rapport|onderzoek|gegevens|cijfers|notulen|facturen|dossiers|\p{L}*nota|\p{L}*notitie|\p{L}*logboek)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex ResearchMention();

        /// <summary>Offices held by one named person, for <see cref="OfficeHolder"/> and <see cref="OfficeReference"/>.</summary>
        private const string Offices = "wethouder|burgemeester|directeur|voorzitter|hoogleraar|gedeputeerde|topman|topvrouw|commissaris|inspecteur-generaal|ombudsman|" + RolesOfBody;

        /// <summary>Roles introduced with their body ("een woordvoerder van de RDW") and referred to later by the role alone.</summary>
        private const string RolesOfBody = "woordvoerder|woordvoerster|adviseur|ambtenaar|projectleider|locatiemanager|teamleider|beleidsmedewerker";

        /// <summary>"Wethouder Ilse Kramer", "burgemeester Halsema", "directeur Jan de Vries": an office and the name of its holder.</summary>
        [GeneratedRegex(@"\b(?<office>(?i:" + Offices + @"))\s+(?:(?i:[\p{Ll}]+)\s+)?(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}\p{Lu}[\p{L}'’-]+){0,2})", RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex OfficeHolder();

        [GeneratedRegex(@"^(?:de|het)\s+(?:\p{L}+\s+)?(?<office>" + Offices + @")$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex OfficeReference();

        /// <summary>"een woordvoerder van de RDW", "een luchtkwaliteitsadviseur van de provincie", "een ambtenaar van het ministerie".</summary>
        [GeneratedRegex(@"\b(?i:een)\s+(?:\p{Ll}+)?(?<office>(?i:" + RolesOfBody + @"))\s+(?i:van|namens)\s+(?:(?i:de|het)\s+)?(?:\p{Lu}[\p{L}&'’-]*|\p{Ll}+)(?:\s+(?:(?i:van|voor)\s+(?:(?i:de|het)\s+)?)?\p{Lu}[\p{L}&'’-]*)*", RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex SpokespersonOfBody();

        /// <summary>
        /// Research, audits, inspections and documents as a source ("het rapport", "de onderzoekers", "de inspectie", "de
        /// Rekenkamer", "de documenten", "Douanegegevens", "twee onafhankelijke experts"): what they state is a finding.
        /// </summary>
        [GeneratedRegex(@"^(?:de|het|een|die|dit|deze|twee|drie|enkele|verschillende|alle|nieuwe?|interne?|(?:\p{L}+\s+)?onafhankelijke)?\s*(?:\p{L}+\s+)?(?:onderzoekers?|opstellers|rapport(?:en)?|\p{L}*onderzoek(?:en)?|\p{L}*rapport|inspectie|\p{L}*inspectie|\p{L}*rekenkamer(?:commissie)?|rekenkamer|auditdienst(?:\s+rijk)?|adr|accountants?|\p{L}*document(?:en)?|stukken|\p{L}*begroting(?:en)?|audits?|\p{L}*rapportages?|\p{L}*e-?mails?|\p{L}*gegevens|\p{L}*cijfers|data|\p{L}*overzicht(?:en)?|facturen|analyse|\p{L}*evaluatie|experts?|deskundigen|cbs|cpb|pbl|scp|knmi|algemene\s+rekenkamer|\p{L}*berekening(?:en)?|\p{L}*raming(?:en)?|\p{L}*inventarisatie(?:s)?|\p{L}*notitie(?:s)?|\p{L}*nota|\p{L}*logboek(?:en)?|memo(?:'s)?|mails?|vrachtbrieven|\p{L}*notulen|\p{L}*verslag|uitspraak|vonnis|jaarverslag)(?![-'’\p{L}])", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex ResearchSpeaker();

        /// <summary>A named expert ("onderzoeker Lotte Brinkman van het centrum", "hoogleraar Anouk van Dam"): a person, not a finding.</summary>
        [GeneratedRegex(@"^(?:de\s+|een\s+)?(?:\p{L}+\s+)?(?:onderzoek(?:er|ster)|hoogleraar|econoom|expert|deskundige|analist|wetenschapper|statisticus|promovendus|jurist|arts)\s+(?<name>(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})[\p{L}'’-]+){0,2})", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex NamedExpert();

        /// <summary>A role held by one person, with an optional name: "een woordvoerder van DUO", "dijkgraaf Annelies Verhoeven van Waterschap Peelrand".</summary>
        [GeneratedRegex(@"\b(?:(?:een|de)\s+)?(?i:woordvoer(?:der|ster)|directeur|dijkgraaf|wethouder|burgemeester|gedeputeerde|voorzitter|bestuursvoorzitter|topman|topvrouw|hoogleraar|onderzoeker|inspecteur|commissaris|bestuurder|korpschef|hoofdofficier|rector)(?:\s+(?<name>(?-i:\p{Lu})\p{Ll}+(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})(?>[\p{L}'’-]+)(?!\s+(?-i:\p{Lu}))){1,2})|\s+(?-i:\p{Lu})\p{Ll}+\s+(?<name>(?-i:\p{Lu})\p{Ll}+(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})(?>[\p{L}'’-]+)(?!\s+(?-i:\p{Lu}))){1,2}))?(?:\s+(?:van|bij)\s+(?:de\s+|het\s+)?(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?:en\s+)?(?-i:\p{Lu})[\p{L}'’-]+){0,3})?", RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex RoleMention();

        /// <summary>How a word for a person ends ("milieuchemicus", "dijkgraaf", "archiefjurist", "penningmeester").</summary>
        private const string PersonTitleEnd = "icus|loog|loge|kundige|graaf|ist|iste|eur|aris|ant|ent|meester|voerder|voerster|houder|lid|man|vrouw|arts|leider|leidster|ouder|woner|bewoonster|ondernemer|directeur|wethouder|gedeputeerde|burgemeester|voorzitter|hoogleraar|onderzoeker|inspecteur|advocaat";

        /// <summary>A first name and a surname (with particles) after a title.</summary>
        private const string TitledNameTail = @"\s+(?<name>(?-i:\p{Lu})\p{Ll}+\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})\p{Ll}[\p{L}'’-]*)\b";

        /// <summary>
        /// A first name and surname after a lowercase title or profession ("milieuchemicus Ruud Hendrikx", "dijkgraaf Annelies
        /// Verhoeven", "penningmeester Gerda Wolters"): the title ends like a word for a person.
        /// </summary>
        [GeneratedRegex(@"\b(?=\p{Ll}+\s+\p{Lu})(?-i:\p{Ll})\p{Ll}*(?<=(?:" + PersonTitleEnd + @"))" + TitledNameTail, RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex TitledName();

        /// <summary>A sentence that opens with a capitalised title and a name ("Archiefjurist Lotte van Damme noemt …").</summary>
        [GeneratedRegex(@"^(?-i:\p{Lu})\p{Ll}*(?<=(?:" + PersonTitleEnd + @"))" + TitledNameTail, RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex LeadingTitledName();

        /// <summary>A sentence that opens with a titled name ("Voorzitter Wim Hoekstra van …") or a name with an age ("Ahmad, een 34-jarige …",
        /// "Gerda Wolters (61), penningmeester …").</summary>
        [GeneratedRegex(@"^(?:(?:[\p{Lu}][\p{L}-]*-)?(?i:voorzitter|directeur|woordvoerder|woordvoerster|wethouder|burgemeester|hoogleraar|onderzoeker|onderzoekster|advocaat|raadslid|statenlid|gedeputeerde|bestuurder|inspecteur|medewerker|topman|topvrouw|econoom|deskundige|arts|huisarts|boer|ondernemer|eigenaar|bewoner|docent|leraar|lerares|agent|rechter|schooldirecteur|projectleider|oud-\p{L}+)\s+(?<name>(?-i:\p{Lu})\p{Ll}+(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})(?>[\p{L}'’-]+)(?!\s+(?-i:\p{Lu}))){1,2})|(?<name>(?-i:\p{Lu})\p{Ll}+(?:\s+(?-i:\p{Lu})\p{Ll}+)?),\s+(?:een|de)\s+\d{1,3}-jarige\b|(?<name>(?-i:\p{Lu})\p{Ll}+(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})[\p{L}'’-]+){1,2})\s+\(\d{1,3}\))", RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex IntroducedPerson();

        /// <summary>A person: a name, an office or role held by one person ("een woordvoerder", "de wethouder"), or someone
        /// introduced by age ("een 45-jarige dierenarts").</summary>
        [GeneratedRegex(@"(?-i:\b(?!(?:De|Het|Een|Dit|Dat|Deze)\b)\p{Lu}\p{Ll}+)|\b(?:minister|staatssecretaris|woordvoer(?:der|ster)|wethouder|burgemeester|directeur|voorzitter|hoogleraar|medewerker|ambtenaar|topman|topvrouw|bestuurder|gedeputeerde|commissaris|inspecteur|onderzoeker|advocaat|kamerlid|premier|projectleider|beleidsmedewerker|afdelingshoofd)\b|\b\d{1,3}-jarige\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex PersonLike();

        [GeneratedRegex(@"(?:ochtend|middag|avond|nacht)$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex DayPart();

        /// <summary>A time after a speaker's name ("Dat zei wethouder Carla Sietsma (Toerisme en Kust) dinsdagavond in de raad").</summary>
        [GeneratedRegex(@"\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond|nacht)?|gisteren|gisteravond|gistermiddag|gisterochtend|vanochtend|vanmiddag|vanavond|destijds|toen|eerder|onlangs)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex TrailingTimeWord();

        /// <summary>"de notitie", "dat rapport", "hetzelfde planningsoverzicht", "de apotheker": a definite description of one noun.</summary>
        [GeneratedRegex(@"^(?:de|het|dat|die|deze|dit|hetzelfde|dezelfde|datzelfde|diezelfde)\s+(?:[\p{Ll}-]+e\s+)?(?<noun>\p{Ll}[\p{Ll}-]{3,})$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex DefiniteDescription();

        /// <summary>Where a mention's complement starts: " van ", " uit ", a relative clause, an apposition.</summary>
        [GeneratedRegex(@"\s+(?:van|uit|bij|voor|over|met|die|dat|waarin|aan|in|op)\s+|,|\(", RegexOptions.None, Patterns.TimeoutMilliseconds)]
        private static partial Regex MentionComplement();

        /// <summary>"een maand later", "twee weken daarna", "drie dagen eerder": a shift from the time reported before.</summary>
        [GeneratedRegex(@"\b(?<n>\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?<u>dagen|dag|weken|week|maanden|maand|jaar)\s+(?<dir>later|daarna|eerder|ervoor|daarvoor)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex ShiftFromPrevious();

        /// <summary>"op die dag", "op dat moment", "die dag": the time named just before.</summary>
        [GeneratedRegex(@"\bop\s+(?:die|deze)\s+dag\b|\bop\s+dat\s+(?:moment|tijdstip)\b|\bdie\s+dag\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex ThatDay();

        /// <summary>"zei een woordvoerder toen", "destijds", "op dat moment": the time of the claim reported before.</summary>
        [GeneratedRegex(@"\b(?:toen|destijds|op\s+dat\s+moment|daarop)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex ThenWord();

        [GeneratedRegex(@"\b(?:vorige\s+week\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+vorige\s+week|vorige?\s+(?:jaar|maand|week)|(?:\d{1,2}|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\s+(?:jaar|maanden|maand|weken|week|dagen|dag)\s+geleden|eergisteren|gisteren|vandaag|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond|nacht)?|in\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?![\s\p{Pd}]*\d{4})|\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?![\s\p{Pd}]*\d{4}))\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex RelativeToArticle();

        /// <summary>"Kamerlid (Pieter) Omtzigt (CDA)", "Omtzigt (CDA)", "CDA-Kamerlid Omtzigt".</summary>
        [GeneratedRegex(@"(?:\b(?:[\p{Lu}][\p{L}-]*-)?[Kk]amerlid\s+(?<name>(?:[\p{Lu}][\p{L}'’-]+\s+){0,2}(?:(?:" + NameParticle + @")\s+){0,2}[\p{Lu}][\p{L}'’-]+)(?:\s+\((?<party>[\p{Lu}][\p{L}\p{Nd}-]{1,15})\))?|(?<name>(?-i:[\p{Lu}][\p{L}'’-]+)(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:[\p{Lu}][\p{L}'’-]+))?)\s+\((?<party>(?-i:[\p{Lu}][\p{Lu}\p{Nd}a-z-]{1,15}))\))", RegexOptions.CultureInvariant, Patterns.TimeoutMilliseconds)]
        private static partial Regex MemberMention();

        /// <summary>"het Kamerlid", "de parlementariër", "de CDA'er", "de SP-politicus".</summary>
        [GeneratedRegex(@"^(?:het|de|dit)\s+(?:(?:\p{L}+-)?kamerlid|parlementariër|volksvertegenwoordiger|\p{L}+['’]er|\p{L}+-politica?us)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
        private static partial Regex MemberReference();
    }

    [GeneratedRegex(@"[“""«„](?<q>[^”""»“]{2,}?)[”""»“]|‘(?<q>(?:[^’]|’(?=\p{L})){2,}?)’(?!\p{L})", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"^\s*,?\s*(?:(?<verb>antwoordde|antwoordt|zei|zegt|zeggen|zeiden|schreef|schrijft|schrijven|schreven|stelde|stelt|stellen|concludeert|concluderen|verklaarde|verklaart|liet\s+\S+\s+weten|meldde|meldt|benadrukt|benadrukte|erkent|erkende|ontkent|ontkende|reageert|reageerde|vertelt|vertelde|bevestigt|bevestigde|waarschuwt|waarschuwde|vindt|vond|meent|meende|betoogt|betoogde)\s+(?<who>(?:de\s+|het\s+|een\s+)?(?:(?:demissionair|toenmalig)\s+)?[\p{L}-]+(?:\s+(?:(?:van|de|der|den|ter|ten|te)\s+){0,2}(?-i:\p{Lu})[\p{L}'’-]+)*(?:\s+(?:van|voor)\s+(?:de\s+|het\s+)?[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)*)?)(?:\s+(?:destijds|toen|eerder|later|gisteren|vandaag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))?|(?:aldus|zo\s+(?:schrijft|schrijven|zegt|zeggen|stelt|stellen))\s+(?<who>[^.,;]+)|(?:laat|liet|laten|lieten)\s+(?<who>[^.,;:„“”""«»‘’]{2,60}?)\s+weten\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AttributionAfter();

    [GeneratedRegex(@"(?<lead>(?:antwoordde|antwoordden|zei|zeiden|schreef|schreven|stelde|stelden|verklaarde|verklaarden|beweerde|beweerden|liet\s+\S+\s+weten|lieten\s+\S+\s+weten)\s+(?<who>(?:(?:de|het)\s+)?[\p{L}-]+(?:\s+(?-i:\p{Lu})[\p{L}-]+)*)\s+(?:[^,]*?\s)??dat)\s+(?<clause>.*)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReportedSpeechBefore();

    [GeneratedRegex(@"\b(?:zei|zegt|zeiden|zeggen|antwoordde|antwoordt|beweert|beweerde|schrijft|schreef|schrijven|stelt|stelde|verklaart|verklaarde|meldt|meldde|melden|erkent|erkende|ontkent|ontkende|benadrukt|benadrukte|bevestigt|bevestigde|vertelt|vertelde|waarschuwt|waarschuwde|concludeert|concludeerde|vermeldt|vermeldde|vermelden|vermeldden|rapporteert|rapporteerde|noemt|noemde|vindt|vond|meent|meende|reageert|reageerde|stelden|verzekert|verzekerde|verzekerden|noteert|noteerde|schat|schatte|schatten|constateert|constateerde|signaleert|signaleerde|beweerden|herhaalt|herhaalde|betoogt|betoogde|bestrijdt|bestreed|ontkenden|weersprak|weerspreekt|concluderen|concludeerden|constateren|constateerden|signaleren|signaleerden|waarschuwen|waarschuwden|erkennen|erkenden|ontkennen|benadrukken|benadrukten|bevestigen|bevestigden|verklaren|verklaarden|beweren|menen|meenden|vertellen|vertelden|stellen|gezegd|geschreven|gemeld|verklaard|beweerd|ontkend|verzekerd|toegezegd|benadrukt)\b|\b(?:sprak|spreekt|spraken|spreken)\s+(?:[^\s,.;:]+\s+){0,6}?tegen\b|\b(?:voegde|voegden|voegt|voegen)\s+(?:[^\s,.;:]+\s+){0,8}?toe\b|\b(?:liet|laat|lieten|laten)\s+(?:[^\s,.;:]+\s+){0,6}?weten\b|\b(?:hield|houdt|hielden|houden)\s+(?:[^\s,.;:]+\s+){0,6}?(?:voor|vol)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReportingVerb();

    /// <summary>Time words between a reporting verb and its "dat" ("zei dinsdag dat", "liet in maart 2021 weten"); not the date of a document ("een rapport uit maart").</summary>
    [GeneratedRegex(@"\b(?:(?:een|één|twee|drie|vier|enkele|\d+)\s+(?:dag|dagen|week|weken|maand|maanden|jaar)\s+(?:later|eerder|daarna|ervoor|geleden)|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond|nacht)?|gisteren|vandaag|eergisteren|vanochtend|vanmiddag|vanavond|gisteravond|eerder|later|vorige?\s+(?:week|maand|jaar)|(?:de\s+afgelopen|deze|die|dezelfde)\s+(?:dagen|weken|maanden|jaren|week|maand|dag|tijd|periode)|in\s+(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+\d{4})?|in\s+(?:19|20)\d{2}|op\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?|(?<!\b(?:uit|van|gedateerd)\s+(?:\d{1,2}\s+)?)(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)(?:\s+\d{4})?)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex TimeWords();

    [GeneratedRegex(@"\bdat\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex That();

    [GeneratedRegex(@"\b(?:word|wordt|worden|werd|werden)\b(?:\s+\S+){0,8}?\s+ge\p{L}+(?:d|t|en)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AgentlessPassive();

    [GeneratedRegex(@"\bdoor\s+(?:de|het|een)?\s*\p{L}", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Agent();

    [GeneratedRegex(@"\bontken(?:de|den|t|nen|d)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DenyingVerb();

    /// <summary>The text a reporting claim's proposition is read from, when it differs from the claim text.</summary>
    private static string? PropositionText(string text, ClaimKind kind)
    {
        var shaped = ComparativeTail().Replace(text, string.Empty);
        if (kind == ClaimKind.ReportedSpeech)
        {
            shaped = Propositions.MainClauseOrder(shaped);
        }

        return shaped == text ? null : shaped;
    }

    /// <summary>The organisation a spokesperson speaks for ("een woordvoerder van de Nationale Politie"), as its canonical name.</summary>
    private static string? SpokespersonOf(Speaker? speaker)
    {
        if (speaker is null || Spokesperson().Match(speaker.Name) is not { Success: true } m)
        {
            return null;
        }

        var organisation = m.Groups["org"].Value.Trim();
        return Spotters.Entities(organisation).FirstOrDefault()?.Canonical ?? Regex.Replace(organisation, @"^(?:de|het)\s+", string.Empty, RegexOptions.IgnoreCase, Patterns.Timeout);
    }

    [GeneratedRegex(@"\b(?:woordvoer(?:der|ster)|zegsman|zegsvrouw|directeur|voorzitter|bestuurder|topman|topvrouw)\s+(?:van|namens|bij)\s+(?<org>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Spokesperson();

    [GeneratedRegex(@"^(?:we|wij|ons)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FirstPersonPlural();

    /// <summary>"… vaker ingezet dan de minister eerder aan de Kamer meldde": the comparison's second term is not the claim's content.</summary>
    [GeneratedRegex(@"(?<=\b(?:vaker|meer|minder|eerder|later|langer|groter|kleiner|hoger|lager|anders|sneller|trager)\b(?:\s+\S+){0,5}?)\s+dan\s+(?:de|het|een|hij|zij|ze|wij|we|ik|men|u|eerder|verwacht|gemeld|gedacht|toegegeven|bekend)\b.*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ComparativeTail();

    /// <summary>The time an attribution gives ("…", schreef Snel in november 2019 → November 2019), if any.</summary>
    private static TimeReference? AttributionTime(string? attribution, Context context, bool last = false)
    {
        if (attribution is null)
        {
            return null;
        }

        // The report's own time: the time next to the reporting verb ("In 2019 liet het kabinet weten dat", "zei de
        // woordvoerder in april 2022"); before a reported clause the last one counts ("hield in 2015 lijsten bij,
        // terwijl het kabinet in 2019 meldde dat"). Relative times resolve against the article's date.
        if (SameMedium().Match(attribution) is { Success: true } same && context.MediumTime(same.Groups["m"].Value) is { } earlier)
        {
            return earlier; // "In dezelfde e-mail schreef de woordvoerder:": when that e-mail was sent
        }

        var times = Spotters.Times(attribution);
        return (last ? times.LastOrDefault() : times.FirstOrDefault()) ?? context.RelativeToDocument(attribution) ?? context.RelativeToPrevious(attribution);
    }

    /// <summary>The medium of an earlier statement named again: "in dezelfde e-mail", "in hetzelfde interview", "in die brief".</summary>
    [GeneratedRegex(@"\b(?:in|uit|tijdens)\s+(?:dezelfde|hetzelfde|datzelfde|diezelfde|die|dat|deze|dit)\s+(?<m>" + Media + @")\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SameMedium();

    /// <summary>The medium an attribution names: "in een e-mail aan deze krant", "in een interview met Omroep West".</summary>
    [GeneratedRegex(@"\b(?:in|tijdens)\s+(?:een|het|de|haar|zijn)\s+(?:\p{L}+\s+)?(?<m>" + Media + @")\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NamedMedium();

    private const string Media = "e-?mail|mail|brief|raadsbrief|kamerbrief|memo|verklaring|reactie|interview|gesprek|debat|vergadering|toespraak|uitzending|persbericht";

    /// <summary>
    /// Splits "Volgens X &lt;finite verb&gt; …" into the source and the clause: the clause starts at the first verb the
    /// tagger finds after the word following "volgens". Without the embedded models: the source runs from the word after
    /// "volgens" over determiners, capitalised words, "van/voor/en" and one lowercase noun after a determiner
    /// ("de Autoriteit Persoonsgegevens", "het ministerie van Financiën", "een woordvoerder van de NS", "minister
    /// Hoekstra"); the clause starts at the first other word, the finite verb of Dutch verb-second order.
    /// </summary>
    /// <summary>
    /// The source named by a parenthetical "volgens" ("De totale waarde bedroeg volgens de facturen ruim € 4,5 miljoen"):
    /// determiners, numbers and adjectives up to the first run of nouns or names.
    /// </summary>
    private static (string Who, int ClauseStart)? ParentheticalSource(string sentence, int offset)
    {
        if (ObjectPronoun().Match(sentence, offset) is { Success: true } pronoun && sentence[offset..pronoun.Index].Trim().Length == 0)
        {
            // "De eerste huurders zouden volgens hem in de zomer van 2026 hun sleutel krijgen": the person just quoted.
            return (pronoun.Groups["p"].Value.ToLowerInvariant() == "hem" ? "hij" : "zij", pronoun.Index + pronoun.Length);
        }

        if (LanguageStage.TryAnalyze(sentence, 2_000) is not { } analysed)
        {
            return null;
        }

        int? start = null;
        var end = -1;
        foreach (var token in analysed.Tokens.Where(t => t.Token.Start >= offset))
        {
            var nominal = token.Pos is GovText.Language.UPos.NOUN or GovText.Language.UPos.PROPN;
            if (end < 0 && (nominal || token.Pos is GovText.Language.UPos.DET or GovText.Language.UPos.NUM or GovText.Language.UPos.ADJ))
            {
                start ??= token.Token.Start;
                if (nominal)
                {
                    end = token.Token.End;
                }

                continue;
            }

            if (end >= 0 && nominal)
            {
                end = token.Token.End;
                continue;
            }

            break;
        }

        return start is { } from && end > from ? (sentence[from..end], 0) : null;
    }

    private static (string Who, int ClauseStart)? SplitVolgens(string sentence)
    {
        var lead = VolgensLead().Match(sentence);
        if (!lead.Success)
        {
            return null;
        }

        var offset = lead.Index + lead.Length;
        if (LanguageStage.TryAnalyze(sentence, 2_000) is { } analysed)
        {
            // The tagger tells the finite verb from an attributive adjective ("Volgens gelekte interne gegevens van
            // Clearview AI heeft de politie …"); the first verb or auxiliary after the first word opens the clause.
            var first = true;
            foreach (var token in analysed.Tokens)
            {
                if (token.Token.Start < offset)
                {
                    continue;
                }

                if (!first && token.Pos is GovText.Language.UPos.VERB or GovText.Language.UPos.AUX)
                {
                    var end = token.Token.Start + token.Token.Length;
                    if (end < sentence.Length && sentence[end] == ',' && SourceRelativeClause().IsMatch(sentence[offset..token.Token.Start]))
                    {
                        continue; // "Volgens een rapport … dat dinsdag verscheen, ontbraken …": the relative clause's verb
                    }

                    var who = TrailingParenthesis().Replace(sentence[offset..token.Token.Start], string.Empty).Trim().TrimEnd(',').Trim();
                    return who.Length == 0 || who.Split(' ').Length > 12 ? null : (who, token.Token.Start);
                }

                first = false;
            }

            return null;
        }

        var words = WordToken().Matches(sentence[offset..]);
        var previousWasDeterminer = false;
        for (var i = 0; i < words.Count && i < 10; i++)
        {
            var w = words[i].Value;
            var lower = w.ToLowerInvariant();
            var partOfSource = i == 0 || char.IsUpper(w[0]) || char.IsDigit(w[0]) || previousWasDeterminer
                || lower is "de" or "het" or "een" or "van" or "voor" or "der" or "den" or "en" or "'s" or "’s" || (i == 1 && lower is "zelf");
            if (!partOfSource)
            {
                if (i == 0 || !VerbLike().IsMatch(lower))
                {
                    return null;
                }

                var who = sentence[offset..(offset + words[i].Index)].Trim().TrimEnd(',');
                return who.Length == 0 ? null : (who, offset + words[i].Index);
            }

            previousWasDeterminer = lower is "de" or "het" or "een" or "deze" or "dit" or "die" or "zijn" or "haar" or "hun";
        }

        return null;
    }

    /// <summary>"(.PDF)", "(CDA)" after a source: a link marker or an abbreviation, not part of its name.</summary>
    [GeneratedRegex(@"\s*\([^()]{1,20}\)\s*,?\s*$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"^\s*volgens\s+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex VolgensLead();

    /// <summary>
    /// "volgens X" after the first word, naming a source (not "volgens de wet/planning/afspraak …"); after ", maar" / ", en"
    /// / ";" it opens its own clause.
    /// </summary>
    [GeneratedRegex(@"(?:(?<conj>[,;]\s*(?:maar|en|want|terwijl)?\s*|[,;]\s+)|\s)(?<v>volgens\s+)(?!(?:de|het|een|die|deze)?\s*(?:\p{L}+\s+)?(?:wet|wetten|regels?|regeling|planning|afspraak|afspraken|beleid|schema|normen?|methode|plan|protocol|verwachting|richtlijnen?|procedure|definitie|contract|cao|verdrag|artikel|letter|systematiek|berekening|formule|norm)\b)(?=\S)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MidVolgens();

    [GeneratedRegex(@"[\p{L}\p{Nd}][\p{L}\p{Nd}'’.-]*", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex WordToken();

    /// <summary>Finite verb forms that can open the clause after "volgens X": auxiliaries, modals and past/present forms.</summary>
    [GeneratedRegex(@"^(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|kon|konden|zal|zullen|zou|zouden|moet|moeten|moest|moesten|mag|mogen|mocht|gaat|gaan|ging|gingen|blijkt|bleek|staat|staan|stond|stonden|ligt|liggen|lag|lagen|komt|komen|kwam|kwamen|\p{L}{2,}(?:t|de|te|den|ten|en))$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex VerbLike();

    /// <summary>"Dat zegt Omtzigt, die …", "Dit meldt de NOS.", "Dat schat de ADR in een rapport …", "Dat blijkt uit cijfers van het
    /// CBS.", "Dat staat in het jaaroverzicht dat …": the previous sentence's source.</summary>
    [GeneratedRegex(@"^(?:dat|dit)\s+(?:(?:zegt|zei|zeggen|meldt|meldde|melden|schrijft|schreef|schrijven|stelt|stelde|bevestigt|bevestigde|concludeert|concludeerde|constateert|constateerde|schat|schatte|schatten|berekent|berekende|becijfert|becijferde|laat|liet|vertelt|vertelde)\s+(?!(?:veel|niets|niks|iets|genoeg|alles|weinig|meer|wat|ons|u|je|mij|me|gerust)\b)(?<who>[^,.;:]+?)(?:\s+weten)?(?:\s+(?:op|in|aan|tegen|bij)\s+[^,.;:]+)?|(?:blijkt|bleek)\s+uit\s+(?<src>[^,.;:]+?)|(?:staat|stond|staan|stonden)\s+(?:onder\s+meer\s+|ook\s+)?in\s+(?<src>(?:een|het|de|die|deze|dat|dit)\s+[^,.;:]+?))\s*(?:[,.;:].*)?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BackReference();

    /// <summary>
    /// Reported speech without backtracking-prone patterns: a reporting verb, then "dat" within eight words; the
    /// speaker is between the verb and "dat" (inverted order: "Eerst zei de minister … dat") or the words before the
    /// verb (subject first: "Dekker beweert dat").
    /// </summary>
    /// <summary>
    /// A quotation announced by a colon after a reporting verb: the speaker is the subject after the inverted verb ("schreef
    /// de NZa in een reactie op vragen van Trouw:") or before it ("Een woordvoerder zei:").
    /// </summary>
    private static (string Lead, string Who)? AnnouncedQuote(string before)
    {
        var trimmed = before.TrimEnd();
        if (!trimmed.EndsWith(':'))
        {
            return null;
        }

        var verb = ReportingVerb().Matches(trimmed).LastOrDefault();
        if (verb is null || PerfectSpeech().IsMatch(trimmed))
        {
            return AnnouncedWithoutFiniteVerb(trimmed);
        }

        var rest = LeadingAdverbs().Replace(Regex.Replace(TimeWords().Replace(trimmed[(verb.Index + verb.Length)..].TrimEnd(':'), " "), @"\s+", " ", RegexOptions.None, Patterns.Timeout).Trim(), string.Empty);
        var who = !LeadingPreposition().IsMatch(rest) && AnnouncedSpeaker().Match(rest) is { Success: true } inverted ? inverted.Value.Trim() : string.Empty;
        if (who.Length == 0)
        {
            // "Directeur Mirjam Dekkers van Sportbedrijf Brakelveen, dat het zwembad exploiteert, zei …": not the relative clause.
            var subject = TrailingRelativeClause().Replace(trimmed[..verb.Index].Trim(), string.Empty);
            var comma = subject.LastIndexOf(',');
            who = Regex.Replace(TimeWords().Replace(comma >= 0 ? subject[(comma + 1)..] : subject, " "), @"\s+", " ", RegexOptions.None, Patterns.Timeout).Trim();
        }

        return who.Length == 0 || who.Split(' ').Length > 8 ? null : (trimmed[verb.Index..].Trim(), who);
    }

    /// <summary>
    /// A colon-announced quotation without a finite reporting verb: a perfect ("Over die voertuigen had de staatssecretaris
    /// in november 2022 in een commissiedebat gezegd:"), "volgens X" ("Het hout werd volgens de organisatie verkocht aan
    /// een houthandel:") or a pronoun subject ("Hij wijst op de hogere kosten van afvalverwerking:").
    /// </summary>
    private static (string Lead, string Who)? AnnouncedWithoutFiniteVerb(string trimmed)
    {
        if (PerfectSpeech().Match(trimmed) is { Success: true } perfect)
        {
            var rest = LeadingAdverbs().Replace(perfect.Groups["rest"].Value.Trim(), string.Empty);
            var who = !LeadingPreposition().IsMatch(rest) && AnnouncedSpeaker().Match(rest) is { Success: true, Length: > 0 } inverted
                ? inverted.Value.Trim()
                : Regex.Replace(TimeWords().Replace(trimmed[..perfect.Index], " "), @"\s+", " ", RegexOptions.None, Patterns.Timeout).Trim();
            return who.Length == 0 || who.Split(' ').Length > 8 ? null : (trimmed[perfect.Index..].Trim(), who);
        }

        if (MidVolgens().Match(trimmed) is { Success: true } mid && ParentheticalSource(trimmed, mid.Groups["v"].Index + mid.Groups["v"].Length) is { } source)
        {
            return ("volgens " + source.Who, source.Who);
        }

        if (DocumentColon().Match(trimmed) is { Success: true } document)
        {
            return (trimmed, document.Groups["src"].Value.Trim()); // "In de notulen van de stuurgroep van 11 juni 2024 staat:"
        }

        var bare = trimmed.TrimEnd(':').Trim();
        var lastComma = bare.LastIndexOf(',');
        bare = (lastComma >= 0 ? bare[(lastComma + 1)..] : bare).Trim();
        if (BareSpeaker().IsMatch(bare) && !VerbLike().IsMatch(bare.Split(' ')[^1]))
        {
            return (trimmed, bare); // "Een woordvoerder: „…”", "Directeur Anna de Vries van de GGD:"
        }

        if (JudgingSubject().Match(trimmed) is { Success: true } judging)
        {
            // "Directeur Wilma Jager is stellig:", "Statenlid Wim Zuidema spreekt van „een ernstige vertrouwensbreuk”:".
            return (trimmed, judging.Groups["who"].Value.Trim());
        }

        return PronounSubject().Match(trimmed) is { Success: true } pronoun ? (trimmed, pronoun.Groups["p"].Value) : null;
    }

    /// <summary>
    /// A named speaker as the subject of a verb of judging that announces a quotation: "Directeur Wilma Jager is stellig:",
    /// "Wethouder Bos blijft erbij:", "Statenlid Wim Zuidema spreekt van „…”:".
    /// </summary>
    [GeneratedRegex(@"^(?<who>(?:(?:de|het|een)\s+)?(?:\p{Ll}+\s+)?(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})[\p{L}'’-]+){0,3})\s+(?:is|was|bleef|blijft|spreekt|sprak|reageert|reageerde|oordeelt|oordeelde|klinkt|klonk|houdt|hield)\b[^:;.]{0,80}:$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex JudgingSubject();

    /// <summary>A negation word with an accent of emphasis: "níet", "nóóit", "géén", "níémand".</summary>
    [GeneratedRegex(@"\b(?=\p{L}*[íéóÍÉÓ])(?:n[iíIÍ][eéEÉ]t|n[oóOÓ][oóOÓ]it|g[eéEÉ][eéEÉ]n|n[iíIÍ][eéEÉ]mand|n[iíIÍ][eéEÉ]ts)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex EmphasisedNegation();

    /// <summary>A relative clause opened in a source phrase: "een rapport van de inspectie dat dinsdag …".</summary>
    [GeneratedRegex(@"\s(?:dat|die|waarin|waarmee)\s", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SourceRelativeClause();

    /// <summary>A verb of writing in an attribution: "schrijft zij", "schreef de teamchef".</summary>
    [GeneratedRegex(@"\b(?:schrijft|schreef|schrijven|schreven|mailt|mailde|noteert|noteerde|waarschuwt|waarschuwde)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex WritingVerb();

    /// <summary>A message with its writer: "Een interne e-mail van de teamleider Burgerzaken van 27 november".</summary>
    [GeneratedRegex(@"\b(?:" + MessageNouns + @")\s+van\s+(?:de|het|een)\s+\p{L}", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AuthoredMessage();

    /// <summary>A message's name before the verb of its sentence ("Een interne e-mail van … van 27 november laat iets anders zien").</summary>
    [GeneratedRegex(@"^(?<name>.+?)\s+(?:laat|liet|toont|toonde|bevestigt|bevestigde|is|was|geeft|gaf|schetst|schetste|spreekt|sprak|werd|wordt|lijkt|leek|maakt|maakte|zegt|zei|vertelt|vertelde|bevat|bevatte)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MessageBeforeVerb();

    /// <summary>"de teamchef", "het hoofd": a writer named by a definite article.</summary>
    [GeneratedRegex(@"^(?:de|het)\s+\p{Ll}", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex DefiniteMention();

    /// <summary>A relative clause in commas after a subject: ", dat het zwembad exploiteert,".</summary>
    [GeneratedRegex(@",\s*(?:dat|die|wat|waar\p{Ll}*)\s[^,]*,\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingRelativeClause();

    /// <summary>A speaker phrase alone before a colon: "Een woordvoerder", "De rekenkamer", "Voorzitter Karin Mulder van de bond".</summary>
    [GeneratedRegex(@"^(?:(?:de|het|een)\s+)?(?:\p{L}+\s+)?(?:woordvoer(?:der|ster)|zegsman|zegsvrouw|minister|staatssecretaris|wethouder|burgemeester|directeur|voorzitter|gedeputeerde|inspectie|rekenkamer|ombudsman|onderzoeker|hoogleraar|(?-i:\p{Lu})[\p{L}'’-]+)(?:\s+(?:(?:" + NameParticle + @")\s+){0,2}(?-i:\p{Lu})[\p{L}'’-]+){0,3}(?:\s+(?:van|bij|namens)\s+(?:de\s+|het\s+)?[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,3})?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BareSpeaker();

    /// <summary>"In de notulen van de stuurgroep van 11 juni 2024 staat:", "In het rapport staat letterlijk:": a document quoted.</summary>
    [GeneratedRegex(@"^\s*(?:in|uit)\s+(?<src>(?:de|het|een|die|dit|deze|haar|zijn|hun)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*notulen|\p{L}*verslag|\p{L}*rapport|\p{L}*memo|\p{L}*notitie|\p{L}*mail|uitspraak|vonnis|\p{L}*brief|\p{L}*document|stukken|\p{L}*nota|\p{L}*besluit|jaarverslag)[^:]{0,80}?)\s+(?:staat|stond|staan|stonden|lezen\s+we|valt\s+te\s+lezen|heet\s+het)(?:\s+(?:letterlijk|onder\s+meer|ook|zelfs))?\s*:$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentColon();

    /// <summary>A word after an inverted reporting verb that cannot be its subject ("op", "een", "in", "later").</summary>
    [GeneratedRegex(@"^(?:op|in|aan|tegen|bij|tijdens|na|voor|over|met|een|later|eerder|toen|destijds|al|ook|nog|vorige|vorig|afgelopen|dinsdag|maandag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NoSpeaker();

    /// <summary>
    /// A subject that names or characterises something in the words of the quotation that ends the sentence: "X noemt Y „…”",
    /// "X spreekt van „…”", "X berichtte over „…”". The subject is the words before the verb after the last comma or
    /// conjunction, without a leading time phrase.
    /// </summary>
    [GeneratedRegex(@"(?:^|[,;]\s*|\b(?:toen|nadat|omdat|terwijl|en|maar|waarna)\s+)(?:(?:eerder|vorige\s+week|vorig\s+jaar|ook|al|nog|destijds|toen)\s+)*(?<who>(?-i:\p{Lu})?[^,;:„“”""«»‘’]{2,80}?)\s+(?:noemt|noemde|noemen|noemden|spreekt\s+van|sprak\s+van|spreken\s+van|spraken\s+van|berichtte\s+over|berichtten\s+over|bericht\s+over|omschrijft|omschreef|typeert|typeerde|kwalificeert|kwalificeerde)\b[^„“”""«»‘’]*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NamingFrame();

    /// <summary>"had de staatssecretaris … gezegd:", "heeft de minister eerder laten weten:": a perfect of a reporting verb.</summary>
    [GeneratedRegex(@"\b(?:had|heeft|hadden|hebben)\s+(?<rest>.*?)\s*\b(?:gezegd|geschreven|verklaard|gemeld|laten\s+weten|beloofd|toegezegd|opgemerkt|verzekerd|geantwoord|benadrukt|erkend|ontkend)\s*:$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PerfectSpeech();

    /// <summary>A sentence with a personal pronoun as its subject, first or after the inverted finite verb.</summary>
    [GeneratedRegex(@"^(?<p>hij|zij|ze)\s|^\p{L}+\s+(?:\p{L}+\s+)?(?<p>hij|zij)\s", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PronounSubject();

    /// <summary>The subject after an inverted reporting verb, up to a preposition, adverb or time word ("de NZa in een reactie …", "de toenmalige staatssecretaris voor Mijnbouw", "wethouder Karin Bos (Inburgering)").</summary>
    [GeneratedRegex(@"^(?:(?:de|het|een)\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+(?:\s+(?:van|voor)\s+(?:de\s+|het\s+)?[\p{L}'’-]+)?(?:\s+(?-i:\p{Lu})[\p{L}'’-]+)*(?:\s*\([^)]{1,40}\))?(?=\s+(?:in|op|tegen|aan|tijdens|bij|nog|toen|destijds|al|ook|eerder|daarover|hierover)\b|$)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AnnouncedSpeaker();

    [GeneratedRegex(@"^(?:(?:destijds|toen|eerder|nog|al|ook|onlangs|gisteren|vandaag|later|daarna|vervolgens)(?:\s+|$))+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadingAdverbs();

    [GeneratedRegex(@"^(?:in|op|tegen|aan|tijdens|bij|tegenover|namens|via|voor)\s", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadingPreposition();

    private static (string Lead, string Who, int ClauseStart)? FindReportedSpeech(string sentence)
    {
        foreach (Match verb in ReportingVerb().Matches(sentence))
        {
            var after = sentence[(verb.Index + verb.Length)..];
            var that = That().Match(after);
            if (!that.Success || after[..that.Index].Split(" ", StringSplitOptions.RemoveEmptyEntries).Length > (MinistryTitle().IsMatch(after[..that.Index]) ? 16 : 9))
            {
                continue;
            }

            var between = after[..that.Index].Trim().TrimEnd(',');
            if (verb.Value.StartsWith("schr", StringComparison.OrdinalIgnoreCase) && Regex.IsMatch(between, @"(?:^|\s)voor$", RegexOptions.IgnoreCase, Patterns.Timeout))
            {
                continue; // "Die norm schrijft voor dat …": prescribes (voorschrijven), nobody speaks
            }

            var inner = LetKnow().Match(verb.Value);
            if (inner.Success)
            {
                between = inner.Groups["mid"].Value; // "liet de minister in maart weten dat": the speaker is inside
            }

            between = Regex.Replace(TimeWords().Replace(Adverbs().Replace(between, " "), " "), @"\s+", " ", RegexOptions.None, Patterns.Timeout).Trim().TrimEnd(',');
            between = LeadingAddressee().Replace(between, string.Empty).Trim(); // "verzekerde de Tweede Kamer dat": the addressee is no speaker
            if (verb.Value.StartsWith("stel", StringComparison.OrdinalIgnoreCase) && between.EndsWith(" vast", StringComparison.OrdinalIgnoreCase))
            {
                between = between[..^5].TrimEnd(); // "stelt het rapport vast dat": "vast" is the verb's particle (vaststellen)
            }

            if (BetweenTail().Match(between) is { Success: true, Index: > 0 } tail)
            {
                // "schreef hij in een raadsinformatiebrief van 20 november dat", "vond de ADR geen aanwijzingen dat": the speaker
                // ends before the prepositional phrase or the negated object.
                between = between[..tail.Index].Trim();
            }

            // "De toenmalige staatssecretaris van Financiën, Marieke Verhoef, liet …": the name in apposition speaks; a
            // relative clause in between is skipped ("Ook de RVO, die de regeling uitvoert, liet destijds weten dat …").
            var before = RelativeApposition().Replace(sentence[..verb.Index].Trim().TrimEnd(','), string.Empty).TrimEnd(',');
            var apposition = DatedApposition().Match(before); // "Het schaderapport, gedateerd 20 april, vermeldt dat …"
            var described = apposition.Success && apposition.Index > 0;
            before = described ? before[..apposition.Index] : before;
            // "Hoefnagel (52, Wonen) zei …": a parenthesis after a name is no clause boundary; blanked, offsets kept.
            before = Parenthesis().Replace(before, m => new string(' ', m.Length));
            var lastComma = before.LastIndexOf(',');
            var subjectBefore = (lastComma >= 0 ? before[(lastComma + 1)..] : before).Trim();
            if (lastComma > 0 && BareConjunction().IsMatch(subjectBefore) && FirstNounPhrase().Match(before[..lastComma].Trim()) is { Success: true } coordinated)
            {
                // "Oeverland wil niet inhoudelijk reageren, maar bevestigt dat …": the subject of the first verb phrase speaks.
                subjectBefore = coordinated.Groups["np"].Value;
                lastComma = -1;
            }

            if (lastComma > 0 && RoleApposition().IsMatch(subjectBefore) && before[..lastComma].Split(',')[^1].Trim() is var named && NameAtEnd().IsMatch(named))
            {
                // "Ook voorzitter Jacqueline Roelofsen, burgemeester van Veenderwijk, schreef …": the office in apposition after a
                // name describes that person, who speaks.
                subjectBefore = named;
            }

            subjectBefore = Regex.Replace(TimeWords().Replace(subjectBefore, " "), @"\s+", " ", RegexOptions.None, Patterns.Timeout).Trim();
            subjectBefore = Addressee().Replace(LeadingConjunction().Replace(subjectBefore, string.Empty), string.Empty).Trim();
            subjectBefore = TrailingAuxiliary().Replace(subjectBefore, string.Empty).Trim(); // "Het ministerie had eerder al gezegd dat"
            if (InvertedAuxiliary().Match(subjectBefore) is { Success: true } inverted && LeadingPreposition().IsMatch(subjectBefore))
            {
                subjectBefore = inverted.Groups["s"].Value.Trim(); // "Tegenover de Tweede Kamer heeft het ministerie steeds ontkend dat"
            }

            string who;
            if (between.Length > 0 && SpeakerWord().IsMatch(between))
            {
                who = between;
            }
            else if (subjectBefore.Length > 0 && subjectBefore.Split(' ').Length <= 9)
            {
                who = subjectBefore;
            }
            else
            {
                continue;
            }

            var clauseStart = verb.Index + verb.Length + that.Index + that.Length;
            while (clauseStart < sentence.Length && sentence[clauseStart] == ' ')
            {
                clauseStart++;
            }

            if (sentence[clauseStart..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3)
            {
                continue; // "herhaalde de RAV dat standpunt.": "dat" is a determiner, no clause follows
            }

            var leadStart = lastComma >= 0 && who == subjectBefore ? lastComma + 1 : described && who == subjectBefore ? 0 : verb.Index;
            return (sentence[leadStart..(verb.Index + verb.Length + that.Index + that.Length)].Trim(), who, clauseStart);
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:minister|staatssecretaris|bewindsman|bewindsvrouw|hij|zij|ze|premier|woordvoerder|kamerlid|onderzoekers?)\b|^(?-i:\p{Lu})|^(?:de|het|een)\s+\p{L}", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SpeakerWord();

    /// <summary>", gedateerd 20 april", ", opgesteld door bureau X" at the end of a subject: a description of the document, not its name.</summary>
    [GeneratedRegex(@"\s*,\s*(?:gedateerd|gedagtekend|opgesteld|geschreven|uitgevoerd|gemaakt|verschenen|gepubliceerd)\s+(?:op\s+)?[^,]{2,60}$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatedApposition();

    /// <summary>The subject after the finite auxiliary of an inverted perfect ("Tegenover de Kamer heeft het ministerie").</summary>
    [GeneratedRegex(@"\b(?:heeft|had|hebben|hadden)\s+(?<s>\S.*)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex InvertedAuxiliary();

    /// <summary>Auxiliaries and adverbs between the subject and a participle ("Het ministerie had eerder al gezegd dat").</summary>
    [GeneratedRegex(@"(?:\s+(?:had|heeft|hadden|hebben|is|was|al|ook|nog|eerder|toen|destijds|zelf|steeds|altijd|nadrukkelijk|meermaals))+$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingAuxiliary();

    /// <summary>
    /// "In een notitie van september 2022 staat dat …", "In het verslag van het overleg werd vastgelegd dat …": what a document
    /// (not a letter, which is its author's statement) records is a finding.
    /// </summary>
    // Interpreted, not source-generated: the .NET 10 generator's code for this pattern loops until the time limit on "In
    // het jaarlijkse rapport van de Ethics _Office wordt doorgaans aangegeven hoeveel …", where the interpreter answers
    // false at once (session 18; GeneratedPatternAgreementTests).
    private static readonly Regex s_documentStates = new(@"^\s*(?<lead>(?<anaphor>Daarin|Hierin)\s+(?:staat|stond|staan|stonden|wordt|werd)\s+(?:\S+\s+){0,2}?(?:dat|(?:vermeld|beschreven|vastgelegd|genoteerd|opgenomen)\s+dat)|In\s+(?<src>(?:een|het|de|die|dit|deze|twee|drie|enkele|interne?|haar|zijn|hun)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*notitie|\p{L}*memo|\p{L}*rapport|\p{L}*rapportage|\p{L}*document|stuk|stukken|\p{L}*verslag|presentatie|\p{L}*nota|\p{L}*analyse|\p{L}*overzicht|\p{L}*evaluatie|notulen|e-?mail|mails?|\p{L}*mails|uitspraak|vonnis|beschikking|\p{L}*besluit)(?:\s+(?:van|uit|d\.d\.)\s+[^,]{2,40}?)?)\s*,?\s+(?:staat|stond|stonden|staan|wordt|werd|is|was)\s+(?:\S+\s+){0,2}?(?:dat|(?:vermeld|beschreven|vastgelegd|genoteerd|opgenomen)\s+dat))\s+(?<clause>.+)$", RegexOptions.IgnoreCase, Patterns.Timeout);

    private static Regex DocumentStates() => s_documentStates;

    /// <summary>
    /// <see cref="DocumentStates"/>, or the same with a relative clause after a long document name ("In de notulen van het
    /// wekelijkse portefeuillehoudersoverleg van 20 november, die deze krant inzag, staat echter dat …").
    /// </summary>
    private static Match DocumentStatesIn(string sentence) =>
        DocumentStates().Match(sentence) is { Success: true } m ? m : DocumentStatesAfterRelative().Match(sentence);

    /// <summary>"In een raadsbrief van 12 december staat …", "In dezelfde brief staat dat …": what a letter says.</summary>
    [GeneratedRegex(@"^\s*(?<lead>In\s+(?<src>(?:een|de|het|die|deze|dezelfde|zijn|haar|hun)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}*brief(?:\s+(?:van|aan|over|uit|d\.d\.)\s+[^,]{2,80}?)?))\s*,?\s+(?:(?:staat|stond|staan|stonden)\s+(?:(?:echter|ook|wel|verder|nu|juist|letterlijk)\s+)?dat\s+(?<clause>\S.+)|(?<clause>(?:staat|stond|staan|stonden)\s+(?!er\s+niets\b)\S.+))$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LetterStates();

    [GeneratedRegex(@"^\s*(?<lead>In\s+(?<src>(?:een|het|de)\s+(?:interne?\s+)?(?:\p{L}*notitie|\p{L}*memo|\p{L}*rapport|\p{L}*rapportage|notulen|\p{L}*verslag|\p{L}*mails?|e-mail)\s+van\s+[^,]{2,80}),\s*(?:die|dat)\s+[^,]{3,60},\s*(?:staat|stond|staan|stonden)\s+(?:(?:echter|ook|wel|verder|nu)\s+)?dat)\s+(?<clause>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentStatesAfterRelative();

    /// <summary>"Het ADR-rapport is gedateerd op 30 mei 2024", "Het memo dateert van maart 2023": a source cited before, dated.</summary>
    [GeneratedRegex(@"^(?:het|de|dat|die|dit|deze)\s+(?<src>[^,.;]{2,60}?)\s+(?:(?:is|was|werd)\s+gedateerd|dateert|dateerde)\s+(?:op|van|uit)?\s*(?<when>[^,.;]+)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatingSentence();

    /// <summary>The document noun a compound ends in ("auditrapport" → "rapport", "stafnotitie" → "notitie").</summary>
    [GeneratedRegex(@"(?:rapport|rapportage|memo|notitie|nota|brief|analyse|verslag|onderzoek|document|evaluatie)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentNounEnd();

    /// <summary>"de uitspraak", "het verslag", "die notitie": a document the article named before.</summary>
    [GeneratedRegex(@"^(?:de|het|die|dit|deze)\s", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DefiniteDocument();

    /// <summary>"verschenen berichten dat", "ging het gerucht dat", "circuleerden verhalen dat": reports or rumours as the source of a clause.</summary>
    [GeneratedRegex(@"^(?<lead>.{0,80}?\b(?:verschenen|verscheen|circuleerden|circuleerde|circuleren|circuleert|gingen|ging|gaan|gaat|doken|dook)\s+(?:er\s+)?(?:(?:al|ook|opnieuw|nog)\s+)?(?<who>(?:(?:de|het|een|diverse|meerdere|verschillende|nieuwe|hardnekkige)\s+)?(?:\p{L}+\s+)?(?:berichten|bericht|geruchten|gerucht|verhalen|signalen|speculaties)(?:\s+(?:op|in|over)\s+(?:\p{L}+\s+){0,2}?(?:media|sociale\s+media|internet|pers))?)\s+(?:op\s+dat|dat))\s+(?<clause>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex RumourFrame();

    /// <summary>A negation in the frame of reported speech ("vond geen aanwijzingen dat", "zei niet dat").</summary>
    [GeneratedRegex(@"\b(?:geen|niet|nooit|evenmin|niets)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NegatedFrame();

    /// <summary>A sentence whose subject (first words) is followed by a verb of finding, counting or judging.</summary>
    [GeneratedRegex(@"^\s*(?<src>(?:de|het|een)?\s*(?:[\p{L}&'’-]+\s+){0,5}?[\p{L}&'’)-]+)\s+(?<verb>vond|vonden|vindt|constateerde|constateerden|constateert|stelde\s+vast|stelden\s+vast|stelt\s+vast|concludeerde|concludeerden|concludeert|telde|telden|telt|turfde|turfden|mat|maten|berekende|berekenden|berekent|registreerde|registreerden|acht|achtte|achtten|trof|troffen|signaleerde|signaleert|wijt|weet|schat|schatte|becijfert|becijferde|rekent|rekende)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FindingBySubject();

    /// <summary>A finding with the verb before its research subject: "Op elf locaties troffen inspecteurs bewoners aan".</summary>
    [GeneratedRegex(@"^\s*(?:[^,]{0,60}?\s)?(?<verb>troffen|trof|vonden|vond|constateerden|constateerde|telden|telde|stelden|stelde|zagen|zag|registreerden|registreerde|maten|mat)\s+(?<src>(?:de\s+)?(?:inspecteurs|onderzoekers|auditors|toezichthouders|accountants|inspectie|rekenkamer(?:commissie)?|ombudsman))\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex InvertedFinding();

    /// <summary>A research, audit or supervisory body as a subject ("De inspectie", "De Rekenkamer", "de onderzoekers", "De ADR").</summary>
    [GeneratedRegex(@"\b(?:inspectie|\p{L}*inspectie|rekenkamer\p{L}*|onderzoekers?|auditdienst|adr|accountants?|toezichthouder|autoriteit\s+\p{L}+|nza|acm|afm|ilt|nvwa|cbs|cpb|pbl|scp|rivm|raad\s+van\s+state|ombudsman|commissie|onderzoeksbureau|rapport)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ResearchSubject();

    /// <summary>Verbs of counting and measuring: whoever counts states a finding.</summary>
    [GeneratedRegex(@"^(?:telde|telden|telt|turfde|turfden|mat|maten|berekende|berekenden|berekent|registreerde|registreerden)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex CountingVerb();

    /// <summary>"Voor zover het ministerie kon nagaan, …", "Voor zover de gemeente weet, …": the hedge names who asserts the clause.</summary>
    [GeneratedRegex(@"^\s*(?<lead>voor\s+zover\s+(?<who>(?:de|het|een)?\s*[^,]{2,60}?)\s+(?:(?:heeft|had|hebben|hadden)\s+kunnen\s+(?:nagaan|overzien|vaststellen)|(?:kon|kan|konden|kunnen)\s+(?:nagaan|overzien|beoordelen|vaststellen|zien)|(?:weet|wist|weten|wisten)|(?:is|was)\s+na\s*gegaan)\s*,)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex KnowledgeOf();

    /// <summary>
    /// The date a cited document carries ("gedateerd juni 2023", "van 14 maart 2023", "uit september 2022"), or the day or
    /// month without a year ("een intern memo van 12 december", resolved against the article's date).
    /// </summary>
    [GeneratedRegex(@"(?:\bgedateerd|\bvan|\buit|\bd\.d\.)\s+(?<when>(?:\d{1,2}\s+)?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))(?:\s+(?<year>\d{4})\b|\b(?![\s\p{Pd}]*\d{4}))", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DatedSource();

    /// <summary>
    /// The internal message a speaker wrote in ("schreef de locatiemanager in een e-mail aan het regiokantoor", "In een memo van
    /// 9 september schrijft het hoofd …"): what it says is the document's record (a finding, as news prose and the annotators
    /// treat e-mails, memos, notes, minutes and app messages), with the writer kept as the mention. Letters and answers to
    /// parliament are the speaker's own words and stay quotes or reported speech.
    /// </summary>
    private static Speaker? InMessage(string? frame, Speaker? writer)
    {
        if (frame is null || WrittenMessage().Match(frame) is not { Success: true } m)
        {
            return null;
        }

        if (ToThePress().IsMatch(frame[(m.Index + m.Length)..]))
        {
            return null; // "schreef een woordvoerder … in een e-mail aan deze krant": the body's answer to the press, not its record
        }

        var document = m.Groups["doc"].Value.Trim();
        return new Speaker(document, "research", null, writer is null ? document : $"{document} ({writer.Name})");
    }

    /// <summary>A message addressed to the press: "aan deze krant", "aan de redactie", "aan NU.nl".</summary>
    [GeneratedRegex(@"^\s+(?:van\s+[^,.;]{1,40}?\s+)?aan\s+(?:deze|onze|de|het)\s+(?:krant|redactie|omroep|site|nieuwssite|journalist|verslaggever|programma)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ToThePress();

    /// <summary>"…, staat in het memo.", "…, stond in de notulen van 7 februari.", "…, luidt de conclusie van de audit.": a document quoted.</summary>
    [GeneratedRegex(@"^\s*,?\s*(?:(?:staat|stond|staan|stonden)\s+(?:(?:er|ook|letterlijk|nota\s+bene)\s+)?in\s+(?<doc>(?:de|het|een|die|dat|deze|dit|dezelfde)\s+[^.,;:„“”""«»‘’]{2,80}?)|(?:luidt|luidde)\s+(?<doc>(?:de|het)\s+(?:conclusie|oordeel|advies|slotsom|tekst|kop)\s+[^.,;:„“”""«»‘’]{2,80}?))\s*[.,;]?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentAttribution();

    /// <summary>Internal messages whose words are the document's record: e-mails, memos, notes, app messages, minutes.</summary>
    private const string MessageNouns = "e-?mail|mail|mailtje|memo|notitie|stafnotitie|appbericht|app-bericht|whatsappbericht|chatbericht|sms|sms'je|notulen";

    /// <summary>"Daarin schrijft …", "Hierin staat …": in the document named just before.</summary>
    [GeneratedRegex(@"^\s*(?:Daarin|Hierin)\b", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex InThat();

    /// <summary>A named internal message: "Een intern memo van 2 april 2025", "een e-mail van een beleidsmedewerker".</summary>
    [GeneratedRegex(@"\b(?:een|het|de)\s+(?:(?:interne?|begeleidende|vertrouwelijke)\s+)?(?:" + MessageNouns + @")(?:\s+(?:van|d\.d\.)\s+(?:\d{1,2}\s+)?\p{L}+(?:\s+\d{4})?)?\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MessageMention();

    /// <summary>"in een (interne) e-mail (van 21 januari) (aan …)", "in die mail", "in een memo", "in een appbericht".</summary>
    [GeneratedRegex(@"\b(?:in|via)\s+(?<doc>(?:een|het|de|die|dat|deze|dit|haar|zijn|hun)\s+(?:(?:interne?|begeleidende|vertrouwelijke|korte|eerdere|latere)\s+)?(?:" + MessageNouns + @")(?:\s+(?:van|d\.d\.)\s+(?:\d{1,2}\s+)?[\p{L}]+(?:\s+\d{4})?)?)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex WrittenMessage();

    /// <summary>An office in apposition, in lower case ("burgemeester van Veenderwijk", "directeur van de GGD").</summary>
    [GeneratedRegex(@"^(?-i:\p{Ll})[\p{L}-]+(?:\s+(?-i:\p{Ll})[\p{L}-]+){0,2}(?:\s+(?:van|voor|bij)\s+.+)?$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex RoleApposition();

    /// <summary>A name of two or more capitalised words (particles allowed) at the end of a phrase.</summary>
    [GeneratedRegex(@"(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?:(?:" + NameParticle + @")\s+)*(?-i:\p{Lu})[\p{L}'’-]+)+$", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex NameAtEnd();

    /// <summary>"Wij hebben als politie …", "We willen als gemeente …": the body the speakers speak for.</summary>
    [GeneratedRegex(@"\b(?:wij|we)\s+(?:\S+\s+){0,2}?als\s+(?:de\s+|het\s+)?(?<body>\p{L}[\p{L}-]+)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex WeAs();

    /// <summary>A prepositional or time phrase that opens the sentence before the finite verb.</summary>
    [GeneratedRegex(@"^\s*(?:over|in|op|bij|tussen|sinds|vanaf|tijdens|na|voor|van|volgens|uit|onder|binnen|rond|tot|afgelopen|vorig|vorige|dit|deze|die|dat)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FrontedAdjunct();

    /// <summary>The subject right after an inverted finite verb ("… registreerden de palen …").</summary>
    [GeneratedRegex(@"\G\s+(?<src>(?:de|het|deze|die|alle)\s+[\p{L}-]+)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex SubjectAfterVerb();

    /// <summary>A minister's full title with its portfolio list ("de minister van Landbouw, Visserij, Voedselzekerheid en Natuur"), which makes the words before "dat" many.</summary>
    [GeneratedRegex(@"\b(?:minister|staatssecretaris)\s+(?:van|voor)\s+(?-i:\p{Lu})[\p{L}-]+,\s", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex MinistryTitle();

    /// <summary>What follows the speaker between a reporting verb and "dat": a prepositional phrase or a negated object.</summary>
    [GeneratedRegex(@"\s(?:in|op|tegen|aan|tijdens|bij|via|tegenover|namens|na)\s+(?:een|de|het|zijn|haar|hun|die|dit|deze)\b|\s(?:geen|niet|wel)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BetweenTail();

    /// <summary>A relative clause in apposition that ends right before the reporting verb (", die de regeling uitvoert,").</summary>
    [GeneratedRegex(@",\s*(?:die|dat|wie|welke)\s+[^,]{2,80},?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex RelativeApposition();

    /// <summary>Addressees of reported statements: the chamber, its members, parliament, the press.</summary>
    private const string ParliamentAndPress = @"de\s+(?:Tweede\s+|Eerste\s+)?Kamer(?:leden)?|het\s+parlement|de\s+pers|journalisten";

    /// <summary>The addressee right after a reporting verb ("verzekerde de Tweede Kamer", "liet de raad weten").</summary>
    [GeneratedRegex(@"^(?:aan\s+)?(?:" + ParliamentAndPress + @"|de\s+(?:gemeente|provinciale\s+)?raad|de\s+Staten|de\s+media|de\s+commissie)\b\s*", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadingAddressee();

    /// <summary>"terwijl", "maar", "en" opening the clause whose subject reports.</summary>
    [GeneratedRegex(@"^(?:terwijl|maar|en|omdat|nadat|toen|hoewel|ook|want|dus)\s+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LeadingConjunction();

    /// <summary>
    /// The subject before a reporting verb when the words after it name no speaker ("Gedeputeerde Karin Blom (Milieu) schreef op
    /// 18 september 2024 in een brief aan … dat"): the last comma-free stretch before the verb, without parentheses and times.
    /// </summary>
    private static string? SubjectBefore(string beforeVerb)
    {
        var text = Parenthesis().Replace(beforeVerb, " ");
        var comma = text.LastIndexOf(',');
        var subject = Regex.Replace(TimeWords().Replace(comma >= 0 ? text[(comma + 1)..] : text, " "), @"\s+", " ", RegexOptions.None, Patterns.Timeout).Trim();
        subject = LeadingConjunction().Replace(subject, string.Empty).Trim();
        return subject.Length > 0 && subject.Split(' ').Length <= 8 && SpeakerWord().IsMatch(subject) ? subject : null;
    }

    /// <summary>A minister or state secretary named by office only ("de staatssecretaris van Financiën").</summary>
    [GeneratedRegex(@"\b(?:de\s+)?(?:minister|staatssecretaris)\s+(?:van|voor)\s+(?-i:\p{Lu})[\p{L}-]+(?:(?:,\s+|\s+en\s+|\s+)(?-i:\p{Lu})[\p{L}-]+)*", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex UnnamedOffice();

    /// <summary>"hem", "haar" after "volgens".</summary>
    [GeneratedRegex(@"\G\s*(?<p>hem|haar)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ObjectPronoun();

    /// <summary>
    /// The coordinated "dat"-clauses of a reported clause ("A en dat B" → A, B), each with its offset in the clause; a
    /// single clause when there is no ", en dat" / " en dat" outside quotation marks.
    /// </summary>
    private static IEnumerable<(int Offset, string Text)> ThatClauses(string clause)
    {
        var unquoted = Quotation().Replace(clause, m => new string('x', m.Length));
        var split = CoordinatedThat().Match(unquoted);
        if (!split.Success || split.Index < 12 || unquoted.Length - (split.Index + split.Length) < 12)
        {
            yield return (0, clause);
            yield break;
        }

        yield return (0, clause[..split.Index].TrimEnd(' ', ','));
        var second = split.Index + split.Length;
        yield return (second, clause[second..]);
    }

    [GeneratedRegex(@",?\s+en\s+dat\s+", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex CoordinatedThat();

    /// <summary>
    /// A quoted correction, "Dit is geen incident meer, dit is een plaag": a negated main clause and, after the comma, a
    /// positive one with the same demonstrative subject. Each is a claim of its own (the first denies, the second asserts);
    /// any other text is one part.
    /// </summary>
    private static IEnumerable<(int Offset, string Text)> CorrectedParts(string text)
    {
        if (Correction().Match(text) is not { Success: true } m)
        {
            yield return (0, text);
            yield break;
        }

        var second = m.Groups["second"].Index;
        yield return (0, text[..m.Groups["comma"].Index].TrimEnd());
        yield return (second, text[second..]);
    }

    /// <summary>"Dit is geen X (meer), dit is Y", "Dat was niet X, dat was Y", "Het is geen X, het is Y" (no further negation in Y).</summary>
    [GeneratedRegex(@"^(?<d>dit|dat|het)\s+(?<v>is|was|zijn|waren)\s+(?:geen|niet)\b[^,;:]{2,80}(?<comma>,)\s+(?:maar\s+)?(?<second>\k<d>\s+\k<v>\s+(?!(?:geen|niet)\b)[^,;:]{2,120})$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Correction();

    /// <summary>
    /// A reported "dat"-clause that is nearly all quotation (zei dat er "geen sprake is van enige vertraging") quotes the
    /// speaker's words: a quote; a clause with only a quoted phrase in it is reported speech.
    /// </summary>
    private static ClaimKind ReportedOrQuoted(string clause)
    {
        var quoted = Quotation().Matches(clause).Sum(m => m.Length);
        return quoted >= 0.8 * clause.Length ? ClaimKind.Quote : ClaimKind.ReportedSpeech;
    }

    /// <summary>Lower-case particles inside Dutch and other names ("van", "de", "ter", "el" in "Youssef el Amrani").</summary>
    private const string NameParticle = "van|de|der|den|ter|ten|el|al|le|la|du|da|di|von";

    /// <summary>A parenthesis ("(52, Wonen)", "(CDA)").</summary>
    [GeneratedRegex(@"\([^()]*\)", RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial Regex Parenthesis();

    /// <summary>Only a coordinating conjunction (and adverbs) before the verb: ", maar bevestigt dat", ", en zegt dat".</summary>
    [GeneratedRegex(@"^(?:maar|en|doch)(?:\s+(?:ook|wel|nu|toch|tegelijk))?$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex BareConjunction();

    /// <summary>The noun phrase that opens a clause, up to its finite verb ("Oeverland", "Het ministerie van Financiën").</summary>
    [GeneratedRegex(@"^(?<np>(?:(?:de|het|een)\s+)?(?:\p{L}[\p{L}'’-]*)(?:\s+(?:van|voor|de|het|der|den)\s+\p{L}[\p{L}'’-]*|\s+(?-i:\p{Lu})[\p{L}'’-]*){0,4})\s+(?:wil|wilde|kan|kon|is|was|heeft|had|zegt|zei|laat|liet|gaat|ging|reageert|reageerde|weigert|weigerde|wijst|wees|erkent|erkende|ontkent|ontkende)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex FirstNounPhrase();

    /// <summary>The addressee after the subject ("het kabinet de Tweede Kamer meldde"): not part of the speaker.</summary>
    [GeneratedRegex(@"\s+(?:aan\s+)?(?:" + ParliamentAndPress + @")$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Addressee();

    [GeneratedRegex(@"^\s*(?-i:\p{Lu})[\p{L}'’ .-]{1,40},\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?\d{1,2}\s+\p{L}+\s+\d{4}\s*[–—-]\s*", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^(?:liet|laat|lieten|laten)\s+(?<mid>.*?)\s*weten$|^(?:hield|houdt|hielden|houden)\s+(?<mid>.*?)\s*(?:voor|vol)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex LetKnow();

    [GeneratedRegex(@"\b(?:echter|destijds|toen|ook|nu|wel|nog|daarbij|verder|bovendien|tevens|onder\s+meer)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Adverbs();

    [GeneratedRegex(@"(?<lead>(?:^|\s)uit\s+(?<src>.+?)\s+blijkt(?:\s+(?:echter|ook|bovendien|verder|daarnaast|nu|wel|juist|inmiddels|tevens|zelfs))?(?:\s+volgens\s+(?<rep>.+?))?(?:\s+dat|(?:\s+het\s+(?:tegendeel|volgende))?\s*:)|(?:^|\s)volgens\s+(?<rep>[^,:]+?)\s+(?:blijkt|bleek)\s+(?:(?:ook|echter|juist)\s+)?uit\s+(?<src>[^,:]+?)(?:\s+dat|(?:\s+het\s+(?:tegendeel|volgende))?\s*:)|(?:^|\s)(?:blijkt|bleek)\s+(?:(?:ook|echter|juist)\s+)?uit\s+(?<src>[^,:]+?)(?:\s+dat|(?:\s+het\s+(?:tegendeel|volgende))?\s*:)|(?:^|\s)(?<src>(?:(?:de|het|die|deze|nieuwe?|recente?|eigen|interne?|vrijgegeven)\s+){0,3}(?:\p{L}*onderzoek|data|\p{L}*cijfers|\p{L}*gegevens|\p{L}*rapport(?:en)?|\p{L}*documenten|stukken|\p{L}*e-?mails|facturen|analyses?|evaluaties?|overzicht(?:en)?)(?:\s+van\s+[^,]+?)?)(?:,[^.;:]{1,120}?,)?\s+(?:wijst|wijzen|toont|tonen|laat|laten)\s+(?:\S+\s+)?(?:uit|aan|zien)\s+dat|(?:^|\s)(?:daaruit|hieruit|daarin|daaruit\s+blijkt\s+ook)\s*(?<anaphor>blijkt|bleek)(?:\s+(?:echter|ook|bovendien|verder|nu|wel|juist|tevens|zelfs))?\s+dat)\s+(?<clause>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex EvidenceSentence();

    /// <summary>"Uit de stukken blijkt echter niet dat …", "Daaruit bleek niet dat …": what a source does not show.</summary>
    [GeneratedRegex(@"^\s*(?<lead>(?:uit\s+(?<src>[^,;:]+?)|(?<anaphor>daaruit|hieruit))\s+(?:blijkt|bleek)\s+(?:(?:echter|ook|dus|evenwel|toen|nu|nergens)\s+){0,2}(?:niet|nergens)\s+dat)\s+(?<clause>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NegatedEvidence();

    [GeneratedRegex(@"^\s*(?:dit|dat|het)\s+(?:(?:is|was)\s+)?niet\s+(?:het\s+geval|zo|waar|juist)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Elliptical();

    [GeneratedRegex(@"^\s*of\b|\b(?:willen|wil|wilden|wilde)\s+(?:\S+\s+)?weten\b|\b(?:vragen|vraagt|informeren|informeert)\s+(?:\S+\s+){0,2}?of\b|\bin\s+welke\b|\b(?:mogen|mag|kunnen|kan|zou|zouden)\b(?:\s+(?!dat\b)\S+){0,8}?\s+(?:gebruik\s+maken|gebruiken|inzetten|maken)\b|\bwelke\s+stappen\b|\b(?:niet|nooit)\s+(?:\S+\s+){0,3}?(?:uit\s+te\s+sluiten|uitgesloten)\b|\b(?:kan|kunnen)\s+(?:\S+\s+){0,3}?niet\s+uitsluiten\b|(?<!\b(?:niet|geen)\s(?:\S+\s){0,2})(?<!\b(?:een|het|de|dit|dat|deze)\s)\bmogelijk(?:erwijs)?\b(?!\s*(?:[.,;:!?]|om\b|maakt\b|maken\b|gemaakt\b|maakte\b|maakten\b))|\bwellicht\b|\bmisschien\b|\b(?:kan|kunnen|zou)\s+het\s+(?:\S+\s+)?(?:zijn|voorkomen|gebeuren)\s+dat\b|\bhet\s+kan\s+(?:\S+\s+)?(?:zijn|voorkomen|gebeuren)\s+dat\b|\b(?:kan|kunnen|zou|zouden)\s+(?:dit|dat|het|deze|die)\s+(?:\S+\s+){0,2}?betekenen\s+dat\b|\beventueel\b|\bin\s+de\s+toekomst\b|\bzou\s+kunnen\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Hypothetical();

    /// <summary>
    /// A negation and a modal of obligation or permission in the same clause ("mag niet", "moeten geen", "dient niet"), or
    /// "niet toegestaan". Not "niet verboden" (whether a rule exists is a fact), not "hoeft niet" ("hoeft er geen additionele financiering plaats te vinden"): no need is
    /// asserted as fact.
    /// </summary>
    [GeneratedRegex(@"(?<!\bte\s)\b(?:mag|mogen|mocht|mochten|moet|moeten|moest|moesten|dient|dienen|diende|dienden|behoort|behoren)\b(?![^,;:]*?\b(?:constateren|vaststellen|concluderen|erkennen|melden|zeggen|opmerken|benadrukken)\b)(?:(?!\bdat\b)[^,;:]){0,80}?\b(?:niet|geen|nooit|niets|niemand)\b|\b(?:niet|geen|nooit|niets|niemand)\b(?:(?!\bdat\b)[^,;:]){0,80}?(?<!\bte\s)\b(?:mag|mogen|mocht|mochten|moet|moeten|moest|moesten|dient|dienen|behoort|behoren)\b|\b(?:niet|geen)\s+(?:\S+\s+){0,2}?toegestaan\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NegatedNorm();

    /// <summary>A "want" clause open at the end of the text: a reason, not the claim's main statement.</summary>
    [GeneratedRegex(@"\bwant\b[^.;:]*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex WantBefore();

    /// <summary>A share of a group right before a negation in the same clause ("10% van de klanten … niet", "de helft van de Nederlanders … niet").</summary>
    [GeneratedRegex(@"(?:\b\d+(?:[,.]\d+)?\s*(?:%|procent)|\b(?:de\s+helft|een\s+derde|een\s+kwart|een\s+deel|het\s+merendeel|de\s+meerderheid|een\s+minderheid|(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+op\s+de\s+(?:\d+|tien|honderd|vijf|vier|drie))\b)\s+van\s+(?:de\s+|het\s+|alle\s+)?[\p{L}-]+(?:(?![.;:]|\b(?:maar|terwijl|omdat|want)\b)[^,])*?\b(?:niet|geen)\b|\bvan\s+de\s+[^,;:]{3,80}?\b\d+(?:[,.]\d+)?\s*(?:%|procent)\s+(?:\S+\s+)?(?:niet|geen)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex GroupShare();

    [GeneratedRegex(@"\b(?:niet|geen|nooit|niets|niemand|nergens)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex AnyNegation();

    /// <summary>"Nee, …" opens the claim: whatever follows, the answer says no.</summary>
    [GeneratedRegex(@"^\W*(?:nee|neen)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex NeeOpening();


    /// <summary>
    /// "…, zegt de wethouder.", "…, aldus het rapport.": an attribution after the clause; not "Het overzicht, gedateerd 6
    /// oktober, vertelt een ander verhaal", where the document tells "another story" and no one is quoted.
    /// </summary>
    [GeneratedRegex(@",\s*(?:zo\s+)?(?:(?:zegt|zei|aldus|meldt|meldde|stelt|stelde|schrijft|schreef|volgens|bevestigt|bevestigde|concludeert|concludeerde|benadrukt|benadrukte|vindt|vond|meent|meende|waarschuwt|waarschuwde|erkent|erkende|verklaart|verklaarde|vertelt|vertelde|reageert|reageerde|betoogt|betoogde|(?:blijkt|bleek)\s+(?:ook\s+)?uit)\s+(?!(?:dat|dit)\b)(?!(?:een\s+ander|iets\s+anders|het\s+tegendeel|een\s+heel\s+ander|een\s+totaal\s+ander)\b)(?<who>[^,.;]+?)|(?:laat|liet)\s+(?<who>[^,.;]+?)\s+weten)\s*\.?\s*$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex TrailingAttribution();

    [GeneratedRegex(@"^Update\s*\((?<d>[^)]+)\)\s*:", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex UpdateMarker();

    [GeneratedRegex(@"^(?<lead>(?:klopt\s+het\s+(?:bericht\s+)?dat|is\s+het\s+(?:waar|juist)\s+dat|kunt\s+u\s+bevestigen\s+dat))\s+(?<p>.+)$", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Premise();

    [GeneratedRegex(@"\bblijkt\b|\bvolgens\s+(?:nieuw\s+)?onderzoek\b|\bwijst\s+uit\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex Evidence();

    [GeneratedRegex(@"\b(?:nieuw\s+)?onderzoek\s+(?:op\s+basis\s+van\s+[^,]+?|van\s+[^,]+?)(?=\s+(?:tussen|\d|gebruik|heeft|hebben|is|zijn)\b)", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ResearchSource();
    /// <summary>The head nouns of documents and data sets a sentence can present ("scenariodocument", "conceptbegroting", "cijfers").</summary>
    private const string DocumentNoun = "document|documenten|rapport|rapportage|notitie|memo|nota|begroting|audit|analyse|overzicht|verslag|evaluatie|enquête|peiling|cijfers|gegevens|stukken|tabel|planning|doorrekening|inventarisatie|registratie|roosters|metingen|meetgegevens|notulen|dossier";

    /// <summary>
    /// A sentence that presents a document or data set as its subject ("Het scenariodocument, gedateerd 4 september …, rekent
    /// drie varianten door", "De cijfers vertellen een ander verhaal", "Ook de conceptbegroting voor 2026, die vorige maand naar
    /// de raad ging, laat weinig te raden over", "De audit … volgde alle 212 inzamelritten"): a verb of presenting follows the
    /// noun phrase, with at most one apposition between commas.
    /// </summary>
    [GeneratedRegex(@"^(?:ook\s+)?(?<src>(?:het|de|dit|deze|die|dat)\s+(?:[\p{L}-]+\s+){0,2}?(?<noun>\p{L}*(?:" + DocumentNoun + @"))(?:\s+(?:van|voor|over|uit)\s+[^,.;:]{1,60}?)?)(?:\s*,(?<apposition>[^,.;:]{1,140}),)?\s+(?:rekent|rekende|volgt|volgde|toont|toonde|tonen|toonden|laat|liet|laten|lieten|vertelt|vertellen|vertelde|vertelden|beschrijft|beschreef|beschrijven|bevat|bevatte|bevatten|noemt|noemde|noemen|schetst|schetste|schetsen|somt|somde|vermeldt|vermeldde|bestrijkt|beslaat|beslaan|omvat|omvatten|bekeek|onderzocht|analyseerde|geeft|gaf|geven|gaven|spreken|spreekt|sprak|wijzen|wijst|wees|zetten|zet|zette|dateert|dateerde)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentAsSubject();

    /// <summary>
    /// The date a document's own description gives it: "gedateerd juni 2023", "van 14 maart 2023", "een memo van 12 december"
    /// (the day resolved against the article's date), or none.
    /// </summary>
    private static TimeReference? DateOfSource(string description, Context context) =>
        DatedSource().Matches(description).FirstOrDefault(m => m.Groups["year"].Success) is { } d ? Spotters.Times(d.Value).FirstOrDefault()
        : DatedSource().Match(description) is { Success: true } y ? context.RelativeToDocument(char.IsAsciiDigit(y.Groups["when"].Value[0]) ? y.Groups["when"].Value : "in " + y.Groups["when"].Value)
        : PublishedWhen().Match(description) is { Success: true } p ? context.RelativeToDocument(p.Groups["when"].Value)
        : SeasonOfSource().Match(description) is { Success: true } season && context.DocumentTime?.From is { } published ? Season(season, published)
        : null;

    /// <summary>"uit het voorjaar", "van afgelopen najaar": that season of the article's year (of the year before for "vorig").</summary>
    private static TimeReference? Season(Match season, DateOnly published)
    {
        var year = published.Year - (season.Groups["last"].Success ? 1 : 0);
        var (from, to) = season.Groups["season"].Value.ToLowerInvariant() switch
        {
            "voorjaar" or "lente" => (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
            "zomer" => (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
            _ => (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
        };
        return from > published ? null : new TimeReference(season.Value.Trim(), from, to);
    }

    /// <summary>"een rapport … dat dinsdag verscheen", "die vorige week werd gepubliceerd": when the document came out.</summary>
    [GeneratedRegex(@"\b(?:dat|die)\s+(?<when>vorige\s+week|vorige\s+maand|gisteren|eergisteren|(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:ochtend|middag|avond)?|in\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))\s+(?:verscheen|uitkwam|naar\s+buiten\s+kwam|openbaar\s+werd|werd\s+(?:gepubliceerd|gepresenteerd|vrijgegeven|verstuurd))\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex PublishedWhen();

    /// <summary>"uit het voorjaar", "van vorig najaar": a document dated by a season.</summary>
    [GeneratedRegex(@"\b(?:uit|van)\s+(?:het\s+|de\s+|(?<last>vorig(?:e)?)\s+|afgelopen\s+)?(?<season>voorjaar|lente|zomer|najaar)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex SeasonOfSource();

    /// <summary>A sentence whose subject is a document or data set, whatever its verb ("De toekenningsbrief van het fonds … dateert van …").</summary>
    [GeneratedRegex(@"^(?:ook\s+)?(?:het|de|dit|deze|die|dat|een)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}*(?:" + DocumentNoun + @"|brief|e-mail|mail|mails|e-mails)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentSubject();

    /// <summary>The reporter's own conclusion from what a document shows ("Bij ruim een op de vijf spoedmeldingen was de ambulance dus te laat").</summary>
    [GeneratedRegex(@"\b(?:dus|daarmee|kortom|met\s+andere\s+woorden|oftewel)\b", RegexOptions.IgnoreCase, Patterns.TimeoutMilliseconds)]
    private static partial Regex ReportersInference();

    /// <summary>
    /// A document or data set cited as evidence: "het rapport", "de notitie" is the one the article cited before under a fuller
    /// name ("een constructierapport van ingenieursbureau Stelwerk uit november vorig jaar"), whose name and date the claim then
    /// carries; otherwise the source as written.
    /// </summary>
    private static Speaker CitedSource(string source, Context context) =>
        context.Described(source.ToLowerInvariant()) is { Role: "research" } earlier ? earlier with { Mention = source } : new Speaker(source, "research", null, source);

    /// <summary>True when an earlier mention ("cijfers van de Regionale Ambulancevoorziening") has the head noun ("cijfers") a later definite phrase repeats.</summary>
    private static bool SameHead(string earlier, string noun) =>
        earlier.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals(noun, StringComparison.OrdinalIgnoreCase) || (noun.Length >= 5 && w.EndsWith(noun, StringComparison.OrdinalIgnoreCase)));

}
