using System.Collections.Frozen;

namespace GovText.Language;

/// <summary>
/// Lookup lemmatizer: (lower-case form, UPOS) → lemma learned from the UD Dutch training data, then form → lemma,
/// then suffix rules learned from the same data for unseen words ("gemeentebegrotingen" → "gemeentebegroting"), then a
/// fallback (the form itself for proper nouns, numbers, punctuation and symbols; otherwise the lower-cased form).
/// <see cref="Stem"/> gives the Snowball Dutch stem for search keys. Compound lemmas are written without the UD underscore ("klooster_orde" → "kloosterorde"). Immutable and
/// thread-safe.
/// </summary>
public sealed partial class DutchLemmatizer
{
    private readonly FrozenDictionary<(string, UPos), string> _pairs;
    private readonly FrozenDictionary<string, string> _forms;
    private readonly bool _useDefaultRules;
    private readonly LemmaRules? _rules;
    private readonly FrozenSet<string> _verbLemmas;
    private readonly FrozenSet<string> _nounLemmas;
    private readonly FrozenSet<string> _adjectiveLemmas;
    private readonly FrozenSet<string> _openLemmas;

    internal DutchLemmatizer(FrozenDictionary<(string, UPos), string> pairs, FrozenDictionary<string, string> forms)
        : this(pairs, forms, null)
    {
        _useDefaultRules = true;
    }

    /// <summary>
    /// Infinitives written after "te" in Kamervragen texts (<c>Resources/infinitives-nl.txt</c>, made by
    /// <c>tools/GovText.Train infinitives</c>): verbs the UD tables lack ("informeren", "betreuren", "onderschrijven").
    /// </summary>
    private static readonly Lazy<FrozenSet<string>> s_corpusInfinitives = new(LoadInfinitives, LazyThreadSafetyMode.ExecutionAndPublication);

