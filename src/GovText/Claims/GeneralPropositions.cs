using GovText.Language;

namespace GovText.Claims;

/// <summary>
/// A proposition for any clause, from the Language stage's UPOS tags and lemmas, used when the lexicons know neither
/// the predicate nor the entities: the main verb's lemma (with a separable particle) as predicate, nouns as subject
/// and object ("Etniciteit is nooit geregistreerd" → etniciteit — registreren — ?).
/// </summary>
internal static class GeneralPropositions
{
    private static readonly HashSet<string> s_weakNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "regel", "zin", "kader", "geval", "gevallen", "sprake", "mate", "verband", "keer", "keren", "moment", "aanleiding",
        "minister", "staatssecretaris", "kabinet", "antwoord", "vraag", "vragen", "bericht", "mening",
    };

    private static bool IsPartOf(string noun, string? subject) =>
        subject is not null && (string.Equals(noun, subject, StringComparison.OrdinalIgnoreCase) || subject.EndsWith(noun, StringComparison.OrdinalIgnoreCase));

    public static Proposition? From(string text, Proposition? known, bool negated)
    {
        if (known is { Predicate: not null, Object: not null })
        {
            return known;
        }

        // A claim is often a clause cut from its sentence ("het project gaat langer duren"): it is tagged with a full stop after
        // it, as the tagger saw sentences in training (without one, "duren" at the end was tagged a noun).
        var sentence = text.TrimEnd();
        sentence = sentence.Length > 0 && sentence[^1] is '.' or '?' or '!' or ':' or ';' ? sentence : sentence + ".";
        if (LanguageStage.TryAnalyze(sentence, 600) is not { } analysed || analysed.Count == 0 || ClauseStructure.Analyse(analysed[0]) is not { } clause)
        {
            return known;
        }

        // Semantic roles: a passive's grammatical subject is what is affected, its "door …" phrase the actor
        // ("Etniciteit is nooit geregistreerd" → ? — registreren — etniciteit).
        var (subject, obj) = clause.Passive ? (clause.Agent, clause.Subject) : (clause.Subject, clause.Object);
        if (clause.Existential && obj is null)
        {
            // "Er waren bij de Belastingdienst geen lijsten meer": what exists is what the claim is about (its object), so
            // that "211 van zulke lijsten bleken te bestaan" can contradict it; the actor comes from the lexicons.
            (subject, obj) = (null, subject);
        }

        if (known is { Subject: { } actor, Object: null } && subject is not null && obj is not null && IsPartOf(obj, actor) && !IsPartOf(subject, actor))
        {
            // The lexicon took the first actor it knows, but the clause has it as its object ("Het kabinet zal de Kamer
            // informeren": the Kamer is informed, the kabinet informs): keep the clause's roles.
            return new Proposition(subject, known.Predicate ?? clause.Predicate, actor, negated);
        }

        if (subject is not null && s_weakNouns.Contains(subject))
        {
            subject = null;
        }

        if (obj is not null && s_weakNouns.Contains(obj))
        {
            obj = null;
        }

        subject = known?.Subject ?? subject;
        obj = known?.Object ?? (obj is not null && !IsPartOf(obj, subject) ? obj : null);
        var predicate = known?.Predicate ?? clause.Predicate;
        return predicate is null && obj is null ? known : new Proposition(subject, predicate, obj, negated);
    }
}
