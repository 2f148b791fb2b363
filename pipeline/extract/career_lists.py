"""Career lists: the facts of a rule whose match ends where a list of clubs begins ("has managed
Zaragoza, Tenerife and Elche", "had spells at A and B", "coached A and B in Italy and C in the United
States", "won the league with A and the Cup with B"). `list_facts` reads the items after the match
(with their years, countries or regions, squads and asides) and gives one spell per club or squad
listed, a stand-in's or youth sides' where the words before the list say so; lists told in a
player's words too (`SPELL_LIST_RULES`, `PLAYER_DEED_RULES`, defined in `player_guards` beside the
guards that read them) need support from elsewhere in the article, and none is read for a list told
as his playing days. `rule_facts` calls it for the rules
it names and shares the rule sets the lists use (`ACHIEVEMENT_RULES`, `BOSS_OF_AIDE_RULES`); this
module imports nothing back from it."""

from __future__ import annotations

import re

from pipeline.extract.attribution import competition_squad, squad_at, where_club, with_topic
from pipeline.extract.facts import AS_PLAYER, PERSON_TAG, Context, Fact, TaggedSentence
from pipeline.extract.lexicon import CLUB_KIND_NOUN, CLUB_NOUN, ITEM_SPELLS
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.mentions import Mention
from pipeline.extract.player_guards import (
    ROLE_NEAR,
    SPELL_LIST_RULES,
    others_titles_removed,
    specialist_of_boss,
)
from pipeline.extract.rules import Rule, rule_names
from pipeline.extract.rules.grammar import CLUB_OPENS_CLAUSE
from pipeline.reference import lookup_club

_LIST_ITEM = re.compile(
    # "Maccabi Tel Aviv of Israel and …": the previous item's country, no item of its own
    r"(?:\s+of\s+(?:the\s+)?«C\d+»)?"
    r"(?:\s+(?:from|between|in|until)\s+(?:19|20)\d{2}(?:\s*(?:to|-|–|and|until)\s*(?:19|20)?\d{2})?)?"
    # "coached A (2012–14) and B": the previous item's years in brackets
    # ("A (1995-1998 and 2010-2011), B": two spells' years in one bracket)
    r"(?:\s*\((?:19|20)\d{2}(?:\s*(?:to|-|–)\s*(?:(?:19|20)?\d{2})?)?"
    r"(?:\s*(?:,|and)\s*(?:19|20)\d{2}(?:\s*(?:to|-|–)\s*(?:(?:19|20)?\d{2})?)?)*\))?"
    # "managed A in the Premier League and B": the league the item played in, between items
    r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:League|Liga|Bundesliga|Serie\s+[A-D]|Ligue\s+[12]|"
    r"Championship|Eredivisie|MLS|Lig))?" + ITEM_SPELLS + r"?"
    # "A and at B", "A and in the B", "A as well as B": the preposition repeated after an explicit joint
    # ("A, then B and later C", "and, most recently, D", "and, briefly, E": an adverb of the sequence after
    # the joint)
    # ("both at A and previously at B": an earlier item told after the later one; "and later also at C":
    # two adverbs; "at A and before that at B": the earlier item told by "before that")
    r"(?:\s*(?:,\s*(?:and|or)\b|,|and|or|&)\s*(?:,?\s*(?:then|later|latterly|subsequently|finally|"
    r"(?:most\s+|more\s+)?recently|briefly|previously|earlier|also|before\s+th(?:at|en))\s*,?\s+){0,2}"
    # ("two spells at A and two at B": the next item's count of spells)
    r"(?:(?:two|three|four)\s+(?=(?:at|with)\s))?"
    # ("a former coach of A and of B", "took charge of A and later of B": "of" repeated after "and", not "the
    # Chelsea, of England")
    # ("A, conquering promotion, then B": the sequence's adverb alone after an aside)
    r"(?:(?:at|in|with)\s+)?|\s+and\s+(?:(?:then|later|also|subsequently)\s+)?of\s+|\s*,?\s+as\s+well\s+as\s+|\s+then\s+|\s+)?"
    # ("took in A, B, a second spell at C and five seasons at D": an item told as a spell there)
    r"(?:(?:a|an|his|her|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[\w-]+\s+){0,2}?"
    # ("and a season in Thailand with D": the item's country between the spell and the club)
    r"(?:spells?|stints?|seasons?|years|passages?|periods?)\s+(?:in\s+charge\s+)?"
    r"(?:in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+)?(?:at|with)\s+)?"
    r"(?:the\s+)?(?:\d\.\s+)?(?:[A-Z]{2,3}\s+(?=«))?"  # "the 1. FC «C»": the prefix the club's tag left out
    # "the Greek PAOK", "the ambitious B": one descriptive word between 'the' and the club
    r"(?:(?<=the\s)(?!national\b|then\b)[A-Za-z][a-z]+\s+(?=«C))?"
    # "… and Turkish club D", "French clubs D and E", "and his hometown club D"
    r"(?:(?:[A-Z][\w-]*\s+){0,3}" + CLUB_KIND_NOUN + r"s?\s+)?"
    r"(?:(?:his|her|«P\d+»['’]s?)\s+(?:hometown\s+|boyhood\s+|former\s+|old\s+|feeder\s+)?club\s+)?"
    # "… and his native Colombia", "his own country, Montenegro": his country's team, named as his homeland
    r"(?:(?:his|her|«P\d+»['’]s?)\s+(?:(?:own|native|home)\s+(?:country\s*,?\s+)?|country\s*,\s+)(?=«C))?"
    # "the selection of D", "the selections of D and of E" (translated "las selecciones de")
    r"(?:(?:club|selections?|national\s+(?:team|side|selection)s?)\s+of\s+(?:the\s+)?)?"
    r"«([CS])(\d+)»(?:'s?)?"
)


