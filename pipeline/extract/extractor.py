"""Article → coaching facts: the orchestration of segmentation, mentions, rules and dates."""

from __future__ import annotations

import copy
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from pipeline.extract.dates import (
    DateMention,
    date_from_url,
    dateline_date,
    find_dates,
    parse_published,
)
from pipeline.extract.fallback import Guess, event_guesses
from pipeline.extract.lexicon import NOT_NAME
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.match_report import lead_sides, match_sides, other_side
from pipeline.extract.mentions import CAREER_CUE, Mention, run_mentions, squad_mentions, weak_alias_seen
from pipeline.extract.people import (
    EXECUTIVE_AFTER,
    EXECUTIVE_BEFORE,
    PRONOUN,
    People,
    descriptor_spans,
    nationalities,
)
from pipeline.extract.rules import HEDGE, NEGATION, ROLE_WORDS, Rule, candidate_rules
from pipeline.extract.text import dateline_head, is_link_line, sentence_spans
from pipeline.records import Article
from pipeline.reference import (
    club_places,
    club_refs,
    coach_surnames,
    context_club_aliases,
    known_coaches,
    lookup_club,
    place_names,
    women_clubs,
)

_LIST_ITEM = re.compile(
    # "Maccabi Tel Aviv of Israel and …": the previous item's country, no item of its own
    r"(?:\s+of\s+(?:the\s+)?«C\d+»)?"
    r"(?:\s+(?:from|between|in|until)\s+(?:19|20)\d{2}(?:\s*(?:to|-|–|and|until)\s*(?:19|20)?\d{2})?)?"
    # "coached A (2012–14) and B": the previous item's years in brackets
    r"(?:\s*\((?:19|20)\d{2}(?:\s*(?:to|-|–)\s*(?:(?:19|20)?\d{2})?)?\))?"
    # "managed A in the Premier League and B": the league the item played in, between items
    r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}(?:League|Liga|Bundesliga|Serie\s+[AB]|Ligue\s+[12]|"
    r"Championship|Eredivisie|MLS|Lig))?"
    # "A and at B", "A and in the B", "A as well as B": the preposition repeated after an explicit joint
    r"(?:\s*(?:,\s*(?:and|or)\b|,|and|or|&)\s*(?:then\s+)?(?:(?:at|in|with)\s+)?|\s*,?\s+as\s+well\s+as\s+|\s+)?"
    r"(?:the\s+)?(?:\d\.\s+)?(?:[A-Z]{2,3}\s+(?=«))?"  # "the 1. FC «C»": the prefix the club's tag left out
    # "the Greek PAOK", "the ambitious B": one descriptive word between 'the' and the club
    r"(?:(?<=the\s)(?!national\b|then\b)[A-Za-z][a-z]+\s+(?=«C))?"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}(?:club|side|outfit)s?\s+)?"  # "… and Turkish club D", "French clubs D and E"
    r"(?:(?:club|selection|national\s+(?:team|side|selection))\s+of\s+(?:the\s+)?)?"  # "the selection of D"
    r"«([CS])(\d+)»(?:'s?)?"
)
_CLUBS_WORD = re.compile(r"\b(?:club|side|outfit)s?\s+«")
# "the national teams of A and B": the squad item's owners, the first of them bound to it already
_SQUAD_OWNERS = re.compile(r"\s+of\s+(?:the\s+)?«C(\d+)»")
_LIST_ASIDE = re.compile(
    r"(?:\s+of\s+(?:the\s+)?«C\d+»)?"  # "Maccabi Tel Aviv of Israel, with which …"
    r"\s*,\s+(?:whom|where|with\s+wh(?:om|ich)|which)\s+(?:[^,;.«]|«[PC]\d+»){1,80},(?=\s*(?:and\s+)?(?:the\s+(?:[A-Za-z][a-z]+\s+)?)?«C)"
)
# "coached Chelsea, Kolkheti Poti, Roma": a club we lack (or read as a name) keeps the list going
_LIST_UNKNOWN = re.compile(
    r"\s*,\s*(?:(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*|«P\d+»)(?=\s*(?:,|,?\s+and)\s+(?:the\s+)?«C)"
)
# "has managed 22 teams, including A, B and C", "coached clubs such as A and B": the list follows
_COUNTED_CLUBS = re.compile(
    r"\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several|many|numerous|a\s+number\s+of|"
    r"a\s+(?:string|series|host|handful|succession)\s+of)?"  # "a string of Egyptian clubs, including A, B"
    r"\s*(?:different\s+)?(?:[A-Z][a-z]+\s+)?(?:clubs|teams|sides)(?:\s+in\s+(?:\d+|\w+)\s+countries)?,?\s+"
    r"(?:including|among\s+them|such\s+as)\b",
    re.IGNORECASE,
)
# "C in 2015", "D for six months in 2023": the list item's own date
_ITEM_DATE = re.compile(
    r"(?:\s+for\s+(?:\w+\s+){1,2}(?:months|years|seasons|weeks))?"
    r"\s+(?:from|between|in|since|until)\s+(?:(?:\w+\s+)?(?:19|20)\d{2})"
)
_TWICE = re.compile(r"\btwice\b|\btwo\s+(?:times|occasions)\b", re.IGNORECASE)
_RESPECTIVE = re.compile(
    r"((?:«C\d+»(?:\s*,\s*|\s+and\s+)?){2,})[^«]{0,80}?\brespective\s+(?:managers|coaches|bosses|"
    r"head\s+coaches)\s+"
    r"((?:«P\d+»(?:\s*,\s*|\s+and\s+)?){2,})"
)
_TAG = re.compile(r"«([PCS])(\d+)»")
# one kind of tag, its index as group 1
_CLUB_TAG = re.compile(r"«C(\d+)»")
_SQUAD_TAG = re.compile(r"«S(\d+)»")
_PERSON_TAG = re.compile(r"«P(\d+)»")
_CLAUSE_BREAK = re.compile(r"[.;:!?]")


@dataclass(slots=True)
class Fact:
    coach: str
    club: str | None
    squad: str
    role: str
    event: str
    confidence: float
    sentence: int  # index of the sentence span
    trigger: int  # offset of the trigger within the sentence
    date: DateMention | None = None
    weak: bool = False  # an in_charge inferred from hedged talk; dropped when anything else says more
    until: DateMention | None = None
    derived: bool = False  # inferred from another fact of the same sentence
    repeat: bool = False  # a second, distinct event ("turned down the job twice")
    squad_named: bool = False  # the text named the squad (not a default)
    needs_support: bool = False  # player-like wording: kept only if the person is a coach elsewhere
    trigger_end: int = -1  # end of the rule match (tagged offsets), when one found the fact
    followed: str | None = None  # an assistant following this head coach to a new club
    pluperfect: bool = False  # "had been appointed": told as the earlier of two events
    replacing: str | None = None  # a rumour "to replace Y" naming no club: Y's club is the post
    stay_at: str | None = None  # "X will stay at Z": declines the clubs he was linked with
    with_offer: bool = False  # "rejected an approach": an offer was made too
    spurned: tuple[str, ...] = ()  # "…, ending speculation he would move to A or B": A and B
    no_date: bool = False  # one club of a list whose dates belong to another item
    current_post: bool = False  # "C coach X" (not "former"): the post he holds as the sentence is told
    lasting: bool = False  # the text says how long the spell lasted ("spent four years at C")
    achieved: bool = False  # the text tells what the spell achieved ("guided C to the title")
    begins: bool = False  # the words tell the spell's beginning ("joined C as a player-coach in 2020")
    tense_dated: bool = False  # dated by the article's date because the tense tells it is today's news
    alongside: bool = False  # "his assistant also leaves", "were dismissed too": going with someone else
    since_prior: bool = False  # "in interim charge since then / since X's exit": began with an earlier change
    another_spell: bool = False  # the sentence tells a spell other than the only one ("returned", "first")
    mens: bool = False  # the sentence names a men's team ("led the Germany men's team"): no women's post
    before_national: bool = False  # "Before the national team, X coached C": the career that led to that post
    # a spell told with its start in the pluperfect ("had led C since 2018": "had") or the present
    # perfect ("has coached C since 2022": "has"); None when told otherwise
    spell_tense: str | None = None


@dataclass(slots=True)
class Context:
    """What the article has established so far: people, the club it is about, who 'he' is."""

    people: People = field(default_factory=People)
    strong_clubs: set[str] = field(default_factory=set)
    club_counts: Counter[str] = field(default_factory=Counter)  # how often the article names each club
    club_kinds: dict[str, str] = field(default_factory=dict)
    topic_club: str | None = None
    topic_squad: str = "first_team"
    focus: str | None = None
    named_last: list[str] = field(default_factory=list)  # the men named in the last sentence naming any
    recent_clubs: list[list[str]] = field(default_factory=list)  # clubs of the last sentences
    recent_subjects: list[str | None] = field(default_factory=list)  # club opening each sentence
    opened: list[str | None] = field(default_factory=list)  # … as its words open it (no career turn)
    vacancy: tuple[str, str, int, str] | None = (
        None  # club, squad, sentence, coach of the latest sacking/resignation
    )
    selection: str | None = None  # the country whose team the text called "the … Selection"
    here: list[str] = field(default_factory=list)  # clubs the current sentence names as a post
    career: str | None = None  # the club the current sentence's subject is said to be at
    opening: str | None = None  # the club the current sentence opens on, as its subject
    career_shift: bool = False  # … and the story follows him there (not a pluperfect aside)
    left_clubs: set[str] = field(default_factory=set)  # clubs the story's appointees have left/leave
    posts: dict[str, set[str]] = field(default_factory=dict)  # person → clubs he was appointed at
    post_squads: dict[tuple[str, str], str] = field(default_factory=dict)  # (person, club) → that squad
    spells: list[tuple[str, str]] = field(default_factory=list)  # (person, club) of spells and exits
    fixture: tuple[str, str] | None = None  # the two sides of the match a report is about
    fallbacks: list[Fact] = field(default_factory=list)  # career pairs kept if nothing else tells them
    guesses: list[Fact] = field(default_factory=list)  # event guesses of unclaimed sentences (fallback.py)

    def club_in_view(self) -> str | None:
        """The club a fact whose own words name none is about: the story's, unless the last
        sentences turned to another club and this one does not name the story's club. A club
        the story's appointee left or is leaving is an aside ('X leaves Heerenveen. Heerenveen
        are tenth.'), unless this sentence names it too. A sentence telling what its subject did
        at a club ('X, 45, led Montréal …', 'He joined Derby …') is about that club."""
        club = self._club_before()
        if self.career and club not in self.here:
            return self.career  # "Rooney joined Derby …, and when Cocu was sacked …": Derby
        return club

    def _club_before(self) -> str | None:
        if self.opening and self._in_play(self.opening):
            return self.opening  # "The Netherlands had settled their future: …, and Y takes over": theirs
        subjects = [
            c for c in self.recent_subjects[-2:] if c and self._in_play(c) and not self._match_side(c)
        ]
        if subjects:  # a club an earlier sentence opened with, unless this one names the story's
            return self.topic_club if self.topic_club in self.here else subjects[-1]
        if self._recent_vacancy():
            return self.vacancy[0]  # "X was dismissed …. Before Y took over, …": that club
        return self.topic_club

    def _match_side(self, club: str) -> bool:
        """In a match report both sides open sentences of match play ('Eibar went ahead from the
        spot'): the opponent of the story's club opening one does not turn the story to it."""
        return bool(self.fixture and self.topic_club in self.fixture and club in self.fixture)

    def _recent_vacancy(self) -> bool:
        v = self.vacancy
        return bool(v and v[2] >= len(self.recent_clubs) - 2 and self._in_play(v[0]))

    def vacancy_squad(self, club: str | None) -> str | None:
        """The squad of the post a recent sacking left open at `club`: 'X, the women's national coach,
        resigned. He was succeeded by Y': Y coaches the women."""
        return (
            self.vacancy[1] if self.vacancy and club == self.vacancy[0] and self._recent_vacancy() else None
        )

    def post_left_by(self, coach: str) -> tuple[str, str] | None:
        """The post `coach` was said to have quit or lost in the last sentences: 'She resigned as the
        Netherlands women's coach. She was succeeded by Y' fills that post, even when it is one the
        story's appointee left (an aside for other facts)."""
        v = self.vacancy
        return (v[0], v[1]) if v and v[3] == coach and v[2] >= len(self.recent_clubs) - 2 else None

    def _in_play(self, club: str) -> bool:
        return club not in self.left_clubs or club in self.here


def article_date(article: Article) -> date | None:
    """Publication date: the `published` field, else a date in the URL, else a dateline."""
    published = parse_published(getattr(article, "published", None))
    if published:
        return published
    from_url = date_from_url(getattr(article, "url", None))
    text = getattr(article, "text", "") or ""
    dateline = dateline_date(text if isinstance(text, str) else "", from_url.year if from_url else None)
    return dateline or from_url


class ExtractionError(Exception):
    """The extractor failed on one article. Odd text (empty, HTML, another language, huge) never
    does this, so it is a bug: callers record it against the article (the quarantine, a message
    on stderr) and go on with the others rather than lose the article without a word."""


def extract_article(article: Article) -> list[dict]:
    """The coaching facts of one article, as contract dicts. Raises only `ExtractionError`."""
    try:
        return _extract(article)
    except Exception as exc:
        raise ExtractionError(f"article {getattr(article, 'id', '?')}: extractor failed: {exc!r}") from exc


def _extract(article: Article) -> list[dict]:
    text = article.text if isinstance(article.text, str) else ""
    ref = article_date(article)
    spans = _unique_spans(text)
    originals = [text[s:e] for s, e in spans]
    sentences = [_blank_nickname(_blank_dateline(s)) for s in originals]
    ctx, first = _first_pass(sentences)
    lowered = [s.lower() for s in sentences]
    rules = [
        [] if is_link_line(s) else candidate_rules(low) for s, low in zip(sentences, lowered, strict=True)
    ]
    mentions = []
    for i, (s, found, r) in enumerate(zip(sentences, first, rules, strict=True)):
        ctx.people.cursor = i  # a shared surname is the man named in full nearest before
        mentions.append(_sentence_mentions(s, ctx, found, with_squads=bool(r)))
    counts = Counter(m.name for ms in mentions for m in ms if m.kind == "C")
    ctx.club_counts = counts
    for ms in mentions:
        ctx.club_kinds.update((m.name, m.club_kind) for m in ms if m.kind == "C")
    if counts:
        title = getattr(article, "title", None)
        title = title if isinstance(title, str) and title.strip() else None
        # the headline's mentions, found once for both readers of it
        title_found = run_mentions(title, set(counts)) if title else []
        ctx.topic_club = (
            _title_club(title, title_found, counts)
            or _lead_club(sentences, mentions, counts)
            or _most_named_side(sentences, mentions, counts)
        )
        ctx.fixture = _fixture(title, title_found, sentences, mentions, counts)
    facts: list[Fact] = []
    for i, sentence in enumerate(sentences):
        ctx.people.cursor = i
        facts.extend(_sentence_facts(i, sentence, lowered[i], rules[i], mentions[i], ctx, ref))
    facts = _postprocess(facts, ctx, text)
    return [_to_dict(article, f, spans, originals) for f in facts]


# A headline telling a club's appointment or sacking: "Stoke City appoint X as head coach",
# "X named S. Korea head coach", "X returns to Saudi Arabia", "Pioli lands at Al-Nassr".
_TITLE_SUBJECT = re.compile(
    r"«C(\d+)»(?:\s+(?:Women|Femenino|Ladies))?\s+(?:appoint|name|hire|sack|fire|axe|confirm|promote|unveil|"
    r"turn\s+to|part\s+(?:ways|company)|make|announce|bring\s+back|install|signed\s+with|extend|renew|keep|retain|"
    r"hand\s+(?:\w+\s+){0,3}?(?:new\s+)?(?:deal|contract))",
    re.IGNORECASE,
)
_TITLE_OBJECT = re.compile(
    r"\b(?:named|appointed|confirmed\s+as|new\s+(?:\w+\s+)?(?:coach|trainer|manager|boss)\s+of|"
    r"returns?\s+to|lands?\s+at|takes?\s+(?:over\s+at|charge\s+(?:of|at))|to\s+(?:coach|manage))"
    r"\s+(?:the\s+)?«C(\d+)»",
    re.IGNORECASE,
)

# A headline led by the club it is about: "Palermo, Zamparini exonerates Cosmi", "Sporting: Keizer out"
_TITLE_HEAD = re.compile(r"\s*«C(\d+)»\s*[,:]\s")


def _title_club(title: str | None, mentions: list[Mention], counts: Counter[str]) -> str | None:
    """The club whose appointment or sacking the headline tells, if the article names it: the
    story's club even when an appointee's former club is mentioned more often. `mentions` are
    the headline's, found with the article's clubs known."""
    if title is None:
        return None
    tagged, _ = _tag(title, mentions)
    found = _TITLE_SUBJECT.search(tagged) or _TITLE_OBJECT.search(tagged) or _TITLE_HEAD.match(tagged)
    if found is None:
        return None
    club = mentions[int(found.group(1))].name
    return club if club in counts else None


def _lead_club(sentences: list[str], mentions: list[list[Mention]], counts: Counter[str]) -> str | None:
    """The club the lead sentence (the first naming a club) tells appointing or sacking someone
    ('X was 31 when Brighton appointed him'): the story's club, even when his former club is
    named more often."""
    for sentence, found in zip(sentences, mentions, strict=True):
        if any(m.kind == "C" for m in found):
            tagged, _ = _tag(sentence, found)
            acting = _LEAD_SUBJECT.search(tagged)
            club = found[int(acting.group(1) or acting.group(2))].name if acting else None
            return club if club in counts else None
    return None


def _most_named_side(sentences: list[str], mentions: list[list[Mention]], counts: Counter[str]) -> str:
    """The club the article names most, not counting its mentions as an opponent ('the defeat
    against Catania', 'lost to C'): a story about one club's coach names its opponents often."""
    own = Counter(
        m.name
        for sentence, found in zip(sentences, mentions, strict=True)
        for m in found
        if m.kind == "C" and not _OPPONENT_BEFORE.search(sentence, 0, m.start)
    )
    return (own or counts).most_common(1)[0][0]


def _fixture(
    title: str | None,
    title_found: list[Mention],
    sentences: list[str],
    mentions: list[list[Mention]],
    counts: Counter[str],
) -> tuple[str, str] | None:
    """The two sides of the match the article reports: its headline's ('Elche 3-1 Eibar'), else
    its lead's ('Elche …, coming from behind to beat Eibar'). `title_found`: the headline's mentions."""
    if title is not None:
        sides = match_sides(_tag(title, title_found)[0], [m.name for m in title_found])
        if sides:
            return sides
    for sentence, found in zip(sentences, mentions, strict=True):
        if any(m.kind == "C" for m in found):
            return lead_sides(_tag(sentence, found)[0], [m.name for m in found])
    return None


# "…, Chelsea have appointed X", "when Brighton appointed him": not "a defeat by C", "lost to C"
_LEAD_SUBJECT = re.compile(
    r"(?<!\bby\s)(?<!\bto\s)(?<!against\s)(?<!over\s)«C(\d+)»\s+(?:have\s+|has\s+|had\s+)?(?:appointed|named|"
    r"hired|sacked|fired|dismissed|parted\s+(?:ways|company)\s+with)\s+(?!as\b)"
    # "C officialised on Tuesday night the hiring of X", "C announced the appointment of X"
    r"|«C(\d+)»\s+(?:has\s+|have\s+)?(?:announced|confirmed|officiali[sz]ed|made\s+official)\s+"
    r"(?:[^.;«]{0,50}?\s)?the\s+(?:hiring|appointment|signing|dismissal|sacking)\s+of\s+«P",
    re.IGNORECASE,
)


def _blank_dateline(sentence: str) -> str:
    """The sentence with an opening wire dateline turned to spaces (same length, so offsets hold):
    its town and agency are nobody ("SAITAMA, Japan (Kyodo) --"), but a town that is a club's
    name stays, as wire copy from a club's town is about that club ("PALERMO - X has sacked Y")."""
    m = dateline_head(sentence)
    if m is None:
        return sentence
    place = m.group("place")
    if place and lookup_club(place.title()) is not None:
        end = m.end("place")
        return sentence[:end] + " " * (m.end() - end) + sentence[m.end() :]
    return " " * m.end() + sentence[m.end() :]


# A quoted nickname inside a name: Gerardo "Tata" Martino, Luiz Felipe 'Big Phil' Scolari.
_NICKNAME = re.compile(r"(?<=[a-zà-ÿ]) ([\"“'‘][A-ZÀ-Þ][\w.\- ]{0,18}?[\"”'’]) (?=[A-ZÀ-Þ][a-zà-ÿ])")


def _blank_nickname(sentence: str) -> str:
    """The sentence with quoted nicknames inside names turned to spaces (same length, so
    offsets hold): 'Gerardo "Tata" Martino' reads as one name."""
    if '"' not in sentence and "'" not in sentence and "“" not in sentence and "‘" not in sentence:
        return sentence

    def blank(m: re.Match[str]) -> str:
        word = sentence[: m.start()].rsplit(None, 1)[-1:]  # the word before must be a name's
        return " " * len(m.group(0)) if word and word[0][:1].isupper() else m.group(0)

    return _NICKNAME.sub(blank, sentence)


def _unique_spans(text: str) -> list[tuple[int, int]]:
    seen: set[str] = set()
    out = []
    for s, e in sentence_spans(text):
        key = text[s:e]
        if key not in seen:
            seen.add(key)
            out.append((s, e))
    return out


def _first_pass(sentences: list[str]) -> tuple[Context, list[list[Mention] | None]]:
    """Collect full names and unambiguous clubs; keep each sentence's mentions unless an
    ambiguous alias in it has to be looked at again once the article's clubs are known."""
    ctx = Context()
    counts: Counter[str] = Counter()
    kept: list[list[Mention] | None] = []
    for i, sentence in enumerate(sentences):
        found = run_mentions(sentence, None)
        kept.append(None if weak_alias_seen() else found)
        for m in found:
            if m.kind == "P":
                ctx.people.register(m.name, (i, m.start))
            elif m.kind == "C":
                counts[m.name] += 1
                ctx.club_kinds[m.name] = m.club_kind
    ctx.strong_clubs = set(counts)
    return ctx, kept


# --- one sentence --------------------------------------------------------------------------


def _sentence_mentions(
    sentence: str, ctx: Context, found: list[Mention] | None = None, with_squads: bool = True
) -> list[Mention]:
    """Named clubs, squads and people (pronouns are added later, once 'he' is known).

    Squad phrases are only looked for in sentences some rule may fire on (`with_squads`).
    """
    if found is None:
        found = run_mentions(sentence, ctx.strong_clubs)
    found = _subject_alias(sentence, found, ctx) + found
    found = _town_as_club(sentence, found, ctx)
    found = found + _seen_surnames(sentence, found, ctx)
    if "the " in sentence.lower():
        found = _the_club_word(sentence, found, ctx)
    if len(ctx.strong_clubs) > 1:
        found = _club_word_in_slot(sentence, found, ctx)
    if with_squads:
        found = found + squad_mentions(sentence)
    found = [
        m
        for m in found
        if not _stray_capital(m, sentence, ctx)
        and not _place_or_thing(m, sentence, ctx)
        and not _town_not_club(m, sentence)
    ]
    found = _countries_of_clubs(sentence, found)
    priority = {"C": 0, "S": 1, "P": 2}
    found.sort(key=lambda m: (m.start, priority[m.kind], -(m.end - m.start)))
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            if priority[m.kind] < priority[kept[-1].kind] and m.start == kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    for m in kept:
        if m.kind == "P" and not m.pronoun:
            m.name = ctx.people.resolve(m.name)
            m.single = len(m.name.split()) == 1
    return kept


