"""What the extractor's modules share: the `Fact` record every rule produces, the `TaggedSentence`
the rules read, the per-article `Context` (people, the club and squad the story is about, who 'he'
is, the posts and exits told so far) that each sentence reads and updates, and the tag regexes and
small helpers more than one stage uses. It sits at the bottom of the import order (it imports only
the leaf modules for dates, mentions, people and the lexicon, no other stage), so every stage can
depend on it without cycles."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from pipeline.extract.dates import DateMention
from pipeline.extract.lexicon import SIDE_COACH_TITLE, TEAM_NOUN
from pipeline.extract.lexicon import cfold as fold
from pipeline.extract.mentions import Mention
from pipeline.extract.people import People
from pipeline.extract.quick_start import compile_quick
from pipeline.extract.quotes import QuoteBook

TAG = re.compile(r"«([PCS])(\d+)»")
# one kind of tag, its index as group 1
CLUB_TAG = re.compile(r"«C(\d+)»")
SQUAD_TAG = re.compile(r"«S(\d+)»")
PERSON_TAG = re.compile(r"«P(\d+)»")
# where a clause or sentence breaks
CLAUSE_BREAK = re.compile(r"[.;:!?]")


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
    # "X, until now assistant of Y, becomes head coach", "directed until now the B team", "had been coaching
    # the U18s": a post held up to the story's news, which ends when the story tells him taking another
    until_now: bool = False
    derived: bool = False  # inferred from another fact of the same sentence
    repeat: bool = False  # a second, distinct event ("turned down the job twice")
    squad_named: bool = False  # the text named the squad (not a default)
    needs_support: bool = False  # player-like wording: kept only if the person is a coach elsewhere
    # … or, with this flag, if the article tells another coach's change ('X crossed town to replace Y')
    in_coaching_story: bool = False
    move_talk: bool = False  # "X left C for D" with no coaching word: kept unless another man is the coach
    trigger_end: int = -1  # end of the rule match (tagged offsets), when one found the fact
    followed: str | None = None  # an assistant following this head coach to a new club
    # "A follows him to C", not "A joins him at C": the words tell the aide leaves with his boss
    leaves_with: bool = False
    came_from: bool = False  # an aide told following his boss from a club ("followed him from C")
    pluperfect: bool = False  # "had been appointed": told as the earlier of two events
    replacing: str | None = None  # a rumour "to replace Y" naming no club: Y's club is the post
    stay_at: str | None = None  # "X will stay at Z": declines the clubs he was linked with
    with_offer: bool = False  # "rejected an approach": an offer was made too
    spurned: tuple[str, ...] = ()  # "…, ending speculation he would move to A or B": A and B
    no_date: bool = False  # one club of a list whose dates belong to another item
    # the change of the man before, copied for an aide of the same staff list: his date decision is the aide's
    copied_from: Fact | None = field(default=None, compare=False, repr=False)
    current_post: bool = False  # "C coach X" (not "former"): the post he holds as the sentence is told
    club_named: bool = False  # the sentence's words name the fact's club (not the club in view)
    lasting: bool = False  # the text says how long the spell lasted ("spent four years at C")
    latest_post: bool = False  # "was most recently in charge of C": his latest post, told as a spell
    achieved: bool = False  # the text tells what the spell achieved ("guided C to the title")
    # "will join Tuchel's backroom staff", "his first training session": his post told through his staff
    # or sessions; no spell of its own beside an appointment or extension there
    staff_talk: bool = False
    # "the Argentina of X" with no coaching word: X's team, his as its coach or as its star player
    named_team: bool = False
    # "assistant to Y since 2023": Y's post told through his aide, whose verb's tense ("had been") is not Y's
    aide_told: bool = False
    begins: bool = False  # the words tell the spell's beginning ("joined C as a player-coach in 2020")
    steps_back: bool = False  # a stand-in's spell ends, he stays on the staff ("will stay on as assistant")
    still_held: bool = False  # "X, actually coach of the U19, took over": a post he keeps beside a new one
    fills_replaced_post: bool = False  # "stepped up from the U19s to replace Y": the post is the one Y left
    tense_dated: bool = False  # dated by the article's date because the tense tells it is today's news
    past_told: bool = False  # an undated change told in a past tense ("had left", "was named"): not today's
    alongside: bool = False  # "his assistant also leaves", "were dismissed too": going with someone else
    since_prior: bool = False  # "in interim charge since then / since X's exit": began with an earlier change
    another_spell: bool = False  # the sentence tells a spell other than the only one ("returned", "first")
    # "returns to C, where he won the cup in 2003": the earlier spell at the club he returns to, told in a
    # clause hung on it; a spell of its own beside the return
    before_return: bool = False
    # "had first managed C from 2020 to 2021 before leaving": an exit ending a spell the sentence tells as an
    # earlier one, not the exit the story tells now
    earlier_exit: bool = False
    # a career pair whose club the sentence names again for another of its sides ("head trainer of A and
    # B, most recently in the youth academy of A"): a fact there of that side does not claim it
    other_side_named: bool = False
    # the second of two sides one post is told over ("coach of the national team and the U23 team"): the
    # story stays with the first side
    second_side: bool = False
    mens: bool = False  # the sentence names a men's team ("led the Germany men's team"): no women's post
    # "won the league with C", "had spells at A and B": told in words a playing career is told in too
    players_words: bool = False
    told_year: int | None = None  # the year such a spell began or such a title was won, when told
    # "Sporting director X, a former coach of Turkey": a past coaching post of a man who is an executive now
    former_post: bool = False
    # "X preferred to stay at C", "X is under contract with C": the post he keeps, told without its squad; no
    # fact of its own where the story tells that post's own change (appointment, exit)
    stay_post: bool = False
    # "X, who joins from C": an arrival read from the move alone, with no title of its own (an aide's, where
    # the sentence gives him one)
    untitled_arrival: bool = False
    # "Sporting director X has been named head coach": the sentence makes the executive the coach; its
    # facts stand though his executive posts give none
    named_coach: bool = False
    before_national: bool = False  # "Before the national team, X coached C": the career that led to that post
    # a spell told with its start in the pluperfect ("had led C since 2018": "had") or the present
    # perfect ("has coached C since 2022": "has"); None when told otherwise (a post held up to the
    # story's news is `until_now`)
    spell_tense: str | None = None
    # a move told after the spell it ends ("won the title in 2008, then left"): only a later date is its own
    dated_after: bool = False
    # a spell told by its length before its end ("left C after three seasons"): (3, "season")
    length: tuple[int, str] | None = None
    # a spell read from its told length alone ("…, ending a two-year spell"): kept only when that dates it
    length_only: bool = False
    # a spell whose length runs up to a departure told as now ("…, who leaves after two seasons")
    ends_now: bool = False
    # how many spells at the post the words count ("had two spells in charge of C"): each an event of its own,
    # and none a restatement of a new appointment told beside them
    spells: int = 1
    # "led C in 2001-02 and 2009-10", "two spells, in 2019 and 2021": the start of this one of the counted
    # spells, which the sentence's other dates do not override
    spell_start: DateMention | None = None
    # an exit told as the two sides parting: a bare one ("C parted ways with X", read as a sacking) or one
    # told as mutual ("left by mutual agreement"); the informed telling wins over the bare one
    parting: bool = False
    # a spell told before the clause of the sacking that ended it ("coached C, who sacked him in May",
    # "a spell at C, where he was dismissed", "…, where he resigned"): a fact of its own beside that exit
    sacked_after: bool = False
    # "X brings his assistant A", "A goes with X to D": the boss an aide arrives along with (not "X will be
    # joined by A" nor "X will work with A": staff he may find at the club); A leaves where X left
    brought_by: str | None = None


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    """One sentence as the rules read it, built once per sentence a rule may match: its words, the
    same words with each mention replaced by a «K#» tag, and what each tag stands for."""

    index: int
    """Position of the sentence among the article's sentences (a fact's `sentence`)."""
    text: str
    """The sentence as written."""
    tagged: str
    """The sentence with each mention replaced by its tag («P0», «C1», «S2»)."""
    mentions: list[Mention]
    """The mentions the tags stand for, by tag index (pronouns resolved to their person included)."""
    named: list[Mention]
    """The mentions the words themselves name (no pronouns), in the order they are written."""
    squad_of: dict[int, tuple[str | None, str]]
    """For each club and squad tag index: the (club, squad) it stands for in this sentence."""
    offsets: list[int]
    """For each offset in `tagged`: the offset in `text` it comes from."""