_CLUBS_WORD = re.compile(r"\b(?:club|side|outfit)s?\s+«")


# "the national teams of A and B": the squad item's owners, the first of them bound to it already
_SQUAD_OWNERS = re.compile(r"\s+of\s+(?:the\s+)?«C(\d+)»")
# a squad told by a singular team noun ("B team", "reserve side"): one club's side, not each owner's
_ONE_SIDE = re.compile(r"\b(?:team|side|squad)$", re.IGNORECASE)


# "A as an assistant", "B as a youth coach": the post a career list's item was held as
_AS_POST = (
    r"\s+as\s+(?:an?\s+|the\s+)?(?:(?:first-team|youth|academy|reserve|assistant|head|caretaker)\s+)?"
    r"(?:assistant|coach|manager|number\s+two|caretaker)\b"
)


_LIST_ASIDE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?«C\d+»)?"  # "Maccabi Tel Aviv of Israel, with which …"
    # (", and with B": the preposition repeated after the aside)
    # (", who sacked him in 2022, and B": the club's own clause)
    r"\s*,\s+(?:(?:whom|who|where|with\s+wh(?:om|ich)|which)\s+(?:[^,;.«]|«[PC]\d+»){1,80},"
    # "coached A, leading them back to the Bundesliga in 2017, and B": a participle on the item, then "and"
    r"|(?:leading|taking|guiding|steering|winning|lifting|becoming|reaching|helping|finishing|bringing|"
    r"conquering|earning)\s+(?:[^,;.«]|«[PC]\d+»){1,80},(?=\s*(?:and|as\s+well\s+as|then)\s))"
    # (", as well as B and C": the list goes on after the aside; "and Brazilian side B", "and his hometown
    # club B": the item's descriptor; ", and also B", ", and of B": the adverb or preposition repeated)
    r"(?=\s*(?:and\s+(?:then\s+|also\s+)?|as\s+well\s+as\s+|then\s+)?(?:(?:with|at|of)\s+)?(?:the\s+(?:[A-Za-z][a-z]+\s+)?)?"
    r"(?:(?:his|her|«P\d+»['’]s?)\s+(?:hometown\s+|boyhood\s+|former\s+|old\s+)?club\s+|"
    r"(?:[A-Z][\w-]*\s+){1,3}" + CLUB_KIND_NOUN + r"\s+)?"
    # (not "…, and Chelsea's Mauricio Pochettino praised him": the club owns the next clause's subject)
    r"«C\d+»(?!['’]s?\s+(?:[\w-]+\s+)?«P))"
)


# "A as an assistant, B as a youth coach, and a season at C": the post held at the item, told after it
_POST_ASIDE = re.compile(_AS_POST + r"\s*,(?=\s*(?:and\s+)?(?:the\s+|an?\s+|«C))")


