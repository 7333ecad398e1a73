"""Rule-based PRE-suggestion of entity spans for the NER gold set.

These suggestions are only a starting point: every sentence was read and its spans corrected by hand
(see ../README.md). Type codes: PER PTY GOV ORG LOC LAW DAT MON QTY DOC MSC, and "?" for a capitalised
chunk the rules cannot type (the annotator must resolve every "?").
"""
import re

CODES = {"PER": "Person", "PTY": "Party", "GOV": "GovernmentBody", "ORG": "Organization", "LOC": "Location",
         "LAW": "Law", "DAT": "Date", "MON": "Money", "QTY": "Quantity", "DOC": "DocumentReference", "MSC": "Misc"}
TYPES = {v: k for k, v in CODES.items()}

UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
LO = "a-zß-öø-ÿā-ž"
W = "[%s%s0-9’'`-]" % (UP, LO)
CAP = "[%s][%s%s0-9’'\u0300-\u036f-]*" % (UP, UP, LO)

PARTIES = ["GroenLinks-PvdA", "GL-PvdA", "VVD", "PVV", "CDA", "D66", "SP", "PvdA", "GroenLinks", "PvdD",
           "Partij voor de Dieren", "ChristenUnie", "SGP", "DENK", "Volt", "JA21", "FvD", "Forum voor Democratie",
           "BBB", "BoerBurgerBeweging", "NSC", "Nieuw Sociaal Contract", "50PLUS", "BIJ1", "Groep Van Haga",
           "BVNL", "Belang van Nederland", "Groep Markuszower"]

GOV = [
    "Tweede Kamer der Staten-Generaal", "Eerste Kamer der Staten-Generaal", "Tweede Kamer", "Eerste Kamer",
    "Staten-Generaal", "Belastingdienst/Toeslagen", "Belastingdienst", "Dienst Toeslagen", "UWV", "SVB",
    "Sociale Verzekeringsbank", "DUO", "CBR", "RDW", "IND", "COA", "Openbaar Ministerie", "OM", "Raad van State",
    "Hoge Raad", "Nationale Politie", "NZa", "Nederlandse Zorgautoriteit", "IGJ", "Inspectie Gezondheidszorg en Jeugd",
    "ILT", "Inspectie Leefomgeving en Transport", "NVWA", "Nederlandse Voedsel- en Warenautoriteit",
    "Autoriteit Persoonsgegevens", "AP", "ACM", "Autoriteit Consument en Markt", "AFM", "DNB", "De Nederlandsche Bank",
    "CBS", "Centraal Bureau voor de Statistiek", "RIVM", "Rijkswaterstaat", "KNMI", "CPB", "PBL", "SCP",
    "Algemene Rekenkamer", "Nationale ombudsman", "Kiesraad", "NCTV", "AIVD", "MIVD", "Koninklijke Marechaussee",
    "KMar", "Zorginstituut Nederland", "Zorginstituut", "GGD", "GGD'en", "Staatsbosbeheer", "Rijksvastgoedbedrijf",
    "RVO", "Rijksdienst voor Ondernemend Nederland", "Europese Commissie", "Europees Parlement", "Europese Raad",
    "Raad van de Europese Unie", "Europese Unie", "EU", "Europese Centrale Bank", "ECB", "Europol", "Frontex",
    "Hof van Justitie", "College voor de Rechten van de Mens", "NFI", "Nederlands Forensisch Instituut",
    "Inspectie van het Onderwijs", "Onderwijsinspectie", "Inspectie Justitie en Veiligheid", "Defensie",
    "Rijksoverheid", "Rijk", "kabinet", "regering", "politie", "Kamer", "Centrale Raad van Beroep",
    "College van Beroep voor het bedrijfsleven", "Staat", "Provinciale Staten", "Gedeputeerde Staten",
    "Justitiële Informatiedienst", "Dienst Justitiële Inrichtingen", "DJI", "Reclassering Nederland", "Reclassering",
    "Raad voor de Kinderbescherming", "NCSC", "Nationaal Cyber Security Centrum", "ProRail", "Justis",
    "Inspectie SZW", "Nederlandse Arbeidsinspectie", "Arbeidsinspectie", "Kansspelautoriteit", "ksa",
    "Agentschap Telecom", "Rijksinspectie Digitale Infrastructuur", "RDI", "Logius", "Rijksdienst voor Identiteitsgegevens",
    "RvIG", "CAK", "Kinderombudsman", "Raad voor de rechtspraak", "Rechtspraak", "Nederlandse Emissieautoriteit", "NEa",
    "Staatstoezicht op de Mijnen", "SodM", "Adviesraad Migratie", "Onderzoeksraad voor Veiligheid", "OVV",
    "Gezondheidsraad", "Ministerraad", "ministerraad", "Dienst Justis", "Zorgautoriteit",
]
MINISTRY_ABBR = ["BZK", "JenV", "J&V", "VWS", "OCW", "SZW", "EZK", "EZ", "LNV", "IenW", "I&W", "BZ", "BHO", "BuZa",
                 "Fin", "KGG", "VRO", "AenM", "AZ", "Financiën", "Defensie", "Justitie", "Buitenlandse Zaken"]
