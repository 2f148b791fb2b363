"""Stand-ins: a stand-in going back to his old role, stand-ins named together, and a stand-in's first
games told ahead.
"""

from __future__ import annotations

from pipeline.extract.lexicon import TEAM_NOUN
from pipeline.extract.rules.grammar import (
    SIDE_OWNER,
    STAND_IN_NAMED_AS,
    STAND_IN_TITLE,
    UNTIL_FILLED,
    UNTIL_POST_FILLED,
)
from pipeline.extract.rules.keys import RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# "… by X as caretaker": the stand-in's title told after his name
_AS_CARETAKER = r"\s+as\s+(?:the\s+|an?\s+)?(?:interim|caretaker)\b"
# "the team was guided for two matches / led in the last matches of the year by X": a spell told by its
# matches is a stand-in's (a permanent coach's spell is told by its years)
_STAND_IN_SPELL = (
    r"(?:\b(?:the\s+)?" + TEAM_NOUN + r"|«C\d+»)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:guided|led|coached|managed|directed|commanded)\s+(?P<spell_told>"
    r"(?:for|in|during)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:matches|games|fixtures)(?:\s+of\s+the\s+(?:year|season))?|"
    # "the team was led on an interim basis by X", translated "was directed in interim by X"
    r"on\s+an?\s+(?:interim|temporary|caretaker)\s+basis|in\s+(?:the\s+)?interim)?"
    r"\s*by\s+(?P<aide>(?:the\s+)?(?:assistant|first-team)\s+(?:coach\s+|manager\s+)?)?{P_OWN}"
    # "the side was led by assistant coach X as caretaker": else the spell is told after the name, or by the
    # aide's title alone ("Since then the team has been led by assistant X, who returns to his post": the
    # club's own aide minding its team)
    r"(?(spell_told)|(?(aide)(?:" + _AS_CARETAKER + r")?|" + _AS_CARETAKER + r"))"
)
# "…, who then returned to the second team / to his post", "who returns now to his function": a stand-in
# going back to the post he held
_RETURNED_TO = (
    r"(?:[^.;«]|«[CS]\d+»){0,150}?\breturn(?:ed|s)?\s+(?:then\s+|now\s+|later\s+|after(?:wards)?\s+)?to\s+"
    r"(?:the\s+|{HIS}\s+)?(?:«S\d+»|(?:(?:second|secondary|reserve|youth|b)\s+" + TEAM_NOUN + r"|"
    r"post|function|role|job|position|duties|academy|reserves)\b)"
)
# the words after a person that tell his stand-in spell, up to the clause joining what he does next:
# ", who led C on an interim basis this season,", " has been interim head coach since then and", " took
# caretaker charge after his departure and", "…; he"
# (another man only as a possessive or as the one whose exit opened the spell: "since Y was sacked")
_SPELL_WORDS = (
    r"(?:[^«.;:!?]|«[CS]\d+»|«P\d+»['’]s?|«P\d+»(?=\s+(?:was|had\s+been)\s+(?:sacked|fired|dismissed)\b|"
    r"\s+(?:had\s+)?(?:left|departed|quit|resigned|stepped\s+down)\b))"
)
# a stand-in's spell told by the games he took without a title: "ran the team for three games", "took
# charge of the last three games", "led the side in the final two matches"
_STAND_IN_GAMES = (
    r"(?:(?:ran|led|took\s+charge\s+of|oversaw|coached|guided|steered)\s+(?:the\s+"
    + TEAM_NOUN
    + r"\s+(?:for|in)\s+)?"
    # ("took the team for the final two league games": the plain "took" only with the team it took)
    + r"|took\s+the\s+(?:first\s+)?"
    + TEAM_NOUN
    + r"\s+(?:for|in)\s+)"
    r"(?:the\s+)?(?:(?:last|previous|past|final|next|first)\s+)?(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?"
    # ("the last two league games", "the final three Premier League matches": the competition between)
    r"(?:(?:league|cup|(?-i:[A-Z][\w\-]*))\s+){0,2}(?:games|matches|fixtures)"
)
# the day a game or a session was: "Saturday's", "last Sunday's", "C's"
_WHICH_DAYS = r"(?:«C\d+»['’]s?|(?-i:[A-Z][a-z]+day)['’]s|(?:last|this)\s+(?-i:[A-Z][a-z]+day)['’]s)"
# … or by the one game or the days he took: "led the side in the weekend draw with C", "took the team for
# Saturday's defeat at C", "directed the team in the draw of Thursday", "led training in the past week",
# "led the team in the meantime" (the team or its training as the object: "led C in the 2014 final" may be a
# head coach's game)
_STAND_IN_ONE_GAME = (
    # ("was in charge for Saturday's defeat": the game he had charge of)
    r"(?:(?:(?:ran|led|took|directed|oversaw|guided)\s+(?:the\s+(?:first\s+)?" + TEAM_NOUN + r"|training)|"
    r"(?:was|had\s+been)\s+in\s+charge)\s+"
    r"(?:for|in|during)\s+(?:the\s+meantime\b|(?:the|a|an|" + _WHICH_DAYS + r")\s+"
    # (or the score that stands for the game: "led the team in Saturday's 2-2 at C")
    r"(?:[\w'’\-]+\s+){0,3}?(?:draw|defeat|win|victory|loss|game|match|tie|friendly|fixture|\d+[-–]\d+|"
    r"(?:international\s+|winter\s+)?break|(?:past|last)\s+week)\b)|"
    # "took charge of Saturday's league game": the one game named right after (a day's, not "the game")
    r"took\s+charge\s+of\s+" + _WHICH_DAYS + r"\s+(?:[\w'’\-]+\s+){0,2}?(?:game|match|tie|fixture)\b|"
    # "led training on Monday", "took Tuesday's training (session)": a session on a day named
    r"(?:ran|led|took|oversaw|directed)\s+(?:training\s+on\s+(?-i:[A-Z][a-z]+day)(?:\s+(?:morning|afternoon|evening))?\b|"
    + _WHICH_DAYS
    + r"\s+training\b))"
)


