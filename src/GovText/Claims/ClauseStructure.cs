using GovText.Language;

namespace GovText.Claims;

/// <summary>
/// The main clause of a tagged Dutch sentence, found with word-order heuristics over UPOS tags and lemmas (no parser):
/// the finite verb in second position (first after a fronted subordinate clause), the lexical verb (a full finite verb
/// with its separable particle, or the last verb of the clause-final cluster after an auxiliary or modal), the subject
/// (the fronted noun phrase, or the first noun phrase of the middle field outside a prepositional phrase when an
/// adverbial, "er", a time expression or a clause is fronted) and the object (the first noun phrase of the middle field
/// outside a prepositional phrase, else a prepositional object, else a copula's complement, else the subject of a
/// "dat"-clause complement). Relative and other embedded clauses are skipped. Heads are lower-case lemmas (names as
/// written); <c>docs/proposition-guidelines.md</c> defines the target and <c>ClaimPropositionEvaluationTests</c>
/// measures it.
/// </summary>
internal static class ClauseStructure
{
    private static readonly HashSet<string> s_particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "aan", "af", "bij", "binnen", "buiten", "door", "in", "mee", "na", "neer", "om", "op", "over", "samen", "tegen", "terug", "toe",
        "uit", "vast", "voor", "weg", "plaats", "kennis", "deel", "vrij", "los", "open", "teweeg", "tot", "stand", "voort", "bijeen",
    };

    /// <summary>Particles that are also nouns ("kennis nemen", "plaats vinden", "deel nemen", "tot stand komen").</summary>
    private static readonly HashSet<string> s_nounParticles = new(StringComparer.OrdinalIgnoreCase) { "kennis", "plaats", "deel", "stand" };

    private static readonly HashSet<string> s_copulas = new(StringComparer.OrdinalIgnoreCase)
    {
        "zijn", "worden", "blijven", "lijken", "blijken", "heten",
    };

    /// <summary>Finite verbs that govern another verb: auxiliaries, modals and "te"-governing verbs.</summary>
    private static readonly HashSet<string> s_governing = new(StringComparer.OrdinalIgnoreCase)
    {
        "hebben", "zijn", "worden", "zullen", "kunnen", "moeten", "mogen", "willen", "gaan", "blijven", "laten", "dienen", "hoeven",
        "plegen", "behoren", "horen", "blijken", "lijken", "schijnen",
    };

    /// <summary>True when the clause has the expletive "er" (fronted, or right after the finite verb in the middle field).</summary>
    private static bool HasExpletiveEr(Tagged t, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            // Not the "er" of a split pronominal adverb ("er … mee", "er naar"): a preposition right after it that
            // governs no noun phrase.
            var stranded = i + 1 < t.Count && t.Pos[i + 1] == UPos.ADP
                && (i + 2 >= t.Count || t.Pos[i + 2] is not (UPos.DET or UPos.NOUN or UPos.PROPN or UPos.ADJ or UPos.NUM or UPos.PRON));
            if (t.Is(i, "er") && !t.Embedded[i] && !stranded)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> s_subjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ik", "wij", "we", "hij", "zij", "ze", "men", "jullie",
    };

    private static readonly HashSet<string> s_objectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "mij", "me", "ons", "hem", "haar", "hen", "hun", "zich", "u", "jou", "je", "zichzelf",
    };

    private static readonly HashSet<string> s_possessives = new(StringComparer.OrdinalIgnoreCase)
    {
        "mijn", "uw", "zijn", "haar", "hun", "ons", "onze", "jullie", "wiens", "wier",
    };

    private static readonly HashSet<string> s_relatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "die", "dat", "wat", "waar", "waarin", "waarbij", "waarmee", "waarop", "waarvan", "waardoor", "waarover", "waaraan", "waarvoor",
        "welke", "wie", "hetgeen",
    };

    /// <summary>Heads of prepositional phrases that are adverbials, not objects ("in dit geval", "op basis van", "naar verwachting").</summary>
    private static readonly HashSet<string> s_adverbialNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "geval", "moment", "basis", "kader", "zin", "verwachting", "mate", "dag", "week", "maand", "jaar", "tijd", "periode", "name",
        "principe", "algemeen", "regel", "opdracht", "verband", "eerste", "plaats", "wijze", "manier", "termijn", "begin", "eind",
        "einde", "medio", "loop", "afwachting", "gevolg", "aanleiding", "licht", "context", "belang", "grond", "overleg", "samenspraak",
        "samenwerking", "gesprek", "brief", "antwoord", "beantwoording", "vraag", "deel", "stadium", "fase", "niveau", "nu",
    };

    private static readonly HashSet<string> s_timeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "april",
        "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "jaar", "maand", "week", "dag",
        "eind", "begin", "medio", "vandaag", "morgen", "gisteren", "najaar", "voorjaar", "zomer", "winter", "kwartaal", "periode",
    };

    /// <summary>Light-verb expressions kept as one predicate: noun, verb lemma, preposition.</summary>
    private static readonly (string Noun, string Verb, string Preposition)[] s_lightVerbs =
    [
        ("sprake", "zijn", "van"), ("gebruik", "maken", "van"), ("rekening", "houden", "met"), ("kennis", "nemen", "van"),
        ("betrekking", "hebben", "op"), ("contact", "hebben", "met"), ("aandacht", "besteden", "aan"), ("uitvoering", "geven", "aan"),
        ("invulling", "geven", "aan"),
    ];

    /// <summary>Prepositional verbs (<c>corpus/lexicons/prepositional-verbs.tsv</c>): verb lemma → its fixed prepositions.</summary>
    private static readonly Lazy<Dictionary<string, string[]>> s_prepositionalVerbs = new(() =>
    {
        var verbs = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Spotters.ReadLexiconLines("prepositional-verbs"))
        {
            var entry = line.Split('\t')[0].Trim();
            var space = entry.LastIndexOf(' ');
            if (space > 0)
            {
                verbs[entry[..space]] = entry[(space + 1)..].Split('|');
            }
        }

        return verbs;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly HashSet<string> s_unaccusatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "komen", "gaan", "blijven", "worden", "vallen", "sterven", "overlijden", "ontstaan", "verschijnen", "beginnen", "stoppen",
        "veranderen", "toenemen", "afnemen", "stijgen", "dalen", "gebeuren", "lukken", "blijken", "slagen", "verdwijnen", "groeien",
        "verlopen", "vertrekken", "aankomen", "opkomen", "uitkomen", "terugkeren", "verschuiven", "uitvallen", "opgaan", "meevallen",
    };

    /// <summary>
    /// Grammatical subject head, predicate lemma and object head of the sentence's main clause; whether it is a copula
    /// clause or a passive, and the head of a passive's "door …" agent.
    /// </summary>
    /// <remarks><c>Existential</c>: the subject is what exists ("Er zijn geen aanwijzingen", "211 lijsten bleken te bestaan").</remarks>
    public readonly record struct Result(string? Subject, string? Predicate, string? Object, bool Copula, bool Passive, string? Agent, bool Existential = false);

    private readonly struct Tagged(Sentence sentence)
    {
        public readonly Sentence S = sentence;
        public readonly UPos[] Pos = Normalise(sentence);
        public readonly bool[] Embedded = new bool[sentence.Count];

        public int Count => S.Count;

        public string Text(int i) => S[i].Text;

        public bool Is(int i, string form) => i >= 0 && i < S.Count && string.Equals(S[i].Text, form, StringComparison.OrdinalIgnoreCase);

        public string Lemma(int i) => S[i].Lemma.ToLowerInvariant();
    }

    public static Result? Analyse(Sentence sentence)
    {
        var t = new Tagged(sentence);
        var n = t.Count;
        while (n > 0 && t.Pos[n - 1] == UPos.PUNCT)
        {
            n--;
        }

        if (n < 2)
        {
            return null;
        }

        MarkEmbeddedClauses(t, n);

        var clauseStart = 0;
        int finite;
        if (t.Pos[0] == UPos.SCONJ || (t.Is(0, "om") && HasTeInfinitive(t, 1, n)) || (t.Is(0, "voor") && t.Is(1, "zover")))
        {
            // A fronted subordinate clause: the finite verb follows its comma ("Omdat …, heeft de minister …"), or, without
            // a comma, is the second verb ("Zoals aangegeven bij vraag 6 zet het kabinet in op …").
            var comma = IndexOf(t, 1, n, ",");
            if (comma > 0 && comma + 1 < n && IsVerb(t.Pos[comma + 1]))
            {
                finite = comma + 1;
                clauseStart = comma + 1;
            }
            else
            {
                var first = FirstVerb(t, 1, n, skipEmbedded: false);
                var after = first + 1;
                while (first >= 0 && after < n && IsVerb(t.Pos[after])
                    && (IsParticiple(t.Text(after)) || (t.Text(after).EndsWith("en", StringComparison.OrdinalIgnoreCase) && after + 1 < n && IsVerb(t.Pos[after + 1]))))
                {
                    after++; // the subordinate clause's non-finite verbs ("Zoals eerder is aangegeven zijn …"), not the main verb
                }

                finite = first < 0 ? -1 : FirstVerb(t, after, n, skipEmbedded: true);
                clauseStart = after;
            }
        }
        else
        {
            finite = FirstVerb(t, 0, n, skipEmbedded: true);
            if (finite == 0 && n > 2 && IsVerb(t.Pos[1]) && t.Pos[0] == UPos.VERB && !t.Embedded[1] && t.Text(0).EndsWith("en", StringComparison.OrdinalIgnoreCase) && !IsParticiple(t.Text(0)))
            {
                // Two verbs in a row at the start of a statement: the first is its subject ("Vertragingen nemen structureel toe",
                // a plural noun the tagger took for a verb; "Zwemmen is gezond", a nominalised infinitive).
                finite = 1;
                t.Pos[0] = UPos.NOUN;
            }
            else if (finite == 0 && n > 3 && t.Pos[1] == UPos.ADP && (IsParticiple(t.Text(0)) || t.Text(0).EndsWith("ende", StringComparison.OrdinalIgnoreCase))
                && FirstVerb(t, 2, n, skipEmbedded: true) is var next and > 0)
            {
                // A fronted participle phrase ("Gelet op de lange levenscyclus is het aannemelijk …", "Uitgaande van de cijfers,
                // stijgt …"): the clause's finite verb follows the phrase, its subject after the verb.
                finite = next;
                clauseStart = next;
            }
        }

        if (finite < 0)
        {
            return null;
        }

        // A focus particle before the fronted phrase belongs to it ("Niet alleen Amerikaanse handhavingsinstanties maken
        // gebruik van …", "Ook de gemeente heeft …"): the phrase is still the subject.
        while (clauseStart < finite - 1 && FocusParticle(t, clauseStart) is var skip and > 0 && t.Pos[clauseStart + skip] is UPos.DET or UPos.ADJ or UPos.NOUN or UPos.PROPN or UPos.NUM)
        {
            clauseStart += skip;
        }

        var end = ClauseEnd(t, finite + 1, n);
        var finiteLemma = t.Lemma(finite);

        // The lexical verb: after an auxiliary or modal, the last verb of the clause (after a parenthetical such as
        // ", als onderdeel van …," it may follow the comma); a full finite verb is itself the lexical verb.
        var lexical = -1;
        string? infinitive = null;
        if (s_governing.Contains(finiteLemma) || t.Pos[finite] == UPos.AUX)
        {
            for (var i = finite + 1; i < end; i++)
            {
                if (t.Pos[i] == UPos.VERB && !t.Embedded[i] && !IsAttributive(t, i))
                {
                    lexical = i;
                }
            }

            if (lexical < 0 && finiteLemma == "worden")
            {
                // "U wordt hierover zo spoedig mogelijk geïnformeerd": a participle the tagger took for an adjective.
                for (var i = end - 1; i > finite; i--)
                {
                    if (t.Pos[i] == UPos.ADJ && IsParticiple(t.Text(i)) && t.Text(i).StartsWith("ge", StringComparison.OrdinalIgnoreCase))
                    {
                        lexical = i;
                        break;
                    }
                }
            }

            if (lexical < 0 && finiteLemma is "zullen" or "kunnen" or "moeten" or "mogen" or "willen" or "gaan" or "dienen" or "hoeven"
                && end - 2 > finite && t.Pos[end - 1] == UPos.NOUN && !t.Embedded[end - 1] && t.Pos[end - 2] is not (UPos.DET or UPos.ADJ or UPos.ADP)
                && t.Text(end - 1).EndsWith("en", StringComparison.OrdinalIgnoreCase) && DutchPipeline.Default.Lemmatizer.IsKnownInfinitive(t.Text(end - 1)))
            {
                // "Het systeem gaat 131 miljoen euro kosten", "De renovatie zal drie jaar kosten": the infinitive that ends the
                // clause after a modal, tagged as a plural noun after the amount.
                lexical = end - 1;
                t.Pos[lexical] = UPos.VERB;
                infinitive = t.Text(lexical).ToLowerInvariant();
            }

            if (lexical < 0 && end < n && t.Text(end) == ",")
            {
                for (var i = end + 1; i < n && t.Pos[i] is not (UPos.SCONJ or UPos.CCONJ); i++)
                {
                    if (t.Pos[i] == UPos.VERB && !t.Embedded[i] && !IsAttributive(t, i))
                    {
                        lexical = i;
                        break;
                    }
                }
            }
        }

        var copula = false;
        string predicate;
        var particle = -1;
        if (lexical < 0)
        {
            lexical = finite;
            copula = s_copulas.Contains(finiteLemma);
            particle = copula ? -1 : Particle(t, finite + 1, end);
            // The lemma may already carry the particle: UD's Alpino lemmas give "levert … op" the lemma "op_leveren", so "opleveren"
            // stays as it is rather than becoming "opopleveren".
            predicate = particle >= 0 && !finiteLemma.StartsWith(t.Text(particle), StringComparison.OrdinalIgnoreCase) ? t.Text(particle).ToLowerInvariant() + finiteLemma : finiteLemma;
        }
        else
        {
            predicate = infinitive ?? t.Lemma(lexical);
            if (lexical >= 2 && t.Is(lexical - 1, "te") && s_particles.Contains(t.Text(lexical - 2)) && !predicate.StartsWith(t.Text(lexical - 2), StringComparison.OrdinalIgnoreCase))
            {
                predicate = t.Text(lexical - 2).ToLowerInvariant() + predicate; // "in te vullen" → "invullen"
            }
        }

        // Subject.
        string? subject = null;
        string? obj = null;
        var middle = finite + 1;
        var fronted = NounPhrase(t, clauseStart, finite);
        var frontedIsPhrase = fronted.Head >= 0 && fronted.Start == SkipDeterminers(t, clauseStart, finite)
            && t.Pos[clauseStart] is not (UPos.ADP or UPos.ADV or UPos.SCONJ) && !t.Is(clauseStart, "er") && !IsTimeExpression(t, fronted.Start, fronted.End);
        var firstInMiddle = SkipAdverbs(t, middle, end);
        if (frontedIsPhrase && firstInMiddle < end && t.Pos[firstInMiddle] == UPos.PRON && s_subjectPronouns.Contains(t.Text(firstInMiddle)))
        {
            // "Deze mening deel ik niet": the fronted phrase is the object.
            subject = t.Text(firstInMiddle).ToLowerInvariant();
            obj = HeadText(t, fronted.Head);
            middle = firstInMiddle + 1;
        }
        else if (frontedIsPhrase)
        {
            subject = HeadText(t, fronted.Head);
        }
        else
        {
            // A fronted adverbial, "er", time expression or clause: the subject is the first noun phrase of the middle
            // field that is not inside a prepositional phrase (object pronouns such as "mij" skipped).
            var np = FreeNounPhrase(t, middle, Math.Max(end, lexical), skipObjectPronouns: true);
            if (np.Head >= 0)
            {
                subject = HeadText(t, np.Head);
                middle = np.End;
            }
            else if (FreeNounPhrase(t, clauseStart, finite, skipObjectPronouns: true) is { Head: >= 0 } before)
            {
                // A clause in subordinate order ("er van WEF-bijeenkomsten wel degelijk notulen worden gemaakt").
                subject = HeadText(t, before.Head);
            }
        }

        if (finiteLemma == "hebben")
        {
            for (var i = finite + 1; i < end - 2; i++)
            {
                if (t.Is(i, "te") && t.Is(i + 1, "maken") && t.Is(i + 2, "met"))
                {
                    var np = NounPhrase(t, i + 3, n);
                    return new Result(subject, "te maken hebben met", np.Head >= 0 ? HeadText(t, np.Head) : null, false, false, null);
                }
            }
        }

        // Light verbs: "er is geen sprake van X", "maakt gebruik van X".
        foreach (var (noun, verb, preposition) in s_lightVerbs)
        {
            if (finiteLemma != verb && t.Lemma(lexical) != verb)
            {
                continue;
            }

            for (var i = finite + 1; i < end - 1; i++)
            {
                if (t.Is(i, noun) && t.Is(i + 1, preposition) && NounPhrase(t, i + 2, end) is { Head: >= 0 } np)
                {
                    predicate = $"{noun} {verb} {preposition}";
                    obj = HeadText(t, np.Head);
                    copula = false;
                    if (string.Equals(subject, noun, StringComparison.OrdinalIgnoreCase))
                    {
                        subject = null;
                    }

                    return new Result(subject, predicate, obj, false, false, null);
                }
            }
        }

        if (copula && finiteLemma == "zijn" && lexical == finite && subject is not null && HasExpletiveEr(t, clauseStart, end)
            && ObjectOf(t, middle, end, subject, copula) is null)
        {
            // Existential "er": "er waren bij de Belastingdienst geen lijsten meer" — the guidelines keep the noun phrase
            // as the subject of "zijn"; the flag lets a claim take it as what exists.
            return new Result(subject, "zijn", null, true, false, null, Existential: true);
        }

        if (predicate == "bestaan" && subject is not null && ObjectOf(t, middle, Math.Max(end, lexical + 1), subject, copula) is null)
        {
            // "211 van zulke lijsten bleken te bestaan": the subject is what exists, as with existential "er".
            return new Result(subject, "bestaan", null, false, false, null, Existential: true);
        }

        if (particle >= 0)
        {
            t.Embedded[particle] = true; // "vindt hierover besluitvorming plaats": the particle is not an object
        }

        obj ??= ObjectOf(t, middle, lexical == finite ? end : Math.Max(end, lexical + 1), subject, copula);
        if (obj is null && end < n && t.Pos[end] == UPos.SCONJ && (t.Is(end, "dat") || t.Is(end, "of")))
        {
            // "Ik begrijp dat u vraagt naar …", "De verwachting is dat de vaccins …": the complement clause's subject.
            var np = FreeNounPhrase(t, end + 1, n, skipObjectPronouns: false);
            if (np.Head >= 0)
            {
                obj = HeadText(t, np.Head);
            }
        }

        // A prepositional verb ("zet in op de redzaamheid", "richten zich op …", "staat daar wel voor open"): the fixed
        // preposition joins the predicate, and its noun phrase is the object when there is no direct object.
        if (!copula && s_prepositionalVerbs.Value.TryGetValue(predicate, out var prepositions) && PrepositionalObject(t, finite + 1, end, prepositions) is { } pp)
        {
            predicate += " " + pp.Preposition;
            obj ??= pp.Object;
        }

        // Passive: "worden" + participle, or "zijn" + participle of a verb that takes "hebben" in the perfect.
        var passive = lexical != finite && t.Pos[lexical] == UPos.VERB && IsParticiple(t.Text(lexical))
            && (finiteLemma == "worden" || (finiteLemma == "zijn" && !s_unaccusatives.Contains(predicate)));
        if (!passive && lexical == finite && t.Pos[finite] == UPos.VERB && IsParticiple(t.Text(finite)) && finite + 1 < n && t.Pos[finite + 1] == UPos.AUX
            && (t.Lemma(finite + 1) == "worden" || (t.Lemma(finite + 1) == "zijn" && !s_unaccusatives.Contains(predicate))))
        {
            passive = true; // a clause in subordinate order: "(dat) hele bossen gekapt worden"
        }

        string? agent = null;
        if (passive)
        {
            for (var i = finite + 1; i < lexical; i++)
            {
                if (t.Is(i, "door") && NounPhrase(t, i + 1, lexical) is { Head: >= 0 } by)
                {
                    agent = HeadText(t, by.Head);
                    if (string.Equals(agent, obj, StringComparison.OrdinalIgnoreCase))
                    {
                        obj = null;
                    }

                    break;
                }
            }
        }

        return new Result(subject, predicate, obj, copula, passive, agent);
    }

    /// <summary>Tags with obvious tagger slips on names repaired: capitalised words inside the sentence tagged as function words.</summary>
    private static UPos[] Normalise(Sentence s)
    {
        var pos = new UPos[s.Count];
        for (var i = 0; i < s.Count; i++)
        {
            var p = s[i].Pos;
            var text = s[i].Text;
            var capitalised = text.Length > 1 && char.IsUpper(text[0]);
            var innerCapital = text.Length > 2 && text.Skip(1).Any(char.IsUpper);
            if ((capitalised && i > 0 && p is UPos.SCONJ or UPos.ADV or UPos.CCONJ or UPos.ADJ or UPos.VERB)
                || (innerCapital && p is UPos.ADV or UPos.ADJ or UPos.SCONJ or UPos.VERB))
            {
                p = UPos.PROPN;
            }

            pos[i] = p;
        }

        return pos;
    }

    /// <summary>
    /// Marks relative clauses ("de belastingplichtige die niet … in aanmerking komt") and other embedded clauses inside the
    /// main clause: from the relative word to the end of its verb cluster.
    /// </summary>
    private static void MarkEmbeddedClauses(Tagged t, int n)
    {
        // Quoted titles («…», “…» after a noun, starting with a capital): their verbs are not the clause's ("bekend met het
        // artikel «X blijft Y vliegen»"); the opening mark stays visible so that the title can still be an object.
        for (var i = 0; i < n; i++)
        {
            var close = t.Text(i) switch { "«" => "»", "“" => "”", "‘" => "’", _ => null };
            if (close is null || i == 0 || t.Pos[i - 1] is not (UPos.NOUN or UPos.PROPN) || i + 1 >= n || !char.IsUpper(t.Text(i + 1)[0]))
            {
                continue; // only a capitalised title after a noun ("het artikel «Corendon …»"), not quoted speech
            }

            var j = IndexOf(t, i + 1, t.Count, close);
            if (j < 0)
            {
                break;
            }

            for (var k = i + 1; k <= j; k++)
            {
                t.Embedded[k] = true;
            }

            i = j;
        }

        for (var i = 1; i < n; i++)
        {
            var relative = s_relatives.Contains(t.Text(i)) && t.Pos[i] is UPos.PRON or UPos.ADV or UPos.DET or UPos.SCONJ
                && (t.Pos[i - 1] is UPos.NOUN or UPos.PROPN || (t.Text(i - 1) == "," && i >= 2 && t.Pos[i - 2] is UPos.NOUN or UPos.PROPN)
                    || (t.Pos[i - 1] == UPos.ADP && i >= 2 && t.Pos[i - 2] is UPos.NOUN or UPos.PROPN));
            if (!relative || (t.Is(i, "dat") && t.Pos[i] == UPos.SCONJ))
            {
                continue;
            }

            var start = t.Pos[i - 1] == UPos.ADP ? i - 1 : i;
            var j = i + 1;
            while (j < n && !IsVerb(t.Pos[j]) && t.Text(j) is not ("," or ";" or ":"))
            {
                j++;
            }

            while (j < n && (IsVerb(t.Pos[j]) || t.Is(j, "te")))
            {
                j++;
            }

            if (j < n && t.Pos[j] == UPos.CCONJ)
            {
                // "studenten die nog studeren én een studielening ontvangen": the coordinated rest of the relative clause
                var k = j + 1;
                while (k < n && !IsVerb(t.Pos[k]) && t.Text(k) is not ("," or ";" or ":"))
                {
                    k++;
                }

                if (k < n && IsVerb(t.Pos[k]))
                {
                    while (k < n && (IsVerb(t.Pos[k]) || t.Is(k, "te")))
                    {
                        k++;
                    }

                    j = k;
                }
            }

            for (var k = start; k < j; k++)
            {
                t.Embedded[k] = true;
            }

            i = j - 1;
        }
    }

    /// <summary>
    /// The first phrase of the main clause with one of <paramref name="prepositions"/>: the preposition and the head of its
    /// noun phrase; for a pronominal adverb ("daar … voor", "hierop", "erop") the pronoun "daar"/"hier" (none for "er").
    /// </summary>
    private static (string Preposition, string? Object)? PrepositionalObject(Tagged t, int from, int to, string[] prepositions)
    {
        to = Math.Min(to, t.Count);
        for (var i = from; i < to; i++)
        {
            if (t.Embedded[i])
            {
                continue;
            }

            var word = t.Text(i).ToLowerInvariant();
            foreach (var preposition in prepositions)
            {
                if (word == preposition && t.Pos[i] is UPos.ADP or UPos.ADV)
                {
                    if (NounPhrase(t, i + 1, to) is { Head: >= 0 } np && np.Start == SkipDeterminers(t, i + 1, to))
                    {
                        return (preposition, HeadText(t, np.Head));
                    }

                    for (var j = i - 1; j >= from; j--)
                    {
                        if (t.Is(j, "daar") || t.Is(j, "hier"))
                        {
                            return (preposition, t.Text(j).ToLowerInvariant()); // stranded: "staat daar wel voor open"
                        }
                    }

                    return (preposition, null);
                }

                foreach (var pronoun in s_pronominalAdverbs)
                {
                    if (word.Length == pronoun.Length + preposition.Length && word.StartsWith(pronoun, StringComparison.Ordinal) && word.EndsWith(preposition, StringComparison.Ordinal))
                    {
                        return (preposition, pronoun == "er" ? null : pronoun); // "hierop", "daarvoor", "erop"
                    }
                }
            }
        }

        return null;
    }

    private static readonly string[] s_pronominalAdverbs = ["daar", "hier", "er"];

    private static string? ObjectOf(Tagged t, int from, int to, string? subject, bool copula)
    {
        to = Math.Min(to, t.Count);
        string? adjective = null;
        var preposition = -1;
        for (var i = from; i < to; i++)
        {
            if (t.Embedded[i])
            {
                continue;
            }

            var pos = t.Pos[i];
            if (pos == UPos.ADP)
            {
                preposition = i;
                continue;
            }

            if (pos == UPos.CCONJ)
            {
                continue; // a coordinated phrase keeps the status of the first one ("naast X en Y")
            }

            if (copula && pos == UPos.ADJ && preposition < 0 && (i + 1 >= to || t.Pos[i + 1] is not (UPos.NOUN or UPos.PROPN or UPos.ADJ or UPos.NUM)))
            {
                adjective = t.Lemma(i); // predicative adjective, the last one wins: "was oorspronkelijk veertig jaar", "is absoluut ontoelaatbaar"
                continue;
            }

            if (pos is UPos.NOUN or UPos.PROPN or UPos.DET or UPos.NUM or UPos.ADJ || (pos == UPos.PRON && s_possessives.Contains(t.Text(i))))
            {
                var np = NounPhrase(t, i, to);
                if (np.Head < 0 || (t.Pos[np.Head] == UPos.NUM && np.Head == i && (np.End >= to || t.Pos[np.End] != UPos.NOUN)))
                {
                    preposition = -1;
                    continue;
                }

                var head = HeadText(t, np.Head);
                var same = string.Equals(head, subject, StringComparison.OrdinalIgnoreCase);
                if (preposition < 0 && !same)
                {
                    return head;
                }

                i = np.End - 1;
                if (!(np.End < to && t.Pos[np.End] == UPos.CCONJ))
                {
                    preposition = -1;
                }

                continue;
            }

            if (pos is not (UPos.ADV or UPos.PART))
            {
                preposition = -1;
            }
        }

        // Prepositional objects are not taken: in cross-checks against the gold most phrases after a preposition in the
        // middle field were adverbials ("naar wens van de gebruiker", "in convenanten").
        return adjective;
    }

    /// <summary>The first noun phrase from <paramref name="from"/> that is not inside a prepositional phrase.</summary>
    private static (int Start, int Head, int End) FreeNounPhrase(Tagged t, int from, int to, bool skipObjectPronouns)
    {
        to = Math.Min(to, t.Count);
        var governed = false;
        for (var i = from; i < to; i++)
        {
            if (t.Embedded[i])
            {
                continue;
            }

            var pos = t.Pos[i];
            if (pos == UPos.ADP)
            {
                governed = true;
                continue;
            }

            if (pos == UPos.PRON && !s_possessives.Contains(t.Text(i)))
            {
                if (t.Is(i, "er") || t.Is(i, "het") && i + 1 < to && t.Pos[i + 1] is not (UPos.NOUN or UPos.ADJ or UPos.PROPN)
                    || (skipObjectPronouns && s_objectPronouns.Contains(t.Text(i)) && !s_subjectPronouns.Contains(t.Text(i))))
                {
                    continue;
                }

                if (!governed && !s_relatives.Contains(t.Text(i)))
                {
                    return (i, i, i + 1);
                }

                governed = false;
                continue;
            }

            if (pos is UPos.NOUN or UPos.PROPN or UPos.DET or UPos.NUM or UPos.ADJ or UPos.PRON or UPos.X)
            {
                var np = NounPhrase(t, i, to);
                if (np.Head >= 0 && !governed)
                {
                    return np;
                }

                if (np.Head >= 0)
                {
                    i = np.End - 1;
                }

                governed = false;
                continue;
            }

            if (pos is not (UPos.ADV or UPos.PART or UPos.CCONJ or UPos.PUNCT))
            {
                governed = false;
            }
        }

        return (from, -1, from);
    }

    /// <summary>A noun phrase at <paramref name="from"/>: determiners, possessives, modifiers and attributive participles, then nouns/names.</summary>
    private static (int Start, int Head, int End) NounPhrase(Tagged t, int from, int to)
    {
        var start = SkipDeterminers(t, from, to);
        if (from < to && t.Pos[from] == UPos.PRON && !s_possessives.Contains(t.Text(from)))
        {
            var relative = s_relatives.Contains(t.Text(from)) && from > 0 && t.Pos[from - 1] is UPos.NOUN or UPos.PROPN or UPos.PUNCT or UPos.ADP;
            return relative || t.Is(from, "er") ? (from, -1, from) : (from, from, from + 1);
        }

        var i = from;
        while (i < to && !t.Embedded[i] && (t.Pos[i] is UPos.DET or UPos.NUM or UPos.ADJ || (t.Pos[i] == UPos.PRON && s_possessives.Contains(t.Text(i)))
            || (t.Pos[i] == UPos.ADV && !t.Is(i, "niet") && i + 1 < to && t.Pos[i + 1] is UPos.ADJ) || (t.Pos[i] == UPos.VERB && IsAttributive(t, i))))
        {
            i++;
        }

        var head = -1;
        while (i < to && !t.Embedded[i] && (t.Pos[i] is UPos.NOUN or UPos.PROPN or UPos.X || (head >= 0 && t.Pos[i] == UPos.NUM)
            || (head < 0 && t.Pos[i] == UPos.VERB && i > 0 && t.Pos[i - 1] == UPos.DET && t.Text(i).EndsWith("en", StringComparison.Ordinal))))
        {
            if (head >= 0 && t.Pos[head] == UPos.NOUN && t.Pos[i] == UPos.NOUN && !char.IsUpper(t.Text(start < to ? start : head)[0]))
            {
                break; // two common nouns in a row are two phrases ("door de inspectie herstelonderzoek uitgevoerd")
            }

            if (head >= 0 && t.Pos[head] == UPos.PROPN && t.Pos[i] == UPos.NUM && i + 1 < to && (t.Is(i + 1, "van") || t.Pos[i + 1] == UPos.NOUN))
            {
                break; // "bij de Belastingdienst 211 van zulke lijsten": the number starts the next phrase
            }

            head = i;
            i++;
        }

        if (head < 0 && i > from && t.Pos[i - 1] == UPos.NUM)
        {
            if (i + 1 < to && t.Is(i, "van") && NounPhrase(t, i + 1, to) is { Head: >= 0 } partitive && t.Pos[partitive.Head] == UPos.NOUN)
            {
                return (start, partitive.Head, partitive.End); // "211 van zulke lijsten": the counted noun heads the phrase
            }

            head = i - 1; // "veertig jaar" tagged NUM NOUN is handled above; a bare number is its own head
        }

        return (start, head, head < 0 ? from : i);
    }

    private static string HeadText(Tagged t, int head)
    {
        if (t.Pos[head] == UPos.PROPN)
        {
            var first = head;
            while (first > 0 && t.Pos[first - 1] == UPos.PROPN)
            {
                first--;
            }

            var last = head;
            while (last + 1 < t.Count && t.Pos[last + 1] == UPos.PROPN)
            {
                last++;
            }

            return t.S.Source[t.S.Tokens[first].Start..t.S.Tokens[last].End];
        }

        return t.Pos[head] is UPos.PRON or UPos.NUM ? t.Text(head).ToLowerInvariant() : t.Lemma(head);
    }

    private static bool IsTimeExpression(Tagged t, int from, int to)
    {
        for (var i = from; i < to && i < t.Count; i++)
        {
            if (t.Pos[i] is UPos.NOUN or UPos.PROPN or UPos.ADV && (s_timeNouns.Contains(t.Text(i)) || t.Text(i).EndsWith("middag", StringComparison.OrdinalIgnoreCase)
                || t.Text(i).EndsWith("ochtend", StringComparison.OrdinalIgnoreCase) || t.Text(i).EndsWith("avond", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipAdverbs(Tagged t, int from, int to)
    {
        var i = from;
        while (i < to && (t.Pos[i] == UPos.ADV || t.Is(i, "er")))
        {
            i++;
        }

        return i;
    }

    /// <summary>A past participle by its form: ge…d/t/en, or a prefixed verb's …d/t ("verstuurd", "ontvangen", "opgesteld").</summary>
    private static bool IsParticiple(string form)
    {
        var f = form.ToLowerInvariant();
        if (!(f.EndsWith('d') || f.EndsWith('t') || f.EndsWith("en", StringComparison.Ordinal)))
        {
            return false;
        }

        return f.Contains("ge", StringComparison.Ordinal) || f.StartsWith("be", StringComparison.Ordinal) || f.StartsWith("ver", StringComparison.Ordinal)
            || f.StartsWith("ont", StringComparison.Ordinal) || f.StartsWith("her", StringComparison.Ordinal) || f.StartsWith("er", StringComparison.Ordinal);
    }

    private static int SkipDeterminers(Tagged t, int from, int to)
    {
        var i = from;
        while (i < to && (t.Pos[i] == UPos.DET || (t.Pos[i] == UPos.PRON && s_possessives.Contains(t.Text(i)) && i + 1 < to && t.Pos[i + 1] is UPos.NOUN or UPos.ADJ or UPos.PROPN)))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The end of the main clause: a subordinating conjunction, an "om … te" clause, ';' ':' ',' '(', "maar", or a
    /// conjunction that starts a second main clause ("… en heeft een ruim mandaat").
    /// </summary>
    private static int ClauseEnd(Tagged t, int from, int n)
    {
        for (var i = from; i < n; i++)
        {
            if (t.Embedded[i])
            {
                continue;
            }

            if ((t.Pos[i] == UPos.SCONJ && !t.Is(i, "dan") && !t.Is(i, "als") && !(t.Is(i, "zoals") && !t.Is(i - 1, ","))) || t.Text(i) is ";" or ":" or "," or "("
                || (t.Is(i, "maar") && !(i + 1 < n && t.Pos[i + 1] is UPos.DET or UPos.NUM or UPos.ADJ))
                || (t.Is(i, "om") && HasTeInfinitive(t, i + 1, n))
                || (t.Pos[i] == UPos.CCONJ && i + 1 < n && (IsVerb(t.Pos[i + 1]) || (i + 2 < n && t.Pos[i + 1] == UPos.ADV && IsVerb(t.Pos[i + 2])))))
            {
                return i;
            }
        }

        return n;
    }

    /// <summary>A separable particle of a finite lexical verb: a particle word at the clause end or before another preposition.</summary>
    private static int Particle(Tagged t, int from, int end)
    {
        for (var i = end - 1; i >= from; i--)
        {
            if (t.Embedded[i] || !s_particles.Contains(t.Text(i)) || IsVerb(t.Pos[i]))
            {
                continue;
            }

            if (s_nounParticles.Contains(t.Text(i)) && ((i > 0 && t.Pos[i - 1] is UPos.DET or UPos.ADP) || (i + 1 < end && t.Pos[i + 1] == UPos.CCONJ)))
            {
                // "de ontwikkeling van kennis en techniek", "in plaats van de begrote 86 miljoen": a noun in a phrase, not the
                // particle of "kennisnemen" or "plaatsvinden".
                continue;
            }

            if (t.Is(i + 1, "te") && i + 2 < t.Count && IsVerb(t.Pos[i + 2]))
            {
                continue; // "adviseert de regeling op te schorten": the particle of the te-infinitive, not of the finite verb
            }

            var next = i + 1 < end ? t.Pos[i + 1] : UPos.PUNCT;
            if (i == end - 1 || next is UPos.ADP or UPos.PUNCT or UPos.SCONJ or UPos.CCONJ)
            {
                return i;
            }
        }

        return -1;
    }

    private static int FirstVerb(Tagged t, int from, int n, bool skipEmbedded)
    {
        for (var i = from; i < n; i++)
        {
            if (IsVerb(t.Pos[i]) && !(skipEmbedded && t.Embedded[i]) && !IsAttributive(t, i) && !t.Is(i - 1, "te") && !(i > 0 && t.Pos[i - 1] == UPos.DET)
                && !(i > 0 && t.Pos[i - 1] == UPos.ADP && t.Pos[i] == UPos.VERB && IsParticipleOrInflected(t.Text(i))))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A participle used as an adjective: after a determiner or directly before a noun ("de afgebeelde", "doorgegeven foto's").</summary>
    private static bool IsAttributive(Tagged t, int i) =>
        t.Pos[i] == UPos.VERB && ((i > 0 && t.Pos[i - 1] == UPos.DET && IsParticipleOrInflected(t.Text(i)))
            || (i + 1 < t.Count && t.Pos[i + 1] is UPos.NOUN && IsParticipleOrInflected(t.Text(i))));

    /// <summary>A participle, or an inflected/present participle used adjectivally ("gedetineerde", "betrokken", "toezichthoudend").</summary>
    private static bool IsParticipleOrInflected(string form) =>
        IsParticiple(form) || form.EndsWith("de", StringComparison.OrdinalIgnoreCase) || form.EndsWith("te", StringComparison.OrdinalIgnoreCase)
        || form.EndsWith("end", StringComparison.OrdinalIgnoreCase);

    private static bool HasTeInfinitive(Tagged t, int from, int n)
    {
        for (var i = from; i < n - 1; i++)
        {
            if (t.Is(i, "te") && IsVerb(t.Pos[i + 1]))
            {
                return true;
            }

            if ((t.Pos[i] == UPos.SCONJ && !t.Is(i, "als") && !t.Is(i, "dan")) || t.Text(i) is "," or ";")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Tokens of a focus particle at <paramref name="i"/> ("niet alleen", "ook", "zelfs", "vooral", "met name"), or 0.</summary>
    private static int FocusParticle(Tagged t, int i) =>
        t.Is(i, "niet") && t.Is(i + 1, "alleen") ? 2
        : t.Is(i, "met") && t.Is(i + 1, "name") ? 2
        : t.Is(i, "ook") || t.Is(i, "zelfs") || t.Is(i, "vooral") || t.Is(i, "juist") || t.Is(i, "alleen") || t.Is(i, "zowel") ? 1
        : 0;

    private static int IndexOf(Tagged t, int from, int n, string form)
    {
        for (var i = from; i < n; i++)
        {
            if (t.Text(i) == form)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsVerb(UPos pos) => pos is UPos.VERB or UPos.AUX;
}