@dataclass(slots=True)
class Context:
    """What the article has established so far: people, the club it is about, who 'he' is."""

    people: People = field(default_factory=People)
    strong_clubs: set[str] = field(default_factory=set)
    club_counts: Counter[str] = field(default_factory=Counter)  # how often the article names each club
    club_kinds: dict[str, str] = field(default_factory=dict)
    # clubs the article only names by a word that is the surname of a man it names in full
    # ("Fernando Santos … Santos, who …"): that man, not the club
    surname_clubs: set[str] = field(default_factory=set)
    # clubs the article only names by a bare word of another club it names in full ("FC Dynamo Kyiv … won
    # with Dynamo"): that club, not the word's usual owner → the club named in full
    bare_word_clubs: dict[str, str] = field(default_factory=dict)
    topic_club: str | None = None
    topic_squad: str = "first_team"
    topic_from_lead: bool = False  # the topic squad is the lead's subject, not told by a move
    focus: str | None = None
    named_last: list[str] = field(default_factory=list)  # the men named in the last sentence naming any
    recent_clubs: list[list[str]] = field(default_factory=list)  # clubs of the last sentences
    recent_subjects: list[str | None] = field(default_factory=list)  # club opening each sentence
    opened: list[str | None] = field(default_factory=list)  # … as its words open it (no career turn)
    vacancy: tuple[str, str, int, str] | None = (
        None  # club, squad, sentence, coach of the latest sacking/resignation
    )
    succession_doubt: bool = False  # the text tells a return or a stand-in made permanent (see coreference)
    selection: str | None = None  # the country whose team the text called "the … Selection"
    here: list[str] = field(default_factory=list)  # clubs the current sentence names as a post
    career: str | None = None  # the club the current sentence's subject is said to be at
    opening: str | None = None  # the club the current sentence opens on, as its subject
    career_shift: bool = False  # … and the story follows him there (not a pluperfect aside)
    # the current sentence is told in the present or future ("He will bring his assistant", "A returns as
    # his number two"): the news again, not the past a career sentence before it followed him to
    told_as_news: bool = False
    # the current sentence's subject left the story's club, as the story told: it tells of that spell, not
    # of the vacancy another club's sacking just left ("X and Y's Z, who was fired, … X took over in 2023")
    subject_left: bool = False
    left_clubs: set[str] = field(default_factory=set)  # clubs the story's appointees have left/leave
    # clubs said to look for a new coach ("Montréal have yet to name a successor"): a vacancy in play,
    # though the story's appointee left it
    seeking: set[str] = field(default_factory=set)
    posts: dict[str, set[str]] = field(default_factory=dict)  # person → clubs he was appointed at
    caretakers: dict[str, str] = field(default_factory=dict)  # person → club he was put in interim charge of
    # person → (club, squad) → confidence of the posts the story tells him holding though it did not give
    # them to him: a new deal, a head coach's title as told ('Morocco coach X'); his aides work at the surest
    held_posts: dict[str, dict[tuple[str, str], float]] = field(default_factory=dict)
    # person → club, squad, sentence of the stand-in spell (interim appointment or spell) last told of him
    stand_ins: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    post_squads: dict[tuple[str, str], str] = field(default_factory=dict)  # (person, club) → that squad
    spells: list[tuple[str, str]] = field(default_factory=list)  # (person, club) of spells and exits
    exits: dict[str, tuple[str, str, int]] = field(
        default_factory=dict
    )  # person → club, squad, sentence he last left
    # person → club, squad, sentence of the first exit the story tells of him: the news, where a career told
    # after it adds earlier exits ('sacked by C … had arrived in the summer from D')
    first_exits: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    # person → club, squad, sentence of a later post told of him ("Y, who later became coach of C")
    later_posts: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    fixture: tuple[str, str] | None = None  # the two sides of the match a report is about
    opponent_clubs: frozenset[str] = frozenset()  # clubs named only as a match's other side
    # the two sides of any result the headline or lead tells ("drew 1-1 with", "A and B drew")
    result_sides: tuple[str, str] | None = None
    news_day: date | None = None  # the day the article's news happened (`dates.news_day`)
    fallbacks: list[Fact] = field(default_factory=list)  # career pairs kept if nothing else tells them
    guesses: list[Fact] = field(default_factory=list)  # event guesses of unclaimed sentences (fallback.py)
    quotes: QuoteBook | None = None  # the article's quotations and their speakers (quotes.QuoteBook)
    # the first sentence with a women's word ("women's", "she"), 0 when the headline has one, -1 if none
    women_from: int = 0
    womens_headline: bool = False  # the headline names a women's league ("WSL2 gossip: …")
    coaching_roundup: bool = False  # the headline or lead calls it coaching news ("Serie B benches: …")
    headline_sides: dict[str, str] = field(default_factory=dict)  # country → the side the headline names
    headline_women: frozenset[str] = frozenset()  # clubs the headline names with their women's team
    headline: str = ""  # the article's title ("" when it has none)
    # initials the article defines for a national federation ("the Syrian Football Association (SFA)"):
    # later "the SFA" is that country's, not the club the reference data gives those initials to
    initials: dict[str, str] = field(default_factory=dict)
    sentences: list[str] = field(default_factory=list)  # the article's sentences, as the extractor reads them

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
        told = len(self.recent_subjects)
        recent = range(max(0, told - 2), told)
        if any(self._flashback_over(j) for j in recent):
            return self.topic_club  # back from a man's past to the news: the story's club, no vacancy
        subjects = [
            c
            for j in recent
            if (c := self.recent_subjects[j]) and self._in_play(c) and not self._match_side(c)
        ]
        if subjects:  # a club an earlier sentence opened with, unless this one names the story's
            if self.topic_club in self.here or self._back_at_topic(subjects[-1]):
                return self.topic_club
            return subjects[-1]
        if self._recent_vacancy() and not self.subject_left:
            return self.vacancy[0]  # "X was dismissed …. Before Y took over, …": that club
        return self.topic_club

    def _flashback_over(self, j: int) -> bool:
        """'He started his career with Juventus' Primavera. With him arrives the assistant Y': the club
        sentence `j` followed its man to in his past (not one it opened on, nor a move it told as the
        news: 'He now joins C', nor a post held up to now: 'He has coached C since 2021') is left when
        the story is told in the present or future again, here or in a sentence since ('He most recently
        coached C. The new coach will keep his goalkeeping coach. Under-21 coach Y joins the staff': Y's
        sentence, told with no tense of the news, is back at the story too)."""
        followed = self.recent_subjects[j] is not None and self.recent_subjects[j] != self.opened[j]
        if not followed or j >= len(self.sentences) or not told_in_past(self.sentences[j]):
            return False
        now = len(self.recent_subjects)  # (the sentence being read: the list holds those before it)
        return self.told_as_news or any(told_as_news(self.sentences[k]) for k in range(j + 1, now))

    def _back_at_topic(self, subject: str) -> bool:
        """'He made his name at C. X succeeds Y, who left Augsburg. The Dane had been in charge
        since …': the last sentence, opening on no club, named the story's club and not C: back there."""
        last = self.recent_clubs[-1] if self.recent_clubs else []
        return (
            not self.recent_subjects[-1]
            and self.topic_club is not None
            and self.topic_club in last
            and subject not in last
        )

    def _match_side(self, club: str) -> bool:
        """In a match report both sides open sentences of match play ('Eibar went ahead from the
        spot'): the opponent of the story's club opening one does not turn the story to it."""
        return bool(self.fixture and self.topic_club in self.fixture and club in self.fixture)

    def _recent_vacancy(self) -> bool:
        v = self.vacancy
        return bool(v and self.just_now(v[2]) and self._in_play(v[0]))

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
        if v and v[3] == coach and self.just_now(v[2]):
            return v[0], v[1]
        # "He left that post … before leaving the France women's team in August. He was succeeded
        # by Y": the post he was last said to leave, if just now
        exit_ = self.exits.get(coach)
        return (exit_[0], exit_[1]) if exit_ and self.just_now(exit_[2]) else None

    def later_post(self, coach: str) -> tuple[str, str] | None:
        """The post `coach` was just said to have moved on to later ('Y, who later became coach of C')."""
        later = self.later_posts.get(coach)
        return (later[0], later[1]) if later and self.just_now(later[2]) else None

    def just_now(self, told_at: int) -> bool:
        """Sentence `told_at` is one of the last read (recent_clubs holds one entry per sentence)."""
        return told_at >= len(self.recent_clubs) - 2

    def _in_play(self, club: str) -> bool:
        return club not in self.left_clubs or club in self.here or club in self.seeking


