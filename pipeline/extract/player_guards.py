"""Guards against wording that fits a player as well as a coach. Many rules read words a player's
story uses too ("left for C", "in his second season at C", "Arsenal's X", "Captain X will lead the
team"): `player_like` tells which facts stand only if the article shows the man coaching,
`move_talk` which transfers or new deals stand only when no other man is the story's coach, and
`told_as_player` which spells are told of his playing days, `shown_as_player` and
`trophy_as_a_player` which listed spells and titles (`SPELL_LIST_RULES`, `PLAYER_DEED_RULES`) a
sentence shows to be a player's (`tells_playing_days`, which the career pairs read too); beside
them are the word lists the guards share with `rule_facts` (`ROLE_NEAR`, a coaching title near the
man) and `fired_coach` (a man listed among the season's sacked coaches). The module reads a rule's
name, its match and the tagged sentence only; `rule_facts` imports it, and it imports nothing back."""

from __future__ import annotations

import re

from pipeline.extract.facts import AS_PLAYER, TAG, TaggedSentence
from pipeline.extract.lexicon import CLUB_NOUN
from pipeline.extract.people import PLAYER_DEED_HINT, PLAYING_POSITION, STAFF_AFTER_POSITION
from pipeline.extract.rules import Rule, rule_names
from pipeline.extract.rules.grammar import AS_A_PLAYER, AS_A_YOUNGSTER, KIN, PLAYER_CUE, _expand

# What shows a man named "C's X" is C's coach, in his own sentence: "C's X, the longest-serving
# coach in the league", "C's X, who has taken the club from the fourth tier to …"
_POSSESSED_COACH_AFTER = re.compile(
    r",\s+(?:(?:the|a|an)\s+(?:(?!of\b)[\w\-]+\s+){0,4}?(?:coach|manager|boss|head\s+coach)\b|"
    r"who\s+(?:has\s+|had\s+)?(?:taken|guided|steered)\s+(?:the\s+)?(?:[\w\-]+\s+)?" + CLUB_NOUN + r"\b)"
)


# "the third coach fired this season, following C's A and D's B", "the third Premier League manager to
# lose his job this season, after C's A and D's B": the men named are sacked coaches
_FIRED_COACHES_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|another)"
    r"\s+(?:[\w\-]+\s+){0,3}?(?:head\s+)?(?:coach|manager|boss)\s+(?:to\s+be\s+|to\s+have\s+been\s+)?"
    r"(?:fired|sacked|dismissed|axed|to\s+lose\s+(?:his|her|their|«P\d+»['’]s)\s+jobs?)\b"
    r"[^.;«]*?"
    r"\b(?:following|after)\s+(?:(?:(?:«[CP]\d+»['’]s?\s+)?«P\d+»|and|,)\s*)*$"
)


# where a list of sacked men ends: the clause's end, a time ('in June'), the next item
_LIST_END = re.compile(r"\s*(?:[,.;]|$|and\s+(?:«[CP]\d+»|the)|in\s|on\s|earlier\b|last\b|this\b|at\s)")


def fired_coach(tagged: str, match: re.Match[str]) -> bool:
    """'the third coach fired this season, following C's X': X was sacked at C (not 'after C's X
    scored twice': the list of sacked men ends the sentence or its clause)."""
    return bool(_FIRED_COACHES_BEFORE.search(tagged, 0, match.start())) and bool(
        _LIST_END.match(tagged, match.end())
    )


# Wording that fits a player as well as a coach ("left for Chelsea", "in his second season at
# Forest", "now leads Uruguay"): such a fact stands only if the article shows him coaching.
_PLAYER_LIKE_RULES = rule_names(
    "guided-to",
    "person-of-club",  # "X of C": a player named so too
    "person-the-architect",  # "X is the architect of this team": a playmaker too
    "the-architect-person",
    "club-whom-led",
    "lands-at",
    "who-had-been-at",
    "years-at",
    "returned-in",
    "who-joined",
    "ended-spell-at",  # "ended his spell at C": a player's too
    "lasted-at",  # "lasted one season at C": a player's too
    "lasted-in-view",
    "having-led-to",  # "having led C to the final": a captain's too
    "arrived-after-spell",  # "joined A after three seasons at B": a player's move too
    "arrived-after-spell-left",
    "having-arrived-to-replace-left",  # "having joined C to replace Y": a player's replacement too
    "is-now-at",  # "X is now at C": a player's club too
    "stays-at-club",  # "X preferred to stay at C": a player's too
    "club-refused-to-release",  # "C refused to let him go": a player's club too
    "club-refused-to-release-their-coach",
    "formerly-of",  # "X, formerly of C": a player's past club too
    "fronted-under-contract",  # "Still under contract at C, X …": a player's too
    "his-years-with",  # "his seven years with C": a player's too
    "opening-left",  # "Having left C in June, X …": a player's move too
    "contract-not-renewed",  # "X's contract will not be renewed": a player's too
    "club-not-renewing",
    "club-confirm-exit",  # "C confirm X exit": a player's too
    "passive-shown-exit",  # "X was shown the exit": a player told to find a new club too
    "returned-for-spell",  # "returned for a second spell at C": a player's return too
    "arrived-in-date",  # "X arrived in August 2023": a player's arrival too
    "successor-then-his-spell",  # "His replacement, X, was outstanding": a player's replacement too
    "successor-of-found",  # "C have found a successor to X": a player's too
    "with-whom-won",  # "C, with whom he won the league": a player's trophy too
)


