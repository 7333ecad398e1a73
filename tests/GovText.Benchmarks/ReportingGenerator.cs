using System.Globalization;
using System.Text;
using GovText.Claims;
using GovText.Documents.Reporting;
using GovText.Documents.Text;

namespace GovText.Benchmarks;

/// <summary>Generates Dutch reporting sentences for index benchmarks (deterministic; the real claim pipeline runs on them).</summary>
public static class ReportingGenerator
{
    private static readonly string[] s_actors =
        ["de Nationale Politie", "de politie", "de Belastingdienst", "het UWV", "de FBI", "de gemeente Utrecht", "het Openbaar Ministerie", "de douane", "de IND", "het Ministerie van Justitie en Veiligheid"];

    private static readonly string[] s_objects =
        ["Clearview AI", "Palantir", "Microsoft", "Google", "Pegasus", "Huawei", "Amazon", "Oracle", "Accenture", "Capgemini"];

    private static readonly string[] s_templates =
    [
        "{A} heeft volgens uitgelekte gegevens {n} keer gebruik gemaakt van de software van {O}.",
        "{A} werkt sinds {y} samen met {O}, meldt een woordvoerder.",
        "Uit onderzoek van {R} blijkt dat {a} tussen de {n} en {m} keer de diensten van {O} gebruikte.",
        "{A} heeft in {y} producten afgenomen van {O}.",
        "Volgens {R} is {a} in {y} benaderd door {O}.",
        "De minister zegt dat {a} nooit gebruik heeft gemaakt van {O}.",
        "Het is niet uit te sluiten dat {a} in de toekomst {O} gebruikt.",
        "{O} maakte in {y} een omzet van {n} miljoen euro.",
        "De Tweede Kamer debatteert volgende week over de inzet van algoritmes door {a}.",
        "Critici vinden dat {a} te weinig toezicht houdt op leveranciers als {O}.",
    ];

    private static readonly string[] s_researchers = ["BuzzFeed News", "de Volkskrant", "NRC", "Follow the Money", "de NOS", "Investico"];

    /// <summary>Articles of <paramref name="sentencesPerArticle"/> sentences, <paramref name="sentences"/> sentences in all.</summary>
    public static IEnumerable<Article> Articles(int sentences, int sentencesPerArticle = 1_000, int seed = 42)
    {
        var rnd = new Random(seed);
        var made = 0;
        var number = 0;
        while (made < sentences)
        {
            var sb = new StringBuilder();
            sb.Append("Datum: ").Append(new DateOnly(2019, 1, 1).AddDays(rnd.Next(0, 2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");
            for (var i = 0; i < sentencesPerArticle && made < sentences; i++, made++)
            {
                var a = s_actors[rnd.Next(s_actors.Length)];
                var n = rnd.Next(2, 90);
                var s = s_templates[rnd.Next(s_templates.Length)]
                    .Replace("{A}", char.ToUpperInvariant(a[0]) + a[1..], StringComparison.Ordinal)
                    .Replace("{a}", a, StringComparison.Ordinal)
                    .Replace("{O}", s_objects[rnd.Next(s_objects.Length)], StringComparison.Ordinal)
                    .Replace("{R}", s_researchers[rnd.Next(s_researchers.Length)], StringComparison.Ordinal)
                    .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{m}", (n + rnd.Next(5, 100)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{y}", rnd.Next(2015, 2025).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                sb.Append(s).Append(i % 4 == 3 ? "\n\n" : " ");
            }

            var source = TextSourceReader.Instance.ReadString(sb.ToString(), $"generated-{number++:D5}.txt");
            yield return Article.FromSource(source);
        }
    }

    /// <summary>The evidence claims of generated reporting, extracted in parallel.</summary>
    public static List<Claim> EvidenceClaims(int sentences, ClaimExtractor? extractor = null) =>
        Articles(sentences).AsParallel().AsOrdered()
            .SelectMany(a => (extractor ?? ClaimExtractor.Default).Extract(a))
            .Where(GovText.Contradictions.ContradictionFinder.IsEvidence)
            .ToList();

    /// <summary>The March 2020 denial, extracted by the real pipeline.</summary>
    public static Claim Denial()
    {
        var source = TextSourceReader.Instance.ReadString("Datum: 2020-03-05\n\n“Voor zover ik heb kunnen nagaan werken er geen Nederlandse opsporingsdiensten samen met Clearview”, antwoordde minister Dekker.", "denial.txt");
        return ClaimExtractor.Default.Extract(ReportingReaderShim(source)).Single(GovText.Contradictions.ContradictionFinder.IsDenial);
    }

    private static Article ReportingReaderShim(GovText.Documents.SourceDocument source) => Article.FromSource(source);
}