ORG = ["NOS", "RTL Nieuws", "RTL", "NRC", "de Volkskrant", "De Volkskrant", "Volkskrant", "Trouw", "AD", "Algemeen Dagblad",
       "De Telegraaf", "Telegraaf", "Het Parool", "Parool", "Follow the Money", "EenVandaag", "Nieuwsuur", "Pointer",
       "Zembla", "NU.nl", "Nu.nl", "Omroep Brabant", "L1", "NPO", "VN", "Verenigde Naties", "NAVO", "WHO", "OESO",
       "IMF", "Wereldbank", "UNHCR", "UNICEF", "Rode Kruis", "Amnesty International", "Greenpeace", "Rabobank",
       "ING", "ABN AMRO", "Shell", "Tata Steel", "Schiphol", "KLM", "NS", "VNG", "Vereniging van Nederlandse Gemeenten",
       "IPO", "Unie van Waterschappen", "TNO", "Universiteit Twente", "Vrije Universiteit", "Universiteit van Amsterdam",
       "Universiteit Utrecht", "Universiteit Leiden", "Erasmus Universiteit", "IEA", "IPCC", "Internationaal Strafhof",
       "Internationaal Gerechtshof", "EHRM", "Raad van Europa", "Vektis", "ZN", "Zorgverzekeraars Nederland",
       "KNMG", "LHV", "Atradius DSB", "Atradius Dutch State Business", "ADSB", "Boskalis", "Van Oord", "Google",
       "Meta", "Facebook", "Microsoft", "Apple", "TikTok", "X", "Twitter", "Clearview AI", "Clearview", "Temu", "TEMU",
       "Hamas", "Hezbollah", "UNRWA", "Europese Investeringsbank", "FNV", "CNV", "VNO-NCW", "MKB-Nederland",
       "Aidsfonds", "Both Ends", "Nationale Nederlanden", "Achmea", "VGZ", "CZ", "Menzis", "Zilveren Kruis", "DSW",
       "Hartvannederland.nl", "Eerlijke Geldwijzer", "World Weather Attribution", "Nederlands Jeugdinstituut", "NJi",
       "Rutgers", "Nictiz", "Pharos", "Movisie", "Trimbos-instituut", "Trimbos", "Universiteit Maastricht", "Maastricht University"]