_PLAYER_LIKE_UNLESS_ROLE = rule_names(
    "signed-deal",
    "signed-to-replace",
    "joined-club",
    "left-to-join",
    "club-considering",
    "returned-to",
    # "left for C": a player too
    "left-for",
    "left-for-club",
    "departure-for",
    "departure-for-club",
    # "recalled X", "arrived at C": players too
    "brought-back",
    "arrived-at-club",
    "returned-to-lead",
    "before-leaving-for",  # "…, before leaving for C": a player's move too
    # "Sancho out, Rashford in", "Saka extends contract with Arsenal": a team sheet, a player's deal too
    "out-in-swap",
    "in-after-out",
    "extends-contract-now",
    # "won 20 of his 30 games", "kept us up": a player too, unless a coaching word is about
    "record-of-his-games",
    "kept-them-up",
    "won-in-his-nth-season",
    "in-his-nth-season-won",
    "at-club-framed-person",
)


# "X left C", "X left C for D", "X left C to join D", "X signed a new contract": a player's transfer or
# deal as often as a coach's;
# with no coaching word of his own it stands only if no other man is the story's coach
_MOVE_TALK_RULES = rule_names(
    "left-club",
    "leaves-for",
    "left-to-take-over",
    "leaves-to-take-over",
    "left-club-to-post",
    "renewed",  # "X has signed a new contract", "X renewed with C": a player's new deal too
    "renewed-today",
    "extended-his-contract",
    "option-to-extend",  # "triggered the option to extend X's contract": players' deals have options too
    "deal-was-extended",
    "contract-of-was-extended",  # "the contract of X has been renewed": a player's deal too
)


# "the job became vacant when X left for C", "C had considered Y when X left": a coaching post falls free
_VACANCY = re.compile(
    r"\bvacan(?:cy|cies|t)\b|\b(?:job|post|position|hot\s+seat|dugout)\s+(?:open|empty|free|available)\b"
    r"|\b(?:considered|approached|interviewed|targeted|sounded\s+out)\s+«P\d+»[^.;«]{0,40}\bwhen\s+«P",
    re.IGNORECASE,
)


_COACHING_TITLE = re.compile(r"\b(?:trainer|coach|manager|technician)\b", re.IGNORECASE)


_COACHING_WORD = re.compile(r"\bin\s+charge\b|\b(?:coach(?:es|ed|ing)?|manag(?:es|ed|ing))\b", re.IGNORECASE)


# spells whose words fit a player's career as well as a coach's: "as a player" makes them a player's
PLAYER_CAREER_RULES = rule_names("spent-years", "worked-under-at", "arrived-in-date")


# "As a player, X worked with Y at C": the clause opens on his playing days
_PLAYER_FRONTED = re.compile(r"\bas\s+a\s+player\s*,[^.;:]*$", re.IGNORECASE)


def told_as_player(sent: TaggedSentence, match: re.Match[str]) -> bool:
    """The spell the match reads is told as the man's playing days, fronted or right after it."""
    fronted = _PLAYER_FRONTED.search(sent.tagged, max(0, match.start() - 60), match.start())
    return bool(fronted) or player_after(sent, match.end())


# a credit earned on the pitch: "the architect of the defence", "of both goals"
_PITCH_CREDIT = re.compile(
    r"\s*(?:the\s+|their\s+|its\s+|his\s+|both\s+|all\s+)?(?:defen[cs]e|midfield|attack|back\s+line|goals?|assists?)\b",
    re.IGNORECASE,
)
_PLAYING_DAYS = re.compile(r"\bin\s+(?:his|her)\s+playing\s+days\b", re.IGNORECASE)