def _seen_surnames(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """'Arena joined …' after 'Bruce Arena': the surname of someone named in full earlier in the article,
    which the mention finder took for a word (a ground, a common noun) and left out."""
    out = []
    for full in ctx.people.full_names:
        surname = full.split()[-1]
        if len(surname) < 4 or surname not in sentence:
            continue
        for hit in _standalone_word(surname).finditer(sentence):
            start, end = hit.span()
            if any(m.start < end and start < m.end for m in found) or _GROUND_BEFORE.search(
                sentence, 0, start
            ):
                continue
            out.append(Mention("P", start, end, surname, name=full, single=True))
    return out


_GROUND_BEFORE = re.compile(r"\b(?:the|at|in|to|from)\s+$", re.IGNORECASE)  # "at the Arena": a place


@lru_cache(maxsize=1 << 12)
def _standalone_word(word: str) -> re.Pattern[str]:
    """`word` not inside a longer word, a hyphenated one or after an apostrophe."""
    return re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")


# "Villa appointed Unai Emery", "United have sacked …": a short alias acting as an employer
_ALIAS_SUBJECT = re.compile(
    r"\s*([A-Z][a-z]+)\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:appointed|named|hired|installed|unveiled|"
    r"sacked|dismissed|fired|axed|parted\s+(?:company|ways)|confirmed|announced)\b"
)


def _subject_alias(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """A sentence-opening short club alias ('Villa', 'United', 'Forest') that names no club the
    article has spelled out: the club its word belongs to, else the alias's usual club."""
    m = _ALIAS_SUBJECT.match(sentence)
    if m is None or any(x.kind == "C" and x.start < m.end(1) for x in found):
        return []
    word = fold(m.group(1))
    ref = context_club_aliases().get(word)
    if ref is None:
        return []
    owners = [c for c in ctx.strong_clubs if word in fold(c).split()]
    if len(owners) > 1:
        return []
    name = owners[0] if owners else ref.name
    kind = ctx.club_kinds.get(name, ref.kind) if owners else ref.kind
    return [Mention("C", m.start(1), m.end(1), m.group(1), name=name, club_kind=kind, squad=ref.squad)]


# "Los Angeles missed the playoffs", "Oxford paid Mumbai City …": a town's name acting in a sentence
# (a verb after it), standing for the one club of that town the article names
_TOWN_ACTING = re.compile(
    r"(?:^\s*|(?<=\bthat\s)|(?<=\bwhen\s)|(?<=\bafter\s)|(?<=\bbut\s)|(?<=\band\s))"
    r"([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)(?=\s+(?!(?:of|in|and|or|to|for|with|at|on|by|from|who|which|"
    r"whose|that|as|is|was)\b)[a-z]{2,})"
)


def _town_as_club(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """A town's name acting as a sentence's subject ('Los Angeles missed the playoffs', 'Oxford have
    been without a manager'): the one club of the article from that town (by club_places, or by the
    first word of its name), unless the article names a person so."""
    out = list(found)
    for m in _TOWN_ACTING.finditer(sentence):
        start, end = m.span(1)
        covering = [x for x in out if x.start < end and start < x.end]
        if any(x.kind != "P" or x.start != start or x.end != end for x in covering):
            continue
        word = m.group(1)
        if ctx.people.resolve(word) != word or fold(word) in NOT_NAME:
            continue
        club = _town_club(fold(word), ctx)
        if club is None:
            continue
        out = [x for x in out if x not in covering]
        out.append(Mention("C", start, end, word, name=club, club_kind="club"))
    return out


def _town_club(town: str, ctx: Context) -> str | None:
    """The one club of the article (named in full) that a town's name stands for."""
    clubs = [c for c in ctx.strong_clubs if ctx.club_kinds.get(c) == "club"]
    from_place = club_places().get(town)
    if from_place is not None:
        owners = [c for c in clubs if c in from_place]
    else:
        owners = [c for c in clubs if fold(c).startswith(town + " ") and fold(c) != town]
    return owners[0] if len(owners) == 1 else None


# "The Pride", "the Phoenix", "the Rowdies": a word of a club the article has named in full
_THE_WORD = re.compile(r"\b[Tt]he\s+([A-Z][a-z]{3,})\b(?!\s+[A-Z])")
_GENERIC_CLUB_WORDS = frozenset(
    "united city town county athletic athletico club real sporting rovers wanderers albion "  # noqa: SIM905
    "national football soccer women".split()
)


def _club_words(ctx: Context) -> dict[str, str]:
    """Distinctive words of the article's clubs → the club ('Pride' → Orlando Pride); a word
    two of its clubs share names neither."""
    owners: dict[str, set[str]] = {}
    for club in ctx.strong_clubs:
        if ctx.club_kinds.get(club) == "national":
            continue
        for word in club.split():
            key = fold(word)
            if len(key) > 3 and key not in _GENERIC_CLUB_WORDS and word[:1].isupper():
                owners.setdefault(key, set()).add(club)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}


def _the_club_word(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """'The Pride terminated …' after 'Orlando Pride': that club, not a person called Pride."""
    words = None
    out = list(found)
    for m in _THE_WORD.finditer(sentence):
        covering = [x for x in out if x.start <= m.start(1) < x.end]
        if any(x.kind != "P" or x.end > m.end(1) + 2 or x.start < m.start(1) for x in covering):
            continue
        words = _club_words(ctx) if words is None else words
        club = words.get(fold(m.group(1)))
        if club is None:
            continue
        out = [x for x in out if x not in covering]
        kind = ctx.club_kinds.get(club, "club")
        out.append(Mention("C", m.start(1), m.end(1), m.group(1), name=club, club_kind=kind))
    return out


# "At Kawasaki, X was replaced", "the third time to lead Kobe", "joined Hiroshima": where only a club goes
_CLUB_SLOT_BEFORE = re.compile(
    r"(?:^\s*(?:At|For|With)\s+|\b(?:at|lead|leads|led|leading|coach|coached|coaching|manage|managed|managing|"
    r"join|joins|joined|joining|left|leave|leaves|leaving|rejoin(?:s|ed)?)\s+)$"
)


def _club_word_in_slot(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    """'At Kawasaki, X was replaced' after 'Kawasaki Frontale': a lone word of a club the article
    named in full, where only a club can stand, is that club — unless someone is named so."""
    words = None
    out = list(found)
    for m in found:
        if m.kind != "P" or m.pronoun or " " in m.text or ctx.people.resolve(m.name) != m.name:
            continue
        if not _CLUB_SLOT_BEFORE.search(sentence, max(0, m.start - 12), m.start):
            continue
        words = _club_words(ctx) if words is None else words
        club = words.get(fold(m.text))
        if club is None:
            continue
        out[out.index(m)] = Mention(
            "C", m.start, m.end, m.text, name=club, club_kind=ctx.club_kinds.get(club, "club")
        )
    return out


def _with_pronouns(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    found = named + _pronoun_mentions(sentence, named, ctx)
    found.sort(key=lambda m: m.start)
    kept: list[Mention] = []
    for m in found:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def _stray_capital(m: Mention, sentence: str, ctx: Context) -> bool:
    """A lone capitalised word opening a sentence ('Clear pathways …') that names nobody known."""
    if m.kind != "P" or len(m.name.split()) > 1 or sentence[: m.start].strip(_OPENING_MARKS):
        return False  # a quote or a bracket may open the sentence: '"Welcome, Dorival!"', '"Next, …
    if _COACH_SLOT.match(sentence, m.end):
        return False  # "Marcelino's Villarreal side": the slot names a coach
    if fold(m.name) in _KNOWN_SINGLE() and _PERSON_ASIDE.match(sentence, m.end):
        return False  # "Tite, who had always said …": a one-name coach, described
    return ctx.people.resolve(m.name) == m.name


_OPENING_MARKS = " \t\n\"“‘'(["


# "Tite, who had always said …", "Rubi, 54, …": an opening word described as a person
_PERSON_ASIDE = re.compile(r",\s+(?:who\s|\d{2},)")


# "born in Sunne", "spells in Asia", "returned to Naples", "at Coccaglio", "outside the British Isles",
# "the Coppa Italia", "the Supporters' Shield": capitalised words after a place preposition or
# 'the', inside or before a competition's name, that name a place or a thing, not a person
_PLACE_OR_THING_BEFORE = re.compile(
    r"(?:(?<!brought\s)(?<!bring\s)(?<!brings\s)\b(?:in|near|across|throughout|outside|around|at|to|from)\s+(?:the\s+)?|"
    r"\bthe\s+|\b(?:Coppa|Copa|Cup|Liga|Ligue|Serie|Trophy|Taça|Taca)\s+)$"
)
# "the Technical and Development Sub-Committee", "Merseyside Police", "the Met Office", "the Public
# Investment Fund": a body, not a person
_BODY_WORD = re.compile(
    r"(?:Committee|Council|Commission|Ministry|Federation|Association|Police|Office|Fund|Foundation|"
    r"Authority|Agency|University|Airport|Hospital|Licence|License)$|^(?:Radio|Daily)\s"
)
# "Castel Volturno", "Fort Lauderdale", "Puerto Ordaz": a town's name by its first word
_PLACE_NAME = re.compile(
    r"(?:San|Santa|Santo|São|Sao|Buenos|Fort|Port|Porto|Puerto|Castel|Castello|Saint|Sainte|St|Sankt|Mont|"
    r"Monte|Bad|Rio|Ciudad|Villa|Vila|Nova|Nueva|Nuevo)\s"
)
_AT_PLACE = re.compile(r"\b(?:in|at)\s+$")
_THING_AFTER = re.compile(
    r"['’]?\s+(?:Shield|Cup|Trophy|League|Conference|Championship|Isles|Islands|"
    r"(?:Football\s+)?(?:Association|Federation|Union))\b"
)  # "the Korea Football Association", "the Malawi Federation": a country's body, nobody


def _place_or_thing(m: Mention, sentence: str, ctx: Context) -> bool:
    """A capitalised run read as a person that names a place or a competition instead, unless
    the name is a known coach's or one the article spelled out in full ('in Klopp's first
    season', 'the Steve Clarke era' stay people)."""
    if m.kind != "P" or m.pronoun:
        return False
    if _THING_AFTER.match(sentence, m.end) or _BODY_WORD.search(m.name) or fold(m.name) in club_places():
        return True  # "the Community Shield", "Merseyside Police", "in Buenos Aires"
    if fold(m.name) in place_names() and ctx.people.resolve(m.name) == m.name:
        return True  # "left Ohio for Seattle", "in Bavaria": a state or region, nobody's name
    if _PLACE_NAME.match(m.name) and _AT_PLACE.search(sentence, max(0, m.start - 4), m.start):
        return True  # "training at Castel Volturno", "a news conference in Fort Lauderdale"
    if sentence[m.end : m.end + 1] in ("'", "’") or not _PLACE_OR_THING_BEFORE.search(
        sentence, max(0, m.start - 24), m.start
    ):
        return False
    words = m.name.split()
    if len(words) == 1:
        if _SOMEONE_AFTER.match(sentence, m.end) or _TAKE_OVER_FROM.search(sentence, 0, m.start):
            return False  # "take over from Voro, Valencia's serial caretaker": a one-name man
        return ctx.people.resolve(m.name) == m.name  # no full name in the article, no known coach
    return fold(words[-1]) not in coach_surnames() and sentence[m.start - 4 : m.start] == "the "


# "born in Barcelona", "the team in Paris", "the final in Madrid", "after the first leg in Hamburg": a
# club's town told as where someone was born or a match was played, or a town that qualifies a team
_BORN_IN = re.compile(r"\b(?:born|raised|grew\s+up)\s+in\s+$", re.IGNORECASE)
_TEAM_IN = re.compile(r"\b(?:club|team|side|outfit)\s+in\s+$", re.IGNORECASE)
_MATCH_IN = re.compile(
    r"\b(?:final|defeat|defeated|win|victory|draw|drew|leg|beat|beaten|beating|against|lost|losing|match|game|tie|"
    r"clash|played|fixture)\b"
    r"[^,.;:()]{0,50}\bin\s+$",
    re.IGNORECASE,
)


def _town_not_club(m: Mention, sentence: str) -> bool:
    """A club read off its town's name where the text names the town itself ('born in Barcelona', 'won
    against Lyon in Bilbao', 'the Qatari club in Doha'); not 'in Barcelona's youth system'."""
    if m.kind != "C" or m.club_kind != "club" or sentence[m.start - 3 : m.start] != "in ":
        return False
    if sentence[m.end : m.end + 1] in ("'", "’") or len(m.text.split()) > 2:
        return False
    before = sentence[max(0, m.start - 70) : m.start]
    if _BORN_IN.search(before) or _MATCH_IN.search(before):
        return True
    return bool(_TEAM_IN.search(before)) and fold(m.text) in club_places()


# "Voro, Valencia's caretaker", "Rubi, who …", "Tite, 63, …": an apposition only a person has
_SOMEONE_AFTER = re.compile(r",\s+(?:who\s|\d{2},|(?:the\s+)?[A-ZÀ-Þ][\w\-]*['’]s\s)")
_TAKE_OVER_FROM = re.compile(r"\bover\s+from\s+$")


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+(?:the\s+)?")


def _countries_of_clubs(sentence: str, found: list[Mention]) -> list[Mention]:
    """'Morocco's AS FAR', 'Portugal's Vitória': the country only says where the club is, it is no
    national team of the story — the club's mention takes in the country's words."""
    clubs = {m.start: m for m in found if m.kind == "C" and m.club_kind == "club"}
    out = []
    for m in found:
        gap = _POSSESSIVE_GAP.match(sentence, m.end) if m.kind == "C" and m.club_kind == "national" else None
        club = clubs.get(gap.end()) if gap else None
        if club is not None:
            club.start, club.text = m.start, sentence[m.start : club.end]
            continue
        out.append(m)
    return out


# "X's Villarreal side", "X's Real Betis men": a possessive before a team named by its club
_COACH_SLOT = re.compile(r"['’]s?\s+(?:[A-ZÀ-Þ][\w\-.]*\s+){1,3}(?:side|team|men|outfit)\b(?!['’])")


# "to replace X when the Argentine left …": a descriptor opening the clause after the replaced
# coach is that coach (his departure explains the vacancy), not the one in focus
_REPLACE_CUE = re.compile(r"\b(?:replac\w*|succeed\w*|in\s+place\s+of|successor\s+to)\s+$", re.IGNORECASE)
_THEN_CLAUSE = re.compile(r",?\s+(?:when|after|as|once|because|since)\s+$", re.IGNORECASE)


def _replaced_then(sentence: str, person: Mention, start: int) -> bool:
    return bool(
        _THEN_CLAUSE.fullmatch(sentence, person.end, start)
        and _REPLACE_CUE.search(sentence, max(0, person.start - 30), person.start)
    )


# "… when Cocu was sacked in November 2020 he became part of …": a pronoun taking a post right after
# a clause telling how another man went is not that man, but the one named before him
_GONE_CLAUSE = re.compile(
    r"\s+(?:was|had\s+been|has\s+been|got)\s+(?:sacked|dismissed|fired|axed)|\s+(?:left|resigned|quit|departed|"
    r"stepped\s+down|walked\s+out)\b",
    re.IGNORECASE,
)
_WHEN_BEFORE = re.compile(r"\b(?:when|after|once|as\s+soon\s+as)\s+$", re.IGNORECASE)
_TAKES_POST = re.compile(
    r"\s+(?:became|took|was\s+(?:put|placed|named|appointed|made|handed|given|asked)|stepped\s+(?:up|in)|"
    r"succeeded|replaced)\b",
    re.IGNORECASE,
)


def _gone_before(sentence: str, last: Mention, start: int) -> bool:
    return (
        bool(_WHEN_BEFORE.search(sentence, max(0, last.start - 20), last.start))
        and bool(_GONE_CLAUSE.match(sentence, last.end))
        and not re.search(r"[.;]", sentence[last.end : start])
        and bool(_TAKES_POST.match(sentence, start + len(sentence[start:].split(None, 1)[0])))
    )


# "Tony Mowbray replaced him", "X, who succeeded her": the object of a verb whose subject is the man
# named just before is someone else (he himself would be "himself")
_OBJECT_PRONOUN = re.compile(r"(?i:him|her(?=\s*(?:[.,;:]|$|\s+(?:as|at|in|on|with|after|when|for)\b)))")
_SUBJECT_VERB_GAP = re.compile(
    r"(?:,\s+who)?\s+(?!(?:and|but|or|who|which|that|after|when|before|as|with)\b)(?:[a-z]+\s+){0,2}[a-z]+(?:ed|s)\s+"
)


def _object_of_subject(sentence: str, last: Mention, start: int) -> bool:
    return bool(
        _OBJECT_PRONOUN.match(sentence, start) and _SUBJECT_VERB_GAP.fullmatch(sentence, last.end, start)
    )


# "X took over after Y, and in his first season he won …": a man named after a preposition or as the
# object of a succession verb is no subject; a clause joined by "and"/"but" goes on about the subject
_OBLIQUE_BEFORE = re.compile(
    r"\b(?:after|replac\w*(?:\s+by)?|succeed\w*(?:\s+by)?|(?:in\s+)?(?:the\s+)?place\s+of|from|than|with|under|alongside|beating|beat|"
    r"against|to)\s+(?:the\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE,
)
_JOINED_CLAUSE = re.compile(
    r"(?:(?!\b(?:who|whom|whose|which|that|when|while|until|because)\b)[^.;:])*?,?\s+(?:and|but)\s"
)
_SUBJECT_PRONOUN = re.compile(r"(?i:he|his|she|her)\b")


# "he was the collaborator of Sarri and after of Spalletti, and since 2022 he guides …", "X was then
# assistant of Y, and before he trained …": a man named after 'of' is no subject either
_OF_BEFORE = re.compile(r"\bof\s+$")
_NOMINATIVE = re.compile(r"(?i:he|she)$")


def _back_to_subject(sentence: str, subject: Mention, last: Mention, start: int) -> bool:
    return bool(
        (
            not sentence[: subject.start].strip(_OPENING_MARKS)
            or (subject.pronoun and _NOMINATIVE.match(subject.text))
        )
        and _SUBJECT_PRONOUN.match(sentence, start)
        and (
            _OBLIQUE_BEFORE.search(sentence, max(0, last.start - 30), last.start)
            or _OF_BEFORE.search(sentence, max(0, last.start - 4), last.start)
        )
        and _JOINED_CLAUSE.match(sentence, last.end, start)
    )


def _clause_subject(pronouns: list[Mention], last: Mention) -> Mention | None:
    """The latest 'he'/'she' read before the man named last ('…: he was the assistant of Y, …')."""
    told = [p for p in pronouns if p.start < last.start and _NOMINATIVE.match(p.text) and p.name != last.name]
    return told[-1] if told else None


_EMPHATIC_SELF = re.compile(r"(?i:himself|herself)\b")
# a name (its last word capitalised), then at most an auxiliary: where an emphatic "himself" stands
_RIGHT_AFTER_NAME = re.compile(r"[A-Z][\w\-’']*\s+(?:(?:had|has|was|is|would|will)\s+)?$")


# "He replaced Y, who left in May, and arrives from C, whom he led …": ", and" with a verb and no
# subject closes the relative clause, so what follows is the sentence subject's again, not Y's
_RELATIVE_CLOSED = re.compile(
    r",\s+who(?:m|se)?\b[^;]*?,\s+and\s+(?:then\s+|now\s+|also\s+)?"
    r"(?!(?:he|she|they|who|the|his|her|their|a|an|in|at|this|that|it)\b)"
    r"(?:[a-z]+(?:s|ed)|has|had|was|is|will|won|led|left|took|spent|became|began)\b[^;]*"
)


# "… approached Unai Emery, but the Spaniard turned them down", "when the Dane was sacked": a descriptor
# opening a clause after a named man is that man, not the man the story is about
_CLAUSE_OPENER = re.compile(
    r"\b(?:when|after|but|though|although|because|since|before|while|until|once|with|time)\s+$", re.IGNORECASE
)


_PLAYER_HEAD = re.compile(r"(?:forward|striker|midfielder|defender|goalkeeper|winger|player|star)$", re.I)


def _descriptor_opens_clause(sentence: str, last: Mention, start: int, end: int) -> bool:
    """'…, but the Spaniard turned them down' right after a man named in full: that man."""
    return (
        not last.single
        and not _PLAYER_HEAD.search(sentence, start, end)
        and bool(_CLAUSE_OPENER.search(sentence, last.end, start))
    )


# "After replacing Sergio Lobera, who had …, he made …", "Having succeeded X, she …": an opening phrase
# without a subject of its own; the men named in it are its objects, the main clause's "he" is the
# man the text was about
_PARTICIPLE_OPENING = re.compile(
    r"\W*(?:After|Before|Since|Despite|On|Upon|Having|Following)\s+(?:\w+ing|been|succeeded|replaced)\b[^;:.]*,\s*$"
)
_SUBJECT_ONLY = re.compile(r"(?i:he|she)\b")


def _after_participle_opening(sentence: str, start: int, ctx: Context, name: str) -> bool:
    return bool(
        ctx.focus
        and ctx.focus != name
        and _SUBJECT_ONLY.match(sentence, start)
        and _PARTICIPLE_OPENING.fullmatch(sentence, 0, start)
    )


def _sentence_subject(named: list[Mention], out: list[Mention], last: Mention) -> str | None:
    """The person the sentence opens on (a name, or a pronoun already resolved), if not `last`."""
    people = sorted((m for m in [*named, *out] if m.start < last.start), key=lambda m: m.start)
    return people[0].name if people else None


def _opening_person(other: list[Mention], pronouns: list[Mention], last: Mention) -> Mention | None:
    """The first person of the sentence, named or a pronoun already read ('He was sacked and replaced
    by Y, and he later …'), if not the man named last."""
    people = sorted([*other, *(p for p in pronouns if p.start < last.start)], key=lambda m: m.start)
    if not people or people[0].name == last.name:
        return None
    return people[0]


def _nobody(m: Mention) -> bool:
    """'the Premiership', 'the Millers', 'Dec. 1', 'The Emperor': a lone capitalised word read as a
    person that is no full name of the article nor a known coach; 'he' and 'the Dane' never mean it."""
    return m.single and not m.pronoun and fold(m.name) not in _KNOWN_SINGLE()


# "… Sarri and Spalletti, and when the latter left …", "the former, who …": the second (first) of the
# last two men named; only where a verb, a relative or punctuation follows ("the former Arsenal
# striker" is a descriptor)
_LATTER = re.compile(
    r"\b[Tt]he\s+(latter|former)\b(?=\s*[,;:.)]|\s+(?:was|is|had|has|who|whose|would|will|could|did|took|left|"
    r"won|led|made|went|became|remained|remains|joined|[a-z]+ed)\b)"
)


def _latter_or_former(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    out = []
    for m in _LATTER.finditer(sentence):
        here = [p.name for p in named if p.end <= m.start() and not _nobody(p)]
        pair = list(dict.fromkeys(here if len(set(here)) >= 2 else ctx.named_last))
        if len(pair) >= 2:
            name = pair[-1] if m.group(1) == "latter" else pair[-2]
            out.append(Mention("P", m.start(), m.end(), m.group(0), name=name, pronoun=True))
    return out


def _pronoun_mentions(sentence: str, found: list[Mention], ctx: Context) -> list[Mention]:
    descriptors = descriptor_spans(sentence)
    named = sorted(  # "The Ravenna technician": a word inside a descriptor is nobody 'him' can mean
        (
            m
            for m in found
            if m.kind == "P" and not any(s <= m.start and m.end <= e for s, e, _ in descriptors)
        ),
        key=lambda m: m.start,
    )
    out: list[Mention] = _latter_or_former(sentence, named, ctx) if "the" in sentence.lower() else []
    spans = [(m.start(), m.end(), False, False) for m in PRONOUN.finditer(sentence)]
    spans += [(s, e, True, coach) for s, e, coach in descriptors]
    spans.sort()
    for start, end, is_descriptor, coach in spans:
        if (
            not is_descriptor
            and _EMPHATIC_SELF.match(sentence, start)
            and _RIGHT_AFTER_NAME.search(sentence, 0, start)
        ):
            continue  # "X had himself taken charge", "X himself": the subject again, not a mention
        before = [m for m in named if m.end <= start and not ctx.people.is_executive(m.name)]
        if is_descriptor and before and not sentence[before[-1].end : start].strip(" ,"):
            continue  # "Sergi Barjuan, the current coach of …": an apposition, not a reference
        if before and (
            not is_descriptor
            or ctx.focus is None
            or _replaced_then(sentence, before[-1], start)
            or _descriptor_opens_clause(sentence, before[-1], start, end)
        ):
            name = ctx.people.resolve(before[-1].name)
            other = [m for m in before if m.name != before[-1].name]
            opener = _opening_person(other, out, before[-1])
            if other and _gone_before(sentence, before[-1], start):  # "when Cocu was sacked he became …"
                name = ctx.people.resolve(other[-1].name)
            elif not is_descriptor and not other and _after_participle_opening(sentence, start, ctx, name):
                name = ctx.focus or name  # "After replacing X, who …, he made …": the man in focus
            elif not is_descriptor and opener and _back_to_subject(sentence, opener, before[-1], start):
                # "X took over after Y, and in his first season …"
                name = opener.name if opener.pronoun else ctx.people.resolve(opener.name)
            elif (
                not is_descriptor
                and (told := _clause_subject(out, before[-1]))
                and _back_to_subject(sentence, told, before[-1], start)
            ):  # "…: he was the assistant of Y, and since 2022 he guides C"
                name = told.name
            elif not is_descriptor and _object_of_subject(sentence, before[-1], start):
                subject = name
                name = ctx.people.resolve(other[-1].name) if other else ctx.focus
                if name == subject:
                    continue
            elif not is_descriptor and _RELATIVE_CLOSED.fullmatch(sentence, before[-1].end, start):
                name = _sentence_subject(named, out, before[-1]) or name
            if name == before[-1].name and _nobody(before[-1]):
                name = ctx.focus  # "The Millers sacked him": not a man, so the one in view
        else:
            name = ctx.focus
        if is_descriptor and name:
            name = _of_that_nationality(sentence[start:end], name, ctx)
        if name:
            out.append(
                Mention(
                    "P",
                    start,
                    end,
                    sentence[start:end],
                    name=name,
                    pronoun=True,
                    describes_coach=coach,
                )
            )
    return out


def _tag(sentence: str, mentions: list[Mention]) -> tuple[str, list[int]]:
    """The sentence with mentions replaced by «K#» tags, and a tagged→sentence offset map."""
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for i, m in enumerate(mentions):
        chunk = sentence[pos : m.start]
        parts.append(chunk)
        offsets.extend(range(pos, m.start))
        tag = f"«{m.kind}{i}»"
        if m.pronoun and m.text.lower() in ("his", "her"):
            tag += "'s"  # so possessive patterns treat "his side" like "Arbeloa's side"
        parts.append(tag)
        offsets.extend([m.start] * len(tag))
        pos = m.end
    parts.append(sentence[pos:])
    offsets.extend(range(pos, len(sentence) + 1))
    tagged = "".join(parts).replace("’", "'").replace("‘", "'")
    return tagged, offsets


def _sentence_facts(
    i: int,
    sentence: str,
    low: str,
    rules: list[Rule],
    named: list[Mention],
    ctx: Context,
    ref: date | None,
) -> list[Fact]:
    has_person = any(m.kind == "P" for m in named)
    if "the " in low and _CLUB_REF_HINT.search(low):
        named = _with_club_references(sentence, named, ctx)
    if "the " in low and (_NATIONAL_REF.search(sentence) or _WOMEN_DEMONYM.search(sentence)):
        named = _with_national_references(sentence, named, ctx)
    exec_hint = bool((rules or has_person) and _EXEC_HINT.search(low))
    if not rules and not (has_person and exec_hint):  # nothing to find here
        _update_focus(sentence, named, ctx)
        _remember_clubs(sentence, named, ctx)
        return []
    mentions = _with_pronouns(sentence, named, ctx)
    tagged, offsets = _tag(sentence, mentions)
    if exec_hint:
        _mark_executives(tagged, mentions, ctx)
        _unmark_put_in_charge(tagged, mentions, ctx)
    facts: list[Fact] = []
    if rules and any(m.kind == "P" for m in mentions):
        squad_of = _bind_squads(tagged, mentions, ctx)
        ctx.here = _post_clubs(tagged, mentions, ctx)
        ctx.career = _career_club(tagged, mentions, ctx)
        ctx.opening = _opening_club(sentence, named)
        for rule in rules:
            for match in rule.pattern.finditer(tagged):
                facts.extend(_rule_facts(rule, match, tagged, mentions, squad_of, ctx, i))
        if "respective" in low:
            facts.extend(_respective(tagged, mentions, squad_of, ctx, i))
        facts.extend(_descriptor_facts(mentions, facts, squad_of, tagged, ctx, i))
        facts.extend(_former_post_facts(named, mentions, facts, i))
        facts.extend(_spells_of_departures(tagged, facts, i))
        facts.extend(_candidate_posts(tagged, mentions, facts, i))
        spells = _career_pairs(tagged, mentions, squad_of, i) if _CAREER_WORD.search(low) else []
        guesses = [] if facts else _event_guess_facts(tagged, mentions, squad_of, ctx, i)
        dates = find_dates(sentence, ref) if facts or spells or guesses else []
        people = _people_at(tagged, mentions, offsets) if dates else []
        for f in spells + guesses:
            _date_fact(f, dates, offsets, sentence, ref, people)
        for f in guesses:
            _date_as_news(f, i, sentence, tagged, offsets, ref)
        ctx.fallbacks.extend(spells)
        ctx.guesses.extend(guesses)
        alongside = bool(facts) and bool(_ALONGSIDE.search(low))
        another_spell = bool(facts) and bool(_ANOTHER_SPELL.search(sentence))
        mens = bool(facts) and bool(_MENS_TEAM.search(sentence))
        before_national = bool(facts) and bool(_BEFORE_NATIONAL.match(sentence))
        mens_age = not mens and bool(facts or spells or guesses) and bool(_MENS_AGE_GROUP.search(sentence))
        for f in spells + guesses:  # fallbacks too: they may be the only reading of that post
            f.mens = mens_age and _age_group_post(f)
        for f in facts:
            _date_fact(f, dates, offsets, sentence, ref, people)
            f.alongside = f.event in _CHANGE_EVENTS and alongside
            f.another_spell = another_spell
            f.mens = mens or (mens_age and _age_group_post(f))
            f.before_national = before_national
            _date_as_news(f, i, sentence, tagged, offsets, ref)
        facts = [f for f in facts if not ctx.people.is_executive(f.coach)]
        ctx.here, ctx.opening = [], None
        _remember_moves(facts, ctx)
        _update_topic(facts, ctx)
        for f in facts:
            if _leaves_vacancy(f, sentence, ctx):
                ctx.vacancy = (f.club, f.squad, i, f.coach)
    _update_focus(sentence, mentions, ctx)
    _remember_clubs(sentence, named, ctx)
    if ctx.career and ctx.career_shift and ctx.recent_subjects[-1] is None:
        ctx.recent_subjects[-1] = ctx.career  # the story follows him there for a sentence or two
    ctx.career = None
    return facts


def _date_as_news(f: Fact, i: int, sentence: str, tagged: str, offsets: list[int], ref: date | None) -> None:
    """An undated change told as today's news takes the article's date."""
    if f.date is None and ref and _told_as_news(f, i, sentence, tagged):
        f.tense_dated = True
        at = offsets[min(f.trigger, len(offsets) - 1)]
        f.date = DateMention(at, at, ref, "day", "point")  # the lead's "X have appointed Y": today


def _leaves_vacancy(f: Fact, sentence: str, ctx: Context) -> bool:
    """A sacking or resignation from a senior post, which the next sentences may fill; not 'Before,
    Keizer had trained Ajax, where he was dismissed in 2017' in a story about his spell at Sporting
    (a flashback to the story coach's former club)."""
    if f.event not in ("dismissed", "resigned") or not f.club or f.squad not in _VACANCY_SQUADS:
        return False
    topic = ctx.topic_club
    if not topic or f.club == topic or not _FLASHBACK.match(sentence):
        return True
    return (f.coach, topic) not in ctx.spells and topic not in ctx.posts.get(f.coach, set())


# The senior posts whose sacking or resignation leaves a vacancy the next sentences fill
_VACANCY_SQUADS = frozenset({"first_team", "women", "national_women"})


def _remember_moves(facts: list[Fact], ctx: Context) -> None:
    """Who was appointed where; the other clubs of such appointees, which they have left or are
    leaving ('X leaves Heerenveen', 'X was sacked by Preston in August', 'X had led Celtic')."""
    for f in facts:
        if f.event == "appointed" and f.club and f.squad in ("first_team", "national", "women"):
            ctx.posts.setdefault(f.coach, set()).add(f.club)
            ctx.post_squads[(f.coach, f.club)] = f.squad
    # a spell at the club the story now follows him to ("X joined Derby as a player-coach under Y, …")
    # is where the story is, not an aside
    followed = ctx.career if ctx.career_shift else None
    ctx.spells.extend(
        (f.coach, f.club)
        for f in facts
        if f.event in _SPELL_EVENTS and f.club and not (f.event == "in_charge" and f.club == followed)
    )
    ctx.left_clubs = {club for coach, club in ctx.spells if ctx.posts.get(coach, set()) - {club}}


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


def _post_clubs(tagged: str, mentions: list[Mention], ctx: Context) -> list[str]:
    """The clubs a sentence names where a post could be: not an opponent, a former club, a
    destination, the club someone comes from, nor a country named as a place ('in Greece')."""
    out = []
    for m in _TAG.finditer(tagged):
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
_AS_PLAYER = re.compile(r"\bas\s+a\s+player\b(?!-)|\bappearances\b", re.IGNORECASE)
_CAREER_CUT = re.compile(
    r"[,;:(]|«P\d+»(?!'s?\s)|\b(?:who|whose|which|when|while|after|before|but|since|until|that)\b"
)
_GOING = re.compile(r"\b(?:leave|leaves|leaving|left|quit|quits|depart\w*|exit\w*)\b", re.IGNORECASE)


_POSSESSOR_BEFORE = re.compile(r"«P\d+»'s?\s+$")  # "Garcia's Lyon": another man's club
_OPENS_ON_HAD = re.compile(r"\s*had\b")
_FLASHBACK = re.compile(
    r"(?:(?:Before\s+that|Prior\s+to\s+that|Previously|Earlier|Until\s+then)\b|Before\s*,)", re.IGNORECASE
)


def _career_club(tagged: str, mentions: list[Mention], ctx: Context) -> str | None:
    """The club in the main clause of a sentence that opens on a person, if it may be his post."""
    opening = _CAREER_OPENING.match(tagged)
    if opening is None:
        return None
    clause = tagged[opening.end() : opening.end() + 90]
    cut = _CAREER_CUT.search(clause)
    clause = clause[: cut.start()] if cut else clause
    club = _CLUB_TAG.search(clause)
    if club is None or len(set(ctx.here)) != 1 or _AS_PLAYER.search(tagged) or _GOING.search(clause):
        return None  # a career listed club by club, a club he leaves: no story moving to one
    if _POSSESSOR_BEFORE.search(clause, 0, club.start()) or mentions[int(club.group(1))].text[:1].islower():
        return None  # "at the hands of Garcia's Lyon": another man's club; "the club": not named here
    name = mentions[int(club.group(1))].name
    # "X had assumed C in 2024", "Before that he managed Mainz": background, the story stays put
    ctx.career_shift = not _OPENS_ON_HAD.match(clause) and not _FLASHBACK.match(tagged)
    return name if name in ctx.here else None


def _remember_clubs(sentence: str, named: list[Mention], ctx: Context) -> None:
    ctx.recent_clubs.append(
        [m.name for m in named if m.kind == "C" and not _OPPONENT_BEFORE.search(sentence, 0, m.start)]
    )
    ctx.recent_subjects.append(_opening_club(sentence, named))
    ctx.opened.append(ctx.recent_subjects[-1])


def _opening_club(sentence: str, named: list[Mention]) -> str | None:
    """The club a sentence opens on as its subject ('The Netherlands had …', 'Chelsea have …')."""
    first = next((m for m in named if not m.pronoun), None)
    opens = first is not None and first.kind == "C" and _OPENING.match(sentence[: first.start])
    if opens and first is not None and _club_describes_person(sentence, first, named):
        opens = False
    return first.name if opens and first is not None else None


# "Rayo Vallecano's Andoni Iraola …", "West Brom head coach Carlos Corberan …": the club only
# says who the man is; the story has not turned to it
_DESCRIBING_CLUB = re.compile(
    r"(?:['’]s?|\s+(?:[\w\-]+\s+){0,2}(?:head\s+coach|coach|manager|boss|trainer|assistant))\s+$",
    re.IGNORECASE,
)


def _club_describes_person(sentence: str, club: Mention, named: list[Mention]) -> bool:
    after = next((m for m in named if m.start >= club.end), None)
    return (
        after is not None
        and after.kind == "P"
        and not after.pronoun
        and bool(_DESCRIBING_CLUB.fullmatch(sentence, club.end, after.start))
    )


# "the defeat against the Palmeiras", "lost to X", "beaten by X": a match opponent, never "the club" later
_OPPONENT_BEFORE = re.compile(
    r"\b(?:against|versus|vs?\.?|(?:defeat|loss|win|victory|draw)\s+(?:\w+\s+){0,4}?(?:to|by|over|at|with)|"
    r"(?:beaten|thrashed|hammered|eliminated|knocked\s+out)\s+by|(?:lost|losing)\s+(?:\w+\s+){0,4}?to|beat|beating|"
    r"drew\s+with)"
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
    r"^(?:[A-Z][A-Za-z ,.()\d]*(?:—|--|-|–)\s*)?"
    # "In Shanghai, Shenhua confirmed …", "Elsewhere, Lens moved …": a place or turn framing the subject
    r"(?:(?:According\s+to|Meanwhile|However|Elsewhere|Separately|On\s+\w+|In\s+[A-Z][\w\-]+)[^,]{0,40},\s*)?"
    r"(?:(?:And\s+|But\s+)?(?:[Tt]hen\s+)?[Tt]here(?:\s+is|\s+are|'s|’s)\s+)?"  # "And then there is Morocco."
    r"(?:[Tt]he\s+(?:(?!"
    + _NO_DESCRIPTOR
    + r"\b)[a-z][\w\-]*\s+){0,2})?$"  # "The runner-up C", "The hosts C"
)


_CLUB_REF_HINT = re.compile(
    r"\bthe\s+(?:[\w\-]+\s+){0,3}(?:club|side|outfit|giants|team|champions|holders|leaders)\b"
)
# "the club", "the Galician club", "the Serie A side", "the Italian giants" (not "the national side").
_CLUB_REF = re.compile(
    r"\b[Tt]he\s+(?P<q>(?:(?:[A-ZÀ-Þ][\w\-]*|[a-z]+-(?:placed|promoted|based|time)|newly-promoted|"
    r"struggling|relegated|promoted|top-flight|second-tier|third-tier|mid-table|ambitious|"
    r"bottom|top|financially-troubled|cash-strapped|English|Scottish)\s+){0,3})"
    r"(?:(?<=[Tt]he\s)club|(?<!\s[Tt]he\s)(?:club|side|outfit|team|champions|holders|leaders)|giants)\b(?!['’]s\s+(?:women|under|u\d|b\b|reserve))"
    r"(?!\s+of\s+(?:the\s+)?[A-ZÀ-Þ])"  # "the club of Alianza Lima": the club named right after
)
_DEMONYM_COUNTRY = {
    "english": "England",
    "spanish": "Spain",
    "italian": "Italy",
    "german": "Germany",
    "french": "France",
    "dutch": "Netherlands",
    "portuguese": "Portugal",
    "scottish": "Scotland",
    "welsh": "Wales",
    "galician": "Spain",
    "catalan": "Spain",
    "basque": "Spain",
    "andalusian": "Spain",
    "belgian": "Belgium",
    "turkish": "Turkey",
    "greek": "Greece",
    "american": "United States",
    "brazilian": "Brazil",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "mexican": "Mexico",
    "saudi": "Saudi Arabia",
    "danish": "Denmark",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "swiss": "Switzerland",
    "austrian": "Austria",
    "russian": "Russia",
    "ukrainian": "Ukraine",
    "croatian": "Croatia",
    "serbian": "Serbia",
    "south korean": "South Korea",
    "korean": "South Korea",
    "japanese": "Japan",
    "colombian": "Colombia",
    "uruguayan": "Uruguay",
    "chilean": "Chile",
    "polish": "Poland",
    "nigerian": "Nigeria",
    "egyptian": "Egypt",
    "moroccan": "Morocco",
    "canadian": "Canada",
    "australian": "Australia",
    "premier": "England",
    "championship": "England",
    "bundesliga": "Germany",
    "serie": "Italy",
    "ligue": "France",
    "laliga": "Spain",
    "liga": "Spain",
    "eredivisie": "Netherlands",
    "mls": "United States",
    "nwsl": "United States",
    "wsl": "England",
}


# "the Spanish national team", "the Italian selection": the country's team, named by its demonym.
_NATIONAL_REF = re.compile(
    r"\b[Tt]he\s+(?:(?P<dem>(?:South\s+|North\s+)?[A-Z][a-z]+)\s+(?:men['’]s\s+)?"
    r"(?:national\s+(?:football\s+)?(?:team|side|squad|selection)|[Ss]election)\b|Selec(?:tion|ção|ción|ção)\b)"
)


# "the Swedish women's national team", "the Dutch women": the demonym is the country, the words
# after it the squad phrase
_WOMEN_DEMONYM = re.compile(r"\b[Tt]he\s+(?P<dem>(?:South\s+|North\s+)?[A-Z][a-z]+)\s+(?=women(?:['’]s)?\b)")


def _national_women(sentence: str, out: list[Mention], ctx: Context) -> list[Mention]:
    refs = club_refs()
    for m in _WOMEN_DEMONYM.finditer(sentence):
        dem = " ".join(m.group("dem").lower().split())
        country = _DEMONYM_COUNTRY.get(dem) or _EXTRA_DEMONYMS.get(dem)
        if not country or country not in refs or refs[country].kind != "national":
            continue
        if any(n.start < m.end("dem") and m.start("dem") < n.end for n in out):
            continue
        start, end = m.span("dem")
        out.append(Mention("C", start, end, m.group("dem"), name=country, club_kind="national"))
        ctx.club_kinds[country] = "national"
    return out


def _with_national_references(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    refs = club_refs()
    out = _national_women(sentence, list(named), ctx) if "women" in sentence else list(named)
    for m in _NATIONAL_REF.finditer(sentence):
        if not m.group("dem"):
            continue  # a bare "the Selection": see _bare_selection
        country = _DEMONYM_COUNTRY.get(" ".join(m.group("dem").lower().split()))
        if not country or country not in refs or refs[country].kind != "national":
            continue
        if any(n.kind == "C" and n.start < m.end() and m.start() < n.end for n in out):
            continue  # ("Selection" read as a person's name gives way)
        out = [n for n in out if not (n.start < m.end() and m.start() < n.end)]
        out.append(Mention("C", m.start(), m.end(), m.group(0), name=country, club_kind="national"))
        ctx.club_kinds[country] = "national"
        if re.search(r"selec", m.group(0), re.IGNORECASE):
            ctx.selection = country
    out = _bare_selection(sentence, out, ctx)
    out.sort(key=lambda x: x.start)
    return out


# Translated "the Selection" / "the Seleção" with no demonym: the national team last named
_BARE_SELECTION = re.compile(r"\b[Tt]he\s+(?:Selection|Seleção|Selección|Selecção)\b")


def _bare_selection(sentence: str, out: list[Mention], ctx: Context) -> list[Mention]:
    national = [
        c
        for clubs in reversed(ctx.recent_clubs)
        for c in reversed(clubs)
        if ctx.club_kinds.get(c) == "national"
    ]
    national += [m.name for m in out if m.kind == "C" and m.club_kind == "national"]
    national = [ctx.selection, *national] if ctx.selection else national
    if not national:
        return out
    for m in _BARE_SELECTION.finditer(sentence):
        if any(n.kind == "C" and n.start < m.end() and m.start() < n.end for n in out):
            continue
        out = [n for n in out if not (n.start < m.end() and m.start() < n.end)]
        out.append(Mention("C", m.start(), m.end(), m.group(0), name=national[0], club_kind="national"))
    return out


# League words that say a club's country: "the Serie A side", "the J1 League club"
_LEAGUE_COUNTRY = {
    "serie a": "Italy",
    "serie b": "Italy",
    "premier league": "England",
    "championship": "England",
    "league one": "England",
    "league two": "England",
    "wsl": "England",
    "bundesliga": "Germany",
    "ligue": "France",
    "laliga": "Spain",
    "la liga": "Spain",
    "segunda": "Spain",
    "eredivisie": "Netherlands",
    "primeira liga": "Portugal",
    "super lig": "Turkey",
    "j1 league": "Japan",
    "j league": "Japan",
    "j-league": "Japan",
    "mls": "United States",
    "nwsl": "United States",
    "saudi pro league": "Saudi Arabia",
    "scottish premiership": "Scotland",
}
_EXTRA_DEMONYMS = {
    "qatari": "Qatar",
    "emirati": "United Arab Emirates",
    "chinese": "China",
    "czech": "Czech Republic",
    "hungarian": "Hungary",
    "romanian": "Romania",
    "bulgarian": "Bulgaria",
    "israeli": "Israel",
    "cypriot": "Cyprus",
    "peruvian": "Peru",
    "paraguayan": "Paraguay",
    "ecuadorian": "Ecuador",
    "indian": "India",
    "iranian": "Iran",
    "south african": "South Africa",
    "tunisian": "Tunisia",
    "algerian": "Algeria",
}


# "Benfica coach X", "the former PSG boss": a club named only as part of a coach's title
_CLUB_AS_TITLE = re.compile(r"\s+(?:head\s+)?(?:coach|manager|boss|trainer)\b")


@dataclass(frozen=True, slots=True)
class _Qualifier:
    """What the words of 'the Birmingham club' / 'the Serie A side' tell of the club meant."""

    place: frozenset[str] | None = None  # clubs of the city or region named
    country: str | None = None
    unknown: bool = False  # a capitalised word none of the lists reads ('the Regionalliga Bavaria team')

    @property
    def telling(self) -> bool:
        return self.place is not None or self.country is not None

    def fits(self, club: str) -> bool:
        if self.place is not None:
            return club in self.place
        ref = club_refs().get(club)
        return self.country is None or ref is None or ref.country == self.country


def _qualifier(words: str) -> _Qualifier:
    """Read the qualifying words of a club reference: a place (longest first), else a country by its
    demonym or league; capitalised words left unread make it unknown."""
    key = " ".join(fold(words).split())
    places = club_places()
    tokens = key.split()
    for n in range(len(tokens), 0, -1):
        for i in range(len(tokens) - n + 1):
            clubs = places.get(" ".join(tokens[i : i + n]))
            if clubs is not None:
                return _Qualifier(place=clubs)
    spans = {" ".join(tokens[i : i + n]) for n in range(1, 4) for i in range(len(tokens) - n + 1)}
    for table in (_LEAGUE_COUNTRY, _EXTRA_DEMONYMS, _DEMONYM_COUNTRY):
        for word, country in table.items():
            if word in spans:
                return _Qualifier(country=country)
    capitals = [w for w in words.split() if w[:1].isupper() and fold(w) not in ("english", "scottish")]
    return _Qualifier(unknown=bool(capitals))


def _with_club_references(sentence: str, named: list[Mention], ctx: Context) -> list[Mention]:
    """'the club', 'the Galician club', 'the Italian giants': the club last named before; a
    reference that names a place, country or league ('the Birmingham club', 'the Serie A side')
    means a club of the article from there, even one not named lately."""
    out = list(named)
    for m in _CLUB_REF.finditer(sentence):
        quals = fold(m.group("q")).split()
        if any(q in ("national", "women", "womens", "youth", "reserve", "b") for q in quals):
            continue
        qual = _qualifier(m.group("q"))
        inside = [n for n in named if n.start < m.end() and m.start() < n.end]
        if inside:
            club = _place_club_over_name(m, inside, qual, ctx)
            if club is not None:
                out = [n for n in out if n not in inside]
                out.append(Mention("C", m.start(), m.end(), m.group(0), name=club))
            continue
        before = [n for n in named if n.kind == "C" and n.club_kind != "national" and n.end <= m.start()]
        if qual.telling:
            club = _qualified_club(sentence, m.start(), qual, before, ctx)
        elif before or qual.unknown:
            continue  # the sentence named its club (a country's team is none): the rules see that one
        else:
            club = _recent_club(quals, qual, ctx)
        if club is None or ctx.club_kinds.get(club, "club") != "club":
            continue
        out.append(Mention("C", m.start(), m.end(), m.group(0), name=club))
    out.sort(key=lambda x: x.start)
    return out


def _recent_club(quals: list[str], qual: _Qualifier, ctx: Context) -> str | None:
    """The club a sentence lately opened with or named; for a bare 'the club', the story's or one a
    sentence opened with (not a club of his past the story followed him to: 'He previously coached
    Anderlecht. The chairman said the club …' is the story's club)."""
    subjects = [c for c in (ctx.opened if not quals else ctx.recent_subjects)[-3:] if c]
    recent = [c for clubs in ctx.recent_clubs[-3:] for c in clubs]
    if not quals and ctx.topic_club:  # a bare "the club": the story's, or one a sentence opened with
        recent = [ctx.topic_club]
    candidates = [
        c
        for c in [*reversed(subjects), *reversed(recent)]
        if ctx.club_kinds.get(c, "club") == "club" and qual.fits(c)
    ]
    return candidates[0] if candidates else ctx.topic_club


def _article_clubs(qual: _Qualifier, ctx: Context) -> list[str]:
    """The article's clubs (known to the reference data) that the qualifier fits."""
    refs = club_refs()
    return [c for c, kind in ctx.club_kinds.items() if kind == "club" and c in refs and qual.fits(c)]


def _qualified_club(
    sentence: str, start: int, qual: _Qualifier, before: list[Mention], ctx: Context
) -> str | None:
    """'Benfica coach X has left the Portuguese club': the one club the sentence named only to
    describe a coach that fits; else the latest fitting club of the last sentences; else the
    article's only fitting club."""
    same = {n.name for n in before if qual.fits(n.name) and _CLUB_AS_TITLE.match(sentence, n.end)}
    if same:
        return next(iter(same)) if len(same) == 1 else None
    if before and CAREER_CUE.search(sentence, max(0, start - 40), start):
        # "coached Frankfurt for three years before he left the German club": the one that fits
        fitting = {n.name for n in before if n.name in club_refs() and qual.fits(n.name)}
        return next(iter(fitting)) if len(fitting) == 1 else None
    if before:
        return None
    subjects = [c for c in ctx.recent_subjects[-3:] if c]
    recent = [c for clubs in ctx.recent_clubs[-3:] for c in clubs]
    for c in [*reversed(subjects), *reversed(recent)]:
        if ctx.club_kinds.get(c, "club") == "club" and qual.fits(c) and c in club_refs():
            return c
    fitting = _article_clubs(qual, ctx)
    return fitting[0] if len(fitting) == 1 else None


def _place_club_over_name(
    m: re.Match[str], inside: list[Mention], qual: _Qualifier, ctx: Context
) -> str | None:
    """'sacked by the Birmingham club' in a story about Aston Villa: the city's word was read as
    Birmingham City, which the article names nowhere else; the city's club it does name is meant."""
    if qual.place is None or any(
        n.kind != "C" or n.start < m.start("q") or n.end > m.end("q") for n in inside
    ):
        return None
    if any(ctx.club_counts.get(n.name, 0) > 1 for n in inside):
        return None  # the article names that club in its own right
    others = {c for c in _article_clubs(qual, ctx) if c not in {n.name for n in inside}}
    others = {c for c in others if ctx.club_counts.get(c, 0) > 0}
    return next(iter(others)) if len(others) == 1 else None


def _descriptor_facts(
    mentions: list[Mention],
    facts: list[Fact],
    squad_of: dict[int, tuple[str | None, str]],
    tagged: str,
    ctx: Context,
    i: int,
) -> list[Fact]:
    """'the Argentinian manager has become …' says he manages (the club in view)."""
    out = []
    for idx, m in enumerate(mentions):
        if m.kind != "P" or not m.describes_coach or any(f.coach == m.name for f in facts):
            continue
        if len(m.text.split()) < 3:  # "the coach" alone says too little
            continue
        pos = tagged.find(f"«P{idx}»")
        club, squad, _ = _with_topic(None, "first_team", ctx, explicit=False)
        if club and not ctx.people.is_executive(m.name):
            out.append(Fact(m.name, club, squad, "head_coach", "in_charge", 0.6, i, pos, weak=True))
    return out


_FORMER_POST = re.compile(
    r"^the\s+(?:[\w\-]+\s+)?(?:former|ex-|one-time|previous)\s*.*\b(?:coach|manager|boss|head\s+coach)$",
    re.IGNORECASE,
)


def _former_post_facts(
    named: list[Mention], mentions: list[Mention], facts: list[Fact], i: int
) -> list[Fact]:
    """'The former Napoli coach …' (standing for the man in view) says he coached Napoli."""
    out = []
    for m in mentions:
        if not m.pronoun or m.kind != "P" or not _FORMER_POST.match(m.text):
            continue
        for c in named:
            if c.kind == "C" and m.start <= c.start < m.end and c.name:
                squad = _squad_code(c, c.squad)
                if not any(f.coach == m.name and f.club == c.name and f.event == "in_charge" for f in facts):
                    out.append(Fact(m.name, c.name, squad, "head_coach", "in_charge", 0.6, i, c.start))
    return out


# "X, who left for D after guiding C to the title", "X leaves after six seasons", "confirmed his departure
# after 18 months at C": a departure told with what went before it tells the spell too (careful readers
# record both); not "after two years as a player", "after a season away", "after leaving C"
_SPELL_BEFORE_DEPARTURE = re.compile(
    r"[^.;]{0,90}?\bafter\s+(?:(?:leading|guiding|steering|taking|helping|winning|failing\s+to)\b|"
    r"(?:(?:a|an|his|her|more\s+than|over|nearly|almost|just|some|only|[\w\-]+)\s+){0,3}?"
    r"(?:years?|seasons?|months)\b(?!\s+(?:as\s+(?:an?\s+)?player|away|out|later|earlier|ago|before)\b))"
)


def _spells_of_departures(tagged: str, facts: list[Fact], i: int) -> list[Fact]:
    """The spell a departure or sacking 'after leading C …' / 'after N seasons' ends, at its club."""
    out = []
    for f in facts:
        if f.event not in ("left", "resigned", "dismissed") or not f.club or f.derived:
            continue
        if any(g.coach == f.coach and g.club == f.club and g.event == "in_charge" for g in (*facts, *out)):
            continue
        if _SPELL_BEFORE_DEPARTURE.match(tagged, f.trigger):
            spell = Fact(f.coach, f.club, f.squad, f.role, "in_charge", 0.6, i, f.trigger, derived=True)
            spell.squad_named, spell.no_date = f.squad_named, True  # the dates tell the departure
            out.append(spell)
    return out


# "a shortlist of Lorient's X", "talks with Ipswich's Y": a man named by his club
_CLUB_OWNS_PERSON = re.compile(r"«C(\d+)»['’]s?\s+«P(\d+)»(?!['’])")


def _candidate_posts(tagged: str, mentions: list[Mention], facts: list[Fact], i: int) -> list[Fact]:
    """A candidate for a coaching job named by his club ('Lorient's X' on a shortlist) coaches
    that club; without the link to a job 'C's X' may be a player, so nothing is said."""
    linked = {f.coach for f in facts if f.event in ("linked", "offer", "offer_declined")}
    out = []
    for m in _CLUB_OWNS_PERSON.finditer(tagged):
        club, person = mentions[int(m.group(1))], mentions[int(m.group(2))]
        if (
            person.name in linked
            and club.name
            and not any(f.coach == person.name and f.club == club.name for f in facts)
        ):
            out.append(
                Fact(
                    person.name,
                    club.name,
                    _squad_code(club, club.squad),
                    "head_coach",
                    "in_charge",
                    0.6,
                    i,
                    club.start,
                )
            )
    return out


_EXEC_HINT = re.compile(
    r"president|chair|owner|director|executive|ceo|administrator|spokes|agent|secretary|chief|"
    r"scout|doctor|physio|general manager|board|recruitment"
)


def _mark_executives(tagged: str, mentions: list[Mention], ctx: Context) -> None:
    for regex in (EXECUTIVE_BEFORE, EXECUTIVE_AFTER):
        for m in regex.finditer(tagged):
            person = mentions[int(m.group(1))]
            if person.pronoun or (
                _HEAD_COACH_TITLE.search(m.group(0)) and _coach_title_country(mentions, ctx)
            ):
                continue
            if _PUT_IN_CHARGE.match(tagged, m.end()):
                continue  # "put technical director X in interim charge of the team": now its coach
            if _HEAD_COACH_TITLE.search(m.group(0)) and _of_first_team(tagged, m.end(), mentions):
                continue  # "X, the technical director of the first team": its coach, in translation
            ctx.people.mark_executive(person.name)


_OF_THE_TEAM = re.compile(r"\s+of\s+the\s+(?:«S(\d+)»|team\b|squad\b)")


def _of_first_team(tagged: str, at: int, mentions: list[Mention]) -> bool:
    """'technical director' followed by 'of the first team' (or 'of the team'): the coach's title."""
    m = _OF_THE_TEAM.match(tagged, at)
    return bool(m) and (m.group(1) is None or mentions[int(m.group(1))].squad == "first_team")


# right after an executive's name: the sentence hands him the team ("… X in interim charge of C")
_PUT_IN_CHARGE = re.compile(r"\s+in\s+(?:(?:interim|temporary|caretaker|sole|joint|overall)\s+)?charge\b")


# "put technical director X in interim charge of the team", "sporting director X will take charge":
# an executive the text puts in charge of the team coaches it (for now), whatever he was called before
_TAKES_CHARGE = re.compile(
    r"«P(\d+)»\s+(?:in\s+(?:(?:interim|caretaker|temporary|sole|overall)\s+)?charge\s+of|"
    r"(?:will|is\s+to|would)\s+take\s+(?:interim\s+|temporary\s+|caretaker\s+)?charge\s+of\s+the\s+(?:team|side|squad))\b",
    re.IGNORECASE,
)


def _unmark_put_in_charge(tagged: str, mentions: list[Mention], ctx: Context) -> None:
    for m in _TAKES_CHARGE.finditer(tagged):
        person = mentions[int(m.group(1))]
        if not person.pronoun:
            ctx.people.unmark_executive(person.name)


# Turkish football calls its head coach 'teknik direktör': "technical director X" there is the coach
_HEAD_COACH_TITLE = re.compile(r"(?<!sporting\s)\btechnical\s+director\b", re.IGNORECASE)
_TECHNICAL_DIRECTOR_COUNTRIES = frozenset({"Turkey"})


def _coach_title_country(mentions: list[Mention], ctx: Context) -> bool:
    """The sentence's club (else the story's) plays where 'technical director' means the coach."""
    clubs = [m.name for m in mentions if m.kind == "C"] or [ctx.topic_club or ""]
    refs = club_refs()
    return any(refs[c].country in _TECHNICAL_DIRECTOR_COUNTRIES for c in clubs if c in refs)


_SUBORDINATE = re.compile(
    r"^\W*(?:before|after|while|when|although|though|if|since|once|despite|"
    r"as|with)\b[^,]*,"
    # a participle opening: "Born in Bosnia, X grew up …", "Appointed in 2012 by C, X has won …"
    r"|^\W*(?:Born|Raised|Appointed|Hired|Named|Brought\s+in|Having\s+\w+)\b(?:[^,]|,\s*\d{4})*,",
    re.IGNORECASE,
)


def _of_that_nationality(descriptor: str, name: str, ctx: Context) -> str:
    """'the Australian' after 'Postecoglou, the 57-year-old Australian': the one man of the article
    the text gave that nationality, when the man in focus has another ('the Portuguese' is not
    Tedesco, 'the Italian-German coach')."""
    said = nationalities(descriptor)
    known = ctx.people.nationality
    if not said or said & known.get(name, frozenset()):
        return name
    others = [p for p, ks in known.items() if said & ks and not ctx.people.is_executive(p)]
    return others[0] if len(others) == 1 else name


# "Serbian coach Dejan Djurdjevic", "the Argentine Guillermo Barros Schelotto", "X, the 45-year-old Swede"
_NATIONALITY_BEFORE = re.compile(
    r"\b((?:[A-Z][a-z]+-)?[A-Z][a-z]+)\s+(?:(?:former|head|assistant|interim|caretaker|new|veteran|experienced|"
    r"young|coach|manager|boss|tactician|technician|trainer|international)\s+){0,3}$"
)
_NATIONALITY_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+(?:\d{2}-year-old\s+)?(?:former\s+)?((?:[A-Z][a-z]+-)?[A-Z][a-z]+)\b"
)


def _learn_nationalities(sentence: str, mentions: list[Mention], ctx: Context) -> None:
    """Remember the nationality the text itself gives a man by name, in a title ('Serbian coach X')
    or an apposition ('X, the 45-year-old Swede'); what a descriptor was taken to mean is no proof."""
    for m in mentions:
        if m.kind != "P" or m.pronoun or m.name in ctx.people.nationality:
            continue
        near = _NATIONALITY_BEFORE.search(sentence, max(0, m.start - 60), m.start)
        near = near or _NATIONALITY_AFTER.match(sentence, m.end)
        said = nationalities(near.group(1)) if near else frozenset()
        if said:
            ctx.people.nationality[m.name] = said


def _update_focus(sentence: str, mentions: list[Mention], ctx: Context) -> None:
    """Who 'he' and 'the Spaniard' will mean next: the main-clause subject of this sentence."""
    _learn_nationalities(sentence, mentions, ctx)
    sub = _SUBORDINATE.match(sentence)
    skip_to = sub.end() if sub else 0
    people = [m for m in mentions if m.kind == "P" and not ctx.people.is_executive(m.name)]
    main = [m for m in people if m.start >= skip_to] or people
    subjects = [m for m in main if not _is_object(sentence, m)]
    full = [m.name for m in people if not m.pronoun and not _nobody(m)]
    if full:
        ctx.named_last = list(dict.fromkeys(full))
    if main and not _nobody((subjects or main)[0]):  # "The Emperor, as they call him": still him
        ctx.focus = (subjects or main)[0].name


def _is_object(sentence: str, m: Mention) -> bool:
    """'…, replacing Gary O'Neil, …, Pereira inherited': a man named after a preposition or a succession
    verb is no subject the next sentence's 'he' can go on about."""
    return bool(_OBLIQUE_BEFORE.search(sentence, max(0, m.start - 30), m.start))


def _update_topic(facts: list[Fact], ctx: Context) -> None:
    """The squad the story is about: that of the latest appointment or sacking at its club."""
    for f in facts:
        if (
            f.event in ("appointed", "dismissed", "resigned")
            and f.club == ctx.topic_club
            and (f.squad_named or f.squad != "first_team")
        ):
            ctx.topic_squad = f.squad
            return


# --- clubs and squads ---------------------------------------------------------------------------

# "C's women's team", "C under-21s" — but not "C and the national teams": a coordinator starts a new item
_SQUAD_AFTER_CLUB = re.compile(r"^(?!.*\b(?:and|or)\b)(?:'s?)?\s*(?:[a-z\-]+\s+){0,2}$")
_SQUAD_BEFORE_CLUB = re.compile(
    r"^\s*(?:sides?|teams?|squads?)?\s*(?:of|at|with|for|"
    r"in)\s+(?:the\s+)?(?:[a-z\-]+\s+){0,2}$"
)


def _bind_squads(tagged: str, mentions: list[Mention], ctx: Context) -> dict[int, tuple[str | None, str]]:
    """For every club and squad tag: (club, squad) it stands for in this sentence."""
    tags = [(m.start(), m.end(), m.group(1), int(m.group(2))) for m in _TAG.finditer(tagged)]
    bound: dict[int, tuple[str | None, str]] = {}
    for k, (_s, e, kind, idx) in enumerate(tags):
        if kind != "C":
            continue
        club = mentions[idx]
        squad = club.squad
        nxt = tags[k + 1] if k + 1 < len(tags) else None
        prev = tags[k - 1] if k > 0 else None
        if squad is None and nxt and nxt[2] == "S" and _SQUAD_AFTER_CLUB.match(tagged[e : nxt[0]]):
            squad = mentions[nxt[3]].squad
            bound[nxt[3]] = (club.name, _squad_code(club, squad))
        if squad is None and prev and prev[2] == "S" and _SQUAD_BEFORE_CLUB.match(tagged[prev[1] : _s]):
            squad = mentions[prev[3]].squad
            bound[prev[3]] = (club.name, _squad_code(club, squad))
        bound[idx] = (club.name, _squad_code(club, squad))
    for _s, _e, kind, idx in tags:
        if kind == "S" and idx not in bound:
            bound[idx] = (None, mentions[idx].squad or "first_team")
    # "Germany's U-20 and U-18 national teams": coordinated squads share the club.
    for k in range(1, len(tags)):
        s, _e, kind, idx = tags[k]
        p = tags[k - 1]
        if (
            kind == "S"
            and p[2] == "S"
            and bound[idx][0] is None
            and bound[p[3]][0] is not None
            and re.fullmatch(r"\s*(?:,|and|or|&)\s*", tagged[p[1] : s])
        ):
            club_name = bound[p[3]][0]
            kind_ = ctx.club_kinds.get(club_name or "", "club")
            bound[idx] = (club_name, _national(mentions[idx].squad or "", kind_))
    for k in range(len(tags) - 2, -1, -1):
        s, e, kind, idx = tags[k]
        n = tags[k + 1]
        if (
            kind == "S"
            and n[2] == "S"
            and bound[idx][0] is None
            and bound[n[3]][0] is not None
            and re.fullmatch(r"\s*(?:,|and|or|&)\s*", tagged[e : n[0]])
        ):
            club_name = bound[n[3]][0]
            kind_ = ctx.club_kinds.get(club_name or "", "club")
            bound[idx] = (club_name, _national(mentions[idx].squad or "", kind_))
    _national_age_groups(tags, mentions, bound)
    _employer_squads(tagged, tags, mentions, bound)
    return bound


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


def _squad_code(club: Mention, squad: str | None) -> str:
    return _national(squad or "first_team", club.club_kind)


def _national(squad: str, kind: str) -> str:
    if kind != "national":
        return squad.replace("national_", "") if squad.startswith("national_u") else squad
    if squad in ("first_team", "national", ""):
        return "national"
    if squad.startswith("national"):
        return squad
    return f"national_{squad}"


def _club_for(
    rule: Rule,
    match: re.Match[str],
    tagged: str,
    mentions: list[Mention],
    squad_of: dict[int, tuple[str | None, str]],
    ctx: Context,
    person_pos: int,
) -> tuple[str | None, str, bool]:
    """(club, squad, explicit) for a fact found by `rule` at `match`; an offer whose own words
    name no club is the offering club's the sentence names, not the club in view (his own)."""
    found = _rule_club(rule, match, tagged, mentions, squad_of, ctx, person_pos)
    if not found[2] and rule.event in ("offer", "offer_declined") and not match.groupdict().get("c"):
        return _offering_club(tagged, squad_of) or found
    return found


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


def _offering_club(tagged: str, squad_of: dict[int, tuple[str | None, str]]) -> tuple[str, str, bool] | None:
    for m in _OFFERER.finditer(tagged):
        idx = int(next(g for g in m.groups() if g))
        club, squad = squad_of.get(idx, (None, "first_team"))
        if club:
            return club, squad, True
    return None


_PERSON_APPOSITION = re.compile(r"«P\d+»,[^,]{1,90},")


def _elided_subject_club(match: re.Match[str], tagged: str, person_pos: int) -> int | None:
    """'He led C to the title, but resigned': the last club of the clause before the second verb,
    not one of an apposition ('X, then coach of C, was named to lead the national team, but quit')."""
    trigger = _trigger_at(match)
    aside = _PERSON_APPOSITION.match(tagged, person_pos)
    start = aside.end() if aside else match.start()
    return _last_tag_before(tagged, trigger, trigger - start) if trigger > start else None


_PERSON_COMMA_WHO = re.compile(r"«P\d+»,\s*who\b")
_CLUB_STATEMENT = re.compile(r"(?:The\s+)?«C(\d+)»\s+(?:said|confirmed|announced|stated)\b")


def _rule_club(
    rule: Rule,
    match: re.Match[str],
    tagged: str,
    mentions: list[Mention],
    squad_of: dict[int, tuple[str | None, str]],
    ctx: Context,
    person_pos: int,
) -> tuple[str | None, str, bool]:
    side = rule.club_side
    gd = match.groupdict()
    if rule.name in _AIDE_RULES and not gd.get("c"):
        boss = _boss_post(match, mentions, ctx)
        if boss:
            return boss
    if side == "own":  # "He kept us up": the club named, else the one the story ties him to
        own = _own_club(mentions[int(gd["p"])].name, ctx) if gd.get("p") and not gd.get("c") else None
        if own:
            return own, _national("first_team", ctx.club_kinds.get(own, "club")), False
        side = "tag"
    if side == "possessive":
        coach = mentions[int(gd["p"])].name if gd.get("p") else None
        return _possessive_club(tagged, person_pos, squad_of, ctx, coach)
    if side == "elided":
        found = _elided_subject_club(match, tagged, person_pos)
        if found is not None and squad_of.get(found, (None,))[0]:
            club, squad = squad_of[found]
            return _with_topic(club, squad, ctx, explicit=True)
        side = "topic"
    if rule.squad_in_match:  # "join Simeone's first-team coaching staff"
        inner = [int(m.group(2)) for m in _TAG.finditer(match.group(0)) if m.group(1) == "S"]
        if inner:
            club, squad = squad_of[inner[0]]
            return _with_topic(club, squad, ctx, explicit=club is not None)
    if side == "tag" and (gd.get("c") or gd.get("s")):
        idx = int(gd.get("c") or gd["s"])
        club, squad = squad_of.get(idx, (None, "first_team"))
        return _with_topic(club, squad, ctx, explicit=club is not None)
    if gd.get("c"):
        club, squad = squad_of[int(gd["c"])]
        return club, squad, True
    if side == "tag":
        side = "near"
    if rule.name == "talks-over-job" and ctx.topic_club:  # "talks over the position": the story's vacancy
        return ctx.topic_club, "first_team", False
    if side == "after_topic":  # "X to replace Y at Fulham"; else the club in view
        found = _first_tag_after(tagged, match.end(), 40)
        if found is not None and _GONE_TO.search(tagged, match.end(), tagged.find(f"«C{found}»") + 2):
            found = None  # "replacing Y, who has left for Z": Z is where Y went, not the post
        if found is not None and squad_of.get(found, (None,))[0]:
            club, squad = squad_of[found]
            return club, squad, True
        if rule.event == "linked":  # a vacancy in view is the first team's unless named
            return _with_topic(None, "first_team", ctx, explicit=False)
        side = "topic"
    if rule.name == "replaced-by" and gd.get("p2") and not gd.get("c"):
        post = ctx.post_left_by(mentions[int(gd["p2"])].name)
        if post:  # "X resigned … . He was succeeded by Y": X's post
            return post[0], post[1], False
    if side == "subject":
        return _subject_club(tagged, match.start(), squad_of, ctx)
    if side == "under":
        return _under_club(tagged, match, squad_of, ctx)
    if rule.name == "passive-sacked" and not gd.get("c") and _PERSON_COMMA_WHO.match(match.group(0)):
        described = _DESCRIBED_WITH.search(tagged, max(0, person_pos - 40), person_pos)
        if described and squad_of.get(int(described.group(1)), (None,))[0]:
            club, squad = squad_of[int(described.group(1))]  # "former Bayern coach X, who was sacked …"
            return club, squad, True
        side = "topic"  # "replacing X, who was sacked …": the post being filled
        filled = _filled_post(tagged, person_pos, squad_of)
        if filled:
            return filled
    if rule.name == "active-sacked" and not gd.get("c"):
        filled = _filled_post(tagged, person_pos, squad_of)
        if filled:  # "before the Galaxy brought him back to replace the fired X": the Galaxy's
            return filled
    if rule.name == "replacing" and _first_tag_after(tagged, match.end(), 40) is None:
        filled = _filled_post(tagged, match.start() + 2, squad_of, replacing_at=match.start())
        if filled:
            return filled
    if rule.name == "sacked-and-replaced-by":  # the sacking's post: a club named with it, else none
        rep = match.start("rep")
        found = _last_tag_before(tagged, rep, rep - match.start() + 45)
        club, squad = squad_of.get(found, (None, "first_team")) if found is not None else (None, "first_team")
        return club, squad, club is not None
    if side == "before_only":  # "Chelsea Women coach X left to …": the club before, never the one after
        found = _last_tag_before(tagged, match.start(), 45)
        if found is None:
            return None, "first_team", False
        club, squad = squad_of.get(found, (None, "first_team"))
        return club, squad, club is not None
    found = None
    if side == "declined" and re.search(
        r"\b(?:remain|stay)", tagged[match.start() : match.end() + 12], re.IGNORECASE
    ):
        return None, "first_team", False  # "decided to remain at Atletico": his own club
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
    if found is None and side in ("after", "before", "subject", "near"):
        found = _last_tag_before(tagged, match.start(), 45, person_pos)
    if found is None and side in ("near", "before"):
        found = _first_tag_after(tagged, match.end(), 25)
    if found is not None and rule.event in ("resigned", "left", "dismissed"):
        at = tagged.find(f"«C{found}»")
        if at > match.start() and _DESTINATION.search(tagged, max(0, at - 40), at):
            found = None  # "quit Celtic to take over at Leicester": Leicester is where he went
    if found is None and side in ("after", "near"):
        found = _first_tag_inside(tagged, match.start(), match.end(), person_pos)
        aside = found is not None and _in_apposition(tagged, person_pos, found)
        if aside and rule.event in ("appointed", "linked"):
            found = None  # "X, who is also Slovakia's coach, is expected to be named": not the post
        elif aside and not _POST_ASIDE.search(tagged, person_pos, tagged.find(f"«C{found}»")):
            found = None  # "Tite, who had said Qatar would be his last tournament, stepped down": no post
    if found is not None and rule.event == "appointed":
        at = tagged.find(f"«C{found}»")
        if _LEAVING_BEFORE.search(tagged, max(0, at - 25), at):
            found = None  # "X, who will leave Villarreal, takes charge": not the post he takes
        elif at < match.end() and _FORMER_BEFORE_CLUB.search(tagged, max(0, at - 12), at):
            found = None  # "Roberts, a former Wales assistant, was named head coach": not Wales
    if found is not None:
        club, squad = squad_of.get(found, (None, "first_team"))
        if club and _club_word_between(tagged, found, match.start()):
            squad = _national("first_team", ctx.club_kinds.get(club, "club"))
        if squad == "first_team" and side == "after":  # "named head coach of the U19s at X"
            between = tagged[match.end() : tagged.find(f"«C{found}»")]
            loose = [squad_of[int(k)][1] for k in _SQUAD_TAG.findall(between) if squad_of[int(k)][0] is None]
            squad = loose[0] if loose else squad
        return _with_topic(club, squad, ctx, explicit=club is not None or squad != "first_team")
    if side == "declined":
        return None, "first_team", False
    framed = _FRAMING_CLUB.match(tagged)
    if framed and squad_of.get(int(framed.group(1)), (None,))[0]:  # "For Oviedo, …", "At Al-Ettifaq, …"
        club, squad = squad_of[int(framed.group(1))]
        return club, squad, True
    club = ctx.club_in_view()
    opener = _CLUB_STATEMENT.match(tagged)
    if opener and rule.event in ("resigned", "left", "dismissed") and squad_of.get(int(opener.group(1))):
        c, sq = squad_of[int(opener.group(1))]  # "Villarreal said … at the manner of his departure"
        if c:
            return c, sq, False
    if rule.event in ("resigned", "left", "dismissed"):
        going = [
            int(m.group(2))
            for m in _TAG.finditer(tagged, match.start())
            if m.group(1) == "C" and _DESTINATION.search(tagged, max(0, m.start() - 40), m.start())
        ]
        if any(squad_of.get(k, (None,))[0] == club for k in going):  # he left for that club
            earlier = _last_tag_before(tagged, match.start(), 200)
            if earlier is not None and squad_of.get(earlier, (None,))[0]:
                c, sq = squad_of[earlier]
                return c, sq, False
    vacant = ctx.vacancy_squad(club)
    if vacant:  # "the women's coach resigned. He was succeeded by Y": the post left open
        return club, vacant, False
    if club != ctx.topic_club:
        return club, _national("first_team", ctx.club_kinds.get(club or "", "club")), False
    return club, ctx.topic_squad, False


# "the club", "the Catalan club": the whole club, not the B team or U23s named before it
_CLUB_WORD = re.compile(r"\bthe\s+(?:[A-Z][\w\-]*\s+)?club\b(?!['’])")


def _club_word_between(tagged: str, found: int, end: int) -> bool:
    """'promoted from Espanyol B after the club dismissed X': the club the rule reached back to is
    referred to as 'the club' in X's clause, so X's post is the senior side's, whatever squad the
    earlier mention named."""
    at = tagged.find(f"«C{found}»")
    return 0 <= at < end and bool(_CLUB_WORD.search(tagged, at, end))


# "Y becomes his assistant", "brings A and B as his assistants": the aide joins the boss's new post
_AIDE_RULES = frozenset({"will-be-assistant", "bring-as-assistants", "assisted-by"})
_BOSS = re.compile(r"«P(\d+)»'s")


def _boss_post(match: re.Match[str], mentions: list[Mention], ctx: Context) -> tuple[str, str, bool] | None:
    """The one club the boss named in the match ('his assistant') was appointed at in this story;
    else the senior side of the club in view (not a youth squad the story passed through)."""
    if _SQUAD_TAG.search(match.group(0)):
        return None
    found = _BOSS.search(match.group(0))
    boss = mentions[int(found.group(1))].name if found else None
    if "p" not in match.groupdict():  # "he will be assisted by A and B": the boss is the clause's subject
        subject = _SUBJECT_BEFORE.search(match.string, 0, match.start())
        boss, aide = (mentions[int(subject.group(1))].name if subject else None), None
    else:
        aide = mentions[int(match.group("p"))].name
    posts = ctx.posts.get(boss or "", set()) if boss != aide else set()
    club = next(iter(posts)) if len(posts) == 1 else ctx.club_in_view()
    if club is None:
        return None
    squad = ctx.post_squads.get((boss or "", club)) if posts else None  # "the women's national team"
    return club, squad or _national("first_team", ctx.club_kinds.get(club, "club")), False


_SUBJECT_BEFORE = re.compile(r"«P(\d+)»(?!['’])(?=[^«]*$)")  # the last name before the match


_ASIDE_OPEN = re.compile(r",\s")
# The subject of the main clause after an opening phrase: "After leaving C (in 2019), X …"
_OPENER_SUBJECT = re.compile(r"(?:(?:[^«.;,]|«[CS]\d+»){0,40}?,)?\s*«P(\d+)»(?!['’])")
# A departure whose object is "the club"/"the team": the club named just before, not a later one.
_THE_CLUB_END = re.compile(r"\bthe\s+(?:club|team|side)$", re.IGNORECASE)
# "For Oviedo, …", "At Al-Ettifaq, …", "At Leverkusen he had replaced Y": the sentence's club
_FRAMING_CLUB = re.compile(
    r"(?:For|At|Over\s+at|Across\s+town\s+at)\s+(?:the\s+)?«C(\d+)»(?:\s*,|\s+(?=(?:he|she|they|«P\d+»)\s))"
)
_FORMER_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:former|ex-?)\s*[^,]{1,60},", re.IGNORECASE)
_FORMER_BEFORE_CLUB = re.compile(r"\b(?:former|ex-?)\s*$", re.IGNORECASE)
_DESCRIBED_WITH = re.compile(r"«C(\d+)»\s+(?:head\s+)?(?:coach|manager|boss)\s*,?\s*$", re.IGNORECASE)
_GONE_TO = re.compile(
    r"\bwho\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|now\s+)?(?:left\s+for|departed\s+for|joined|"
    r"moved\s+to|gone\s+to|went\s+to|taken\s+over\s+at|took\s+over\s+at)\s+(?:the\s+)?«C",
    re.IGNORECASE,
)
_SUBJECT_VERB = re.compile(
    r"(?:\s+(?:Football\s+Club|Club|FC|AFC))?"
    # "Almería, club which he directed three seasons, made him an offer"
    r"(?:\s*,\s+(?:the\s+|a\s+)?(?:club|side|team)\s+(?:which|that|who)\s+[^,.;]{0,120},)?"
    r"\s+(?:have|has|had|are|were|is|was|will|would|made|make|approached|asked|offered|contacted|"
    r"sounded|want|wanted|may|might|could|can|confirmed|announced|\w+ly)\b"
)


def _subject_club(
    tagged: str, pos: int, squad_of: dict[int, tuple[str | None, str]], ctx: Context
) -> tuple[str | None, str, bool]:
    """The club acting in the clause ('Deportivo made an offer', 'Atletico may consider')."""
    for m in reversed(list(_TAG.finditer(tagged, 0, pos))):
        if m.group(1) == "C" and _SUBJECT_VERB.match(tagged, m.end()):
            club, squad = squad_of[int(m.group(2))]
            return club, squad, True
    return _with_topic(None, "first_team", ctx, explicit=False)


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


def _possessive_club(
    tagged: str,
    person_pos: int,
    squad_of: dict[int, tuple[str | None, str]],
    ctx: Context,
    coach: str | None = None,
) -> tuple[str | None, str, bool]:
    """'… over Arbeloa's side': the club named last before him, at the sentence's level."""
    before = [int(m.group(2)) for m in _TAG.finditer(tagged, 0, max(0, person_pos)) if m.group(1) == "C"]
    if not before:  # "Flick's side humiliated Real Madrid": whose side is not said here
        at = re.match(
            r"«P\d+»'s?\s+(?:[\w\-]+\s+){1,3}(?:at|of|with)\s+(?:the\s+)?«C(\d+)»", tagged[person_pos:]
        )
        if at:  # "Bruni's coaching staff at Torino"
            club, squad = squad_of[int(at.group(1))]
            return club, squad, True
        if _CLUB_TAG.search(tagged[person_pos:]):
            beaten = _CONTEST.search(tagged, person_pos) or _BEATEN_BY.match(tagged, person_pos)
            if beaten:  # "X's side beat Y", "X's men, beaten by Y": the other side of the match
                opponent = squad_of.get(int(beaten.group("opp")), (None,))[0]
                mine = other_side(ctx.fixture, opponent)
                if mine:
                    return mine, _national("first_team", ctx.club_kinds.get(mine, "club")), True
            named = {squad_of[int(k)][0] for k in _CLUB_TAG.findall(tagged) if int(k) in squad_of}
            if beaten and ctx.topic_club and ctx.topic_club not in named:
                return _with_topic(None, "first_team", ctx, explicit=False)  # "X's side beat Y": not Y
            return None, "first_team", False
        return _side_in_view(ctx, coach)
    club, squad = squad_of[before[-1]]
    club_pos = tagged.find(f"«C{before[-1]}»")
    if _OPPONENT.match(tagged, club_pos + len(f"«C{before[-1]}»")):
        mine = other_side(ctx.fixture, club)  # "Barcelona's high line caught Ancelotti's team out"
        if mine:
            return mine, _national("first_team", ctx.club_kinds.get(mine, "club")), True
        return None, "first_team", False
    if person_pos - club_pos > 25:
        squad = _national("first_team", ctx.club_kinds.get(club or "", "club"))
    inside = re.match(r"«P\d+»(?:'s?)?\s+(?:[a-z\-]+\s+){0,2}«S(\d+)»", tagged[person_pos:])
    if inside:
        squad = squad_of[int(inside.group(1))][1]
    elif squad == "first_team":  # "… under-19s … over Arbeloa's side": the level in question
        loose = [int(m.group(2)) for m in _TAG.finditer(tagged, 0, club_pos) if m.group(1) == "S"]
        loose = [squad_of[k][1] for k in loose if squad_of[k][0] is None]
        squad = loose[0] if loose else squad
    return club, squad, True


def _own_club(coach: str | None, ctx: Context) -> str | None:
    """The one club the story so far ties the coach to (a spell, an exit, an appointment), if only one."""
    clubs = {club for person, club in ctx.spells if person == coach} | ctx.posts.get(coach or "", set())
    return next(iter(clubs)) if len(clubs) == 1 else None


def _side_in_view(ctx: Context, coach: str | None) -> tuple[str | None, str, bool]:
    """'X's men end the campaign in mid-table', no club named: the club in view, unless the story
    gave that club another coach and reports its match, when X's side is the opponent. A coach the
    story ties to one club ('Blackburn sacked X … X watched his side lose') is that club's."""
    own = _own_club(coach, ctx)
    if own:
        return own, _national("first_team", ctx.club_kinds.get(own, "club")), False
    club, squad, explicit = _with_topic(None, "first_team", ctx, explicit=False)
    others = {p for p, posts in ctx.posts.items() if club in posts and p != coach}
    mine = other_side(ctx.fixture, club) if others else None
    if mine:
        return mine, _national("first_team", ctx.club_kinds.get(mine, "club")), True
    return club, squad, explicit


def _under_club(
    tagged: str, match: re.Match[str], squad_of: dict[int, tuple[str | None, str]], ctx: Context
) -> tuple[str | None, str, bool]:
    """'Marinos were dominant under X', 'Under X, Marinos …', 'worked with the first team under X':
    the club or squad of the clause around 'under' (the last named before it, else the next club),
    else the club in view."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(tagged, 0, match.start())), default=0)
    before = [
        int(m.group(2))
        for m in _TAG.finditer(tagged, start, match.start())
        if m.group(1) in "CS" and not _NOT_THE_POST.search(tagged, max(0, m.start() - 30), m.start())
    ]
    found = before[-1] if before else _first_tag_after(tagged, match.end(), 40)
    club, squad = squad_of.get(found, (None, "first_team")) if found is not None else (None, "first_team")
    club, squad, explicit = _with_topic(club, squad, ctx, explicit=found is not None)
    if squad == "first_team":
        squad = _national(squad, ctx.club_kinds.get(club or "", "club"))
    return club, squad, explicit


def _with_topic(club: str | None, squad: str, ctx: Context, explicit: bool) -> tuple[str | None, str, bool]:
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
    # ", and arrives from C": a new predicate of the sentence's subject, not this one's club
    r"|,\s+and\s+(?:then\s+|now\s+)?(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]+(?:s|ed)\b"
    # "was appointed in 2016 and had previously coached C": an earlier spell's predicate, its own club
    r"|\band\s+(?:had|has|have)\s+(?:\w+ly\s+|also\s+|once\s+)*(?:coached|managed|led|trained|been)\b",
    re.IGNORECASE,
)


_LEAVING_BEFORE = re.compile(r"\b(?:leave|leaves|left|leaving|quit|quits|depart\w*)\s+(?:the\s+)?$", re.I)
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
_NOT_THE_POST = re.compile(
    r"(?:\b(?:defeat|loss|draw|win|victory|game|match|clash|tie|exit)\s+(?:by|to|with|over|against|at)\s+"
    r"|\b(?:against|beating|beat)\s+|\b(?:former|ex-)\s*|\bhaving\s+(?:\w+\s+)?(?:coached|managed|led)\s+)"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


# a club or squad followed by a role and a person: "B team boss «P»", "Celtic's under-21 coach «P»"
_ANOTHER_MANS_POST = re.compile(
    r"(?:'s)?\s+(?:[a-z\-]+\s+){0,2}(?:boss|coach|manager|head\s+coach|trainer)\s+«P\d+»", re.IGNORECASE
)


def _first_tag_after(tagged: str, pos: int, window: int) -> int | None:
    """The club (else squad) named next after `pos` in the same clause, before any other person."""
    stretch = tagged[pos : pos + window]
    cut = _CLAUSE_BREAK.search(stretch)
    stretch = stretch[: cut.start()] if cut else stretch
    stop = _AFTER_STOP.search(stretch)
    stretch = stretch[: stop.start()] if stop else stretch
    squad = None
    for m in _TAG.finditer(stretch):
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
_OTHERS_ASIDE = re.compile(
    r"«P\d+»\s*,\s*(?:who|whose)\b(?:[^«.;:!?,]|«[CS]\d+»\s*,(?=\s*(?:«|$))|«[CS]\d+»)*$"
)
# "…, B and C, replaces X": the aside ends at C (or at the list C is in)
_ASIDE_CLOSED = re.compile(r"«C\d+»(?:\s*(?:,|,?\s+and|,?\s+or)\s+«C\d+»)*\s*,[^«,.;:!?]*$")


def _in_others_aside(tagged: str, at: int, person_pos: int | None) -> bool:
    """The tag at `at`, before the fact's person, sits in a closed 'who' aside on someone else."""
    if person_pos is None or at > person_pos or not _ASIDE_CLOSED.match(tagged, at, person_pos):
        return False
    opener = tagged.rfind("«P", 0, at)
    return opener >= 0 and bool(_OTHERS_ASIDE.search(tagged[opener:at]))


def _last_tag_before(tagged: str, pos: int, window: int, person_pos: int | None = None) -> int | None:
    stretch = tagged[max(0, pos - window) : pos]
    cut = list(_CLAUSE_BREAK.finditer(stretch))
    if cut:
        stretch = stretch[cut[-1].end() :]
    base = max(0, pos - window) + (len(tagged[max(0, pos - window) : pos]) - len(stretch))
    tags = [
        m
        for m in _TAG.finditer(stretch)
        if m.group(1) == "C"
        and not _NOT_THE_POST.search(tagged, max(0, base + m.start() - 30), base + m.start())
        and not _in_others_aside(tagged, base + m.start(), person_pos)
    ]
    return int(tags[-1].group(2)) if tags else None


def _first_tag_inside(tagged: str, start: int, end: int, person_pos: int) -> int | None:
    for m in _TAG.finditer(tagged, start, end):
        if m.group(1) == "C" and m.start() != person_pos:
            return int(m.group(2))
    return None


# an aside that tells a coaching post before its club: "who led", "who won the title with"
_POST_ASIDE = re.compile(
    r"\b(?:led|leads|coach\w*|manag\w*|guid\w*|took|taken|won|steer\w*|charge|boss|joined|arrived|"
    r"trainer|head|returned|spell|stint|tenure|years?|seasons?|since|with|at|of)\b",
    re.IGNORECASE,
)


def _in_apposition(tagged: str, person_pos: int, club_idx: int) -> bool:
    """The club sits in the aside right after the person ('X, who coaches Slovakia, …')."""
    at = tagged.find(f"«C{club_idx}»")
    return at > person_pos and bool(re.match(r"«P\d+»\s*[,(][^,()]*$", tagged[person_pos:at]))


def _own_post_squad(
    tagged: str, person_pos: int, squad_of: dict[int, tuple[str | None, str]], squad: str
) -> bool:
    """The squad is named only as the person's own post, before him or in an aside on him ('U19 coach
    X', 'X, the U19 coach,'), not after him as what he takes charge of ('interim charge of the U23s')."""
    tags = [k for k in _SQUAD_TAG.finditer(tagged) if squad_of.get(int(k.group(1)), (None, ""))[1] == squad]
    return bool(tags) and all(
        k.start() < person_pos or _aside_tag(tagged, person_pos, k.start()) for k in tags
    )


def _aside_tag(tagged: str, person_pos: int, at: int) -> bool:
    """The tag at `at` sits in a closed aside right after the person ('X, the coach of C's U19s, has')."""
    return at > person_pos and bool(
        re.match(r"«P\d+»\s*,[^,()]*,", tagged[person_pos:])
        and re.match(r"«P\d+»\s*,[^,()]*$", tagged[person_pos:at])
    )


# "…, replacing X": a participle hung on the clause that names the post being filled
# (translated: "in substitution of", "took the relay of", "to take the place of")
_REPLACING_WORDS = (
    r"(?:replacing|succeeding|to\s+(?:replace|succeed)|in\s+(?:the\s+)?place\s+of|in\s+substitution\s+of|"
    r"(?:take|takes|took|taking|taken)\s+the\s+(?:place|relay)\s+of)"
)
_REPLACING_BEFORE = re.compile(r"\b" + _REPLACING_WORDS + r"\s+(?:the\s+\w+\s+)?$", re.IGNORECASE)


def _filled_post(
    tagged: str, person_pos: int, squad_of: dict[int, tuple[str | None, str]], replacing_at: int | None = None
) -> tuple[str, str, bool] | None:
    """'Selles took over as Reading boss, replacing Ince, who was sacked': Reading, the post
    named before 'replacing' (not a former club of the appointee)."""
    at = replacing_at
    if at is None:
        word = _REPLACING_BEFORE.search(tagged, max(0, person_pos - 30), person_pos)
        at = word.start() if word else None
    elif not re.match(_REPLACING_WORDS + r"\b", tagged[at:], re.IGNORECASE):
        at = None
    if at is None:
        return None
    start = max(0, at - 150)
    start += max((m.end() for m in _CLAUSE_BREAK.finditer(tagged, start, at)), default=start) - start
    posts = [
        int(m.group(2))
        for m in _TAG.finditer(tagged, start, at)
        if m.group(1) == "C"
        and not _NOT_THE_POST.search(tagged, max(0, m.start() - 30), m.start())
        and not _LEAVING_BEFORE.search(tagged, max(0, m.start() - 25), m.start())
        and not _CAME_FROM.search(tagged, max(0, m.start() - 45), m.start())
    ]
    club, squad = squad_of.get(posts[-1], (None, "first_team")) if posts else (None, "first_team")
    return (club, squad, True) if club else None


# --- facts from one rule match ------------------------------------------------------------------


# "A and B, coach of the under-21 side": a singular title describes only the name it follows
# "X, the coach of C", "X, the technician whom the club dismissed": the apposition describes X alone
_SINGLE_APPOSITION = re.compile(
    r"«P\d+»,\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:coach|manager|boss|technician|trainer|tactician)\s+(?:of|whom)\b"
)
_RUMOUR_LIST_RULES = frozenset(
    {"named-candidates", "names-mentioned", "list-among-those-mentioned", "among-those-were-list"}
)
_STAFF_LIST_RULES = frozenset({"bring-staff", "sacked-along-with", "left-along-with"})


# "…, who also worked under Y,": an aside inside a staff list
_STAFF_ASIDE = re.compile(r",\s+who\s+(?:[a-z]+\s+){1,4}«P\d+»")
_AS_STAFF_ROLE = re.compile(r"«P\d+»\s+as\s+(?:(?:the|his|her)\s+)?(?:[\w\-]+\s+)?coach\b", re.IGNORECASE)


def _role_after_as(tagged: str, person_pos: int) -> str:
    """The staff role written after a name ('Z as goalkeeping coach'); else an assistant."""
    said = _AS_STAFF_ROLE.match(tagged, person_pos)
    role = next((r for rx, r in ROLE_WORDS if said and rx.search(said.group(0))), "assistant_coach")
    return "assistant_coach" if role in ("caretaker", "head_coach") else role


def _staff_item_role(tagged: str, start: int, person_pos: int) -> str:
    """The role written before one name of a staff list ('…, goalkeeping coach Z'); else an assistant."""
    own = re.split(r",|\band\b", tagged[max(start, person_pos - 40) : person_pos])[-1]
    role = next((r for rx, r in ROLE_WORDS if rx.search(own)), "assistant_coach")
    return "assistant_coach" if role in ("caretaker", "head_coach") else role


# --- what did not happen: conditions, questions, denials ---------------------------------------
_REAL_EVENTS = frozenset({"appointed", "dismissed", "resigned", "left", "extended"})
# "If C sack X, …", "Should X be sacked, …", "Unless C sack X …": the condition's clause, up to its comma
_CONDITION = re.compile(
    r"(?:(?:^|[,;:—–]\s*|\b(?:and|but)\s+)(?:[Ii]f|[Uu]nless)|^\s*(?:Should|Were))\s+[^,;:—–]*$"
)
# "Will C sack X?", "Could X be sacked this week?": a question asked, nothing told
_QUESTION_OPEN = re.compile(
    r"\s*[\"“']?(?:Will|Would|Could|Can|Should|Is|Are|Has|Have|Did|Does|Do|Might|Must|Who|What|When|Why)\b"
)
# "C have denied that X …", "ruled out sacking X", "are unlikely to", "weighing up whether to sack X",
# "no truth in reports that X …": a denial or a doubt about what follows in its clause
_DENIED_BEFORE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|ruled?\s+out|rules\s+out|ruling\s+out|no\s+truth|unlikely\s+to|"
    r"whether\s+(?:or\s+not\s+)?to|no\s+(?:intention|plans?)\s+(?:of|to)|"
    r"(?:dismiss(?:ed|es)?|rejected|rubbished|played\s+down)\s+(?:the\s+)?(?:reports?|speculation|rumou?rs|claims))\b"
    r"(?:(?!,\s+(?:and|but|while|before|after|then|so)\b)[^.;!?])*$",
    re.IGNORECASE,
)


# "A and B agreed new contracts, as did C", "X was sacked, as was his assistant Y": C and Y too
_AS_DID = re.compile(
    r"[^«.;:!?]{0,25}?,\s+as\s+(?:did|was|were|has|have|had|does|do|will)\s+(?:(?:his|her|their)\s+[\w\-]+\s+)?«P(\d+)»"
)


_RELATIVE_PERSON = re.compile(r"«P\d+»\s*,\s*(?:who|whose)\b")


def _unreal(tagged: str, match: re.Match[str]) -> bool:
    """The event of the match is a condition, a question or denied, not something that happened."""
    start = match.start()
    if _CONDITION.search(tagged, 0, start) or _DENIED_BEFORE.search(tagged, max(0, start - 90), start):
        return True
    relative = _RELATIVE_PERSON.match(match.group(0))
    return tagged.rstrip().endswith("?") and bool(_QUESTION_OPEN.match(tagged)) and not relative


# a passive needs its auxiliary: "he was sacked", "he had been dismissed"
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being|got|gets|get)\b", re.IGNORECASE)


_PERFECT_AUX = re.compile(r"\b(?:has|have|had|'s)\s", re.IGNORECASE)
# "the first appointment Dalglish made", "the man X sacked": X is the subject of an object relative
_OBJECT_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their)\s+(?:[a-z\-]+\s+)?(?:appointment|signing|choice|hire|decision|man|coach|manager)\s+$"
)
# "… before Zamparini dismissed him": the verb has an object of its own
_SACKED_OBJECT = re.compile(r"\s+(?:«P\d+»|the\s+(?:coach|manager|boss|man)\b)")


def _active_sacker(match: re.Match[str], person: Mention) -> bool:
    """The one who sacked, not the one sacked: 'X has sacked Y' (a perfect with no 'been'), or 'he
    sacked/dismissed …' with no auxiliary (headlines, where 'X sacked' is passive, name people in full)."""
    text = match.group(0)
    if _PASSIVE_AUX.search(text):
        return False
    return person.pronoun or bool(
        _PERFECT_AUX.search(text)
        or _SACKED_OBJECT.match(match.string, match.end())
        or _OBJECT_NOUN_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    )


# "but the pair decided to stay": the two coaches just named
_PAIR_SUBJECT = re.compile(r"\b(?:the\s+pair|the\s+duo|both)\b", re.IGNORECASE)


# "worked as an assistant to Y with C and coached D": a verb joined by 'and' after a man named as the
# object of 'to'/'of'/'under'/'with' has the clause's subject, not him
_AND_VERB = re.compile(r"(?:[^«.;:!?]|«[CS]\d+»)*?\s(?:and|but)\s+(?:then\s+|later\s+|also\s+)?[a-z]+ed\b")
_OBLIQUE_TAG = re.compile(r"\b(?:to|of|under|with|alongside|for)\s+$", re.IGNORECASE)


def _coordinated_subject(tagged: str, person: int, match: re.Match[str]) -> int:
    tag = f"«P{person}»"
    at = tagged.find(tag)
    if at < 0 or at >= match.end() or not _OBLIQUE_TAG.search(tagged, max(0, at - 12), at):
        return person
    verb = _AND_VERB.match(tagged, at + len(tag))
    if not verb or verb.end() > match.end():
        return person
    subjects = [
        m
        for m in _TAG.finditer(tagged, 0, at)
        if m.group(1) == "P"
        and not tagged.startswith("'s", m.end())
        and not _OBLIQUE_TAG.search(tagged, max(0, m.start() - 12), m.start())
    ]
    return int(subjects[-1].group(2)) if subjects else person


def _rule_facts(
    rule: Rule,
    match: re.Match[str],
    tagged: str,
    mentions: list[Mention],
    squad_of: dict[int, tuple[str | None, str]],
    ctx: Context,
    i: int,
) -> list[Fact]:
    gd = match.groupdict()
    if (
        rule.name in ("as-his-assistant", "been-his-assistant")
        and not gd.get("c")
        and {mentions[int(k)].name for k in _CLUB_TAG.findall(tagged)} - {ctx.topic_club}
    ):
        return []  # another club named here: whose post it is stays unclear
    people = [int(gd[k]) for k in ("p", "p2") if gd.get(k)]
    if rule.name in ("passive-sacked", "passive-appointed") and _active_sacker(match, mentions[int(gd["p"])]):
        return []  # "Zamparini has sacked Y", "the coach he dismissed in September": he sacked
    if rule.name == "role-person" and PRONOUN.fullmatch(mentions[int(gd["p"])].text):
        return []  # "X, the coach he dismissed": 'he' is the subject of a clause, not the coach
    if rule.name == "will-be-assistant":  # "… will be his assistant": never his own
        boss = re.search(r"«P(\d+)»['’]s?\s+(?:new\s+)?\S+$", match.group(0))
        if boss and any(
            mentions[int(boss.group(1))].name == mentions[k].name
            and mentions[k].text.split()[-1] not in mentions[k].name  # a descriptor read as him
            for k in people
        ):
            return []
    if rule.name in _TITLE_RULES and _IN_COMPANY.search(tagged, 0, match.start()):
        return []  # "left together with his physical trainer X": the list tells what happened to him
    if rule.name == "likes-of":
        people = [int(m.group(2)) for m in _TAG.finditer(tagged, match.end()) if m.group(1) == "P"]
    if rule.name in (
        "named-candidates",
        "names-mentioned",
        "had-considered",
        "with-list-considered",
        "list-among-those-mentioned",
        "among-those-were-list",
        "bring-staff",
        "staff-in-place",
        "staff-list",
        "assisted-by",
        "sacked-along-with",
        "left-along-with",
        "retained-as-assistants",
        "nth-coach-after-list",
    ):  # all listed
        people = [
            int(m.group(2))
            for m in _TAG.finditer(tagged, match.start("list"), match.end("list"))
            if m.group(1) == "P" and not tagged.startswith("'s", m.end())
        ]
    if rule.name == "assisted-by":  # "assisted by A, who worked under Y, B and C": not Y
        asides = [a.span() for a in _STAFF_ASIDE.finditer(tagged, match.start("list"), match.end("list"))]
        people = [k for k in people if not any(a < tagged.find(f"«P{k}»") < b for a, b in asides)]
    if rule.name == "interim-team" and match.group("list"):  # "X … an interim team with A, B and C"
        people += [int(k) for k in _PERSON_TAG.findall(match.group("list"))]
    if rule.name in (
        "to-take-over-at",
        "to-become",
        "left-to-become-club-role",
        "left-to-join",
        "left-club-to-post",
    ):
        people = [int(m.group(2)) for m in _TAG.finditer(tagged, 0, match.start()) if m.group(1) == "P"][-1:]
    if rule.name in (
        "made-permanent",
        "moved-to-take",
    ):  # the sentence's subject was made permanent
        people = [
            int(m.group(2))
            for m in _TAG.finditer(tagged, 0, match.start())
            if m.group(1) == "P" and not tagged.startswith("'s", m.end())
        ][:1]
        mover = _WHO_BEFORE.search(tagged, max(0, match.start() - 40), match.start())
        mover = mover or _CLAUSE_SUBJECT.search(tagged, max(0, match.start() - 40), match.start())
        people = [int(mover.group(1))] if mover else people
    if rule.name == "club-handed-him-job":
        people = _handed_object(match, mentions, people)
    if rule.name == "to-replace-at" and not HEDGE.search(tagged, 0, match.start()):
        return []  # "appointed to replace Y at C": Y's departure, told by other rules
    if rule.name == "decide-against":
        subject = [int(m.group(2)) for m in _TAG.finditer(tagged, 0, match.start()) if m.group(1) == "P"]
        if not subject:
            return _focus_fact(rule, match, tagged, ctx, i)
        people = subject[-2:] if _PAIR_SUBJECT.search(match.group(0)) else subject[-1:]
    if not people and rule.name in (
        "gerund-left",
        "gerund-declined",
        "gerund-resigned",
        "gerund-sacked",
    ):  # "X, since leaving Y"
        before = [m for m in _TAG.finditer(tagged, 0, match.start()) if m.group(1) == "P"]
        # "…, while X, out of work since leaving Y, …": the person of this aside, not the sentence's first
        aside = [
            m
            for m in before
            if _ASIDE_OPEN.match(tagged, m.end()) and "," not in tagged[m.end() + 1 : match.start()]
        ]
        people = [int((aside or before)[-1 if aside else 0].group(2))] if before else []
        if not before and not tagged[: match.start()].strip():  # "After leaving C in 2019, X coached …"
            subject = _OPENER_SUBJECT.match(tagged, match.end())
            people = [int(subject.group(1))] if subject else []
    if rule.name == "former-clubs-role":  # "X, the former A and B coach" / "former A and B coach X"
        people = [int(gd[k]) for k in ("p", "p2") if gd.get(k)][:1]
    if not people and rule.club_side == "list":  # "X, who previously coached …"
        before = [
            int(m.group(2))
            for m in _TAG.finditer(tagged, 0, match.start())
            if m.group(1) == "P" and not tagged.startswith("'s", m.end())
        ]
        # "X replaced Y in 2016, having previously coached Z": the participle's subject is X
        # "X replaced Y in 2016 and led C to the title": the coordinated verb's subject is X too
        first = match.group(0).lower().startswith("having") or rule.name == "and-guided-to"
        people = before[:1] if first else before[-1:]
    if len(people) == 1 and rule.event == "in_charge":
        people = [_coordinated_subject(tagged, people[0], match)]
    if not people:
        return []
    if (
        rule.name == "played-under"
        and _DESCRIBED_ONLY.match(mentions[people[0]].text)
        and not _NAMED_BY_ORIGIN.match(mentions[people[0]].text)
    ):
        return []  # "under the new manager": whoever that is, the words do not say
    if rule.name in ("active-appointed", "confirm-as") and _AS_CANDIDATES.match(tagged, match.end()):
        return []  # "named A, B and C as possible candidates": a shortlist, not an appointment
    opens_on_subject = gd.get("p") and match.start() == match.start("p") - 2
    if opens_on_subject and not _SINGLE_APPOSITION.match(tagged, match.start()):  # others in its subject
        others = _list_subject(tagged, match.start()) or _coordinated(tagged, match.start(), mentions)
        people = others + people
    elif rule.name in _OBJECT_LIST_RULES and gd.get("p") and match.end() == match.end("p") + 1:
        people = people + _coordinated_objects(tagged, match.end())
    elif (
        rule.name == "in-talks" and not gd.get("p2") and (more := _AND_AFTER_ASIDE.match(tagged, match.end()))
    ):
        people = [*people, int(more.group(1))]
    if rule.event in _REAL_EVENTS:
        also = _AS_DID.match(tagged, match.end())
        people = [*people, int(also.group(1))] if also else people
    if rule.event in _REAL_EVENTS and _unreal(tagged, match):
        return []  # "If C sack X, …", "Will C sack X?", "C have denied that X has been sacked"
    window = tagged[max(0, match.start() - 25) : match.end()]
    if (
        NEGATION.search(window)
        and rule.event not in ("offer_declined", "dismissed")
        and rule.name not in _NEGATED
    ):
        return []
    out: list[Fact] = []
    if (
        rule.name == "who-coached"
        and re.match(r"who\s+(?:led|guided)\b", match.group(0), re.IGNORECASE)
        and _REPLACED_BEFORE.search(tagged, max(0, match.start() - 60), match.start())
    ):
        return []  # "takes over from Y, who led the B team to …": the post itself, restated
    if (
        rule.name == "guided-to"
        and re.match(r"«P\d+»\s*,\s*who\b", match.group(0))
        and _REPLACED_PERSON_NEXT.search(tagged, max(0, match.start() - 30), match.start())
    ):
        return []  # "replacing Y, who guided the B team to …": the post being filled, restated
    if (
        rule.event == "in_charge"
        and rule.name in _CAREER_FEAT_RULES
        and _player_after(tagged, match.end(), mentions)
    ):
        return []  # "with whom he won the title as a player": a player's career
    if rule.club_side == "list":
        if _youth_staff_title(match, mentions):
            return []
        return _list_facts(rule, match, tagged, mentions, squad_of, ctx, i, people[0])
    for n, idx in enumerate(people):
        person = mentions[idx]
        if person.kind != "P":
            continue
        event, weak = _event_for(rule, n, match, tagged)
        if event is None:
            continue
        person_pos = tagged.find(f"«P{idx}»")
        club, squad, explicit = _club_for(rule, match, tagged, mentions, squad_of, ctx, person_pos)
        if (
            squad in ("first_team", "national")
            and rule.club_side != "possessive"
            and rule.name not in _RUMOUR_LIST_RULES
        ):  # "… as head coach of their women's team" (after a list of names: the last one's own post)
            post = _POST_SQUAD.match(tagged, match.end())
            if post:
                s_club, s_squad = squad_of.get(int(post.group(1)), (None, "first_team"))
                if s_club in (None, club) and (squad == "first_team" or s_squad.startswith("national")):
                    squad = _national(s_squad, ctx.club_kinds.get(club or "", "club"))
        if (
            rule.name in _STAND_IN_RULES and "women" not in squad
        ):  # "led by X, coach of the Reserve": first team
            squad = _national("first_team", ctx.club_kinds.get(club or "", "club"))
        if rule.name == "joins-from-appointed" and "women" not in squad:  # the club in view's first team
            squad = _national("first_team", ctx.club_kinds.get(club or "", "club"))
        if rule.name == "not-renew-contract" and not explicit and "women" not in squad:
            # "decided not to renew the contract of X": no squad named, the senior coach's deal is the news
            squad = _national("first_team", ctx.club_kinds.get(club or "", "club"))
        if rule.name == "youth-spell" and squad in ("first_team", "national"):  # "running Ajax's academy"
            squad = _national("youth", ctx.club_kinds.get(club or "", "club"))
        # "promoted from the B team", "X, who was promoted last week": now the first team
        promoted = event == "appointed" and not explicit and _promoted_to_no_squad(tagged, match)
        if rule.name == "promoted-from-appointed" or promoted:
            squad = _national("first_team", ctx.club_kinds.get(club or "", "club"))
        if event in ("dismissed", "resigned"):
            squad = _squad_before_person(tagged, person_pos, squad_of) or squad
        if event == "dismissed" and _MUTUAL.search(tagged):
            event = "left"  # "by mutual consent": a parting, not a sacking
        if rule.needs_club and not explicit:
            continue
        replacing = None
        if event == "linked" and explicit and club:
            own = _DESCRIBED_WITH.search(tagged, max(0, person_pos - 40), person_pos)
            if own and squad_of.get(int(own.group(1)), (None,))[0] == club:
                # "Bologna coach X is expected to be Allegri's successor": not the job he holds
                club, squad, explicit = _with_topic(None, "first_team", ctx, explicit=False)
                explicit = False
        owner = _OWNER.search(match.group(0)) if event == "linked" and not explicit else None
        if owner and squad_of.get(int(owner.group(1)), (None,))[0]:  # "Leicester's top target"
            club, squad = squad_of[int(owner.group(1))]
            explicit = True
        if event == "linked" and not explicit:
            gone = _REPLACING.search(tagged, match.start(), match.end() + 40)
            replacing = mentions[int(gone.group(1) or gone.group(2))].name if gone else None
        if club is None and rule.event != "offer_declined" and replacing is None:
            continue
        if rule.name == "left-for" and club in {
            squad_of.get(int(k), (None,))[0] for k in _CLUB_TAG.findall(match.group(0))
        }:
            continue  # "X left for Y": Y is where he went, not the post he left
        if rule.name.startswith("leaves-role-as"):  # "leaves his role as assistant to …"
            role = _role(rule, match, tagged, event)
        elif rule.name in _STAFF_LIST_RULES:  # "his assistant X, first-team coach Y and goalkeeping coach Z"
            role = _staff_item_role(tagged, match.start(), person_pos)
        elif rule.name == "assisted-by":  # "…, with Z as goalkeeping coach"
            role = _role_after_as(tagged, person_pos)
        elif rule.event == "left" and rule.role == "caretaker":  # a stand-in's spell ends
            role = rule.role
        elif (event == "left" and rule.event != "left") or rule.event == "left":
            role = _apposition_role(tagged, person_pos)
        else:
            role = rule.role or _role(rule, match, tagged, event)
            if role == "head_coach" and event in ("appointed", "extended") and not rule.role:
                role = _apposition_role(tagged, person_pos)  # "Interim boss X took charge"
                if role == "assistant_coach" and rule.name == "takes-over":
                    role = "caretaker"  # "with assistant X taking over": he steps up, for now
        conf = 0.5 if event == "linked" and rule.event != "linked" else rule.confidence
        named_squads = {squad_of[int(k)][1] for k in _SQUAD_TAG.findall(match.group(0)) if int(k) in squad_of}
        if (
            role == "caretaker"
            and _youth_or_reserve(squad)
            and _own_post_squad(tagged, person_pos, squad_of, squad)
        ):
            # "X, the coach of Dortmund's under-19 team, has been in interim charge": that is his
            # own post; the interim charge is the senior side's
            squad = _national("first_team", ctx.club_kinds.get(club or "", "club"))
        out.append(
            Fact(
                person.name,
                club,
                squad or "first_team",
                role,
                event,
                conf,
                i,
                _trigger_at(match),
                weak=weak,
                trigger_end=match.end(),
                pluperfect=bool(_PLUPERFECT.search(match.group(0))),
                needs_support=_player_like(rule, match, tagged),
                squad_named=squad in named_squads,
                replacing=replacing,
                lasting=rule.name in _LASTING_RULES,
                achieved=rule.name in _ACHIEVEMENT_RULES,
                begins=rule.name in _BEGINNING_RULES,
                current_post=rule.name in ("club-role-person", "role-person", "staff-list")
                and not _NOT_CURRENT.search(tagged, max(0, match.start() - 12), match.end())
                and not _FORMER_BEFORE.search(tagged, max(0, match.start() - 45), match.start()),
            )
        )
        if (
            event in ("appointed", "in_charge")
            and out[-1].role == "caretaker"
            and _ASSISTANT_BEFORE.search(tagged, max(0, person_pos - 32), person_pos)
        ):  # "Assistant coach X will take charge": he is the assistant there too
            spell = copy.copy(out[-1])
            spell.role, spell.event, spell.date, spell.derived = "assistant_coach", "in_charge", None, True
            spell.no_date = True  # when his assistant's spell began is not told
            out.append(spell)
        if rule.name == "unit-coach" and match.group("gk"):
            out[-1].role = "goalkeeping_coach"  # "works with the goalkeepers"
        if rule.name == "player-coach" and re.match(r"\s+under\s+«P", tagged[match.end() :]):
            out[-1].role = "assistant_coach"  # "a player-coach under Cocu": on another man's staff
        if rule.name in (
            "years-at",
            "played-under",
            "tenure-ended-spell",
            "as-his-assistant",
        ):  # how long / the sentence's date, not when it began
            out[-1].no_date = True
        if rule.name == "promoted-from-assistant-spell":  # his spell as assistant began untold
            out[-1].derived = out[-1].no_date = True
        earlier = _EARLIER_SPELL.search(tagged, match.end()) if rule.name == "in-his-spell" else None
        if earlier:  # "in his second spell at the club, … after a first stint from 2014 to 2019": two spells
            spell = copy.copy(out[-1])
            spell.trigger, spell.trigger_end, spell.repeat = earlier.start(), earlier.end(), True
            out.append(spell)
        if rule.name == "will-stay":
            spurned = _SPECULATION.search(tagged, match.end())
            out[-1].stay_at, out[-1].club = club, None
            if spurned:
                out[-1].spurned = tuple(
                    c
                    for k in _CLUB_TAG.findall(tagged[spurned.end() :])
                    if (c := squad_of.get(int(k), (None,))[0]) and c != club
                )
        if rule.name == "follow-him":  # "Rodgers' assistants A and B follow him to Leicester"
            followed = re.match(r"(?:\s+and\s+«P\d+»)?[^«]*«P(\d+)»", tagged[person_pos + len(f"«P{idx}»") :])
            name = mentions[int(followed.group(1))].name if followed else None
            subjects = {mentions[k].name for k in people}
            boss = re.search(
                r"«P(\d+)»'s?\s+(?:[\w\-]+\s+){0,2}(?:assistants?|staff|coaches)\s+$", tagged[: match.start()]
            )
            if boss and (name is None or name in subjects):  # "Reid's assistants A and B follow him"
                name = mentions[int(boss.group(1))].name
            out[-1].followed = name
        if rule.event == "offer_declined" and _TWICE.search(tagged, match.end(), match.end() + 20):
            out.append(
                Fact(
                    person.name,
                    club,
                    squad or "first_team",
                    role,
                    event,
                    conf,
                    i,
                    match.start(),
                    repeat=True,
                )
            )
    if (
        out
        and rule.name in ("turned-down", "gerund-declined")
        and (
            _OFFER_OBJECT.match(tagged, match.end())
            or re.search(r"\b(?:offer|approach|bid|proposal)s?\b", match.group(0))
            or _TURNED_CLUB_DOWN.search(match.group(0))
        )
    ):  # "rejected an approach": there was an offer to reject
        out[0].with_offer = True
    if out and rule.event in ("offer_declined", "offer", "linked") and out[0].club:
        out.extend(_coordinated_clubs(out[0], tagged, match, squad_of))
    if out and rule.event == "in_charge" and out[0].club:
        out.extend(_elliptic_spells(out[0], tagged, match, squad_of))
    if out and rule.event == "offer" and _BOTH_CLUBS.search(tagged, 0, match.end()):
        here = [squad_of.get(int(k), (None,))[0] for k in _CLUB_TAG.findall(tagged[: match.start()])]
        clubs = list(dict.fromkeys(c for c in here if c)) or list(dict.fromkeys(ctx.recent_clubs[-1:][0]))
        if len(clubs) >= 2:  # "Both clubs had approached him": each club named just before
            out = [copy.copy(out[0]) for _ in clubs]
            for f, club in zip(out, clubs, strict=True):
                f.club, f.squad = club, "first_team"
    return out


def _handed_object(match: re.Match[str], mentions: list[Mention], people: list[int]) -> list[int]:
    """'C brought X in as Y's coach and handed him the job': 'him' is X, the club's earlier object."""
    if not mentions[people[0]].pronoun:
        return people
    objects = [
        int(k) for k in re.findall(r"«P(\d+)»(?!['’]s)", match.group(0)[: match.start("p") - match.start()])
    ]
    return objects[:1] or people


# A descriptor standing for a person ("the new manager", "the Italian"), not a name or "him"
_DESCRIBED_ONLY = re.compile(r"(?:the|this|that|their|its|his|her)\s", re.IGNORECASE)
# "under the Englishman", "under the 45-year-old": the man the story is about, by nationality or age
_NAMED_BY_ORIGIN = re.compile(r"the\s+(?:\d{2}-year-old|[A-ZÀ-Þ][a-zà-ÿ]+)$")


# Wording that fits a player as well as a coach ("left for Chelsea", "in his second season at
# Forest", "now leads Uruguay"): such a fact stands only if the article shows him coaching.
_PLAYER_LIKE_RULES = frozenset(
    {
        "club-possessive-person",
        "guided-to",
        "club-whom-led",
        "lands-at",
        "who-had-been-at",
        "years-at",
        "returned-in",
        "who-joined",
        "ended-spell-at",  # "ended his spell at C": a player's too
        "arrived-after-spell",  # "joined A after three seasons at B": a player's move too
        "arrived-after-spell-left",
    }
)
_PLAYER_LIKE_UNLESS_ROLE = frozenset(
    {"signed-deal", "joined-club", "left-to-join", "club-considering", "returned-to"}
    | {"left-for", "left-for-club", "departure-for", "departure-for-club"}  # "left for C": a player too
    | {"brought-back", "arrived-at-club", "returned-to-lead"}  # "recalled X", "arrived at C": players too
    | {"before-leaving-for"}  # "…, before leaving for C": a player's move too
    # "won 20 of his 30 games", "kept us up": a player too, unless a coaching word is about
    | {"record-of-his-games", "kept-them-up", "won-in-his-nth-season", "in-his-nth-season-won"}
    | {"at-club-framed-person"}
)
# "the job became vacant when X left for C", "C had considered Y when X left": a coaching post falls free
_VACANCY = re.compile(
    r"\bvacan(?:cy|cies|t)\b|\b(?:job|post|position|hot\s+seat|dugout)\s+(?:open|empty|free|available)\b"
    r"|\b(?:considered|approached|interviewed|targeted|sounded\s+out)\s+«P\d+»[^.;«]{0,40}\bwhen\s+«P",
    re.IGNORECASE,
)
_COACHING_WORD = re.compile(r"\bin\s+charge\b|\b(?:coach(?:es|ed|ing)?|manag(?:es|ed|ing))\b", re.IGNORECASE)


_CAREER_FEAT_RULES = frozenset({"guided-to", "and-guided-to", "club-whom-led", "won-with"})


def _youth_staff_title(match: re.Match[str], mentions: list[Mention]) -> bool:
    """'worked as a U-19 coach at C': a youth post, not the club's first-team staff the list stands for."""
    idx = match.groupdict().get("staff_squad")
    return idx is not None and mentions[int(idx)].squad not in (None, "", "first_team")


def _player_after(tagged: str, end: int, mentions: list[Mention]) -> bool:
    """'… won the title as a player' right after the match, even when a tag (a descriptor read as a
    person: 'the title as a player') hides the words."""
    tail = re.split(r"[.;]", tagged[end : end + 90])[0]
    words = _TAG.sub(lambda t: mentions[int(t.group(2))].text, tail)
    return bool(_AS_PLAYER.search(words))


def _player_like(rule: Rule, match: re.Match[str], tagged: str) -> bool:
    """Whether a fact needs support: the person must be coaching staff elsewhere in the article."""
    if rule.name in _PLAYER_LIKE_RULES:
        return True
    if rule.name in _PLAYER_LIKE_UNLESS_ROLE:  # "returned to C, replacing Y": a coach's post
        return (
            not _ROLE_NEAR.search(tagged) and not _SUCCESSION.search(tagged) and not _VACANCY.search(tagged)
        )
    if rule.name == "in-his-nth-season":
        return not _ROLE_NEAR.search(tagged) and "charge" not in match.group(0)
    if rule.name in ("has-led-since", "will-coach"):  # "has led England", "will lead England": a captain too
        return bool(re.search(r"\bl(?:ed|ead)\b", match.group(0))) and not _ROLE_NEAR.search(tagged)
    if rule.name == "now-coaches":
        return not _COACHING_WORD.search(match.group(0))  # "now leads Uruguay"
    if rule.name == "possessive-club":
        return (
            not match.groupdict().get("team")
            and len(_COACHES_TEAMS.findall(tagged)) < 2
            and not _MATCH_OR_TABLE_BEFORE.search(tagged, max(0, match.start() - 40), match.start())
        )
    return False


# "the tie against X's C", "finishing second behind X's C", "three points clear of X's C": a side
# named by its coach in match and table talk
_MATCH_OR_TABLE_BEFORE = re.compile(
    r"\b(?:(?:tie|game|match|clash|fixture|final|draw|meeting)\s+(?:against|with)|against|beat|beating|"
    r"defeated|(?:lost|losing)\s+to|drew\s+with|face[sd]?|facing|hosts?|hosted|hosting|(?:trip|visit)\s+to|"
    r"behind|ahead\s+of|clear\s+of|level\s+with|above|below|runners-up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Rules whose words tell how a spell began ("joined C as a player-coach in January 2020", "became part
# of an interim team"): a date told with them is the spell's start.
_BEGINNING_RULES = frozenset({"player-coach", "interim-team"})


# Rules telling what a coach achieved in a spell ("guided C to the title"): a spell of its own,
# not a restatement of an appointment or sacking told in another clause of the sentence.
_ACHIEVEMENT_RULES = frozenset(
    {"guided-to", "and-guided-to", "won-with", "won-again-with", "possessive-club", "played-under"}
)


# "…, Hayes, who left to take charge of …": the relative clause's own subject
# "… when «P» left to take charge of C": the clause's own subject, right before its verb
_CLAUSE_SUBJECT = re.compile(r"\b(?:when|after|as|once|before|and)\s+«P(\d+)»\s+(?:had\s+|has\s+|then\s+)?$")
_WHO_BEFORE = re.compile(r"«P(\d+)»\s*,?\s+who\s+(?:had\s+|has\s+|then\s+)?$")
_REPLACED_BEFORE = re.compile(
    r"\b(?:from|replac\w*|succeed\w*|successor\s+to)\s+«P\d+»\s*,\s*$", re.IGNORECASE
)
_REPLACED_PERSON_NEXT = re.compile(r"\b(?:from|replac\w*|succeed\w*|successor\s+to)\s+$", re.IGNORECASE)
_ASSISTANT_BEFORE = re.compile(
    r"(?<![\w-])(?<!former\s)(?:assistant(?:\s+(?:coach|manager|head\s+coach))?|first[\s-]team\s+coach)\s+$",
    re.IGNORECASE,
)
# what a coach turns down that was put to him: "an offer", "Bayern's approach", "the invitation"
_OFFER_OBJECT = re.compile(
    r"\s+(?:an?|the|their|its|his|her|«C\d+»['’]s?)\s+(?:[\w\-]+\s+){0,2}?(?:offer|approach|bid|proposal|"
    r"invitation)\b",
    re.IGNORECASE,
)
# "X turned Bayern down": the club he turned down had come to him
_TURNED_CLUB_DOWN = re.compile(r"\bturn(?:ed|s|ing)?\s+«C\d+»\s+down\b", re.IGNORECASE)
_OWNER = re.compile(r"«C(\d+)»['’]s?\s+(?:\w+\s+)?(?:shortlist|target|choice|priority|favourite|candidate)")
_AND_CLUB = re.compile(r"(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+)(?:the\s+)?«C(\d+)»")


def _coordinated_clubs(
    f: Fact, tagged: str, match: re.Match[str], squad_of: dict[int, tuple[str | None, str]]
) -> list[Fact]:
    """'turned down Chelsea and Manchester United': the same fact for each club listed."""
    tag = next(
        (
            m
            for m in _TAG.finditer(tagged, match.start())
            if m.group(1) == "C" and squad_of.get(int(m.group(2)), (None,))[0] == f.club
        ),
        None,
    )
    if tag is None or tag.start() > match.end() + 40:
        return []
    out, pos = [], tag.end()
    while m := _AND_CLUB.match(tagged, pos):
        club, squad = squad_of.get(int(m.group(1)), (None, "first_team"))
        if club and club != f.club:
            g = copy.copy(f)
            g.club, g.squad = club, squad
            out.append(g)
        pos = m.end()
    return out


# "in charge of Leeds between 2018 and 2022, and of Athletic Club from 2011 to 2013": the verb understood
_ELLIPTIC_SPELL = re.compile(
    r"(?:\s+(?:between|from|in|since|until)\s+[^,;.«]{1,30})?,?\s+and\s+(?:also\s+|later\s+|earlier\s+)?"
    r"(?:of|at|with)\s+(?:the\s+)?«C(\d+)»"
)


def _elliptic_spells(
    f: Fact, tagged: str, match: re.Match[str], squad_of: dict[int, tuple[str | None, str]]
) -> list[Fact]:
    """A further spell told by ', and of C …' after the club of the fact; its own dates follow it."""
    tag = next((m for m in _TAG.finditer(tagged, match.start(), match.end() + 40) if m.group(1) == "C"), None)
    if tag is None or squad_of.get(int(tag.group(2)), (None,))[0] != f.club:
        return []
    out, pos = [], tag.end()
    while m := _ELLIPTIC_SPELL.match(tagged, pos):
        club, squad = squad_of.get(int(m.group(1)), (None, "first_team"))
        if club and club != f.club:
            g = copy.copy(f)
            g.club, g.squad, g.trigger, g.trigger_end = club, squad, m.start(1) - 2, m.end()
            out.append(g)
        pos = m.end()
    return out


_BOTH_CLUBS = re.compile(r"\b(?:both|the\s+two|each\s+of\s+the)\s+(?:clubs|sides|teams)\b", re.IGNORECASE)
_SPECULATION = re.compile(
    r"\b(?:speculation|rumou?rs|talk|links|reports|suggestions)\b|\brather\s+than\b|\binstead\s+of\b",
    re.IGNORECASE,
)
_REPLACING = re.compile(
    r"\b(?:replace|replacing|succeed|succeeding|successor\s+to|take\s+over\s+from)\s+"
    r"(?:the\s+)?(?:(?:outgoing|departing|sacked|departed|former)\s+)?«P(\d+)»(?!'s?\s+«C)"
    r"|«P(\d+)»'s?\s+(?:\w+\s+)?(?:successor|replacement)\b",
    re.IGNORECASE,
)
_AS_CANDIDATES = re.compile(
    r"(?:[^.;:!?]){0,200}?\bas\s+(?:an?\s+|one\s+of\s+the\s+)?"
    r"(?:(?:possible|potential|likely|leading|early|the|main|other|top)\s+)*"
    r"(?:candidates?|contenders?|options?|favourites?|replacements|successors|front-?runners?)\b"
)
_POST_SQUAD = re.compile(
    r"(?:(?:[^«.;:!?]|«C\d+»(?:'s?)?){0,45}?\b(?:coach|manager|boss|charge|job|role|post|reins|helm))?"
    r"\s+(?:of|at|for|with)"
    r"\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:new\s+)?(?:«C\d+»(?:'s?)?\s+)?«S(\d+)»"
)
_AND_BEFORE = re.compile(r"«P(\d+)»(?:'s?)?\s+and\s+(?:[^«».,;:!?]|«[CS]\d+»){0,40}$")

_EARLIER_SPELL = re.compile(
    r"\b(?:a|his|her|the)\s+(?:first|previous|earlier|initial)\s+(?:spell|stint)\b[^«.;]{0,30}?"
    r"(?:from|between|in)\s+(?:19|20)\d\d",
    re.IGNORECASE,
)
_AND_BEFORE_ASIDE = re.compile(
    r"«P(\d+)»,\s+(?:[^«».,;:!?]|«[CS]\d+»){1,90},\s+and\s+(?:[^«».,;:!?]|«[CS]\d+»){0,40}$"
)
_PLURAL_VERB = re.compile(r"«P\d+»\s+(?:are|were|have)\b")


# An item of a staff list told as one plural subject: "goalkeeping coach «P4»",
# "«P0»'s son «P3», also an assistant,", "«S1» coach «P2»" (a squad's title: "first-team coach B")
_LIST_WORDS = r"(?:(?:[A-Za-z\-]+|«P\d+»'s?|«S\d+»)\s+){0,3}"
_STAFF_ITEM = _LIST_WORDS + r"«P\d+»(?!')(?:,\s+also\s+an?\s+[a-z\- ]{1,30},)?"
_LIST_BEFORE = re.compile(rf"(?:{_STAFF_ITEM}(?:\s*,\s*(?:and\s+)?|\s+and\s+))+{_LIST_WORDS}$")
# the subject, an aside about them all, then a plural verb: "…, and coach «P4», have also left"
_PLURAL_AFTER = re.compile(r"«P\d+»(?:,[^,«]{1,90},)?,?\s+(?:are|were|have|will\s+also)\b")


def _list_subject(tagged: str, start: int) -> list[int]:
    """'Assistants A, B and C, and goalkeeping coach D, have also left': A, B and C with D."""
    if not _PLURAL_AFTER.match(tagged, start):
        return []
    m = _LIST_BEFORE.search(tagged, max(0, start - 200), start)
    if m is None:
        return []
    return [int(k) for k in re.findall(r"«P(\d+)»(?!')", m.group(0))]


def _coordinated(tagged: str, start: int, mentions: list[Mention]) -> list[int]:
    """'Former Swansea boss Cooper and ex-Watford manager Edwards are among …': Cooper too."""
    m = _AND_BEFORE.search(tagged, max(0, start - 80), start)
    if m is None and _PLURAL_VERB.match(tagged, start):  # "A, out of work since May, and B are mentioned"
        m = _AND_BEFORE_ASIDE.search(tagged, max(0, start - 150), start)
    reflexive = m is not None and _REFLEXIVE.fullmatch(mentions[int(m.group(1))].text)
    if reflexive and not _AFTER_PERSON.search(tagged, 0, m.start()):
        return []  # "X will sit on the bench himself and Y returns to …": the clause before ends on X
    return [int(m.group(1))] if m else []


_REFLEXIVE = re.compile(r"(?:him|her)self", re.IGNORECASE)
_AFTER_PERSON = re.compile(r"«P\d+»\s*$")


# Rules ending on their object, which may be a list: "terminated the contracts of A and B"
# a staff title before a name ("physical trainer X"), and the company it may be listed in
_TITLE_RULES = frozenset({"fitness-title-person", "aide-title-person"})
_IN_COMPANY = re.compile(
    r"\b(?:together\s+with|along\s+with|accompanied\s+by|alongside|as\s+well\s+as)\b[^.;:]*$", re.IGNORECASE
)
_OBJECT_LIST_RULES = frozenset(
    {"terminate-contract", "active-sacked", "staff-renewed", "fitness-title-person", "aide-title-person"}
)
_AND_AFTER = re.compile(
    r"((?:\s*,\s*«P\d+»)*)\s*,?\s+and\s+(?:(?:his|her|their)\s+)?(?:(?:assistant|head|first-team|goalkeeping|fitness)\s+)?"
    r"(?:coach\s+|manager\s+)?«P(\d+)»(?!'s?\b)(?!\s+(?:was|were|is|has|had|will|took|takes))"
)


# "talks with A, who was sacked by C in March, and B, …": the second man, after the first one's aside
_AND_AFTER_ASIDE = re.compile(
    r"\s*,\s+(?:who|whom|the|a|an)\b(?:[^«.;:]|«[CS]\d+»){0,100}?,\s+and\s+«P(\d+)»(?!['’]s?\b)",
    re.IGNORECASE,
)


def _coordinated_objects(tagged: str, end: int) -> list[int]:
    """'… of Cromwell and Greene', '… sacked A, B and C': the others in the list."""
    m = _AND_AFTER.match(tagged, end)
    if m is None:
        return []
    return [int(k) for k in _PERSON_TAG.findall(m.group(1))] + [int(m.group(2))]


# Rules whose pattern holds its own negation ("X will not continue"): the negation is the fact.
_NEGATED = frozenset(
    {"will-not-continue", "no-longer-coach", "not-renew-contract"}
)  # rules whose own words are the negation


_HEDGE_BEFORE_PERSON = frozenset({"club-agreed-deal"})


def _trigger_at(match: re.Match[str]) -> int:
    """Where the fact's verb is: a rule's `t` group ("X, who …, left C and was named …"), else the match."""
    return match.start("t") if "t" in match.re.groupindex and match.group("t") else match.start()


# "X will be the new coach of C, according to several media", "reports in Spain claim …": what the
# press says is a rumour, not an appointment ("according to the club" is no rumour)
_MEDIA_SAY = re.compile(
    r"\baccording\s+to\s+(?:(?:several|multiple|various|local|national|some|the|[A-Z][a-z]+)\s+){0,2}"
    r"(?:media|medias|press|reports?|sources?|newspapers?|outlets?)\b"
    r"|\b(?:[Rr]eports?|[Ss]ources|[Mm]edia(?:\s+outlets)?|[Oo]utlets)\s+(?:in\s+(?:the\s+)?(?:[A-Z]\w+|«C\d+»)\s+)?"
    r"(?:say|says|said|reported|claim\w*|suggest\w*|indicate\w*|point\w*)\b"
)


# "C had considered Y in the summer, when X left for D": the hedge of the main clause is not the when-clause's
_WHEN_CLAUSE = re.compile(r",\s+when\s+")


def _after_when_clause(window: str, start: int) -> str:
    """The hedge window from the last ', when ' opening before the match start (all of it if none)."""
    opens = [m.end() for m in _WHEN_CLAUSE.finditer(window, 0, start)]
    return window[opens[-1] :] if opens else window


# "C assigned / tasked / entrusted X to lead the team": the club's decision told, no headline future
_ASSIGNED_TO_LEAD = re.compile(
    r"\b(?:assign|appoint|task|entrust|designat|charg)(?:ed|s)\s+(?:[^«.;,]|«[CS]\d+»){0,40}?«P\d+»\s+"
    r"(?:with\s+(?:the\s+)?(?:task|mission|job)\s+of\s+)?(?=to\s+(?:lead|direct|coach|manage|take\s+charge)\b)",
    re.IGNORECASE,
)


def _event_for(rule: Rule, n: int, match: re.Match[str], tagged: str) -> tuple[str | None, bool]:
    """The event for the n-th person of a match ('A replaces B': B left), and if hedged."""
    event = rule.event
    hedged = False
    if event == "appointed":
        # "agreed a deal with X to become their coach": "X to become" is no headline future there
        upto = match.start("p") if rule.name in _HEDGE_BEFORE_PERSON else match.end()
        window = _after_when_clause(
            tagged[max(0, match.start() - 60) : upto], match.start() - max(0, match.start() - 60)
        )
        window = _ASSIGNED_TO_LEAD.sub("", window)
        hedged = bool(HEDGE.search(window) or _MEDIA_SAY.search(tagged))
    if rule.name in ("replaces", "replaced-by", "arrived-to-replace", "arrived-in-place-of") and n == 1:
        return ("in_charge", True) if hedged else ("left", False)
    if rule.name == "replaced-by" and n == 0:
        event = "appointed"
    if hedged:
        return "linked", False
    return event, False


_ROLE_FROM_TRIGGER = frozenset({"club-handed-him-job"})
# where the words after a match stop telling its role: another man, another clause (", ending the interim")
_ROLE_WINDOW_END = re.compile(
    r"«P\d+»|,\s+(?:and|but|while|after|before|with|ending|ended|putting\s+an\s+end)\b|;", re.IGNORECASE
)


def _ends_on_second_person(match: re.Match[str]) -> bool:
    """'X arrived … to succeed Y, who had led the team in interim': the words after the match are Y's."""
    ends_on_p2 = (
        "p2" in match.re.groupindex and match.group("p2") is not None and match.end("p2") + 1 == match.end()
    )
    return ends_on_p2 and match.string.startswith(", who", match.end())


def _role(rule: Rule, match: re.Match[str], tagged: str, event: str) -> str:
    # "C brought X in as Y's assistant and (t:)handed him the top job": the words of the trigger's clause
    told = (
        match.group(0)[_trigger_at(match) - match.start() :]
        if rule.name in _ROLE_FROM_TRIGGER
        else match.group(0)
    )
    text = _FORMER_APPOSITION.sub("", told)  # "X, a former Wales assistant, was named head coach"
    text = _AIDE_CLAUSE.sub("", text)  # "X, who had been Wagner's assistant at Norwich, took over"
    if event != "in_charge" and not _ends_on_second_person(match):
        after = tagged[match.end() : min(len(tagged), match.end() + 45)]
        cut = _ROLE_WINDOW_END.search(after)  # "sacked X on Sunday, and Y was named caretaker": Y's role
        text = text + (after[: cut.start()] if cut else after)
    for regex, role in ROLE_WORDS:
        if regex.search(text):
            return role
    if event == "appointed" and _UNTIL_SUCCESSOR.search(tagged, 0, match.start()):
        return "caretaker"
    return "head_coach"


# "Until a new head coach is appointed, X will take charge": a stand-in, told before the man
_UNTIL_SUCCESSOR = re.compile(
    r"\buntil\s+(?:a|the|their|its)\s+(?:new|permanent|full-time)\s+(?:head\s+)?(?:coach|manager|boss|trainer|"
    r"replacement|successor)\s+(?:is|has\s+been|can\s+be)\s+(?:appointed|named|found|hired|recruited|in\s+place)\b",
    re.IGNORECASE,
)


_ROLE_NEAR = re.compile(
    r"\b(?:manager|(?:co-)?coach(?:es)?|boss|head\s+coach|tactician|gaffer)\b", re.IGNORECASE
)
# "replacing Y", "in place of Y", "in charge": the sentence is about a coaching post
_SUCCESSION = re.compile(
    r"\b(?:replacing|succeeding|in\s+place\s+of)\s+«P\d+»|\bin\s+charge\b", re.IGNORECASE
)
_MUTUAL = re.compile(r"\bmutual(?:ly)?\s+(?:consent|agreement|agreed)|\bby\s+mutual\b", re.IGNORECASE)


# "X, who was promoted last week": a promotion that names no squad is to the senior side
_PROMOTED_WORD = re.compile(r"\bpromoted\b", re.IGNORECASE)
_PROMOTED = re.compile(r"\bpromoted\b(?![^.;:«]{0,40}«S)", re.IGNORECASE)


def _promoted_to_no_squad(tagged: str, match: re.Match[str]) -> bool:
    """The appointment is a promotion and no squad is named in it or just after ('promoted to the U21s')."""
    found = _PROMOTED_WORD.search(match.group(0))
    if found is None or "«S" in match.group(0):
        return False
    return bool(_PROMOTED.match(tagged, match.start() + found.start()))


_SQUAD_COACH_BEFORE = re.compile(r"«S(\d+)»\s+(?:team\s+)?(?:head\s+)?(?:coach|manager|boss),?\s+$")
_SQUAD_BEFORE = re.compile(r"«S(\d+)»\s+$")


def _squad_before_person(
    tagged: str, person_pos: int, squad_of: dict[int, tuple[str | None, str]]
) -> str | None:
    """'sacked B-team coach Eusebio', 'parts company with women's national coach X' (the role word
    is part of the squad phrase): the squad of the post he held."""
    before = tagged[max(0, person_pos - 40) : person_pos]
    m = _SQUAD_COACH_BEFORE.search(before)
    if m:
        return squad_of[int(m.group(1))][1]
    m = _SQUAD_BEFORE.search(before)
    squad = squad_of[int(m.group(1))][1] if m else None
    return squad if squad and squad.startswith("national") else None


_AIDE_CLAUSE = re.compile(r",\s+who\s+(?:had\s+been|has\s+been|was)\s+«P\d+»'s?\s+[^,]{0,60},", re.IGNORECASE)
_ANOTHER_MANS_AIDE = re.compile(
    r"who\s+(?:had\s+been|has\s+been|was)\s+«P\d+»'s?\s+(?:[\w\-]+\s+)?(?:assistant|number\s+two)",
    re.IGNORECASE,
)


_NEXT_LIST_ITEM = re.compile(r"«P\d+»(?!['’])")
_APPOSITION_AFTER = re.compile(r"«P\d+»,\s*([^,.;]{0,50})")
_APPOSITION_BEFORE = re.compile(r"([^«».,;]{0,30})$")
_A_FORMER = re.compile(r"(?:a|an|the)\s+(?:former|ex-?)\b", re.IGNORECASE)


def _apposition_role(tagged: str, person_pos: int) -> str:
    """'Voro, Valencia's serial caretaker manager', 'Goalkeeping coach X' → that role."""
    after = _APPOSITION_AFTER.match(tagged[person_pos:])
    if after and _NEXT_LIST_ITEM.search(after.group(1)):
        after = None  # "A, first-team coach B and …": B's title, the next item of a list
    # a match starts at most 31 characters back ($ also matches before a final newline)
    before = _APPOSITION_BEFORE.search(tagged[max(0, person_pos - 31) : max(0, person_pos)])
    former_before = bool(_FORMER_BEFORE.search(tagged, max(0, person_pos - 45), person_pos))
    for text in (after.group(1) if after else "", "" if former_before else before.group(1) if before else ""):
        if _A_FORMER.match(text):
            continue  # "X, a former Wales assistant coach, was named head coach": a past role
        if _ANOTHER_MANS_AIDE.match(text):
            continue  # "X, who has been Lund's assistant at Brentford, …": his post till now
        for regex, role in ROLE_WORDS:
            if regex.search(text):
                return role
    return "head_coach"


# Spells listed in words a player's career is told in too ("had spells at A and B")
_SPELL_LIST_RULES = frozenset(
    {"had-spell", "and-had-spell", "who-had-spells", "career-taken-to", "whose-clubs-include"}
)


_LED_AT_END = re.compile(r"\b(?:led|guided)\s*$")
_STAND_IN_POST = re.compile(r"\b(?:caretaker|interim|temporary)\s+(?:charge|basis|manager|coach|boss)")
_THE_CLUB_NEXT = re.compile(r"\s*(?:previously\s+|also\s+)?the\s+(?:club|team|side)\b")


def _squad_follows(items: list[re.Match[str]], k: int) -> bool:
    """Whether list item k ("C's") is the owner of the squad item right after it ("national team")."""
    return k + 1 < len(items) and items[k + 1].group(1) == "S" and items[k + 1].start() == items[k].end()


def _list_facts(
    rule: Rule,
    match: re.Match[str],
    tagged: str,
    mentions: list[Mention],
    squad_of: dict[int, tuple[str | None, str]],
    ctx: Context,
    i: int,
    person_idx: int,
) -> list[Fact]:
    """'has managed Zaragoza, Tenerife and Elche': one in_charge per club (or squad) listed."""
    out = []
    pos = match.end()
    person = mentions[person_idx]
    # "led"/"guided" also describe captains and strikers: keep only for people coaching elsewhere
    player_like = (
        rule.name in _SPELL_LIST_RULES or bool(_LED_AT_END.search(match.group(0)))
    ) and not _STAND_IN_POST.search(tagged)
    if player_like and rule.name in _SPELL_LIST_RULES:
        if _AS_PLAYER.search(tagged, match.end()):
            return []  # "who had spells at A and B as a player"
        # "a well-travelled coach who has had spells at …", "whose coaching career has taken him to …"
        player_like = not _ROLE_NEAR.search(tagged, max(0, match.start() - 30), match.end())
    player_like = player_like or (rule.name in _ACHIEVEMENT_RULES and not _ROLE_NEAR.search(tagged))
    achieved = rule.name in _ACHIEVEMENT_RULES
    in_view = ctx.club_in_view()  # "C continues with X, who has led the team since 2022": C
    if _THE_CLUB_NEXT.match(tagged, pos) and in_view:
        kind = ctx.club_kinds.get(in_view, "club")  # "who previously led the club"
        return [
            Fact(
                person.name,
                in_view,
                _national("first_team", kind),
                "head_coach",
                rule.event,
                rule.confidence,
                i,
                match.start(),
                needs_support=player_like,
            )
        ]
    gap = re.match(
        r"(?:\s*(?:previously|at|the|both|lower\s+division|,?\s*among\s+(?:the\s+)?others,?|(?:[\w-]+\s+){0,2}(?:club|side|"
        r"outfit|team))\b)*",
        tagged[pos:],
    )
    pos += gap.end() if gap else 0
    counted = _COUNTED_CLUBS.match(tagged, pos)
    pos = counted.end() if counted else pos
    items = []
    of_squad, owners_at = None, len(tagged)
    while True:
        m = _LIST_ITEM.match(tagged, pos)
        if not m and items:  # "AC Milan, Napoli, whom he led to the Coppa Italia in 2020, Valencia and …"
            aside = _LIST_ASIDE.match(tagged, pos) or _LIST_UNKNOWN.match(tagged, pos)
            m = _LIST_ITEM.match(tagged, aside.end()) if aside else None
        if not m:
            break
        items.append(m)
        pos = m.end()
        if _CLUBS_WORD.search(m.group(0)):  # "the national teams of A and B as well as French clubs C and D"
            of_squad, owners_at = None, len(tagged)
        owners = _SQUAD_OWNERS.match(tagged, pos) if m.group(1) == "S" else None
        if owners:  # "the national teams of A and B": A is the squad item itself, B goes on the list
            pos, owners_at = owners.end(), owners.start()
            of_squad = mentions[int(m.group(2))].squad
    pos = items[0].start() if items else pos
    # "C's national team": the squad item names the club's spell
    items = [m for k, m in enumerate(items) if not (m.group(0).endswith("'s") and _squad_follows(items, k))]
    dated = [bool(_ITEM_DATE.match(tagged, m.end())) for m in items]
    own_date = len(items) > 1 and all(dated)  # each club its own year: date each from the words after it
    for n, m in enumerate(items):
        idx = int(m.group(2))
        club, squad = squad_of.get(idx, (None, "first_team"))
        if of_squad and m.group(1) == "C" and m.start() > owners_at and squad in ("first_team", "national"):
            # "the youth sides of A and B": the squad is each owner's
            squad = _national(of_squad, ctx.club_kinds.get(club or "", "club"))
        club, squad, _ = _with_topic(club, squad, ctx, explicit=True)
        if club:
            out.append(
                Fact(
                    person.name,
                    club,
                    squad,
                    rule.role or "head_coach",
                    rule.event,
                    rule.confidence,
                    i,
                    match.start(),
                    needs_support=player_like,
                    no_date=any(dated) and not dated[n],
                    achieved=achieved,
                    trigger_end=m.end() if achieved else -1,
                )
            )
            if own_date and not achieved:
                out[-1].trigger, out[-1].begins = m.end(), True
    return out


def _focus_fact(rule: Rule, match: re.Match[str], tagged: str, ctx: Context, i: int) -> list[Fact]:
    if ctx.focus is None or ctx.people.is_executive(ctx.focus):
        return []
    return [
        Fact(
            ctx.focus,
            None,
            "first_team",
            "head_coach",
            rule.event,
            rule.confidence,
            i,
            match.start(),
        )
    ]


def _respective(
    tagged: str,
    mentions: list[Mention],
    squad_of: dict[int, tuple[str | None, str]],
    ctx: Context,
    i: int,
) -> list[Fact]:
    """'approached Reading and Brighton … respective managers McDermott and Poyet'."""
    out = []
    for m in _RESPECTIVE.finditer(tagged):
        clubs = [int(x) for x in _CLUB_TAG.findall(m.group(1))]
        people = [int(x) for x in _PERSON_TAG.findall(m.group(2))]
        if len(clubs) != len(people):
            continue
        for c, p in zip(clubs, people, strict=True):
            club, squad = squad_of[c]
            out.append(Fact(mentions[p].name, club, squad, "head_coach", "in_charge", 0.7, i, m.start()))
    return out


# --- dates ---------------------------------------------------------------------------------


_NEWS_EVENTS = ("appointed", "dismissed", "resigned", "extended")
_WHO_LEFT_FOR = re.compile(
    r"«P\d+»\s*,\s*who\s+(?:has\s+|had\s+)?(?:since\s+)?(?:(?:left|departed|quit)\s+for|joined)\b"
)
# A live blog's or wire flash's news line ("BREAKING: Chelsea have sacked X"): today's news too.
_BREAKING = re.compile(r"\s*(?:BREAKING|JUST\s+IN|CONFIRMED|OFFICIAL|UPDATE|LATEST)\b", re.IGNORECASE)
# A change told in the present perfect, the present or (for a stand-in) the future, in the fact's
# own clause: "has left the club", "is also leaving", "leaves along with him", "will take charge of
# Monday's game". News tells what happens now so; the past tense with no date tells nothing.
_NOW_VERB = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|now\s+|just\s+){0,2}(?:been\s+)?(?:appointed|named|hired|"
    r"confirmed|installed|sacked|dismissed|fired|axed|relieved|stepped\s+down|resigned|quit|left|departed|"
    r"parted\s+(?:company|ways)|extended|signed)\b"
    r"|\b(?:is|are)\s+(?:also\s+)?(?:leaving|departing|quitting|stepping\s+down)\b"
    r"|\b(?:also\s+)?(?:leaves|quits|departs)\b|\bleave\s+(?:along\s+)?with\s+him\b",
    re.IGNORECASE,
)
_STAND_IN_FUTURE = re.compile(
    r"\bwill\s+(?:now\s+)?(?:take\s+(?:(?:temporary|interim|joint|caretaker)\s+)?(?:charge|control)|"
    r"lead|oversee|step\s+in|be\s+in\s+(?:temporary\s+|interim\s+)?charge)\b",
    re.IGNORECASE,
)
# Staff told going with the head coach: "his assistant also leaves", "… were dismissed too".
_ALONGSIDE = re.compile(r"\b(?:also|too|as\s+well|along\s+with\s+(?:him|her)|with\s+(?:him|her))\b")
_PAST_MARK = re.compile(r"\b(?:had|was|were|did)\b|,\s*(?:who|whom|which)\b", re.IGNORECASE)


def _told_as_news(f: Fact, i: int, sentence: str, tagged: str) -> bool:
    """Whether an undated change is today's news: the lead's "X have appointed Y" (or a flash's),
    or a change whose own verb is in the present perfect, present or a stand-in's future."""
    if _WHO_LEFT_FOR.match(tagged, f.trigger):  # "replacing X, who has left for C": earlier
        return False
    if (i <= 2 or _BREAKING.match(sentence)) and f.event in _NEWS_EVENTS and _JUST_HAPPENED.search(tagged):
        return True
    if f.event not in _CHANGE_EVENTS or f.pluperfect:
        return False
    start = max(0, f.trigger - 45)
    own = tagged[start : max(f.trigger_end, f.trigger + 1)]
    if _PAST_MARK.search(own):
        return False
    if f.event == "appointed" and _STAND_IN_FUTURE.search(own):
        return True
    return bool(_NOW_VERB.search(own))


_JUST_HAPPENED = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:been\s+)?(?:appointed|named|hired|confirmed|unveiled|installed|sacked|"
    r"dismissed|fired|stepped\s+down|resigned|quit|parted\s+(?:company|ways)|extended|"
    r"signed\s+(?:a\s+)?(?:new|fresh)(?:\s+[\w\-]+){0,2}\s+(?:contract|deal))\b"
    r"|«P\d+»\s+is\s+(?:the\s+)?(?:«C\d+»'s?\s+)?new\s+(?:«C\d+»\s+)?(?:head\s+)?(?:coach|manager|boss)\b",
    re.IGNORECASE,
)


