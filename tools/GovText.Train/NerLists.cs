using GovText.Language;

namespace GovText.Train;

/// <summary>Hand-written gazetteer entries (written for GovText; no third-party source).</summary>
internal static class NerLists
{
    private static readonly string[] Parties =
    [
        "VVD", "PVV", "CDA", "D66", "SP", "PvdA", "GroenLinks", "GroenLinks-PvdA", "GL-PvdA", "ChristenUnie", "SGP", "PvdD",
        "Partij voor de Dieren", "DENK", "FvD", "FVD", "Forum voor Democratie", "JA21", "BBB", "BoerBurgerBeweging", "NSC",
        "Nieuw Sociaal Contract", "Volt", "50PLUS", "BIJ1", "Partij van de Arbeid", "Socialistische Partij",
        "Volkspartij voor Vrijheid en Democratie", "Partij voor de Vrijheid", "Christen-Democratisch Appèl", 
        "PVV-fractie", "VVD-fractie", "CDA-fractie", "SP-fractie", "D66-fractie", "NSC-fractie", "BBB-fractie",
    ];

    private static readonly string[] Bodies =
    [
        "Tweede Kamer", "Eerste Kamer", "Kamer", "Staten-Generaal", "kabinet", "regering", "Rijksoverheid", "rijksoverheid", "Rijk",
        "politie", "Politie", "douane", "Raad van State", "Openbaar Ministerie", "OM", "Hoge Raad", "Algemene Rekenkamer",
        "Belastingdienst", "UWV", "SVB", "DUO", "CBS", "CPB", "RIVM", "NVWA", "IND", "COA", "NZa", "AP", "Autoriteit Persoonsgegevens",
        "ACM", "AFM", "DNB", "SodM", "Staatstoezicht op de Mijnen", "ILT", "Inspectie Justitie en Veiligheid", "KNMI",
        "Rijkswaterstaat", "RVO", "Defensie", "Koninklijke Marechaussee", "marechaussee", "AIVD", "MIVD", "NCTV", "Kiesraad",
        "EU", "Europese Unie", "Europese Commissie", "Europees Parlement", "Raad van de Europese Unie", "Europese Raad",
        "Hof van Justitie", "ECB", "Provinciale Staten", "Gedeputeerde Staten", "gemeenteraad", "Nationale ombudsman",
        "Justitie en Veiligheid", "Volksgezondheid, Welzijn en Sport", "Asiel en Migratie", "Buitenlandse Zaken",
        "Klimaat en Groene Groei", "Binnenlandse Zaken en Koninkrijksrelaties", "Infrastructuur en Waterstaat",
        "Onderwijs, Cultuur en Wetenschap", "Financiën", "Sociale Zaken en Werkgelegenheid",
        "Buitenlandse Handel en Ontwikkelingshulp", "Economische Zaken", "Economische Zaken en Klimaat",
        "Landbouw, Visserij, Voedselzekerheid en Natuur", "Landbouw, Natuur en Voedselkwaliteit",
        "Volkshuisvesting en Ruimtelijke Ordening", "Algemene Zaken", "Ministerie van Justitie en Veiligheid",
        "Ministerie van Volksgezondheid, Welzijn en Sport", "Ministerie van Asiel en Migratie", "Ministerie van Buitenlandse Zaken",
        "Ministerie van Klimaat en Groene Groei", "Ministerie van Infrastructuur en Waterstaat", "Ministerie van Financiën",
        "Ministerie van Onderwijs, Cultuur en Wetenschap", "Ministerie van Sociale Zaken en Werkgelegenheid",
        "Ministerie van Economische Zaken", "Ministerie van Defensie", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur", "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
        "Ministerie van Algemene Zaken", "Ministerie van Justitie en Veiligheid",
    ];

    private static readonly string[] Organizations =
    [
        "NAVO", "VN", "Verenigde Naties", "NOS", "RTL", "NRC", "AD", "de Volkskrant", "De Telegraaf", "Trouw", "Het Parool",
        "Shell", "NAM", "TikTok", "Meta", "Google", "Facebook", "Twitter", "Apple", "Microsoft", "KLM", "Schiphol", "ProRail", "NS",
        "VNG", "Interpol", "Europol", "WHO", "IMF", "OESO", "OVSE", "Raad van Europa", "Rode Kruis", "Amnesty International",
        "Internationaal Gerechtshof", "Internationaal Strafhof", "ABP",
        "Greenpeace", "FNV", "CNV", "VNO-NCW", "MKB-Nederland", "Booking.com",
    ];

