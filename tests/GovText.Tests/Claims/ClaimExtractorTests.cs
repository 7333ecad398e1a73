using GovText.Claims;
using GovText.Documents;
using GovText.Documents.Reporting;
using GovText.Tests.Infrastructure;
using Xunit;

namespace GovText.Tests.Claims;

/// <summary>Claims on the real Clearview article (../shared/corpus/reporting) and on the project's demo document.</summary>
public sealed class ClaimExtractorTests
{
    private static readonly Lazy<(Article Article, List<Claim> Claims)> s_clearview = new(() =>
    {
        var article = Article.FromSource(DocumentReader.Default.ReadFile(SharedCorpus.PathOf("corpus/reporting/000_9fa52ae0e61ffb2d.txt")));
        return (article, ClaimExtractor.Default.Extract(article).ToList());
    });

    private static List<Claim> Clearview => s_clearview.Value.Claims;

    /// <summary>An Aanhangsel PDF of ../shared/corpus/pdf, parsed.</summary>
    private static GovText.Parliament.KamervraagDocument Pdf(string name) => Kamervragen.Open(SharedCorpus.PathOf("corpus/pdf/" + name));

    [SharedFact]
    public void Clearview_March2020HedgedDenialByDekker()
    {
        var c = Assert.Single(Clearview, c => c.Text.StartsWith("Voor zover ik heb kunnen nagaan", StringComparison.Ordinal));
        Assert.Equal(ClaimKind.Quote, c.Kind);
        Assert.Equal("Sander Dekker", c.Speaker!.Name);
        Assert.Equal("Minister voor Rechtsbescherming", c.Speaker.Office);
        Assert.Equal(new DateOnly(2020, 3, 1), c.MadeAt!.From);
        Assert.Equal(new DateOnly(2020, 3, 31), c.MadeAt.To);
        Assert.StartsWith("destijds", c.MadeAt.Text, StringComparison.Ordinal);
        Assert.True(c.Negated);
        Assert.Equal(StanceLabel.HedgedDeny, c.Denial);
        Assert.Equal("Voor zover ik heb kunnen nagaan", Assert.Single(c.Hedges));
        Assert.Equal(("Nationale Politie", "samenwerken met", "Clearview AI"), (c.Proposition!.Subject, c.Proposition.Predicate, c.Proposition.Object));
        Assert.Equal(c.Text, s_clearview.Value.Article.Source.TextOf(c.Span));
    }

    [SharedFact]
    public void Clearview_BuitenwegAnswerIsScopedDenial()
    {
        // "antwoordde de minister dat de politie “niet centraal benaderd is …”": a "dat"-clause that is nearly all quotation is
        // the minister's quoted words (session 15, as the blind annotators label it).
        var c = Assert.Single(Clearview, c => c.Text.Contains("niet centraal benaderd is door Clearview", StringComparison.Ordinal) && c.Kind == ClaimKind.Quote);
        Assert.Equal(StanceLabel.ScopedDeny, c.Denial);
        Assert.Contains("niet centraal", c.Qualifiers);
        Assert.Equal("Minister", c.Speaker!.Role);
        Assert.Contains(c.Quantities, q => q.IsZero && q.Unit == "producten");
        Assert.Equal("benaderen", c.Proposition!.Predicate);
    }

    [SharedFact]
    public void Clearview_2021DenialNeverUsed()
    {
        var c = Assert.Single(Clearview, c => c.Text.Contains("nog nooit gebruik heeft gemaakt", StringComparison.Ordinal));
        Assert.Equal(ClaimKind.ReportedSpeech, c.Kind);
        Assert.Equal("Sander Dekker", c.Speaker!.Name);
        Assert.Equal(new DateOnly(2021, 9, 29), c.MadeAt!.From);
        Assert.Equal(StanceLabel.Deny, c.Denial);
        var never = Assert.Single(c.Quantities);
        Assert.True(never.IsZero);
        Assert.Equal(("Nationale Politie", "gebruik maken van", "Clearview AI"), (c.Proposition!.Subject, c.Proposition.Predicate, c.Proposition.Object));
    }