# The present or future of the news: "He will bring his assistant", "Y is expected to join him", "A returns
# as his number two", "Z takes over" (not "will have been", a past seen ahead). Succession verbs ("replaces",
# "succeeds") are left to the readers of the man replaced (attribution._replaced_mans_post).
_TOLD_AS_NEWS = re.compile(
    r"\b(?:will|shall)\s+(?!have\b)|\b(?:is|are)\s+(?:expected|set|due)\s+to\b|"
    # ("He replaces X, whose contract was not renewed": the succession the story tells, told in the present)
    r"\b(?:returns|follows|takes\s+over|replaces|succeeds)\b|"
    # staff told in the present: "His assistants A and B arrive with him", "goalkeeping coach C stays"
    r"\b(?:arrives?|comes?)\s+with\s+(?:him|her)\b|\b(?:stays|remains)\b",
    re.IGNORECASE,
)
# a move told in the present ("He now joins C", "X arrives from C"): the news too, though career copy
# also tells a past move so ("In 2009 he joins C"), which a sentence after it may go on about
_MOVE_AS_NEWS = re.compile(r"\b(?:arrives|brings|joins)\b", re.IGNORECASE)


# the perfect of a post held up to now: "has coached C since 2021", "has been in charge of C"
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:been|coached|led|managed|trained|taken|worked|guided|spent)\b",
    re.IGNORECASE,
)


