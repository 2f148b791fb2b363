"""Word lists the rules share: capitalised words that are not names, roles, executives."""

from __future__ import annotations

from functools import lru_cache

from pipeline.ids import fold

# Nationality nouns that stand for a person ("the Frenchwoman", "the 51-year-old Dane").
DEMONYMS = """
Spaniard Argentine Argentinian Italian Frenchman Frenchwoman German Dutchman Dutchwoman
Portuguese Englishman Englishwoman Scot Scotsman Scotswoman Welshman Welshwoman Irishman
Irishwoman Brazilian Uruguayan Belgian Croat Croatian Serb Serbian Swiss Austrian Norwegian Dane
Swede Pole Turk Greek Basque Catalan Mexican American Chilean Colombian Paraguayan Peruvian
Japanese Australian Nigerian Ghanaian Senegalese Finn Icelander Slovenian Slovak Czech Hungarian
Romanian Bulgarian Bosnian Montenegrin Albanian Ukrainian Russian Georgian Israeli Egyptian
Moroccan Algerian Tunisian Cameroonian Ivorian Canadian Venezuelan Ecuadorian Bolivian Korean
Chinese Iranian Jamaican Kiwi Venezuelan Galician Andalusian Asturian Swedish Danish Scottish
Welsh Irish English French Dutch Spanish Polish Turkish
Thai Asian European Qatari Saudi Emirati Indonesian Indian Vietnamese Malaysian Finnish Estonian Latvian
Lithuanian Icelandic Kazakh Uzbek Iraqi Jordanian Lebanese Syrian Kuwaiti Bahraini Omani Zambian Kenyan
Tanzanian Ugandan Malian Guinean Congolese Angolan Mozambican Honduran Panamanian Salvadoran Guatemalan
Cuban Haitian Filipino Philippine Singaporean Cypriot Maltese Macedonian Kosovan Belarusian Armenian
Azerbaijani Slovakian Slovene Bosnian Nigerien Beninese Togolese Burkinabe Gabonese Zimbabwean Malawian
African
Gambian Liberian Rwandan Burundian Ethiopian Eritrean Somali Sudanese Libyan Chadian Mauritanian Namibian
Botswanan Malagasy Mauritian Comorian Equatoguinean Nicaraguan Trinidadian Guyanese Surinamese Belizean
Bahamian Barbadian Ecuadorean Pakistani Bangladeshi Nepali Afghan Tajik Kyrgyz Turkmen Mongolian Burmese
Cambodian Laotian Taiwanese Yemeni Palestinian Fijian Moldovan Kosovar Luxembourger Liechtensteiner
Andorran Faroese Sammarinese Monegasque Gibraltarian
""".split()  # noqa: SIM905 — a word list reads best as text
# (the last lines: the demonyms of the other FIFA member countries, as English-language news writes them)
# the nationality words, folded ("german", "italian")
DEMONYM_WORDS = frozenset(d.lower() for d in DEMONYMS)
_DEMONYM_FOLDED = DEMONYM_WORDS