LOC = ["Nederland", "Caribisch Nederland", "Europees Nederland", "België", "Duitsland", "Frankrijk", "Spanje", "Italië",
       "Verenigd Koninkrijk", "Engeland", "Ierland", "Denemarken", "Zweden", "Noorwegen", "Finland", "Polen", "Oostenrijk",
       "Zwitserland", "Portugal", "Griekenland", "Turkije", "Rusland", "Oekraïne", "Wit-Rusland", "Belarus", "China",
       "Japan", "India", "Pakistan", "Afghanistan", "Iran", "Irak", "Syrië", "Libanon", "Israël", "Gaza", "Gazastrook",
       "Westelijke Jordaanoever", "Palestina", "Egypte", "Marokko", "Tunesië", "Libië", "Algerije", "Eritrea", "Ethiopië",
       "Somalië", "Soedan", "Zuid-Soedan", "Jemen", "Saoedi-Arabië", "Qatar", "Verenigde Staten", "VS", "Amerika",
       "Canada", "Mexico", "Brazilië", "Argentinië", "Venezuela", "Suriname", "Indonesië", "Filipijnen", "Malediven",
       "Mozambique", "Thailand", "Vietnam", "Myanmar", "Taiwan", "Hongkong", "Georgië", "Armenië", "Azerbeidzjan",
       "Nagorno-Karabach", "Europa", "Azië", "Afrika", "Midden-Oosten", "Caribisch gebied", "Aruba", "Curaçao",
       "Sint Maarten", "Bonaire", "Sint Eustatius", "Saba", "Limburg", "Noord-Brabant", "Brabant", "Zeeland",
       "Zuid-Holland", "Noord-Holland", "Utrecht", "Gelderland", "Overijssel", "Drenthe", "Groningen", "Friesland",
       "Fryslân", "Flevoland", "Amsterdam", "Rotterdam", "Den Haag", "’s-Gravenhage", "Eindhoven", "Maastricht",
       "Tilburg", "Breda", "Nijmegen", "Arnhem", "Zwolle", "Amersfoort", "Leiden", "Haarlem", "Almere", "Heerlen",
       "Venlo", "Roermond", "Sittard", "Sittard-Geleen", "Kerkrade", "Valencia", "Dubai", "Brussel", "Straatsburg",
       "Genève", "Parijs", "Berlijn", "Londen", "Washington", "Moskou", "Kyiv", "Kiev", "Ter Apel", "Vlaanderen",
       "Noord-Nederland", "Randstad", "Oost-Europa", "West-Europa", "Schengen", "Xinjiang", "Hongarije", "Tsjechië",
       "Roemenië", "Bulgarije", "Kroatië", "Servië", "Bosnië", "Kosovo", "Albanië", "Estland", "Letland", "Litouwen",
       "Cyprus", "Malta", "Luxemburg", "Slowakije", "Slovenië", "Noord-Korea", "Zuid-Korea", "Australië", "Nigeria",
       "Ghana", "Kenia", "Oeganda", "Rwanda", "Congo", "Zuid-Afrika", "Colombia", "Chili", "Peru", "Cuba", "Haïti"]
LAW_ABBR = ["AVG", "GDPR", "EVRM", "Wpg", "Wmo", "Wmo 2015", "Zvw", "Wlz", "Awb", "Woo", "Wob", "BW", "Sr", "Sv", "Wet BIG",
            "WIA", "WW", "AOW", "Wajong", "Participatiewet", "Grondwet", "Wbp", "Wjsg", "Wvggz", "Wzd", "Wkkgz", "Wtza",
            "Wpo", "Wvo", "Whw", "Wet BRP", "Opiumwet", "Vreemdelingenwet", "Vreemdelingenwet 2000", "WvSr", "WvSv",
            "Awir", "AWR", "Wet DBA", "Wkb", "Wro", "Omgevingswet", "Kieswet", "Mediawet", "Jeugdwet", "Wiv",
            "Wiv 2017", "Wbni", "Wgt", "VWEU", "VEU", "Handvest", "Verdrag van Wenen", "Vluchtelingenverdrag", "Wmg",
            "Geneesmiddelenwet", "Gemeentewet", "Provinciewet", "Huisvestingswet", "Woningwet", "Waterwet", "Wnb",
            "Natuurbeschermingswet", "Wet natuurbescherming", "Warenwet", "Tabaks- en rookwarenwet", "Wet open overheid",
            "Wet openbaarheid van bestuur", "Algemene wet bestuursrecht", "Algemene Wet Bestuursrecht", "IVRK", "Ontbossingswet",
            "CSRD", "CSDDD", "DSA", "DMA", "AI Act", "AI-verordening", "NIS2", "NIS2-richtlijn", "ADR"]