    private static readonly string[] Countries =
    [
        "Nederland", "België", "Duitsland", "Frankrijk", "Verenigd Koninkrijk", "Engeland", "Spanje", "Italië", "Polen",
        "Oostenrijk", "Zwitserland", "Denemarken", "Zweden", "Noorwegen", "Finland", "Ierland", "Portugal", "Griekenland",
        "Hongarije", "Roemenië", "Bulgarije", "Tsjechië", "Slowakije", "Kroatië", "Servië", "Turkije", "Rusland", "Oekraïne",
        "Wit-Rusland", "Belarus", "China", "Japan", "India", "Pakistan", "Afghanistan", "Iran", "Irak", "Syrië", "Israël",
        "Gaza", "Libanon", "Jordanië", "Egypte", "Libië", "Tunesië", "Marokko", "Algerije", "Qatar", "Saudi-Arabië",
        "Verenigde Staten", "VS", "Amerika", "Canada", "Mexico", "Brazilië", "Argentinië", "Suriname", "Curaçao", "Aruba",
        "Sint Maarten", "Bonaire", "Caribisch Nederland", "Europa", "Afrika", "Azië", "Taiwan", "Indonesië", "Australië",
        "Kenia", "Nigeria", "Ethiopië", "Eritrea", "Somalië", "Soedan", "Zuid-Afrika", "Jemen", "Armenië", "Azerbeidzjan",
        "Georgië", "Moldavië", "Litouwen", "Letland", "Estland", "Den Haag", "Amsterdam", "Rotterdam", "Utrecht", "Brussel",
        "Westelijke Jordaanoever", "Oost-Jeruzalem", "Noord-Korea", "Zuid-Korea", "Venezuela", "Colombia",
    ];

    private static readonly string[] Laws =
    [
        "AVG", "Algemene Verordening Gegevensbescherming", "Algemene verordening gegevensbescherming", "WIA", "Wajong", 
        "Awb", "Algemene wet bestuursrecht", "Wmo", "Wmo 2015", "Wlz", "Zvw", "Jeugdwet", "Participatiewet",
        "Omgevingswet", "Grondwet", "VWEU", "Woo", "Wet open overheid", "Wob", "Opiumwet", "Vreemdelingenwet",
        "Vreemdelingenwet 2000", "Klimaatwet", "klimaatwet", "Mijnbouwwet", "Gemeentewet",
        "Sr", "Wetboek van Strafrecht", "Sv", "BW",
        "Burgerlijk Wetboek", "Kieswet", "Arbeidsomstandighedenwet", "Arbowet", "Wet BIG",
        "Algemene Ouderdomswet", "AOW", "Ziektewet", "WW", "Werkloosheidswet", "Wet langdurige zorg", "Zorgverzekeringswet",
    ];

    private static readonly string[] Misc =
    [
        "Nederlandse", "Nederlands", "Nederlanders", "Europese", "Europees", "Russische", "Israëlische", "Chinese", "Turkse",
        "Oekraïense", "Duitse", "Belgische", "Franse", "Britse", "Amerikaanse", "Ierse", "Libische", "Palestijnse", "Iraanse",
        "Syrische", "Afghaanse", "Marokkaanse", "Surinaamse", "Poolse", "Italiaanse", "Spaanse", "Japanse", "Indiase",
        "Engelse", "Engels", "Fries", "Friese", "Limburgse", "Caribische", "Arabische", "Joodse", "Islamitische",
        
    ];

    public static IEnumerable<(string Name, NerGazetteer.Category Category)> All()
    {
        foreach (var x in Parties)
        {
            yield return (x, NerGazetteer.Category.Party);
        }

        foreach (var x in Bodies)
        {
            yield return (x, NerGazetteer.Category.GovernmentBody);
        }

        foreach (var x in Organizations)
        {
            yield return (x, NerGazetteer.Category.Organization);
        }

        foreach (var x in Countries)
        {
            yield return (x, NerGazetteer.Category.Country);
        }

        foreach (var x in Laws)
        {
            yield return (x, NerGazetteer.Category.Law);
        }

        foreach (var x in Misc)
        {
            yield return (x, NerGazetteer.Category.Misc);
        }
    }
}
