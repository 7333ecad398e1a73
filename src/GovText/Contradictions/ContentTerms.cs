using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using GovText.Claims;
using GovText.Language;

namespace GovText.Contradictions;

/// <summary>One content word of a claim: its lemma, a five-letter key for retrieval and whether it names a thing.</summary>
/// <param name="Lemma">The lemma, lower-cased.</param>
/// <param name="Key">The first five letters of the lemma ("demonstrant" and "demonstratie" share "demon", "wachttijd" and "wachten" "wacht").</param>
/// <param name="Noun">True for nouns and names.</param>
internal readonly record struct ContentTerm(string Lemma, string Key, bool Noun);

/// <summary>
/// The content words of a claim (nouns, names, adjectives and main verbs, by the Language stage's tags and lemmas, without
/// words every government text shares), for matching a denial and evidence that state the same fact in other words:
/// "geen enkel kind … zonder bed" against "Sommige kinderen sliepen vijf nachten … zonder bed". Thread-safe; the terms of
/// a claim object are computed once.
/// </summary>
internal static class ContentTerms
{
    private static readonly ConditionalWeakTable<Claim, ContentTerm[]> s_cache = [];

    /// <summary>Word → concept, from corpus/lexicons/content-concepts.tsv.</summary>
    private static readonly Dictionary<string, string> s_concepts = LoadConcepts();