def credit_as_player(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """'X was the architect of the defence at C as a player': a player's credit, not a coach's spell (the
    words after the match read with their tags' text: a descriptor may be tagged as a person)."""
    if rule.name != "person-the-architect":
        return False
    tail = re.split(r"[.;]", sent.tagged[match.end() : match.end() + 120])[0]
    words = TAG.sub(lambda t: sent.mentions[int(t.group(2))].text, tail)
    return bool(_PITCH_CREDIT.match(words) or AS_PLAYER.search(words) or _PLAYING_DAYS.search(words))


def player_after(sent: TaggedSentence, end: int) -> bool:
    """'… won the title as a player' right after the match, even when a tag (a descriptor read as a
    person: 'the title as a player') hides the words."""
    tail = re.split(r"[.;]", sent.tagged[end : end + 90])[0]
    words = TAG.sub(lambda t: sent.mentions[int(t.group(2))].text, tail)
    return bool(AS_PLAYER.search(words))


# "headbutting Verona striker X", "C midfielder X": a man titled by his playing position now (not
# "former striker X") is a player; an event the rule reads for him needs him to coach elsewhere
_PLAYER_TITLE_BEFORE = re.compile(
    r"\b(?:striker|midfielder|defender|goalkeeper|keeper|winger|forward|full-back|"
    r"centre-back|center-back|centre-forward|playmaker)\s+$",
    re.IGNORECASE,
)


# the word a descriptor tells a past with: "former", "ex-", "one-time" ("ex defender": translated copy drops
# the hyphen)
PAST_WORD = r"(?:former|ex-|ex(?=\s)|one-time|onetime|erstwhile|retired)"
# "former Verona striker X", "the retired defender X": a playing title of the past, no current player
_FORMER_TITLE_BEFORE = re.compile(r"\b" + PAST_WORD + r"(?:\s*[\w«»\-]+){0,3}\s+$", re.IGNORECASE)


def _titled_player(match: re.Match[str], tagged: str) -> bool:
    at = match.start("p") - 2 if match.groupdict().get("p") else -1
    title = _PLAYER_TITLE_BEFORE.search(tagged, max(0, at - 30), at) if at > 0 else None
    return bool(title) and not _FORMER_TITLE_BEFORE.search(tagged, max(0, title.start() - 50), title.start())


# "Real Madrid coach «P1» confirmed «P2» had joined …": the title is another man's, it says nothing of «P2»
_TITLE_OF_PERSON = re.compile(
    r"\b(?:head\s+)?(?:manager|coach|boss|tactician)\s+«P(\d+)»|«P(\d+)»,\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:head\s+)?(?:manager|coach|boss)\b"
    # "…, where Y is manager": the title of the clause's own subject
    r"|«P(\d+)»\s+(?:is|was|has\s+been|had\s+been|became)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:head\s+)?(?:manager|coach|boss)\b"
    # "…, whose coach is Y": the title of the man named after it
    r"|\bwhose\s+(?:head\s+)?(?:manager|coach|boss)\s+(?:is|was)\s+«P(\d+)»",
    re.IGNORECASE,
)


# "Captain X will lead the team", "X, the club captain, will lead …", "… for Saturday's game as captain": a
# man titled by his place on the pitch leads the side there, not from the bench (not "former captain X",
# nor "X, the goalkeeper coach,"). Only the verbs a captain's play fits: "Captain X will take charge of the
# team for the game" is a stand-in's spell, as senior players are put in charge in a crisis.
_PITCH_VERB = re.compile(r"\b(?:will|to)\s+(?:lead|take)\s+(?:the\s+)?(?!charge\b)", re.IGNORECASE)


_PITCH_TITLE = PLAYING_POSITION + STAFF_AFTER_POSITION


_PITCH_TITLE_BEFORE = re.compile(r"\b" + _PITCH_TITLE + r"\s+$", re.IGNORECASE)


_PITCH_TITLE_ASIDE = re.compile(
    r",\s+(?:the\s+)?(?:(?!former\b|ex-)[\w\-«»]+\s+){0,3}?" + _PITCH_TITLE + r"\b", re.IGNORECASE
)


_AS_CAPTAIN_AFTER = re.compile(
    r"[^.;,]{0,40}?\bas\s+(?:the\s+)?(?:club\s+)?(?:captain|skipper)\b", re.IGNORECASE
)


# the armband told right after a "led …" spell: "led the team for two seasons as captain", "led Mexico at two
# World Cups as captain", "as acting captain", "wearing the armband" (in the same clause)
_AS_CAPTAIN_NEXT = re.compile(
    r"[^.;,]{0,60}?(?:\bas\s+(?:the\s+|an?\s+)?(?:(?:club|team|acting|stand-in|interim|temporary)\s+)?"
    r"(?:captain|skipper)\b|\b(?:with|wearing)\s+the\s+armband\b)",
    re.IGNORECASE,
)
# the rules reading a spell from "led": a captain's word too
_LED_SPELL_RULES = rule_names(
    "led-the-team-for-a-spell",
    "led-them-or-nickname",
    "guided-to",
    "managed-list",
    "who-coached",
    "has-led-since",
)


def led_as_captain(rule: Rule, match: re.Match[str], tagged: str) -> bool:
    """A spell read from "led", with the armband told right after it: the man led the side on the pitch."""
    return (
        rule.name in _LED_SPELL_RULES
        and bool(re.search(r"\bl(?:ed|eads?)\b", match.group(0), re.IGNORECASE))
        and bool(_AS_CAPTAIN_NEXT.match(tagged, match.end()))
    )


def _leads_on_the_pitch(match: re.Match[str], tagged: str) -> bool:
    """The man the match names to lead the side is titled a player (captain, a position): see above."""
    if not _PITCH_VERB.search(match.group(0)):
        return False
    at = match.start("p") - 2  # the tag's opening «P
    title = _PITCH_TITLE_BEFORE.search(tagged, max(0, at - 30), at)
    if title and not _FORMER_TITLE_BEFORE.search(tagged, max(0, title.start() - 50), title.start()):
        return True
    return bool(
        _PITCH_TITLE_ASIDE.match(tagged, match.end("p") + 1) or _AS_CAPTAIN_AFTER.match(tagged, match.end())
    )


# the man's own staff title, right before his name or in his aside: "Assistant X", "U23 coach X", "X, the
# first-team coach,"
_OWN_STAFF_TITLE_BEFORE = re.compile(
    r"\b(?:assistant|coach|manager|boss|trainer|caretaker|interim|deputy|number\s+two)\s+$", re.IGNORECASE
)
# words that tell a stand-in's spell: "interim", "caretaker", "temporarily", "in the meantime"
_STAND_IN_SPELL = re.compile(
    r"\b(?:interim|caretaker|acting|temporar(?:y|ily)|stand-in|meantime)\b", re.IGNORECASE
)


# a teenager's age right before the name: "the 16-year-old X" (a youth player, not his coach)
_TEEN_BEFORE = re.compile(r"\b1\d-year-old\s+$", re.IGNORECASE)


def _bare_lead(match: re.Match[str], tagged: str) -> bool:
    """'X will lead the team for the rest of the season' with no staff title for X and no stand-in's words:
    a captain's as much as a stand-in's, so the article must show him coaching."""
    if not re.search(r"\blead\b", match.group(0), re.IGNORECASE):
        return False  # "will coach the side", "will look after the team": a coach's words
    at = match.start("p") - 2
    own = tagged[match.start("p") - 2 : match.end()]
    return not (
        _OWN_STAFF_TITLE_BEFORE.search(tagged, max(0, at - 30), at)
        or ROLE_NEAR.search(own)
        or _AIDE_WORD.search(own)
        or _STAND_IN_SPELL.search(tagged)
    )


def others_titles_removed(tagged: str, match: re.Match[str]) -> str:
    """The sentence without coaching titles given to other people than the fact's own."""
    own = match.groupdict().get("p")
    if own is None:
        return tagged
    return _TITLE_OF_PERSON.sub(lambda t: t.group(0) if own in t.groups() else " ", tagged)


# "X joined C from D", "X joins C from D": a transfer, told with the club joined, as often as a coach's move
_JOINED_CLUB_FROM = re.compile(r"\bjoin(?:s|ed|ing)\s+(?:the\s+)?«C\d+»")


def move_talk(rule: Rule, match: re.Match[str], tagged: str) -> bool:
    """A move told with no coaching word of the man's own: see `_MOVE_TALK_RULES`."""
    joined_from = rule.name == "joins-from" and _JOINED_CLUB_FROM.search(match.group(0))
    if rule.name not in _MOVE_TALK_RULES and not joined_from:
        return False
    return not _post_wording(match, tagged) and not _AIDE_WORD.search(others_titles_removed(tagged, match))


def _post_wording(match: re.Match[str], tagged: str) -> bool:
    """The sentence speaks of a coaching post for the fact's man (titles of other men left out)."""
    own = others_titles_removed(tagged, match)
    return bool(
        ROLE_NEAR.search(own)
        or _SUCCESSION.search(tagged)
        or _VACANCY.search(tagged)
        or _WITH_THE_COACH.search(tagged)
    )


# a sentence about players: a playing position, a signing or a transfer
_PLAYER_TALK = re.compile(r"\b(?:" + PLAYING_POSITION + r"|signed|signing|transfer)\b", re.IGNORECASE)


# a job in the media ("becomes an analyst for Sky Sports", "joins the BBC as a pundit"): what players and
# coaches alike go on to, so it tells no coaching post of its own
_MEDIA_JOB = re.compile(
    r"\b(?:pundit|commentator|broadcaster|columnist|(?:TV|television)\s+(?:analyst|expert)"
    r"|analyst\s+(?:for|with|on)\b)",
    re.IGNORECASE,
)


def _players_move(tagged: str) -> bool:
    """The sentence tells a player's move: a signing, a transfer, a playing position or a player's deed
    ('where he scored 20 goals')."""
    return bool(_PLAYER_TALK.search(tagged) or PLAYER_DEED_HINT.search(tagged.lower()))


# "X signs until 2027 and replaces Y": the signing told before the man replaced
_SIGNS_FIRST = re.compile(r"\b(?:signed|signs|agreed|agrees|penned|pens|inked|inks)\b", re.IGNORECASE)


# a place in the side, not on the bench: a playing position, "the number nine", "up front", "in midfield"
_PLAYERS_PLACE = re.compile(
    r"\b(?:" + PLAYING_POSITION + r"|number\s+(?:\d+|one|six|seven|eight|nine|ten|eleven)|up\s+front|"
    r"in\s+(?:midfield|defence|defense|attack|goal))\b",
    re.IGNORECASE,
)


# "his assistant X has also extended his deal": a man of the coaching staff
_AIDE_WORD = re.compile(
    r"\b(?:assistant|deputy|number\s+two|aide|coaching\s+staff|backroom)\b", re.IGNORECASE
)


# "left C along with head coach Y": a man of his staff, going with him
_WITH_THE_COACH = re.compile(
    r"\b(?:along|together)\s+with\s+(?:[\w\-]+\s+){0,3}?(?:manager|coach|boss)\s+«P", re.IGNORECASE
)


# "X took charge as caretaker until Y arrived in January", "Z held the fort for a month before Y arrived": an
# arrival that ends another man's charge of the team is a coach's (a player's arrival ends nobody's charge)
_CHARGE_BEFORE_ARRIVAL = re.compile(
    r"\b(?:charge|caretaker|interim|held\s+the\s+fort|stood\s+in|stepped\s+in|(?:led|ran)\s+the\s+(?:team|side))\b"
    r"[^.;:«]{0,60}(?:«C\d+»[^.;:«]{0,40})?\b(?:until|till|before)\s+$",
    re.IGNORECASE,
)


def _arrival_ends_charge(match: re.Match[str], tagged: str) -> bool:
    """The arrival is told closing another man's charge of the team (`_CHARGE_BEFORE_ARRIVAL`)."""
    return bool(_CHARGE_BEFORE_ARRIVAL.search(tagged, max(0, match.start() - 120), match.start()))


# "stepped up from the academy", "promoted from assistant", "took charge", "as head coach": a step up from a
# staff or youth post, or a coaching title or charge, which tells a coach's replacement (not a player's move)
_COACHING_STEP = re.compile(
    r"\b(?:academy|youth|under-?\d+s?|u-?\d+s?|reserves?|assistant|caretaker|interim|staff|charge|helm|reins|"
    r"manager|coach(?:ing)?|boss|head\s+coach|tactician)\b|«S\d+»",
    re.IGNORECASE,
)


def coaching_step(tagged: str) -> bool:
    """'X stepped up from the academy to replace Y', 'Head coach X crossed town to replace Y': the sentence
    reads as a coach's step up or arrival (`_COACHING_STEP`)."""
    return bool(_COACHING_STEP.search(tagged))


# a playing title right before the man who moves: "Defender X crossed north London to replace Y"
_PLAYER_SUBJECT = re.compile(r"\b" + PLAYING_POSITION + r"\s+(?:«P\d+»[^«.;:!?]{0,40})?$", re.IGNORECASE)


def titled_player_moves(match: re.Match[str], tagged: str) -> bool:
    """The man whose step or arrival the match tells is titled by his playing position: a transfer."""
    return bool(_PLAYER_SUBJECT.search(tagged, max(0, match.start() - 60), match.start()))


# an arrival's verb said of a player's move as well as a coach's ("joined C in 2023 to replace Y")
_PLAYERS_ARRIVAL_VERB = re.compile(r"\b(?:returned|joined|signed)\b", re.IGNORECASE)


def player_like(rule: Rule, match: re.Match[str], tagged: str) -> bool:
    """Whether a fact needs support: the person must be coaching staff elsewhere in the article."""
    if rule.name == "arrived-in-date" and _arrival_ends_charge(match, tagged):
        return False
    if rule.name == "the-architect-person" and _COACHING_TITLE.search(match.group(0)):
        return False  # "the architect is the trainer X": told as his coach
    if rule.name in _PLAYER_LIKE_RULES or _titled_player(match, tagged):
        return True
    if rule.name == "arrived-in-place-of" and _PLAYERS_ARRIVAL_VERB.search(match.group(0)):
        return True  # "X returned to Chelsea in 2021 to replace Y": a player's move too
    if rule.name == "club-possessive-person":  # "Arsenal's X" may be a player, unless the sentence says
        return not _POSSESSED_COACH_AFTER.match(tagged, match.end()) and not fired_coach(tagged, match)
    if rule.name in ("joins-from", "joins-from-appointed", "successor-to"):
        # "C have signed X, who arrives from D, where he scored 20 goals": a player's signing, unless a post;
        # "signed striker X as a replacement for Y": Y is a player too
        return _players_move(tagged) and not _post_wording(match, tagged)
    if rule.name == "gerund-left":  # "X becomes a TV pundit after leaving C": a player's career too
        return bool(_MEDIA_JOB.search(tagged)) and not _post_wording(match, tagged)
    if rule.name == "replaced-man-moves-on":  # "signed striker X to replace Y, who joined C": a player's move
        return bool(_PLAYER_TALK.search(tagged))
    if rule.name == "replaces" and _SIGNS_FIRST.search(match.group(0)):
        # "X signs until 2027 and succeeds Y as the club's number nine": a player's signing
        return bool(_PLAYERS_PLACE.search(tagged))
    if rule.name in _PLAYER_LIKE_UNLESS_ROLE:  # "returned to C, replacing Y": a coach's post
        return not _post_wording(match, tagged)
    if rule.name in (
        "renewed",
        "renewed-today",
    ):  # "X has signed a new contract": a player's too, unless a post
        return not (_post_wording(match, tagged) or _AIDE_WORD.search(tagged))
    if rule.name == "fronted-spell":  # "After three seasons at C, X …": a player's spell, unless told a post
        return not _FRONTED_POST_WORD.search(match.group(0))
    if rule.name == "in-his-nth-season":
        return not ROLE_NEAR.search(tagged) and not re.search(r"\b(?:charge|helm)\b", match.group(0))
    if rule.name in ("has-led-since", "will-coach"):  # "has led England", "will lead England": a captain too
        return bool(re.search(r"\bl(?:ed|ead)\b", match.group(0))) and not ROLE_NEAR.search(tagged)
    # "X, who led the team for two seasons", "who led the Herons to the title": a captain too
    if rule.name in ("led-the-team-for-a-spell", "led-them-or-nickname"):
        return _captains_words(match, tagged)
    if rule.name == "will-lead-for-games":  # "Captain X will lead the team for Saturday's game": a player
        return _leads_on_the_pitch(match, tagged)
    if rule.name == "will-lead-until-filled":  # "Captain X will lead the team for the rest of the season"
        return _leads_on_the_pitch(match, tagged) or _bare_lead(match, tagged)
    if rule.name == "stays-with-squad":  # "The 16-year-old X stays with the Under-17s": a youth player
        return bool(_TEEN_BEFORE.search(tagged, max(0, match.start("p") - 32), match.start("p") - 2))
    if rule.name == "agreed-to-leave":  # "X has agreed to leave the club after 200 appearances": a player
        return bool(SHOWN_AS_PLAYER.search(tagged))
    if rule.name == "is-linked":  # "X has been linked with C": a player's transfer gossip too
        return "linked" in match.group(0).lower() and not _COACHING_POST.search(_KIN_ASIDE.sub("", tagged))
    if rule.name == "now-coaches":
        return not _COACHING_WORD.search(match.group(0))  # "now leads Uruguay"
    if specialist_of_boss(rule, match):
        return True
    if rule.name == "possessive-club":
        return (
            not match.groupdict().get("team")
            and len(_COACHES_TEAMS.findall(tagged)) < 2
            and not _MATCH_OR_TABLE_BEFORE.search(tagged, max(0, match.start() - 40), match.start())
        )
    return False


# a specialist "of Y": a fitness or goalkeeping coach, an analyst or a collaborator may be a player's or a
# president's, so Y's spell needs him coaching elsewhere in the story (or known as a coach)
_SPECIALIST_OF = re.compile(
    r"\b(?:collaborators?|analysts?|(?:physical|athletic|fitness|conditioning|goalkeep\w*['’]?|performance)\s+\w+)"
    r"\s+(?:to|of)\s+«P\d+»",
    re.IGNORECASE,
)


def specialist_of_boss(rule: Rule, match: re.Match[str]) -> bool:
    """'was the fitness coach of Y at C': Y's spell told by a specialist's title (see `_SPECIALIST_OF`)."""
    return rule.name in ("head-of-assistant-at", "boss-of-remaining-aide") and bool(
        _SPECIALIST_OF.search(match.group(0))
    )


# a coaching post in a fronted spell: "After five years in charge of C", "Fresh from guiding C to …"
_FRONTED_POST_WORD = re.compile(
    r"\b(?:charge|helm|bench|coach|manager|boss|assistant|reign|tenure|guiding|steering)\b", re.IGNORECASE
)


# words that make a rumour one about a coaching post
_COACHING_POST = re.compile(
    r"\b(?:manager|managerial|(?:co-)?coach(?:es|ing)?|boss|head\s+coach|tactician|gaffer|assistant|job|post|"
    r"position|"
    r"role|hot\s+seat|dugout|vacan(?:cy|t)|helm|bench|replac\w*|succe\w*|in\s+charge|take\s+over|"
    r"takeover|interim|caretaker|sacked|dismissed|appoint\w*)\b",
    re.IGNORECASE,
)


# ", the son of a youth coach at C,": a relative's description, whose coaching words are not his
_KIN_ASIDE = re.compile(
    r",\s+(?:the\s+)?" + KIN + r"\s+of\s+[^,.;]*",
    re.IGNORECASE,
)


# "the tie against X's C", "finishing second behind X's C", "three points clear of X's C", "the 2-1 defeat
# to X's C", "lost the play-off to X's C": a side named by its coach in match and table talk
_MATCH_OR_TABLE_BEFORE = re.compile(
    r"\b(?:(?:tie|game|match|clash|fixture|final|draw|meeting)\s+(?:against|with)|against|beat|beating|"
    r"(?:defeat|loss|win|victory)\s+(?:to|against|by|over|at)|beaten\s+by|"
    r"defeated|(?:lost|losing)\s+(?:the\s+(?:[\w\-]+\s+){0,2}?)?to|drew\s+with|face[sd]?|facing|hosts?|hosted|hosting|(?:trip|visit)\s+to|"
    r"behind|ahead\s+of|clear\s+of|level\s+with|above|below|runners-up\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


ROLE_NEAR = re.compile(
    r"\b(?:manager|(?:co-)?coach(?:es)?|boss|head\s+coach|tactician|gaffer)\b", re.IGNORECASE
)


# the stand-in's words of a spell: "as interim", "on an interim basis", "caretaker X"
_STAND_IN_WORD = re.compile(r"\b(?:interim|caretaker|acting|temporar(?:y|ily)|stand-in)\b", re.IGNORECASE)


def _captains_words(match: re.Match[str], tagged: str) -> bool:
    """'X, who led the team for two seasons': a captain's words as much as a coach's, unless the spell is
    told as a stand-in's or the sentence names a coaching title ('trained the team' is a coach's)."""
    return (
        bool(re.search(r"\bl(?:ed|eads)\b", match.group(0), re.IGNORECASE))
        and not _STAND_IN_WORD.search(match.group(0))
        # (the title right before another man's name says nothing of him: "manager Y praised X, who led …")
        and not ROLE_NEAR.search(_TITLE_BEFORE_PERSON.sub(lambda t: _own_title(t, match), tagged))
    )


# a coaching title right before a name: "Wrexham manager «P1»"
_TITLE_BEFORE_PERSON = re.compile(
    r"\b(?:head\s+)?(?:manager|coach|boss|tactician|gaffer)\s+«P(\d+)»", re.IGNORECASE
)


def _own_title(title: re.Match[str], match: re.Match[str]) -> str:
    """The title kept if it is the match's own man's, blanked if another man's."""
    return title.group(0) if title.group(1) == match.groupdict().get("p") else " "


# "replacing Y", "in place of Y", "in charge": the sentence is about a coaching post
_SUCCESSION = re.compile(
    r"\b(?:replacing|succeeding|in\s+place\s+of)\s+«P\d+»|\bin\s+charge\b"
    r"|\b(?:interim|temporary|caretaker|took|taken|take)\s+charge\b",  # "took interim charge when X left"
    re.IGNORECASE,
)


# "X's Parma …, while Y's Cremonese and Z's Venezia …": a round-up naming each team by its coach
_COACHES_TEAMS = re.compile(r"«P\d+»'s?\s+(?:[\w\-]+\s+)?«C\d+»(?!'s?\s+«P)")


# Spells listed in words a player's career is told in too ("had spells at A and B")
SPELL_LIST_RULES = rule_names(
    "had-spell",
    "with-spells-at",
    "career-with-list",
    "career-took-in",
    "youth-sector-list",
    "and-had-spell",
    "who-had-spells",
    "career-taken-to",
    "whose-clubs-include",
    "formerly-of",
    "before-a-spell-at",
    "bench-career-list",
    "after-bare-spells",
    "after-experiences",
    "followed-spells-at",
    "verbless-career-list",
    "career-as-coach-also",
)


# Wording a playing career is told in as well as a coach's: spells listed ("had spells at A and B", "his
# career took in A and B") and titles won with a club ("won the league with C", "At C he won the Cup")
PLAYER_DEED_RULES = SPELL_LIST_RULES | rule_names(
    "won-with",
    "fronted-won-with",
    "champion-with-aside",
    "fronted-champion-with",
    "won-again-with",
    "with-whom-won",
)


# (unless the sentence speaks of coaching: "the former midfielder coached A and had spells with B")
COACHING_TALK = re.compile(
    r"\b(?:coach\w*|manag(?:ed|er|ing)|boss|in\s+charge|bench|dugout|tactician)\b", re.IGNORECASE
)


# trophies won in a playing career: "The Italian played for C, winning the Cup with C", "As a midfielder he
# spent two seasons at C, winning …", "He played for Italy's Olympic team, with which he won the bronze"
_TROPHY_RULES = rule_names("won-with", "champion-with-aside", "fronted-champion-with", "with-whom-won")
_PLAYING_CAREER = re.compile(
    _expand(AS_A_PLAYER)
    + r"|\bplay(?:ed|ing)\s+(?:for|at|with|in)\b|\b"
    + PAST_WORD
    + r"\s*"
    + PLAYING_POSITION
    + r"\b",
    re.IGNORECASE,
)


def trophy_as_a_player(rule: Rule, tagged: str) -> bool:
    """A trophy told in a sentence about his playing career, with no coaching word: a player's."""
    return (
        rule.name in _TROPHY_RULES
        and bool(_PLAYING_CAREER.search(tagged))
        and not COACHING_TALK.search(tagged)
    )


# a player shown by a cue of his playing days
SHOWN_AS_PLAYER = re.compile(_expand(AS_A_PLAYER + "|" + PLAYER_CUE), re.IGNORECASE)
_YOUNGSTER_AFTER = re.compile(r"[^.;,]{0,60}?" + AS_A_YOUNGSTER, re.IGNORECASE)
# his descriptor "a former defender", "the former Lazio winger": said of most coaches, so a list of spells is
# his playing days only in a sentence with no coaching word
_FORMER_POSITION = re.compile(
    r"\b" + PAST_WORD + r"\s*(?:[\w-]+\s+){0,4}?" + PLAYING_POSITION + r"\b", re.IGNORECASE
)
# the rule's own words telling a coach's spell: "a long coaching career with", "spells in charge of"
COACHING_SPELL_WORDS = re.compile(
    r"\b(?:coach\w*|manag(?:er|erial|ing)|in\s+charge|bench\w*|dugout|technical\s+director)\b", re.IGNORECASE
)


# a spell told by the years spent at a club ("spent seven seasons with C"): a playing career's words too
_YEARS_AT_RULES = rule_names("spent-years")


def shown_as_player(rule: Rule, match: re.Match[str], sent: TaggedSentence) -> bool:
    """Spells or a title a playing career has too, in a sentence that shows the man as a player: "The former
    defender had a long career with A and B" (no coaching word), "with spells at A and B during his playing
    days", "The former captain … spent seven seasons with C", "won the league with C as a teenager", "scored
    90 goals for A and won the title with B" (not when the rule's own words are a coach's: "a long coaching
    career with A and B", "spent two seasons in charge of C")."""
    if rule.name not in PLAYER_DEED_RULES and rule.name not in _YEARS_AT_RULES:
        return False
    own_words = TAG.sub(lambda t: sent.mentions[int(t.group(2))].text, match.group(0)).rsplit(",", 1)[-1]
    if COACHING_SPELL_WORDS.search(own_words):
        return False
    spells = rule.name in SPELL_LIST_RULES or rule.name in _YEARS_AT_RULES
    return tells_playing_days(sent, match.end(), spells)


def tells_playing_days(sent: TaggedSentence, end: int, spell_list: bool) -> bool:
    """The sentence shows the man as a player (`shown_as_player`), for words ending at `end`: a cue of his
    playing days anywhere, a feat of his youth right after, or for a list of spells his descriptor "the
    former defender" in a sentence with no coaching word."""
    words = TAG.sub(lambda t: sent.mentions[int(t.group(2))].text, sent.tagged)
    if SHOWN_AS_PLAYER.search(words) or _YOUNGSTER_AFTER.match(sent.tagged, end):
        return True
    return spell_list and bool(_FORMER_POSITION.search(words)) and not COACHING_TALK.search(words)