# "coached Chelsea, Kolkheti Poti, Roma": a club we lack (or read as a name) keeps the list going
# ("led the A in 2018, the Bahia between 2019 and 2020 and the B": each with its years)
_ITEM_YEARS = (
    r"(?:\s+(?:from|between|in|until)\s+(?:19|20)\d{2}(?:\s*(?:to|-|–|and|until)\s*(?:19|20)?\d{2})?)?"
)


# ("commanded A in two passages, B, C and D": the item's spells before the comma)
_LIST_UNKNOWN = re.compile(
    _ITEM_YEARS
    + ITEM_SPELLS
    + r"?\s*,\s*(?:the\s+)?(?:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*|«P\d+»)"
    + _ITEM_YEARS
    + r"(?=\s*(?:,|,?\s+and)\s+(?:the\s+)?«C)"
)


# "has managed 22 teams, including A, B and C", "coached clubs such as A and B", "has managed eight clubs,
# most recently C", "coached several teams, most notably C": the list (or the one club picked) follows
_COUNTED_CLUBS = re.compile(
    r"\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|many|numerous|a\s+number\s+of|"
    r"a\s+(?:string|series|host|handful|succession)\s+of)?"  # "a string of Egyptian clubs, including A, B"
    # ("several Serie B clubs", "several J.League clubs": the league told in two words or with a dot)
    r"\s*(?:different\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}(?:clubs|teams|sides)(?:\s+in\s+(?:\d+|\w+)\s+countries)?,?\s+"
    r"(?:including|among\s+them|such\s+as|(?:most\s+)?(?:recently|notably)|latterly)\b",
    re.IGNORECASE,
)


# "C in 2015", "D for six months in 2023": the list item's own date
_ITEM_DATE = re.compile(
    r"(?:\s+for\s+(?:\w+\s+){1,2}(?:months|years|seasons|weeks))?"
    r"\s+(?:from|between|in|since|until)\s+(?:(?:\w+\s+)?(?:19|20)\d{2})"
)


# "coached A and B in Italy and C in the United States": the country the previous items were in
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})(?![\w«])")


def _after_country(tagged: str, pos: int) -> int:
    """Where a career list goes on after 'in <country>' (only a country the reference data knows:
    'in <any capitalised word>' read a team's opponents or a city as a list gap), or `pos`."""
    m = _IN_PLACE.match(tagged, pos)
    if not m:
        return pos
    ref = lookup_club(m.group(1))
    return m.end() if ref and ref.kind == "national" else pos


# "directed in Spain to A and B, and in England to C", "worked in the Gulf with A": the country or region of
# a career's next clubs, told before them (translated "dirigió en España a")
# ("won titles in the UAE with A of Dubai and in Saudi Arabia with B": the previous item's city first)
# ("had directed in his country A and B", "directed in Guatemala the club A": translated "dirigió en su país
# a", the country told by its possessive, or the preposition before the club left out)
_PLACE_BEFORE_ITEMS = re.compile(
    r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:\s*,)?(?:\s+and)?(?:\s+(?:then|later|also|afterwards))?\s+in\s+(?:the\s+)?"
    r"(?:«C(\d+)»|([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})|"
    r"(?:his|her|«P\d+»['’]s?)\s+(?:own\s+|native\s+|home\s+)?(country))"
    r"(?:\s+(?:with|at|to|for)(?=\s)|(?=\s+(?:the\s+)?«C(\d+)»))"
)


# regions a career is told in, beside the countries the reference data knows ("in the Gulf with C")
# (kept here, not in places.csv: those rows are sub-national places that `place_names` reads everywhere as
# never a person; these world regions serve this one reading, and listing them there would change others)
_REGIONS = frozenset(
    {"gulf", "middle east", "far east", "asia", "europe", "africa", "scandinavia", "balkans", "caribbean"}
    | {"south america", "north america", "central america", "oceania"}
)


def _before_place(tagged: str, pos: int, mentions: list[Mention]) -> int:
    """Where a career list goes on after 'in <country or region> with/at/to', or `pos`."""
    m = _PLACE_BEFORE_ITEMS.match(tagged, pos)
    if not m:
        return pos
    if m.group(4) and not mentions[int(m.group(4))].text[:1].isupper():
        return pos  # "in Spain the club C": "the club" is no club's own name to list
    if m.group(3):
        place_ok = True  # "in his country": his homeland, whichever it is
    elif m.group(1):
        place_ok = mentions[int(m.group(1))].club_kind == "national"
    else:
        ref = lookup_club(m.group(2))
        place_ok = bool(ref and ref.kind == "national") or fold(m.group(2)) in _REGIONS
    return m.end() if place_ok else pos