# ", despite the coach having agreed to stay a month ago": a concession dates its own clause
_ASIDE = re.compile(
    r",\s*(?:who|whom|which|where|having|despite|although|though|even\s+though|"
    r"(?:\w+ly\s+)?(?:sacked|dismissed|fired|axed|ousted|appointed|hired|installed|prised|lured|poached)"
    r")\b[^,;.]*",  # "X, sacked by Leeds in February 2023, was named …": the aside's own date
    re.IGNORECASE,
)
# A relative clause with the list of clubs it may name ("…, who managed A, B and C, …").
_RELATIVE = re.compile(r",\s*(?:who|whom|which|where|having)\b(?:[^,;.]|,\s*(?=[A-Z«]|and\b))*")


def _people_at(tagged: str, mentions: list[Mention], offsets: list[int]) -> list[tuple[int, str]]:
    """Where each person is named in the sentence, and who."""
    return [
        (offsets[min(m.start(), len(offsets) - 1)], mentions[int(m.group(2))].name)
        for m in _TAG.finditer(tagged)
        if m.group(1) == "P"
    ]


def _date_fact(
    fact: Fact,
    dates: list[DateMention],
    offsets: list[int],
    sentence: str,
    ref: date | None,
    people: list[tuple[int, str]] = (),
) -> None:
    trigger = offsets[min(fact.trigger, len(offsets) - 1)]
    if fact.event == "in_charge" and _SINCE_PRIOR.search(sentence, trigger):
        fact.since_prior = True
    if not dates or fact.no_date:
        return
    if fact.event == "in_charge":  # "in interim charge since X resigned in August": the spell's start
        dates = [_since_clause_date(d, sentence) for d in dates]
    wanted = ("since",) if fact.event == "in_charge" and not fact.begins else ("since", "point")
    wanted = wanted if fact.event == "in_charge" else ("point",)
    if fact.event == "left":
        wanted = ("until", "point")
    if fact.event == "in_charge":
        # an end still to come ("a contract until the summer of 2026") is a term, not a departure
        fact.until = next((d for d in dates if d.kind == "until" and (ref is None or d.value <= ref)), None)
    if fact.event in _CHANGE_EVENTS:  # "until October 2011, when he was sacked": the when-clause's date
        dates = [_when_clause_date(d, sentence, trigger) for d in dates]
    if fact.event in _CHANGE_EVENTS or fact.event == "in_charge":  # "has stepped down, five days after …"
        dates = [d for d in dates if not (d.start > trigger and _N_AFTER.fullmatch(sentence, d.start, d.end))]
    candidates = [d for d in dates if d.kind in wanted]
    # "X, who won it in 2014, arrives from Everton": 2014 is not the arrival; nor is "last year" in
    # "leaves Saudi Arabia, whom he led … last year"
    end = offsets[min(fact.trigger_end, len(offsets) - 1)] if fact.trigger_end >= 0 else trigger
    aside = [m.span() for m in _ASIDE.finditer(sentence)]
    candidates = [d for d in candidates if not any(a <= d.start < b and not a <= end <= b for a, b in aside)]
    own = [(a, b) for a, b in aside if a < end <= b and a > trigger]
    if own and fact.event != "in_charge":  # "replacing Ince, who was sacked in April": his clause's date
        candidates = [d for d in candidates if own[0][0] <= d.start < own[0][1]] or candidates
    if fact.event == "in_charge":  # "X, who managed A and B, leaves after a year": not the spells' dates
        inside = [(a, b) for a, b in (m.span() for m in _RELATIVE.finditer(sentence)) if a <= trigger < b]
        if inside:
            a, b = inside[0]
            candidates = [d for d in candidates if a <= d.start < b]
    if fact.event in ("offer", "offer_declined", "linked"):  # only a nearby, precise report date
        candidates = [
            d
            for d in candidates
            if (d.precision in ("day", "week") and abs(d.start - trigger) <= 80)
            or (d.precision == "month" and abs(d.start - trigger) <= 40)  # "rejected an approach in March"
            or (fact.pluperfect and 0 <= d.start - end <= 30)  # "had been linked with the job in 2018"
        ]
    if fact.event in _CHANGE_EVENTS and not _FUTURE_VERB.search(sentence, trigger, max(end, trigger + 1)):
        # "has been appointed and will be presented on Monday": Monday is not the appointment
        leaving = fact.event == "left"  # "will not continue when his contract expires on 31 July": that day
        ahead = [d for d in candidates if d.future and not (leaving and d.kind == "until")]
        candidates = [d for d in candidates if d not in ahead]
        perfect = _PERFECT_VERB.search(sentence, trigger, max(end, trigger + 1))
        # "have appointed X, filling the vacancy left when Y joined C in May": Y's date
        lead = _PERFECT_VERB.search(sentence, max(0, trigger - 15), max(end, trigger + 1))
        if lead:
            told = candidates
            candidates = [d for d in candidates if not _another_event_between(sentence, end, d, fact, people)]
            ahead = ahead or (told if not candidates else [])
        if ahead and not candidates and ref and (perfect or lead):
            fact.date = DateMention(trigger, trigger, ref, "day", "point")
            return
    if fact.event in ("appointed", "dismissed", "resigned", "left"):  # "… last week and have now appointed Y"
        kept = [d for d in candidates if not _perfect_clause_between(sentence, d.start, trigger)]
        if ref and candidates and not kept:
            fact.date = DateMention(trigger, trigger, ref, "day", "point")
            return
        candidates = kept
    if fact.event == "left" and any(d.kind == "until" for d in candidates):
        candidates = [d for d in candidates if d.kind == "until"]
    past = [d for d in candidates if ref is None or d.value <= ref]
    candidates = past or candidates  # "announced … as coach for next season": the announcement
    if fact.event == "in_charge" and len(candidates) > 1:  # "spent four years at C from 2017 to 2021": 2017
        stated = [d for d in candidates if _YEAR_IN.search(sentence, d.start, d.end)]
        if stated and len(stated) < len(candidates):
            candidates = [
                d for d in candidates if d in stated or not _SPAN_ONLY.search(sentence, d.start, d.end)
            ]
    if fact.event == "in_charge" and not candidates:  # "was caretaker coach of C in 2011": the spell's year
        candidates = [d for d in dates if _own_clause_point(sentence, trigger, end, d)]
    if candidates:
        fact.date = min(candidates, key=lambda d: _date_distance(d, trigger, sentence))
    if fact.event == "in_charge" and fact.date and fact.date.kind == "since":
        fact.spell_tense = _spell_tense(sentence, trigger, fact.date.start)