def _stand_in_told(spell: str, by_title: bool = True) -> str:
    """The words after a person telling his stand-in spell (a title if `by_title`, or `spell`), up to the
    clause joining what he does next."""
    return (
        _SPELL_WORDS
        + r"{0,120}?\b(?:"
        + (r"interim|caretaker|acting|temporary|" if by_title else "")
        + spell
        + r")\b"
        + _SPELL_WORDS
        + r"{0,120}?"
        # "…; he will …" (the pronoun tagged as him: see `_vetoed`)
        r"(?:,|\s+and|;\s+(?:he|she|«P(?P<again>\d+)»))"
    )


# "has led the side since Y's departure", "had looked after the squad since then": a spell in charge up to
# the news, told without a title; a stand-in's where the man then steps back onto the new boss's staff
_SPELL_UP_TO_NOW = (
    r"(?:has|had)\s+(?:been\s+)?(?:led|leading|run|running|overseen|overseeing|looked\s+after|looking\s+after)\s+"
    r"the\s+(?:first\s+)?" + TEAM_NOUN + r"\s+since"
)
_STAND_IN_TOLD = _stand_in_told(_STAND_IN_GAMES + "|" + _SPELL_UP_TO_NOW)
# the spell told by one game too: enough to tell the spell he held, not that it ended as he stays on the
# staff (the reader records "A, who led the side on Sunday, stays on" as his spell only)
_STAND_IN_TOLD_BY_ONE_GAME = _stand_in_told(_STAND_IN_GAMES + "|" + _STAND_IN_ONE_GAME)
# "running the club's U21 side", "coaching Ajax's «S»": a squad he runs, named after the verb
_RUNNING_SQUAD = (
    r"(?:running|coaching|leading|managing|overseeing|(?:{HIS}\s+(?:role|post|job|position)\s+as))\s+"
    r"(?:the\s+club['’]s\s+|«C\d+»['’]s?\s+|the\s+|{HIS}\s+)?(?:(?:[\w\-]+|«[PC]\d+»)\s+){0,3}?"
    r"(?:«S\d+»|(?:side|team|squad|academy)\b)"
)
# "returns to the U21", "will go back to his previous role / his functions / his work in the staff",
# "returns to the base categories": going back to the post he held before, named or not
_BACK_TO_POST = (
    r"(?:return|returns|returned|go\s+back|goes\s+back|revert|reverts)\s+(?:full[\s-]time\s+)?to\s+(?:the\s+|{HIS}\s+)?"
    r"(?:«S\d+»|(?:youth|academy|reserve|b|second)\s+(?:set-?up|team|side|squad|ranks)\b|academy\b|reserves\b|"
    # ("returns to the base categories": translated "categorías de base", the youth ranks)
    r"(?:base|lower)\s+categories\b|"
    # ("will return to that role", "returns to his functions / his work / his place in the staff / his own
    # group / his youth role": the post he held before, named or not; translated "funciones", "trabajo")
    r"(?:previous\s+|former\s+|old\s+|usual\s+|that\s+|own\s+)?(?:[\w\-]+(?:['’]s)?\s+)?"
    # (or "will go back to running the club's reserve side": the squad he ran before)
    r"(?:role|post|position|duties|duty|job|functions?|work|place|group)\b|" + _RUNNING_SQUAD + r")"
)
# "will remain in his role", "continues in his functions", "stays on, as does …": the post he held kept,
# unnamed
_KEPT_IN_HIS_POST = (
    r"(?:stay|stays|remain|remains|continue|continues)\s+in\s+{HIS}\s+(?:role|post|position|functions?)\b|"
    r"(?:stay|stays|remain|remains)\s+on(?=\s*[,.;])"
)
# "returns to the backroom staff", "will go back to be assistant coach", "returns to the U21": a stand-in
# going back to the post he held (told by a verb of return, not by staying on)
_GOES_BACK = (
    r"(?:return|returns|returned|go\s+back|goes\s+back|went\s+back|revert|reverts)\s+to\s+(?:the\s+|{HIS}\s+)?"
    r"{STAFF}\b|"
    r"(?:go|goes|went)\s+back\s+to\s+(?:be|being)\s+(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?"
    r"(?:assistant|number\s+two)\b|" + _BACK_TO_POST
)
# "will stay on as an assistant", "is expected to remain part of the coaching staff", "was then kept on by Y
# as his number two", "will return to the youth set-up / to his role": a stand-in stepping back
_STEPS_BACK = (
    r"{HAVE}\s+(?:(?:expected|set|due|likely|going)\s+to\s+)?(?:"
    # ("will stay in the staff as assistant", "will continue as assistant manager": the aide he was before)
    r"(?:stay|stays|stayed|remain|remains|remained|continue|continues)\s+(?:(?:on|in)\s+(?:the\s+)?staff\s+|on\s+)?"
    r"as\s+(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?(?:assistant|number\s+two|no\.?\s*2)\b|"
    # ("will stay on as first-team coach": the staff title of English copy, its squad word tagged; not "as
    # head coach", a stand-in kept in charge)
    r"(?:stay|stays|stayed|remain|remains|remained|continue|continues)\s+(?:on\s+)?as\s+(?:an?\s+|the\s+)?"
    r"(?:first-team|«S\d+»)\s+coach\b|"
    # ("will remain on Noonan's staff": the new head coach's)
    r"(?:stay|stays|stayed|remain|remains|remained|continue|continues)\s+"
    r"(?:(?:on|in)\s+(?:the\s+|«P\d+»['’]s\s+)?|part\s+of\s+(?:the\s+|{HIS}\s+)?)"
    r"(?:(?:{STAFF_KIND}\s+)?(?:staff|set-?up)|{STAFF_KIND}\s+team)\b|"
    + _KEPT_IN_HIS_POST
    + r"|kept\s+on\s+(?:by\s+«P\d+»\s+)?as\s+(?:an?\s+|the\s+|{HIS}\s+)?(?:assistant|number\s+two)\b|"
    + _GOES_BACK
    + r")"
)