def told_in_past(sentence: str) -> bool:
    """Whether a sentence is told in the past: not as the news (a move of today too), not in the perfect."""
    return not told_as_news(sentence, moves=True) and _PERFECT.search(sentence) is None


def told_as_news(sentence: str, moves: bool = False) -> bool:
    """Whether a sentence is told in the present or future, as the news is (not a career's past);
    with `moves`, a move told in the present counts too."""
    return _TOLD_AS_NEWS.search(sentence) is not None or (
        moves and _MOVE_AS_NEWS.search(sentence) is not None
    )


# "X's Villarreal side", "X's Real Betis men": a possessive before a team named by its club
COACH_SLOT = re.compile(r"['’]s?\s+(?:[A-ZÀ-Þ][\w\-.]*\s+){1,3}(?:side|team|men|outfit)\b(?!['’])")

# A one-word name right before his coaching role: "named Jorginho as their new coach", "Tite, the
# Brazilian coach, …", "Pepa, the former Vitória boss,": a coach known by one name, not a stray word
COACH_ROLE_AFTER = re.compile(
    r"(?:\s+as\s+(?:the\s+|their\s+|its\s+|the\s+club['’]s\s+)?(?:new\s+|permanent\s+|interim\s+|caretaker\s+)*"
    r"(?:head\s+)?(?:coach|manager|boss|trainer)\b"
    r"|,\s+the\s+(?:[\w-]+\s+){0,3}?(?:head\s+)?(?:coach|manager|boss|tactician|trainer)\s*,)"
)