# "had been in charge since", "whom he has managed since", "had led the U-20 team since": the
# auxiliary of a spell's verb told before the 'since' date that starts it
_SPELL_SINCE_VERB = re.compile(
    r"\b(had|has|have)\s+(?:\w+ly\s+|also\s+)?(?:been\s+(?!out\b|without\b|free\b|unemployed\b)|led\b|"
    r"coached\b|managed\b|directed\b|guided\b|worked\b|trained\b|overseen\b|run\b|held\b|served\b)",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[.;:!?]")
_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)


def _spell_tense(sentence: str, trigger: int, since_at: int) -> str | None:
    """'had' or 'has' for a spell told up to its 'since' date in that tense (the last spell verb
    before it, in the same clause), else None. Not for a spell told after the date ('had been in
    charge since 2015 and previously coached C': C's spell is another, its date not told)."""
    if trigger >= since_at or not _SINCE_WORD.search(sentence, max(0, since_at - 12), since_at + 6):
        return None  # "had led the U19s between 2013 and 2018": a completed spell, no 'left' by convention
    told = list(_SPELL_SINCE_VERB.finditer(sentence, max(0, since_at - 90), since_at))
    if not told or _CLAUSE_STOP.search(sentence, told[-1].end(), since_at):
        return None
    return "had" if told[-1].group(1).lower() == "had" else "has"