# "X, who took the team for Saturday's defeat, will return to the academy / now goes back to the reserves":
# a spell told by its games, ended by a verb of return (not by staying on)
_GOING_BACK = r"{HAVE}\s+(?:(?:expected|set|due|likely|going)\s+to\s+)?(?:" + _GOES_BACK + r")"
_ONE_GAME_THEN_BACK = r"{P_OWN}" + _STAND_IN_TOLD_BY_ONE_GAME + _GOING_BACK
# … told by the one game or the games alone, no title ("who took the team for Saturday's defeat, goes back
# …", "who took the team for the final two league games, returns to the academy"): the stand-in spell the
# reader records beside its end (a spell titled "interim" he records as its end only)
_UNTITLED_ONE_GAME_THEN_BACK = (
    r"{P_OWN}" + _stand_in_told(_STAND_IN_GAMES + "|" + _STAND_IN_ONE_GAME, by_title=False) + _GOING_BACK
)
# the part of `_STEPS_BACK` that names a post on the first team's staff (not a youth side he goes back to
# running): "will stay on / remain as an assistant", "will continue as assistant coach", "will remain on
# (Y's) staff", "will return to his role as an assistant", "returns to his place on the staff" (not a
# hedged "is expected to stay on", only a link; nor "was kept on by Y as his number two", the new boss's
# appointment)
# "X has been interim coach since then and will stay on as Y's assistant": a spell running up to now that
# ends with him taken onto the new boss's staff is told as that appointment, not as a post he goes back to
_NO_SPELL_UP_TO_NOW = r"(?!\s+(?:has|had)\s+been\s+(?:the\s+)?(?:interim|caretaker|acting|temporary|in\s+))"
_BACK_TO_STAFF = (
    r"{HAVE}\s+(?:"
    r"(?:stay|stays|stayed|remain|remains|remained|continue|continues)\s+(?:on\s+)?as\s+"
    r"(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?(?:assistant|number\s+two)\b|"
    r"(?:stay|stays|stayed|remain|remains|remained|continue|continues)\s+(?:(?:on|in)\s+(?:the\s+|«P\d+»['’]s\s+)?|"
    r"(?:on\s+)?(?:as\s+)?part\s+of\s+(?:the\s+|{HIS}\s+|«P\d+»['’]s\s+)?)"
    r"(?:(?:{STAFF_KIND}\s+)?staff|{STAFF_KIND}\s+team)\b|"
    + _KEPT_IN_HIS_POST
    + r"|(?:return|returns|returned|go\s+back|goes\s+back|went\s+back|revert|reverts)\s+to\s+(?:"
    r"(?:the\s+|{HIS}\s+)?{STAFF}\b|{HIS}\s+(?:previous\s+|former\s+|old\s+|usual\s+)?(?:role|post|position|job|place)\s+"
    # ("returns to his role as first-team coach": the staff title of the senior side)
    r"(?:as\s+(?:an?\s+|the\s+)?(?:first-team\s+(?:assistant|coach)|assistant)|(?:on|in)\s+the\s+staff)\b)|"
    r"(?:go|goes|went)\s+back\s+to\s+(?:be|being)\s+(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?"
    r"(?:assistant|number\s+two)\b)"
)