    private static FrozenSet<string> LoadInfinitives()
    {
        using var stream = typeof(DutchLemmatizer).Assembly.GetManifestResourceStream("GovText.Language.Resources.infinitives-nl.txt");
        if (stream is null)
        {
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when <paramref name="form"/> is the infinitive of a verb the tables or the corpus list know ("kosten").</summary>
    internal bool IsKnownInfinitive(string form)
    {
        var lower = form.ToLowerInvariant();
        return _verbLemmas.Contains(lower) || s_corpusInfinitives.Value.Contains(lower);
    }

    private DutchLemmatizer(FrozenDictionary<(string, UPos), string> pairs, FrozenDictionary<string, string> forms, LemmaRules? rules)
    {
        _pairs = pairs;
        _forms = forms;
        _rules = rules;
        _verbLemmas = pairs.Where(e => e.Key.Item2 == UPos.VERB).Select(e => e.Value).ToFrozenSet(StringComparer.Ordinal);
        _nounLemmas = pairs.Where(e => e.Key.Item2 == UPos.NOUN).Select(e => e.Value).ToFrozenSet(StringComparer.Ordinal);
        _adjectiveLemmas = pairs.Where(e => e.Key.Item2 == UPos.ADJ).Select(e => e.Value).ToFrozenSet(StringComparer.Ordinal);
        _openLemmas = pairs.Where(e => e.Key.Item2 is UPos.NOUN or UPos.VERB or UPos.ADJ).Select(e => e.Value).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The same lookup tables with other suffix rules for unseen words (null: none), for evaluation.</summary>
    internal DutchLemmatizer WithRules(LemmaRules? rules) => new(_pairs, _forms, rules);

    /// <summary>Number of (form, UPOS) entries in the lookup table.</summary>
    public int Count => _pairs.Count;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="pos"/>.</summary>
    /// <param name="form">The word form as it appears in the text.</param>
    /// <param name="pos">Its part of speech.</param>
    /// <returns>The lemma; never null.</returns>
    public string Lemmatize(string form, UPos pos)
    {
        ArgumentNullException.ThrowIfNull(form);
        var lower = form.ToLowerInvariant();
        if (_pairs.TryGetValue((lower, pos), out var lemma))
        {
            return lemma;
        }

        if (pos is UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X)
        {
            return form;
        }

        // A noun spelled like a verb's stem or present singular ("De Nederlandse staat", "het werk") is no form of that
        // verb; a plural or past form tagged NOUN by mistake ("kwamen") still takes the verb's lemma. Likewise a verb spelled
        // like a noun's plural ("Patiënten merken er niets van") is no form of that noun ("merk").
        if (_forms.TryGetValue(lower, out lemma)
            && !(pos == UPos.NOUN && _verbLemmas.Contains(lemma) && !_nounLemmas.Contains(lemma) && !VerbalEnding().IsMatch(lower))
            && !(pos == UPos.VERB && !_verbLemmas.Contains(lemma) && _nounLemmas.Contains(lemma)))
        {
            return lemma;
        }

        if (pos is UPos.NOUN or UPos.ADJ or UPos.VERB && HyphenCompound(lower, pos) is { } joined)
        {
            return joined;
        }

        if (pos == UPos.VERB && Participle(lower) is { } infinitive)
        {
            return infinitive;
        }

        var rules = _useDefaultRules ? LemmaRules.Default : _rules;
        var ruled = rules?.Apply(lower, pos) ?? lower;
        if (pos == UPos.NOUN && LinkedCompound(ruled) is { } unlinked)
        {
            return unlinked;
        }

        if (pos == UPos.ADJ && !_adjectiveLemmas.Contains(ruled) && AdjectiveBase(lower) is { } positive)
        {
            return positive;
        }

        if (pos == UPos.VERB && !_verbLemmas.Contains(ruled) && (PastPlural(lower) ?? FiniteForm(lower)) is { } known)
        {
            return known;
        }

        // An unseen verb form in "-en" that is no weak past ("merken") is its own infinitive when a suffix rule learned from
        // other verbs cut it to something no infinitive ends in ("merk"): Dutch spells the infinitive and the present plural alike.
        return pos == UPos.VERB && !_verbLemmas.Contains(ruled) && !ruled.EndsWith('n') && lower.Length > 4 && lower.EndsWith("en", StringComparison.Ordinal)
            && !lower.EndsWith("den", StringComparison.Ordinal) && !lower.EndsWith("ten", StringComparison.Ordinal) ? lower : ruled;
    }

    /// <summary>
    /// An unseen plural past of a strong verb whose singular past is known ("liepen" → "liep" → "lopen", "bleven" → "bleef" →
    /// "blijven", "lazen" → "las" → "lezen"): the singular is the plural without "-en", with a final v or z spelled f or s and,
    /// in an open syllable, the vowel written double or single.
    /// </summary>
    private string? PastPlural(string lower)
    {
        if (lower.Length < 5 || !lower.EndsWith("en", StringComparison.Ordinal))
        {
            return null;
        }

        var stem = lower[..^2];
        stem = stem[^1] switch
        {
            'v' => stem[..^1] + "f",
            'z' => stem[..^1] + "s",
            _ => stem,
        };
        var candidates = new List<string> { stem };
        if (stem.Length >= 3 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && !IsVowel(stem[^3]))
        {
            candidates.Add(stem[..^1] + stem[^2] + stem[^1]); // "bleef" from "blev-en", "keek" from "kek-en"
        }

        foreach (var candidate in candidates)
        {
            if (_pairs.TryGetValue((candidate, UPos.VERB), out var lemma) && _verbLemmas.Contains(lemma) && lemma != candidate)
            {
                return lemma;
            }
        }

        return null;
    }

    /// <summary>
    /// For an unseen finite verb form whose suffix-rule lemma is no known verb ("streef" → "strijven" by the rule learned
    /// from "bleef" → "blijven"): the known verb lemma spelled from the form as a stem ("streef"), stem + t ("streeft") or
    /// a weak past ("streefde", "werkten"), by the same spelling rules as the participles.
    /// </summary>
    private string? FiniteForm(string lower) => KnownInfinitive(FiniteStems(lower));

    /// <summary>
    /// The first infinitive spelled from one of <paramref name="stems"/> that is a known verb lemma, or a known verb lemma
    /// behind an inseparable prefix ("herkennen" = "her" + "kennen", "ontvangen" = "ont" + "vangen").
    /// </summary>
    private string? KnownInfinitive(IEnumerable<string> stems)
    {
        var candidates = stems.SelectMany(Infinitives).ToList();
        return candidates.FirstOrDefault(_verbLemmas.Contains) ?? candidates.FirstOrDefault(PrefixedKnownVerb) ?? candidates.FirstOrDefault(s_corpusInfinitives.Value.Contains);
    }

    private bool PrefixedKnownVerb(string infinitive) =>
        s_inseparablePrefixes.Any(p => infinitive.Length >= p.Length + 5 && infinitive.StartsWith(p, StringComparison.Ordinal) && _verbLemmas.Contains(infinitive[p.Length..]));

    [System.Text.RegularExpressions.GeneratedRegex("(?:en|de|te|den|ten)$", System.Text.RegularExpressions.RegexOptions.None, Patterns.TimeoutMilliseconds)]
    private static partial System.Text.RegularExpressions.Regex VerbalEnding();

    private static readonly string[] s_inseparablePrefixes = ["her", "ont", "ver", "be", "er", "ge"];

    private static IEnumerable<string> FiniteStems(string lower)
    {
        yield return lower;
        if (lower.EndsWith('t'))
        {
            yield return lower[..^1];
        }

        foreach (var ending in s_pastEndings)
        {
            if (lower.Length > ending.Length + 2 && lower.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return lower[..^ending.Length];
            }
        }
    }

    private static readonly string[] s_pastEndings = ["den", "ten", "de", "te"];

    /// <summary>
    /// An unseen hyphenated compound is lemmatised on its last part and written without hyphens, as the UD Dutch lemmas
    /// are ("EU-burgers" → "euburger", "niet-communistische" → "nietcommunistisch", "24-jarige" → "24jarig"); compass
    /// prefixes of geographic names keep theirs ("Zuid-Amerikaanse" → "zuid-amerikaans").
    /// </summary>
    private string? HyphenCompound(string lower, UPos pos)
    {
        var last = lower.LastIndexOf('-');
        if (last <= 0 || last >= lower.Length - 2 || !char.IsLetterOrDigit(lower[last - 1]) || !char.IsLetter(lower[last + 1]))
        {
            return null;
        }

        var head = Lemmatize(lower[(last + 1)..], pos);
        var prefix = lower[..last];
        return s_compassPrefixes.Any(p => prefix.StartsWith(p, StringComparison.Ordinal))
            ? prefix + "-" + head
            : prefix.Replace("-", string.Empty, StringComparison.Ordinal) + head;
    }

    /// <summary>
    /// An unseen compound noun with a linking "s" or "en" between two known parts loses it, as the UD Dutch lemmas do
    /// ("aandachtspunten" → "aandachtpunt", "studentenvereniging" → "studentvereniging"): the longest known noun lemma at
    /// the end whose rest is a known lemma plus the link.
    /// </summary>
    private string? LinkedCompound(string lemma)
    {
        for (var i = 3; i <= lemma.Length - 3; i++)
        {
            if (_nounLemmas.Contains(lemma[i..]) && _openLemmas.Contains(lemma[..i]))
            {
                return null; // "leeg" + "stand": a compound without a linking letter is read as written, not "leegs" + "tand"
            }
        }

        for (var i = 4; i <= lemma.Length - 3; i++)
        {
            var right = lemma[i..];
            if (!_nounLemmas.Contains(right))
            {
                continue;
            }

            var left = lemma[..i];
            foreach (var link in s_links)
            {
                if (left.Length - link.Length >= 3 && left.EndsWith(link, StringComparison.Ordinal) && _openLemmas.Contains(left[..^link.Length]))
                {
                    return left[..^link.Length] + right;
                }
            }
        }

        return null;
    }

    private static readonly string[] s_links = ["s", "en"];

    /// <summary>
    /// The known positive of an unseen inflected, comparative or superlative adjective: the ending removed ("-e", "-en",
    /// "-s", "-er(e)", "-der", "-st(e)"), then the spelling of the bare stem restored — a doubled consonant written single
    /// ("gladde" → "glad"), a long vowel written double ("vage" → "vaag", "droge" → "droog"), "z"/"v" back to "s"/"f"
    /// ("grijze" → "grijs") — and accepted only when it is a known adjective lemma ("moeilijkere" → "moeilijk").
    /// </summary>
    private string? AdjectiveBase(string lower) =>
        s_adjectiveEndings.Where(e => lower.Length >= e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal))
            .SelectMany(e => AdjectiveSpellings(lower[..^e.Length]))
            .FirstOrDefault(_adjectiveLemmas.Contains);

    private static IEnumerable<string> AdjectiveSpellings(string stem)
    {
        yield return stem;
        var last = stem[^1];
        var devoiced = last switch { 'z' => 's', 'v' => 'f', _ => last };
        if (devoiced != last)
        {
            yield return stem[..^1] + devoiced;
        }

        if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(last))
        {
            yield return stem[..^1]; // "gladd" → "glad"
        }

        if (stem.Length >= 2 && IsVowel(stem[^2]) && !IsVowel(last) && (stem.Length < 3 || !IsVowel(stem[^3])))
        {
            yield return stem[..^1] + stem[^2] + devoiced; // "vag" → "vaag", "grijz"… → handled above, "lev" → "leef"
        }
    }

    private static readonly string[] s_adjectiveEndings = ["ste", "st", "dere", "der", "ere", "er", "ers", "en", "e", "s"];

    private static readonly string[] s_compassPrefixes = ["noord", "zuid", "oost", "west", "midden"];

    // Separable particles, longest first, so that "tegemoet" is tried before "te".
    private static readonly string[] s_particles =
        ["tegemoet", "tegenover", "terecht", "samen", "binnen", "buiten", "achter", "tegen", "terug", "voort", "over", "door", "mee", "aan", "af", "op", "uit", "toe", "voor", "bij", "na", "in", "om", "weg", "vast", "los", "neer", "vrij", "bekend", "kennis", "plaats", "deel", "stil", "dicht", "open", "goed", "kapot"];

    /// <summary>A verb lemma without a leading separable particle that its form does not spell ("afleggen" for "legden" → "leggen").</summary>
    private static string WithoutParticle(string lemma, string form)
    {
        foreach (var particle in s_particles)
        {
            if (lemma.Length > particle.Length + 3 && lemma.StartsWith(particle, StringComparison.Ordinal) && !form.StartsWith(particle, StringComparison.Ordinal))
            {
                return lemma[particle.Length..];
            }
        }

        return lemma;
    }

    /// <summary>
    /// The infinitive of an unseen past participle tagged VERB: a separable particle before a known verb form
    /// ("afgesproken" → "af" + "spreken"), or a weak participle "ge-" + stem + "d"/"t" whose infinitive, spelled by the
    /// Dutch rules (vowel doubling, consonant doubling, f/s → v/z), is a known verb lemma ("geïnformeerd" → "informeren",
    /// "gestopt" → "stoppen", "geleefd" → "leven"); null when neither applies, so that the suffix rules decide.
    /// </summary>
    private string? Participle(string lower)
    {
        foreach (var particle in s_particles)
        {
            if (lower.Length > particle.Length + 3 && lower.StartsWith(particle, StringComparison.Ordinal))
            {
                var rest = lower[particle.Length..];
                if (_pairs.TryGetValue((rest, UPos.VERB), out var restLemma) && _verbLemmas.Contains(restLemma))
                {
                    // The treebank gives a separated verb its whole lemma ("schuift … op" → "op_schuiven"), so the rest may come
                    // with a particle of its own: "opschuiven" is "op" + "schuiven", not "op" + "opschuiven"; "overlegden" is
                    // "over" + "leggen", not "over" + "afleggen".
                    return particle + WithoutParticle(restLemma, rest);
                }

                if (WeakParticiple(rest) is { } weak)
                {
                    return particle + weak;
                }
            }
        }

        foreach (var prefix in s_inseparablePrefixes)
        {
            // An inseparable verb has no "ge-" in its participle ("verjaard" → "ver" + "jaren", "beïnvloed"): read the rest
            // as a weak participle and keep the prefix, when that spells a known verb or the unambiguous double vowel.
            if (prefix != "ge" && lower.Length > prefix.Length + 3 && lower.StartsWith(prefix, StringComparison.Ordinal)
                && WeakParticiple("ge" + lower[prefix.Length..]) is { } baseVerb)
            {
                return prefix + baseVerb;
            }
        }

        return WeakParticiple(lower);
    }

    private string? WeakParticiple(string lower)
    {
        if (lower.Length < 6 || !lower.StartsWith("ge", StringComparison.Ordinal) || lower[^1] is not ('d' or 't'))
        {
            return null;
        }

        var core = lower[2] switch
        {
            'ï' => "i" + lower[3..],
            'ë' => "e" + lower[3..],
            _ => lower[2..],
        };
        if (KnownInfinitive([core[..^1], core]) is { } known)
        {
            return known;
        }

        // Unknown verb: only the unambiguous spelling is trusted — a long vowel written double before a final consonant
        // other than f/s ("informeer|d" → "informeren", "reageer|d" → "reageren").
        // A stem closed by two different consonants keeps its spelling before "-en" ("gewerkt" → "werken"); "ge-" + "d"/"t"
        // is then the participle of a weak verb. (A stem that ends in "d"/"t" itself, as in "gekort", stays ambiguous with
        // "gebeld" → "bellen" and is left to the suffix rules.)
        var weakStem = core[..^1];
        if (weakStem.Length >= 3 && IsVowel(weakStem[^3]) && !IsVowel(weakStem[^2]) && !IsVowel(weakStem[^1]) && weakStem[^1] != weakStem[^2]
            && weakStem[^1] is not ('f' or 's' or 'v' or 'z' or 'j' or 'w') && weakStem[^2] is not 'j')
        {
            return weakStem + "en";
        }

        return weakStem.Length >= 4 && IsVowel(weakStem[^2]) && weakStem[^2] == weakStem[^3] && !IsVowel(weakStem[^1]) && weakStem[^1] is not ('f' or 's')
            ? weakStem[..^2] + weakStem[^1] + "en"
            : null;
    }

    private static IEnumerable<string> Infinitives(string stem)
    {
        if (stem.Length < 2)
        {
            yield break;
        }

        var last = stem[^1];
        if (stem.Length <= 3 && IsVowel(last))
        {
            // A one-syllable stem ending in a vowel: "ga" → "gaan", "sta" → "staan", "zie" → "zien", "doe" → "doen".
            yield return last is 'a' or 'o' ? stem + last + "n" : stem + "n";
        }

        yield return stem + "en";
        var voiced = last switch { 'f' => 'v', 's' => 'z', _ => last };
        if (stem.Length >= 3 && IsVowel(stem[^2]) && stem[^2] == stem[^3] && !IsVowel(last))
        {
            // A long vowel in a closed syllable is written double and single in an open one: "informeer" → "informeren".
            var open = stem[..^2] + last;
            yield return open + "en";
            if (voiced != last)
            {
                yield return stem[..^2] + voiced + "en";
            }
        }

        if (voiced != last)
        {
            yield return stem[..^1] + voiced + "en"; // "reis" → "reizen", "geloof" → "gelove" + n via the branch above
        }

        if (!IsVowel(last) && IsVowel(stem[^2]) && (stem.Length < 3 || !IsVowel(stem[^3])))
        {
            yield return stem + last + "en"; // a short vowel keeps its syllable closed: "stop" → "stoppen"
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// The Snowball Dutch stem of a word (Lucene.Net's implementation), lower-cased: "begrotingen" → "begrot". Stems
    /// are search keys, not words; use them to match inflected forms, and <see cref="Lemmatize"/> for dictionary forms.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The stem.</returns>
    public static string Stem(string word) => LemmaRules.Stem(word);

    /// <summary>Normalises a UD lemma the way the lookup table stores it.</summary>
    internal static string NormalizeLemma(string lemma, UPos pos)
    {
        var l = lemma.Length > 1 ? lemma.Replace("_", string.Empty, StringComparison.Ordinal) : lemma;
        return pos is UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X ? l : l.ToLowerInvariant();
    }

    /// <summary>The lemma the fallback would produce without any table entry.</summary>
    internal static string DefaultLemma(string form, UPos pos) =>
        pos is UPos.PROPN or UPos.NUM or UPos.PUNCT or UPos.SYM or UPos.X ? form : form.ToLowerInvariant();
}