NATIONALITY = re.compile(r"\b(?:[%s][%s]+(?:ische|iaanse|aanse|eense|ense|se|sche|ees)|Europees|Nederlands|Engels|Frans|Duits)\b" % (UP, LO))
NAT_OK = re.compile(r"^(?:Nederlandse|Nederlands|Europese|Europees|Israëlische|Palestijnse|Amerikaanse|Duitse|Belgische|Franse|Britse|"
                    r"Chinese|Russische|Oekraïense|Turkse|Marokkaanse|Syrische|Iraanse|Iraakse|Afghaanse|Eritrese|Limburgse|"
                    r"Caribische|Antilliaanse|Surinaamse|Indonesische|Japanse|Indiase|Poolse|Spaanse|Italiaanse|Zweedse|Deense|"
                    r"Noorse|Finse|Ierse|Griekse|Egyptische|Libanese|Jemenitische|Saoedische|Hongaarse|Roemeense|Bulgaarse|"
                    r"Braziliaanse|Canadese|Australische|Afrikaanse|Aziatische|Arabische|Joodse|Islamitische|Brabantse|"
                    r"Groningse|Friese|Zeeuwse|Rotterdamse|Amsterdamse|Haagse|Utrechtse|Vlaamse|Waalse|Schotse|Zwitserse|"
                    r"Oostenrijkse|Tsjechische|Servische|Kroatische|Baltische|Scandinavische|Westerse|Oeigoerse|Thaise|"
                    r"Koerdische|Armeense|Georgische|Azerbeidzjaanse|Taiwanese|Koreaanse|Vietnamese|Mexicaanse|Colombiaanse|"
                    r"Venezolaanse|Cubaanse|Nigeriaanse|Somalische|Soedanese|Ethiopische|Libische|Tunesische|Algerijnse|"
                    r"Belarussische|Wit-Russische|Litouwse|Letse|Estse|Slowaakse|Sloveense|Portugese|Luxemburgse|Maltese|"
                    r"Cypriotische|Albanese|Bosnische|Kosovaarse|Noord-Koreaanse|Zuid-Koreaanse|Zuid-Afrikaanse|Engelse|"
                    r"Nederlandstalige|Europeesrechtelijke|Caribisch)$")
MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
NUMWORDS = ("twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|"
            "achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|"
            "honderden|duizenden|tientallen|honderdduizenden|miljoenen|een derde|twee derde|een kwart|driekwart|"
            "vijfentwintig|vijftig")
QUAL = r"(?:(?:ruim|circa|ca\.|ongeveer|bijna|zo’n|zo'n|rond de|rond|meer dan|minder dan|ten minste|tenminste|minimaal|maximaal|tot|nog geen|een kleine|enkele|ruwweg|gemiddeld)\s)?"
NOUN_STOP = {"en", "of", "van", "de", "het", "in", "op", "is", "zijn", "per", "tot", "aan", "voor", "met", "te", "die",
             "dat", "wordt", "worden", "was", "waren", "heeft", "hebben", "om", "bij", "uit", "na", "als", "dan", "ook",
             "nog", "al", "niet", "er", "door", "naar", "over", "zal", "zou", "kan", "werd", "jaar", "per", "nr", "t/m"}
UNITS = r"(?:%|procent|procentpunt|km|kilometer|meter|m2|m3|m²|m³|cm|mm|kg|kilo|kilogram|gram|ton|liter|uur|uren|minuten|minuut|seconden|dagen|dag|weken|week|maanden|maand|jaren|jaar|keer|maal|MW|GW|kWh|MWh|TWh|Mton|megaton|hectare|ha|°C|graden|decibel|dB|euro)"


def _add(spans, s, e, t):
    for (a, b, _) in spans:
        if s < b and a < e:
            return False
    spans.append((s, e, t))
    return True


def _addre(spans, text, pattern, t, group=0, flags=0):
    for m in re.finditer(pattern, text, flags):
        if m.group(group) is None:
            continue
        s, e = m.span(group)
        # trim
        while e > s and text[e - 1] in " ,.;:)»":
            if text[e - 1] == ")" and text[s:e].count("(") >= text[s:e].count(")"):
                break
            e -= 1
        if e > s:
            _add(spans, s, e, t)


def _names_re(names):
    names = sorted(set(names), key=len, reverse=True)
    return r"(?<![%s%s0-9])(?:%s)(?![%s%s0-9])" % (UP, LO, "|".join(re.escape(n) for n in names), UP, LO)


PARTY_RE = _names_re(PARTIES)
GOV_RE = _names_re(GOV)
ORG_RE = _names_re(ORG)
LOC_RE = _names_re(LOC)
LAW_RE = _names_re(LAW_ABBR)
TUSSEN = r"(?:(?:van der|van den|van de|van ’t|van|de|der|den|ter|ten|te|in ’t|’t|el|El|Van der|Van den|Van de|Van|De|Der|Den|Ter|Ten|Te|Le|La|Da|Di|Dos|Du)\s)"
SURNAME = r"%s*%s(?:\s?[-–]\s?%s*%s)*" % (TUSSEN, CAP, TUSSEN, CAP)
NAME = r"(?:%s\s)?%s" % (CAP, SURNAME)


