using System.Text.Json;
using GovText.Claims;
using GovText.Language;
using GovText.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace GovText.Tests.Claims;

/// <summary>
/// Scores claim propositions against corpus/gold/propositions/sentences.jsonl (150 sentences from ministerial answers,
/// docs/proposition-guidelines.md): the main-clause analysis (grammatical roles) and the claim's proposition as users see
/// it (lexicon predicates and entities first, semantic roles for passives).
/// </summary>
public sealed class ClaimPropositionEvaluationTests(ITestOutputHelper output)
{
    private sealed record Gold(string Id, string Sentence, string? Subject, string? Predicate, string? Object, bool Negated);

    [Fact]
    public void MainClauseAnalysis_FindsPredicateSubjectAndObject()
    {
        var all = Load();
        Assert.Equal(150, all.Count);
        var scores = new Dictionary<string, (double Predicate, double Subject, double Object, double ClaimPredicate)>();
        foreach (var split in new[] { "train", "test" })
        {
            scores[split] = Score(all.Where(g => Split(g) == split).ToList(), split);
        }

        // Measured on the test split (docs/stance.md, "Claim propositions"): predicate 0.574 (without the fixed
        // preposition), subject 0.723, object 0.468, claim proposition predicate 0.574 (0.298 before the main-clause
        // analysis). Regression guards about one sentence (of 47) below those figures.
        var test = scores["test"];
        Assert.True(test.Predicate >= 0.55, $"predicate {test.Predicate:F3}");
        Assert.True(test.Subject >= 0.70, $"subject {test.Subject:F3}");
        Assert.True(test.Object >= 0.44, $"object {test.Object:F3}");
        Assert.True(test.ClaimPredicate >= 0.55, $"claim predicate {test.ClaimPredicate:F3}");
    }

    [Theory]
    [InlineData("Er worden wel degelijk hele bossen gekapt voor de productie van houtpellets.", "bos", "kappen", null, true)]
    [InlineData("Als er aanleiding voor is voert de inspectie de controles op.", "inspectie", "opvoeren", "controle", false)]
    [InlineData("Het kabinet zal de Kamer voor de zomer informeren.", "kabinet", "informeren", "kamer", false)]
    [InlineData("De regering benadrukt het belang van kennis en techniek.", "regering", "benadrukken", "belang", false)]
    [InlineData("De minister is bekend met het artikel «Bedrijf blijft toeristen naar de zon vliegen».", "minister", "zijn", "bekend", false)]
    [InlineData("Het memo adviseert de regeling per direct op te schorten.", "memo", "adviseren", "regeling", false)]
    [InlineData("De vergadering vindt morgen in het stadhuis plaats.", "vergadering", "plaatsvinden", null, false)]
    [InlineData("Het nieuwe systeem kost 131 miljoen euro in plaats van de begrote 86 miljoen.", "systeem", "kosten", "miljoen", false)]
    [InlineData("Stadionverboden worden met name op civielrechtelijke basis opgelegd.", "stadionverboden", "opleggen", null, true)]
    [InlineData("Gelet op de lange levenscyclus van de aal is het herstel van de stand onzeker.", "herstel", "zijn", "onzeker", false)]
    [InlineData("De renovatie zal drie jaar kosten.", "renovatie", "kosten", "jaar", false)]
    [InlineData("Hierdoor kan Defensie de investeringen over een langere periode plannen.", "defensie", "plannen", "investering", false)]
    [InlineData("Dit levert spanning op.", "dit", "opleveren", "spanning", false)]
    public void MainClause_ReadsSubjectPredicateAndObject(string sentence, string subject, string predicate, string? obj, bool passive)
    {
        // Grammatical roles: a fronted subordinate clause puts the finite verb first and its particle joins it at the
        // clause end; the lexical verb follows a modal; the verb inside a quoted title is not the clause's. A particle before
        // "te" belongs to the infinitive; "plaats" after a preposition is a noun; a plural noun the tagger took for a verb
        // before the finite verb is the subject. A lemma that already carries the particle ("op_leveren" in the UD lemmas) does
        // not get it twice ("opopleveren").
        var clause = ClauseStructure.Analyse(DutchPipeline.Default.Process(sentence)[0]);
        Assert.NotNull(clause);
        Assert.Equal((subject, predicate, obj, passive), (clause.Value.Subject, clause.Value.Predicate, clause.Value.Object, clause.Value.Passive));
    }

    [Fact]
    public void ClaimProposition_TurnsAPassiveIntoActorlessObject()
    {
        var p = new ClaimExtractor(namedEntities: false).PropositionFor("Er worden wel degelijk hele bossen gekapt voor de productie van houtpellets.");
        Assert.Equal((null, "kappen", "bos", false), (p!.Subject, p.Predicate, p.Object, p.Negated));
    }