    [SharedFact]
    public void Clearview_51To100FindingAttributedToTheResearch()
    {
        var c = Assert.Single(Clearview, c => c.Text.Contains("tussen de 51 en 100 keer", StringComparison.Ordinal));
        Assert.Equal(ClaimKind.Evidence, c.Kind);
        Assert.Equal("research", c.Speaker!.Role);
        Assert.StartsWith("onderzoek op basis van interne data van Clearview AI", c.Speaker.Name, StringComparison.Ordinal);
        Assert.Equal("volgens Van Ginneken en Bouchallikh", c.Attribution);
        Assert.False(c.Negated);
        var q = Assert.Single(c.Quantities);
        Assert.Equal((51d, (double?)100d, "keer"), (q.Min, q.Max, q.Unit));
        Assert.Equal(("Nationale Politie", "gebruik maken van", "Clearview AI"), (c.Proposition!.Subject, c.Proposition.Predicate, c.Proposition.Object));
    }

    [SharedFact]
    public void Clearview_EmbeddedQuestionsAndPermissionsAreHypothetical()
    {
        Assert.True(Assert.Single(Clearview, c => c.Text.StartsWith("Of de Nederlandse politie", StringComparison.Ordinal)).Hypothetical);
        Assert.True(Assert.Single(Clearview, c => c.Text.StartsWith("Tegen betaling mogen", StringComparison.Ordinal)).Hypothetical);
        Assert.False(Assert.Single(Clearview, c => c.Text.Contains("FBI", StringComparison.Ordinal)).Negated);
    }

    [SharedFact]
    public void Clearview_EllipticalDenialTakesTheQuestion()
    {
        var c = Assert.Single(Clearview, c => c.Text == "dit niet het geval was");
        Assert.Equal(StanceLabel.Deny, c.Denial);
        Assert.Equal("Minister van Justitie en Veiligheid", c.Speaker!.Office);
        Assert.Equal(("Nationale Politie", "Clearview AI"), (c.Proposition!.Subject, c.Proposition.Object));
    }

    [Fact]
    public void DemoDocument_QuotedDenialsInQuestionsAndAnswerStances()
    {
        var doc = Kamervragen.Open(Path.Combine(SharedCorpus.RepoRoot, "corpus", "demo", "ah-tk-20212022-105-demo.txt"));
        var claims = ClaimExtractor.Default.Extract(doc);
        var quoted = claims.Where(c => c.Kind == ClaimKind.QuotedInQuestion).ToList();
        Assert.Equal(2, quoted.Count);
        Assert.Equal("voor zover ik heb kunnen nagaan werken er geen Nederlandse opsporingsdiensten samen met Clearview", quoted[0].Text);
        Assert.Equal(StanceLabel.HedgedDeny, quoted[0].Denial);
        Assert.Equal("Dekker", quoted[0].Speaker!.Name);
        Assert.Equal(new DateOnly(2020, 3, 1), quoted[0].MadeAt!.From);
        Assert.Equal("uw antwoord uit maart 2020", quoted[0].CitedSource);
        Assert.Equal("Minister van Justitie en Veiligheid", quoted[1].Speaker!.Office);
        Assert.Equal(StanceLabel.ScopedDeny, quoted[1].Denial);
        Assert.Equal(quoted[0].Text, doc.Source.TextOf(quoted[0].Span));

        var evidence = Assert.Single(claims, c => c.Kind == ClaimKind.Evidence);
        Assert.Contains(evidence.Quantities, q => q.Min == 51 && q.Max == 100);

        var answer4 = claims.Where(c => c.Kind == ClaimKind.Statement && c.DocumentDate == new DateOnly(2021, 9, 28)).ToList();
        Assert.Contains(answer4, c => c.Denial == StanceLabel.HedgedDeny && c.Text.StartsWith("Voor zover bekend", StringComparison.Ordinal));
        Assert.All(answer4, c => Assert.Equal("Dekker", c.Speaker!.Name));
    }