# a competition won told inside the match, before the team: "won two European «S1» Championships with"
_COMPETITION_WON = re.compile(
    r"\bwon\s+(?:the\s+|an?\s+|two\s+|three\s+|back-to-back\s+)?(?:\w+\s+)?(?=«S\d+»)"
)


# the words right after a spell's verb telling a stand-in's: "(led) the team on an interim basis", "(coached)
# the final six games on an interim basis", "(led) the team in the last rounds of the league as interim coach"
_LED_AS_STAND_IN = re.compile(
    # (read from a list rule's end, which may hold the space before the team: "who had directed ")
    r"\s*(?:the\s+|his\s+|her\s+)?(?:(?:senior|first|national)\s+)?(?:team|side|squad|«[CS]\d+»|"
    r"(?:[\w'’\-]+\s+){0,3}(?:games|matches|fixtures|friendlies|qualifiers))(?:\s+[^.;,«]{0,50}?)?"
    r"\s+(?:on\s+an?\s+(?:interim|caretaker|temporary|provisional)\s+basis|as\s+(?:the\s+)?(?:interim|caretaker|acting)\b(?!\s+(?:captain|skipper)\b)|"
    r"in\s+(?:interim|caretaker|temporary)\s+charge|in\s+an?\s+(?:interim|caretaker|temporary)\s+capacity)",
    re.IGNORECASE,
)


# Rules telling what a coach achieved in a spell ("guided C to the title"): a spell of its own,
# not a restatement of an appointment or sacking told in another clause of the sentence.
ACHIEVEMENT_RULES = rule_names(
    "guided-to",
    "qualified-for",
    "and-guided-to",
    "won-with",
    "fronted-won-with",
    "champion-with-aside",
    "fronted-champion-with",
    "won-again-with",
    "possessive-club",
    "played-under",
)


# a list's verb a player's or captain's career is told with too ("led A", "started out at B", "was active
# for C")
_LED_AT_END = re.compile(r"\b(?:led|guided|saved|rescued|(?:started\s+out|active)\s+(?:at|with|for))\s*$")


STAND_IN_POST = re.compile(
    r"\b(?:caretaker|interim|temporary)\s+(?:charge|basis|manager|coach|boss)"
    r"|\bas\s+(?:the\s+|an?\s+)?(?:caretaker|interim|stand-in)\b"  # "has led the team as caretaker"
)


# (not "the club's B side": that squad of the club is the item)
_THE_CLUB_NEXT = re.compile(r"\s*(?:previously\s+|also\s+)?the\s+" + CLUB_NOUN + r"\b(?!['’]s)")


# "trained the club of C": the club the noun is followed by
_THE_CLUB_OF = re.compile(r"\s*(?:previously\s+|also\s+)?the\s+" + CLUB_NOUN + r"\s+of\s+(?:the\s+)?«C(\d+)»")


def _club_the_words_mean(sent: TaggedSentence, match: re.Match[str], person_idx: int) -> str | None:
    """The club "the club" / "the team" after a career verb stands for when the sentence itself says
    which: 'trained the club of C', 'comes from C, where he directed the team', 'C manager X … after
    leading the club' (his own title's club). News names a man's club this way before turning to the
    story's, so the club in view is the wrong guess there."""
    of = _THE_CLUB_OF.match(sent.tagged, match.end())
    if of:
        return sent.squad_of.get(int(of.group(1)), (None,))[0]
    tag = f"«P{person_idx}»"
    where = where_club(sent, sent.tagged.rfind(tag, 0, match.start()))
    if where:
        return where
    titled = re.search(r"«C(\d+)»(?:['’]s?)?\s+" + _HEAD_TITLE + r"\s+" + tag, sent.tagged[: match.start()])
    return sent.squad_of.get(int(titled.group(1)), (None,))[0] if titled else None


# a head coach's bare title before his name ("Livingston manager X")
_HEAD_TITLE = r"(?:head\s+coach|manager|coach|boss|trainer)"