# --- a stand-in going back to his old role --------------------------------------------------------
STAND_INS_STEPPING_BACK: tuple[Rule, ...] = (
    R(
        "return-to-assistant",
        "left",
        r"{P}{APP}{HAVE}\s+(?:return|returns|returned|revert|reverts|go\s+back)\s+to\s+(?:{HIS}|the)\s+"
        r"(?:previous\s+|former\s+|old\s+|usual\s+)?(?:role|position|job|post)\s+(?:as|of)\s+(?:an?\s+|the\s+)?assistant",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "caretaker X will return to his advisory role / to his old job": a stand-in's spell ends (at the spell's
    # own club and squad, as stand-in-goes-back reads it: "returns to his role with the under-23s" names the
    # side he goes back to, not the one he stood in for)
    R(
        "caretaker-returns-to-role",
        "left",
        r"\b(?:caretaker|interim|acting|temporary)\s+(?:(?:head\s+)?(?:coach|manager|boss)\s+)?{P}{APP}{HAVE}\s+"
        r"(?:(?:will|to|would|is\s+set\s+to|is\s+expected\s+to)\s+)?(?:return|returns|returned|revert|reverts|"
        r"go\s+back|goes\s+back|went\s+back)\s+to\s+(?:{HIS}|the)\s+(?:[\w\-]+\s+){0,2}?"
        r"(?:role|position|job|post|duties)\b",
        0.7,
        role="caretaker",
        club_side="topic",
        stand_in_before=True,
    ),
    R(
        "return-to-assistant-spell",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:return|returns|returned|revert|reverts|go\s+back)\s+to\s+(?:{HIS}|the)\s+"
        r"(?:previous\s+|former\s+|old\s+|usual\s+)?(?:role|position|job|post)\s+(?:as|of)\s+(?:an?\s+|the\s+)?assistant",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    # "X, who coached C on an interim basis, returns to his post as coach of the club's under-23 side", "X
    # led the team in the last two games and returns to the under-19s": the side he goes back to coaching
    # (a youth or reserve side; not the club's women's team, told beside a story of its men)
    R(
        "returns-to-squad-post",
        "in_charge",
        r"{P}(?:"
        + _SPELL_WORDS
        # ("He succeeds X, who returns to the under-19s": the man replaced, told going back in a relative)
        + r"{0,150}?(?:,|\s+and))?(?:\s+who)?\s+(?:(?:will|would|is\s+(?:set|expected)\s+to|to)\s+)?"
        # ("returns to his role with the under-23s", "will return to his role as under-21 coach", "… as the
        # club's under-19 coach", "… as Under-21s lead coach", "goes back to his old post as trainer of the
        # U19", the translated "returns to his functions as coach of the reserve team": the side named
        # beside the post, or as the title's first word)
        r"(?:return|returns|returned|go\s+back|goes\s+back)\s+to\s+(?:{HIS}\s+(?:previous\s+|former\s+|old\s+|usual\s+)?"
        r"(?:role|post|position|job|functions)\s+(?:as\s+(?:the\s+)?(?:head\s+)?(?:coach|manager|trainer)\s+of\s+|"
        # ("returns to his role in the academy": the side he works in)
        r"with\s+|in\s+|as\s+(?="
        + SIDE_OWNER
        + r"«S\d+»\s+(?:(?:head|lead)\s+)?(?:coach|manager|trainer)\b)))?"
        + SIDE_OWNER
        + r"«S\d+»",
        0.65,
        role="head_coach",
        club_side="tag",
        squad_in_match=True,
        youth_or_reserve_only=True,
    ),
    # "X, who was in temporary charge, returns to the backroom staff", "will go back to be assistant coach":
    # the aide's post he held before the stand-in spell
    R(
        "return-to-staff-spell",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:return|returns|returned|revert|reverts|go\s+back|goes\s+back)\s+to\s+(?:{HIS}|the)\s+"
        r"{STAFF}\b|(?:go|goes)\s+back\s+to\s+(?:be|being)\s+"
        r"(?:an?\s+|the\s+|{HIS}\s+)?(?:first-team\s+)?(?:assistant|number\s+two)\b)",
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    # "the team was guided for two matches / led in the last matches of the year by X": a stand-in's spell
    R(
        "team-led-for-spell",
        "in_charge",
        _STAND_IN_SPELL,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "…, who then returned to the second team / to his post": the stand-in's spell ends as he goes back
    R(
        "team-led-returned",
        "left",
        _STAND_IN_SPELL + _RETURNED_TO,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "the team was led by assistant coach X as caretaker, who will stay in the staff as assistant": the
    # stand-in's spell ends as he steps back
    R(
        "team-led-steps-back",
        "left",
        # ("…, and he now returns to his work in the staff": the pronoun tagged as him, see `_vetoed`)
        _STAND_IN_SPELL + r"(?:\s*,\s*who|,?\s+and(?:\s+(?:he|she|«P(?P<again>\d+)»))?)" + _STEPS_BACK,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "the interim X, coach of the B team, who guided the team … and returned after to the secondary team"
    R(
        "stand-in-returned",
        "left",
        r"\bthe\s+(?:interim|caretaker)\s+(?:coach\s+|manager\s+)?{P_OWN}" + _RETURNED_TO,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "X, who took the team on an interim basis, will stay on as Y's assistant", "X has been interim head
    # coach and will remain part of the backroom staff", "X took caretaker charge and was then kept on by Y as
    # his number two", "…; he will return to the youth set-up once Y arrives": the stand-in's spell ends
    R(
        "interim-stays-as-assistant",
        "left",
        r"{P_OWN}" + _STAND_IN_TOLD + _STEPS_BACK,
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "U21 coach X, who took the team for Saturday's defeat, goes back to the academy": a stand-in told by
    # his one game, going back (not staying on: "A, who led the side on Sunday, stays on" tells his spell
    # only)
    R("one-game-stand-in-goes-back", "left", _ONE_GAME_THEN_BACK, 0.7, role="caretaker", club_side="topic"),
    # … and the stand-in spell he held, told by the same words
    R(
        "one-game-stand-in-spell",
        "in_charge",
        _UNTITLED_ONE_GAME_THEN_BACK,
        0.65,
        role="caretaker",
        club_side="topic",
    ),
    # "X, who took caretaker charge, will remain as assistant", "X, who led the team as interim coach, will
    # return to his role as an assistant": the staff post he goes back to is told (a youth side he goes
    # back to running is read by returns-to-squad-post)
    R(
        "interim-stays-as-assistant-spell",
        "in_charge",
        r"{P_OWN}" + _NO_SPELL_UP_TO_NOW + _STAND_IN_TOLD_BY_ONE_GAME + _BACK_TO_STAFF,
        0.65,
        role="assistant_coach",
        club_side="topic",
    ),
    # "He will return to his previous role", "X now returns to the U21", "She will stay on as part of Y's
    # backroom staff", said of a man the story told as a stand-in before: that stand-in spell ends (at its own
    # club and squad, not the post he goes back to)
    R(
        "stand-in-goes-back",
        "left",
        # (or "will stay on as part of Y's staff", "will remain as assistant": the staff post he keeps)
        r"{P_OWN}{APP}(?:" + _STEPS_BACK + "|" + _BACK_TO_STAFF + ")",
        0.65,
        role="caretaker",
        club_side="topic",
        stand_in_before=True,
    ),
)


# --- stand-ins named together ----------------------------------------------------------------


RULE_KEYS.update({"interim-charge-alongside": ("alongside", "together with", "jointly with")})
STAND_INS_TOGETHER: tuple[Rule, ...] = (
    # "X was put in interim charge alongside Y", "X and Y … took caretaker charge together with Z": the man
    # named after 'alongside' stands in too (an aide named by his title is read by charge-alongside-assistant)
    R(
        "interim-charge-alongside",
        "appointed",
        r"\b(?:put|placed|given|handed|took|taken|takes|take|taking)\s+(?:in\s+)?(?:joint\s+)?"
        r"(?:interim|temporary|caretaker)\s+charge(?:\s+of\s+(?:the\s+)?(?:«[CS]\d+»|team|side|squad))?{TIME}"
        r"\s+(?:alongside|together\s+with|jointly\s+with)\s+{P_OWN}",
        0.7,
        role="caretaker",
        club_side="near",
    ),
)


# --- a stand-in's first games told ahead --------------------------------------------------------


RULE_KEYS.update(
    {
        "stand-in-will-lead": ("lead", "take charge", "oversee", "be in charge"),
        # ("window", "cup" …: a national side's window or tournament ahead)
        "will-lead-for-games": (
            "game",
            "match",
            "trip",
            "tie",
            "fixture",
            "friendlies",
            "qualifier",
            "derby",
            "against",
            "window",
            "cup",
            "championship",
            "tournament",
            "finals",
        ),
        "will-lead-until-filled": (
            "rest of the",
            "end of the",
            "meantime",
            "interim basis",
            "for now",
            "time being",
            "until a",
            "until the appointment",
            # (UNTIL_POST_FILLED's other openings: "until their new head coach is in place")
            "until their",
            "until its",
            "until the new",
            "until the permanent",
            "until further notice",
            "temporary basis",
            "caretaker basis",
            "as interim",
            "as an interim",
            "as caretaker",
            "in interim",
        ),
        "until-filled-will-lead": ("until a", "until the", "until their", "until its"),
        "was-in-charge-as-interim": ("as interim", "as caretaker", "interim basis", "caretaker basis"),
        "stand-in-took-training": ("training", "session"),
        "titled-aide-will-take-training": ("training",),
        "takes-the-interim": ("the interim",),
        "will-be-in-charge-for-games": (
            "be in charge",
            "be in temporary charge",
            "be in interim charge",
            "be in sole charge",
        ),
        "training-led-by-stand-in": ("training",),
    }
)
# the games a stand-in is named for: "for Saturday's trip to Cardiff", "for the final two matches of the
# season", "for the cup tie" (not "for the first time in Saturday's game", nor "for the rest of the season")
_FOR_GAMES = (
    r"\s+for\s+(?!the\s+(?:first|rest)\b)(?:[\w'’\-]+\s+){0,4}?"
    r"(?:games?|match(?:es)?|trip|ties?|fixtures?|friendlies|qualifiers?)\b"
)
# the title of a youth or reserve side's coach after its squad tag: "«S» coach", "«S» team manager"
_SIDE_COACH = r"(?:team\s+|side\s+)?(?:coach|manager|boss)"
# … or told by when or whom they are: "in the next two matches", "against C on Saturday"; a national side's
# window or tournament: "in the March window", "at next month's Gold Cup" (with the post open, its stand-in)
_GAMES_AHEAD = (
    r"(?:"
    + _FOR_GAMES
    # ("in the last match of the season": the one game left)
    + r"|\s+in\s+the\s+(?:next|last|final|remaining)\s+(?:\w+\s+){0,2}?(?:games?|match(?:es)?|fixtures?)\b"
    r"|\s+against\s+(?:the\s+)?«C\d+»"
    # "in Saturday's match against C", "in next week's cup tie", "on Friday against C": the game by its day
    r"|\s+in\s+(?:next\s+)?\w+['’]s\s+(?:[\w\-]+\s+){0,2}?(?:game|match|tie|fixture|derby|qualifier)\b"
    r"|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+against\s+(?:the\s+)?«C\d+»"
    r"|\s+(?:in|for|during)\s+the\s+(?:[\w\-]+\s+){0,2}?window\b"
    r"|\s+at\s+(?:next|this)\s+(?:month|year|summer)['’]s\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:Cup|Championship|Games|tournament|finals)\b)"
)
STAND_IN_FIRST_GAMES: tuple[Rule, ...] = (
    # "Caretaker boss X will lead C against Barnsley on Saturday": the stand-in's coming spell is the news
    # (a permanent coach's "will lead C against D" is only a preview)
    R(
        "stand-in-will-lead",
        "appointed",
        STAND_IN_TITLE + r"{P}\s+(?:will|is\s+set\s+to|is\s+to|is\s+due\s+to)\s+"
        r"(?:lead|take\s+charge\s+of|oversee|be\s+in\s+charge\s+(?:of|for))\s+(?:the\s+)?(?:{C}|{S}|"
        + TEAM_NOUN
        + r"\b)",
        0.7,
        role="caretaker",
        club_side="near",
    ),
    # "X, the club's head of player development, will look after the first team for Saturday's trip",
    # "Long-time assistant X will lead the team for the final two matches", "U19 coach X takes the team for
    # Saturday's game", "… will take training for the weekend fixture", "… will lead the team in the next two
    # matches", "… will take the first team against C on Saturday": a man named for the games while
    # the post is open is the stand-in (with no post open it is the coach's own preview: `needs_open_post`)
    R(
        "will-lead-for-games",
        "appointed",
        r"{P}{APP}\s+(?:(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:lead|take\s+charge\s+of|take|look\s+after|"
        # ("X takes the team for Saturday's game": the present of the plan)
        r"oversee|direct|be\s+in\s+charge\s+of)|takes|leads|directs)\s+(?:the\s+)?(?:{S}|"
        + TEAM_NOUN
        + r"\b|"
        # ("will take training for the weekend fixture": the sessions before the games)
        # ("will lead the team temporarily in the match against C": the stretch told before the games)
        r"(?:first-team\s+)?training\b)(?:\s+(?:temporarily|provisionally))?"
        r"(?:\s+in\s+the\s+(?:match|game)(?=\s+against\b))?" + _GAMES_AHEAD,
        0.7,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
        squad_in_match=True,
    ),
    # "X, the club's head of academy, will be in charge for Saturday's trip", "will be in temporary charge
    # against C": the charge of the games told without the team, while the post is open (else the coach's own
    # plans; "will be on the bench / in the dugout" is said of aides beside their boss too)
    R(
        "will-be-in-charge-for-games",
        "appointed",
        # (an apposition telling he leads the team already, "X, who has led the team since May, will be in
        # charge", makes it his spell going on, read elsewhere)
        r"{P}(?:\s*,\s+(?:(?!\b(?:led|leads|since)\b|charge)[^,.;«]|«[CS]\d+»){1,80},)?\s+(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+"
        r"be\s+in\s+(?:temporary\s+|interim\s+|sole\s+)?charge" + _GAMES_AHEAD,
        0.7,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
    ),
    # "Assistant X will lead the team for the rest of the season", "X will coach the side in the meantime":
    # the man who leads the team while the post is open is its stand-in (with no post open, his own plans);
    # "X will take the team as interim", "Assistant X takes the team until the end of the season", "…, with X
    # taking the team on an interim basis": the same
    R(
        "will-lead-until-filled",
        "appointed",
        # ("will prepare the team", "will look after the players until a new man is found": the same charge)
        r"{P}{APP}\s+(?:(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to)\s+(?:lead|coach|direct|guide|prepare|"
        r"look\s+after|handle|take)|takes|taking|leads|leading|directs|directing)\s+(?:the\s+)?(?:{S}|"
        + TEAM_NOUN
        + r"\b|(?<=the\s)players\b)(?:"
        + UNTIL_FILLED
        + r"|\s+(?:as\s+(?:an?\s+)?(?:interim|caretaker)|in\s+interim)\b)",
        0.7,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
        squad_in_match=True,
    ),
    # "Until a successor is found, youth coach X will lead the team", "until the new manager is appointed,
    # assistant X takes the side": the same stretch told first, then the stand-in and his title
    R(
        "until-filled-will-lead",
        "appointed",
        r"\b"
        + UNTIL_POST_FILLED
        + r",\s+(?:(?:[\w\-]+|«S\d+»)\s+){0,3}?{P}{APP}\s+(?:(?:will|is\s+to|is\s+set\s+to)\s+"
        r"(?:lead|coach|direct|guide|prepare|look\s+after|take)|takes|leads|directs)\s+(?:the\s+)?(?:{S}|"
        + TEAM_NOUN
        + r"\b|(?<=the\s)players\b)",
        0.7,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
        squad_in_match=True,
    ),
    # "The assistant X takes the interim until the arrival of a new coach" (translated "assume o interinato",
    # "asume el interinato"; "X will ensure the interim", French "assurera l'intérim"): the interim named as
    # the post he takes, while the post is open
    R(
        "takes-the-interim",
        "appointed",
        # (the present or a plan only: "took the interim for the autumn games" tells a past spell, background)
        r"{P}{APP}\s+(?:(?:will|is\s+to|is\s+set\s+to)\s+)?(?:takes?|assumes?|ensures?)\s+(?:over\s+)?"
        r"the\s+interim\b(?!\s+(?:president|presidency|chairman|director|ceo|board)\b)",
        0.7,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
    ),
    # "The under-23 coach, X, will take training on Friday", "assistant coach X will lead the training": a
    # youth, reserve or assistant coach named for the coming sessions while the post is open is the stand-in
    # from that day (the title tells he is no new head coach: "X … will lead training on Thursday" may be the
    # new man's first session)
    R(
        "titled-aide-will-take-training",
        "appointed",
        r"(?:«S\d+»\s+" + _SIDE_COACH + r"|\b(?:reserve|youth|academy)\s+" + _SIDE_COACH + r"|"
        r"\bassistant(?:\s+(?:head\s+)?(?:coach|manager))?)(?:,\s+|\s+){P},?\s+(?:will|is\s+to|is\s+set\s+to|"
        r"is\s+due\s+to)\s+(?:take|lead|direct|oversee|run|conduct)\s+(?:the\s+|first-team\s+)*training\b"
        # (the day of the session or nothing more: not "… training for the first time", a new man's start;
        # "… will lead training for the time being / until a successor is found": the stretch of the stand-in)
        r"(?=\s+on\s+(?-i:[A-Z])\w+day\b|\s+(?:today|tomorrow)\b|\s*[.;]|\s+and\b|\s+(?:temporarily|provisionally)\b|"
        + UNTIL_FILLED
        + r")",
        0.7,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
    ),
    # "Under-21 coach X took Saturday's training", "X was in charge of training on Tuesday": the man who
    # takes the sessions while the post is open leads the first team for now (with no post open, a coach's
    # own sessions; not a first-team aide or head coach covering a day, "… while the boss was away": his
    # post is told by his title)
    R(
        "stand-in-took-training",
        "in_charge",
        r"(?<!assistant\s)(?<!head\scoach\s){P}{APP}\s+(?:(?:has|had)\s+)?(?:took|takes|taken|led|leads|directed|"
        r"oversaw|overseen|(?:was|is|has\s+been)\s+in\s+charge\s+of)\s+"
        # ("took Monday's session": the day's training told by its session)
        r"(?:the\s+|(?:\w+day|yesterday|today)['’]s\s+|first-team\s+)*(?:training|session)\b"
        r"(?!\s+(?:ground|centre|camp))"
        r"(?![^.;]{0,40}\bwhile\b)",
        0.65,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
    ),
    # "On Monday the training was directed by the coach of the B team, X, as interim": the same, passive
    R(
        "training-led-by-stand-in",
        "in_charge",
        r"\btraining\s+(?:session\s+)?(?:was|has\s+been)\s+(?:directed|led|taken|overseen|conducted)\s+by\s+"
        + STAND_IN_NAMED_AS
        + r"{P_OWN}",
        0.65,
        role="caretaker",
        club_side="topic",
        needs_open_post=True,
    ),
    # "X, the reserve team coach, was in charge for the last two games as interim", "Under-19 coach X was
    # in charge on an interim basis": a youth or reserve coach standing in leads the first team (his
    # own side is told by his title, the only ground to read a first-team spell beside it)
    R(
        "was-in-charge-as-interim",
        "in_charge",
        r"(?:(?P<titled>«S\d+»\s+" + _SIDE_COACH + r")\s+)?{P}"
        r"(?(titled)|,\s+(?:the\s+)?(?:club['’]s\s+)?«S\d+»\s+" + _SIDE_COACH + r",)"
        r"\s+(?:was|had\s+been|has\s+been)\s+in\s+charge\b(?:[^.;:«]|«[CS]\d+»){0,60}?"
        r"\b(?:as\s+(?:the\s+)?(?:interim|caretaker)\b(?!\s+(?:president|chairman|director|ceo))|"
        r"on\s+an?\s+(?:interim|caretaker|temporary)\s+basis)",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
)
