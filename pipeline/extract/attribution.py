"""Club and squad attribution: for a fact a rule found, which club and squad the post is at.
The sentence's own words come first (the club the rule reached, a possessive, an apposition,
the clause's subject, the squad tag bound to its club), then the story: the club of the headline
or lead, the club in view as the story moves from club to club, the vacancy a recent sacking
left. It also keeps that story state up to date (topic club and squad, appointees' moves, the
clubs a sentence names as a post) because the attribution of the next sentence depends on it."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.extract.coreference import _tag, club_describes_person
from pipeline.extract.facts import (
    AS_PLAYER,
    CLAUSE_BREAK,
    CLUB_TAG,
    DESCRIBED_WITH,
    PERSON_TAG,
    SQUAD_TAG,
    TAG,
    Context,
    Fact,
    TaggedSentence,
    told_as_news,
    told_in_past,
    trigger_at,
    youth_or_reserve,
)
from pipeline.extract.lexicon import CLUB_NOUN, TEAM_NOUN
from pipeline.extract.match_report import lead_result_sides, lead_sides, match_sides, other_side
from pipeline.extract.mentions import Mention
from pipeline.extract.people import PLAYING_POSITION
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.rules import INCOMING_AIDE_RULES, KEPT_AT_SQUAD_RULES, Rule, rule_names
from pipeline.extract.rules.grammar import HAPPY_PUT

# (club, squad, explicit): the post a fact is about, and whether the sentence names its club itself
_ClubPost = tuple[str | None, str, bool]

# a comma before the main verb after an aside: "X, who had a spell with the US under-17s, replaces
# interim coach Y" (the US are no post of Y's, who comes after it)
_MAIN_VERB_AFTER_ASIDE = re.compile(
    r",\s+(?=(?:has|have|had|is|was|were|will|would|replaces|replaced|succeeds|succeeded|takes|took|"
    r"joins|joined|signs|signed|arrives|arrived)\b)"
)

# A headline telling a club's appointment or sacking: "Stoke City appoint X as head coach",
# "X named S. Korea head coach", "X returns to Saudi Arabia", "Pioli lands at Al-Nassr"; not a club
# that only confirms its interest in another's coach ("Sporting confirm interest in Amorim").
_TITLE_SUBJECT = re.compile(
    r"«C(\d+)»(?:\s+(?:Women|Femenino|Ladies))?\s+(?:appoint|name|hire|sack|fire|axe|promote|unveil|"
    r"confirm(?!s?\s+(?:(?:an?|their|its)\s+)?(?:interest|talks|approach|contact|bid|offer)\b)|"
    r"turn\s+to|part\s+(?:ways|company)|make|announce|bring\s+back|install|signed\s+with|extend|renew|keep|retain|"
    r"hand\s+(?:\w+\s+){0,3}?(?:new\s+)?(?:deal|contract)|"
    # "Fleetwood Town lure X from Barrow", "Spirit land Barcelona's X", "C poach/prise/snap up X"
    r"lure[sd]?\b|poach(?:es|ed)?\b|prise[sd]?\b|land(?:s|ed)?\b|snap(?:s|ped)?\s+up\b|tempt(?:s|ed)?\b|"
    r"recruit(?:s|ed)?\b|bring(?:s)?\s+in\b)",
    re.IGNORECASE,
)
# ("X becomes new head trainer in C": translated Danish, Dutch and German copy says "in" for "of")
TITLE_OBJECT = re.compile(
    r"\b(?:named|appointed|confirmed\s+as|unveiled\s+as|new\s+(?:\w+\s+)?(?:coach|trainer|manager|boss)\s+(?:of|in)|"
    # "X appointed head coach of C", "X unveiled as new manager of C"
    r"(?:named|appointed|unveiled|confirmed|installed)\s+(?:as\s+)?(?:the\s+)?(?:(?:new|head|interim|permanent)\s+)*"
    r"(?:coach|trainer|manager|boss)\s+(?:of|at)|"
    r"returns?\s+to|lands?\s+at|takes?\s+(?:over\s+at|charge\s+(?:of|at))|to\s+(?:coach|manage)|"
    # "X leaves C by mutual consent", "X sacked by C", "X parts ways with C": the club he leaves is the
    # story's (not when the headline says where he goes: "X leaves C for D", "X quits C to join D")
    r"(?:leaves?|quits?|exits?|departs?|sacked\s+by|fired\s+by|axed\s+by|dismissed\s+by|"
    r"parts?\s+(?:ways|company)\s+with)(?=\s+(?:the\s+)?«C\d+»(?!\s+(?:for|to)\b)))"
    r"\s+(?:the\s+)?«C(\d+)»",
    re.IGNORECASE,
)

# "X signs new long-term deal with C", "X extends contract with C", "X commits future to C", "X signs new C
# deal", "X extends C contract": the coach's own new deal, the story's club
_TITLE_NEW_DEAL = re.compile(
    r"\b(?:(?:signs?|agrees?|pens?|inks?)\s+(?:an?\s+)?(?:[\w\-]+\s+){0,3}?(?:deal|contract|extension)|"
    r"(?:extends?|renews?)(?:\s+(?:his|her))?(?:\s+(?:stay|contract|deal|spell))?|"
    r"commits?(?:\s+(?:his|her))?(?:\s+future)?)\s+(?:with|at|to)\s+(?:the\s+)?«C(\d+)»"
    r"|\b(?:signs?|agrees?|pens?|inks?|extends?|renews?)\s+(?:an?\s+)?(?:(?:new|fresh|improved|long-term|"
    r"[\w\-]+-year)\s+)*«C(\d+)»\s+(?:deal|contract)",
    re.IGNORECASE,
)

# "Venezuela and Peru sack …", "Leeds, Hull and Stoke sack …": the club is one of several subjects
_JOINT_SUBJECT = re.compile(r"«C\d+»\s*(?:,|and|&)\s*$")

# A headline led by the club it is about: "Palermo, Zamparini exonerates Cosmi", "Sporting: Keizer out"
_TITLE_HEAD = re.compile(r"\s*«C(\d+)»\s*[,:]\s")


def title_club(title: str | None, mentions: list[Mention], counts: Counter[str]) -> str | None:
    """The club whose appointment or sacking the headline tells, if the article names it: the
    story's club even when an appointee's former club is mentioned more often. `mentions` are
    the headline's, found with the article's clubs known."""
    if title is None:
        return None
    tagged, _ = _tag(title, mentions)
    found = (
        _TITLE_SUBJECT.search(tagged)
        or TITLE_OBJECT.search(tagged)
        or _TITLE_NEW_DEAL.search(tagged)
        or _TITLE_HEAD.match(tagged)
    )
    if found is None or _JOINT_SUBJECT.search(tagged, 0, found.start()):
        return None  # "Venezuela and Peru sack coaches": two stories; the lead tells whose this is
    club = mentions[int(next(g for g in found.groups() if g))].name
    return club if club in counts else None


# the leaving branch of `TITLE_OBJECT` ("X leaves C", "X sacked by C"): a headline that may tell only half
# of a move whose other half the lead tells
_TITLE_LEAVES = re.compile(
    r"\b(?:leaves?|quits?|exits?|departs?|(?:sacked|fired|axed|dismissed)\s+by|parts?\s+(?:ways|company)\s+with)"
    r"\s+(?:the\s+)?«C\d+»",
    re.IGNORECASE,
)
# "C have appointed X", "X has been appointed head coach of C", "X was named the new manager at C"
_LEAD_APPOINTED = re.compile(
    r"«C(\d+)»\s+(?:have\s+|has\s+)?(?:appointed|named|hired)\s+(?!as\b)"
    r"|«P\d+»\s+(?:has\s+been\s+|have\s+been\s+|was\s+|is\s+)(?:appointed|named|hired|unveiled|confirmed)\s+"
    r"(?:as\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss|trainer)\s+(?:of|at|by)\s+(?:the\s+)?«C(\d+)»",
    re.IGNORECASE,
)


def title_leaves(title: str | None, mentions: list[Mention]) -> bool:
    """Whether the headline tells a coach leaving a club ('Kompany leaves Burnley')."""
    return title is not None and _TITLE_LEAVES.search(_tag(title, mentions)[0]) is not None


def lead_appointment(
    sentences: list[str], mentions: list[list[Mention]], counts: Counter[str], title: str | None
) -> str | None:
    """The club the lead sentence (the first naming a club) tells appointing someone ('X has been
    appointed head coach of Bayern Munich'): where a leaving headline's man goes, and so the story's
    club over the one he leaves."""
    for sentence, found in zip(sentences, mentions, strict=True):
        if any(m.kind == "C" for m in found) and not _repeats(sentence, title):
            hired = _LEAD_APPOINTED.search(_tag(sentence, found)[0])
            club = found[int(next(g for g in hired.groups() if g))].name if hired else None
            return club if club in counts else None
    return None


def _lead_club(
    sentences: list[str], mentions: list[list[Mention]], counts: Counter[str], title: str | None = None
) -> str | None:
    """The club the lead sentence (the first naming a club) tells appointing or sacking someone
    ('X was 31 when Brighton appointed him'): the story's club, even when his former club is
    named more often. A first line repeating the headline is no lead."""
    for sentence, found in zip(sentences, mentions, strict=True):
        if any(m.kind == "C" for m in found) and not _repeats(sentence, title):
            tagged, _ = _tag(sentence, found)
            acting = LEAD_SUBJECT.search(tagged)
            club = found[int(next(g for g in acting.groups() if g))].name if acting else None
            return club if club in counts else None
    return None


# "Motor Kelby returns to the first division and its trainer is X", "C officially presented X as their new
# coach": the lead opening on a club as its subject, a verb (or an adverb and a verb) right after it
_LEAD_OPENS_ON_CLUB = re.compile(
    r"\s*(?:the\s+)?«C(\d+)»\s+(?:[a-z]+ly\s+)?(?:has|have|had|is|are|was|were|will|[a-z]+(?:ed|es|s))\b"
    r"(?=[^.;]*«P\d+»)"
)


def lead_opening_club(
    sentences: list[str], mentions: list[list[Mention]], counts: Counter[str], title: str | None = None
) -> str | None:
    """The club the lead sentence (the first naming a club) opens on as its subject, when it is the only
    club the lead names and the lead names a man: its news is that club's coach, whatever the verb ('Motor
    Kelby returns to the first division and its trainer is X', 'C presented X as their new coach'), even
    when the career lines after it name his former club more often."""
    for sentence, found in zip(sentences, mentions, strict=True):
        if any(m.kind == "C" for m in found) and not _repeats(sentence, title):
            opens = _LEAD_OPENS_ON_CLUB.match(_tag(sentence, found)[0])
            club = found[int(opens.group(1))].name if opens else None
            alone = {m.name for m in found if m.kind == "C"} == {club}
            return club if alone and club in counts else None
    return None


# "Tenerife beat their season-ticket record", "The Reds open their new stand": a headline opening on a club
_TITLE_OPENS_ON_CLUB = re.compile(r"\s*(?:the\s+)?«C(\d+)»", re.IGNORECASE)


def headline_and_lead_club(
    title: str | None, title_found: list[Mention], mentions: list[list[Mention]], counts: Counter[str]
) -> str | None:
    """The club a headline opens on, when the lead names it first too ('Tenerife beat their season-ticket
    record' over 'CD Tenerife have sold …'): a story about that club (its accounts, a match, a sale), even
    when the career lines of its coaches name another club more often."""
    if title is None:
        return None
    opens = _TITLE_OPENS_ON_CLUB.match(_tag(title, title_found)[0])
    first = next((m for found in mentions for m in found if m.kind == "C"), None)
    if opens is None or first is None:
        return None
    club = title_found[int(opens.group(1))].name
    return club if first.name == club and club in counts else None


def _repeats(sentence: str, title: str | None) -> bool:
    """Whether a sentence is the headline again (copied texts often open on it)."""
    return title is not None and " ".join(sentence.split()) == " ".join(title.split())


def most_named_side(sentences: list[str], mentions: list[list[Mention]], counts: Counter[str]) -> str:
    """The club the article names most, not counting its mentions as an opponent ('the defeat
    against Catania', 'lost to C'): a story about one club's coach names its opponents often. A club
    told by its town ('his assistant in Varna') is where a spell was and does not count either, nor one
    naming a player's position ('the former Valencia midfielder Y': where he played)."""
    own = Counter(
        m.name
        for sentence, found in zip(sentences, mentions, strict=True)
        for m in found
        if m.kind == "C"
        and not m.by_town
        and not _OPPONENT_BEFORE.search(sentence, 0, m.start)
        and not _OPPONENTS_PEOPLE_AFTER.match(sentence, m.end)
    )
    return (own or counts).most_common(1)[0][0]


# "travel to Wrexham on Saturday", "the 0-3 at Cosenza", "at home to Leeds": the other side of a match
_MATCH_OPPONENT_BEFORE = re.compile(
    r"\b(?:travel(?:s|led|ling)?\s+to|at\s+home\s+to|\d+-\d+\s+(?:\w+\s+){0,2}?(?:at|against|to|over|with|by))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "headbutting Verona striker X", "the Leeds fans": the club names the other side's players or fans
_OPPONENTS_PEOPLE_AFTER = re.compile(
    r"\s+(?:striker|defender|midfielder|goalkeeper|winger|forward|full-back|centre-back|fans|supporters)\b",
    re.IGNORECASE,
)
# "lost 2-1 to Benin, who are coached by Y", "drew with Leeds, whose manager Y …": the other side's coach
# is told, a post at that club
_OPPONENTS_COACH_AFTER = re.compile(
    r"[^,.;]{0,20},\s+(?:who\s+(?:are|were|is|was)\s+(?:\w+\s+)?(?:coached|managed|led|trained)\s+by|"
    r"whose\s+(?:\w+\s+)?(?:coach|manager|boss|trainer))\b",
    re.IGNORECASE,
)
# ("lured away by C": the club that hired him; a defeat "by C" is read by _OPPONENT_BEFORE)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
# ("won the league with C": the club he won it with, not an opponent)
_WON_WITH = re.compile(
    r"\b(?:win|won|winning|victory|title|league|cup)\b[^«,.;]{0,40}\bwith\s+(?:the\s+)?$", re.IGNORECASE
)


def opponent_only_clubs(sentences: list[str], mentions: list[list[Mention]]) -> frozenset[str]:
    """The clubs an article names only as the other side of a match ('Crewe travel to Wrexham on
    Saturday, when Bell takes charge of his first game'): where no coach of the story has a post."""
    opponent, elsewhere = set(), set()
    for sentence, found in zip(sentences, mentions, strict=True):
        for m in found:
            if m.kind != "C" or not m.name:
                continue
            before = sentence[max(0, m.start - 40) : m.start]
            as_opponent = (
                (_OPPONENT_BEFORE.search(before) and not _WON_WITH.search(before))
                or (_FIXTURE_BEFORE.search(before) and not _BY_BEFORE.search(before))
                or _MATCH_OPPONENT_BEFORE.search(before)
                or _OPPONENTS_PEOPLE_AFTER.match(sentence, m.end)
            ) and not _OPPONENTS_COACH_AFTER.match(sentence, m.end)
            (opponent if as_opponent else elsewhere).add(m.name)
    return frozenset(opponent - elsewhere)


def _fixture(
    title: str | None,
    title_found: list[Mention],
    sentences: list[str],
    mentions: list[list[Mention]],
    counts: Counter[str],
    wide: bool = False,
) -> tuple[str, str] | None:
    """The two sides of the match the article reports: its headline's ('Elche 3-1 Eibar'), else
    its lead's ('Elche …, coming from behind to beat Eibar'). `title_found`: the headline's mentions.
    `wide`: any result the lead tells ('Elche drew 1-1 with Eibar', 'Elche and Eibar drew')."""
    if title is not None:
        sides = match_sides(_tag(title, title_found)[0], [m.name for m in title_found])
        if sides:
            return sides
    for sentence, found in zip(sentences, mentions, strict=True):
        if any(m.kind == "C" for m in found):
            read = lead_result_sides if wide else lead_sides
            return read(_tag(sentence, found)[0], [m.name for m in found])
    return None


# "…, Chelsea have appointed X", "when Brighton appointed him": not "a defeat by C", "lost to C"
LEAD_SUBJECT = re.compile(
    r"(?<!\bby\s)(?<!\bto\s)(?<!against\s)(?<!over\s)«C(\d+)»\s+(?:have\s+|has\s+|had\s+)?(?:appointed|named|"
    r"hired|sacked|fired|dismissed|parted\s+(?:ways|company)\s+with)\s+(?!as\b)"
    # "X has left C by mutual consent", "X has quit C": the lead tells the club's coach going
    r"|^(?:[^«]{0,40}\s)?«P\d+»\s+(?:has|have)\s+(?:left|quit|departed)\s+(?:the\s+)?«C(\d+)»"
    # (not "… and will join D", "… and takes over at D": the lead goes on to where he goes)
    r"(?![^«.;]*\b(?:for|to\s+(?:join|take|coach|manage)|and\s+(?:will\s+)?(?:join|joins|take|takes))\s)"
    # "X has left C after two seasons and will join D", "… and takes over at D": the club he goes to
    r"|^(?:[^«]{0,40}\s)?«P\d+»\s+(?:has|have)\s+(?:left|quit|departed)\s+(?:the\s+)?«C\d+»[^«.;]*\band\s+"
    r"(?:will\s+)?(?:join|joins|takes?\s+over\s+at|takes?\s+charge\s+(?:of|at))\s+(?:the\s+)?«C(\d+)»"
    # "C has found a new coach for its U23 team", "C has found its new head coach: X will take over", "C (FA)
    # has extended the contract of X", "C has officialised X as coach": the club opening the lead with its
    # news
    # ("its new coach" only with the man named after a colon: "C has found its new coach." alone may open a
    # story told from a headline)
    r"|^(?:[^«]{0,60}\s)?«C(\d+)»(?:\s+\([^()«]{1,12}\))?\s+(?:has|have)\s+(?:found\s+(?:an?\s+new|"
    r"(?:its|their)\s+new\s+(?:head\s+)?(?:coach|manager|trainer|boss):\s+«P)|"
    r"(?:extended|renewed)\s+the\s+(?:contract|deal)\s+of|officiali[sz]ed\s+«P)"
    # "C have restructured their academy", "C has formalised the new organisation of its youth teams", "C have
    # reshuffled their coaching staff": the club (or federation) reorganising its own sides is the story's,
    # however often the men's past clubs are named after
    r"|^(?:[^«]{0,60}\s)?«C(\d+)»\s+(?:has|have)\s+(?:restructured|reshuffled|reorgani[sz]ed|overhauled|"
    r"revamped|shaken\s+up|formali[sz]ed)\s+(?:the\s+(?:new\s+)?(?:organi[sz]ation|structure|set-?up)\s+of\s+)?"
    r"(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:academy|youth|staff|«S\d+»|(?:coaching\s+)?(?:teams|sides))"
    # "C can confirm that X has been appointed head coach", "C Football Club is delighted to confirm the
    # appointment of X", "C are pleased to announce that X has signed a new contract": a club statement's
    # club is the story's, whatever its news
    r"|^(?:[^«]{0,60}\s)?«C(\d+)»(?:\s+Football\s+Club)?\s+(?:can|(?:is|are)\s+(?:pleased|delighted|happy|"
    r"proud|saddened|sad)\s+to)\s+(?:confirm|announce)\s+(?:that|the)\s"
    # "X is the new head coach of C": the appointment is the news
    r"|«P\d+»\s+(?:is|becomes)\s+(?:the\s+)?new\s+(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss|trainer)\s+"
    r"(?:of|at)\s+(?:the\s+)?«C(\d+)»"
    # "C officialised on Tuesday night the hiring of X", "C announced the appointment of X"
    r"|«C(\d+)»\s+(?:has\s+|have\s+)?(?:announced|confirmed|officiali[sz]ed|made\s+official)\s+"
    r"(?:[^.;«]{0,50}?\s)?the\s+(?:hiring|appointment|signing|dismissal|sacking)\s+of\s+«P"
    # "Messi welcomed the appointment of X as C head coach", "the hiring of X as new coach of C": the
    # appointment the lead tells is the news, whoever speaks of it
    r"|\b(?:appointment|hiring|unveiling)\s+of\s+(?:[^«.;]{0,40}?\s)?(?:«[CS]\d+»\s+(?:and\s+)?){0,3}"
    r"(?:[^«.;]{0,20}?\s)?«P\d+»\s+as\s+(?:the\s+)?(?:new\s+)?(?:«C(\d+)»(?:['’]s?)?\s+(?:new\s+)?(?:head\s+)?"
    r"(?:coach|manager|boss|trainer)\b|(?:new\s+)?(?:head\s+)?(?:coach|manager|boss|trainer)\s+(?:of|at)\s+"
    r"(?:the\s+)?«C(\d+)»)"
    # "X, the new head coach of C, vowed …", "X, C's new manager, said …": the appointment is the news
    r"|«P\d+»,\s+(?:the\s+)?new\s+(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss|trainer)\s+(?:of|at)\s+"
    r"(?:the\s+)?«C(\d+)»|«P\d+»,\s+«C(\d+)»['’]s?\s+new\s+(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss|trainer)\b"
    # "Arminia Bielefeld and head coach X will continue together", "C and their coach X have agreed …": the
    # club and its coach as the lead's subject (a club statement on him)
    r"|^(?:[^«]{0,40}\s)?«C(\d+)»\s+and\s+(?:(?:its|their|the)\s+)?(?:head\s+)?(?:coach|manager|trainer)\s+«P\d+»"
    r"\s+(?:have|has|will|are|agreed|extended|continue)\b"
    # "The Peruvian Football Federation officialised X as new coach of the women's national team": a
    # federation, named by its country's adjective (no club mention), appointing the coach of its team
    r"|^(?:[^«]{0,60}\s)?(?:Federation|Association|Union)\s+(?:has\s+|have\s+)?(?:appointed|named|hired|"
    r"officiali[sz]ed|confirmed|unveiled|presented)\b[^«.;]{0,50}«P\d+»\s+as\s+[^«.;]{0,60}?\b(?:of|for)\s+"
    r"(?:the\s+|its\s+)?«C(\d+)»",
    re.IGNORECASE,
)


def leaves_vacancy(f: Fact, sentence: str, ctx: Context, told: list[Fact]) -> bool:
    """A sacking or resignation from a senior post, which the next sentences may fill; not 'Before,
    Keizer had trained Ajax, where he was dismissed in 2017' in a story about his spell at Sporting
    (a flashback to the story coach's former club), nor 'Y, who was fired by C last month, is among
    the favourites' (a candidate's past: the sentence's `told` facts link him with another post)."""
    if f.event not in ("dismissed", "resigned") or not f.club or f.squad not in _VACANCY_SQUADS:
        return False
    if any(g.coach == f.coach and g.event in ("linked", "offer") and g.club != f.club for g in told):
        return False
    if f.club != ctx.topic_club and _WALKOUT_ASIDE.search(sentence):
        return False  # "He joined C, walking out on D to take the job": a move's start, no vacancy at D
    topic = ctx.topic_club
    if topic and f.club != topic and _PAST_CAREER.search(sentence):
        return False  # "He previously coached C, and was D's interim after the dismissal of Y": background
    if not topic or f.club == topic or not _FLASHBACK.match(sentence):
        return True
    return (f.coach, topic) not in ctx.spells and topic not in ctx.posts.get(f.coach, set())


# "…, walking out on D to take the job", "having walked out on D": the exit told as an aside of a move
_WALKOUT_ASIDE = re.compile(r",\s+(?:after\s+|having\s+)?(?:walking|walked)\s+out\s+on\b", re.IGNORECASE)

# The senior posts whose sacking or resignation leaves a vacancy the next sentences fill
_VACANCY_SQUADS = frozenset({"first_team", "women", "national_women"})


def remember_moves(facts: list[Fact], ctx: Context) -> None:
    """Who was appointed where; the other clubs of such appointees, which they have left or are
    leaving ('X leaves Heerenveen', 'X was sacked by Preston in August', 'X had led Celtic')."""
    for f in facts:
        if f.event == "appointed" and f.club and f.squad in ("first_team", "national", "women"):
            ctx.posts.setdefault(f.coach, set()).add(f.club)
            ctx.post_squads[(f.coach, f.club)] = _appointed_squad(f, facts)
            if f.role == "caretaker":
                ctx.caretakers[f.coach] = f.club
        elif f.event == "appointed" and f.club:  # "X is the new U21 coach": his aides' squad, not a post
            ctx.post_squads.setdefault((f.coach, f.club), f.squad)
    # a spell at the club the story now follows him to ("X joined Derby as a player-coach under Y, …")
    # is where the story is, not an aside
    followed = ctx.career if ctx.career_shift else None
    ctx.spells.extend(
        (f.coach, f.club)
        for f in facts
        if f.event in _SPELL_EVENTS and f.club and not (f.event == "in_charge" and f.club == followed)
    )
    ctx.left_clubs = {club for coach, club in ctx.spells if ctx.posts.get(coach, set()) - {club}}


def _appointed_squad(f: Fact, facts: list[Fact]) -> str:
    """The squad of appointment `f` at a senior side it did not name: the one age group another reading
    of the same appointment (same role, same day) gives ('appointed X as the new head coach of the Flying
    Eagles, Nigeria's U-20 side' read as Nigeria's and as its U20's), so his aides join him there."""
    if f.squad_named:
        return f.squad
    other = {
        g.squad
        for g in facts
        if g.event == "appointed"
        and (g.coach, g.club, g.role, g.date) == (f.coach, f.club, f.role, f.date)
        and youth_or_reserve(g.squad)
    }
    return other.pop() if len(other) == 1 else f.squad


# Events that tie a coach to a club he may have left by the time he is appointed elsewhere.
_SPELL_EVENTS = frozenset({"left", "dismissed", "resigned", "in_charge"})


# Words before a club that make it a place, a club someone comes from or stays at, not a post of the sentence.
_NOT_HERE = re.compile(
    r"\b(?:from|arrived\s+from|joined\s+from)\s+(?:[A-Za-z\-]+\s+){0,3}$"
    r"|\b(?:leave|leaves|left|leaving|quit|quits|depart\w*)\s+(?:the\s+)?$"
    r"|\b(?:remain|stay)(?:s|ed|ing)?\s+(?:on\s+)?(?:at|with)\s+(?:the\s+)?$",  # turning a move down
    re.IGNORECASE,
)
# "the trip to Chelsea", "the tie at home to Leeds", "a goalless draw at Liverpool": an opponent
_FIXTURE_BEFORE = re.compile(
    r"\b(?:trip|visit|journey|home|away|game|match|tie|fixture|final|draw|win|defeat|loss|victory)\s+"
    r"(?:to|at|against|with|by|over|of|for)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|to|from|across|around|throughout|back\s+to)\s+(?:(?:North|South|East|West)(?:ern)?\s+)?$",
    re.IGNORECASE,
)


def post_clubs(sent: TaggedSentence) -> list[str]:
    """The clubs a sentence names where a post could be: not an opponent, a former club, a
    destination, the club someone comes from, nor a country named as a place ('in Greece')."""
    tagged, mentions = sent.tagged, sent.mentions
    out = []
    for m in TAG.finditer(tagged):
        if m.group(1) != "C" or not mentions[int(m.group(2))].name:
            continue
        before = tagged[max(0, m.start() - 40) : m.start()]
        if any(rx.search(before) for rx in (_NOT_THE_POST, _DESTINATION, _NOT_HERE, _FIXTURE_BEFORE)):
            continue
        club = mentions[int(m.group(2))]
        if club.club_kind == "national" and _PLACE_BEFORE.search(before):
            continue
        out.append(club.name)
    return out


# A sentence opening on a person doing something at a club: "Nancy, 45, led Montréal to …",
# "In July 2022 he moved to MLS side DC United", "In Greece, X won his first match in charge of C".
_CAREER_OPENING = re.compile(
    r"(?:[A-Z][^,«]{0,30}?,?\s+|[A-Z][^,]{0,30},\s+)?«P\d+»(?:,\s*\d{2},)?\s+(?=[a-z])"
)

_CAREER_CUT = re.compile(
    r"[,;:(]|«P\d+»(?!'s?\s)|\b(?:who|whose|which|when|while|after|before|but|since|until|that)\b"
)
_GOING = re.compile(r"\b(?:leave|leaves|leaving|left|quit|quits|depart\w*|exit\w*)\b", re.IGNORECASE)


_POSSESSOR_BEFORE = re.compile(r"«P\d+»'s?\s+$")  # "Garcia's Lyon": another man's club
# a club's possessive and up to two lowercase words before the man it names: "Peru's Oscar Ibanez",
# "Peru's new coach X"
_OWNS_GAP = r"['’]s?\s+(?:[a-z\-]+\s+){0,2}"
_OWNS_PERSON = re.compile(_OWNS_GAP + "«P")
# "X had assumed C", "He previously managed C", "He also coached C": a spell told as background
# "He is best known for his work at C": his reputation; "She has also coached C": her past
# "He made his name at C", "She cut her teeth at C": where a career began, long before the story
# "He has since worked as an assistant with C", "has taken his badges and worked at C": a career in
# the perfect
_OPENS_AS_BACKGROUND = re.compile(
    r"\s*(?:had|previously|formerly|once|also|(?:has|have)\s+(?:also|previously|formerly|once)|"
    r"(?:has|have)\s+(?:[^\s,;.]+\s+){0,5}?worked\b|"
    r"(?:is|was)\s+(?:\w+\s+){0,2}?(?:known|remembered|famous)|"
    r"(?:first\s+)?(?:made|cut|earned)\s+(?:his|her|their|«P\d+»['’]s?)\s+(?:name|teeth|reputation|stripes))\b"
)
_FLASHBACK = re.compile(
    r"(?:(?:Before\s+that|Prior\s+to\s+that|Previously|Earlier|Until\s+then)\b|Before\s*,)", re.IGNORECASE
)
# "Before St. Louis, X spent six years with C", "Before moving to Munich he coached C", "Last season X led C":
# a time before the story's, told in passing; the story does not follow him there
_PAST_FRAME = re.compile(
    r"(?:Before|Prior\s+to)\s+(?:[^,;]{1,50}?,|(?:moving|joining|taking|arriving|coming|his|her|going)\b)"
    r"|(?:Last|The\s+previous|In\s+the\s+previous)\s+(?:season|year|campaign|term)\b"
    # "Most recently the 60-year-old spent two seasons at C": the last stop of a career told in passing
    r"|(?:Most|More)\s+recently\b"
    # "Between his two spells at C he coached D", "In between, he trained D": a gap in a spell told before
    r"|In\s+between\b|Between\s+(?:the|his|her|those|both)\s+(?:two\s+)?(?:spells|stints|stages|periods|terms)\b"
    # "A stint at C in 2012 lasted only weeks", "There followed spells at A and B": a spell told as the
    # subject (its opening words read as the man), a step of a career told in passing
    r"|«P\d+»\s+(?:[\w-]+\s+)?(?:spells?|stints?)\s+(?:at|with)\b"
)
# "The Frenchman previously coached Bordeaux, and was Bayern's interim coach after the dismissal of Y":
# a career told in passing, its sackings long filled
_PAST_CAREER = re.compile(
    r"\b(?:previously|formerly|earlier|once)\s+(?:coached|managed|led|trained|worked|had\s+(?:coached|managed|led|spells?)|"
    r"was|spent|took\s+charge)\b",
    re.IGNORECASE,
)


def career_club(sent: TaggedSentence, ctx: Context) -> str | None:
    """The club in the main clause of a sentence that opens on a person, if it may be his post."""
    tagged, mentions = sent.tagged, sent.mentions
    opening = _CAREER_OPENING.match(tagged)
    if opening is None:
        return None
    clause = tagged[opening.end() : opening.end() + 90]
    cut = _CAREER_CUT.search(clause)
    clause = clause[: cut.start()] if cut else clause
    club = CLUB_TAG.search(clause)
    if club is None or len(set(ctx.here)) != 1 or AS_PLAYER.search(tagged) or _GOING.search(clause):
        return None  # a career listed club by club, a club he leaves: no story moving to one
    if _POSSESSOR_BEFORE.search(clause, 0, club.start()) or mentions[int(club.group(1))].text[:1].islower():
        return None  # "at the hands of Garcia's Lyon": another man's club; "the club": not named here
    if _OWNS_PERSON.match(tagged, opening.end() + club.end()):
        return None  # "Batista and Peru's Oscar Ibanez, who was fired …": the other man's club
    name = mentions[int(club.group(1))].name
    # "X had assumed C in 2024", "He previously managed C", "Before that he managed Mainz": background,
    # the story stays put
    # "He won the title with C in 2023, having previously worked as Y's assistant": a career told in passing
    ctx.career_shift = (
        not _OPENS_AS_BACKGROUND.match(clause)
        and not _FLASHBACK.match(tagged)
        and not _PAST_FRAME.match(tagged)
        and not _PAST_CAREER.search(tagged)
        and not _looks_back_from_new_post(sent, opening.group(0), name, ctx)
    )
    return name if name in ctx.here else None


def _looks_back_from_new_post(sent: TaggedSentence, opening: str, club: str, ctx: Context) -> bool:
    """'X will become Austria's coach. X has been in charge of St. Pölten since 2021': the man the story
    appointed at its club, told in the perfect at another club (the post he is leaving, not a move of
    today: 'now joins C'), is looked back on; the story stays at his new post. (A career told in the past,
    'He spent years at C', may go on about C; the sentences after it that tell the news come back.)"""
    person = PERSON_TAG.search(opening)
    if person is None or ctx.topic_club is None or club == ctx.topic_club:
        return False
    coach = sent.mentions[int(person.group(1))].name
    in_the_perfect = not told_in_past(sent.text) and not told_as_news(sent.text, moves=True)
    return in_the_perfect and ctx.topic_club in ctx.posts.get(coach or "", set())


def subject_left_story(sent: TaggedSentence, ctx: Context) -> bool:
    """Whether the sentence's subject is a man whose exit from the story's club the story told ('Lazio
    sacked X. … X took over in 2023 after Z left the post'): it tells of that spell."""
    subject = _SUBJECT_PERSON.search(sent.tagged)
    exit_ = ctx.exits.get(sent.mentions[int(subject.group(1))].name) if subject else None
    return exit_ is not None and exit_[0] == ctx.topic_club


# the sentence's subject: its first person, not one named as another's ("X's assistant")
_SUBJECT_PERSON = re.compile(r"^[^«]*«P(\d+)»(?!['’])")


def remember_clubs(sentence: str, named: list[Mention], ctx: Context) -> None:
    ctx.recent_clubs.append(
        [m.name for m in named if m.kind == "C" and not _OPPONENT_BEFORE.search(sentence, 0, m.start)]
    )
    opener = opening_club(sentence, named, ctx)
    ctx.recent_subjects.append(None if opener and _courts_him(sentence, named, opener, ctx) else opener)
    ctx.opened.append(ctx.recent_subjects[-1])
    if ctx.recent_subjects[-1] and _SEEKS_SUCCESSOR.search(sentence):
        ctx.seeking.add(ctx.recent_subjects[-1])


# "C had made an approach for him", "C were interested in her", "C tried to sign him": a club that opens its
# sentence only courting the man
_COURTING_AFTER = re.compile(
    r"\s+(?:(?:had|has|have|were|was|are|is|had\s+been|have\s+been)\s+)?"
    r"(?:(?:also|already|previously|reportedly|once|even)\s+)?"
    # ("C are also said to be interested in him", "C are understood to have approached her": talk reported)
    r"(?:(?:said|reported|understood|believed|thought|rumou?red)\s+to\s+(?:be|have)\s+)?"
    r"(?:(?:made|tabled|submitted|launched|lodged)\s+(?:an?\s+|their\s+|its\s+)?(?:[\w\-]+\s+)?"
    r"(?:approach|offer|bid|enquiry|inquiry)|approached|sounded\s+(?:him|her)\s+out|courted|"
    r"tried\s+to\s+(?:sign|hire|appoint|lure|tempt)|interested\s+in|keen\s+on|"
    r"(?:asked|enquired|inquired)\s+about|held\s+talks\s+with|offered\s+(?:him|her))\b",
    re.IGNORECASE,
)


def _courts_him(sentence: str, named: list[Mention], opener: str, ctx: Context) -> bool:
    """Whether the club a sentence opens on, named here first, only courts a man there ('Elche had made an
    approach for him last year'): a suitor in an aside, not the club the story goes on about ('He led the
    club to promotion': not Elche's). A suitor the story named before ('X has turned down Valencia. …
    Valencia made an offer last week') is the story's own search."""
    first = next((m for m in named if m.kind == "C" and m.name == opener), None)
    return (
        first is not None
        and bool(_COURTING_AFTER.match(sentence, first.end))
        and not any(opener in clubs for clubs in ctx.recent_clubs[:-1])
    )


# "Montréal have yet to name a successor", "Ulsan will now search for a new coach": the club's vacancy
_SEEKS_SUCCESSOR = re.compile(
    r"\b(?:yet\s+to\s+(?:name|appoint|find)|(?:search\w*|look\w*|hunt\w*)\s+for|(?:will|would|to|must)\s+"
    r"(?:now\s+|soon\s+)?(?:name|appoint|find))\s+"
    r"(?:a|an|the|their|its)\s+(?:(?:new|permanent|long-term)\s+)*(?:successor|replacement|"
    r"(?:head\s+)?(?:coach|manager|boss))\b",
    re.IGNORECASE,
)


def opening_club(sentence: str, named: list[Mention], ctx: Context | None = None) -> str | None:
    """The club a sentence opens on as its subject ('The Netherlands had …', 'Chelsea have …');
    with `ctx`, also the country of a national team it opens on unnamed ('The national team job …')."""
    first, lead = _past_dateline_town(sentence, [m for m in named if not m.pronoun])
    opens = first is not None and first.kind in "CS" and _OPENING.match(lead)
    if not opens or first is None or club_describes_person(sentence, first, named):
        return None
    if first.kind == "C" and _PERSON_NOUN_AFTER.match(sentence, first.end):
        return None  # "The Waterford native also had a spell …": a man told by his club or town
    if first.kind == "S":
        return _opening_country(first, ctx)
    if first.club_kind == "national" and _COUNTRYS_CLUB.match(sentence, first.end):
        return None  # "Sweden's most successful club endured …": a club of that country, not its team
    return first.name


# "the Waterford native", "the Madrid-born coach", "the Celtic legend": a man described by a club or its town
_PERSON_NOUN_AFTER = re.compile(
    r"(?:-born\b|\s+(?:native|man|woman|boy|girl|lad|product|youngster|legend|great|icon|old\s+boy)\b)"
)
# "Sweden's most successful club", "England's oldest professional side": a club described by its country
_COUNTRYS_CLUB = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,3}(?:club|side|outfit)\b")


def _past_dateline_town(sentence: str, named: list[Mention]) -> tuple[Mention | None, str]:
    """The first mention and the words before it, past a dateline's club town when a club follows it
    ('SAO PAULO, Oct 30 (Reuters) - Palmeiras on Friday appointed …': Palmeiras; the dateline's tail
    is blanked)."""
    if len(named) > 1 and named[0].kind == "C" and named[1].kind == "C":
        gap = sentence[named[0].end : named[1].start]
        if len(gap) >= 4 and gap.isspace() and not sentence[: named[0].start].strip():
            return named[1], ""
    return (named[0], sentence[: named[0].start]) if named else (None, "")


_TEAM_WORD = re.compile(r"\b(?:team|side|squad|selection)s?\b", re.IGNORECASE)


def _opening_country(squad: Mention, ctx: Context | None) -> str | None:
    """'The national team job had been vacant since …': the national team the story is about (its
    topic, else the one it named last), not the club of the sentence before."""
    if ctx is None or not (squad.squad or "").startswith("national") or squad.name:
        return None
    if not _TEAM_WORD.search(squad.text):  # "National coach X said …": a title, not the team
        return None
    if ctx.club_kinds.get(ctx.topic_club or "") == "national":
        return ctx.topic_club
    return _country_in_view(ctx)


# "the defeat against the Palmeiras", "lost to X", "beaten by X": a match opponent, never "the club" later
_OPPONENT_BEFORE = compile_quick(
    r"\b(?:against|versus|vs?\.?|(?:defeat|loss|win|victory|draw)\s+(?:\w+\s+){0,4}?(?:to|by|over|at|with)|"
    r"(?:beaten|thrashed|hammered|eliminated|knocked\s+out)\s+by|(?:lost|losing)\s+(?:\w+\s+){0,4}?to|beat|beating|"
    r"drew\s+with|past)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# words that make "The … C" no description of the club C ("The coach of C", "The former C boss")
_NO_DESCRIPTOR = (
    r"(?:of|at|for|with|by|to|from|in|on|against|over|under|and|or|than|coach|manager|boss|trainer|"
    r"president|chairman|owner|former|ex|new|interim|caretaker|assistant|head|director|board|club|side|team)"
)
# What may come before a club that is its sentence's subject: a dateline, "The" and a description.
_OPENING = re.compile(
    # (a dateline's hyphen stands apart: "The ex-Spurs coach" opens on no dateline)
    r"^(?:[A-Z][A-Za-z ,.()\d]*(?:—|--|(?<=[\s)])-|–)\s*)?"
    # "In Shanghai, Shenhua confirmed …", "Elsewhere, Lens moved …": a place or turn framing the subject
    r"(?:(?:According\s+to|Meanwhile|However|Elsewhere|Separately|On\s+\w+|In\s+[A-Z][\w\-]+)[^,]{0,40},\s*)?"
    r"(?:(?:And\s+|But\s+)?(?:[Tt]hen\s+)?[Tt]here(?:\s+is|\s+are|'s|’s)\s+)?"  # "And then there is Morocco."
    r"(?:[Tt]he\s+(?:(?!"
    + _NO_DESCRIPTOR
    + r"\b)[a-z][\w\-]*\s+){0,2})?$"  # "The runner-up C", "The hosts C"
)


# a squad of the story's club that the lead names as an actor, not a man's post: "Japan's under-17 national
# team retained …", "The Young Socceroos are champions …" (not "reserve-team coach X", "his work with the
# under-19 side", "put X in charge of its first team")
_LEAD_SQUAD_TAG = re.compile(r"«([CS])(\d+)»")
# "under-21 coach X", "reserve-team coach X": the squad of a man's title
_TITLE_AFTER = re.compile(
    r"[\w\-]*(?:'s)?\s+(?:[a-z\-]+\s+){0,2}(?:boss|coach|manager|trainer)\s+«P\d+»", re.IGNORECASE
)
# "X coached Vietnam's U19 team in 2019": a past spell's squad, not the lead's actor
_PERSON_VERB_BEFORE = re.compile(
    r"«P\d+»\s+(?:had\s+|has\s+)?(?:previously\s+|also\s+)?(?:coached|led|managed|guided|trained|ran)\s+"
    r"(?:the\s+)?(?:«C\d+»['’]s?\s+)?$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|at|of|for|from|in|into|to|by|under)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:«C\d+»['’]s?\s+)?$",
    re.IGNORECASE,
)


def lead_squad(sent: TaggedSentence, ctx: Context) -> None:
    """'Japan's under-17 national team retained the Asian Cup, and coach X will continue': a lead that
    names one squad of the story's club other than its senior side as an actor tells the squad the
    story is about."""
    squads = set()
    for m in _LEAD_SQUAD_TAG.finditer(sent.tagged):
        club, squad = sent.squad_of.get(int(m.group(2)), (None, ""))
        if m.group(1) == "C" and sent.mentions[int(m.group(2))].squad is None:
            continue  # "Club Brugge put reserve-team coach X …": the club acts; a squad must be named
        if (
            club == ctx.topic_club
            and not _TITLE_AFTER.match(sent.tagged, m.end())
            and not _PREPOSITION_BEFORE.search(sent.tagged, max(0, m.start() - 40), m.start())
            and not _PERSON_VERB_BEFORE.search(sent.tagged, max(0, m.start() - 80), m.start())
        ):
            squads.add(squad)
    if len(squads) == 1 and not squads & {"first_team", "national"}:
        ctx.topic_squad = squads.pop()
        ctx.topic_from_lead = True


def _told_of_an_earlier_year(f: Fact, ctx: Context) -> bool:
    return f.date is not None and ctx.news_day is not None and f.date.value.year < ctx.news_day.year


def update_topic(facts: list[Fact], ctx: Context) -> None:
    """The squad the story is about: that of the latest appointment, sacking or new deal at its club (not
    one dated in an earlier year: "joined the staff in 2021 as under-23 coach" is the man's past)."""
    changes = [
        f
        for f in facts
        if f.event in ("appointed", "dismissed", "resigned", "extended")
        and f.club == ctx.topic_club
        and not _told_of_an_earlier_year(f, ctx)
        and not f.second_side
        and (f.squad_named or f.squad != "first_team" or ctx.topic_from_lead)
    ]
    if not changes:
        return
    f = _most_specific_post(changes[0], changes)
    ctx.topic_from_lead = False
    # "National coach X, who had been dismissed by Bayern": a club has no national squad
    at_club = ctx.club_kinds.get(f.club or "") != "national"
    ctx.topic_squad = "first_team" if at_club and f.squad == "national" else f.squad


def _most_specific_post(first: Fact, changes: list[Fact]) -> Fact:
    """'named national coach for the U21 national team': of one change read twice, once at the senior
    side from the title and once at the squad the words name, the squad named."""
    if first.squad not in ("first_team", "national"):
        return first
    same = (f for f in changes if (f.coach, f.event) == (first.coach, first.event) and f.squad != first.squad)
    return next(same, first)


# --- clubs and squads ---------------------------------------------------------------------------

# "C's women's team", "C under-21s" — but not "C and the national teams": a coordinator starts a new
# item; nor "the bench of C from the filial", "took C to the first team": a preposition starts another phrase
_SQUAD_AFTER_CLUB = re.compile(
    r"^(?!.*\b(?:and|or|from|to|into|at|in|on|by|with|for|as|after|before|since|until|than)\b)"
    r"(?:'s?)?\s*(?:[a-z\-]+\s+){0,2}$"
    # "City's elite development squad, the under-23s": the squad named again in an apposition
    r"|^['’]s?\s+(?:[a-z\-]+\s+){0,3}" + TEAM_NOUN + r",\s+the\s+$"
)
_SQUAD_BEFORE_CLUB = re.compile(
    # ("the former Under-19 coach of the KNVB": the coach's title between)
    r"^\s*(?:sides?|teams?|squads?|(?:head\s+)?(?:coach|manager|boss|trainer))?\s*(?:of|at|with|for|"
    r"in)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$"
)


# "«C» put «S» coach «P» in charge", "«C» have promoted «S» coach «P»": the club acts on a man titled by its
# youth or reserve side (words between, no possessive); the squad is his title's, the club's own act its
# senior side's (not "«C» have sacked «S» Super League manager «P»": a women's title is the women's side's)
_CLUB_VERB_BEFORE_SQUAD = re.compile(r"\s+(?:[a-z]+\s+){1,2}")


def _acts_on_titled_man(
    tagged: str, club_end: int, squad_start: int, squad_end: int, squad: str | None
) -> bool:
    return bool(
        squad is not None
        and "women" not in squad
        and _CLUB_VERB_BEFORE_SQUAD.fullmatch(tagged, club_end, squad_start)
        and _TITLE_AFTER.match(tagged, squad_end)
    )


def bind_squads(tagged: str, mentions: list[Mention], ctx: Context) -> dict[int, tuple[str | None, str]]:
    """For every club and squad tag: (club, squad) it stands for in this sentence."""
    tags = [(m.start(), m.end(), m.group(1), int(m.group(2))) for m in TAG.finditer(tagged)]
    bound: dict[int, tuple[str | None, str]] = {}
    for k, (_s, e, kind, idx) in enumerate(tags):
        if kind != "C":
            continue
        club = mentions[idx]
        squad = club.squad
        nxt = tags[k + 1] if k + 1 < len(tags) else None
        prev = tags[k - 1] if k > 0 else None
        if squad is None and nxt and nxt[2] == "S" and _SQUAD_AFTER_CLUB.match(tagged[e : nxt[0]]):
            titled = mentions[nxt[3]].squad
            bound[nxt[3]] = (club.name, squad_code(club, titled))
            if not _acts_on_titled_man(tagged, e, nxt[0], nxt[1], titled):
                squad = titled
        # ("Villarreal's B team in Spain": a squad the club before already owns stays its)
        if (
            squad is None
            and prev
            and prev[2] == "S"
            and prev[3] not in bound
            and _SQUAD_BEFORE_CLUB.match(tagged[prev[1] : _s])
        ):
            squad = mentions[prev[3]].squad
            bound[prev[3]] = (club.name, squad_code(club, squad))
        bound[idx] = (club.name, squad_code(club, squad))
    for _s, _e, kind, idx in tags:
        if kind == "S" and idx not in bound:
            bound[idx] = (None, mentions[idx].squad or "first_team")
    # "Germany's U-20 and U-18 national teams": coordinated squads share the club, passed on along
    # the list forward, then back to the squads named before the bound one
    for k in range(1, len(tags)):
        _share_club(tagged, tags[k], tags[k - 1], mentions, bound, ctx)
    for k in range(len(tags) - 2, -1, -1):
        _share_club(tagged, tags[k], tags[k + 1], mentions, bound, ctx)
    _national_age_groups(tags, mentions, bound)
    _employer_squads(tagged, tags, mentions, bound)
    _squads_of_spell_at(tagged, mentions, bound, ctx)
    _squads_of_the_club_named(tagged, mentions, bound, ctx)
    _squads_of_where_clause(tagged, mentions, bound, ctx)
    return bound


# "worked under Y at C, coaching the under-23s", "spent four years with C, running their academy":
# a squad with no club of its own, named by a participle right after the club where he was
_SQUAD_AFTER_SPELL_AT = compile_quick(
    r"\b(?:at|with|for)\s+(?:the\s+)?«C(\d+)»,?\s+(?:coaching|leading|running|managing|overseeing|"
    r"(?:in|taking)\s+charge\s+of)\s+(?:the\s+|its\s+|their\s+)?«S(\d+)»",
    re.IGNORECASE,
)


def _squads_of_spell_at(
    tagged: str, mentions: list[Mention], bound: dict[int, tuple[str | None, str]], ctx: Context
) -> None:
    for m in _SQUAD_AFTER_SPELL_AT.finditer(tagged):
        club_idx, squad_idx = int(m.group(1)), int(m.group(2))
        club = bound.get(club_idx, (None,))[0]
        if club and bound.get(squad_idx, (None,))[0] is None:
            bound[squad_idx] = (club, squad_at(mentions[squad_idx].squad or "", club, ctx))


# "worked his way up through the club's under-23 side", "the Under-19 of the club": a squad owned by "the
# club", which the sentence named before (the club reference itself is left untagged there)
_THE_CLUBS_SQUAD = compile_quick(r"\bthe\s+club['’]s\s+«S(\d+)»|«S(\d+)»\s+of\s+the\s+club\b", re.IGNORECASE)
_CLUB_TAG = re.compile(r"«C(\d+)»")


def _squads_of_the_club_named(
    tagged: str, mentions: list[Mention], bound: dict[int, tuple[str | None, str]], ctx: Context
) -> None:
    """'Jorge coached Braga's first team after working his way up through the club's under-23 side': the
    club's squad is that of the one club (not a national team) the sentence named before it; of several
    ('played for Crewe, Mansfield and Burton, and later coached the club's under-18s') none is sure."""
    for m in _THE_CLUBS_SQUAD.finditer(tagged):
        squad_idx = int(m.group(1) or m.group(2))
        if bound.get(squad_idx, (None,))[0] is not None:
            continue
        named = [int(c.group(1)) for c in _CLUB_TAG.finditer(tagged, 0, m.start())]
        clubs = {bound[k][0] for k in named if mentions[k].club_kind != "national" and k in bound} - {None}
        if len(clubs) == 1:
            club = clubs.pop()
            bound[squad_idx] = (club, squad_at(mentions[squad_idx].squad or "", club, ctx))


# "arrives from C, where he coached the under-21s", "four years at C, where he also led the under-19s": a
# squad with no club of its own inside the where-clause of the club before it (no other club between)
_WHERE_SQUAD = compile_quick(
    r"«C(\d+)»(?:['’]s?)?\s*,\s+where\s+(?:[^«.;:!?]|«P\d+»)*?«S(\d+)»", re.IGNORECASE
)


def _squads_of_where_clause(
    tagged: str, mentions: list[Mention], bound: dict[int, tuple[str | None, str]], ctx: Context
) -> None:
    """A where-clause's squad is its club's (a national team's too: 'with Scotland, where he led the
    under-21s'), not the story's club's, which a squad with no club falls back to."""
    for m in _WHERE_SQUAD.finditer(tagged):
        club_idx, squad_idx = int(m.group(1)), int(m.group(2))
        club = bound.get(club_idx, (None,))[0]
        if club and bound.get(squad_idx, (None,))[0] is None:
            bound[squad_idx] = (club, squad_at(mentions[squad_idx].squad or "", club, ctx))


_COORDINATION = re.compile(r"\s*(?:,|and|or|&)\s*")


def _share_club(
    tagged: str,
    tag: tuple[int, int, str, int],
    other: tuple[int, int, str, int],
    mentions: list[Mention],
    bound: dict[int, tuple[str | None, str]],
    ctx: Context,
) -> None:
    """A squad tag with no club, coordinated with the squad tag `other` next to it that has one,
    is that club's."""
    start, end, kind, idx = tag
    if kind != "S" or other[2] != "S" or bound[idx][0] is not None:
        return
    club = bound[other[3]][0]
    if club is None:
        return
    gap = tagged[other[1] : start] if other[0] < start else tagged[end : other[0]]
    if _COORDINATION.fullmatch(gap):
        bound[idx] = (club, squad_at(mentions[idx].squad or "", club, ctx))


# The subject's post at a club, told in the sentence's opening apposition or clause: "A former coach
# in C's academy, X took over …", "X, C's academy director, …", "A coach at C since 2009, he …".
_EMPLOYER_ROLE = (
    r"(?:coach|manager|boss|assistant|director|head|chief|trainer|scout|analyst|worked|working|"
    r"in\s+charge)\s+(?:in|at|of|with|for|within)\s+(?:the\s+)?$"
)
_EMPLOYER_BEFORE = re.compile(_EMPLOYER_ROLE, re.IGNORECASE)
_EMPLOYER_AFTER = re.compile(r"'s?\s+(?:«S\d+»\s+)?(?:coach|manager|boss|assistant|director|head|chief)\b")
# A past post ("a former coach at C") names where he was, not the club of a squad he took over later
_PAST_POST = re.compile(r"\b(?:former|ex-?|previously|once|then)\b", re.IGNORECASE)
# Between the post and the squad: one subject and its verb, no new clause of another time or actor
_SAME_CLAUSE = re.compile(r"^(?:'s?\s+«S\d+»)?[^«;]*?(?:«P\d+»)?[^«;]*$")
_CLAUSE_TURN = re.compile(r"\b(?:and|but|while|before|after|when|until|who|whom|which|then|later)\b", re.I)


def _employer_squads(
    tagged: str,
    tags: list[tuple[int, int, str, int]],
    mentions: list[Mention],
    bound: dict[int, tuple[str | None, str]],
) -> None:
    """'A former coach in Manchester City's academy, the Englishman took over the women's side': a
    squad with no club of its own, in the clause whose subject the sentence places at a club, is
    that club's (a move inside the club), not the club in view. Only the one club named before it,
    named as his employer: in a squad of it, or, with no squad, as a present post."""
    loose = [s for s, _e, kind, idx in tags if kind == "S" and bound[idx][0] is None]
    clubs = [(s, e, idx) for s, e, kind, idx in tags if kind == "C" and loose and s < loose[-1]]
    if (
        len({mentions[idx].name for _s, _e, idx in clubs}) != 1
        or mentions[clubs[0][2]].club_kind == "national"
    ):
        return  # the one club named before the squad ("… before moving to C" comes after it)
    start, end, cidx = clubs[0]
    club, its_squad = bound.get(cidx, (None, "first_team"))
    before = tagged[max(0, start - 40) : start]
    role = _EMPLOYER_BEFORE.search(before) or _EMPLOYER_AFTER.match(tagged, end)
    if club is None or role is None:
        return
    opening = tagged[:start]
    if its_squad == "first_team" and _PAST_POST.search(opening):
        return  # "a former coach at C, he took over the women's side": C is where he was
    for s, _e, kind, idx in tags:
        if kind != "S" or s < end or bound[idx][0] is not None or bound[idx][1].startswith("national"):
            continue
        between = tagged[end:s]
        if bound[idx][1] != its_squad and _SAME_CLAUSE.match(between) and not _CLAUSE_TURN.search(between):
            bound[idx] = (club, bound[idx][1])


def _national_age_groups(
    tags: list[tuple[int, int, str, int]], mentions: list[Mention], bound: dict[int, tuple[str | None, str]]
) -> None:
    """'the national team had been led by X, who was also coaching the under-23 team': in a sentence
    about a national team and no club, a bare age group is the country's."""
    national = any(kind == "S" and bound[idx] == (None, "national") for _s, _e, kind, idx in tags)
    clubs = any(kind == "C" and mentions[idx].club_kind != "national" for _s, _e, kind, idx in tags)
    if not national or clubs:
        return
    for _s, _e, kind, idx in tags:
        if kind == "S" and bound[idx][0] is None and re.fullmatch(r"u\d+|youth", bound[idx][1]):
            bound[idx] = (None, _national(bound[idx][1], "national"))


# An age group named as a competition ("the U-20 World Cup", "the European Under-21 Championship"): the
# national squad a spell there coached. (The Olympic tournament, men's under-23 in football, was read so
# too; a clause naming the Games is as often a senior coach's, and it cost unseen text a right fact.)
_AGE_COMPETITION = re.compile(
    r"«S(\d+)»\s+(?:World\s+Cup|Championships?|Euros?|Asian\s+Cup|Africa(?:n)?\s+Cup|Cup|tournament|"
    r"finals|Gold\s+Cup)\b",
    re.IGNORECASE,
)
# the clause the spell is told in: no sentence break, no other person's clause
_SPELL_CLAUSE = re.compile(r"[^.;:!?«]*(?:«[CS]\d+»[^.;:!?«]*)*")
_NEXT_VERB = re.compile(r",|\s(?:and|but|before|after|then|while|when|where)\s")


def competition_squad(sent: TaggedSentence, end: int) -> str | None:
    """'X, who guided Korea to the semi-finals of the U-20 World Cup': the national squad of the
    competition the spell's clause (after `end`) names, if any."""
    clause = _SPELL_CLAUSE.match(sent.tagged, end)
    text = clause.group(0) if clause else ""
    text = _NEXT_VERB.split(text, maxsplit=1)[
        0
    ]  # "… at the Olympics and won the Under-21 Euro": his next feat
    named = [sent.squad_of.get(int(m.group(1)), (None, ""))[1] for m in _AGE_COMPETITION.finditer(text)]
    # ("the Under-20 Women's World Cup": the women's age group)
    ages = {_national(s, "national") for s in named if re.fullmatch(r"(?:national_)?(?:women_)?u\d+", s)}
    return ages.pop() if len(ages) == 1 else None


def squad_at(squad: str, club: str | None, ctx: Context) -> str:
    """The squad code of `squad` at `club`, as the article's club kinds tell it (national or not)."""
    return _national(squad, ctx.club_kinds.get(club or "", "club"))


def squad_code(club: Mention, squad: str | None) -> str:
    return _national(squad or "first_team", club.club_kind)


def _national(squad: str, kind: str) -> str:
    if kind != "national":
        return squad.replace("national_", "") if squad.startswith("national_u") else squad
    if squad in ("first_team", "national", ""):
        return "national"
    if squad.startswith("national"):
        return squad
    return f"national_{squad}"


def club_for(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> _ClubPost:
    """(club, squad, explicit) for a fact found by `rule` at `match`; an offer whose own words
    name no club is the offering club's the sentence names, not the club in view (his own)."""
    if rule.club_side == "bracket":
        return _bracketed_club(sent, person_pos)
    found = _rule_club(rule, match, sent, ctx, person_pos)
    if not found[2] and rule.event in ("offer", "offer_declined") and not match.groupdict().get("c"):
        found = _offering_club(sent) or found
        if (
            not found[2]
            and _THE_POST_OFFERED.search(match.group(0))
            and _filling_national_age_group(found[0], match, sent, ctx)
        ):
            return found[0], ctx.topic_squad, False  # "… had first offered the post to Y": that post
    return found


# "offered the post to Y", "offered him the job": the post the story is filling
_THE_POST_OFFERED = re.compile(r"\bthe\s+(?:post|job|role|position)\b", re.IGNORECASE)


# "X (C)": the club in brackets right after a man's name
_BRACKET_CLUB = re.compile(r"«P\d+»\s*\(«C(\d+)»\)")


def _bracketed_club(sent: TaggedSentence, person_pos: int) -> _ClubPost:
    """A listed man's club: the one in brackets after his name ('Sacked: X (C), Y (D)')."""
    found = _BRACKET_CLUB.match(sent.tagged, person_pos)
    club, squad = (
        sent.squad_of.get(int(found.group(1)), (None, "first_team")) if found else (None, "first_team")
    )
    return club, squad, club is not None


# The club making an offer: "an offer to manage Saudi side C", "interest from C, who approached
# him", "a proposal of the C", "with C willing to pay his release clause".
_OFFERER = re.compile(
    r"\b(?:interest|offers?|approach(?:es)?|bids?|proposals?|enquir(?:y|ies)|inquir(?:y|ies)|overtures?)\s+"
    r"(?:from|of)\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?«C(\d+)»(?!['’])"
    r"|\b(?:offers?|approach|proposals?|bid|chance|opportunity|invitation)\s+to\s+(?:manage|coach|lead|join|"
    r"take\s+(?:over|charge)(?:\s+(?:at|of))?|become\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:of|at))\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,4}?«C(\d+)»(?!['’])"
    r"|\bwith\s+(?:the\s+)?«C(\d+)»\s+(?:(?:were|was|are|is|being)\s+)?(?:willing|prepared|ready|keen|set|"
    r"happy|able)\s+to\b"
    r"|«C(\d+)»,?\s+who\s+(?:had\s+|have\s+|has\s+)?(?:approached|offered|contacted|sounded\s+out)\b",
    re.IGNORECASE,
)


# "but preferred an offer from C", "opted for the proposal of C": the offer he took instead of the one refused
_OFFER_TAKEN_INSTEAD = re.compile(
    r"\b(?:preferred|prefers|opted\s+for|chose|accepted)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE
)


def _offering_club(sent: TaggedSentence) -> tuple[str, str, bool] | None:
    """The club the sentence tells making an offer ('interest from C'), if it names one (not one whose offer
    he took instead)."""
    for m in _OFFERER.finditer(sent.tagged):
        if _OFFER_TAKEN_INSTEAD.search(sent.tagged, max(0, m.start() - 20), m.start()):
            continue
        idx = int(next(g for g in m.groups() if g))
        club, squad = sent.squad_of.get(idx, (None, "first_team"))
        if club:
            return club, squad, True
    return None


_PERSON_APPOSITION = re.compile(r"«P\d+»,[^,]{1,90},")


def _elided_subject_club(match: re.Match[str], tagged: str, person_pos: int) -> int | None:
    """'He led C to the title, but resigned': the last club of the clause before the second verb,
    not one of an apposition ('X, then coach of C, was named to lead the national team, but quit')."""
    trigger = trigger_at(match)
    aside = _PERSON_APPOSITION.match(tagged, person_pos)
    start = aside.end() if aside else match.start()
    return _last_tag_before(tagged, trigger, trigger - start) if trigger > start else None


def _club_exited_before(sent: TaggedSentence, end: int) -> tuple[str, str] | None:
    """(club, squad) of the last exit the sentence tells before `end` ('sacked by C', 'left C')."""
    exits = list(_EXIT_FROM_CLUB.finditer(sent.tagged, 0, end))
    if not exits:
        return None
    club, squad = sent.squad_of.get(int(exits[-1].group(1) or exits[-1].group(2)), (None, "first_team"))
    return (club, squad) if club else None


_PERSON_COMMA_WHO = re.compile(r"«P\d+»,\s*who\b")
# "Peru's «P»", "C's veteran coach «P»": the club the man is named by
_CLUB_OWNS_NEXT = re.compile(r"«C(\d+)»" + _OWNS_GAP + "$")
# "sacked by C", "left C": an exit the sentence tells before a "was replaced by Y" of the same man
_EXIT_FROM_CLUB = re.compile(
    r"\b(?:sacked|fired|dismissed|axed|let\s+go)\s+by\s+(?:the\s+)?«C(\d+)»(?!['’])"
    r"|\b(?:left|leaving|quit|departed|resigned\s+(?:from|at))\s+(?:the\s+)?«C(\d+)»(?!['’])",
    re.IGNORECASE,
)
# "replacing X, who had guided C to the title": the post X held, which the replacement took, is C's
_REPLACED_MAN_LED = re.compile(
    r",\s*who\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(?:guided|led|coached|managed|steered|been\s+in\s+charge\s+(?:of|at))\s+"
    r"(?:the\s+)?«C(\d+)»(?!['’])"
)
_CLUB_STATEMENT = re.compile(r"(?:The\s+)?«C(\d+)»\s+(?:said|confirmed|announced|stated)\b")
# "X succeeds Y, who left Augsburg by mutual consent", "…, who was sacked by C": the post Y left is taken
_REPLACED_MAN_LEFT = re.compile(
    r",\s*who\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?(?:left|quit|departed|(?:was|were|had\s+been|has\s+been)\s+"
    r"(?:sacked|fired|dismissed|relieved\s+of\s+his\s+duties)\s+by)\s+(?:the\s+)?«C(\d+)»(?!['’])"
)


# "…, leaves Birmingham City, where he was replaced by Y in October": the club a 'where' clause is about
# (past the squads it names: "C, where he coached the under-17s and then was assistant to Y"); not past a
# comma and 'and' that closes the clause and goes back to the main one ("after leaving C, where he had
# spent five years, and succeeded Y": the post taken is not C's)
_WHERE_CLUB = re.compile(
    r"«C(\d+)»(?:['’]s?)?\s*,\s+where\b(?:(?!,\s+and\s)[^«.;:!?])*(?:«[PS]\d+»(?:(?!,\s+and\s)[^«.;:!?])*)*$"
)


# "at Watford, where he coached …": the ', where' clause of the man himself
_WHERE_HE = re.compile(r"«C(\d+)»(?:['’]s?)?\s*,\s+where\s+«P(\d+)»")


# "Melbourne Victory have appointed K as head coach, less than a week after X left to …": the club that
# hires his successor, the subject of the main clause, when the exit is told in its "after" clause
_HIRING_CLUB = re.compile(
    r"^(?:[^«]{0,25})«C(\d+)»\s+(?:have\s+|has\s+|had\s+)?(?:appointed|named|hired|confirmed|unveiled|announced)\b"
)
_AFTER_CLAUSE = re.compile(r"\b(?:after|since|following\s+the\s+departure\s+of)\b[^.;:]*$", re.IGNORECASE)


def _hiring_club(tagged: str, at: int) -> int | None:
    hiring = _HIRING_CLUB.match(tagged)
    if hiring is None or not _AFTER_CLAUSE.search(tagged, hiring.end(), at):
        return None
    return int(hiring.group(1))


def where_club(sent: TaggedSentence, person_pos: int) -> str | None:
    """'worked at Watford, where he coached the under-23s': the club a ', where' clause about the man
    at `person_pos` hangs on."""
    close = sent.tagged.find("»", person_pos) + 1
    where = _WHERE_HE.search(sent.tagged, max(0, person_pos - 40), close)
    if where is None or where.end() != close:
        return None
    return sent.squad_of.get(int(where.group(1)), (None,))[0]


# "he was coach of C", "had been first-team coach under Y at C": the club right after the title is
# the post's, not a club named before it ("Before coming to Hungary he was coach of C")
_TITLE_OF_CLUB = re.compile(r"\s+(?:under\s+«P\d+»\s+)?(?:of|at)\s+(?:the\s+)?«C(\d+)»(?!['’])")


# "will step down from his role as an assistant to Rob Page with the Wales national team": the post he
# quits is the one named after his boss
_QUIT_AIDE_ROLE = re.compile(
    r"\s+from\s+(?:his|her|«P\d+»['’]s?)\s+(?:role|post|position|job)\s+as\s+(?:an?\s+|the\s+)?"
    r"(?:assistant|deputy|number\s+two)(?:\s+(?:coach|manager))?\s+to\s+«P\d+»\s+(?:with|at|for)\s+(?:the\s+)?«[CS](\d+)»",
    re.IGNORECASE,
)


# "Benfica coach X, in charge since 2024", "Indonesia's X, at the helm since 2020": an aside telling how
# long a man has held his post, right after a title that names his club
_TENURE_ASIDE = re.compile(
    r",\s+(?:who\s+(?:is|was|has\s+been|had\s+been)\s+)?"
    r"(?:in\s+(?:interim\s+|caretaker\s+)?(?:charge|post|office)|at\s+the\s+helm|on\s+the\s+bench)\b"
)
# "Flamengo coach X, who was promoted from the under-20s": a step up inside the club his title names
_PROMOTED_ASIDE = re.compile(r",\s+who\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?promoted\s+from\b")
_CLUB_TITLE_RIGHT_BEFORE = re.compile(
    r"«C(\d+)»(?:(?:['’]s?)?(?:\s+«S\d+»)?\s+(?:(?:head|assistant|interim|caretaker)\s+)?"
    r"(?:coach|manager|boss|trainer)|['’]s?)\s+$"
)


def _titled_mans_tenure(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> _ClubPost | None:
    """'Germany coach X, in charge of the under-21s since 2021': the spell of the post his title names
    (Germany's under-21s), not of the club the story is about, which the aside does not name; so is a step
    up told in the aside ('Flamengo coach X, who was promoted from the under-20s': Flamengo's)."""
    if match.groupdict().get("c"):
        return None
    close = sent.tagged.find("»", person_pos) + 1
    tenure = rule.event == "in_charge" and _TENURE_ASIDE.match(sent.tagged, close)
    if not tenure and not _PROMOTED_ASIDE.match(sent.tagged, close):
        return None
    title = _CLUB_TITLE_RIGHT_BEFORE.search(sent.tagged, max(0, person_pos - 60), person_pos)
    post = _tag_post(sent, int(title.group(1))) if title else None
    if post is None:
        return None
    inner = [int(m.group(2)) for m in TAG.finditer(match.group(0)) if m.group(1) == "S"]
    squad = sent.squad_of[inner[0]][1] if inner else post[1]
    return post[0], squad_at(squad, post[0], ctx), True


def _rule_club(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> _ClubPost:
    """(club, squad, explicit) as the rule's club side and its words point to, else the story's.
    Each step reads the post or hands on the side left to try, from the surest reading to the story's."""
    found = _titled_mans_tenure(rule, match, sent, ctx, person_pos) or _club_its_clause_names(
        rule, match, sent, ctx
    )
    if found is not None:
        return found
    found, side = _club_by_side(rule, match, sent, ctx, person_pos)
    if found is not None:
        return found
    found, side = _club_by_rule(rule, match, sent, ctx, person_pos, side)
    if found is not None:
        return found
    return _club_by_position(rule, match, sent, ctx, person_pos, side)


def _tag_post(sent: TaggedSentence, idx: int) -> _ClubPost | None:
    """(club, squad, explicit) of club tag `idx`, if it stands for a known club."""
    club, squad = sent.squad_of.get(idx, (None, "first_team"))
    return (club, squad, True) if club else None


def _club_its_clause_names(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context
) -> _ClubPost | None:
    """The post a clause around the match names outright: an aide's told through his boss, 'step down
    from his role as assistant to Y with C', 'leaves C, where he was replaced by Y'."""
    gd = match.groupdict()
    aide = _aide_post(rule, match, sent, ctx)
    if aide:
        return aide
    quit_aide = (
        _QUIT_AIDE_ROLE.match(sent.tagged, match.end()) if rule.event in ("resigned", "left") else None
    )
    if quit_aide and not gd.get("c"):
        found = _tag_post(sent, int(quit_aide.group(1)))
        if found:
            return found
    if gd.get("c") or gd.get("s"):
        return None
    where = _WHERE_CLUB.search(sent.tagged, 0, match.start())
    return _tag_post(sent, int(where.group(1))) if where else None


_THERE = re.compile(r"\bthere\b", re.IGNORECASE)


def _club_by_side(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> tuple[_ClubPost | None, str]:
    """The post the rule's declared club side reads ('own', 'possessive', 'elided', 'tag'), or the one
    its match names; else None and the side left to try."""
    tagged, squad_of, gd = sent.tagged, sent.squad_of, match.groupdict()
    side = rule.club_side
    if rule.name in _FOLLOWING_AIDE_RULES and not gd.get("c") and _FROM_CLUB_NEXT.match(tagged, match.end()):
        side = "topic"
    if side == "own_else_topic" and _THERE.search(match.group(0)):
        side = "topic"  # "He came there in April in place of Y": the club the sentence before named
    # "He kept us up": the club named, else the one the story ties him to
    if side in ("own", "own_else_topic"):
        own = _own_club(sent.mentions[int(gd["p"])].name, ctx) if gd.get("p") and not gd.get("c") else None
        if own:
            return (own, squad_at("first_team", own, ctx), False), side
        # (a past arrival told in passing, no club named nor tied to him: the club in view)
        side = "tag" if side == "own" else "topic"
    if side == "possessive":
        coach = sent.mentions[int(gd["p"])].name if gd.get("p") else None
        return _possessive_club(sent, person_pos, ctx, coach), side
    if side == "elided":
        found = _elided_subject_club(match, tagged, person_pos)
        if found is not None and squad_of.get(found, (None,))[0]:
            club, squad = squad_of[found]
            return with_topic(club, squad, ctx, explicit=True), side
        side = "topic"
    if rule.squad_in_match:  # "join Simeone's first-team coaching staff"
        inner = [int(m.group(2)) for m in TAG.finditer(match.group(0)) if m.group(1) == "S"]
        if inner:
            club, squad = squad_of[inner[0]]
            if club is None and rule.name in KEPT_AT_SQUAD_RULES and ctx.topic_club:
                # "At Under-19 level, X continues": a squad of the story's club, whatever club the
                # sentences before passed through
                return (ctx.topic_club, squad_at(squad, ctx.topic_club, ctx), False), side
            return with_topic(club, squad, ctx, explicit=club is not None), side
    if side == "tag" and (gd.get("c") or gd.get("s")):
        club, squad = squad_of.get(int(gd.get("c") or gd["s"]), (None, "first_team"))
        return with_topic(club, squad, ctx, explicit=club is not None), side
    if gd.get("c"):
        club, squad = squad_of[int(gd["c"])]
        return (club, squad, True), side
    return None, "near" if side == "tag" else side


def _club_by_rule(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int, side: str
) -> tuple[_ClubPost | None, str]:
    """The post the rule's own reading gives (a vacancy in view, the club after the match, the replaced
    man's post, the clause's subject or 'under' club); else None and the side left to try."""
    gd = match.groupdict()
    if rule.name == "talks-over-job" and ctx.topic_club:  # "talks over the position": the story's vacancy
        return (ctx.topic_club, "first_team", False), side
    if rule.name == "staff-includes":  # "the technical team of X includes A": X's one post in the story
        post = _named_boss_post(match, sent.mentions, ctx)
        if post:
            return post, side
    if side == "after_topic":  # "X to replace Y at Fulham"; else the club in view
        after = (
            _aide_taken_along(rule, match, sent, ctx)
            or _club_after(rule, match, sent, ctx)
            or _bringing_boss_post(rule, match, sent, ctx)
        )
        if after is not None:
            return after, side
        side = "topic"
    if rule.name == "replaced-by" and gd.get("p2") and not gd.get("c"):
        left = _post_of_the_replaced(match, sent, ctx)
        if left is not None:
            return left, side
    if side == "subject":
        return _subject_club(sent, match.start(), ctx), side
    if side == "under":
        return _under_club(sent, match, ctx), side
    if rule.name == "passive-sacked" and not gd.get("c") and _PERSON_COMMA_WHO.match(match.group(0)):
        owner = _CLUB_OWNS_NEXT.search(sent.tagged, max(0, person_pos - 40), person_pos)
        found = _tag_post(sent, int(owner.group(1))) if owner else None
        if found:  # "Peru's Oscar Ibanez, who was fired hours later"
            return found, side
        side = "topic"  # "replacing X, who was sacked …": the post being filled, unless found below
    return _replaced_mans_post(rule, match, sent, ctx, person_pos), side


# "decided to remain", "chose to stay", "is happy at": the club after is his own, not the refused post
# ("preferred to continue at C": translated "preferiu continuar", staying where he is)
# ("preferred an offer from C", "opted for C instead": C is the job he took over the one refused)
_STAYS_PUT = re.compile(
    r"\b(?:remain|stay|continue|opted\s+for|preferred\s+(?:an?|the|another)\s+(?:[\w\-]+\s+)?(?:offer|project|"
    r"proposal|option|challenge)|" + HAPPY_PUT + r")",
    re.IGNORECASE,
)


def _club_by_position(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int, side: str
) -> _ClubPost:
    """The post of the club tag the side points to (before, inside or after the match), else the story's."""
    if side == "before_only":
        return _club_before_only(match, sent, ctx)
    if side == "moved_on_from":
        return _club_moved_on_from(rule, match, sent, ctx, person_pos)
    if side == "boss_exit":
        return _club_of_boss_exit(match, sent, ctx)
    titled = _titled_club(rule, match, sent)
    if titled is not None:
        return titled
    if side == "declined" and _STAYS_PUT.search(sent.tagged[match.start() : match.end() + 12]):
        return _club_spurned(sent, match)
    found, side = _club_tag_found(rule, match, sent, person_pos, side)
    if found is not None:
        club, squad, explicit = _found_club(match, sent, ctx, found, side)
        if (
            rule.name == "assistant-to"
            and club
            and not squad.startswith("national")  # (a country's youth sides share their staff)
            and _aides_own_clause(sent.tagged, found, match.start())
        ):
            squad = squad_at("first_team", club, ctx)  # the aide's youth post at a club is not his boss's
        return club, squad, explicit
    if side == "declined":
        suitor = _suitor(sent.tagged, match, person_pos)
        offer = _tag_post(sent, suitor) if suitor is not None else None
        return offer or (None, "first_team", False)
    return _story_club(rule, match, sent, ctx, person_pos)


def _club_before_only(match: re.Match[str], sent: TaggedSentence, ctx: Context) -> _ClubPost:
    """'Chelsea Women coach X left to …': the club before, never the one after."""
    found = _last_tag_before(sent.tagged, match.start(), 45)
    if found is None:
        found = _hiring_club(sent.tagged, match.start())
    if found is None:
        return _club_left_for(sent, match, ctx)
    club, squad = sent.squad_of.get(found, (None, "first_team"))
    return club, squad, club is not None


def _club_moved_on_from(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> _ClubPost:
    """'C promoted Y after X left to take over D', 'the vacancy left when X joined D': the club the
    sentence told of before the man (anywhere before him), else the story's; never D, where he went."""
    going = _first_tag_after(sent.tagged, match.end(), 60)
    went_to = sent.squad_of.get(going, (None,))[0] if going is not None else None
    # (the first club: the subject of "C have promoted Y", not one in an aside on Y)
    before = [int(m.group(2)) for m in TAG.finditer(sent.tagged, 0, person_pos) if m.group(1) == "C"]
    club, squad, explicit = (_tag_post(sent, before[0]) if before else None) or _story_club(
        rule, match, sent, ctx, person_pos
    )
    if squad.startswith("u") or squad in ("youth", "reserve"):
        squad = "first_team"  # "promoted from C's under-23s after X left": the post he left is the senior one
    if club == went_to and not before and ctx.topic_club not in (None, went_to):
        # "The job had been vacant since X took over D": the story moved on to D, the post is its own
        return ctx.topic_club, ctx.topic_squad, False
    if club is None or club == went_to:
        return None, "first_team", False
    return club, squad, explicit


def _club_of_boss_exit(match: re.Match[str], sent: TaggedSentence, ctx: Context) -> _ClubPost:
    """'X takes his assistant A with him to D': the post the story told X leaving (never D); else none."""
    boss = sent.mentions[int(match.group("boss")[2:-1])].name
    exit_ = ctx.exits.get(boss)
    going = _first_tag_after(sent.tagged, match.end(), 40)
    went_to = sent.squad_of.get(going, (None,))[0] if going is not None else None
    if exit_ is None or exit_[0] == went_to:
        return None, "first_team", False
    return exit_[0], exit_[1], False


# "takes his assistant A with him to D": where the boss takes the aide
_WITH_HIM_TO = re.compile(r"\s+with\s+«P\d+»\s+to\s+(?:the\s+)?«C(\d+)»")
_BOSS_OF_AIDE = re.compile(r"«P(\d+)»['’]s?\s")


def _aide_taken_along(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context
) -> _ClubPost | None:
    """'Maloney takes his assistant A with him to D': the aide's new post is D; where the story tells the
    boss leaving the club in view (and holding no post there) and names no club he goes to, the aide has no
    new post at all (he leaves the boss's old club with him: takes-aide-with-him)."""
    if rule.name != "bring-assistants":
        return None
    to = _WITH_HIM_TO.match(sent.tagged, match.end())
    if to is not None and sent.squad_of.get(int(to.group(1)), (None,))[0]:
        club, squad = sent.squad_of[int(to.group(1))]
        return club, squad, True
    owner = _BOSS_OF_AIDE.search(match.group(0)) or _SUBJECT_BEFORE.search(sent.tagged, 0, match.start())
    boss = sent.mentions[int(owner.group(1))].name if owner else ""
    left = ctx.exits.get(boss, (None,))[0]
    if left is not None and left == ctx.topic_club and left not in ctx.posts.get(boss, ()):
        return None, "first_team", False
    return None


def _titled_club(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> _ClubPost | None:
    """'he was coach of C': the club his title names, unless a where-clause tells that post ('…, where
    he was coach of C')."""
    titled = _TITLE_OF_CLUB.match(sent.tagged, match.end()) if rule.name == "was-role" else None
    if titled is None or re.search(r",\s+where\s+$", sent.tagged[max(0, match.start() - 9) : match.start()]):
        return None
    return _tag_post(sent, int(titled.group(1)))


def _bringing_boss_post(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context
) -> tuple[str, str, bool] | None:
    """'Blessin brings assistant A with him': the story's club when the story appointed the man
    bringing him (the clause's subject) there, not a club a career sentence before passed through
    ('At Leverkusen he brought in A' is that past post's)."""
    past = match.group(0).lower().startswith(("brought", "took"))
    if rule.name != "bring-assistants" or ctx.topic_club is None or past:
        return None
    subject = _SUBJECT_BEFORE.search(sent.tagged, 0, match.start())
    boss, club = sent.mentions[int(subject.group(1))].name if subject else "", ctx.topic_club
    if club not in ctx.posts.get(boss, ()):
        return None
    return club, ctx.post_squads.get((boss, club)) or squad_at("first_team", club, ctx), False


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
# "and previously coached", "and had earlier managed", "and also led": a verb coordinated after the match
# that tells an earlier spell of the subject (not "and led the club to promotion": the post just filled)
_EARLIER_SPELL_VERB = re.compile(
    r"\s(?:and|but)\s+(?:had\s+|has\s+)?(?:previously|earlier|once|formerly|also)\s+"
    r"(?:coached|managed|led|trained|guided|worked|spent|had\s+spells?)\b",
    re.IGNORECASE,
)
# "the «C» «S» coach «P»": a club in the title of the man named next
_TITLES_NEXT_MAN = re.compile(
    r"«C\d+»(?:['’]s?)?(?:\s+«S\d+»)?\s+(?:head\s+|assistant\s+)?(?:coach|manager|boss)\s+«P", re.IGNORECASE
)


def _club_after(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> _ClubPost | None:
    """'X to replace Y at Fulham': the club named right after; a rumour's vacancy in view is the first
    team's; else None (the club in view)."""
    tagged, squad_of = sent.tagged, sent.squad_of
    found = _first_tag_after(tagged, match.end(), 40)
    if found is not None and _GONE_TO.search(tagged, match.end(), tagged.find(f"«C{found}»") + 2):
        found = None  # "replacing Y, who has left for Z": Z is where Y went, not the post
    gone = _GONE_ASIDE.match(tagged, match.end()) if found is None else None
    post = _AS_POST_NEXT.match(tagged, gone.end()) if gone else None
    if post:
        found = int(post.group(1) or post.group(2))  # "replaces Y, who left for Z, as C manager": C
    if found is not None and _REPORTING.search(tagged, match.end(), tagged.find(f"«C{found}»")):
        found = None  # "X, who replaced Y last summer, said the C job …": another clause's club
    if found is not None and _SINCE_BEFORE.search(tagged, match.end(), tagged.find(f"«C{found}»")):
        found = None  # "X accompanies him since C": where they worked together before, not the post
    if found is not None and _TITLES_NEXT_MAN.match(tagged, tagged.find(f"«C{found}»")):
        found = None  # "…, along with the United States under-20 coach Y": the next man's post
    if found is not None and _EARLIER_SPELL_VERB.search(tagged, match.end(), tagged.find(f"«C{found}»")):
        found = None  # "He replaced Y and previously coached C": C is the next verb's, an earlier spell
    if found is not None and squad_of.get(found, (None,))[0]:
        club, squad = squad_of[found]
        return club, squad, True
    if rule.event == "linked":  # a vacancy in view is the first team's unless named
        club, squad, explicit = with_topic(None, "first_team", ctx, explicit=False)
        if _filling_national_age_group(club, match, sent, ctx):
            squad = ctx.topic_squad
        return club, squad, explicit
    return None


def _filling_national_age_group(
    club: str | None, match: re.Match[str], sent: TaggedSentence, ctx: Context
) -> bool:
    """'Finland named X coach of the under-21s. Y had also been considered': a candidate told with no post
    of his own words, in a story filling a national age group's post, is one for that post (not the
    senior side's). Only a national team's: a club's story of its youth coach names candidates for the
    first team as often."""
    return (
        club is not None
        and club == ctx.topic_club
        and ctx.club_kinds.get(club) == "national"
        and youth_or_reserve(ctx.topic_squad)
        and not SQUAD_TAG.search(sent.tagged, match.end())  # "… a candidate to lead the under-20 team"
    )


def _post_of_the_replaced(match: re.Match[str], sent: TaggedSentence, ctx: Context) -> _ClubPost | None:
    """'X resigned … . He was succeeded by Y': the post X left, told before or in this sentence (a frame
    first: 'In Darmstadt he was replaced by Y' is Darmstadt's, whatever post the story told him leaving)."""
    framed = _framing_club(sent)
    if framed is not None and (found := _tag_post(sent, framed)):
        return found
    post = ctx.post_left_by(sent.mentions[int(match.group("p2"))].name)
    if post:
        return post[0], post[1], False
    exited = _club_exited_before(sent, match.start())
    if exited is not None:  # "he was sacked by C in December, when he was replaced by Y"
        return exited[0], exited[1], True
    return None


# "coached C's under-17s and was an assistant to Y": a predicate of its own, after the aide's own post
_AND_PREDICATE = re.compile(r"\band\s+(?:then\s+|later\s+)?(?:was|became|worked|served|spent)\b")


def _aides_own_clause(tagged: str, club_tag: int, at: int) -> bool:
    """The club before 'assistant to Y' is the aide's own post, told in a clause before his link to Y."""
    return bool(_AND_PREDICATE.search(tagged, tagged.find(f"«C{club_tag}»"), at))


def _club_spurned(sent: TaggedSentence, match: re.Match[str]) -> _ClubPost:
    """'decided to remain at Atletico': his own club, no post ('stay at D rather than join C': C's
    offer)."""
    spurned = _RATHER_THAN_JOIN.match(sent.tagged, match.end())
    if spurned and sent.squad_of.get(int(spurned.group(1)), (None,))[0]:
        club, squad = sent.squad_of[int(spurned.group(1))]
        return club, squad, True
    return None, "first_team", False


# "assistant to Y at C", "an assistant to Y with the C national team": the club right after the boss is
# where the aide served him, not a club the aide's own career named before ("had been in charge of A and
# was assistant to Y at C" tells no spell of Y at A)
# ("assistant to Y for five seasons at C": the span told before the club)
_BOSS_AT_CLUB = re.compile(
    r",?(?:\s+for\s+(?:[\w\-]+\s+){1,2}?(?:seasons?|years?|months?|campaigns?))?\s+(?:at|with|in)\s+(?:the\s+)?«C(\d+)»",
    re.IGNORECASE,
)


def _club_tag_found(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, person_pos: int, side: str
) -> tuple[int | None, str]:
    """The club tag the rule's side points to (inside, before or after the match), and the side as
    it then reads ('X, who won it with C, left the club' with no C found: near)."""
    tagged, squad_of = sent.tagged, sent.squad_of
    found = None
    if rule.name == "joined-as" and _CLUB_TITLE_BEFORE.search(tagged, max(0, person_pos - 60), person_pos):
        # "Ex-Chester manager X has joined Wrexham as assistant": the club he joins, not the story's (the
        # title's club, named first, is his post till now or a past one)
        found = _first_tag_inside(tagged, person_pos + 1, match.end(), person_pos)
    if rule.event in ("resigned", "left", "dismissed") and _THE_CLUB_END.search(match.group(0)):
        # "X, who won it with C, left the club": C
        found = _last_tag_before(tagged, match.end(), 200, person_pos)
        if found is not None and squad_of.get(found, (None,))[0] is None:
            found = None
        side = "near" if found is None else side
    if side == "declined" and found is None:  # "X turned Bayern down": the club inside the match
        found = _first_tag_inside(tagged, match.start(), match.end(), person_pos)
    if side in ("after", "declined") and found is None:
        found = _first_tag_after(tagged, match.end(), 90 if side == "after" else 30)
    if found is None and rule.name == "assistant-to":
        served = _BOSS_AT_CLUB.match(tagged, match.end())  # "assistant to Y at C": Y's post is C
        found = int(served.group(1)) if served else None
    if found is None and side == "near" and rule.event in ("resigned", "left"):
        found = _quit_object(tagged, match.end())
    if found is None and side == "near" and rule.event in ("resigned", "left", "dismissed"):
        found = _main_clause_club(sent, match, person_pos)
    if found is None and side in ("after", "before", "subject", "near"):
        named = _named_at(sent, person_pos)
        found = _last_tag_before(tagged, match.start(), 45, person_pos, own_clause=named)
    if found is None and side in ("near", "before"):
        found = _first_tag_after(tagged, match.end(), 25)
    if found is None and side in ("near", "before") and rule.event == "appointed":
        titled = _AS_TITLE_AT.match(tagged, match.end())  # "hired X as his number two at C"
        found = int(titled.group(1)) if titled else None
    if found is not None and rule.event in ("resigned", "left", "dismissed"):
        at = tagged.find(f"«C{found}»")
        if at > match.start() and _DESTINATION.search(tagged, max(0, at - 40), at):
            found = None  # "quit Celtic to take over at Leicester": Leicester is where he went
        elif at < person_pos and (joined := _JOINED_FROM.search(tagged, max(0, at - 60), at)):
            # "X joined A in 2021 from B, replacing Y, who had stepped down": A, the post Y left
            found = int(joined.group(1))
    if found is None and side in ("after", "near"):
        found = _first_tag_inside(tagged, match.start(), match.end(), person_pos)
        aside = found is not None and _in_apposition(tagged, person_pos, found)
        if aside and rule.event in ("appointed", "linked"):
            # "X, who is also Slovakia's coach, is expected to be named": not the post; "X, who played
            # under Y at C, is the new D coach": the club past the aside
            found = _first_tag_past_aside(tagged, match.end(), person_pos, found)
        elif aside and not _POST_ASIDE.search(tagged, person_pos, tagged.find(f"«C{found}»")):
            found = None  # "Tite, who had said Qatar would be his last tournament, stepped down": no post
        elif (
            aside
            and rule.event != "in_charge"
            and _SINCE_BEFORE.search(tagged, 0, tagged.find(f"«C{found}»"))
        ):
            found = None  # "A and B, who accompany him since the C times, also renewed": their earlier club
        elif aside and _earlier_post_aside(rule, tagged, person_pos, found, match):
            found = None  # "X, a former Croatia assistant, had been in charge since 2022": the story's post
    if found is not None and rule.event == "appointed":
        at = tagged.find(f"«C{found}»")
        if _LEAVING_BEFORE.search(tagged, max(0, at - 25), at):
            found = None  # "X, who will leave Villarreal, takes charge": not the post he takes
        elif at < match.end() and _FORMER_BEFORE_CLUB.search(tagged, max(0, at - 12), at):
            found = None  # "Roberts, a former Wales assistant, was named head coach": not Wales
        elif at > match.end() and _CAME_FROM.search(tagged, max(0, at - 45), at):
            found = None  # "X had taken over in 2021, arriving from Qatari club C": where he came from
    if found is not None and rule.event == "appointed" and _promoted_from(tagged, found, match.end()):
        found = None  # "C promoted X from the under-20 side": the squad he leaves, not his new post
    if found is not None and _came_with_boss_from(tagged, found, match.end()):
        found = None  # "A and B, who arrived with him from C, have also signed new deals": not C
    if found is not None and rule.event == "in_charge":
        found = _past_suitor(tagged, found)
    return found, side


# "who arrived with him from C", "who had followed her from C": where an aide came from with his boss
_WITH_BOSS_FROM = re.compile(
    r"\b(?:with|followed)\s+(?:him|her|«P\d+»)\s+(?:all\s+the\s+way\s+)?from\s+(?:the\s+)?$", re.IGNORECASE
)


def _came_with_boss_from(tagged: str, club_idx: int, end: int) -> bool:
    """The club is where an aide came from with his boss, told in a relative clause that closes before the
    main verb the match ends on ('A, who followed him from C, also leaves'): his earlier post, not the one
    the sentence tells (a rule whose match ends in the clause, 'came with him from C', reads C itself)."""
    at = tagged.find(f"«C{club_idx}»")
    return (
        bool(_WITH_BOSS_FROM.search(tagged, max(0, at - 40), at))
        and bool(_IN_RELATIVE_CLAUSE.search(tagged, 0, at))
        and "," in tagged[at:end]
    )


# "an approach from C for", "interest from C in": a club courting a man, not the club he coaches
_SUITOR_BEFORE = re.compile(
    r"\b(?:approach(?:es)?|offers?|bids?|enquir(?:y|ies)|inquir(?:y|ies)|interest|proposals?|overtures?)\s+"
    r"from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _past_suitor(tagged: str, found: int) -> int | None:
    """'C have rejected an approach from D for manager X': the club courting him (D) is not his; the
    club the clause named before it is."""
    at = tagged.find(f"«C{found}»")
    if not _SUITOR_BEFORE.search(tagged, max(0, at - 30), at):
        return found
    return _last_tag_before(tagged, at, 120)


def _found_club(match: re.Match[str], sent: TaggedSentence, ctx: Context, found: int, side: str) -> _ClubPost:
    """(club, squad, explicit) of the club tag found for a rule's fact."""
    tagged, squad_of = sent.tagged, sent.squad_of
    club, squad = squad_of.get(found, (None, "first_team"))
    club = club or _sibling_squad_club(sent, found)
    if club and _club_word_between(tagged, found, match.start()):
        squad = squad_at("first_team", club, ctx)
    if squad == "first_team" and side == "after":  # "named head coach of the U19s at X"
        between = tagged[match.end() : tagged.find(f"«C{found}»")]
        loose = [squad_of[int(k)][1] for k in SQUAD_TAG.findall(between) if squad_of[int(k)][0] is None]
        squad = loose[0] if loose else squad
    return with_topic(club, squad, ctx, explicit=club is not None or squad != "first_team")


def _sibling_squad_club(sent: TaggedSentence, found: int) -> str | None:
    """'coached Braga's B team before he was promoted to the first team': a squad named with no club
    is a team of the club whose other team the sentence named before it."""
    at = sent.tagged.find(f"«S{found}»")
    if at < 0:
        return None
    start = max((m.end() for m in _CLAUSE_OR_COMMA.finditer(sent.tagged, 0, at)), default=0)
    clubs = {sent.squad_of.get(int(k), (None,))[0] for k in SQUAD_TAG.findall(sent.tagged, start, at)} - {
        None
    }
    return next(iter(clubs)) if len(clubs) == 1 else None


_CLAUSE_OR_COMMA = re.compile(r"[.;:!?,]")


# Rules whose subject takes the post of the man he replaces.
_SUCCESSION_RULES = rule_names("replaces", "arrived-to-replace", "arrived-replacing", "came-as-successor")


# "X had arrived last summer to succeed Y": an arrival told as earlier than the story's news
_EARLIER_ARRIVAL = re.compile(r"\bhad\s+(?:\w+\s+)?(?:arrived|joined|come|returned|been\s+brought)\b")


def _post_taken(
    rule: Rule, match: re.Match[str], mentions: list[Mention], ctx: Context
) -> tuple[str, str, bool] | None:
    """'X has been unveiled at Al Ahly. X left Pirates … He replaces Y': the one post the story gave
    X when the club in view is one he left (not 'X, who has since been named C coach, had arrived last
    summer to succeed Y': that arrival was at the club he left)."""
    gd = match.groupdict()
    if rule.name not in _SUCCESSION_RULES or not gd.get("p") or _EARLIER_ARRIVAL.search(match.group(0)):
        return None
    coach = mentions[int(gd["p"])].name
    left = ctx.exits.get(coach)
    if not left or left[0] != ctx.club_in_view() or left[0] in ctx.posts.get(coach, set()):
        return None
    return _sole_post(coach, ctx)


# "… as Farke's successor", "… as the new successor of Farke" right after an appointment's words
_AS_SUCCESSOR_OF = re.compile(
    r"\s+as\s+(?:the\s+)?(?:new\s+)?(?:(?:successor|replacement)\s+(?:of|to|for)\s+«P(\d+)»|"
    r"«P(\d+)»['’]s?\s+(?:new\s+|permanent\s+|long-term\s+)?(?:successor|replacement))"
)


def _mover_left_post(
    rule: Rule, match: re.Match[str], mentions: list[Mention], ctx: Context
) -> tuple[str, str, bool] | None:
    """'Seoane was named as Farke's successor' after 'Leeds confirmed Farke, weeks after Gladbach parted
    company with him': the replaced man moved on to the club in view, so his successor takes the post he
    left there, and his own leaving is from it."""
    if rule.name in _SUCCESSION_RULES or rule.name == "as-possessive-successor":
        replaced = [int(k) for k in PERSON_TAG.findall(match.group(0))]
    elif rule.event == "appointed" and (named_as := _AS_SUCCESSOR_OF.match(match.string, match.end())):
        replaced = [int(named_as.group(1) or named_as.group(2))]  # "X was named as Farke's successor"
    else:
        return None
    if not replaced or mentions[replaced[-1]].pronoun:
        return None
    name = mentions[replaced[-1]].name
    exit_, posts = ctx.exits.get(name), ctx.posts.get(name, set())
    if not exit_ or exit_[0] in posts or ctx.club_in_view() not in posts:
        return None
    return exit_[0], exit_[1], False


# "He replaces X, who …": the replacer and his verb right before the replaced man
_REPLACER_BEFORE = re.compile(
    r"«P(\d+)»(?:,[^,]{1,100},)?\s+(?:(?:has|had|will|is\s+set\s+to)\s+)?(?:replaces|replaced|replace|succeeds|succeeded|succeed)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}$"
)


def _replacer_post(sent: TaggedSentence, person_pos: int, ctx: Context) -> tuple[str, str, bool] | None:
    """'He replaces X, who was dismissed in April': the post the story gave the replacer."""
    replacer = _REPLACER_BEFORE.search(sent.tagged, max(0, person_pos - 170), person_pos)
    if not replacer or _framing_club(sent) is not None:  # "At Braga he replaced X, who …": Braga's
        return None
    return _sole_post(sent.mentions[int(replacer.group(1))].name, ctx)


def _aide_post(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> _ClubPost | None:
    """An aide's post told through his boss: where the boss went ('follows him from Burnley'), the post
    the boss left ('also leaves to join Williams' staff'), else the boss's post."""
    tagged, mentions, gd = sent.tagged, sent.mentions, match.groupdict()
    if gd.get("c"):
        return None
    if rule.name == "follow-him-to-a-place":
        return _followed_boss_exit(match, mentions, ctx)
    if rule.name in _FOLLOWING_AIDE_RULES and _FROM_CLUB_NEXT.match(tagged, match.end()):
        boss = _followed_boss_post(match, mentions, ctx)  # "follows him from Burnley": not Burnley
        if boss:
            return boss
    if rule.name in _AIDE_RULES and rule.event in ("left", "resigned"):
        gone = _TO_FOLLOW_BOSS.match(tagged, match.end()) and _exit_beside(sent, ctx, gd.get("p"))
        if gone:  # "Assistant X also leaves to join Williams' staff": the post Williams left
            return gone
        gone = _boss_exit(match, mentions, ctx)
        if gone:  # "Mourinho's assistant X also leaves": the post the story told Mourinho leaving
            return gone
        with_boss = _WITH_BOSS_NEXT.match(tagged, match.end())
        if with_boss and (gone := _first_exit(mentions[int(with_boss.group(1))].name, ctx)):
            return gone  # "fitness coach X leaves together with Y": the post Y left
    if rule.name in _LEAVING_WITH_BOSS_RULES and (gone := _boss_exit(match, mentions, ctx)):
        return gone  # "X, who once managed C, leaves along with his assistant A": the post X left, not C
    if rule.name in _GONE_WITH_BOSS_RULES and (gone := _exit_of_boss_gone_with(match, mentions, ctx)):
        return gone
    if rule.name in _AIDE_RULES and _unplaced_national_squad(match, sent):
        # "His assistants in the national team will be A and B": the national side the story appointed
        found = _BOSS.search(match.group(0))
        national = _national_post(mentions[int(found.group(1))].name if found else None, ctx)
        return (national, "national", False) if national else None
    if rule.name == "bosss-aide-named" and (held := _boss_held_post(match, mentions, ctx)):
        return held
    if rule.name in _AIDE_RULES:
        return _boss_post(match, mentions, ctx, subject_boss=rule.name in _SUBJECT_BOSS_RULES) or None
    return None


def _boss_held_post(match: re.Match[str], mentions: list[Mention], ctx: Context) -> _ClubPost | None:
    """'Y's assistant X' of a boss the story gave no post but told holding one ('Morocco coach Y', 'Y,
    whose deal was extended'): the aide works at the post told surest (a title over a career verb's
    'has coached C'), not at the club in view."""
    found = _BOSS.match(match.group(0))
    boss = mentions[int(found.group(1))].name if found else ""
    held = ctx.held_posts.get(boss, {})
    surest = [post for post, sure in held.items() if sure == max(held.values(), default=0.0)]
    if ctx.posts.get(boss) or len(surest) != 1:
        return None
    club, squad = surest[0]
    return club, squad, False


def _unplaced_national_squad(match: re.Match[str], sent: TaggedSentence) -> bool:
    """The match names 'the national team' with no country."""
    return any(sent.squad_of.get(int(k)) == (None, "national") for k in SQUAD_TAG.findall(match.group(0)))


def _replaced_mans_post(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> _ClubPost | None:
    """The post a sacked or replaced man held, told around the words that replace him: a club in his
    title, the post being filled, the club he led, or the club named with the sacking."""
    tagged, squad_of, gd = sent.tagged, sent.squad_of, match.groupdict()
    replaced = rule.name == "replacing" or (rule.name == "replaces" and _is_p2(match, tagged, person_pos))
    if replaced and not gd.get("c"):  # the man replaced (not the subject: his new post is told elsewhere)
        spell = _spell_before_succession(sent, match.start())
        if spell is not None:
            return spell
    if rule.name == "passive-sacked" and not gd.get("c") and _PERSON_COMMA_WHO.match(match.group(0)):
        described = DESCRIBED_WITH.search(tagged, max(0, person_pos - 40), person_pos)
        if described and squad_of.get(int(described.group(1)), (None,))[0]:
            club, squad = squad_of[int(described.group(1))]  # "former Bayern coach X, who was sacked …"
            return club, squad, True
        return _filled_post(sent, person_pos) or _replacer_post(sent, person_pos, ctx)
    if rule.name == "active-sacked" and not gd.get("c"):
        return _filled_post(sent, person_pos)  # "… brought him back to replace the fired X": the Galaxy's
    if rule.name == "replaces" and replaced and not gd.get("c"):
        verb = _FINITE_SUCCESSION.search(match.group(0))
        if verb and _post_named_after(tagged, match.end()) is None:
            # "took charge of C in 2022, when he succeeded Y": the post Y left is the one named before
            return _filled_post(sent, person_pos, replacing_at=match.start() + verb.start())
    if rule.name == "replacing" and _post_named_after(tagged, match.end()) is None:
        filled = _filled_post(sent, match.start() + 2, replacing_at=match.start())
        if filled:
            return filled
        led = _REPLACED_MAN_LED.match(tagged, match.end())
        if led and squad_of.get(int(led.group(1)), (None,))[0]:
            club, squad = squad_of[int(led.group(1))]  # "replacing X, who had guided C to the title": C
            return club, squad, True
        return None
    if rule.name == "sacked-and-replaced-by":  # the sacking's post: a club named with it, else none
        rep = match.start("rep")
        found = _last_tag_before(tagged, rep, rep - match.start() + 45)
        club, squad = squad_of.get(found, (None, "first_team")) if found is not None else (None, "first_team")
        return club, squad, club is not None
    return _rumoured_to_replace(rule, match, sent, ctx)


# "had been in charge of C since 2022, when he succeeded Y", "has led C's under-21s since December 2022, when
# he succeeded Y": the spell told first is the post taken over (its last club or squad tag before 'since')
_SPELL_SINCE_WHEN = re.compile(
    r"«([CS])(\d+)»[^«;:]{0,60}?\bsince\b[^«;:]{0,40}?,\s+when\s+(?:«P\d+»\s+)?$", re.IGNORECASE
)


# the past of 'succeed' and 'replace' as a clause's verb ("when he succeeded Y")
_FINITE_SUCCESSION = re.compile(r"\b(?:succeeded|replaced)\b", re.IGNORECASE)


def _post_named_after(tagged: str, end: int) -> int | None:
    """'replacing Y at C': the club named right after the man replaced (not where he went: '…, who had
    left for C')."""
    found = _first_tag_after(tagged, end, 40)
    if found is not None and _GONE_TO.search(tagged, end, tagged.find(f"«C{found}»") + 2):
        return None
    return found


def _is_p2(match: re.Match[str], tagged: str, person_pos: int) -> bool:
    """The person at `person_pos` is the match's second man ("X replaces Y": Y)."""
    p2 = match.groupdict().get("p2")
    return p2 is not None and tagged.startswith(f"«P{p2}»", person_pos)


def _spell_before_succession(sent: TaggedSentence, at: int) -> _ClubPost | None:
    """The post of a spell told before '…, when he succeeded Y' (see `_SPELL_SINCE_WHEN`), else None."""
    m = _SPELL_SINCE_WHEN.search(sent.tagged, max(0, at - 160), at)
    if m is None:
        return None
    club, squad = sent.squad_of.get(int(m.group(2)), (None, "first_team"))
    if club is None and m.group(1) == "S":  # "Spain's under-21s": the club named right before its squad
        owner = re.search(r"«C(\d+)»['’]s?\s+$", sent.tagged[: m.start()])
        club = sent.squad_of.get(int(owner.group(1)), (None,))[0] if owner else None
    return (club, squad, True) if club else None


# "… expected to replace Allegri", "… tipped to succeed the sacked Allegri": the replaced man right after
_REPLACE_NEXT = re.compile(r"(?<=replace|succeed)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}?«P(\d+)»")


def _rumoured_to_replace(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context
) -> tuple[str, str, bool] | None:
    """'Bologna's Motta is expected to replace Allegri' after Juventus sacked Allegri: the rumour is of
    the post Allegri lost, not the club the candidate is described by ('… at C' names it itself)."""
    if rule.event != "linked":
        return None
    nxt = _REPLACE_NEXT.match(sent.tagged, match.end())
    if nxt is None or _first_tag_after(sent.tagged, nxt.end(), 40) is not None:
        return None
    replaced = sent.mentions[int(nxt.group(1))]
    exit_ = None if replaced.pronoun else ctx.exits.get(replaced.name)
    return (exit_[0], exit_[1], False) if exit_ else None


def _story_club(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> _ClubPost:
    """The post a fact whose words name no club is about: a framing club ("For Oviedo, …"), the post
    the man was just said to leave, the club of a statement, else the club the story is at."""
    return (
        _club_framing_the_sentence(rule, match, sent)
        or _post_told_before(rule, match, sent, ctx, person_pos)
        or _post_in_view(rule, match, sent, ctx)
    )


def _club_framing_the_sentence(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> _ClubPost | None:
    """'For Oviedo, …', 'At Al-Ettifaq, …'; 'X succeeds Y, who left Augsburg': Augsburg."""
    framed = _framing_club(sent)
    found = _tag_post(sent, framed) if framed is not None else None
    if found:
        return found
    left = _REPLACED_MAN_LEFT.match(sent.tagged, match.end()) if rule.name in _SUCCESSION_RULES else None
    return _tag_post(sent, int(left.group(1))) if left else None


def _post_told_before(
    rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context, person_pos: int
) -> _ClubPost | None:
    """The post the story told before of the man or the one he replaces: taken, left or moved on to."""
    gd, mentions = match.groupdict(), sent.mentions
    taken = _post_taken(rule, match, mentions, ctx) or _mover_left_post(rule, match, mentions, ctx)
    if taken:  # "X was unveiled at Al Ahly. … He replaces Y": not the club he just left
        return taken
    if rule.event in ("resigned", "left", "dismissed"):
        taken = _replacer_post(sent, person_pos, ctx)
        if taken:  # "… He succeeds Y, who left for Cruz Azul": the post he takes is the one Y left
            return taken
    own = _own_post_named(rule, gd, sent, ctx)
    if own:  # "X served under Berhalter with the US. Berhalter was fired after the US crashed out"
        return own, squad_at("first_team", own, ctx), True
    if rule.event not in ("resigned", "dismissed") or not gd.get("p"):
        return None
    name = mentions[int(gd["p"])].name
    # "Y, who later became coach of C. Y stepped down in November": the post he moved on to; "X replaces
    # Y at Swansea. Y was sacked last month": the post Y was just said to leave
    told = ctx.later_post(name) or ctx.post_left_by(name)
    return (told[0], told[1], False) if told else None


# aides kept on with no club named ("Goalkeeping coach Y stays", "In the staff remain A and B"): the staff
# of the club the story is about now, whatever club a career sentence before passed through (unless a
# sentence just before opened on another club: "Hearts have kept their staff. Assistant Y stays.")
_STAFF_KEPT_RULES = rule_names("titled-staff-stays", "staff-keeps-titled", "staff-in-place", "stay-on-as")


# a candidate told with his own club: "X of C", "C's X"
_CANDIDATES_CLUB = re.compile(
    r"«P\d+»\s+of\s+(?:the\s+)?«C(\d+)»(?!['’])|«C(\d+)»['’]s?\s+«P\d+»", re.IGNORECASE
)


def _candidates_own_clubs(match: re.Match[str], sent: TaggedSentence) -> set[str | None]:
    """The clubs a rumour's match names as its candidates' own ('X of C was also discussed'): not the post
    they are weighed for."""
    return {
        sent.squad_of.get(int(m.group(1) or m.group(2)), (None,))[0]
        for m in _CANDIDATES_CLUB.finditer(match.group(0))
    } - {None}


def _post_in_view(rule: Rule, match: re.Match[str], sent: TaggedSentence, ctx: Context) -> _ClubPost:
    """The post at the club in view: the national team of a federation, the club a statement is
    from, the post left open, else the story's."""
    tagged, squad_of = sent.tagged, sent.squad_of
    national = _federations_team(sent, ctx)
    if national:  # "his contract with the federation finished and he was replaced by Y": the national team
        return national, "national", False
    club = ctx.club_in_view()
    if rule.event == "linked" and ctx.topic_club and club in _candidates_own_clubs(match, sent):
        club = ctx.topic_club  # "X of C was also discussed": C is his own club, not the post weighed
    keeper = _keeping_boss_post(match, sent, ctx) if rule.name in _STAFF_KEPT_RULES else None
    if keeper:  # "X will keep Y's assistant A, while goalkeeping coach B also stays": X's staff
        return keeper
    if rule.name in _STAFF_KEPT_RULES and club != ctx.topic_club and club not in ctx.opened[-3:]:
        # "Goalkeeping coach Y stays": where the story is, not a club his boss's career passed through
        club = ctx.topic_club
    exit_told = rule.event in ("resigned", "left", "dismissed")
    opener = _CLUB_STATEMENT.match(tagged)
    if opener and exit_told and squad_of.get(int(opener.group(1))):
        c, sq = squad_of[int(opener.group(1))]  # "Villarreal said … at the manner of his departure"
        if c:
            return c, sq, False
    if exit_told and _left_for_club_in_view(match, sent, club):
        earlier = _last_tag_before(tagged, match.start(), 200)
        if earlier is not None and squad_of.get(earlier, (None,))[0]:
            c, sq = squad_of[earlier]
            return c, sq, False
    opened = _side_opening(sent, club, ctx)
    if opened:  # "The Cottbus women's team is looking for a coach after X resigned": that side's post
        return club, opened, False
    vacant = ctx.vacancy_squad(club)
    if vacant:  # "the women's coach resigned. He was succeeded by Y": the post left open
        return club, vacant, False
    if club != ctx.topic_club:
        return club, squad_at("first_team", club, ctx), False
    return club, ctx.topic_squad, False


# "Guatemala's under-20 coach X will join …": the side names a man's title, not the sentence's subject
_MANS_TITLE_AFTER = re.compile(
    r"(?:['’]s?)?(?:\s+«S\d+»)?\s+(?:[a-z\-]+\s+){0,2}(?:boss|coach|manager|trainer)\s+«P", re.IGNORECASE
)


def _side_opening(sent: TaggedSentence, club: str | None, ctx: Context) -> str | None:
    """The side of the club in view a sentence opens on as its subject, when not its senior side ('The
    Cottbus women's team, coached by X, is also looking for a new coach after X resigned'): the post of a
    fact there that names none of its own."""
    first = CLUB_TAG.search(sent.tagged)
    if (
        club is None
        or ctx.opening != club
        or first is None
        or _MANS_TITLE_AFTER.match(sent.tagged, first.end())
    ):
        return None
    side = sent.squad_of.get(int(first.group(1)), (None, ""))
    return side[1] if side[0] == club and side[1] not in ("", "first_team", "national") else None


def _keeping_boss_post(match: re.Match[str], sent: TaggedSentence, ctx: Context) -> _ClubPost | None:
    """The one post the story gave the head coach a staff-kept sentence opens on ('Sadiku will keep
    Alonso's assistant A, while goalkeeping coach B also stays', 'His assistant A leaves, while B stays
    on'): the staff stays with him, whatever club a sentence before turned to."""
    subject = _SUBJECT_PERSON.match(sent.tagged)
    if subject is None or match.start() <= subject.start() < match.end():
        return None  # "Goalkeeping coach B stays": the aide opens the sentence himself
    boss = sent.mentions[int(subject.group(1))].name
    return _sole_post(boss, ctx) if boss else None


def _left_for_club_in_view(match: re.Match[str], sent: TaggedSentence, club: str | None) -> bool:
    """Whether the sentence tells him leaving for `club`, the club in view, after the match."""
    going = [
        int(m.group(2))
        for m in TAG.finditer(sent.tagged, match.start())
        if m.group(1) == "C" and _DESTINATION.search(sent.tagged, max(0, m.start() - 40), m.start())
    ]
    return any(sent.squad_of.get(k, (None,))[0] == club for k in going)


def _own_post_named(rule: Rule, gd: dict[str, str | None], sent: TaggedSentence, ctx: Context) -> str | None:
    """A sacking or resignation naming no club of its own, of a man the story told only at one other
    club, which this sentence names too ('Berhalter was fired after the US crashed out'): that post."""
    if rule.event not in ("resigned", "dismissed") or not gd.get("p"):
        return None
    coach = sent.mentions[int(gd["p"])].name
    clubs = {club for person, club in ctx.spells if person == coach}
    if len(clubs) != 1 or coach in ctx.posts or (coach, ctx.topic_club) in ctx.spells:
        return None
    club = next(iter(clubs))
    named = {m.name for m in sent.named if m.kind == "C"}
    return club if club in named and club != ctx.topic_club else None


# "the federation", "the Romanian Football Federation", "the Football Association": a national team's employer
_FEDERATION = re.compile(r"\b(?:[Ff]ederation|Football\s+Association)\b")


def _federations_team(sent: TaggedSentence, ctx: Context) -> str | None:
    """The national team a sentence's facts are about when its words name a federation, not a club,
    and the club in view is a club: the story's national team, else the one it named last."""
    if not _FEDERATION.search(sent.tagged) or CLUB_TAG.search(sent.tagged):
        return None
    if ctx.club_kinds.get(ctx.club_in_view() or "") == "national":
        return None
    if ctx.club_kinds.get(ctx.topic_club or "") == "national":
        return ctx.topic_club
    return _country_in_view(ctx)


# "the club", "the Catalan club": the whole club, not the B team or U23s named before it
_CLUB_WORD = re.compile(r"\bthe\s+(?:[A-Z][\w\-]*\s+)?club\b(?!['’])")


# "X, who had coached Canada, quit …": the person's aside, closed by a comma before the verb
_CLOSED_WHO_ASIDE = re.compile(r"«P\d+»,\s*who\b[^.;:]*,(?:\s+[a-z]+){1,4}$")


# "… quit in September after a season and a half with the club", "resigned after three years at C":
# the spell the verb ends, told after it in the same clause
_SPELL_TOLD_AFTER = re.compile(
    r"[^«.;:!?]{0,40}?\b(?:after|following)\s+(?:[\w\-]+\s+){1,6}?(?:with|at|in\s+charge\s+(?:of|at))\s+"
    r"(?:the\s+)?«C(\d+)»(?!['’])"
)


def _main_clause_club(sent: TaggedSentence, match: re.Match[str], person_pos: int) -> int | None:
    """'X, who had coached Canada's national teams, quit after a season with the club': the main
    clause names the post he left after its verb; the aside's clubs are the aside's own story."""
    if not _CLOSED_WHO_ASIDE.match(sent.tagged[person_pos : match.end()]):
        return None
    spell = _SPELL_TOLD_AFTER.match(sent.tagged, match.end())
    found = int(spell.group(1)) if spell else None
    return found if found is not None and sent.squad_of.get(found, (None,))[0] else None


def _club_word_between(tagged: str, found: int, end: int) -> bool:
    """'promoted from Espanyol B after the club dismissed X': the club the rule reached back to is
    referred to as 'the club' in X's clause, so X's post is the senior side's, whatever squad the
    earlier mention named."""
    at = tagged.find(f"«C{found}»")
    return 0 <= at < end and bool(_CLUB_WORD.search(tagged, at, end))


# "Y becomes his assistant", "brings A and B as his assistants": the aide joins the boss's new post
_AIDE_RULES = rule_names(
    "bosss-aide-named",
    "will-be-assistant",
    "bring-as-assistants",
    "assisted-by",
    "arrived-with-titled-staff",
    "titled-staff-came-with-him",
    "bring-as-staff",
    "brings-titled-staff",
    "titled-staff-sacked",
    "titled-staff-left",
    "leave-with-him-titled-staff",
    "helped-in-spell-by",
    "joined-by-staff",
    "aide-will-be",
    "bring-aide-comma",
    *INCOMING_AIDE_RULES,
)
# aides told with their boss as the clause's subject ("X brings with him assistant A", "His staff will
# include A"): with no boss named, the subject's post
_SUBJECT_BOSS_RULES = rule_names("joined-by-staff", "bring-aide-comma", *INCOMING_AIDE_RULES)
_BOSS = re.compile(r"«P(\d+)»'s")
# aides leaving with the boss the clause's subject names ("X leaves together with his assistant A")
_LEAVING_WITH_BOSS_RULES = rule_names("left-along-with", "leaves-with-his-titled-staff")
# aides leaving with the boss named last ("His assistant A leaves with him", "A follows him out of the club")
_GONE_WITH_BOSS_RULES = rule_names("leave-with-him", "titled-staff-leave-with-him", "follow-him-out")
_GONE_WITH = re.compile(r"\b(?:with|follow(?:s|ed)?)\s+«P(\d+)»", re.IGNORECASE)
# "… leave together with Y", "… left along with him": the boss named right after an aide's exit
_WITH_BOSS_NEXT = re.compile(r"\s+(?:(?:along|together)\s+)?with\s+«P(\d+)»(?!['’])", re.IGNORECASE)
# "With him come the assistant A and …": the boss right after an opening "with"
_WITH_BOSS = re.compile(r"with\s+«P(\d+)»", re.IGNORECASE)
# "X follows him from C", "brings his assistant X from C": the aide's new club is his boss's
_FOLLOWING_AIDE_RULES = rule_names("follow-him", "bring-assistants")
# "… follows him from C": the club he came from, right after the match
_FROM_CLUB_NEXT = re.compile(r"\s+from\s+(?:the\s+)?«C\d+»")


# "… also leaves to join Williams' staff", "… leave to follow him": the aide goes where his boss went
_TO_FOLLOW_BOSS = re.compile(r"[^.;«]{0,30}?\bto\s+(?:join|follow)\s+(?:him|her|«P\d+»)", re.IGNORECASE)


def _exit_beside(sent: TaggedSentence, ctx: Context, aide: str | None) -> tuple[str, str, bool] | None:
    """The post an aide leaves with his boss: the club the story last told another man named in the
    sentence ('… also leaves to join Williams' staff') leaving, else any other man just now."""
    mine = sent.mentions[int(aide)].name if aide else None
    named = [m.name for m in sent.mentions if m.kind == "P" and m.name != mine]
    told = [ctx.exits[n] for n in named if n in ctx.exits]
    if not told:
        told = [e for n, e in ctx.exits.items() if n != mine and ctx.just_now(e[2])]
    if len({e[0] for e in told}) != 1:
        return None
    return told[0][0], told[0][1], False


def _boss_exit(match: re.Match[str], mentions: list[Mention], ctx: Context) -> tuple[str, str, bool] | None:
    """The post the story last told the boss named in the match ('Mourinho's assistant X') leaving; not
    one he left for a post the story gave him ('Potter was appointed after leaving Brighton')."""
    found = _BOSS.search(match.group(0))
    boss = mentions[int(found.group(1))].name if found else ""
    exit_ = ctx.exits.get(boss)
    if exit_ is None or ctx.posts.get(boss, set()) - {exit_[0]}:
        return None
    return exit_[0], exit_[1], False


def _exit_of_boss_gone_with(
    match: re.Match[str], mentions: list[Mention], ctx: Context
) -> tuple[str, str, bool] | None:
    """'His assistant X leaves with him', 'X follows Y out of the club': the post the man he goes with
    left, by `_first_exit`."""
    boss = _GONE_WITH.findall(match.group(0))
    return _first_exit(mentions[int(boss[-1])].name, ctx) if boss else None


def _first_exit(boss: str, ctx: Context) -> tuple[str, str, bool] | None:
    """The post the story first told the boss leaving (its news), not the club in view (a club his career
    passed through, or the one the story turns to after) nor a career exit told after the news."""
    exit_ = ctx.first_exits.get(boss)
    return (exit_[0], exit_[1], False) if exit_ else None


def _followed_boss_post(
    match: re.Match[str], mentions: list[Mention], ctx: Context
) -> tuple[str, str, bool] | None:
    """'X follows him', 'brings his assistant X': the one post the boss (the match's other name) took
    in this story."""
    aides = {match.group(k) for k in ("p", "p2") if match.groupdict().get(k)}
    bosses = [k for k in PERSON_TAG.findall(match.group(0)) if k not in aides]
    if not bosses:
        return None
    return boss_current_post(mentions[int(bosses[-1])].name, ctx)


def _followed_boss_exit(
    match: re.Match[str], mentions: list[Mention], ctx: Context
) -> tuple[str, str, bool] | None:
    """'X follows him back to Sweden': the post the story told the boss (the match's other name) leaving,
    as sure as a club named (its side the one the story gave him there, else his exit's); None where it
    told none."""
    aides = {mentions[int(match.group(k))].name for k in ("p", "p2") if match.groupdict().get(k)}
    # (a "him" read as the aide himself is no boss)
    bosses = [mentions[int(k)].name for k in PERSON_TAG.findall(match.group(0))]
    boss = next((name for name in reversed(bosses) if name not in aides), "")
    exit_ = ctx.exits.get(boss)
    if not exit_:
        return None
    return exit_[0], ctx.post_squads.get((boss, exit_[0])) or exit_[1], True


def boss_current_post(boss: str, ctx: Context) -> tuple[str, str, bool] | None:
    """(club, squad, explicit) of the post the story gave the boss and he holds now: of several, the one
    he has not left (else the story's club); else his one post. Where his aides follow him."""
    club = _story_post(boss, ctx.posts.get(boss, set()), ctx)
    if club is not None:
        return club, ctx.post_squads.get((boss, club)) or squad_at("first_team", club, ctx), False
    return _sole_post(boss, ctx)


def _boss_post(
    match: re.Match[str], mentions: list[Mention], ctx: Context, subject_boss: bool = False
) -> tuple[str, str, bool] | None:
    """The one club the boss named in the match ('his assistant') was appointed at in this story;
    else the senior side of the club in view (not a youth squad the story passed through).
    `subject_boss`: the boss is the clause's subject ('X will be joined by A'), and with none
    named ('He will be joined by A') the story's club, not one his career passed through."""
    if SQUAD_TAG.search(match.group(0)):
        return None
    found = _BOSS.search(match.group(0)) or _WITH_BOSS.match(match.group(0))
    boss = mentions[int(found.group(1))].name if found else None
    aide = mentions[int(match.group("p"))].name if "p" in match.groupdict() else None
    if aide is None or (subject_boss and boss is None):  # "he will be assisted by A and B": the subject
        subject = _SUBJECT_BEFORE.search(match.string, 0, match.start())
        boss = mentions[int(subject.group(1))].name if subject else None
    if boss is None and (held := _subjects_age_group_post(match, mentions, ctx, aide)):
        return held
    posts = ctx.posts.get(boss or "", set()) if boss != aide else set()
    if not posts and boss and boss != aide and (held := _other_squad_post(boss, ctx)):
        return held
    fallback = (ctx.topic_club if subject_boss and boss is None else None) or ctx.club_in_view()
    club = next(iter(posts)) if len(posts) == 1 else _story_post(boss, posts, ctx) or fallback
    if club is None:
        return None
    squad = ctx.post_squads.get((boss or "", club)) if posts else None  # "the women's national team"
    return club, squad or squad_at("first_team", club, ctx), False


# the last man named before the match, clubs told in his aside past ("X, a former coach of C, will be …")
_LAST_MAN_BEFORE = re.compile(r"«P(\d+)»(?!['’])(?=(?:[^«]|«[CS]\d+»)*$)")


def _subjects_age_group_post(
    match: re.Match[str], mentions: list[Mention], ctx: Context, aide: str | None
) -> _ClubPost | None:
    """'X, the new U20 coach, will be assisted by A', no boss named in the match: the age group or reserve
    side the story appointed the clause's subject to, where his aides join him (not the senior side of
    the club in view)."""
    subject = _LAST_MAN_BEFORE.search(match.string, 0, match.start())
    boss = mentions[int(subject.group(1))].name if subject else None
    if boss is None or boss == aide:
        return None
    held = _sole_post(boss, ctx) if ctx.posts.get(boss) else _other_squad_post(boss, ctx)
    return held if held and youth_or_reserve(held[1]) else None


def _national_post(boss: str | None, ctx: Context) -> str | None:
    """The national side the boss was appointed to in this story; else the one national side the story
    appointed anyone to (a boss read as his own aide's predecessor at a club still names it)."""
    national = {(coach, club) for (coach, club), squad in ctx.post_squads.items() if squad == "national"}
    mine = {club for coach, club in national if coach == boss and club in ctx.posts.get(coach, set())}
    told = {club for coach, club in national if club in ctx.posts.get(coach, set())}
    return next(iter(mine)) if len(mine) == 1 else next(iter(told)) if len(told) == 1 else None


def _other_squad_post(boss: str, ctx: Context) -> _ClubPost | None:
    """The one post outside the senior sides the story appointed the boss to ('X is the new U21
    coach'): where his aides join him."""
    held = [(club, squad) for (coach, club), squad in ctx.post_squads.items() if coach == boss]
    return (held[0][0], held[0][1], False) if len(held) == 1 else None


def _story_post(boss: str | None, posts: set[str], ctx: Context) -> str | None:
    """Of the boss's several posts in the story ('appointed at Brann', 'took over at Kortrijk in
    January'), the one he holds now: the one he has not left, else the story's own club. His
    aides join him there, not at a club his career passed through."""
    if len(posts) < 2:
        return None
    exit_ = ctx.exits.get(boss or "")
    kept = posts - {exit_[0]} if exit_ else posts
    if len(kept) == 1:
        return next(iter(kept))
    return ctx.topic_club if ctx.topic_club in kept else None


def _named_boss_post(
    match: re.Match[str], mentions: list[Mention], ctx: Context
) -> tuple[str, str, bool] | None:
    """The one club the first man named in the match was appointed at in this story, if any."""
    found = PERSON_TAG.search(match.group(0))
    return _sole_post(mentions[int(found.group(1))].name, ctx) if found else None


def _sole_post(coach: str, ctx: Context) -> tuple[str, str, bool] | None:
    """The one club (and squad) the story appointed the man to, if it appointed him to exactly one."""
    posts = ctx.posts.get(coach, set())
    if len(posts) != 1:
        return None
    club = next(iter(posts))
    return club, ctx.post_squads.get((coach, club)) or squad_at("first_team", club, ctx), False


_SUBJECT_BEFORE = re.compile(r"«P(\d+)»(?!['’])(?=[^«]*$)")  # the last name before the match

# A departure whose object is "the club"/"the team": the club named just before, not a later one.
_THE_CLUB_END = re.compile(r"\bthe\s+" + CLUB_NOUN + r"$", re.IGNORECASE)
# "For Oviedo, …", "At Al-Ettifaq, …", "At Leverkusen he had replaced Y", "At Udinese his place goes to Y"
# (the pronoun is tagged as «P»'s): the sentence's club
# ("In Darmstadt he was replaced by Y": a club told by its town frames the sentence as "At C" does)
_FRAMING_CLUB = re.compile(
    r"(?P<word>For|At|In|Over\s+at|Across\s+town\s+at)\s+(?:the\s+)?«C(\d+)»"
    r"(?:\s*,|\s+(?=(?:he|she|they|«P\d+»(?:['’]s?)?)\s))"
)


def _framing_club(sent: TaggedSentence) -> int | None:
    """The club tag a sentence opens on as its frame ('At Braga, …', 'In Darmstadt he …'); not a country
    after 'In' ('In Spain, he was sacked by C'): a place, not the national team."""
    framed = _FRAMING_CLUB.match(sent.tagged)
    if framed is None:
        return None
    idx = int(framed.group(2))
    if framed.group("word") == "In" and sent.mentions[idx].club_kind == "national":
        return None
    return idx


# ", as his number two at C", " as the new head coach of C": the post given, named after the title
_AS_TITLE_AT = re.compile(
    r"\s*,?\s+as\s+(?:(?:the|a|an|his|her|their|its|«P\d+»['’]s?)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:coach|manager|boss|assistant|two|trainer)\s+(?:at|of|for|with)\s+(?:the\s+)?«C(\d+)»(?!['’])",
    re.IGNORECASE,
)
_FORMER_BEFORE_CLUB = re.compile(r"\b(?:former|ex-?)\s*$", re.IGNORECASE)

_WHO_WENT_TO = (
    r"(?:\bwho\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|now\s+)?(?:left\s+for|departed\s+for|joined|"
    r"moved\s+to|gone\s+to|went\s+to|taken\s+over\s+at|took\s+over\s+at)|"
    # the same without 'who' (translated copy): "the place of Y, passed to the Fiorentina", "Y, gone to C"
    r"(?<=,\s)(?:since\s+|now\s+)?(?:passed|gone|moved|departed)\s+to)\s+(?:the\s+)?«C"
)
_GONE_TO = re.compile(_WHO_WENT_TO, re.IGNORECASE)
# "…, who left for Z, as C manager": the post taken, named after the aside on the man replaced
_GONE_ASIDE = re.compile(r"\s*,\s*" + _WHO_WENT_TO + r"\d+»", re.IGNORECASE)
_POST_TITLE = r"(?:head\s+)?(?:coach|manager|boss)\b"
_AS_POST_NEXT = re.compile(
    r"\s*,\s+as\s+(?:the\s+)?(?:new\s+)?(?:«C(\d+)»(?:['’]s)?\s+(?:new\s+)?"
    + _POST_TITLE
    + r"(?!\s*,?\s*«P)|"
    r"(?:[\w\-]+\s+){0,2}?" + _POST_TITLE + r"\s+(?:of|at)\s+(?:the\s+)?«C(\d+)»)"
)
# a verb of saying: the words after it are another clause, whose clubs are not the fact's
_REPORTING = re.compile(
    r"\b(?:said|says|told|added|admitted|insisted|explained|revealed|claimed|believes|thinks)\b",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"(?:\s+(?:Football\s+Club|Club|FC|AFC))?"
    # "Almería, club which he directed three seasons, made him an offer"
    r"(?:\s*,\s+(?:the\s+|a\s+)?" + CLUB_NOUN + r"\s+(?:which|that|who)\s+[^,.;]{0,120},)?"
    r"\s+(?:have|has|had|are|were|is|was|will|would|made|make|approached|asked|offered|contacted|"
    r"sounded|want|wanted|may|might|could|can|confirmed|announced|\w+ly|"
    # "eight months after Leverkusen sacked him and replaced him with Y": the club that let the man go
    r"sacked|dismissed|fired|axed)\b"
)


# "rejected their approach", "turned down the club's offer": an offer from a club the words point back to
_THEIR_APPROACH = re.compile(
    r"\s+(?:their|its|the\s+club['’]s)\s+(?:[\w\-]+\s+)?(?:approach|offer|advances|overtures|proposal|bid)\b",
    re.IGNORECASE,
)
# "The Seagulls had first targeted …", "Bayern's first choice, …": the club the sentence opens on
_SUITOR_OPENING = re.compile(
    r"(?:The\s+)?«C(\d+)»(?:['’]s?\s+(?:\w+\s+)?(?:choice|target|priority|candidate)\b|"
    + _SUBJECT_VERB.pattern
    + r")"
)


# "opted to stay at Leverkusen rather than join Liverpool", "… instead of a move to C": the club turned down
_RATHER_THAN_JOIN = re.compile(
    r"(?:[^«.;:!?]|«[CS]\d+»){0,60}?\b(?:rather\s+than|instead\s+of|over)\s+(?:a\s+(?:move|switch)\s+to|"
    r"(?:join|joining|moving\s+to|move\s+to|switching\s+to|going\s+to|taking\s+over\s+at|take\s+over\s+at|"
    r"accepting\s+(?:an?\s+|the\s+)?(?:offer|approach)\s+from))\s+(?:the\s+)?«C(\d+)»",
    re.IGNORECASE,
)


def _suitor(tagged: str, match: re.Match[str], person_pos: int) -> int | None:
    """Whose offer 'rejected their approach' declined: the club the sentence opens on, before the man."""
    if not _THEIR_APPROACH.search(tagged[person_pos : match.end() + 30]):
        return None
    opening = _SUITOR_OPENING.match(tagged)
    return int(opening.group(1)) if opening and opening.start(1) < person_pos else None


def _subject_club(sent: TaggedSentence, pos: int, ctx: Context) -> _ClubPost:
    """The club acting in the clause ('Deportivo made an offer', 'Atletico may consider')."""
    for m in reversed(list(TAG.finditer(sent.tagged, 0, pos))):
        if m.group(1) == "C" and _SUBJECT_VERB.match(sent.tagged, m.end()):
            club, squad = sent.squad_of[int(m.group(2))]
            return club, squad, True
    return with_topic(None, "first_team", ctx, explicit=False)


_CONTEST_VERBS = (
    r"(?:beat|beats|beaten|caught|catches|defeated|defeats|thrashed|thrash|humiliated|humiliate|hammered|"
    r"stunned|edged|overcame|outclassed|routed|crushed|knocked\s+out|eliminated|held)"
)
_CONTEST = re.compile(
    r"«P\d+»'s?\s+(?:[\w\-]+\s+){1,3}?" + _CONTEST_VERBS + r"\s+(?:the\s+)?«C(?P<opp>\d+)»", re.IGNORECASE
)
# "X's men, beaten by Liverpool", "X's side, who lost to C": the side X coaches lost to C
_BEATEN_BY = re.compile(
    r"«P\d+»'s?\s+(?:side|team|men|squad|outfit)\s*,?\s+(?:who\s+(?:were|had\s+been)\s+|(?:were|had\s+been)\s+)?"
    r"(?:(?:beaten|defeated|thrashed|hammered|humiliated|crushed|stunned|held|knocked\s+out|eliminated)\s+by|"
    r"(?:lost|fell|slipped)\s+to)\s+(?:the\s+)?«C(?P<opp>\d+)»",
    re.IGNORECASE,
)
_OPPONENT = re.compile(
    r"'s?\s+(?!(?:side|team|squad|men|coach|manager|boss|head|new|former)\b)(?:[\w\-]+\s+){1,4}?"
    r"(?:\w+ly\s+)?" + _CONTEST_VERBS + r"\s+«P\d+»'s?\s",
    re.IGNORECASE,
)


# "Bruni's coaching staff at Torino": the club the possessed team or staff is told at
_POSSESSED_AT = re.compile(r"«P\d+»'s?\s+(?:[\w\-]+\s+){1,3}(?:at|of|with)\s+(?:the\s+)?«C(\d+)»")
# "at C", "with C", "left C": the club the subject was at, or left (its tag follows)
_SPELL_PLACE = re.compile(r"\b(?:at|with|from|left|leaving)\s+(?:the\s+)?$", re.IGNORECASE)
# "… before joining Y's staff", "left C to join Y's side": a move into the man's team, away from the club
# named before it
_JOINED_BEFORE = re.compile(
    r"\b(?:join|joins|joined|joining|(?:move|moves|moved|moving|switch|switched|switching)\s+to)\s+$",
    re.IGNORECASE,
)


def _joined_from(tagged: str, club_idx: int, person_pos: int) -> bool:
    """'spent five years at C before joining Y's staff', 'left C to join Y's side': the possessor's team is
    joined by a move from the club named before (told as the place the subject was at, or left)."""
    club_pos = tagged.find(f"«C{club_idx}»")
    return bool(_JOINED_BEFORE.search(tagged, max(0, person_pos - 30), person_pos)) and bool(
        _SPELL_PLACE.search(tagged, max(0, club_pos - 15), club_pos)
    )


def _possessive_club(
    sent: TaggedSentence, person_pos: int, ctx: Context, coach: str | None = None
) -> _ClubPost:
    """'… over Arbeloa's side': the club named last before him, at the sentence's level."""
    tagged, squad_of = sent.tagged, sent.squad_of
    before = [int(m.group(2)) for m in TAG.finditer(tagged, 0, max(0, person_pos)) if m.group(1) == "C"]
    before = [k for k in before if not _former_title_club(tagged, k)]
    if before and _joined_from(tagged, before[-1], person_pos):
        # "spent five years at C before joining Y's coaching staff": C is where he came from, not Y's club
        at = _POSSESSED_AT.match(tagged, person_pos)
        club, squad = squad_of[int(at.group(1))] if at else (None, "first_team")
        return club, squad, club is not None
    if not before:  # "Flick's side humiliated Real Madrid": whose side is not said here
        at = _POSSESSED_AT.match(tagged, person_pos)
        if at:  # "Bruni's coaching staff at Torino"
            club, squad = squad_of[int(at.group(1))]
            return club, squad, True
        if CLUB_TAG.search(tagged[person_pos:]):
            beaten = _CONTEST.search(tagged, person_pos) or _BEATEN_BY.match(tagged, person_pos)
            if beaten:  # "X's side beat Y", "X's men, beaten by Y": the other side of the match
                opponent = squad_of.get(int(beaten.group("opp")), (None,))[0]
                mine = other_side(ctx.fixture, opponent)
                if mine:
                    return mine, squad_at("first_team", mine, ctx), True
            named = {squad_of[int(k)][0] for k in CLUB_TAG.findall(tagged) if int(k) in squad_of}
            if beaten and ctx.topic_club and ctx.topic_club not in named:
                return with_topic(None, "first_team", ctx, explicit=False)  # "X's side beat Y": not Y
            return None, "first_team", False
        return _side_in_view(ctx, coach)
    club, squad = squad_of[before[-1]]
    club_pos = tagged.find(f"«C{before[-1]}»")
    if _OPPONENT.match(tagged, club_pos + len(f"«C{before[-1]}»")):
        mine = other_side(ctx.fixture, club)  # "Barcelona's high line caught Ancelotti's team out"
        if mine:
            return mine, squad_at("first_team", mine, ctx), True
        return None, "first_team", False
    if person_pos - club_pos > 25:
        squad = squad_at("first_team", club, ctx)
    inside = re.match(r"«P\d+»(?:'s?)?\s+(?:[a-z\-]+\s+){0,2}«S(\d+)»", tagged[person_pos:])
    if inside:
        squad = squad_of[int(inside.group(1))][1]
    elif squad == "first_team":  # "… under-19s … over Arbeloa's side": the level in question
        loose = [int(m.group(2)) for m in TAG.finditer(tagged, 0, club_pos) if m.group(1) == "S"]
        loose = [squad_of[k][1] for k in loose if squad_of[k][0] is None]
        squad = loose[0] if loose else squad
    return club, squad, True


# "X, the former C coach, …", "a former coach of C": a club named as a post once held
_FORMER_TITLE_BEFORE = re.compile(
    r"\b(?:former|ex-?)\s*(?:(?:head\s+)?(?:coach|manager|boss)\s+of\s+(?:the\s+)?)?$", re.IGNORECASE
)


def _former_title_club(tagged: str, club_idx: int) -> bool:
    """The club is named in a former post's title ('Rennie, the former Vancouver coach, … his side'): no
    one's side now."""
    at = tagged.find(f"«C{club_idx}»")
    return bool(_FORMER_TITLE_BEFORE.search(tagged, max(0, at - 30), at))


def _club_left_for(sent: TaggedSentence, match: re.Match[str], ctx: Context) -> _ClubPost:
    """'X left in May to take charge of D', no club before: the one club the story ties him to (his
    post, a spell), unless that is D itself."""
    mentions = sent.mentions
    gd = match.groupdict()
    own = _own_club(mentions[int(gd["p"])].name, ctx) if gd.get("p") else None
    going = _first_tag_after(sent.tagged, match.end(), 60)
    if own is None or (going is not None and sent.squad_of.get(going, (None,))[0] == own):
        return None, "first_team", False
    return (
        own,
        ctx.post_squads.get((mentions[int(gd["p"])].name, own)) or squad_at("first_team", own, ctx),
        False,
    )


def _own_club(coach: str | None, ctx: Context) -> str | None:
    """The one club the story so far ties the coach to (a spell, an exit, an appointment), if only one."""
    clubs = {club for person, club in ctx.spells if person == coach} | ctx.posts.get(coach or "", set())
    return next(iter(clubs)) if len(clubs) == 1 else None


def _side_in_view(ctx: Context, coach: str | None) -> _ClubPost:
    """'X's men end the campaign in mid-table', no club named: the club in view, unless the story
    gave that club another coach and reports its match, when X's side is the opponent. A coach the
    story ties to one club ('Blackburn sacked X … X watched his side lose') is that club's."""
    own = _own_club(coach, ctx)
    if own:
        return own, squad_at("first_team", own, ctx), False
    club, squad, explicit = with_topic(None, "first_team", ctx, explicit=False)
    others = {p for p, posts in ctx.posts.items() if club in posts and p != coach}
    mine = other_side(ctx.fixture, club) if others else None
    if mine:
        return mine, squad_at("first_team", mine, ctx), True
    return club, squad, explicit


# "X, who worked under Wenger for years, has joined Brighton": the club after the clause is the main verb's
_IN_RELATIVE_CLAUSE = re.compile(r",\s+who(?:m|se)?\b[^,;.]*$")


def _under_club(sent: TaggedSentence, match: re.Match[str], ctx: Context) -> _ClubPost:
    """'Marinos were dominant under X', 'Under X, Marinos …', 'worked with the first team under X':
    the club or squad of the clause around 'under' (the last named before it, else the next club),
    else the club in view."""
    tagged = sent.tagged
    start = max((m.end() for m in CLAUSE_BREAK.finditer(tagged, 0, match.start())), default=0)
    before = [
        int(m.group(2))
        for m in TAG.finditer(tagged, start, match.start())
        if m.group(1) in "CS" and not _NOT_THE_POST.search(tagged, max(0, m.start() - 30), m.start())
    ]
    after = (
        None
        if _IN_RELATIVE_CLAUSE.search(tagged, 0, match.start())
        else _first_tag_after(tagged, match.end(), 40)
    )
    found = before[-1] if before else after
    club, squad = (
        sent.squad_of.get(found, (None, "first_team")) if found is not None else (None, "first_team")
    )
    # "left Manchester United after two seasons as a first-team coach under Y": where he served Y
    exited = _club_exited_before(sent, match.start()) if club is None else None
    club = exited[0] if exited else club
    club, squad, explicit = with_topic(club, squad, ctx, explicit=found is not None or exited is not None)
    if squad == "first_team":
        squad = squad_at(squad, club, ctx)
    return club, squad, explicit


def with_topic(club: str | None, squad: str, ctx: Context, explicit: bool) -> _ClubPost:
    if club is None:  # a squad with no club: the story's club, else the one in view
        club = ctx.club_in_view()
        if squad.startswith("national") and ctx.club_kinds.get(club or "") != "national":
            club = _country_in_view(ctx) or club  # "the national team" of a story about a club's coach
    return club, squad, explicit


def _country_in_view(ctx: Context) -> str | None:
    """The national team the article named last."""
    return next(
        (
            c
            for clubs in reversed(ctx.recent_clubs)
            for c in reversed(clubs)
            if ctx.club_kinds.get(c) == "national"
        ),
        None,
    )


# Past these words the text has moved on from the post to a match, a rumour, a place.
_AFTER_STOP = re.compile(
    r"\b(?:game|match|tie|fixture|trip|visit|against|away|home|amid|despite|links?|interest|"
    r"following|after|before|while|when|but|tournament|finals?|clash|move\s+to|who|whom|which)\b"
    # "took over from Y, having spent 16 years coaching the club's youth teams": his past, not the post
    r"|,\s+having\b"
    # "took temporary charge … and will now return to the youth teams": the next predicate's own place
    r"|\band\s+(?:will|would|shall)\s+(?:now\s+|then\s+|later\s+)?(?:return|go\s+back|revert|concentrate|focus)\b"
    # "after Y was sacked, previously coached C's under-21s": the subject's next predicate, its own club
    r"|,\s+(?:previously|earlier|once|formerly)\s+(?:coached|managed|led|trained|worked|had|was|spent)\b"
    # ", and arrives from C": a new predicate of the sentence's subject, not this one's club
    r"|,\s+and\s+(?:then\s+|now\s+)?(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+(?:s|ed)\b"
    # "was appointed in 2016 and had previously coached C": an earlier spell's predicate, its own club
    r"|\band\s+(?:had|has|have)\s+(?:\w+ly\s+|also\s+|once\s+)*(?:coached|managed|led|trained|been)\b",
    re.IGNORECASE,
)


_LEAVING_BEFORE = re.compile(r"\b(?:leave|leaves|left|leaving|quit|quits|depart\w*)\s+(?:the\s+)?$", re.I)
# "X joined A in July 2021 from B, replacing Y": B is the club X left, A the post Y held
_JOINED_FROM_BEFORE = r"\bjoin(?:s|ed)\s+(?:the\s+)?«C(\d+)»[^«.;]{0,25}?\bfrom\s+(?:the\s+)?$"
_JOINED_FROM = re.compile(_JOINED_FROM_BEFORE, re.IGNORECASE)
_DESTINATION = re.compile(
    r"\bto\s+(?:take\s+(?:over|charge|up\s+\w+\s+\w+)|join|become|coach|manage|lead)\b[^«.;]{0,30}$"
    r"|\b(?:left|leaves|leaving|departed|quit|quits)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words before a club that make it an opponent or a past employer, not the club a fact is about.
# "arrived from Saudi club Al-Shabab, replacing X": where the new man came from, not the post he fills
_CAME_FROM = re.compile(
    r"\b(?:arriv\w*|join\w*|came|comes|coming|mov(?:ed|es|ing)|switch\w*|lured|prised)\s+"
    r"(?:(?:away\s+)?from)\s+(?:[A-Za-z\-]+\s+(?:club|side|outfit|team)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _promoted_from(tagged: str, found: int, end: int) -> bool:
    """The club or squad tag `found`, after the match's `end`, is what 'promoted X from' names."""
    at = max(tagged.find(f"«C{found}»"), tagged.find(f"«S{found}»"))
    return at > end and _PROMOTED_HIM_FROM.search(tagged, max(0, at - 60), at) is not None


# "C promoted X from the": the squad named next is the one he leaves
_PROMOTED_HIM_FROM = re.compile(
    r"\bpromot\w*\s+(?:[\w\-]+\s+){0,3}?«P\d+»\s+from\s+(?:the\s+|their\s+|its\s+)?$"
)
_NOT_THE_POST = compile_quick(
    r"(?:\b(?:defeat|loss|draw|win|victory|game|match|clash|tie|exit)\s+(?:by|to|with|over|against|at)\s+"
    # "in friendlies against Ghana and Mali", "guided the team past AC Milan": each side of the list is
    # an opponent
    r"|\b(?:against|beating|beat|past)\s+(?:the\s+)?(?:«C\d+»\s*(?:,|and|or)\s+)*"
    r"|\bhaving\s+(?:\w+\s+)?(?:coached|managed|led)\s+"
    # a fixture: "Sunday's trip to Ibrox", "the visit of leaders Coventry", "when Scotland host Austria",
    # "before they face Celtic": the other side of a match
    r"|\b(?:trips?|visits?|journey)\s+(?:to|of)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}"
    r"|\b(?:host(?:s|ed|ing)?|fac(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|play(?:s|ed|ing)?\s+host\s+to)\s+"
    # "the former Plymouth Argyle and Stoke City boss": each club of the list is a former one
    r"|\b(?:former|ex-)\s*(?:(?:the\s+)?«C\d+»\s*(?:,|and|or)\s+)*"
    # "the former defender of Arsenal, Barcelona and Manchester City": the clubs he played for
    r"|\b" + PLAYING_POSITION + r"\s+(?:of|for|at|with)\s+(?:(?:the\s+)?«C\d+»\s*(?:,|and|or)\s+)*)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# a club or squad followed by a role and a person: "B team boss «P»", "Celtic's under-21 coach «P»", "the
# under-21 coach, «P»" (the title set off by a comma, as in a list of aides)
_ANOTHER_MANS_POST = re.compile(
    r"(?:'s)?\s+(?:[a-z\-]+\s+){0,2}(?:boss|coach|manager|head\s+coach|trainer),?\s+«P\d+»", re.IGNORECASE
)


# "X, who quit Monza last week", "stepped down from C": the club the verb itself leaves
_QUIT_OBJECT = re.compile(
    r"\s+(?:from\s+|as\s+(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss)\s+(?:of\s+)?)?(?:the\s+)?«C(\d+)»"
)


def _quit_object(tagged: str, end: int) -> int | None:
    """The club right after a verb of quitting, before a club named ahead of the man is taken."""
    found = _QUIT_OBJECT.match(tagged, end)
    return int(found.group(1)) if found else None


def _first_tag_after(tagged: str, pos: int, window: int) -> int | None:
    """The club (else squad) named next after `pos` in the same clause, before any other person."""
    stretch = tagged[pos : pos + window]
    cut = CLAUSE_BREAK.search(stretch)
    stretch = stretch[: cut.start()] if cut else stretch
    stop = _AFTER_STOP.search(stretch)
    stretch = stretch[: stop.start()] if stop else stretch
    squad = None
    for m in TAG.finditer(stretch):
        if m.group(1) == "C" and _NOT_THE_POST.search(tagged, max(0, pos + m.start() - 30), pos + m.start()):
            continue  # "a defeat by Villa", "former Betis boss": not the club of the fact
        if m.group(1) in "CS" and _ANOTHER_MANS_POST.match(tagged, pos + m.end()):
            continue  # "…, with B team boss Liam Fox taking control": that man's post, not the fact's
        if m.group(1) == "C":
            return int(m.group(2))
        if m.group(1) == "S" and squad is None:
            squad = int(m.group(2))
        if (
            m.group(1) == "P"
            and not stretch[: m.start()].rstrip().endswith("from")
            and not stretch[m.end() :].startswith("'s")
        ):
            break
    return squad


# "Y, who had spells at A and B, replaces X": the clubs of an aside on another person before X
# (the aside may name his boss: "A, who worked alongside Y at C, B and D": C is A's aside still)
_OTHERS_ASIDE = re.compile(
    r"«P\d+»\s*,\s*(?:who|whose)\b(?:[^«.;:!?,]|«[CS]\d+»\s*,(?=\s*(?:«|$))|«[CS]\d+»|«P\d+»(?:['’]s?)?)*$"
)
# how far back a 'who' aside holding a club may open
_ASIDE_REACH = 150
# "…, B and C, replaces X": the aside ends at C (or at the list C is in)
# (or at the aside's man's list: "A, who …  at C, the goalkeeping coach B and the fitness coach D")
# ("A, who led C's B team for two seasons, takes over from X": the words on C's squad and spell close it too)
_ASIDE_CLOSED = re.compile(
    r"«C\d+»(?:\s*(?:,|,?\s+and|,?\s+or)\s+«C\d+»)*(?:['’]s?\s+«S\d+»(?:\s+[\w\-]+)*)?\s*,(?:[^«.;:!?]|«P\d+»)*$"
)


def _in_others_aside(tagged: str, at: int, person_pos: int | None) -> bool:
    """The tag at `at`, before the fact's person, sits in a closed 'who' aside on someone else."""
    if person_pos is None or at > person_pos or not _ASIDE_CLOSED.match(tagged, at, person_pos):
        return False
    return bool(_OTHERS_ASIDE.search(tagged, max(0, at - _ASIDE_REACH), at))


def _named_at(sent: TaggedSentence, pos: int) -> bool:
    """Whether the person tagged at pos is named (not 'he', which goes on with the clause before)."""
    tag = TAG.match(sent.tagged, pos)
    return bool(tag and tag.group(1) == "P" and not sent.mentions[int(tag.group(2))].pronoun)


# "X has worked with Y since their days at C, and Z has been the goalkeeping coach": a clause of its own
# opens on the named Z, so C tells X's story, not Z's post
_NEW_CLAUSE_BEFORE = re.compile(r",\s+(?:and|but|while|whereas)\s+$")


# ", while goalkeeping coach X stays on": a clause of its own; the clubs before it are not its
_CONTRAST_CLAUSE = re.compile(r",\s+(?:while|whilst|whereas|although|though)\s")


def _last_tag_before(
    tagged: str, pos: int, window: int, person_pos: int | None = None, own_clause: bool = False
) -> int | None:
    stretch = tagged[max(0, pos - window) : pos]
    cut = list(CLAUSE_BREAK.finditer(stretch)) + list(_CONTRAST_CLAUSE.finditer(stretch))
    if cut:
        stretch = stretch[max(c.end() for c in cut) :]
    base = max(0, pos - window) + (len(tagged[max(0, pos - window) : pos]) - len(stretch))
    if person_pos is not None and person_pos >= base:
        verb = [m for m in _MAIN_VERB_AFTER_ASIDE.finditer(stretch) if base + m.end() <= person_pos]
        if verb:  # the person comes after the aside's main verb: the aside's clubs are not his
            stretch, base = stretch[verb[-1].end() :], base + verb[-1].end()
    if (
        own_clause
        and person_pos is not None
        and base <= person_pos <= pos
        and _NEW_CLAUSE_BEFORE.search(tagged, base, person_pos)
    ):
        stretch, base = stretch[person_pos - base :], person_pos
    tags = [
        m
        for m in TAG.finditer(stretch)
        if m.group(1) == "C"
        and not _NOT_THE_POST.search(tagged, max(0, base + m.start() - 30), base + m.start())
        and not _in_others_aside(tagged, base + m.start(), person_pos)
        and not _another_mans_post(tagged, base + m.end(), person_pos)
        and not _PLAYERS_TEAM.match(tagged, base + m.end())
    ]
    return int(tags[-1].group(2)) if tags else None


# "a former Barcelona and Argentina teammate", "the Chelsea and England striker": a player's teams
_PLAYERS_TEAM = re.compile(
    r"(?:\s*(?:,|and|or)\s+(?:the\s+)?«C\d+»)*\s+(?:team-?mates?|players?|striker|forward|midfielder|defender|"
    r"full-back|winger|goalkeeper|captain|international|playmaker)\b",
    re.IGNORECASE,
)


def _another_mans_post(tagged: str, club_end: int, person_pos: int | None) -> bool:
    """'Hibs are ready to move for Kilmarnock manager X after sacking Y': Kilmarnock is X's post, not
    the club of a fact about Y."""
    post = _ANOTHER_MANS_POST.match(tagged, club_end)
    return bool(post) and person_pos is not None and tagged.rfind("«P", 0, post.end()) != person_pos


# "Chester manager «P»", "Ex-Chester boss «P»": a club's title right before the name
_CLUB_TITLE_BEFORE = re.compile(
    r"«C\d+»\s+(?:(?:head|first[- ]team|caretaker|interim)\s+)?(?:manager|boss|coach)\s+$", re.IGNORECASE
)


def _first_tag_inside(tagged: str, start: int, end: int, person_pos: int) -> int | None:
    for m in TAG.finditer(tagged, start, end):
        if m.group(1) == "C" and m.start() != person_pos and not _opponent_at(tagged, m.start()):
            return int(m.group(2))
    return None


def _opponent_at(tagged: str, at: int) -> bool:
    """'X, who took the team for the cup tie against C, has signed': C is the match's other side."""
    return bool(_OPPONENT_BEFORE.search(tagged, max(0, at - 40), at))


# an aside that tells a coaching post before its club: "who led", "who won the title with"
_POST_ASIDE = re.compile(
    r"\b(?:led|leads|coach\w*|manag\w*|guid\w*|took|taken|won|steer\w*|charge|boss|joined|arrived|"
    r"trainer|head|returned|spell|stint|tenure|years?|seasons?|since|with|at|of)\b",
    re.IGNORECASE,
)


# "X has been in charge since 2019": spells told by their start, whose club an aside on X may not be
_SPELL_SINCE_RULES = rule_names("been-in-charge-since", "been-in-office-since", "had-been-since")
_FORMER_WORD = re.compile(r"\b(?:former|formerly|ex-|previously|once)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _earlier_post_aside(
    rule: Rule, tagged: str, person_pos: int, club_idx: int, match: re.Match[str]
) -> bool:
    """The aside holding the club tells an earlier post than the spell the main clause dates: 'X, a former
    assistant coach of C, had been in charge since 2022', 'X, who took C to the 2002 World Cup, had been
    in charge since 2023' (not 'X, who led C to the 2020 title, has been in charge since 2015')."""
    if rule.name not in _SPELL_SINCE_RULES:
        return False
    at = tagged.find(f"«C{club_idx}»")
    aside = tagged[person_pos:at]
    if _FORMER_WORD.search(aside):
        return True
    close = tagged.find(",", at)
    told = [int(y) for y in _YEAR.findall(tagged, person_pos, close if close > 0 else at)]
    since = _YEAR.search(tagged, match.end(), match.end() + 30)
    return bool(told and since and max(told) < int(since.group(0)))


def _first_tag_past_aside(tagged: str, end: int, person_pos: int, club_idx: int) -> int | None:
    """The club named inside a match after the aside that holds `club_idx` has closed."""
    closed = tagged.find(",", tagged.find(f"«C{club_idx}»"), end)
    return None if closed < 0 else _first_tag_inside(tagged, closed, end, person_pos)


def _in_apposition(tagged: str, person_pos: int, club_idx: int) -> bool:
    """The club sits in the aside right after the person ('X, who coaches Slovakia, …')."""
    at = tagged.find(f"«C{club_idx}»")
    return at > person_pos and bool(re.match(r"«P\d+»\s*[,(][^,()]*$", tagged[person_pos:at]))


def own_post_squad(sent: TaggedSentence, person_pos: int, squad: str) -> bool:
    """The squad is named only as the person's own post, before him or in an aside on him ('U19 coach
    X', 'X, the U19 coach,'), not after him as what he takes charge of ('interim charge of the U23s')."""
    tagged, squad_of = sent.tagged, sent.squad_of
    tags = [k for k in SQUAD_TAG.finditer(tagged) if squad_of.get(int(k.group(1)), (None, ""))[1] == squad]
    return bool(tags) and all(
        k.start() < person_pos or _aside_tag(tagged, person_pos, k.start()) for k in tags
    )


def squad_in_own_title_aside(sent: TaggedSentence, person_pos: int, squad: str) -> bool:
    """The squad is named only in a title apposed right after the person ('promoted X, the coach of their B
    team, to replace him', 'named X, until now coach of the U19s, as the new coach'): his post until now
    (not a clause of his own: 'X, who took over the U-17s in 2022, …' tells another change), and no other
    youth or women's side is named outside it ('…, as the new under-19 coach' is his new post)."""
    if not _OWN_TITLE_APPOSED.match(sent.tagged, person_pos):
        return False
    sides = _sides_in_aside(sent, person_pos)
    senior = ("first_team", "national")
    told = (_bare_squad(squad), True) in sides
    return told and all(in_aside for side, in_aside in sides if side not in senior)


# "X, the coach of their B team,", "X, until now coach of the Primavera", "X, coach of their reserve side,"
# ("X, until now in charge of the reserve team,": the same post told by its charge)
_OWN_TITLE_APPOSED = re.compile(
    r"«P\d+»\s*,\s+(?:the\s+|until\s+now\s+|so\s+far\s+|hitherto\s+)?(?:(?:(?:head|chief)\s+)?"
    r"(?:coach|manager|trainer|technician|boss)|in\s+charge)\s+of\b",
    re.IGNORECASE,
)


def aside_post_squad(sent: TaggedSentence, person_pos: int, squad: str) -> bool:
    """The squad is named only in an aside right after the person ('His assistant will be X, until now coach
    of the U21.'): the post he comes from, not the one the sentence gives him (not a relative clause: 'X, who
    left C to become an assistant with the under-21s': the post he goes to)."""
    if _RELATIVE_AFTER_PERSON.match(sent.tagged, person_pos) and not _PAST_POST_RELATIVE.match(
        sent.tagged, person_pos
    ):
        return False
    in_aside = [told for side, told in _sides_in_aside(sent, person_pos) if side == _bare_squad(squad)]
    return bool(in_aside) and all(in_aside)


_RELATIVE_AFTER_PERSON = re.compile(r"«P\d+»\s*,\s+(?:who|which|whose)\b", re.IGNORECASE)
# "X, who was in charge of the under-19s,", "X, who coached the U21 team,": a relative clause telling the
# post he held (not one he moves to: "who left C to become an assistant with the under-21s")
_PAST_POST_RELATIVE = re.compile(
    r"«P\d+»\s*,\s+who\s+(?:(?:was|had\s+been)\s+(?:in\s+charge\s+of|(?:the\s+)?(?:head\s+)?coach\s+of)|"
    r"coached|led|ran|trained|directed)\b",
    re.IGNORECASE,
)


# a squad tag, or a club's that may name a squad itself ("Jong Ajax", "Rostov-2", "Bayern II")
_SIDE_TAG = re.compile(r"«[CS](\d+)»")


def _sides_in_aside(sent: TaggedSentence, person_pos: int) -> list[tuple[str, bool]]:
    """Each squad the sentence tags (by a squad phrase or a side's own name), with whether it sits in the
    aside right after the person."""
    return [
        (
            _bare_squad(sent.squad_of.get(int(k.group(1)), (None, ""))[1]),
            _aside_tag(sent.tagged, person_pos, k.start()),
        )
        for k in _SIDE_TAG.finditer(sent.tagged)
    ]


def _bare_squad(squad: str) -> str:
    """The squad's code without the national prefix: a fact at a country holds 'national_u21' where the
    sentence's tag holds 'u21', the same side."""
    return squad.removeprefix("national_") if squad.startswith("national_") else squad


def _aside_tag(tagged: str, person_pos: int, at: int) -> bool:
    """The tag at `at` sits in a closed aside right after the person ('X, the coach of C's U19s, has'),
    or one closing the sentence ('… designated X, coach of the U23s.')."""
    return at > person_pos and bool(
        re.match(r"«P\d+»\s*,[^,()]*(?:,|[.;!]?\s*$)", tagged[person_pos:])
        and re.match(r"«P\d+»\s*,[^,()]*$", tagged[person_pos:at])
    )


# "…, replacing X": a participle hung on the clause that names the post being filled
# (translated: "in substitution of", "took the relay of", "to take the place of")
_REPLACING_WORDS = (
    r"(?:replacing|succeeding|to\s+(?:replace|succeed)|in\s+(?:the\s+)?place\s+of|in\s+substitution\s+of|"
    r"(?:take|takes|took|taking|taken)\s+the\s+(?:place|relay)\s+of)"
)
_REPLACING_BEFORE = re.compile(r"\b" + _REPLACING_WORDS + r"\s+(?:the\s+\w+\s+)?$", re.IGNORECASE)


# "Torrent, Guardiola's former assistant at Manchester City, arrived …": a club inside a man's aside
_ASIDE_OPENED = re.compile(r"«P\d+»,[^,;:]{0,80}$")


def _in_closed_aside(tagged: str, club_at: int, end: int) -> bool:
    """The club sits in an aside after a name that closes (a comma) before `end`: the aside's story."""
    return bool(_ASIDE_OPENED.search(tagged, max(0, club_at - 90), club_at)) and "," in tagged[club_at:end]


# "was appointed in June from C", "had arrived in the summer from C": the club he came from, not the
# post filled
_FROM_BEFORE = re.compile(
    r"\b(?:appointed|named|hired|promoted|recruited|signed|arrived|came|moved)\b[^«.;]{0,25}?\bfrom\s+(?:the\s+)?$|"
    + _JOINED_FROM_BEFORE,
    re.IGNORECASE,
)


def _filled_post(
    sent: TaggedSentence, person_pos: int, replacing_at: int | None = None
) -> tuple[str, str, bool] | None:
    """'Selles took over as Reading boss, replacing Ince, who was sacked': Reading, the post
    named before 'replacing' (not a former club of the appointee)."""
    tagged = sent.tagged
    at = replacing_at
    if at is None:
        word = _REPLACING_BEFORE.search(tagged, max(0, person_pos - 30), person_pos)
        at = word.start() if word else None
    elif not re.match(r"(?:" + _REPLACING_WORDS + r"|succeeded|replaced)\b", tagged[at:], re.IGNORECASE):
        # ("took charge of C in 2022, when he succeeded Y": the finite verb of a clause on the post taken)
        at = None
    if at is None:
        return None
    start = max(0, at - 150)
    start += max((m.end() for m in CLAUSE_BREAK.finditer(tagged, start, at)), default=start) - start
    posts = [
        int(m.group(2))
        for m in TAG.finditer(tagged, start, at)
        if m.group(1) == "C"
        and not _NOT_THE_POST.search(tagged, max(0, m.start() - 30), m.start())
        and not _LEAVING_BEFORE.search(tagged, max(0, m.start() - 25), m.start())
        and not _CAME_FROM.search(tagged, max(0, m.start() - 45), m.start())
        and not _FROM_BEFORE.search(tagged, max(0, m.start() - 50), m.start())
        and not _in_closed_aside(tagged, m.start(), at)
    ]
    if not posts:
        return None
    club, squad = sent.squad_of.get(posts[-1], (None, "first_team"))
    named = squad_named_between(sent, tagged.find(f"«C{posts[-1]}»"), at, club)
    squad = _national(named, sent.mentions[posts[-1]].club_kind) if named else squad
    return (club, squad, True) if club else None


# "…, who had coached the under-19s, replacing Y", "the former U19 coach": a squad of the man's past
_ASIDE_OPENER = re.compile(r"\b(?:who|whom|whose|which|where|former|formerly|previously)\b", re.IGNORECASE)
# "X, until now in charge of the club's under-19 team, takes the place of Y": the squad in an aside on the
# post he held up to the news, the last comma before it opening the aside (not "X, until now coach of the
# U19s, takes over the U23s, replacing Y": the U23s are named after the aside closes)
_UNTIL_NOW_ASIDE = re.compile(r",\s+(?:until\s+now|up\s+to\s+now|so\s+far|hitherto)\b[^,;]*$", re.IGNORECASE)


def squad_named_between(sent: TaggedSentence, start: int, end: int, club: str | None) -> str | None:
    """'Egypt named X coach of the Olympic team, replacing Y': the last squad named between `start` and
    'replacing' (`end`), with no other club of its own and not in an aside on a past, is the post filled."""
    squads = list(SQUAD_TAG.finditer(sent.tagged, start, end))
    owner, squad = sent.squad_of.get(int(squads[-1].group(1)), (None, "")) if squads else (None, "")
    if (
        not squad
        or owner not in (None, club)
        or _ASIDE_OPENER.search(sent.tagged, start, squads[-1].start())
        or _UNTIL_NOW_ASIDE.search(sent.tagged, start, squads[-1].start())
        or _TITLE_AFTER.match(sent.tagged, squads[-1].end())  # "U19 coach X replaces Y": his own title
        or _CLAUSE_TURN.search(
            sent.tagged, squads[-1].end(), end
        )  # "returned to the B team and … replaced Y"
    ):
        return None
    return squad