def _squad_follows(items: list[re.Match[str]], k: int) -> bool:
    """Whether list item k ("C's", "C") is the owner of the squad item right after it ("national team")."""
    return (
        k + 1 < len(items)
        and items[k + 1].group(1) == "S"
        and items[k + 1].start() == items[k].end()
        and _SQUAD_RIGHT_AFTER.match(items[k + 1].group(0)) is not None
    )


# a squad item told right after its owner, with nothing between ("C national team", "C's under-21s")
_SQUAD_RIGHT_AFTER = re.compile(r"\s*«S\d+»")


# "Y's assistant at C, X", "X stays on as Y's assistant": Y's spell at C told in passing, said no more
# when the text tells his move there; so is the aide's in "X, Y's number two at C, also left"
BOSS_OF_AIDE_RULES = rule_names("aide-of-at-head", "boss-of-remaining-aide", "aide-apposed-at")


# "had a spell in caretaker charge of C", "before a stint as interim manager at C": the listed spells are a
# stand-in's
_STAND_IN_LIST = re.compile(
    r"(?:\bin\s+(?:caretaker|interim|temporary)\s+charge|\bas\s+(?:the\s+)?(?:caretaker|interim|acting)\s+"
    r"(?:manager|head\s+coach|coach|boss))\s+(?:at|of|with)\s+$",
    re.IGNORECASE,
)


def _list_role(match: re.Match[str]) -> str:
    """The role of a career list's spells: a stand-in's when the words right before the list say so."""
    return "caretaker" if _STAND_IN_LIST.search(match.group(0)) else "head_coach"


# "in the youth divisions of A and B": the youth sides of each club listed
_YOUTH_SECTOR_AT_END = re.compile(
    r"\byouth\s+(?:sectors?|departments?|divisions?|categories)\s+of\s+$", re.IGNORECASE
)


def _list_squad(match: re.Match[str], squad: str, club: str | None, ctx: Context) -> str:
    """The squad of a career-list item: its club's youth sides where the words before the list say so."""
    if squad in ("first_team", "national") and _YOUTH_SECTOR_AT_END.search(match.group(0)):
        return squad_at("youth", club, ctx)
    return squad


def list_facts(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_idx: int
) -> list[Fact]:
    """'has managed Zaragoza, Tenerife and Elche': one in_charge per club (or squad) listed."""
    tagged = sent.tagged
    person = sent.mentions[person_idx]
    needs_support = _list_needs_support(rule, match, tagged)
    if needs_support is None:
        return []  # "who had spells at A and B as a player"
    achieved = rule.name in ACHIEVEMENT_RULES
    # "C continues with X, who has led the team since 2022": C, unless the sentence names the club it means
    in_view = _club_the_words_mean(sent, match, person_idx) or ctx.club_in_view()
    if _THE_CLUB_NEXT.match(tagged, match.end()) and in_view:  # "who previously led the club"
        return [_led_the_club(rule, match, sent, person.name, in_view, needs_support, ctx)]
    items, owned = _list_items(tagged, match.end(), sent.mentions)
    if rule.name == "won-with" and items:
        items += _elided_wins(tagged, items[-1].end())
    dated = [bool(_ITEM_DATE.match(tagged, m.end())) for m in items]
    own_date = len(items) > 1 and all(dated)  # each club its own year: date each from the words after it
    out = []
    for n, m in enumerate(items):
        if _worked_in_country(match, m, sent):
            continue
        club, squad = _item_club(m, len(items) == 1, owned, match, sent, person_idx, ctx)
        squad = _list_squad(match, squad, club, ctx)
        if squad == "first_team" and _AS_YOUTH_COACH.match(tagged, m.end()):  # "B as a youth coach"
            squad = "youth"
        if club:
            out.append(
                Fact(
                    person.name,
                    club,
                    squad,
                    rule.role or _item_role(tagged, m.end()) or _list_role(match),
                    rule.event,
                    rule.confidence,
                    sent.index,
                    match.start(),
                    needs_support=needs_support,
                    no_date=any(dated) and not dated[n],
                    achieved=achieved,
                    trigger_end=m.end() if achieved else -1,
                    weak=rule.name in BOSS_OF_AIDE_RULES,
                    squad_named=m.group(1) == "S",  # "coached Canada's men's and women's national teams"
                )
            )
            if own_date and not achieved:
                out[-1].trigger, out[-1].begins = m.end(), True
    return out