# "… until October 2011, when he was sacked", "since December, when it fired X": a date the
# when-clause after it is told at
_WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)
# "five days after leading the club to …": the date of the event after 'after', not of the clause before
_N_AFTER = re.compile(r"\w+\s+(?:days?|weeks?|months?|years?)\s+after", re.IGNORECASE)
# A clause opener: the words after it tell another event
_LATER_CLAUSE = re.compile(r",|\b(?:when|after|following|that|which|since|before)\b", re.IGNORECASE)
# Where a spell's own clause ends before a date: a stop, "and", or another clause's opener
_OWN_CLAUSE_END = re.compile(
    r"[,;:]|\b(?:and|but|when|after|following|that|which|who|since|before|until)\b", re.I
)
# "after taking over", "since joining": the spell's own start told after it
_TAKING_OVER = re.compile(
    r"\s*(?:after|since|on)\s+(?:taking\s+(?:over|charge)|joining|arriving|being\s+(?:appointed|named|hired))\s*",
    re.IGNORECASE,
)
# What a spell's told year may belong to instead: a title or a match it won
_WON_WORDS = re.compile(
    r"\b(?:to|won|win|title|cup|trophy|promotion|final|victory|beat|against)\b", re.IGNORECASE
)


def _when_clause_date(d: DateMention, sentence: str, trigger: int) -> DateMention:
    if d.kind != "point" and d.end <= trigger and _WHEN_AFTER.match(sentence, d.end):
        return dataclasses.replace(d, kind="point")
    return d


