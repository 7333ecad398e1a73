using GovText.Language;

namespace GovText.Claims;

/// <summary>
/// A proposition for any clause, from the Language stage's UPOS tags and lemmas, used when the lexicons know neither
/// the predicate nor the entities: the main verb's lemma (with a separable particle) as predicate, nouns as subject
/// and object ("Etniciteit is nooit geregistreerd" → etniciteit — registreren — ?).
/// </summary>
internal static class GeneralPropositions
{
    private static readonly HashSet<string> s_particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "samen", "op", "af", "aan", "in", "uit", "mee", "door", "toe", "terug", "over", "vast", "voor", "na", "bij", "weg", "tegen",
    };

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

        if (LanguageStage.TryAnalyze(text, 600) is not { } analysed || analysed.Count == 0)
        {
            return known;
        }

        var s = analysed[0];
        var verbIndex = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i].Pos == UPos.SCONJ && verbIndex >= 0)
            {
                break; // main clause only
            }

            if (s[i].Pos == UPos.VERB)
            {
                verbIndex = i;
            }
        }

        string? predicate = known?.Predicate;
        if (predicate is null && verbIndex >= 0)
        {
            var lemma = s[verbIndex].Lemma.ToLowerInvariant();
            var particle = verbIndex > 0 && s[verbIndex - 1].Pos is UPos.ADP or UPos.ADV && s_particles.Contains(s[verbIndex - 1].Text) && !lemma.StartsWith(s[verbIndex - 1].Text, StringComparison.OrdinalIgnoreCase)
                ? s[verbIndex - 1].Text.ToLowerInvariant()
                : null;
            predicate = particle + lemma;
        }

        var nouns = new List<(int Index, string Lemma, string Text)>();
        for (var i = 0; i < s.Count; i++)
        {
            if (s[i].Pos is UPos.NOUN or UPos.PROPN && !s_weakNouns.Contains(s[i].Lemma) && s[i].Text.Length > 2)
            {
                nouns.Add((i, s[i].Lemma.ToLowerInvariant(), s[i].Text));
            }
        }

        var subject = known?.Subject;
        var obj = known?.Object;
        if (subject is null)
        {
            var before = nouns.FirstOrDefault(n => verbIndex < 0 || n.Index < verbIndex);
            subject = before.Lemma;
        }

        if (obj is null)
        {
            // Not the subject again, whether the subject came as a lemma or as the surface text of an entity.
            obj = nouns.Where(n => !IsPartOf(n.Lemma, subject) && !IsPartOf(n.Text, subject)).Select(n => n.Lemma).FirstOrDefault();
        }

        if (obj is null && subject is not null && predicate is not null)
        {
            // intransitive or passive clause: what is affected is the subject ("Etniciteit is nooit geregistreerd").
            (obj, subject) = (subject, null);
        }

        return predicate is null && obj is null ? known : new Proposition(subject, predicate, obj, negated);
    }
}