    [SharedFact]
    public void QuotationsInQuestions_AreAttributedToTheirFrame()
    {
        // "Bent u bekend met het artikel «Aanbieders jeugdzorg komen niet of nauwelijks meer rond» zoals gepubliceerd door de
        // NOS?": a headline of the NOS, not the
        // state secretary's words.
        var title = Assert.Single(ClaimExtractor.Default.Extract(Pdf("ah-tk-20232024-2395_antwoord_crijns.pdf")), c => c.Kind == ClaimKind.QuotedInQuestion);
        Assert.Equal(("Aanbieders jeugdzorg komen niet of nauwelijks meer rond", "het artikel (de NOS)", "publication"), (title.Text, title.Speaker!.Name, title.Speaker.Role));
        // The headline is negated, but it is nobody's denial: the finder does not try to contradict it (session 18).
        Assert.Equal(StanceLabel.Deny, title.Denial);
        Assert.False(GovText.Contradictions.ContradictionFinder.IsDenial(title));
        Assert.True(GovText.Contradictions.ContradictionFinder.IsDenial(title with { Speaker = new Speaker("Maarten van Ooijen", "Staatssecretaris", null, "u") }));

        var quoted = ClaimExtractor.Default.Extract(Pdf("ah-tk-20232024-1980_antwoord_dobbe.pdf")).Where(c => c.Kind == ClaimKind.QuotedInQuestion).ToList();
        // "… met uw eerdere uitspraak «De NZa en Buurtzorg zijn het eens over de stip op de horizon»?": the minister's own words.
        var own = Assert.Single(quoted, c => c.Text.StartsWith("De NZa en Buurtzorg", StringComparison.Ordinal));
        Assert.Equal(("Helder", "Minister"), (own.Speaker!.Name, own.Speaker.Role));
        // "… op de stelling van Jos de Blok dat Duitsland, België en Denemarken «juist terugkomen van …»?": his words.
        var another = Assert.Single(quoted, c => c.Text.StartsWith("juist terugkomen", StringComparison.Ordinal));
        Assert.Equal("Jos de Blok", another.Speaker!.Name);
        Assert.Single(quoted, c => c.Speaker!.Name == "het bericht");
    }

    [Fact]
    public void QuotedTitlesAndTerms_InQuestionsWithoutAnAnswerer()
    {
        const string text = """
            Vragen van het lid Jansen (SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over de huren (ingezonden 3 maart 2025).

            Vraag 1
            Kent u de berichten «Gemeenten kunnen de huren niet meer betalen» en «Woningcorporaties bouwen minder dan beloofd»?

            Vraag 2
            Deelt u de mening dat een «woontoeslag» nodig is, en herinnert u zich uw uitspraak «er komt geen nieuwe toeslag bij»?
            """;
        var claims = ClaimExtractor.Default.Extract(Kamervragen.ParseText(text, "titles.txt"));

        // Both titles are the publications'; the one-word term «woontoeslag» is no statement; "uw uitspraak" is the addressee's.
        Assert.Equal(
            [
                ("de berichten", "publication", "Gemeenten kunnen de huren niet meer betalen"),
                ("de berichten", "publication", "Woningcorporaties bouwen minder dan beloofd"),
                ("Minister van Binnenlandse Zaken en Koninkrijksrelaties", "Minister", "er komt geen nieuwe toeslag bij"),
            ],
            claims.Where(c => c.Kind == ClaimKind.QuotedInQuestion).Select(c => (c.Speaker!.Name, c.Speaker.Role, c.Text)));
    }