def _another_event_between(
    sentence: str, end: int, d: DateMention, fact: Fact, people: list[tuple[int, str]]
) -> bool:
    """A date after the fact's clause, past an opener and another person's name: that person's event."""
    if d.start < end:
        return False
    opener = _LATER_CLAUSE.search(sentence, end, d.start)
    return bool(opener) and any(opener.start() <= at < d.start and name != fact.coach for at, name in people)


def _own_clause_point(sentence: str, trigger: int, end: int, d: DateMention) -> bool:
    """A year, season or month told right after a spell's words, in the same clause."""
    if d.kind != "point" or d.precision not in ("year", "season", "month") or not 0 <= d.start - end <= 60:
        return False
    between = sentence[end : d.start]
    if _TAKING_OVER.fullmatch(between):  # "… with Fulham after taking over in 2019"
        return True
    won = _WON_WORDS.search(sentence, max(trigger, end - 40), d.start)  # "guided C to the title in 2016"
    return not _OWN_CLAUSE_END.search(between) and not won


# "since X resigned in August", "since Y's departure in March": the clause dates the spell's start
_SINCE_CLAUSE = re.compile(r"\bsince\s[^,;:.!?]{1,60}$", re.IGNORECASE)
# "since then", "since.", "since Johnson's exit", "since the sacking of X": an earlier change, told before
_SINCE_PRIOR = re.compile(
    r"\bsince(?:\s+then\b|\s*[.;]|\s*$|\s+(?:[\w'’.-]+\s+){0,3}?(?:departure|exit|sacking|dismissal|"
    r"resignation|removal|firing|leaving|departing)\b)",
    re.IGNORECASE,
)