# Capitalised words that start or sit in a capitalised run but are not part of a person's name.
NOT_NAME = (
    frozenset(
        """
a an the this that these those there their they them then than he she his her him it its we
our you your i me my and or but if so as at by for from in into of on onto to with without
after before between during since until while when where who whom whose which what why how however
although though because despite according also even still yet now not no yes all both each
against unlike like behind beyond versus alongside besides including replacing succeeding among amid
throughout regarding via toward towards upon
should could would might must unless whether
every any some many much more most other another such only just again already always never
former current new ex interim caretaker acting permanent assistant assistants head coach coaches manager
goalkeeping goalkeeper fitness conditioning analyst analysts physio
managers boss gaffer chairman chairmen president owner owners director sporting general chief executive
ceo technical sir mr mrs ms dr club clubs team teams side squad squads first senior reserve
reserves youth academy elite development under women women's men's national international
football soccer league
cup liga lig ligue serie premier primera segunda tercera division championship bundesliga
superliga superlig superliga's ekstraklasa allsvenskan superettan eliteserien veikkausliiga
brasileirão brasileirao
eredivisie champions europa conference super world euro euros olympic olympics copa coppa
trophy final finals semi semifinal semifinals quarter round group stage fifa uefa rfef fa efl
mls nwsl wsl afc caf conmebol concacaf spl spfl laliga stadium park arena ground road lane
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december feb apr jul aug sep sept oct nov spring summer
autumn winter christmas easter breaking exclusive report reports official statement press
association sport sports news agency xinhua afp ap reuters bbc sky espn marca relevo bild
kicker gazzetta uk us usa eu north south east west central northern southern english spanish
italian german french portuguese dutch scottish welsh irish american brazilian argentine
argentinian uruguayan mexican belgian croatian serbian swiss austrian danish swedish norwegian
polish czech turkish greek russian ukrainian japanese korean chinese african australian
canadian nigerian ghanaian senegalese moroccan egyptian basque catalan galician andalusian
spaniard frenchman dutchman englishman scot welshman irishman dane swede pole turk
spaniards frenchmen dutchmen englishmen scotsmen welshmen irishmen danes swedes poles turks
advertisement copyright photo getty images video watch read see meet related twitter instagram
facebook pic var vs v fc cf sc ac cd ud sd rcd ssc sl real deportivo wednesday's tuesday's
monday's thursday's friday's saturday's sunday's grand prix day month week year season
campaign game match matches tie derby title titles number legend icon star la el los las le
les il lo di da del de administrator spokesman spokeswoman agent founder investor vice
chairwoman secretary treasurer stadium arena
once having last next born later earlier meanwhile elsewhere either neither asked speaking following
ahead instead currently previously recently eventually initially subsequently ultimately finally
additionally moreover nevertheless nonetheless notably reportedly sadly today yesterday tonight tomorrow
welcome congratulations thanks goodbye farewell hello
dt mister strategist helmsman technician tactician trainer arrives leaves
forward forwards defender defenders midfielder midfielders striker strikers winger wingers
captain skipper
""".split()  # noqa: SIM905 — a word list reads best as text
    )
    | _DEMONYM_FOLDED
    # "considered Colombians Juan Carlos Osorio and Jorge Luis Pinto": a plural demonym before the names
    | frozenset(d + "s" for d in _DEMONYM_FOLDED if d.endswith(("n", "e")))
)

# Demonyms and descriptors that, after "the", refer back to a person ("the Spaniard").
# "technician", "mister", "strategist": the coach, in English translated from Spanish/Italian/Portuguese
DESCRIPTOR_ROLE = (
    # "helmsman": the translated "timonel" / "kormányos" of Spanish and Hungarian papers; "selector": the
    # national coach, translated "seleccionador" / "selecionador" / "selecționer"; "commander": the translated
    # "comandante" of Portuguese papers
    r"manager|coach|head\s+coach|boss|tactician|gaffer|trainer|supremo|technician|mister|strategist|helmsman"
    r"|selector|commander"
)
# The coach's title as translated copy writes it when it heads his post: "was DT of C" (Spanish "director
# técnico"), "selector of the Danish under-21 team" ("seleccionador"), "ex-technician of C" ("técnico",
# "tecnico"), "strategist" ("estratega"), "mister" (Italian); each a head coach's post, like "coach of C"
TRANSLATED_COACH_TITLE = r"(?:technician|strategist|selector|DT|mister|helmsman)"