def suggest(text):
    spans = []
    # 1. document references
    _addre(spans, text, r"https?://\S+|www\.\S+", "DOC")
    _addre(spans, text, r"(?:Kamerstuk(?:ken)?(?: I{1,2})?(?: \d{4}[/–-]\d{2,4})?,? )?\d{2} \d{3}(?:-[A-Z]+)?(?:,? [IVXLC]+)?,? (?:nr|nrs)\. \d+(?: (?:en|t/m) \d+)?", "DOC")
    _addre(spans, text, r"Aanhangsel (?:van de )?Handelingen(?: I{1,2})?,? (?:vergaderjaar )?\d{4}[–-]\d{4},? (?:nr\. )?\d+", "DOC")
    _addre(spans, text, r"Handelingen I{1,2} \d{4}/\d{2}, nr\. \d+(?:, item \d+)?", "DOC")
    _addre(spans, text, r"\b\d{4}[ZD]\d{5}\b", "DOC")
    _addre(spans, text, r"\b(?:ah|kv)-tk-\S+", "DOC")
    _addre(spans, text, r"ECLI:[A-Z]{2}:[A-Z]+:\d{4}:[A-Z0-9.]+", "DOC")
    # 2. money
    _addre(spans, text, QUAL + r"(?:€|EUR)\s?\d[\d.,]*(?:\s?(?:miljoen|miljard|mln|mld|duizend)\.?)?(?:\s?(?:-|tot|en)\s?(?:€\s?)?\d[\d.,]*(?:\s?(?:miljoen|miljard))?)?", "MON")
    _addre(spans, text, QUAL + r"\b\d[\d.,]*\s?(?:miljoen|miljard|duizend)?\s?euro\b", "MON")
    # 2b. laws with a year in their name
    _addre(spans, text, r"\b[%s][%s]+(?:wet|besluit)\s(?:19|20)\d{2}\b" % (UP, LO), "LAW")
    _addre(spans, text, r"\b(?:Wmo|Wiv|Vreemdelingenwet|Huisvestingswet|Wet [a-z]+)\s(?:19|20)\d{2}\b", "LAW")
    # 3. dates
    dmod = r"(?:(?:begin|eind|einde|medio|half|midden|voorjaar|najaar|zomer|winter|herfst|lente|het eerste kwartaal van|eerste kwartaal van|tweede kwartaal van|derde kwartaal van|vierde kwartaal van)\s(?:van\s)?)?"
    wd = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s)?"
    _addre(spans, text, wd + r"\b\d{1,2}(?:\s?(?:en|t/m|tot|-|–)\s?\d{1,2})?\s(?:%s)(?:\s\d{4})?(?:\sjl\.)?" % MONTHS, "DAT")
    _addre(spans, text, dmod + r"\b(?:%s)(?:\s(?:van\s)?\d{4})?\b" % MONTHS, "DAT", flags=re.I)
    _addre(spans, text, r"\b(?:vergaderjaar|begrotingsjaar|schooljaar|studiejaar)\s\d{4}[/–-]\d{2,4}", "DAT")
    _addre(spans, text, dmod + r"\b(?:19|20)\d{2}(?:\s?[/–-]\s?(?:19|20)?\d{2})?\b(?![.,]\d)", "DAT", flags=re.I)
    _addre(spans, text, r"\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b", "DAT")
    # 4. quantities
    _addre(spans, text, QUAL + r"(?:tussen (?:de )?)?\d[\d.,]*(?:\s?(?:en|tot|à|-|–)\s?\d[\d.,]*)?\s?(?:miljoen|miljard)?\s?%s(?![%s])" % (UNITS, LO), "QTY")
    for m in re.finditer(QUAL + r"\b(\d[\d.,]*|%s)\b(?:\s(?:miljoen|miljard))?\s([%s]+)" % (NUMWORDS, LO), text):
        s, e = m.start(), m.end()
        if m.group(2) in NOUN_STOP:
            e = m.end(1)
        if re.fullmatch(r"\d+", m.group(1)) and re.search(r"(vraag|vragen|artikel|art\.|nr\.|lid|onderdeel|bijlage|fase|stap|punt|pagina|blz\.)\s$", text[max(0, s - 15):s], re.I):
            continue
        _add(spans, s, e, "QTY")
    # 5. office titles -> portfolio as GOV, name after title -> PER
    port = r"((?:[%s][%s’'-]*|[A-Z]+(?:en|&)[A-Z]+)(?:(?:,\s|\sen\s|\s–\s|\s)(?:[%s][%s’'-]*))*)" % (UP, LO + UP, UP, LO + UP)
    for m in re.finditer(r"\b(?:[Mm]inisters?|[Ss]taatssecretariss?(?:en)?|[Bb]ewindspersonen)\s(?:van|voor)\s" + port, text):
        _add(spans, m.start(1), m.end(1), "GOV")
    for m in re.finditer(r"\b(?:[Mm]inisters?|[Ss]taatssecretariss?(?:en)?)\s(?:van|voor)\s[^()]*?\sen\s(?:van|voor)\s" + port, text):
        _add(spans, m.start(1), m.end(1), "GOV")
    for m in re.finditer(r"\b(?:Minister|Staatssecretaris|minister|staatssecretaris)\s%s\s\(([^()]+)\)" % NAME, text):
        _add(spans, m.start(1), m.end(1), "GOV")
    for m in re.finditer(r"\b(?:[Mm]inisterie|[Mm]inisteries)\s(?:van\s)?" + port, text):
        _add(spans, m.start(), m.end(), "GOV")
    for m in re.finditer(r"\b(?:gemeente|provincie|rechtbank|gerechtshof|Gerechtshof|Rechtbank|Gemeente|Provincie|waterschap|Waterschap|veiligheidsregio|Veiligheidsregio)\s(%s(?:[-\s]%s)*)" % (CAP, CAP), text):
        _add(spans, m.start(), m.end(), "GOV")
    # 6. persons
    for m in re.finditer(r"\b(?:[Hh]et lid|[Dd]e leden|lid|leden|[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president|premier|[Dd]e heer|[Mm]evrouw|dhr\.|mw\.|mevr\.|[Bb]urgemeester|[Ww]ethouder|[Cc]ommissaris|[Pp]resident|[Kk]amerlid|[Oo]ud-[a-z]+|[Vv]oorzitter|[Hh]oogleraar|[Pp]rofessor|prof\.|dr\.|mr\.|[Ww]oordvoerder|[Ee]urocommissaris|[Rr]apporteur|[Ff]ormateur|[Ii]nformateur|collega|[Aa]mbassadeur|[Dd]irecteur|[Vv]oormalig lid)\s(%s(?:\s?(?:,|en)\s%s)*)" % (NAME, NAME), text):
        sub = m.group(1)
        base = m.start(1)
        for n in re.finditer(NAME, sub):
            if n.group(0) in ("Kamer", "Minister", "Staatssecretaris") or re.fullmatch(r"(?:van|voor|de|en)", n.group(0)):
                continue
            _add(spans, base + n.start(), base + n.end(), "PER")
    for m in re.finditer(r"(%s)\s?\((?:beiden |allen )?(%s)\)" % (NAME, "|".join(re.escape(p) for p in sorted(PARTIES, key=len, reverse=True))), text):
        _add(spans, m.start(1), m.end(1), "PER")
    # 7. gazetteers
    _addre(spans, text, r"(?<![%s%s])(%s)-?fractie\b" % (UP, LO, "|".join(re.escape(p) for p in PARTIES)), "PTY")
    _addre(spans, text, PARTY_RE, "PTY")
    _addre(spans, text, r"\bkabinet-[%s]\S+" % UP, "GOV")
    _addre(spans, text, r"(?:Inspectie|Autoriteit|Raad|College|Dienst|Rijksdienst|Agentschap|Commissie|Ombudsman)(?:\s(?:voor|van|en|de|het|der)?\s?[%s][%s-]+)+" % (UP, LO + UP), "?")
    _addre(spans, text, GOV_RE, "GOV")
    _addre(spans, text, r"\b(?:%s)\b" % "|".join(re.escape(a) for a in MINISTRY_ABBR), "GOV")
    _addre(spans, text, ORG_RE, "ORG")
    _addre(spans, text, LOC_RE, "LOC")
    _addre(spans, text, LAW_RE, "LAW")
    _addre(spans, text, r"\b(?:Wet|Besluit|Regeling|Verordening|Richtlijn|Verdrag|Wetboek)\s(?:[%s(]\S*\s?){0,6}" % (LO + UP), "LAW")
    _addre(spans, text, r"\b[%s][%s]+(?:wet|besluit|verdrag|wetboek)\b" % (UP, LO), "LAW")
    # 8. nationalities / adjectives of place names
    for m in NATIONALITY.finditer(text):
        if NAT_OK.match(m.group(0)):
            _add(spans, m.start(), m.end(), "MSC")
    # 9. other capitalised chunks -> "?"
    for m in re.finditer(r"(?<![%s%s0-9])((?:%s|[A-Z]{2,}[a-z]*)(?:(?:\s(?:van|voor|de|der|den|het)){0,2}\s(?:%s))*)" % (UP, LO, CAP, CAP), text):
        s, e = m.span(1)
        chunk = m.group(1)
        sent_initial = s == 0 or re.search(r"(?:[.?!:]\s|^[«‘“(\"]|[«‘“(]\s?)$", text[max(0, s - 3):s]) is not None
        if sent_initial and " " not in chunk and not re.fullmatch(r"[A-Z][A-Z0-9&-]+[a-z]?", chunk):
            continue
        if sent_initial and " " in chunk:
            # drop the first word of a multiword chunk starting a sentence unless the pair looks like a name
            first, rest = chunk.split(" ", 1)
            if first in ("De", "Het", "Een", "In", "Op", "Uit", "Voor", "Bij", "Met", "Volgens", "Naast", "Door", "Na",
                         "Als", "Ook", "Dit", "Deze", "Dat", "Wat", "Hoe", "Welke", "Waarom", "Wanneer", "Kunt", "Bent",
                         "Is", "Zijn", "Heeft", "Hebben", "Wordt", "Worden", "Vindt", "Deelt", "Klopt", "Zo", "Ja", "Nee",
                         "Tot", "Over", "Onder", "Sinds", "Vanuit", "Aan", "Om", "Binnen", "Tijdens", "Namens", "Per", "Zoals",
                         "Hierbij", "Daarbij", "Daarnaast", "Verder", "Tevens", "Ik", "Wij", "U", "Het", "Er", "Vanaf"):
                s = s + len(first) + 1
                chunk = rest
                if not chunk or chunk.split(" ")[0] in ("van", "de", "en", "het", "voor"):
                    continue
        if chunk in ("Vraag", "Antwoord", "Minister", "Staatssecretaris", "Ministers", "Staatssecretarissen", "U",
                     "Uw", "Zie", "Kamerlid", "Kamerleden", "Kamerbrief", "Kamervragen", "Kamerstuk", "Kamerstukken",
                     "Minister-president", "Handelingen", "Aanhangsel", "Kamerdebat", "Kamermotie", "Kamervragen",
                     "Ik", "Het", "De", "Een", "In", "Zo", "II", "I"):
            continue
        if not _add(spans, s, s + len(chunk), "?"):
            for w in re.finditer(r"(?<![%s%s0-9])(?:%s|[A-Z]{2,}[a-z]*)" % (UP, LO, CAP), chunk):
                if w.group(0) not in ("Vraag", "Antwoord", "Minister", "Staatssecretaris", "Kamer", "De", "Het", "Een"):
                    _add(spans, s + w.start(), s + w.end(), "?")
    spans.sort()
    return [{"start": s, "end": e, "type": t, "text": text[s:e]} for (s, e, t) in spans]


def render(text, ents):
    out, pos = [], 0
    for e in sorted(ents, key=lambda x: x["start"]):
        out.append(text[pos:e["start"]])
        code = e["type"] if e["type"] in CODES or e["type"] == "?" else TYPES[e["type"]]
        out.append("⟦%s|%s⟧" % (text[e["start"]:e["end"]], code))
        pos = e["end"]
    out.append(text[pos:])
    return "".join(out)


def parse_markup(markup):
    """Inverse of render: returns (text, entities) with full type names."""
    text, ents, pos = [], [], 0
    i, n = 0, 0
    out = ""
    for m in re.finditer(r"⟦(.*?)\|([A-Z?]{1,3})⟧", markup):
        out += markup[i:m.start()]
        s = len(out)
        out += m.group(1)
        ents.append({"start": s, "end": len(out), "type": m.group(2), "text": m.group(1)})
        i = m.end()
    out += markup[i:]
    return out, ents