    private static Dictionary<string, string> LoadConcepts()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Spotters.ReadLexiconLines("content-concepts"))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            foreach (var member in parts[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                map.TryAdd(member.ToLowerInvariant(), parts[0].Trim());
            }
        }

        return map;
    }

    /// <summary>Concept members of six letters or more, for compounds that end in one ("legionellalongontsteking" → illness).</summary>
    private static readonly (string Member, string Concept)[] s_conceptHeads = [.. s_concepts.Where(kv => kv.Key.Length >= 6).Select(kv => (kv.Key, kv.Value))];

    private static string? ConceptOfHead(string lemma)
    {
        if (lemma.Length < 9)
        {
            return null;
        }

        foreach (var (member, concept) in s_conceptHeads)
        {
            if (lemma.Length >= member.Length + 3 && lemma.EndsWith(member, StringComparison.Ordinal))
            {
                return concept;
            }
        }

        return null;
    }

    /// <summary>Separable particles written apart before "te" + infinitive ("in te korten", "op te heffen").</summary>
    private static readonly HashSet<string> s_separableParticles = new(StringComparer.Ordinal)
    {
        "in", "op", "af", "uit", "aan", "door", "mee", "terug", "toe", "weg", "bij", "na", "om", "over", "voor", "vast", "los", "neer", "samen", "tegen",
    };

    /// <summary>Words too common in government texts and reporting to tie two claims to the same fact.</summary>
    private static readonly HashSet<string> s_generic = new(StringComparer.Ordinal)
    {
        // verbs
        "zijn", "hebben", "worden", "gaan", "komen", "staan", "liggen", "maken", "doen", "geven", "krijgen", "zitten", "blijven",
        "laten", "zeggen", "weten", "kunnen", "moeten", "willen", "zullen", "mogen", "vinden", "zien", "nemen", "houden",
        "brengen", "kennen", "lijken", "blijken", "stellen", "melden", "schrijven", "noemen", "volgen", "hoeven", "betreffen",
        "gelden", "voeren", "leiden", "vragen", "antwoorden", "aangeven", "wijzen", "tonen", "zetten", "spelen",
        // nouns
        "jaar", "keer", "maand", "week", "dag", "sprake", "gevolg", "manier", "deel", "geval", "aantal", "moment", "tijd",
        "procent", "euro", "vraag", "antwoord", "kamer", "minister", "staatssecretaris", "ministerie", "kabinet", "overheid",
        "woordvoerder", "reactie", "brief", "debat", "rapport", "onderzoek", "informatie", "punt", "eind", "begin", "periode",
        "signaal", "aanwijzing", "situatie", "kwestie", "zaak", "stuk", "document", "nederland",
        // adjectives
        "nieuw", "groot", "klein", "veel", "goed", "ander", "eerst", "hoog", "laag", "zo", "heel", "enkel", "ieder", "elk",
        "alle", "nederlands", "huidig", "totaal", "gemiddeld", "ruim", "zeker", "minstens", "duidelijk",
    };

    /// <summary>The content terms of a claim's text (empty in a build without the embedded models).</summary>
    public static ImmutableArray<ContentTerm> Of(Claim claim) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(s_cache.GetValue(claim, static c => [.. Compute(c.Text)]));

    /// <summary>The content terms of a piece of a claim's text (not cached).</summary>
    public static ImmutableArray<ContentTerm> OfText(string text) => Compute(text);

    /// <summary>
    /// Retrieval keys of a claim: "C:" + the key of each content word, "H:" + the head of each long compound noun
    /// ("risicomodel", "selectiemodel" → "H:model"), and the predicate's class key ("P:…", as the index posts it).
    /// </summary>
    public static IEnumerable<string> Keys(Claim claim) =>
        Of(claim).SelectMany(t => t.Noun && t.Lemma.Length >= HeadLength + MinModifier ? new[] { "C:" + t.Key, "H:" + t.Lemma[^HeadLength..] } : ["C:" + t.Key])
            .Concat(IndexKeys.PredicateKey(claim) is { } predicate ? [predicate] : [])
            .Distinct(StringComparer.Ordinal);

    private const int HeadLength = 5;

    /// <summary>Letters of a lemma that make its key ("wachttijd" and "wachten" share "wacht").</summary>
    private const int KeyLength = 5;

    private const int MinModifier = 4;

    /// <summary>
    /// The denial's terms that the evidence also has: the same key, or one lemma the head of the other compound
    /// ("software" in "gezichtsherkenningssoftware", "vergelijking" in "gezichtsvergelijking").
    /// </summary>
    public static List<ContentTerm> Shared(ImmutableArray<ContentTerm> denial, ImmutableArray<ContentTerm> evidence)
    {
        var shared = new List<ContentTerm>();
        foreach (var d in denial)
        {
            if (shared.Any(s => s.Key == d.Key))
            {
                continue;
            }

            if (d.Key.StartsWith('≈'))
            {
                // A concept counts when the two sides reach it through different words ("omhoog" ~ "stijgen"); through the same
                // word ("overschrijding" on both sides) that word is already shared, and the concept would count it twice.
                if (evidence.Any(e => e.Key == d.Key && e.Lemma != d.Lemma))
                {
                    shared.Add(d);
                }

                continue;
            }

            var matched = evidence.Where(e => e.Key == d.Key || IsHead(d.Lemma, e.Lemma) || IsHead(e.Lemma, d.Lemma) || (d.Noun && e.Noun && SameHead(d.Lemma, e.Lemma))).ToList();
            if (matched.Count > 0)
            {
                // "achterstallig onderhoud" ~ "de achterstand": a word that is a noun on either side names a thing.
                shared.Add(d.Noun || !matched.Any(e => e.Noun) ? d : d with { Noun = true });
            }
        }

        return shared;
    }

    /// <summary>Two compounds with the same head of five letters or more ("risicomodel", "selectiemodel").</summary>
    private static bool SameHead(string a, string b) =>
        a.Length >= HeadLength + MinModifier && b.Length >= HeadLength + MinModifier && a[^HeadLength..] == b[^HeadLength..] && a[..MinModifier] != b[..MinModifier];

    private static bool IsHead(string head, string compound) =>
        head.Length >= 5 && compound.Length >= head.Length + 3 && compound.EndsWith(head, StringComparison.Ordinal);

    /// <summary>
    /// The separable particle that closes the clause of the finite verb at <paramref name="verb"/> ("liepen … op.", "ging …
    /// niet door,"), when no other verb stands between them; null otherwise.
    /// </summary>
    private static string? StrandedParticle(List<AnalyzedToken> tokens, int verb)
    {
        for (var j = verb + 1; j < tokens.Count; j++)
        {
            if (tokens[j].Pos == UPos.VERB || tokens[j].Pos == UPos.AUX)
            {
                return null;
            }

            var end = j + 1 == tokens.Count || tokens[j + 1].Pos == UPos.PUNCT;
            if (end)
            {
                var text = tokens[j].Text.ToLowerInvariant();
                return j > verb + 1 && tokens[j].Pos == UPos.ADP && s_separableParticles.Contains(text) ? text : null;
            }
        }

        return null;
    }

    private static ImmutableArray<ContentTerm> Compute(string text)
    {
        if (LanguageStage.TryAnalyze(text, 2_000) is not { } analysed)
        {
            return [];
        }

        var terms = ImmutableArray.CreateBuilder<ContentTerm>();
        var tokens = analysed.Tokens.ToList();
        var lemmas = tokens.Select((_, i) => LemmaAt(tokens, i)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var lemma = lemmas[i];
            if (tokens[i].Pos is not (UPos.NOUN or UPos.PROPN or UPos.ADJ or UPos.VERB) || lemma.Length < 3 || s_generic.Contains(lemma) || !char.IsLetter(lemma[0]))
            {
                continue;
            }

            terms.Add(new ContentTerm(lemma, lemma.Length > KeyLength ? lemma[..KeyLength] : lemma, tokens[i].Pos is UPos.NOUN or UPos.PROPN));
        }

        // Concepts (corpus/lexicons/content-concepts.tsv): any word of a concept, whatever its tag ("omhoog", "lager"), adds
        // the concept as one more content word, so that "gaan niet omhoog" and "betalen € 112 meer … stegen" share one.
        var concepts = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var lemma = lemmas[i];
            if ((s_concepts.TryGetValue(lemma, out var concept) || s_concepts.TryGetValue(tokens[i].Text.ToLowerInvariant(), out concept)
                    || (tokens[i].Pos == UPos.NOUN && ConceptOfHead(lemma) is { } headConcept && (concept = headConcept) is not null)) && concepts.Add(concept))
            {
                terms.Add(new ContentTerm("≈" + concept + ":" + lemma, "≈" + concept, Noun: false));
            }
        }

        return terms.ToImmutable();
    }

    /// <summary>The lemma of the token at <paramref name="i"/>, lower-cased, with its separable particle for a verb.</summary>
    private static string LemmaAt(List<AnalyzedToken> tokens, int i)
    {
        var token = tokens[i];
        var lemma = (token.Lemma.Length > 0 ? token.Lemma : token.Text).ToLowerInvariant();
        if (token.Pos != UPos.VERB)
        {
            return lemma;
        }

        if (i >= 2 && tokens[i - 1].Text.Equals("te", StringComparison.OrdinalIgnoreCase) && s_separableParticles.Contains(tokens[i - 2].Text.ToLowerInvariant()))
        {
            // "om lijnen in te korten": the separable verb "inkorten", which shares its key with "de inkorting".
            var prefix = tokens[i - 2].Text.ToLowerInvariant();
            return lemma.StartsWith(prefix, StringComparison.Ordinal) ? lemma : prefix + lemma; // "uit te schakelen" may already lemmatise to "uitschakelen"
        }

        // "Toen liepen de aantallen nog niet op.": the particle at the end of the clause belongs to the verb ("oplopen").
        // The treebank's lemma of a separated verb may already hold its particle ("liepen … op" → "oplopen").
        return StrandedParticle(tokens, i) is { } particle && !lemma.StartsWith(particle, StringComparison.Ordinal) ? particle + lemma : lemma;
    }
}