AS_PLAYER = re.compile(r"\bas\s+a\s+player\b(?!-)|\bappearances\b", re.IGNORECASE)

# A country's demonym: one capitalised word ("Spanish") or a two-word one whose first word is the first of
# its country's name ("South Korean", "Costa Rican", "Sierra Leonean", "Cape Verdean", "Saudi Arabian",
# "Central African")
DEMONYM = r"(?:(?:South|North|Costa|Puerto|Sierra|Cape|New|Equatorial|Saudi|Central)\s+)?[A-Z][a-z]+"

# "the Spanish national team", "the Italian selection": the country's team, named by its demonym.
NATIONAL_REF = compile_quick(
    r"\b[Tt]he\s+(?:(?P<dem>" + DEMONYM + r")\s+(?:men['’]s\s+)?"
    r"(?:national\s+(?:football\s+)?(?:team|side|squad|selection)|[Ss]election)\b|Selec(?:tion|ção|ción|ção)\b)"
)


# "the Swedish women's national team", "the Dutch women": the demonym is the country, the words
# after it the squad phrase
WOMEN_DEMONYM = compile_quick(r"\b[Tt]he\s+(?P<dem>" + DEMONYM + r")\s+(?=women(?:['’]s)?\b)")
# "the Danish Under-21s", "the French U-20 team", "the Brazilian Olympic side": a country's age group; "the
# Swiss U21 coach", "the Dutch under-19 manager": its coach's title
YOUTH_DEMONYM = re.compile(
    r"\b[Tt]he\s+(?P<dem>" + DEMONYM + r")\s+(?=(?:men['’]s\s+)?(?:(?:[Uu]nder|U|Sub)[-\s]?"
    r"(?:1[4-9]|2[0-3])(?:['’]?s\b|\s+(?:national\s+)?(?:team|side|squad|selection)s?\b|"
    r"\s+" + SIDE_COACH_TITLE + r")|Olympic\s+" + TEAM_NOUN + r"\b))"
)