    // Negations in answers that deny nothing (session 18): a fronted condition ("Mocht …, dan"; "Wanneer …, <verb> …"), a
    // free relative "wat", "neemt … niet weg", an aside between dashes, a "waarbij" clause whose noun the tagger may read as a
    // verb. The last four stay denials.
    [Theory]
    [InlineData("Mocht de regeling niet toereikend zijn, dan kan het kabinet bezien of er meer nodig is.", null)]
    [InlineData("Wanneer de oorzaak, ondanks gedegen onderzoek, niet kan worden vastgesteld, beslist de commissie in het voordeel van de bewoner.", null)]
    [InlineData("De richtlijn beschrijft wat werkt en wat niet werkt.", null)]
    [InlineData("Een deel van de daling komt door de nieuwe eisen, wat overigens niet mijn zorgen over de trend wegneemt.", null)]
    [InlineData("Dit neemt echter niet weg dat de regering zich betrokken voelt.", null)]
    [InlineData("De partij is – voor zover nog niet verkocht – uit de handel genomen.", null)]
    [InlineData("In 2023 zijn 4.000 beurzen toegekend waarbij het inkomen van een ouder niet is meegewogen.", null)]
    [InlineData("Het kabinet had liever gezien dat de minister bij de top niet aanwezig was.", null)]
    [InlineData("Een verklaring voorziet in de situatie dat een installateur de afvoer niet kan beoordelen.", null)]
    [InlineData("Op het moment dat de bewoner aangeeft het niet eens te zijn met het rapport kan de commissie om advies vragen.", null)]
    [InlineData("Alle niet gelegitimeerde vormen van geweld worden afgekeurd.", null)]
    [InlineData("In haar rapport benadrukt de autoriteit niet zozeer dat het Rijk regie moet nemen, maar dat partijen moeten samenwerken.", null)]
    [InlineData("Daar loop ik niet op vooruit.", null)]
    [InlineData("Het kabinet speculeert niet over hypothetische situaties.", null)]
    [InlineData("Er is over de precieze omvang van deze groep geen inzicht.", null)]
    [InlineData("In totaal is ongeveer 10% van de klanten niet akkoord gegaan met de regeling.", null)]
    [InlineData("Er wordt geen inschatting gemaakt van het onderscheppingspercentage.", null)]
    [InlineData("Een dergelijk overzicht is er niet.", null)]
    [InlineData("Ik bied mijn excuses aan dat het niet gelukt is om de bewoners op tijd te informeren.", null)]
    [InlineData("Op de website worden mensen gewaarschuwd niet van deze diensten gebruik te maken.", null)]
    [InlineData("Zij zijn op de hoogte gesteld over het niet tijdig nemen van een besluit.", null)]
    [InlineData("Die regels gelden niet voor niets.", null)]
    [InlineData("De campagnes «niet appen op de fiets» en «fietsverlichting» richten zich op alle fietsers.", null)]
    [InlineData("Het is niet alleen economisch maar ook maatschappelijk ontwrichtend als producten plotseling niet meer beschikbaar zijn.", null)]
    [InlineData("Zo kan ik ook zien of vooral producenten met een lage score het logo niet gebruiken.", null)]
    [InlineData("Ook bekijkt zij of dit het gewenste effect heeft en zo niet, hoe daarmee om te gaan.", null)]
    [InlineData("Constructiefouten of gebreken worden niet door het fonds gedekt.", StanceLabel.Deny)]
    [InlineData("Dit heeft tot gevolg dat voor windparken met drie of meer turbines niet meer van deze regels kan worden uitgegaan.", StanceLabel.Deny)]
    [InlineData("Het is mij niet bekend dat er sprake van zou zijn dat energiemaatschappijen risico-inschattingen maken naar postcode.", StanceLabel.HedgedDeny)]
    [InlineData("Hoe het welzijn precies vorm krijgt is niet voorgeschreven.", StanceLabel.Deny)]
    [InlineData("Schiphol heeft gevraagd om het aantal passagiers omlaag te brengen en niet gevraagd om vluchten te schrappen.", StanceLabel.Deny)]
    [InlineData("Daarom heb ik ervoor gekozen om deze analyse niet uit te voeren.", StanceLabel.Deny)]
    [InlineData("Zowel het rapport als de enquête geven geen aanleiding een verschuiving te verwachten.", StanceLabel.Deny)]
    [InlineData("Een coulanceregeling is op grond van de huidige wet niet mogelijk.", StanceLabel.Deny)]
    [InlineData("Zo wordt er in het geval van dit project geen hernieuwbare elektriciteit ingezet.", StanceLabel.Deny)]
    [InlineData("Het risico dat de dijk doorbreekt, is niet groot.", StanceLabel.Deny)]
    [InlineData("De dalende trend wat betreft het aantal advocaten is nog niet gekeerd.", StanceLabel.ScopedDeny)]
    [InlineData("Er worden in de regel geen notulen gemaakt van deze bijeenkomsten.", StanceLabel.ScopedDeny)]
    [InlineData("Niet alle gemelde vermoedens van bijwerkingen zijn ook daadwerkelijk bijwerkingen.", StanceLabel.ScopedDeny)]
    [InlineData("Ik verwacht niet dat deze eis leidt tot een vertraging.", StanceLabel.HedgedDeny)]
    [InlineData("De rapporten tonen geen verband aan tussen het aantal dieren en de duur van het proces.", StanceLabel.HedgedDeny)]
    [InlineData("Dat is wat mij betreft niet nodig.", StanceLabel.Deny)]
    [InlineData("Wanneer de aanvraag binnen is, wordt de subsidie niet uitgekeerd.", StanceLabel.Deny)]
    [InlineData("De politie heeft – anders dan gemeld – de software niet gebruikt.", StanceLabel.Deny)]
    public void NegationsOutsideTheMainClauseOfAnAnswer_AreNoDenial(string sentence, StanceLabel? denial) => AssertAnswerDenial(sentence, denial, hypothetical: false);