# Nationalities that name a person ("the Spaniard", "the Malian"); adjectives only ("Swedish",
# "French") are no heads: "the French way" is nobody. Nor are the Gulf's ("the Saudi", "the Qatari"),
# which the press uses for clubs, leagues and money far more than for a man.
_NATIONALITY_NOUNS = (
    r"Spaniard|Argentine|Argentinian|Italian|Frenchman|German|Dutchman|Portuguese|Englishman"
    r"|Scot|Scotsman|Welshman|Irishman|Brazilian|Uruguayan|Belgian|Croat|Croatian|Serbian|Swiss"
    r"|Austrian|Norwegian|Dane|Swede|Pole|Turk|Greek|Basque|Catalan|Mexican|American|Chilean"
    r"|Colombian|Paraguayan|Peruvian|Japanese|Australian|Nigerian|Ghanaian|Senegalese|Serb"
    r"|Frenchwoman|Dutchwoman|Englishwoman|Scotswoman|Welshwoman|Irishwoman|Finn|Icelander|Slovenian"
    r"|Slovak|Czech|Hungarian|Romanian|Bulgarian|Bosnian|Montenegrin|Albanian|Ukrainian|Russian"
    r"|Georgian|Israeli|Egyptian|Moroccan|Algerian|Tunisian|Cameroonian|Ivorian|Canadian|Venezuelan"
    r"|Ecuadorian|Bolivian|Korean|Iranian|Jamaican|Chinese|Kiwi"
    r"|Indonesian|Indian|Vietnamese|Malaysian|Estonian|Latvian|Lithuanian"
    r"|Kazakh|Uzbek|Iraqi|Jordanian|Lebanese|Syrian|Zambian|Kenyan|Tanzanian|Ugandan|Malian|Guinean"
    r"|Congolese|Angolan|Mozambican|Honduran|Panamanian|Salvadoran|Guatemalan|Cuban|Haitian"
    r"|Cypriot|Maltese|Macedonian|Kosovan|Belarusian|Armenian|Slovene|Zimbabwean|Malawian|Gabonese"
    r"|Beninese|Togolese|Burkinabe"
)
DESCRIPTOR_HEADS = (
    r"manager|coach|boss|tactician|gaffer|trainer|mentor|coach|man|supremo|skipper|captain|technician|mister"
    r"|strategist|helmsman|selector|commander"
    r"|[A-Z][a-z]+-born"  # "the Irun-born": where he was born, said of him
    # "the Liverpudlian", "the Glaswegian": a man by his home city, as British papers call him
    r"|Liverpudlian|Scouser|Mancunian|Glaswegian|Geordie|Londoner|Brummie|Dubliner|Yorkshireman|Cornishman"
    # "the 61-year-old Swabian", "the Limburger", "the Abruzzese technician": a man by his home region
    r"|Swabian|Bavarian|Limburger|Fleming|Walloon|Frisian|Tuscan|Sicilian|Sardinian|Neapolitan|Abruzzese"
    r"|Calabrian|Venetian|Piedmontese|Breton|Corsican|Alsatian|Andalusian|Valencian|Asturian|Galician"
    r"|Umbrian|Lombard|Ligurian|Apulian|Friulian"
    # "the Waterford native", "the Mexico City native": a man by the town he is from (a place's name before)
    r"|[A-ZÀ-Þ][a-zà-ÿ]+\s+native"
    # "the journeyman": a coach of many clubs
    r"|journeyman"
    r"|midfielder|striker|forward|defender|centre-back|goalkeeper|full-back|winger|playmaker"
    r"|winner|legend|icon|veteran|international|star|great|hero|player|woman"
    # "the Franco-Malian", "the Italo-Argentine": a double nationality
    r"|(?:[A-Z][a-z]+-)?(?:" + _NATIONALITY_NOUNS + r")"
)

EXECUTIVE_TITLES = (
    r"president|vice-president|chairman|chairwoman|chair|owner|co-owner|sporting director"
    r"|director of football|football director|technical director|general manager|chief executive"
    r"|ceo|executive|administrator|spokesman|spokeswoman|spokesperson|agent|secretary|director"
    r"|board member|sports? board|sporting board|chief|head of recruitment|scout|club doctor|physio"
    # "technisch manager" at Dutch and Belgian clubs: the director of football, not the coach
    r"|technical manager"
)

# nouns of a coach's exit, read before "of X" ("the sacking of X", "the departure of the manager")
EXIT_NOUNS = r"sacking|dismissal|departure|exit|resignation|firing|removal|ousting"