# "won League Two with A and League One with B", "won the Greek Cup with A, and before that the Cypriot title
# with B", "won two titles with A, three more with B": a further title with another club, the verb "won"
# understood
_ELIDED_WIN = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?(?:\s*,?\s+and\s+(?:(?:before\s+that|earlier|later|then|also)\s*,?\s+)?|"
    r"\s*,\s+(?=(?:\w+\s+)?more\b))"
    # (a title's words only: no verb of its own, "and signed a deal with B", "and he worked with B")
    # and a title's word in them: "the Cypriot league title", "League One", "promotion", "three more"
    r"(?=[^«».,;:!?]{0,45}?(?:\b[A-Z]|\b(?:title|cup|league|trophy|championship|crown|promotion|double|medal|"
    r"more)))"
    r"(?:(?!\b(?:[a-z]+ed|he|she|they|was|is|has|had|will|signs?|joins?|works?|stays?)\b)[^«».,;:!?]){1,50}?"
    r"\bwith\s+(?:the\s+)?«([CS])(\d+)»"
)


def _elided_wins(tagged: str, pos: int) -> list[re.Match[str]]:
    """The clubs of the further titles told after a 'won … with' list, each with the verb understood."""
    out = []
    while m := _ELIDED_WIN.match(tagged, pos):
        out.append(m)
        pos = m.end()
    return out


# "had worked in Sevilla and Athletic" (translated): clubs; but "worked in Spain" names a country
_WORKED_IN_AT_END = re.compile(r"\bworked\s+in$")


def _worked_in_country(match: re.Match[str], item: re.Match[str], sent: TaggedSentence) -> bool:
    """A country listed after 'worked in': the place he worked, not its national team."""
    if item.group(1) != "C" or not _WORKED_IN_AT_END.search(match.group(0)):
        return False
    return sent.mentions[int(item.group(2))].club_kind == "national"


def _list_needs_support(rule: Rule, match: re.Match[str], tagged: str) -> bool | None:
    """Whether a career list's spells need support from elsewhere to be a coach's ('led' and 'guided' also
    describe captains and strikers: kept only for people coaching elsewhere); None where the list is a
    player's."""
    needs_support = (
        rule.name in SPELL_LIST_RULES or bool(_LED_AT_END.search(match.group(0)))
    ) and not STAND_IN_POST.search(tagged)
    if needs_support and rule.name in SPELL_LIST_RULES:
        if AS_PLAYER.search(tagged, match.end()):
            return None  # "who had spells at A and B as a player"
        # "a well-travelled coach who has had spells at …", "whose coaching career has taken him to …" (not
        # another man's title: "manager X praised Y, who had two spells at C")
        near = max([match.start() - 30] + [m.end() for m in PERSON_TAG.finditer(tagged, 0, match.start())])
        needs_support = not ROLE_NEAR.search(tagged, max(0, near), match.end())
    # (a title of another man's, "…, where Y is manager", says nothing of the subject)
    return (
        needs_support
        or specialist_of_boss(rule, match)
        or (rule.name in ACHIEVEMENT_RULES and not ROLE_NEAR.search(others_titles_removed(tagged, match)))
    )


def _led_the_club(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, name: str, club: str, weak: bool, ctx: Context
) -> Fact:
    """'who previously led the club': the spell is at the club in view, `club` (a stand-in's: 'led the team
    on an interim basis')."""
    stand_in = bool(_LED_AS_STAND_IN.match(sent.tagged, match.end()))
    return Fact(
        name,
        club,
        squad_at("first_team", club, ctx),
        "caretaker" if stand_in else "head_coach",
        rule.event,
        rule.confidence,
        sent.index,
        match.start(),
        needs_support=weak and not stand_in,  # a stand-in's words are a coach's, not a captain's
    )


# "coached A and B beat both his sides": a club after the list's joint that opens a clause of its own
_ITEM_OPENS_CLAUSE = re.compile(CLUB_OPENS_CLAUSE, re.IGNORECASE)