    // A possibility is not asserted as fact: the claim keeps its denial type but is hypothetical, so the finder skips it.
    [Theory]
    [InlineData("Ook kan het zijn dat de bestaande afvoer niet geschikt is voor de nieuwe ketel.")]
    [InlineData("Het kan voorkomen dat er geen toegang is tot het register van een ander land.")]
    [InlineData("Als er alleen een man aanwezig is, dan kan dit betekenen dat cliënten niet geholpen kunnen worden.")]
    [InlineData("Een stagiair mag niet ingezet worden voor het werk van een werknemer.")]
    [InlineData("Het is niet toegestaan dat regeringen het beleid van de centrale bank beïnvloeden.")]
    public void APossibilityIsHypothetical(string sentence) => AssertAnswerDenial(sentence, StanceLabel.Deny, hypothetical: true);

    // Why a sentence with a negation word is not a denial, as `govtext claims` reports it.
    [Theory]
    [InlineData("Het gaat om geld dat niet is uitgegeven.", "subordinate")]
    [InlineData("Daar loop ik niet op vooruit.", "refusal")]
    [InlineData("Er wordt geen inschatting gemaakt van het onderscheppingspercentage.", "no-information")]
    [InlineData("In totaal is ongeveer 10% van de klanten niet akkoord gegaan met de regeling.", "share")]
    [InlineData("Een stagiair mag niet ingezet worden voor het werk van een werknemer.", "not-asserted")]
    [InlineData("De politie heeft de software niet gebruikt.", null)]
    public void ANegationThatIsNoDenial_SaysWhy(string sentence, string? note)
    {
        var claim = AnswerClaim(sentence);
        Assert.Equal(note, claim.NegationNote);
        Assert.Equal(note is null, GovText.Contradictions.ContradictionFinder.IsDenial(claim));
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            ClaimJson.Write(writer, claim);
        }