# between the items of a list of names: ", ", " and ", ", and "
LIST_SEP = r"(?:\s*,\s*|\s*,?\s+and\s+)"
# "coached A in two spells and B", "A for three seasons, B", "led A three times": the item's spell, told
# between it and the next item
# (not "A in Denmark and B": a capitalised word after "in" cost unseen text more than it gained, twice)
ITEM_SPELLS = (
    r"(?:\s+(?:in|over|across)\s+(?:two|three|four|several|\d)\s+(?:separate\s+|different\s+)?"
    r"(?:spells|stints|periods|seasons|passages)|\s+(?:twice|(?:two|three|four)\s+times)|"
    r"\s+for\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+|and|half)\s+){1,3}"
    r"(?:months?|years?|seasons?|campaigns?|periods|spells|stints))"
)
# a team of a club or a country: "the national side", "the first team", "the under-21 squad"
TEAM_NOUN = r"(?:team|side|squad)"
# a side's coach named by his title right after the side: "the Swiss U21 coach", "Ireland Under-21 boss"
SIDE_COACH_TITLE = r"(?:head\s+)?(?:coach|manager|boss|trainer|selector)\b"
# the club itself, named by a common noun: "the club", "the team", "the side"
CLUB_NOUN = r"(?:club|team|side)"
# the noun after a club's descriptor: "Turkish club D", "Brazilian side E", "Saudi giants F"
CLUB_KIND_NOUN = r"(?:club|side|outfit|giants)"

# Words that, as the last word of a capitalised run, mark an unknown club ("Nchalo United").
CLUB_SUFFIXES = frozenset(
    (
        "fc",
        "cf",
        "sc",
        "afc",
        "united",
        "city",
        "athletic",
        "athletico",
        "rovers",
        "wanderers",
        "town",
        "albion",
        "county",
        "hotspur",
        "rangers",
        "calcio",
        "dynamo",
        "dinamo",
        "fk",
        "sk",
        "bk",
        "aik",
        "cd",
        "ud",
        "sd",
        "academicals",
        # English non-league clubs ("Eastbourne Borough", "Nuneaton Borough") and the "Old Boys" of Argentina
        # and the Dutch amateur game ("Newell's Old Boys", "Kozakken Boys")
        "borough",
        "boys",
        # "Brenvale Club", "Arab Club": a club's own word for itself, closing an unknown name
        "club",
        # "Fosa Juniors", "Lorca Deportiva", "Écija Balompié": club words of Africa, Spain and Latin America
        "juniors",
        "deportiva",
        "balompie",
    )
)
# Nordic, Brazilian and German club-form initials closing a club's name, in capitals only ("Kristianstads
# DFF", "Degerfors IF", "Umeå IK", "Vittsjö GIK", "Fortaleza EC", the "Sportverein" of "Wuppertaler SV"):
# "If" and "Ec" as written are no club words.
CLUB_FORM_INITIALS = frozenset(("IF", "FF", "DFF", "IK", "GIF", "GIK", "BK", "FK", "SK", "EC", "SV"))
# Words that, as the first word of a capitalised run, mark an unknown club ("Real Oviedo").
CLUB_PREFIXES = frozenset(
    (
        "fc",
        "cf",
        "sc",
        "afc",
        "ac",
        "as",
        "ss",
        "ssc",
        "us",
        "cd",
        "ud",
        "sd",
        "rcd",
        "ca",
        "real",
        "deportivo",
        "atletico",
        "atlético",
        "sporting",
        "racing",
        "olympique",
        "stade",
        "union",
        "inter",
        "dynamo",
        "dinamo",
        "club",
        "fk",
        "sk",
        "vfb",
        "vfl",
        "tsv",
        "tsg",
        "sv",
        # German, Catalan and Croatian club forms ("SpVgg Holzbach", "UE Dorvalla", "NK Rastovac")
        "spvgg",
        "fsv",
        "ssv",
        "ue",
        "ce",
        "nk",
        "rb",
        "borussia",
        "hertha",
        "eintracht",
        "fortuna",
        # Central and Eastern European club forms ("Torpedo Kutaisi", "Dukla Banská Bystrica") and the Dutch
        # amateur game's "Excelsior Maassluis"
        "torpedo",
        "dukla",
        "excelsior",
    )
)


@lru_cache(maxsize=1 << 16)
def cfold(text: str) -> str:
    """`pipeline.ids.fold`, memoised: the same names and words recur across articles."""
    return fold(text)