def _since_clause_date(d: DateMention, sentence: str) -> DateMention:
    if d.kind == "point" and _SINCE_CLAUSE.search(sentence, max(0, d.start - 70), d.start):
        return dataclasses.replace(d, kind="since")
    return d


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# The trigger's own verb in the future ("will take charge", "is set to replace") or the perfect.
_FUTURE_VERB = re.compile(r"\b(?:will|shall|'ll|set\s+to|due\s+to|expected\s+to|poised\s+to|is\s+to)\b", re.I)
_PERFECT_VERB = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.I)
_SPAN_ONLY = re.compile(r"\b(?:years?|seasons?|months?|weeks?)\b", re.IGNORECASE)


def _date_distance(d: DateMention, trigger: int, sentence: str) -> int:
    """How far a date is from the trigger, a clause boundary counting as 50 characters."""
    lo, hi = sorted((d.start, trigger))
    clauses = sentence.count(",", lo, hi) + len(_CLAUSE_AND.findall(sentence, lo, hi))
    clauses += len(_AND_PRONOUN.findall(sentence, lo, min(len(sentence), hi + 5)))
    vague = 30 if d.precision == "season" else 0  # "this season after dismissing X in October": October
    return hi - lo + 50 * clauses + vague


def _perfect_clause_between(sentence: str, at: int, trigger: int) -> bool:
    """A date before '… and have (now) appointed': the perfect clause is today's news, not that date."""
    if at >= trigger:
        return False
    m = _CLAUSE_AND.search(sentence, at, trigger)
    return bool(m and re.search(r"\b(?:have|has)$", m.group(0), re.IGNORECASE))


# "appointed X in May 2013 and he left …": a new clause with its own subject
_AND_PRONOUN = re.compile(r"(?<!,)\s(?:and|but)\s+(?:he|she|they)\b", re.IGNORECASE)
# "… sacked X last week and have now appointed Y": a new clause with its own verb.
_CLAUSE_AND = re.compile(
    r"(?<!,)\s(?:and|but)\s+(?:(?:he|she|they|it|the\s+club|then|now)\s+)?(?:have|has|had|was|were|is|are|will)\b",
    re.IGNORECASE,
)


# --- whole-article clean-up ---------------------------------------------------------------------

# Words of a coaching career: a sentence holding none joins no coach and club by itself.
_CAREER_WORD = re.compile(
    r"\b(?:manag\w*|coach\w*|in\s+charge|spells?|stints?|tenure|led|guided|took\s+(?:over|charge)|boss|"
    r"trainer|directed|helm|bench)\b"
)
# The career verb right before the club: "coached A", "head coach of A", "spells at A and B",
# "previously coached «C1», «C2» and" (a list of clubs), "caretaker coach of A", "at Finnish club A"
_CAREER_BETWEEN = re.compile(
    r"\b(?:managed|coached|led|guided|directed|(?:manager|coach|boss|trainer)\s+(?:of|at)|"
    r"in\s+charge\s+(?:of|at)|(?:spells?|stints?|tenure|career)\s+(?:at|with|in\s+charge\s+of)|"
    r"took\s+(?:over|charge)\s+(?:of|at))\s+"
    r"(?:(?:the|at|of|with|club|side)\s+|[A-Z][\w'’-]*\s+(?:club|side|giants|outfit)\s+)?"
    r"(?:«C\d+»(?:\s+\w+)?,?\s+(?:and\s+)?)*$",
    re.IGNORECASE,
)
_NOT_COACHING = re.compile(
    r"\b(?:play\w*|scor\w*|beat|beating|defeat\w*|against|drew|lost|loan\w*|sign\w*|transfer\w*|striker|"
    r"midfielder|defender|goalkeeper|captain\w*|v|vs|owner|president|chairman|director|fans?|supporters?|"
    r"interest|offer\w*|linked|approach\w*|talks|replac\w*|succe\w*)\b",
    re.IGNORECASE,
)


# "«C1» of " right before a country: the club's country ("Maccabi Tel Aviv of Israel")
_OF_COUNTRY = re.compile(r"«C\d+»\s+of\s+(?:the\s+)?$")


def _career_pairs(
    tagged: str, mentions: list[Mention], squad_of: dict[int, tuple[str | None, str]], i: int
) -> list[Fact]:
    """'X, who managed A and coached B, …': each coach and club a career verb joins, in order,
    within one clause. Kept only when no pattern told anything about that coach and club."""
    out = []
    for m in _TAG.finditer(tagged):
        if m.group(1) != "P":
            continue
        person = mentions[int(m.group(2))]
        for c in _TAG.finditer(tagged, m.end(), min(len(tagged), m.end() + 90)):
            if c.group(1) != "C":
                continue
            between = tagged[m.end() : c.start()]
            verb = _CAREER_BETWEEN.search(between)
            if verb is None or _NOT_COACHING.search(between):
                continue
            if "«" in between[: verb.start()] or verb.start() > 60:
                continue  # "X replaced Y at C, having previously coached D": D is X's, not Y's
            club_mention = mentions[int(c.group(2))]
            if club_mention.club_kind == "national" and tagged.startswith("'s", c.end()):
                continue  # "led A into Sweden's top flight": the country's league, not its team
            if club_mention.club_kind == "national" and _OF_COUNTRY.search(between):
                continue  # "coached Maccabi Tel Aviv of Israel": the club's country, not its team
            club, squad = squad_of.get(int(c.group(2)), (club_mention.name, "first_team"))
            f = Fact(person.name, club, squad, "head_coach", "in_charge", 0.4, i, m.start())
            out.append(f)
    return out