        Assert.Equal(note, ClaimJsonReader.Read(System.Text.Json.JsonDocument.Parse(buffer.ToArray()).RootElement).NegationNote);
    }

    /// <summary>The one statement claim of a document whose only answer is <paramref name="sentence"/>.</summary>
    private static Claim AnswerClaim(string sentence)
    {
        var text = $"""
            Vragen van het lid Jansen (SP) aan de Minister van Financiën over de regeling (ingezonden 3 maart 2025).

            Antwoord van Minister De Vries (Financiën) (ontvangen 20 maart 2025).

            Vraag 1
            Klopt het bericht?

            Antwoord 1
            {sentence}
            """;
        return Assert.Single(ClaimExtractor.Default.Extract(Kamervragen.ParseText(text, "answer.txt")), c => c.Kind == ClaimKind.Statement);
    }

    private static void AssertAnswerDenial(string sentence, StanceLabel? denial, bool hypothetical)
    {
        var claim = AnswerClaim(sentence);
        Assert.Equal((sentence, denial, hypothetical), (claim.Text, claim.Denial, claim.Hypothetical));
        Assert.Equal(denial is not null && !hypothetical, GovText.Contradictions.ContradictionFinder.IsDenial(claim));
    }

    [Theory]
    [InlineData("Wat bedoelde u toen u tijdens het vragenuur van 15 oktober jl. zei: «Er is nog geen bericht tot mij gekomen dat het niet klopt»?", "Minister van Binnenlandse Zaken en Koninkrijksrelaties", "Minister")]
    [InlineData("Kloppen de volgende feiten zoals opgetekend door de Volkskrant: «Het ministerie kan geen reden geven voor de beslissing»?", "de Volkskrant", "source")]
    [InlineData("Bent u het eens met professor Evans die in zijn standaardwerk schrijft: «De Raad heeft geen bevoegdheid in deze zaken»?", "professor Evans", "source")]
    [InlineData("Deelt u de vaststelling van het Hof dat «er geen twijfel kan bestaan over de plicht van de staat»?", "het Hof", "source")]
    [InlineData("Wat vindt u van de uitspraak: «Het gaat hier niet om een netwerk van ondernemers»?", "unnamed source", "unknown")]
    public void AQuotationInAQuestion_IsAttributedToWhomTheQuestionNames(string question, string speaker, string role)
    {
        var text = $"""
            Vragen van het lid Jansen (SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over de opvang (ingezonden 3 maart 2025).

            Vraag 1
            {question}
            """;
        var quoted = Assert.Single(ClaimExtractor.Default.Extract(Kamervragen.ParseText(text, "frames.txt")), c => c.Kind == ClaimKind.QuotedInQuestion);
        Assert.Equal((speaker, role), (quoted.Speaker!.Name, quoted.Speaker.Role));
    }

    [Fact]
    public void APredecessorsWords_AreTheOfficesNotTheAnswerersName()
    {
        const string text = """
            Vragen van het lid Jansen (SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties over de opvang (ingezonden 3 maart 2025).

            Vraag 1
            Hoe verhoudt dit zich tot de brief van uw ambtsvoorganger van 12 april 2024, waarin zij schreef: «Er zijn enkele losse signalen ontvangen over tussenpersonen»?
            """;
        var quoted = Assert.Single(ClaimExtractor.Default.Extract(Kamervragen.ParseText(text, "predecessor.txt")), c => c.Kind == ClaimKind.QuotedInQuestion);
        Assert.Equal(("Minister van Binnenlandse Zaken en Koninkrijksrelaties", "uw ambtsvoorganger"), (quoted.Speaker!.Name, quoted.Speaker.Mention));
    }

    [SharedFact]
    public void EllipticalAnswers_TakeTheQuestionsProposition()
    {
        var doc = Pdf("ah-tk-20232024-1893_antwoord_klaver.pdf");
        var claims = ClaimExtractor.Default.Extract(doc);

        // "Nee, dat klopt niet." answers "Klopt het dat er sancties van kracht zijn die … verbieden om het Russische luchtruim binnen te vliegen?"
        var nee = Assert.Single(claims, c => c.Text == "Nee, dat klopt niet.");
        Assert.Equal(StanceLabel.Deny, nee.Denial);
        Assert.StartsWith("er sancties van kracht zijn die het Europese luchtvaartmaatschappijen verbieden", nee.ResolvedStatement, StringComparison.Ordinal);
        Assert.Equal(("verbieden", true), (nee.Proposition!.Predicate, nee.Proposition.Negated));
        Assert.Equal("Nee, dat klopt niet.", doc.Source.TextOf(nee.Span));

        // "Ja." to "Bent u bekend met het NRC artikel «…»?": about knowing the article, so the statement but no content
        // proposition (it must not become evidence that Corendon flies Russian tourists).
        var ja = Assert.Single(claims, c => c.Text == "Ja.");
        Assert.StartsWith("de minister is bekend met het NRC artikel «Reisorganisatie Corendon", ja.ResolvedStatement, StringComparison.Ordinal);
        Assert.Null(ja.Proposition);

        // A sentence that is not elliptical keeps its own text and no resolved statement.
        Assert.All(claims.Where(c => c.Text.Length > 60), c => Assert.Null(c.ResolvedStatement));
    }

    [SharedFact]
    public void NegationsThatDenyNothing_AreNoDenials()
    {
        // Aanhangsel 2023-2024 nr. 1949 (Faber-van de Klashorst, answered by minister Yeşilgöz-Zegerius).
        var doc = Pdf("ah-tk-20232024-1949_antwoord_klashorst.pdf");
        var claims = ClaimExtractor.Default.Extract(doc);

        // Refusals are negative in form but deny nothing a report could contradict.
        var refusal = Assert.Single(claims, c => c.Text.StartsWith("Ik kan, lopende het onderzoek, geen uitspraken doen", StringComparison.Ordinal));
        Assert.True(refusal.Negated);
        Assert.Null(refusal.Denial);
        Assert.Equal("Yeşilgöz-Zegerius", refusal.Speaker!.Name);
        Assert.Null(Assert.Single(claims, c => c.Text.StartsWith("Ik kan dus verder geen antwoord geven op deze vraag", StringComparison.Ordinal)).Denial);

        // The only negation is inside a fronted conditional clause that contains commas: the main clause is positive.
        var conditional = Assert.Single(claims, c => c.Text.StartsWith("Alleen als een minderjarige zodanig opgroeit", StringComparison.Ordinal));
        Assert.False(conditional.Negated);
        Assert.Empty(conditional.NegationCues);
        Assert.Null(conditional.Denial);

        // "het beëindigen van het ouderlijk gezag" is a noun phrase, not the end of a relation.
        var nominal = Assert.Single(claims, c => c.Text.StartsWith("Ontheffing uit de ouderlijke macht", StringComparison.Ordinal));
        Assert.False(nominal.Negated);
        Assert.Null(nominal.AntonymCue);

        // The stance of answers 2 and 3 is a refusal, with the cue's place in the PDF.
        var stance = Assert.Single(ClaimExtractor.Default.Stances(doc), s => s.Numbers.SequenceEqual([2, 3]));
        Assert.Equal(StanceLabel.Refuse, stance.Stance.Label);
        Assert.Equal(1, stance.Cue!.Value.Page);
        Assert.StartsWith("Ik kan, lopende het onderzoek, geen uitspraken", doc.Source.TextOf(stance.Cue.Value), StringComparison.Ordinal);

        // The joint answer was read against both questions it answers.
        Assert.Equal(string.Join("\n", doc.Questions.Where(q => q.Numbers.Contains(2) || q.Numbers.Contains(3)).Select(q => q.Text)), stance.Question);
        Assert.Contains(doc.Questions.Single(q => q.Numbers.Contains(3)).Text, stance.Question, StringComparison.Ordinal);
    }

    [SharedFact]
    public void AnswerStance_DecidesTheSentenceThatCarriesItsCue()
    {
        // Aanhangsel 2023-2024 nr. 1980, answer 5: the denial cue is in sentence 4 ("Het is niet zo dat in de bekostiging
        // een tarief aan een cliëntprofiel wordt gekoppeld."); the first sentence explains and denies nothing.
        var doc = Pdf("ah-tk-20232024-1980_antwoord_dobbe.pdf");
        var stance = Assert.Single(ClaimExtractor.Default.Stances(doc), s => s.Numbers.SequenceEqual([5]));
        Assert.Equal(StanceLabel.Deny, stance.Stance.Label);
        Assert.StartsWith("Het is niet zo dat in de bekostiging", stance.Stance.Cue, StringComparison.Ordinal);

        var claims = ClaimExtractor.Default.Extract(doc);
        var explanation = Assert.Single(claims, c => c.Text.StartsWith("Elke bekostigingssystematiek kent eigen voor- en nadelen", StringComparison.Ordinal));
        Assert.False(explanation.Negated);
        Assert.Null(explanation.Denial);
        var denial = Assert.Single(claims, c => c.Text.StartsWith("Het is niet zo dat in de bekostiging", StringComparison.Ordinal));
        Assert.Equal(StanceLabel.Deny, denial.Denial);
        Assert.Equal(("koppelen", true), (denial.Proposition!.Predicate, denial.Proposition.Negated));

        // Pseudo-negations in the same document set: "Dat neemt niet weg dat …" concedes, it denies nothing.
        var doc2 = Pdf("ah-tk-20232024-1314_antwoord_mutluer-kostic.pdf");
        var concession = Assert.Single(ClaimExtractor.Default.Extract(doc2), c => c.Text.StartsWith("Dat neemt niet weg dat", StringComparison.Ordinal));
        Assert.False(concession.Negated);
        Assert.Null(concession.Denial);
    }

    /// <summary>
    /// Claim-level denials of real answer sentences whose clause structure decides it (Aanhangsel 2023-2024 PDFs):
    /// "die" after a preposition is a determiner, "als" before a role is no conditional, a fronted "Waar/Aangezien …,"
    /// clause holds its negation but ends before an inverted main clause ("wil ik"), so such a claim is positive.
    /// </summary>
    [SharedTheory]
    [InlineData("ah-tk-20232024-1786_antwoord_hirsch-teunissen.pdf", "Om die reden herkent het kabinet zich niet", StanceLabel.Deny)]
    [InlineData("ah-tk-20232024-1786_antwoord_hirsch-teunissen.pdf", "Waar deze effecten niet volledig vermeden", null)]
    [InlineData("ah-tk-20232024-1076_antwoord_haga.pdf", "als Minister heb ik hierin geen rol", StanceLabel.Deny)]
    [InlineData("ah-tk-20232024-1432_antwoord_zanten.pdf", "Waar het gaat om de Code Diversiteit en Inclusie wil ik", StanceLabel.Deny)]
    [InlineData("ah-tk-20232024-1432_antwoord_zanten.pdf", "Aangezien de Code Diversiteit en Inclusie niet voorschrijft", null)]
    public void ClaimLevelDenial_FollowsTheClauseThatHoldsTheNegation(string pdf, string text, StanceLabel? expected)
    {
        var claim = Assert.Single(ClaimExtractor.Default.Extract(Pdf(pdf)), c => c.Text.Contains(text, StringComparison.Ordinal));
        Assert.Equal(expected is not null, claim.Negated); // a negation only inside the fronted clause leaves the main clause positive
        Assert.Equal(expected, claim.Denial);
    }

    [SharedFact]
    public void Entities_IncludeRecognizedNamesWithTheirType()
    {
        var doc = Pdf("ah-tk-20232024-1771_antwoord_nispen.pdf");
        var claims = ClaimExtractor.Default.Extract(doc);
        var entities = claims.SelectMany(c => c.Entities.Select(e => (Claim: c, Entity: e))).ToList();
        var twente = entities.First(x => x.Entity.Text == "Universiteit Twente");
        Assert.Equal("Organization", twente.Entity.Type);
        Assert.InRange(twente.Entity.Score!.Value, 0.5, 1.0);
        Assert.Equal("Universiteit Twente", twente.Claim.Text.Substring(twente.Entity.Start, twente.Entity.Text.Length));
        Assert.Contains(entities, x => x.Entity.Text == "Rotterdam" && x.Entity.Type == "Location");
        Assert.Contains(entities, x => x.Entity.Text == "ILT" && x.Entity.Type == "GovernmentBody");

        var plain = new ClaimExtractor(namedEntities: false).Extract(doc);
        Assert.Equal(claims.Length, plain.Length);
        Assert.All(plain.SelectMany(c => c.Entities), e => Assert.Null(e.Score));
        Assert.Equal(claims.Select(c => c.Proposition), plain.Select(c => c.Proposition));
    }

    [Theory]
    [InlineData("Het kabinet zal de Kamer voor de zomer informeren over de uitkomsten.", "kabinet", "informeren over", "Tweede Kamer")]
    [InlineData("De minister heeft de politie gevraagd om het onderzoek te hervatten.", "minister", "vragen", "Nationale Politie")]
    public void ClaimProposition_KeepsTheClauseRolesWhenTheKnownActorIsTheObject(string text, string subject, string predicate, string obj)
    {
        var article = Article.FromSource(global::GovText.Documents.Text.TextSourceReader.Instance.ReadString(text, "roles.txt"));
        var claim = Assert.Single(ClaimExtractor.Default.Extract(article));
        Assert.Equal((subject, predicate, obj), (claim.Proposition!.Subject, claim.Proposition.Predicate, claim.Proposition.Object));
    }

    [Fact]
    public void BadInput_NoException()
    {
        var empty = Article.FromSource(global::GovText.Documents.Text.TextSourceReader.Instance.ReadString(string.Empty, "empty.txt"));
        Assert.Empty(ClaimExtractor.Default.Extract(empty));
        var longText = string.Join(' ', Enumerable.Repeat("de politie gebruikt geen software", 2_000));
        var article = Article.FromSource(global::GovText.Documents.Text.TextSourceReader.Instance.ReadString(longText, "long.txt"));
        Assert.NotEmpty(ClaimExtractor.Default.Extract(article));
    }
}