DESCRIBED_WITH = re.compile(r"«C(\d+)»\s+(?:head\s+)?(?:coach|manager|boss)\s*,?\s*$", re.IGNORECASE)


def trigger_at(match: re.Match[str]) -> int:
    """Where the fact's verb is: a rule's `t` group ("X, who …, left C and was named …"), else the match."""
    return match.start("t") if "t" in match.re.groupindex and match.group("t") else match.start()


CHANGE_EVENTS = ("appointed", "dismissed", "resigned", "left")
# what happens to aides the day it happens to their boss: his change, or a new deal beside his
STAFF_TOGETHER_EVENTS = (*CHANGE_EVENTS, "extended")
# the events told as having happened (or happening): a condition, question or denial tells none
REAL_EVENTS = frozenset({"appointed", "dismissed", "resigned", "left", "extended"})


@cache
def KNOWN_SINGLE() -> frozenset[str]:
    from pipeline.reference import coach_nicknames

    return frozenset(
        fold(n) for n in (*coach_nicknames(), *coach_nicknames().values()) if len(n.split()) == 1
    )


def youth_or_reserve(squad: str | None) -> bool:
    """A men's squad below the senior side: youth, an age group, the reserves."""
    return bool(squad) and re.fullmatch(r"(?:national_)?(?:u\d+|youth|reserve)", squad or "") is not None