    [Fact]
    public void ClaimProposition_OfAClauseWithoutItsFullStop_IsTaggedAsASentence()
    {
        // Claim texts are often clauses cut from a sentence, without the full stop; "duren" at the end was then tagged a noun
        // ("project — gaan — dur").
        var p = new ClaimExtractor(namedEntities: false).PropositionFor("het project gaat langer duren");
        Assert.Equal(("project", "duren"), (p!.Subject, p.Predicate));
    }

    /// <summary>Sentences of CSV rows with row % 3 == 0 are the test split, not used to develop rules (all rows are from the stance gold's train split).</summary>
    private static string Split(Gold g) => int.Parse(g.Id.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture) % 3 == 0 ? "test" : "train";

    private (double Predicate, double Subject, double Object, double ClaimPredicate) Score(List<Gold> gold, string split)
    {
        var extractor = new ClaimExtractor(namedEntities: false);
        int predicate = 0, predicateLoose = 0, subject = 0, obj = 0, negated = 0, claimPredicate = 0, claimNegated = 0;
        foreach (var g in gold)
        {
            var analysed = DutchPipeline.Default.Process(g.Sentence);
            var clause = analysed.Count > 0 ? ClauseStructure.Analyse(analysed[0]) : null;
            var p = extractor.PropositionFor(g.Sentence);
            var ok = (Pred: SamePredicate(clause?.Predicate, g.Predicate, false), Subj: SamePhrase(clause?.Subject, g.Subject), Obj: SamePhrase(clause?.Object, g.Object));
            predicate += ok.Pred ? 1 : 0;
            predicateLoose += SamePredicate(clause?.Predicate, g.Predicate, true) ? 1 : 0;
            subject += ok.Subj ? 1 : 0;
            obj += ok.Obj ? 1 : 0;
            claimPredicate += SamePredicate(p?.Predicate, g.Predicate, true) ? 1 : 0;
            claimNegated += (p?.Negated ?? false) == g.Negated ? 1 : 0;
            negated += extractor.IsNegated(g.Sentence) == g.Negated ? 1 : 0;
            if (split == "train" && Environment.GetEnvironmentVariable("GOVTEXT_DUMP_PROPOSITIONS") == "1" && !(ok.Pred && ok.Subj && ok.Obj))
            {
                output.WriteLine($"{g.Id}: {(ok.Subj ? "" : "S")}{(ok.Pred ? "" : "P")}{(ok.Obj ? "" : "O")} gold {g.Subject} — {g.Predicate} — {g.Object} | got {clause?.Subject} — {clause?.Predicate} — {clause?.Object} | {g.Sentence}");
            }
        }

        double n = gold.Count;
        output.WriteLine($"{split}: main clause (n={gold.Count}): predicate {predicate / n:F3} (ignoring the fixed preposition {predicateLoose / n:F3}), subject {subject / n:F3}, object {obj / n:F3}");
        output.WriteLine($"{split}: claim proposition: predicate {claimPredicate / n:F3} (ignoring the fixed preposition; lexicon classes first), negated {claimNegated / n:F3}; claim polarity {negated / n:F3}");
        return (predicateLoose / n, subject / n, obj / n, claimPredicate / n);
    }

    private static List<Gold> Load()
    {
        var list = new List<Gold>();
        foreach (var line in File.ReadLines(Path.Combine(SharedCorpus.RepoRoot, "corpus", "gold", "propositions", "sentences.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var e = JsonDocument.Parse(line).RootElement;
            list.Add(new Gold(e.GetProperty("id").GetString()!, e.GetProperty("sentence").GetString()!, Str(e, "subject"), Str(e, "predicate"), Str(e, "object"), e.GetProperty("negated").GetBoolean()));
        }

        return list;
    }

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Exact lemma match (lower case, particle joined); loose: the first word only (no fixed preposition).</summary>
    internal static bool SamePredicate(string? predicted, string? gold, bool loose)
    {
        if (predicted is null || gold is null)
        {
            return predicted is null && gold is null;
        }

        static string Norm(string s, bool loose)
        {
            var w = s.ToLowerInvariant().Trim();
            return loose ? w.Split(' ')[0] : w;
        }

        return Norm(predicted, loose) == Norm(gold, loose);
    }

    /// <summary>A predicted head matches a gold phrase when one of its six-letter stems occurs in the phrase; both null match.</summary>
    internal static bool SamePhrase(string? predicted, string? gold)
    {
        if (predicted is null || gold is null)
        {
            return predicted is null && gold is null;
        }

        var g = Overlap.Stems(gold);
        var p = Overlap.Stems(predicted);
        if (p.Count == 0)
        {
            // pronouns and short words ("ik", "dit"): compare as written
            return gold.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => string.Equals(w, predicted, StringComparison.OrdinalIgnoreCase));
        }

        // a lemma head against the written phrase: "mens" ~ "mensen", "tolkuur" ~ "tolkuren"
        return p.Any(x => g.Any(y => x == y || (Math.Min(x.Length, y.Length) >= 4 && (x.StartsWith(y[..Math.Min(y.Length, 4)], StringComparison.Ordinal) && y.StartsWith(x[..Math.Min(x.Length, 4)], StringComparison.Ordinal)))));
    }
}