def _list_items(
    tagged: str, pos: int, mentions: list[Mention]
) -> tuple[list[re.Match[str]], tuple[str | None, int]]:
    """The club and squad items of the career list at `pos`, with the squad of the owners listed after
    'the national teams of' and where those owners start."""
    gap = re.match(
        # ("headed the main national team of Ukraine": the senior side by its adjective)
        # ("coached also A and B": the translated adverb after the verb)
        r"(?:\s*(?:previously|also|at|the\s+club['’]s(?=\s+«S)|the|both|(?:main|senior)(?=\s+«S)|lower\s+division|,?\s*among\s+(?:the\s+)?others,?|(?:[\w-]+\s+){0,2}(?:club|side|"
        r"outfit|team))\b)*",
        tagged[pos:],
    )
    pos += gap.end() if gap else 0
    counted = _COUNTED_CLUBS.match(tagged, pos)
    pos = counted.end() if counted else _before_place(tagged, pos, mentions)
    items = []
    of_squad, owners_at = None, len(tagged)
    while True:
        m = _LIST_ITEM.match(tagged, pos)
        if not m and items:  # "AC Milan, Napoli, whom he led to the Coppa Italia in 2020, Valencia and …"
            aside = (
                _LIST_ASIDE.match(tagged, pos)
                or _POST_ASIDE.match(tagged, pos)
                or _LIST_UNKNOWN.match(tagged, pos)
            )
            gap_end = aside.end() if aside else _after_country(tagged, pos)
            gap_end = _before_place(tagged, pos, mentions) if gap_end == pos else gap_end
            m = _LIST_ITEM.match(tagged, gap_end) if gap_end != pos else None
        if not m or (items and _ITEM_OPENS_CLAUSE.match(tagged, m.end())):
            break
        items.append(m)
        pos = m.end()
        if _CLUBS_WORD.search(m.group(0)):  # "the national teams of A and B as well as French clubs C and D"
            of_squad, owners_at = None, len(tagged)
        owners = _SQUAD_OWNERS.match(tagged, pos) if m.group(1) == "S" else None
        if owners:  # "the national teams of A and B": A is the squad item itself, B goes on the list
            pos, owners_at = owners.end(), owners.start()
            # ("the B team of A, B and C": one side, its club the first owner only; the list goes on with
            # clubs)
            one_side = _ONE_SIDE.search(mentions[int(m.group(2))].text)
            of_squad = None if one_side else mentions[int(m.group(2))].squad
    # "C's national team", "the C national team": the squad item names the club's spell (not "A and the
    # reserve of B": a list's next item)
    items = [m for k, m in enumerate(items) if not (m.group(1) == "C" and _squad_follows(items, k))]
    return items, (of_squad, owners_at)


def _item_club(
    m: re.Match[str],
    alone: bool,
    owned: tuple[str | None, int],
    match: re.Match[str],
    sent: TaggedSentence,
    person_idx: int,
    ctx: Context,
) -> tuple[str | None, str]:
    """The club and squad of career-list item `m` (`alone`: the list's only item; `owned`: the squad of
    the owners listed from a position on, see _list_items)."""
    of_squad, owners_at = owned
    club, squad = sent.squad_of.get(int(m.group(2)), (None, "first_team"))
    owner = sent.mentions[int(m.group(2))]
    if (
        of_squad
        and m.group(1) == "C"
        and m.start() > owners_at
        and squad in ("first_team", "national")
        # ("the national team of Turkey and of Zenit": a club has no national team)
        and (owner.club_kind == "national" or not of_squad.startswith("national"))
    ):
        # "the youth sides of A and B": the squad is each owner's
        squad = squad_at(of_squad, club, ctx)
    if alone and squad == "national":  # "led Spain to the European Under-21 title"
        won = _COMPETITION_WON.search(match.group(0))  # "won two European Under-21 Championships with"
        squad = competition_squad(sent, match.start() + won.end() if won else m.end()) or squad
    if club is None:  # "at Watford, where he coached the under-23s": Watford's
        club = where_club(sent, sent.tagged.find(f"«P{person_idx}»", match.start()))
    club, squad, _ = with_topic(club, squad, ctx, explicit=True)
    return club, squad


# "began his coaching career at C as an assistant": the post held there, told right after the item
_AS_AIDE_AFTER = re.compile(
    r"\s+as\s+(?:an?\s+|the\s+)?(?:(?:first-team|youth)\s+)?(?:assistant|number\s+two)\b"
)


# "B as a youth coach", "C as academy coach": the item's post was with the club's young sides
_AS_YOUTH_COACH = re.compile(r"\s+as\s+(?:an?\s+)?(?:youth|academy)\s+(?:team\s+)?coach\b")


def _item_role(tagged: str, end: int) -> str | None:
    return "assistant_coach" if _AS_AIDE_AFTER.match(tagged, end) else None