def _unclaimed_career_pairs(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The career pairs of coaches the article reports on, for the clubs no pattern told anything
    about: low-confidence spells ("previously head coach of A", "began his coaching career at B")."""
    coaches = {f.coach for f in facts}
    told = {(fold(f.coach), fold(f.club or "")) for f in facts}
    out, seen = [], set()
    for f in ctx.fallbacks:
        key = (fold(f.coach), fold(f.club or ""))
        if f.coach in coaches and key not in told and key not in seen and f.club:
            seen.add(key)
            out.append(f)
    return out


# The event families whose guesses were right at least ~70% of the time on the training and dev
# sets (guessed on every sentence, claimed or not): appointed 94%, dismissed 97%, left 85%,
# resigned 6/6, extended 2/2; gossip ("favourite", "candidate", "approach") was right half the time.
GUESS_EVENTS = frozenset({"appointed", "dismissed", "resigned", "left", "extended"})
# A guess's confidence: the two most often right families a little higher
_GUESS_CONFIDENCE = {"appointed": 0.5, "dismissed": 0.5}


def _event_guess_facts(
    tagged: str, mentions: list[Mention], squad_of: dict[int, tuple[str | None, str]], ctx: Context, i: int
) -> list[Fact]:
    """The event guesses of a sentence no pattern claimed, as low-confidence facts; a person not
    named with a coaching role noun needs to be a coach elsewhere in the article."""
    out = []
    for g in event_guesses(tagged, mentions):
        if g.event not in GUESS_EVENTS:
            continue
        club_mention = mentions[g.club]
        club, squad = squad_of.get(g.club, (club_mention.name, "first_team"))
        squad = _guess_squad(tagged, g, club, squad, squad_of, ctx)
        person_pos = tagged.find(f"«P{g.person}»")
        role = _apposition_role(tagged, person_pos)
        conf = _GUESS_CONFIDENCE.get(g.event, 0.45)
        f = Fact(mentions[g.person].name, club, squad, role, g.event, conf, i, g.trigger)
        f.trigger_end = g.trigger_end
        f.needs_support = not (g.coach_named or mentions[g.person].describes_coach)
        out.append(f)
    return out


def _guess_squad(
    tagged: str,
    g: Guess,
    club: str | None,
    squad: str,
    squad_of: dict[int, tuple[str | None, str]],
    ctx: Context,
) -> str:
    """The squad a squad phrase near the event names ('named X head coach of their women's team'),
    else the story's squad at its own club ('X left the club' in a story about its women's team)."""
    if squad != "first_team":
        return squad
    near = tagged[max(0, g.trigger - 60) : g.trigger_end + 60]
    for k in _SQUAD_TAG.findall(near):
        if re.search(rf"«S{k}»\s+(?:[\w-]+\s+)?(?:coach|manager|boss)\s+«P", near):
            continue  # "appointed their under-23 coach X as caretaker": the post he held
        s_club, s_squad = squad_of.get(int(k), (None, "first_team"))
        if s_club in (None, club):
            return s_squad
    return ctx.topic_squad if club == ctx.topic_club else squad


def _unclaimed_event_guesses(facts: list[Fact], ctx: Context) -> list[Fact]:
    """The event guesses of coaches the article reports on (or named with a role noun), for a
    coach, club and event no other fact tells; never an executive's."""
    coaches = {f.coach for f in facts if not f.needs_support} | known_coaches()
    told = {(fold(f.coach), fold(f.club or ""), f.event) for f in facts}
    out, seen = [], set()
    for f in ctx.guesses:
        key = (fold(f.coach), fold(f.club or ""), f.event)
        if key in told or key in seen or ctx.people.is_executive(f.coach):
            continue
        if f.needs_support and f.coach not in coaches:
            continue
        seen.add(key)
        f.needs_support = False
        out.append(f)
    return out


_STRENGTH = {"linked": 0, "offer": 1, "offer_declined": 1, "appointed": 2}


def _ended_spell(same: list[Fact], f: Fact) -> bool:
    """A spell whose length is told is kept beside the sacking or departure that ended it."""
    return all(
        g.event in ("dismissed", "resigned", "left", "in_charge") for g in same if g.sentence == f.sentence
    )


def _dated_start(same: list[Fact], f: Fact) -> bool:
    """'coached C from 2021 until he was dismissed last December': a start date of its own, before the end."""
    ends = [g for g in same if g.sentence == f.sentence and g.event != "in_charge"]
    return bool(
        f.date
        and f.date.kind == "since"
        and ends
        and all(g.date and g.date.value.year > f.date.value.year for g in ends)
    )


def _postprocess(facts: list[Fact], ctx: Context, text: str = "") -> list[Fact]:
    facts = [f for f in facts if f.coach and not ctx.people.is_executive(f.coach)]
    facts.extend(_unclaimed_career_pairs(facts, ctx))
    facts.extend(_unclaimed_event_guesses(facts, ctx))
    facts = _stay_declines(facts)
    _fill_declined_clubs(facts, ctx)
    told = {_key(f) for f in facts if f.event == "offer"}
    for f in list(facts):
        if f.with_offer and f.club and _key(f) not in told:  # an offer told elsewhere is the one declined
            offered = copy.copy(f)
            offered.event, offered.confidence, offered.with_offer = "offer", 0.6, False
            facts.append(offered)
    _replaced_clubs(facts)
    facts = [f for f in facts if f.club]
    supported = {f.coach for f in facts if not f.needs_support} | known_coaches()
    facts = [f for f in facts if not f.needs_support or f.coach in supported]
    for f in facts:  # national teams take national squad codes, whatever path found them
        f.squad = _national(f.squad, ctx.club_kinds.get(f.club or "", "club"))
        if f.squad == "first_team" and f.club in women_clubs():
            f.squad = "women"  # a women's club has no other first team
    _consistent_squads(facts)
    _women_article(facts, text, ctx.topic_club)
    facts = _drop_unnamed_first_team(facts)
    facts = _drop_vague_youth(facts)
    facts = [f for f in facts if len(f.coach.split()) > 1 or _single_name_ok(f.coach, text)]
    facts.extend(_until_left(facts))
    facts.extend(_promotion_left(facts))
    facts.extend(_moved_on_left(facts))
    facts.extend(_poached_left(facts))
    facts.extend(_ended_spells_left(facts))
    facts = _drop_restatements(facts)
    facts.extend(_followers_left(facts))
    _caretaker_spells(facts)
    _spell_starts(facts)
    _staff_dates(facts)
    return _dedupe(facts)


_POST_EVENTS = ("appointed", "dismissed", "resigned", "left", "in_charge", "extended")


def _stay_declines(facts: list[Fact]) -> list[Fact]:
    """ "X will stay at Z" declines what he was offered or linked with elsewhere (or the clubs the
    sentence says speculation had him moving to); staying with nothing else in view is no fact."""
    out = [f for f in facts if f.stay_at is None]
    for f in facts:
        if f.stay_at is None:
            continue
        clubs = list(f.spurned) or [
            g.club for g in facts if g.coach == f.coach and g.event in ("offer", "linked") and g.club
        ]
        out = [  # "announced he will stay": no appointment of that sentence
            g for g in out if not (g.sentence == f.sentence and g.coach == f.coach and g.event == "appointed")
        ]
        for club in dict.fromkeys(c for c in clubs if c != f.stay_at):
            g = copy.copy(f)
            g.club, g.squad, g.stay_at = club, "first_team", None
            out.append(g)
    return out


def _replaced_clubs(facts: list[Fact]) -> None:
    """A rumour naming no club, "X is tipped to replace Y": the club is Y's, the first post the
    article gives Y."""
    for f in facts:
        if f.replacing is None or f.replacing == f.coach:
            continue
        posts = [g for g in facts if g.coach == f.replacing and g.event in _POST_EVENTS and g.club]
        if posts:
            first = min(posts, key=lambda g: (g.sentence, g.trigger))
            f.club, f.squad = first.club, first.squad


_CHANGE_EVENTS = ("appointed", "dismissed", "resigned", "left")


def _caretaker_spells(facts: list[Fact]) -> None:
    """'X took charge as caretaker … but will now leave the club': a spell ending, not an appointment."""
    for f in facts:
        if f.event == "appointed" and f.role == "caretaker":
            ends = [
                g
                for g in facts
                if g.event == "left" and (g.coach, g.club, g.sentence) == (f.coach, f.club, f.sentence)
            ]
            if ends:
                f.event = "in_charge"
                for g in ends:
                    g.role = "caretaker"


def _followers_left(facts: list[Fact]) -> list[Fact]:
    """Assistants who follow their manager to a new club leave the club he left."""
    out = []
    for f in facts:
        if not f.followed:
            continue
        gone = [
            g
            for g in facts
            if g.coach == f.followed and g.event in ("left", "resigned", "dismissed") and g.club != f.club
        ]
        for g in gone[:1]:
            if g.club:
                out.append(
                    Fact(f.coach, g.club, g.squad, f.role, "left", 0.65, f.sentence, f.trigger, derived=True)
                )
    return out


def _staff_dates(facts: list[Fact]) -> None:
    """Staff changes told without a date of their own ('His assistants also leave') happen the day
    of the change at that club told in the same or the previous sentence, or, when the words say
    they go with someone ('also', 'too', 'along with him'), told anywhere before."""
    for f in facts:
        undated = f.date is None or (f.tense_dated and f.alongside)
        if not undated or f.event not in _CHANGE_EVENTS or (f.role == "head_coach" and not f.alongside):
            continue
        dated = [
            g
            for g in facts
            if g.club == f.club
            and g.coach != f.coach
            and g.event in _CHANGE_EVENTS
            and g.date is not None
            and g.date.precision == "day"
            and not g.alongside
            and (0 <= f.sentence - g.sentence <= 1 or (f.alongside and g.sentence <= f.sentence))
        ]
        if dated:
            f.date = max(dated, key=lambda g: g.sentence).date


@cache
def _KNOWN_SINGLE() -> frozenset[str]:
    from pipeline.reference import coach_nicknames

    return frozenset(
        fold(n) for n in (*coach_nicknames(), *coach_nicknames().values()) if len(n.split()) == 1
    )


def _single_name_ok(name: str, text: str) -> bool:
    """A one-word 'coach' ('Naldo') is a name when the text uses it so twice, not 'the Blues'."""
    if fold(name) in _KNOWN_SINGLE():
        return True
    uses = re.findall(r"(?<![\w-])(\w+\s+)?" + re.escape(name) + r"(?![\w-])", text)
    befores = [b.strip().lower() for b in uses]
    if any(b in _NAME_CUES for b in befores):
        return True
    if re.search(r"(?<![\w-])" + re.escape(name) + _COACH_SLOT.pattern, text):
        return True  # "Marcelino's Villarreal side": a one-word coach's name
    if re.search(_COACH_SLOT_BEFORE + re.escape(name) + r"\b", text):
        return True
    return sum(1 for b in befores if b not in ("the", "christmas", "in", "at")) >= 2


# A one-word name in a coach's slot ("replacing Rubi", "succeeds Míchel"): a coach, not a word.
_COACH_SLOT_BEFORE = r"\b(?:replac(?:ing|ed|es)|succeed(?:ing|ed|s)?|in\s+place\s+of|successor\s+to)\s+"

_NAME_CUES = frozenset(
    "player coach manager boss assistant defender striker midfielder goalkeeper forward winger legend "  # noqa: SIM905
    "captain icon trainer".split()
)


def _women_squad(squad: str) -> str:
    if squad.startswith("women") or squad.startswith("national_women"):
        return squad
    if squad.startswith("national"):
        rest = squad[len("national") :]
        return "national_women" + rest
    if squad == "first_team":
        return "women"
    return f"women_{squad}"


_WOMENS_LEAGUE = re.compile(
    r"\b(?:Women's\s+(?:Super\s+League|Professional\s+Soccer|Championship|Bundesliga|Serie\s+A|Premier\s+League)|"
    r"WSL|NWSL|Liga\s+F|Frauen-Bundesliga|D1\s+Arkema|Division\s+1\s+Féminine|Damallsvenskan)\b"
)


# "the NWSL club announced", "the WSL side": the story's club plays in a women's league
_WOMENS_LEAGUE_CLUB = re.compile(
    r"\b(?:NWSL|WSL|Liga\s+F|Frauen-Bundesliga|D1\s+Arkema)\s+(?:club|side|team|outfit|franchise)\b"
)


# "MLS champion New York City FC", "Premier League side Everton": a men's league before the club's name
_MENS_LEAGUE_CLUB = re.compile(
    r"(?<!Women's\s)(?<!Women’s\s)(?<![-\w])(?:MLS|Premier\s+League|La\s+Liga|Ligue\s+1|Eredivisie|Serie\s+A|"
    r"Bundesliga)\s+(?:champions?|club|side|team|outfit|franchise|leaders|holders|giants)\s+(?=[A-Z])"
)


def _mens_league_clubs(text: str) -> set[str]:
    """Clubs the text introduces by a men's league: their unnamed posts stay with the first team."""
    clubs = set()
    for cue in _MENS_LEAGUE_CLUB.finditer(text):
        named = run_mentions(text[cue.end() : cue.end() + 40], None)
        if named and named[0].kind == "C" and named[0].start == 0:
            clubs.add(named[0].name)
    return clubs


def _women_post(f: Fact, women: set[str]) -> bool:
    """A women's post, or one at a club named with its women's team; a country's senior 'national
    team' is not one by that alone: a country has both senior teams."""
    return f.squad.startswith(("women", "national_women")) or (
        f.club in women and not _national_squad_named(f)
    )


def _national_squad_named(f: Fact) -> bool:
    """A country's senior team, or its youth sides named without a women's word ("coached Canada's
    youth sides"): a country has men's and women's sides of each. (An age group may share a later
    women's word: "Spain's Under-17 and Under-19 women's teams".)"""
    return f.squad == "national" or (f.squad == "national_youth" and f.squad_named)


def _unnamed_club_post(f: Fact, mens: set[str]) -> bool:
    """A club post whose squad the text did not name, at a club not introduced by a men's league."""
    return f.squad == "first_team" and not f.squad_named and f.club not in mens


def _named_national_youth(facts: list[Fact]) -> None:
    """Another reading of a national youth post the sentence named is named too: both stay alike."""
    named = {(f.coach, f.club, f.sentence) for f in facts if f.squad == "national_youth" and f.squad_named}
    for f in facts:
        if f.squad == "national_youth" and (f.coach, f.club, f.sentence) in named:
            f.squad_named = True


def _women_article(facts: list[Fact], text: str = "", topic_club: str | None = None) -> None:
    """A club the article names with its women's team: its other posts here are the women's too."""
    mens = _mens_league_clubs(text) if "women" in text.lower() else set()
    _named_national_youth(facts)
    women = {f.club for f in facts if f.squad.startswith(("women", "national_women")) and f.club not in mens}
    if topic_club and _WOMENS_LEAGUE_CLUB.search(text):
        women.add(topic_club)
    # in a story about women's football, a coach placed with a women's team coaches women at her
    # other clubs too ("Hayes previously coached the Chicago Red Stars")
    coaches = {f.coach for f in facts if f.squad.startswith(("women", "national_women"))}
    n_women = sum(1 for f in facts if f.squad.startswith(("women", "national_women")))
    # mostly women's teams: "assistant to Wiegman with England" is England's women's team too
    with_women = [f for f in facts if f.club in women or f.squad.startswith(("women", "national_women"))]
    national_women = {f.coach for f in with_women} if 2 * len(with_women) >= len(facts) else set()
    if coaches and not _WOMENS_LEAGUE.search(text):  # the scan of the whole text only when it can matter
        coaches = set()
    womens_story = bool(coaches) and 2 * n_women >= len(facts)  # mostly women's posts: the rest are too
    national_women_coaches = {f.coach for f in facts if f.squad.startswith("national_women")}
    for f in facts:
        if f.mens:
            continue
        if (
            _women_post(f, women)
            or (f.coach in national_women and f.squad == "national" and not f.squad_named)
            or (f.coach in coaches and f.squad == "first_team" and not f.squad_named and f.club not in mens)
            or (womens_story and f.squad == "first_team" and not f.squad_named and f.club not in mens)
            or (f.before_national and f.coach in national_women_coaches and _unnamed_club_post(f, mens))
        ):
            f.squad = _women_squad(f.squad)


# Rules reading a stand-in's spell at the club in view, whatever squad he coaches otherwise
_STAND_IN_RULES = frozenset({"team-led-for-spell", "team-led-returned", "stand-in-returned"})


def _drop_unnamed_first_team(facts: list[Fact]) -> list[Fact]:
    """Two rules read one clause: one saw the squad ('of their women's team'), one did not."""
    named: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.squad not in ("first_team", "national"):
            named.setdefault((f.coach, f.club, f.event, f.sentence), []).append(f)

    def same_clause(f: Fact, g: Fact) -> bool:  # the two matches overlap (else two clauses, two facts)
        if f.role == "caretaker" != g.role:
            return False  # "X, the U19 coach, has been in interim charge": his post and the senior spell
        if f.trigger_end < 0 or g.trigger_end < 0:
            return True
        return f.trigger < g.trigger_end and g.trigger < f.trigger_end

    return [
        f
        for f in facts
        if f.squad not in ("first_team", "national")
        or f.squad_named
        or not any(same_clause(f, g) for g in named.get((f.coach, f.club, f.event, f.sentence), []))
    ]


_AGE_SQUAD = re.compile(r"(?:national_)?(?:women_)?u\d+$")


def _drop_vague_youth(facts: list[Fact]) -> list[Fact]:
    """ "worked in the youth sector of C, where he coached the under-18 side": the age group
    named for the same spell is the post; the bare 'youth' one says less."""
    aged = {
        (f.coach, f.club, f.event, f.sentence, _youth_kind(f.squad))
        for f in facts
        if _AGE_SQUAD.match(f.squad)
    }
    return [
        f
        for f in facts
        if not (
            f.squad.endswith("youth") and (f.coach, f.club, f.event, f.sentence, _youth_kind(f.squad)) in aged
        )
    ]


def _youth_kind(squad: str) -> str:
    """The squad code without its age group: 'national_women_u19' and 'national_women_youth' match."""
    return re.sub(r"(?:u\d+|youth)$", "", squad)


def _spell_starts(facts: list[Fact]) -> None:
    """An undated spell starts when the article says the coach was appointed to that post, or,
    told as 'in charge since then', when the change at that club told before it happened."""
    told: dict[tuple[str, str, str, str], DateMention] = {}
    for f in facts:  # each appointment as _dedupe keeps it: the first told, unless a later one is finer
        known = told.get((*_key(f), f.role))
        if f.event == "appointed" and f.date and (known is None or _finer(f.date, known)):
            told[(*_key(f), f.role)] = f.date
    appointed: dict[tuple[str, str, str], DateMention] = {}
    for (coach, club, squad, _role), when in told.items():  # caretaker in January, permanent in May
        first = appointed.get((coach, club, squad))
        if first is None or when.value < first.value:  # the spell began in January
            appointed[(coach, club, squad)] = when
    for f in facts:
        if f.event == "in_charge" and f.date is None and not f.derived:
            f.date = appointed.get(_key(f))
        if f.event == "in_charge" and f.date is None and f.since_prior:
            f.date = _prior_change_date(f, facts)


def _prior_change_date(f: Fact, facts: list[Fact]) -> DateMention | None:
    before = [
        g
        for g in facts
        if g.event in ("dismissed", "resigned", "left")
        and g.club == f.club
        and g.coach != f.coach
        and g.date is not None
        and g.sentence <= f.sentence
    ]
    if not before:
        return None
    return dataclasses.replace(max(before, key=lambda g: g.sentence).date, kind="since")


def _fill_declined_clubs(facts: list[Fact], ctx: Context) -> None:
    for f in facts:
        if f.event == "offer_declined" and f.club is None:
            offers = [o for o in facts if o.event == "offer" and o.coach == f.coach and o.club]
            own = {
                o.club
                for o in facts
                if o.coach == f.coach and o.event in ("in_charge", "appointed", "extended")
            }
            if offers:
                f.club, f.squad = offers[-1].club, offers[-1].squad
            elif ctx.topic_club and ctx.topic_club not in own:
                f.club = ctx.topic_club


def _until_left(facts: list[Fact]) -> list[Fact]:
    """'in charge of the under-19s until this season' also says he left them then."""
    return [
        Fact(
            f.coach,
            f.club,
            f.squad,
            f.role,
            "left",
            f.confidence,
            f.sentence,
            f.trigger,
            date=f.until,
            derived=True,
        )
        for f in facts
        if f.event == "in_charge" and f.until
    ]


def _left_post(post: Fact, confidence: float, when: DateMention | None = None) -> Fact:
    """The departure from `post` (a spell held when a new appointment is told), derived from it."""
    return Fact(
        post.coach,
        post.club,
        post.squad,
        post.role,
        "left",
        confidence,
        post.sentence,
        post.trigger,
        when,
        derived=True,
    )


def _promotion_left(facts: list[Fact]) -> list[Fact]:
    """Appointed to the B team while coaching the U19s in the same sentence: left the U19s."""
    out = []
    for a in facts:
        if a.event != "appointed" or a.role == "caretaker":
            continue
        for b in facts:
            if (
                b.event == "in_charge"
                and b.coach == a.coach
                and b.club == a.club
                and b.sentence == a.sentence
                and b.squad != a.squad
            ):
                out.append(_left_post(b, 0.7))
    return out


def _consistent_squads(facts: list[Fact]) -> None:
    """A coach named with one particular squad of a club ('United head coach' after 'United
    Women's boss') keeps that squad where the text did not name one."""
    squads: dict[tuple[str, str], set[str]] = {}
    posts: dict[tuple[str, str], set[str]] = {}  # squads named with an event, not only a past spell
    for f in facts:
        squads.setdefault((f.coach, f.club or ""), set()).add(f.squad)
        if f.event != "in_charge":
            posts.setdefault((f.coach, f.club or ""), set()).add(f.squad)
    senior = _senior_posts(facts)
    for f in facts:
        other = squads[(f.coach, f.club or "")] - {f.squad}
        if f.event in ("in_charge", "extended") and (f.role == "caretaker" or (f.coach, f.club) in senior):
            other = {s for s in other if s.startswith(("women", "national_women"))}
        if f.event in (
            "dismissed",
            "resigned",
            "left",
        ):  # a past youth spell does not make a departure the youth's
            other = other & posts.get((f.coach, f.club or ""), set())
        if f.mens:  # "led the Germany men's team": not the women's side he coaches now
            other = {s for s in other if not s.startswith(("women", "national_women"))}
        if (
            f.squad in ("first_team", "national")
            and not f.squad_named
            and len(other) == 1
            and not _promoted_to(facts, f)
            and f.event in ("in_charge", "extended", "left", "dismissed", "resigned")
        ):
            f.squad = next(iter(other))


def _youth_or_reserve(squad: str | None) -> bool:
    """A men's squad below the senior side: youth, an age group, the reserves."""
    return bool(squad) and re.fullmatch(r"(?:national_)?(?:u\d+|youth|reserve)", squad or "") is not None


def _senior_posts(facts: list[Fact]) -> set[tuple[str, str | None]]:
    """(coach, club) whose appointment to, or exit from, the senior side the text tells: a youth or
    reserve spell there was a step on his way up ('won the U20 tournament'), not this post's squad;
    likewise a caretaker's spell is the senior side's (a youth coach stepping in)."""
    return {
        (f.coach, f.club)
        for f in facts
        if f.squad in ("first_team", "national") and f.event in ("appointed", "dismissed", "resigned")
    }


def _promoted_to(facts: list[Fact], f: Fact) -> bool:
    """The coach was promoted from another squad of the club to f's own ('promoted from the
    Under-21s': left them, appointed to the senior side, in one sentence): a departure naming no
    squad is then from that senior post, not the squad he had left."""
    same = [g for g in facts if g is not f and (g.coach, g.club) == (f.coach, f.club)]
    moves = {g.sentence for g in same if g.event == "appointed" and g.squad == f.squad}
    return any(g.event == "left" and g.squad != f.squad and g.sentence in moves for g in same)


_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\b", re.IGNORECASE)


def _moved_on_left(facts: list[Fact]) -> list[Fact]:
    """'was appointed coach of the U14s, before moving to … the B team': he left the U14s."""
    out = []
    for a in facts:
        later = [
            b
            for b in facts
            if b.event == "appointed"
            and b.coach == a.coach
            and b.sentence == a.sentence
            and b.trigger > a.trigger
            and (b.club, b.squad) != (a.club, a.squad)
        ]
        if a.event == "appointed" and later:
            # "named coach nine days after he had been appointed to the U23s": the U23 post came first
            first = later[0] if later[0].pluperfect and not a.pluperfect else a
            then = a if first is later[0] else later[0]  # he left on the day of the other appointment
            out.append(
                Fact(
                    first.coach,
                    first.club,
                    first.squad,
                    first.role,
                    "left",
                    0.7,
                    first.sentence,
                    first.trigger,
                    date=then.date,
                    derived=True,
                )
            )
    return out


# "X's Parma …, while Y's Cremonese and Z's Venezia …": a round-up naming each team by its coach
_COACHES_TEAMS = re.compile(r"«P\d+»'s?\s+(?:[\w\-]+\s+)?«C\d+»(?!'s?\s+«P)")
_NOT_CURRENT = re.compile(
    r"\b(?:former|ex|then|previous|outgoing|one-time|erstwhile|interim|caretaker|acting|sacked|departed)\b",
    re.IGNORECASE,
)


_FORMER_BEFORE = re.compile(r"\b(?:former|ex|one-time)\b(?:[^,.;«]|«[CS]\d+»)*$", re.IGNORECASE)


def _poached_left(facts: list[Fact]) -> list[Fact]:
    """'Norwich have named Dortmund II coach Daniel Farke as head coach': he left Dortmund II."""
    out = []
    for a in facts:
        if a.event != "appointed" or a.role == "caretaker":
            continue
        for b in facts:
            if (
                b.event == "in_charge"
                and b.current_post
                and b.coach == a.coach
                and b.sentence == a.sentence
                and b.club != a.club
            ):
                out.append(_left_post(b, 0.65, a.date))
    return out


def _ended_spells_left(facts: list[Fact]) -> list[Fact]:
    """Convention: a spell told with its start and as over records its end as `left` too. 'X had
    led C since 2018' (pluperfect: it has ended), or 'X, who has led C since 2022, will take over
    at D' (a current post, the coach appointed to another): he left C. Not when the article tells
    that spell ending otherwise (a sacking, a resignation, a departure) or his appointment to that
    same post (an interim made permanent); dated by his appointment elsewhere when it is told."""
    out = []
    for f in facts:
        if f.event != "in_charge" or f.spell_tense is None or f.derived or not f.club:
            continue
        same = [g for g in facts if _key(g) == _key(f)]
        if any(g.event in ("appointed", "dismissed", "resigned", "left") for g in same):
            continue
        ended = ("dismissed", "resigned")
        if any(g.event in ended and (g.coach, g.club) == (f.coach, f.club) for g in facts):
            continue  # "X was sacked … X had been in charge since 2015": the squad read is another's
        moves = [
            g
            for g in facts
            if g.event == "appointed"
            and g.role != "caretaker"
            and g.coach == f.coach
            and _key(g) != _key(f)
            and (g.date is None or f.date is None or g.date.value >= f.date.value)
        ]
        if f.spell_tense == "has" and not [g for g in moves if g.club != f.club]:
            continue  # a current spell: over only when he is appointed to another club
        when = min(moves, key=lambda g: (g.sentence, g.trigger)).date if moves else None
        out.append(_left_post(f, 0.6, when))
    return out


def _key(f: Fact) -> tuple[str, str, str]:
    return fold(f.coach), fold(f.club or ""), f.squad


def _earlier_rumour(f: Fact, same: list[Fact]) -> bool:
    """'had been linked with the job in 2018' before the 2019 appointment: a rumour of its own."""
    if f.date is None:
        return False
    others = [g for g in same if g.event in ("offer", "offer_declined", "appointed")]
    if f.pluperfect and all(g.sentence != f.sentence for g in others):
        return True  # "had been linked with the job in 2018": told as past, apart from the appointment
    later = [g.date for g in others if g.date]
    return bool(later) and all(d.value.year > f.date.value.year for d in later)


_LASTING_RULES = frozenset({"spent-years", "spent-in-charge", "years-at", "tenure-ended-spell"})


def _overlap(f: Fact, g: Fact) -> bool:
    """The two rule matches share text (one clause read twice), or one has no extent."""
    if f.trigger_end < 0 or g.trigger_end < 0:
        return True
    return f.trigger < g.trigger_end and g.trigger < f.trigger_end


def _drop_restatements(facts: list[Fact]) -> list[Fact]:
    by_key: dict[tuple[str, str, str], list[Fact]] = {}
    for f in facts:
        by_key.setdefault(_key(f), []).append(f)
    by_coach_club: dict[tuple[str, str], set[str]] = {}
    for f in facts:
        by_coach_club.setdefault((fold(f.coach), fold(f.club or "")), set()).add(f.event)
    out = []
    for f in facts:
        same = by_key[_key(f)]
        events = {g.event for g in same}
        if f.event == "left" and events & {"dismissed", "resigned"}:
            continue
        if f.event == "linked" and "appointed" in events and not _earlier_rumour(f, same):
            continue
        if f.event == "linked" and any(
            g.event in ("offer", "offer_declined") and g.sentence == f.sentence for g in same
        ):  # "approached X" read as a rumour too; a rumour told apart from the offer is a fact of its own
            continue
        if f.event == "in_charge" and f.weak and len(events) > 1:
            continue
        if (
            f.event == "in_charge"
            and any(
                g.sentence == f.sentence
                and g.event in ("appointed", "dismissed", "resigned", "offer_declined")
                and (g.role == f.role or f.role == "head_coach")
                and not g.derived
                and (not f.achieved or _overlap(f, g))  # "guided C to the final before he was sacked": two
                for g in same
            )
            and not (f.lasting and _ended_spell(same, f))
            and not _dated_start(same, f)  # "first spell from 2013 to 2015; he returned in 2021": two
        ):
            continue
        if f.event == "in_charge" and _staff_title_while_leaving(f, same):
            continue
        out.append(f)
    return out


def _staff_title_while_leaving(f: Fact, same: list[Fact]) -> bool:
    """'goalkeeping coach Z is also leaving': the title names the post he leaves, no spell of its own."""
    return (
        f.current_post
        and f.role in ("assistant_coach", "goalkeeping_coach", "fitness_coach")
        and any(g.sentence == f.sentence and g.event == "left" and g.role == f.role for g in same)
    )


_PRECISION_RANK = {"year": 0, "season": 1, "month": 2, "week": 3, "day": 4}


def _finer(d: DateMention, e: DateMention) -> bool:
    """The same moment told more precisely: the same year, a finer precision."""
    rank = _PRECISION_RANK.get
    return d.value.year == e.value.year and rank(d.precision, 0) > rank(e.precision, 0)


_APART_DAYS = 370  # more than a year: further apart than two tellings of one change's date
# "the men's team", "Germany's men's national side": the sentence is about a men's squad
_MENS_TEAM = re.compile(
    r"\bmen['’]s\s+(?:(?:senior|first|national|olympic)\s+)*(?:team|side|squad|game)\b", re.IGNORECASE
)

# "Before the national team, Bertolini won two titles with Brescia": the sentence tells the clubs that led
# the coach to the national post the story is about
_BEFORE_NATIONAL = re.compile(
    r"(?:Before|Prior\s+to)\s+(?:(?:joining|taking\s+(?:charge\s+of|over)|coaching|leading)\s+)?"
    r"(?:the|her|his)\s+national\s+(?:team|side|job|post|role)\b"
)


# "the Australia men's under-23 side", "the men's U-17s": a men's age group; it says nothing of the
# sentence's other posts ("won the A-League Women title with Melbourne City and assisted the men's U23s")
_MENS_AGE_GROUP = re.compile(r"\bmen['’]s\s+(?:under|u)[-\s]?\d{2}|\bmen['’]s\s+youth\b", re.IGNORECASE)


def _age_group_post(f: Fact) -> bool:
    """A fact at an age group or youth side."""
    return bool(re.search(r"(?:u\d+|youth)$", f.squad))


# words telling one of several spells at a post: "returns", "brought back", "first appointed",
# "for the second time", "his second stint", "again"
_ANOTHER_SPELL = re.compile(
    r"\b(?:return(?:s|ed|ing)?|back|again|re-?appointed|re-?hired|first\s+(?:appointed|named|hired|spell|stint)|"
    r"(?:second|third)\s+(?:time|spell|stint)|(?:for|in)\s+the\s+(?:second|third)\b)",
    re.IGNORECASE,
)


def _borrowed_date(f: Fact, facts: list[Fact]) -> bool:
    """'was back at C from 2020 … before being dismissed in 2021': the date of his other event there."""
    return f.date is not None and any(
        h.sentence == f.sentence
        and h.event != f.event
        and h.coach == f.coach
        and h.date is not None
        and h.date.value == f.date.value
        for h in facts
    )


def _another_time(f: Fact, same: list[Fact], facts: list[Fact]) -> bool:
    """'first appointed in October 2016' … 'returned to the post in May 2019': the same change at
    the same post, told in another sentence with a date far apart and words of another spell,
    happened twice."""
    if (
        f.event not in _CHANGE_EVENTS
        or f.date is None
        or f.derived
        or f.tense_dated
        or f.date.kind != "point"
    ):
        return False
    if _borrowed_date(f, facts):
        return False
    return all(
        g.date is not None
        and not g.derived
        and not _borrowed_date(g, facts)
        and g.sentence != f.sentence
        and (f.another_spell or g.another_spell)
        and abs((f.date.value - g.date.value).days) > _APART_DAYS
        for g in same
    )


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (coach, club, squad, event, role), plus repeats a rule asked for ('twice')."""
    out: list[Fact] = []
    index: dict[tuple, Fact] = {}
    kept: dict[tuple, list[Fact]] = {}
    for f in facts:
        key = (*_key(f), f.event, f.role)
        first = index.get(key)
        if first is None or f.repeat or _another_time(f, kept[key], facts):
            index.setdefault(key, f)
            kept.setdefault(key, []).append(f)
            out.append(f)
        elif f.date and (not first.date or _finer(f.date, first.date)):
            first.date = f.date  # "a week after he left for Villa" … "joined Villa on November 11"
    # one departure told once, read with two roles: the specific role ("his role as assistant") wins
    specific = {(*_key(f), f.sentence) for f in out if f.event == "left" and f.role != "head_coach"}
    return [
        f
        for f in out
        if not (f.event == "left" and f.role == "head_coach" and (*_key(f), f.sentence) in specific)
    ]


def _to_dict(article: Article, f: Fact, spans: list[tuple[int, int]], sentences: list[str]) -> dict:
    start, end = spans[f.sentence]
    return {
        "article_id": str(article.id),
        "coach": f.coach,
        "club": f.club,
        "squad": f.squad,
        "role": f.role,
        "event": f.event,
        "date": f.date.value.isoformat() if f.date else None,
        "date_precision": f.date.precision if f.date else None,
        "confidence": round(f.confidence, 2),
        "evidence": sentences[f.sentence],
        "char_start": start,
        "char_end": end,
    }
