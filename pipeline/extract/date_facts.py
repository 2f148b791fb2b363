"""Date attachment: which date mention of a sentence a fact takes, and with what precision.
Dates are chosen by distance from the fact's verb within its clause, not across another
person's event, a 'when'/'since' clause or a perfect clause told as today's news; an undated
change told as news takes the article's date, and a spell told up to 'since' records its tense.
Kept apart from the rules so a fact's event and its date are decided independently."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import lru_cache

from pipeline.extract.dates import CONTRACT_ENDS_CLAUSE, SCHEDULED_START, DateMention, game_day, time_spent
from pipeline.extract.facts import CHANGE_EVENTS, CLAUSE_BREAK, TAG, Fact, TaggedSentence


def date_as_news(f: Fact, sent: TaggedSentence, ref: date | None) -> None:
    """An undated change told as today's news takes the article's date; one told in a past tense
    is marked so (an aide's undated change is dated by the news only when it is not)."""
    if f.date is None and f.event in CHANGE_EVENTS:
        f.past_told = bool(_PAST_MARK.search(_own_clause(f, sent.tagged)))
    if f.date is None and ref and _told_as_news(f, sent):
        f.tense_dated = True
        at = sent.offsets[min(f.trigger, len(sent.offsets) - 1)]
        f.date = DateMention(at, at, ref, "day", "point")  # the lead's "X have appointed Y": today


# --- dates ---------------------------------------------------------------------------------


_NEWS_EVENTS = ("appointed", "dismissed", "resigned", "extended")
# more ways a club tells a change it has just made ("have dispensed with the services of X", "have
# terminated the contract of X", "have brought in X", "have tied X to a new deal")
_MORE_CHANGE_VERBS = (
    r"dispensed\s+with|terminated|let\s+go|released|brought\s+in|chosen|picked|tapped|announced|tied|"
    r"handed|ditched|cut\s+ties|removed"
)
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
    r"confirmed|installed|become|joined|sacked|dismissed|fired|axed|relieved|stepped\s+down|resigned|quit|left|departed|"
    + _MORE_CHANGE_VERBS
    + r"|"
    r"parted\s+(?:company|ways)|extended|signed|"
    # a parting agreed: "C and X have agreed to part ways", "… have decided to separate"
    r"agreed\s+to\s+part|agreed\s+on\s+the\s+end|decided\s+to\s+(?:separate|part))\b"
    r"|\b(?:is|are)\s+(?:also\s+)?(?:leaving|departing|quitting|stepping\s+down)\b"
    r"|\b(?:also\s+)?(?:leaves|quits|departs)\b|\bleave\s+(?:along\s+)?with\s+him\b"
    # a stand-in going back, a successor stepping in: "returns to his role", "will now return to her post",
    # "takes over as interim", "will serve as caretaker", "arrives with his assistant"
    r"|\b(?:(?:will\s+)?(?:now\s+)?return|returns)\s+to\s+(?:his|her|their|«P\d+»'s)\s+(?:\w+\s+){0,2}?"
    r"(?:role|post|position|duties|functions|job)\b"
    r"|\b(?:takes|will\s+take)\s+(?:over|charge)\b|\bsteps\s+(?:in|up)\b|\bwill\s+step\s+(?:in|up)\b"
    r"|\bwill\s+(?:now\s+)?(?:serve|act)\s+as\s+(?:the\s+)?(?:interim|caretaker)\b|\barrives\b"
    # a successor told through the place he takes: "his place on the bench is taken by X"
    r"|\bplace\s+(?:on\s+(?:the\s+)?(?:bench|dugout)\b[^.;,]{0,40}?\s+)?(?:is|has\s+been)\s+(?:now\s+)?(?:taken|occupied)\s+by\b",
    re.IGNORECASE,
)
_STAND_IN_FUTURE = re.compile(
    r"\bwill\s+(?:now\s+)?(?:take\s+(?:(?:temporary|interim|joint|caretaker)\s+)?(?:charge|control)|"
    r"lead|oversee|step\s+in|be\s+in\s+(?:temporary\s+|interim\s+)?charge)\b",
    re.IGNORECASE,
)

_PAST_MARK = re.compile(r"\b(?:had|was|were|did)\b|,\s*(?:who|whom|which)\b", re.IGNORECASE)
# "Caretaker X, who led the side for three games, will return to his role": a closed relative clause
# tells of the past, not of the change the main clause tells
# (an apposition's too: "X, a former winger who had been advising the board, takes over")
_CLOSED_RELATIVE = re.compile(
    r",\s*(?:(?:a|an|the)\s+[^,;.]*?)?\b(?:who|whom|which)\b[^,;.]*,", re.IGNORECASE
)
# "X takes over from Y": the lead's appointment told again, naming the predecessor, not a change of its own
_FROM_PREDECESSOR = re.compile(r"\s+from\s+«P\d+»")


@lru_cache(maxsize=64)  # pure, and asked again for each fact of the same sentence
def _without_closed_relatives(tagged: str) -> str:
    """The tagged sentence with its closed relative clauses blanked (offsets kept)."""
    return _CLOSED_RELATIVE.sub(lambda m: " " * len(m.group()), tagged)


def _own_clause(f: Fact, tagged: str) -> str:
    """The words leading up to and through the fact's match, closed relative clauses blanked."""
    start = max(0, f.trigger - 45)
    return _without_closed_relatives(tagged)[start : max(f.trigger_end, f.trigger + 1)]


def _told_as_news(f: Fact, sent: TaggedSentence) -> bool:
    """Whether an undated change is today's news: the lead's "X have appointed Y" (or a flash's),
    or a change whose own verb is in the present perfect, present or a stand-in's future."""
    tagged = sent.tagged
    if _WHO_LEFT_FOR.match(tagged, f.trigger):  # "replacing X, who has left for C": earlier
        return False
    if (
        (sent.index <= 2 or _BREAKING.match(sent.text))
        and f.event in _NEWS_EVENTS
        and _JUST_HAPPENED.search(tagged)
    ):
        return True
    if _headline_news(f, sent):
        return True
    if f.event not in CHANGE_EVENTS or f.pluperfect:
        return False
    own = _own_clause(f, tagged)
    if _PAST_MARK.search(own):
        return False
    if f.event == "appointed" and _STAND_IN_FUTURE.search(own):
        return True
    return bool(_NOW_VERB.search(own)) and not _FROM_PREDECESSOR.match(tagged, f.trigger_end)


# a headline telling what may yet happen ("X set to replace Y", "C eye X", "Will X stay?")
_HEADLINE_MAYBE = re.compile(
    r"\?|\b(?:set|poised|expected|tipped|close|closing|nears?|eyes?|eyeing|targets?|considers?|could|may|might|"
    r"would|talks|linked|in\s+line|favourites?|frontrunner|front-runner|race|shortlist|bid|approach)\b",
    re.IGNORECASE,
)


def _headline_news(f: Fact, sent: TaggedSentence) -> bool:
    """The headline opening the text, no stop at its end, telling a change in the present: "Samsunspor
    appoint German coach Thomas Reis", "X new coach of Syria" — the article's news."""
    text = sent.text.rstrip()
    return (
        sent.index == 0
        and f.event in _NEWS_EVENTS
        and not text.endswith((".", "!", '"', "”"))
        and not _HEADLINE_MAYBE.search(text)
        and not _PAST_MARK.search(sent.tagged)
    )


_JUST_HAPPENED = re.compile(
    # ("communicates to have exonerated X": a translated club statement)
    r"\b(?:has|have|to\s+have)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:been\s+)?(?:appointed|named|hired|confirmed|unveiled|"
    r"installed|sacked|dismissed|fired|exonerated|relieved|promoted|renewed|separated\s+from|"
    + _MORE_CHANGE_VERBS
    + r"|"
    r"stepped\s+down|resigned|quit|parted\s+(?:company|ways)|extended|"
    r"signed\s+(?:a\s+)?(?:new|fresh)(?:\s+[\w\-]+){0,2}\s+(?:contract|deal)|"
    # "has signed a multi-year contract extension", "have signed head coach X to a two-year extension"
    r"signed\s+(?:(?:head\s+)?(?:coach|manager|boss)\s+)?(?:«P\d+»\s+to\s+)?an?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:contract\s+)?extension)\b"
    # the lead's present or future: "informs that X is appointed head coach", "X will be the new coach"
    r"|\b(?:is|are)\s+(?:\w+ly\s+)?appointed\b"
    # a club's statement in the present: "C is delighted to confirm the appointment of X", "C can confirm"
    r"|\b(?:is|are)\s+(?:very\s+)?(?:delighted|pleased|happy|proud|thrilled|excited)\s+to\s+(?:confirm|announce)\b"
    r"|\bcan\s+(?:now\s+)?confirm\b"
    # ("X is the new head trainer of C": translated "hoofdtrainer", "Cheftrainer")
    r"|«P\d+»\s+(?:is|will\s+be)\s+(?:the\s+)?(?:«C\d+»'s?\s+)?new\s+(?:«C\d+»\s+)?(?:head\s+)?"
    r"(?:coach|manager|boss|trainer|technician)\b",
    re.IGNORECASE,
)


# ", despite the coach having agreed to stay a month ago": a concession dates its own clause
_ASIDE = re.compile(
    # (an apposition's relative clause too: "X, the man who led them to promotion in 2021, walked out …")
    r",\s*(?:(?:the|a|an)\s+(?:(?!of\b)[\w'’-]+\s+){1,3}?(?=who\b|whom\b|which\b))?"
    r"(?:who|whom|which|where|having|despite|although|though|even\s+though|"
    r"(?:\w+ly\s+)?(?:sacked|dismissed|fired|axed|ousted|appointed|hired|installed|prised|lured|poached)"
    r")\b[^,;.]*",  # "X, sacked by Leeds in February 2023, was named …": the aside's own date
    re.IGNORECASE,
)
# A quotation: "…" or “…”
_QUOTE = re.compile(r"\"[^\"]{3,}\"|“[^”]{3,}”")


@lru_cache(maxsize=64)  # pure, and asked again for each fact dated in the same sentence
def _quotations(sentence: str) -> tuple[tuple[int, int, bool], ...]:
    """The quotations of `sentence`: (start, end, whether the speaker speaks of himself) of each."""
    if '"' not in sentence and "“" not in sentence:
        return ()
    return tuple(
        (q.start(), q.end(), bool(_FIRST_PERSON.search(q.group(0)))) for q in _QUOTE.finditer(sentence)
    )


def _quoted_apart(quotes: tuple[tuple[int, int, bool], ...], d: DateMention, trigger: int) -> bool:
    """'"We have been together for the past two seasons," said C coach X': a date in a quotation tells
    what the speaker says of others, not a fact told outside it (unless he speaks of himself: "'I have
    been here since 2018,' said X" is his own spell). `quotes`: the sentence's _quotations."""
    return any(s <= d.start < e and not s <= trigger < e and not own for s, e, own in quotes)


# the speaker himself: "I" (also in "I've", "I'm", "I'd": the apostrophe ends the word), "me", "my"
_FIRST_PERSON = re.compile(r"\b(?:I|me|my)\b")


# "Anderlecht (2019-2022)", "Benfica (2009-2015 and 2020-2021)": a club and its spell's years in brackets
_CLUB_BRACKET = re.compile(r"«C(\d+)»\s*\(([^()«»]{4,40})\)")


def _bracketed_spans(sent: TaggedSentence, dates: list[DateMention]) -> list[tuple[DateMention, str]]:
    """The spell starts told in brackets right after a club, each with that club."""
    out = []
    for m in _CLUB_BRACKET.finditer(sent.tagged):
        club = sent.mentions[int(m.group(1))].name
        lo, hi = sent.offsets[m.start(2)], sent.offsets[min(m.end(2), len(sent.offsets) - 1)]
        out += [(d, club) for d in dates if d.kind == "since" and lo <= d.start < hi and club]
    return out


# The change an aside on the fact's man tells ("…, who was appointed in July", "…, sacked by C in May",
# "…, who had taken charge in 2022", "…, who takes charge on Monday"): the aside up to its verb, then
# an arrival's verb or an exit's
_ASIDE_START = (
    r"^,\s*(?:who\s+|where\s+(?:he|she)\s+)?"
    r"(?:(?:was|were|is|had|has|will)\s+(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?)?"
)
_ASIDE_ARRIVAL = re.compile(
    _ASIDE_START + r"(?:appointed|hired|named|installed|brought\s+in|(?:took|taken|takes?)\s+(?:over|charge)|"
    r"joined|joins?|arrived|arrives?|returned|returns?|succeeded|replaced|starts?\s+work)\b",
    re.IGNORECASE,
)
_ASIDE_EXIT = re.compile(
    _ASIDE_START + r"(?:sacked|dismissed|fired|axed|ousted|relieved|left|leaves?|departed|resigned|quit|"
    r"stepped\s+down)\b",
    re.IGNORECASE,
)
_ARRIVAL_OR_EXIT = {
    "appointed": _ASIDE_ARRIVAL,
    "dismissed": _ASIDE_EXIT,
    "resigned": _ASIDE_EXIT,
    "left": _ASIDE_EXIT,
}


def _aside_of_other_change(sentence: str, a: int, b: int, fact: Fact, sent: TaggedSentence) -> bool:
    """'have sacked X, who was appointed in July': an aside right on the man telling another kind of
    change (an arrival beside an exit, or the reverse) dates that change, not a fact told as today's
    news ('replaced Y, who was sacked in 2018' in the past tense takes the sacking's date)."""
    aside = sentence[a:b]
    if fact.event == "appointed":
        other = _ASIDE_EXIT.match(aside)
    elif fact.event in ("dismissed", "resigned", "left"):
        other = _ASIDE_ARRIVAL.match(aside)
    else:
        return False
    return bool(other) and _told_as_news(fact, sent)


def _aside_not_the_change(
    sentence: str,
    span: tuple[int, int],
    end: int,
    fact: Fact,
    sent: TaggedSentence,
    people: list[tuple[int, str]],
) -> bool:
    """Whether an aside right on the fact's words tells another step than its change."""
    a, b = span
    return _aside_of_other_change(sentence, a, b, fact, sent) or _aside_tells_no_such_change(
        sentence, span, end, fact, people
    )


_NOTHING_BUT_COMMA = re.compile(r"[\s,]*")
# a past spell told at the aside's start ("…, who had been in charge since 2021", "…, who managed C in 2019"),
# or a deed of it ("…, who won the cup with the club in 2024", "…, who steered them to promotion")
_ASIDE_SPELL = re.compile(
    _ASIDE_START
    + r"(?:in\s+charge|at\s+the\s+helm|led|managed|coached|guided|spent|won|lifted|clinched|steered)\b",
    re.IGNORECASE,
)
# his playing days ("…, who went to C as a player in 2005")
_PLAYING_DAYS = re.compile(r"\bas\s+a\s+player\b|\bplaying\s+(?:days|career)\b", re.IGNORECASE)
# words that tell the fact's own change anywhere in the aside ("…, who led Romania … then let his contract
# run out in July", "…, who took over in February and whose contract will not be extended")
_OWN_CHANGE_WORDS = {
    "appointed": re.compile(
        r"\b(?:appoint\w*|named|hired|took\s+over|takes?\s+charge|joined|arrived|agreement|signed|presented|"
        r"unveiled|contract|deal)\b",
        re.IGNORECASE,
    ),
    "exit": re.compile(
        r"\b(?:left|leaves?|leaving|depart\w*|exit|resign\w*|sacked|dismiss\w*|fired|contract|deal|"
        r"stepped\s+down|quit|terminat\w*|released|relieved|parted|renewed|confirmed|extended)\b",
        re.IGNORECASE,
    ),
}


def _aside_tells_no_such_change(
    sentence: str, span: tuple[int, int], end: int, fact: Fact, people: list[tuple[int, str]]
) -> bool:
    """An aside right after a change's words that tells another step and nothing of that change: his
    playing days ('succeeds Y, who went to C as a player in 2005'), or, on the fact's own man, a past
    spell ('sacked X, who managed C in 2019') or the other kind of change ('sacked X, who had taken
    charge in 2022': his arrival). Its dates are not the change's. (On another man, an exit dates the
    arrival it makes room for: 'replaced Y, who was sacked in 2018'.)"""
    a, b = span
    own_kind = _ARRIVAL_OR_EXIT.get(fact.event)
    if own_kind is None or not _NOTHING_BUT_COMMA.fullmatch(sentence, a, end):  # (read from the aside)
        return False
    aside = sentence[a:b]
    if _PLAYING_DAYS.search(aside):
        return True
    if _OWN_CHANGE_WORDS["appointed" if fact.event == "appointed" else "exit"].search(aside):
        return False
    named = [name for at, name in people if at < a]
    on_his_own = bool(named) and named[-1] == fact.coach
    other_kind = _ASIDE_EXIT if own_kind is _ASIDE_ARRIVAL else _ASIDE_ARRIVAL
    return on_his_own and bool(other_kind.match(aside) or _ASIDE_SPELL.match(aside))


# A relative clause with the list of clubs it may name ("…, who managed A, B and C, …").
_RELATIVE = re.compile(r",\s*(?:who|whom|which|where|having)\b(?:[^,;.]|,\s*(?=[A-Z«]|and\b))*")


def people_at(sent: TaggedSentence) -> list[tuple[int, str]]:
    """Where each person is named in the sentence, and who."""
    offsets, mentions = sent.offsets, sent.mentions
    return [
        (offsets[min(m.start(), len(offsets) - 1)], mentions[int(m.group(2))].name)
        for m in TAG.finditer(sent.tagged)
        if m.group(1) == "P"
    ]


def _another_clubs_end(sent: TaggedSentence, d: DateMention, club: str | None) -> bool:
    """The end follows another club named right before it: 'was in charge of A until 2014 and has coached
    B' ends A's spell only ('who until last summer led C', 'coached C until 2021' end C's)."""
    before = [m for m in sent.mentions if m.kind == "C" and m.end <= d.start]
    return bool(before) and max(before, key=lambda m: m.end).name != club


def date_fact(
    fact: Fact,
    dates: list[DateMention],
    sent: TaggedSentence,
    ref: date | None,
    people: list[tuple[int, str]] = (),
) -> None:
    """Set the fact's date from the sentence's date mentions (the one nearest its verb in its own
    clause), with what the words tell besides: a spell's term, its tense, a start at an earlier change."""
    offsets, sentence = sent.offsets, sent.text
    trigger = offsets[min(fact.trigger, len(offsets) - 1)]
    if fact.event == "in_charge" and _SINCE_PRIOR.search(sentence, trigger):
        fact.since_prior = True
    if not dates:  # (most facts: the sentence tells no date)
        return
    quotes = _quotations(sentence)
    dates = [d for d in dates if not _quoted_apart(quotes, d, trigger)]
    owned = _bracketed_spans(sent, dates)
    spans = [d for d, club in owned if club == fact.club]
    if fact.event == "in_charge" and spans:  # "Anderlecht (2019-2022)": its spell (a second one, the next)
        fact.date = spans[min(int(fact.repeat), len(spans) - 1)]
        return
    if fact.spell_start:  # one of two counted spells, each dated by its own listed year
        fact.date = fact.spell_start
        return
    dates = _fronted_dates([d for d in dates if all(d is not e for e, _ in owned)], sent, trigger)
    if not dates or fact.no_date:
        return
    end = offsets[min(fact.trigger_end, len(offsets) - 1)] if fact.trigger_end >= 0 else trigger
    in_sentence = people or people_at(sent)
    if fact.event == "in_charge":  # "in interim charge since X resigned in August": the spell's start
        dates = [_since_clause_date(d, sentence) for d in dates]
        # an end still to come ("a contract until the summer of 2026") is a term, not a departure; and
        # an end ends its own clause's spell only ("has spells at A, B and C, where he worked until
        # last year": C's)
        untils = [
            d
            for d in dates
            if d.kind == "until"
            and (ref is None or d.value <= ref)
            and not _another_clubs_end(sent, d, fact.club)
        ]
        untils = _in_own_clause(untils, fact, sent, trigger, end, in_sentence)
        fact.until = next(iter(untils), None)
        dates = [d for d in dates if not _time_spent_by_another(fact, sentence, d, in_sentence)]
    dates = _change_dates(fact, dates, sentence, trigger)
    wanted = _wanted_kinds(fact)
    candidates = [d for d in dates if d.kind in wanted and not (fact.dated_after and d.start < trigger)]
    # "X, who won it in 2014, arrives from Everton": 2014 is not the arrival; nor is "last year" in
    # "leaves Saudi Arabia, whom he led … last year"
    candidates = _in_own_clause(candidates, fact, sent, trigger, end, in_sentence)
    candidates = [d for d in candidates if not _successors_arrival_date(sentence, end, d, fact, people)]
    if fact.event in ("left", *DEPARTURES):
        candidates = _contract_clause_dates(candidates, sentence, end)
    if fact.event in CHANGE_EVENTS:
        candidates = _own_side_of_after(candidates, sentence, trigger)
    candidates, news_day = _not_ahead_of_change(fact, candidates, sentence, trigger, end, ref, people)
    if not news_day:
        candidates, news_day = _not_before_perfect(fact, candidates, sentence, trigger, ref)
    if news_day and ref:
        fact.date = DateMention(trigger, trigger, ref, "day", "point")
        return
    candidates = _preferred_dates(fact, candidates, sentence, ref)
    # "X has signed a new deal, while Y will leave at the end of the season": the other clause's date
    candidates = [d for d in candidates if not _while_between(sentence, trigger, end, d)]
    if fact.event in CHANGE_EVENTS:  # "Jones replaced him but was sacked in February": the sacking's
        candidates = [d for d in candidates if not _later_change_between(sentence, end, d, fact.event)]
    if fact.event == "in_charge" and not candidates:  # "was caretaker coach of C in 2011": the spell's year
        candidates = _spell_points(fact, dates, sent, trigger, end)
    if candidates:
        verb = _named_after_and(sentence, trigger, end, fact, people) or _own_verb_at(sentence, trigger, end)
        fact.date = min(candidates, key=lambda d: _date_distance(d, verb, sentence))
    _complete_told_date(fact, dates, sent, trigger)


# "took over on April 29 after the contract of Y expired in February": an opener between a date
# and a change told after it; the date is the main clause's
# (not a count from the main clause's day: "on Tuesday, four weeks after X left at the end of the season")
_AFTER_OPENER = re.compile(
    r"(?<!day)(?<!days)(?<!week)(?<!weeks)(?<!month)(?<!months)(?<!year)(?<!years)(?<!season)(?<!seasons)"
    r"\s(?:after|following)\s",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[,;:]|\s(?:and|but|when|while|whereas)\s", re.IGNORECASE)


def _time_spent_by_another(fact: Fact, sentence: str, d: DateMention, people: list[tuple[int, str]]) -> bool:
    """A length another man spent, told before this one is named ("X spent the past two seasons on Y's
    staff", "as assistant to Y"): X's time there, not the start of Y's spell."""
    named_at = [at for at, name in people if name == fact.coach]
    return time_spent(sentence, d) and bool(named_at) and min(named_at) > d.start


def _own_side_of_after(candidates: list[DateMention], sentence: str, trigger: int) -> list[DateMention]:
    """The dates told in the 'after' clause a change is told in, when it tells one, not the main
    clause's before it ('appointed in June after X was fired' keeps June for the firing)."""
    before = [d for d in candidates if d.end <= trigger and _AFTER_OPENER.search(sentence, d.end, trigger)]
    own = [
        d for d in candidates if d.start >= trigger and not _CLAUSE_STOP.search(sentence, trigger, d.start)
    ]
    return own if before and own else candidates


# "X, whose contract was terminated in December, had taken charge in 2022": a clause on the man's deal
# or move, which dates the fact only when the rest of the sentence tells no date of its own
_WHOSE_CLAUSE = re.compile(r",\s*whose\b[^,;.]*", re.IGNORECASE)


def _outside_whose_clause(candidates: list[DateMention], sentence: str, end: int) -> list[DateMention]:
    """The candidates outside the 'whose …' clauses the fact's match does not end in, when there are
    any ('Y, whose contract expired last summer' still dates 'took over from Y', told with no date)."""
    spans = [m.span() for m in _WHOSE_CLAUSE.finditer(sentence)]
    spans = [(a, b) for a, b in spans if not a <= end <= b]
    outside = [d for d in candidates if not any(a <= d.start < b for a, b in spans)]
    return outside or candidates


# "returns to Sevilla, the club he commanded from 2008 to 2010 and again in 2014", "who returns to the
# club he coached in 2021": a clause on the club telling the spells he had there (its tail "…, and again
# in 2014" too); its years are those past spells', not the change the main clause tells; so are the
# years of a clause on what he did or was there ("returns to the club where he won the cup in 2003",
# "back at Elland Road, where he was assistant in 2015"; not "where he was named coach in 2015")
_PAST_SPELL_CLAUSE = re.compile(
    r"(?:\bthe\s+(?:club|team|side|country|nation)\s+(?:(?:that|which|where)\s+)?|,\s*(?:where|which|whom)\s+)"
    r"(?:he|she)\s+(?:had\s+)?(?:(?:previously|already|once|first|famously)\s+)?"
    r"(?:coached|managed|commanded|led|trained|guided|ran|steered|served|won|lifted|spent|worked|"
    r"was\b(?!\s+(?:\w+\s+)?(?:appointed|named|hired|installed|unveiled|confirmed|presented)\b))\b[^,;.]*"
    r"(?:,\s*(?:and|then)\s+(?:again|later|once\s+more)\b[^,;.]*)?",
    re.IGNORECASE,
)


def _outside_past_spell_clause(
    candidates: list[DateMention], sentence: str, trigger: int
) -> list[DateMention]:
    """The candidates outside the past-spell clauses (`_PAST_SPELL_CLAUSE`) the fact is not told in."""
    spans = [m.span() for m in _PAST_SPELL_CLAUSE.finditer(sentence)]
    spans = [(a, b) for a, b in spans if not a <= trigger < b]
    return [d for d in candidates if not any(a <= d.start < b for a, b in spans)]


# "replacing Y, whose contract was not renewed after the play-offs in March": the clause on the
# leaving man's contract, right after him, tells when he went
_WHOSE_CONTRACT = re.compile(r"\s*,\s*whose\s+(?:contract|deal)\b[^;.]*", re.IGNORECASE)


def _contract_clause_dates(candidates: list[DateMention], sentence: str, end: int) -> list[DateMention]:
    """The candidates told in a 'whose contract …' clause right after the leaving man (or the one the
    fact's match ends in: 'X, whose contract was not renewed'), when it tells any (a month or day over the
    year of a tournament named: 'the Euro 2024 play-offs in March')."""
    clause = _WHOSE_CONTRACT.match(sentence, end) or next(
        (m for m in _WHOSE_CONTRACT.finditer(sentence) if m.start() < end <= m.end()), None
    )
    own = [d for d in candidates if clause and clause.start() <= d.start < clause.end()]
    return [d for d in own if d.precision != "year"] or own or candidates


def _wanted_kinds(fact: Fact) -> tuple[str, ...]:
    """The kinds of date that can tell the fact's own date: a spell's start ('since'; a told point too
    for a spell that begins), a departure's end ('until') or moment, any other change's moment."""
    if fact.event == "in_charge":
        return ("since",) if not fact.begins else ("since", "point")
    return ("until", "point") if fact.event == "left" else ("point",)


def _change_dates(fact: Fact, dates: list[DateMention], sentence: str, trigger: int) -> list[DateMention]:
    """The dates as a change reads them: 'until October 2011, when he was sacked' tells the when-clause's
    moment; 'has stepped down, five days after …' is another event's distance, no date of its own."""
    if fact.event in CHANGE_EVENTS:
        dates = [_when_clause_date(d, sentence, trigger) for d in dates]
    # (any fact: "signed an extension, a month after he led the club to the title" is the title's distance)
    return [
        d
        for d in dates
        if not (_N_AFTER.fullmatch(sentence, d.start, d.end) and _counted_apart(sentence, d, trigger))
    ]


def _counted_apart(sentence: str, d: DateMention, trigger: int) -> bool:
    """'N months after he left' dates only the clause it opens: not a fact told before it, nor one
    past that clause ('20 years after he left the club, following the resignation of Y')."""
    return d.start > trigger or "," in sentence[d.end : trigger]


def _not_ahead_of_change(
    fact: Fact,
    candidates: list[DateMention],
    sentence: str,
    trigger: int,
    end: int,
    ref: date | None,
    people: list[tuple[int, str]],
) -> tuple[list[DateMention], bool]:
    """A change told in a past or perfect tense keeps no date still to come ('has been appointed and
    will be presented on Monday': Monday is not the appointment), nor one of another man's event
    after a perfect ('have appointed X, filling the vacancy left when Y joined C in May': Y's date).
    With the candidates left: whether only those dates were told, so the change is the day's news."""
    if fact.event not in CHANGE_EVENTS or _FUTURE_VERB.search(sentence, trigger, max(end, trigger + 1)):
        return candidates, False
    leaving = fact.event == "left"  # "will not continue when his contract expires on 31 July": that day
    ahead = [d for d in candidates if d.future and not (leaving and d.kind == "until")]
    candidates = [d for d in candidates if d not in ahead]
    perfect = _PERFECT_VERB.search(sentence, trigger, max(end, trigger + 1))
    lead = _PERFECT_VERB.search(sentence, max(0, trigger - 15), max(end, trigger + 1))
    if lead:
        told = candidates
        candidates = [d for d in candidates if not _another_event_between(sentence, end, d, fact, people)]
        ahead = ahead or (told if not candidates else [])
    return candidates, bool(ahead and not candidates and ref and (perfect or lead))


def _not_before_perfect(
    fact: Fact, candidates: list[DateMention], sentence: str, trigger: int, ref: date | None
) -> tuple[list[DateMention], bool]:
    """A change's dates without those before a perfect clause ('… last week and have now appointed Y':
    last week is another step); with whether every date told was such, so the change is the day's news."""
    if fact.event not in ("appointed", "dismissed", "resigned", "left"):
        return candidates, False
    kept = [d for d in candidates if not _perfect_clause_between(sentence, d.start, trigger)]
    if ref and candidates and not kept:
        return candidates, True
    return kept, False


def _preferred_dates(
    fact: Fact, candidates: list[DateMention], sentence: str, ref: date | None
) -> list[DateMention]:
    """The candidates the fact prefers: a departure's told end, past dates over ones to come ('announced
    … as coach for next season': the announcement), a spell's stated year over a span ('spent four
    years at C from 2017 to 2021': 2017)."""
    if fact.event == "left" and any(d.kind == "until" for d in candidates):
        candidates = [d for d in candidates if d.kind == "until"]
    past = [d for d in candidates if ref is None or d.value <= ref]
    candidates = past or candidates
    if fact.event == "in_charge" and len(candidates) > 1:
        stated = [d for d in candidates if _YEAR_IN.search(sentence, d.start, d.end)]
        if stated and len(stated) < len(candidates):
            candidates = [
                d for d in candidates if d in stated or not _SPAN_ONLY.search(sentence, d.start, d.end)
            ]
    return candidates


# A clause fronted before its subject telling another step of his career: "Appointed in 2022, X leaves
# C", "Sacked by C in March, X has joined D", "Out of work since leaving C in May, X …", "Having bought
# the club in 2021, owner X sacked Y". Its dates are its own; the main clause's are not its.
_FRONTED_CLAUSE = re.compile(
    r"^\W*(?:(?:A|An|The)\s+(?:former|one-time|onetime|ex-)|Having|Being|Once|Formerly|Previously|Currently|Still|Fresh|Freshly|Newly|Out\s+of\s+work|"
    r"Unemployed|Without\s+a\s+(?:job|club)|During|In\s+(?:his|her)\s+(?:\w+\s+)?(?:spell|stint|tenure|reign)|"
    r"(?:Appointed|Hired|Named|Installed|Sacked|Dismissed|Fired|Axed|Ousted|Relieved)\b|"
    r"(?:(?:\w+\s+)?(?:years?|months|weeks|seasons?)\s+)?(?:After|Following|Before|Since|after|since)\s+"
    r"(?:leaving|quitting|departing|joining|resigning|stepping|being|(?:his|her)\s+(?:exit|departure|sacking|"
    r"dismissal|spell|stint|time|tenure|reign)\b|(?:a|an|\w+|\d+)\s+(?:\w+\s+)?(?:years?|seasons?|months|"
    r"spells?|stints?)\s+(?:at|with|in)\b))"
    r"(?:[^,.;:!?«]|«[CS]\d+»){0,100}?(?=,\s*(?:(?:the|a|an|former|new|club|owner|chairman|president|"
    r"[a-z\-]+)\s+){0,4}?«P\d+»(?!['’]))"
)


@lru_cache(maxsize=64)  # pure, and asked again for each fact dated in the same sentence
def _fronted_end(tagged: str) -> int | None:
    """Where the fronted clause of a tagged sentence ends (`_FRONTED_CLAUSE`), None when it has none."""
    fronted = _FRONTED_CLAUSE.match(tagged)
    return fronted.end() if fronted else None


def _fronted_dates(candidates: list[DateMention], sent: TaggedSentence, trigger: int) -> list[DateMention]:
    """The candidates on the fact's side of a fronted clause: a fact told inside it keeps its dates, one
    of the main clause leaves them."""
    fronted_end = _fronted_end(sent.tagged) if candidates else None
    if fronted_end is None:
        return candidates
    end = sent.offsets[min(fronted_end, len(sent.offsets) - 1)]
    inside = trigger < end
    return [d for d in candidates if (d.start < end) == inside]


@lru_cache(maxsize=64)  # pure, and asked again for each fact dated in the same sentence
def _asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the asides (`_ASIDE`) of `sentence`."""
    return tuple(m.span() for m in _ASIDE.finditer(sentence))


def _spell_told_in_aside(fact: Fact, trigger: int, end: int, a: int, b: int) -> bool:
    """'X, who commanded the team on an interim basis since September, will return …': a spell read
    over the whole aside on its man is told by it (its dates are the spell's)."""
    return fact.event == "in_charge" and trigger < a and b <= end


# ", which ends on 31 December" after "the contract of X": the end of the deal, the day a departure told
# by its non-renewal happens
_CONTRACT_END_ASIDE = re.compile(r"[\s,(]*" + CONTRACT_ENDS_CLAUSE + r"\b", re.IGNORECASE)


def _contract_end_aside(fact: Fact, sentence: str, a: int, d: DateMention) -> bool:
    """Whether the aside at `a` tells the end of the contract (`d`, read as an end) of a man leaving."""
    return fact.event == "left" and d.kind == "until" and bool(_CONTRACT_END_ASIDE.match(sentence, a))


def _in_own_clause(
    candidates: list[DateMention],
    fact: Fact,
    sent: TaggedSentence,
    trigger: int,
    end: int,
    people: list[tuple[int, str]],
) -> list[DateMention]:
    """The candidate dates of the fact's own clause: not an aside about something else, not the
    spells of a relative clause the fact is told in, not a title won, and for a rumour only a
    nearby, precise report date."""
    sentence = sent.text
    # "X, interim since March, when Y was sacked, …": whatever the asides, unless a date follows his change
    if fact.event in CHANGE_EVENTS and all(d.start < trigger for d in candidates):
        opening = [d for d in candidates if _dates_the_change_clause(sentence, d, trigger)]
        if opening:
            return opening[-1:]
    aside = _asides(sentence)
    candidates = [
        d
        for d in candidates
        if not any(
            a <= d.start < b
            and not _spell_told_in_aside(fact, trigger, end, a, b)
            and not _contract_end_aside(fact, sentence, a, d)
            and (
                not a <= end <= b
                or (trigger < a and _aside_not_the_change(sentence, (a, b), end, fact, sent, people))
            )
            for a, b in aside
        )
    ]
    own = [(a, b) for a, b in aside if a < end <= b and a > trigger]
    if own and fact.event != "in_charge":  # "replacing Ince, who was sacked in April": his clause's date
        candidates = [d for d in candidates if own[0][0] <= d.start < own[0][1]] or candidates
    if fact.event == "in_charge":  # "X, who managed A and B, leaves after a year": not the spells' dates
        inside = [(a, b) for a, b in (m.span() for m in _RELATIVE.finditer(sentence)) if a <= trigger < b]
        if inside:
            a, b = inside[0]
            candidates = [d for d in candidates if a <= d.start < b]
    if fact.event in CHANGE_EVENTS:  # "back at Boca from 2020, winning the title that year": the win's
        candidates = [d for d in candidates if not _in_a_win_clause(sentence, trigger, d)]
    candidates = _outside_whose_clause(candidates, sentence, end)
    if fact.event in CHANGE_EVENTS:  # "returns to C, the club he coached from 2008 to 2010": not the return's
        candidates = _outside_past_spell_clause(candidates, sentence, trigger)
    if fact.event in ("offer", "offer_declined", "linked"):  # only a nearby, precise report date
        candidates = [
            d
            for d in candidates
            if (d.precision in ("day", "week") and abs(d.start - trigger) <= 80)
            # "rejected an approach in March", "X, rejected the club's approach in March": right after
            or (d.precision == "month" and (abs(d.start - trigger) <= 40 or 0 <= d.start - end <= 15))
            or (fact.pluperfect and 0 <= d.start - end <= 30)  # "had been linked with the job in 2018"
            or _approach_told_with_its_time(sentence, trigger, end, d)
        ]
    return candidates


# between a past approach's time and a refusal told after it: "…, but he chose to stay"
_THEN_REFUSED = re.compile(r"[^,;:.!?]*(?:,[^,;:.!?]*)?")
# a move still expected ("is expected to replace Y in the summer", "the favourite to take over next
# season"): the time is the move's, not the rumour's
_MOVE_AHEAD = re.compile(
    r"\b(?:expected|favourite|favorite|likely|set\s+to|could|would|will|next|hopes?|wants?|like\s+to)\b",
    re.IGNORECASE,
)


def _approach_told_with_its_time(sentence: str, trigger: int, end: int, d: DateMention) -> bool:
    """A past approach, talk or link dated to the year, season or month right after its words ('C
    approached X last summer', 'had been linked with C last year'), and the refusal told after that time
    in the same sentence ('…, but he chose to stay')."""
    if not _past_year_or_season(d):
        return False
    if _MOVE_AHEAD.search(sentence, max(0, min(trigger, d.start) - 60), max(end, d.end)):
        return False
    if 0 <= d.start - end <= 30:
        return not _OWN_CLAUSE_END.search(sentence, end, d.start)
    return 0 <= trigger - d.end <= 30 and bool(_THEN_REFUSED.fullmatch(sentence, d.end, trigger))


def _complete_told_date(fact: Fact, dates: list[DateMention], sent: TaggedSentence, trigger: int) -> None:
    """The chosen date with what the sentence adds: the year told beside a bare month, a summer
    departure's 30 June, and a spell's tense."""
    sentence = sent.text
    if fact.dated_after and fact.date:
        fact.date = _in_the_told_year(fact.date, dates, sentence)
    elif fact.date and fact.date.kind == "point":
        fact.date = _earlier_in_the_told_year(fact.date, dates, sentence)
    if (
        fact.date
        and fact.event in DEPARTURES
        and _SUMMER_WORDS.search(sentence, fact.date.start, fact.date.end)
    ):
        fact.date = _summer_departure(fact.date)
    if fact.event == "in_charge" and fact.date and fact.date.kind == "since":
        fact.spell_tense = _spell_tense(sentence, trigger, fact.date.start)
        if fact.spell_tense and _club_told_apart(sent, fact, fact.date.start):
            fact.spell_tense = None


DEPARTURES = ("left", "resigned", "dismissed")
# "in the summer", "in the close season": a departure then is dated 30 June, the end of the season
_SUMMER_WORDS = re.compile(r"summer|close[d]?[-\s]season|off-?season", re.IGNORECASE)


def _summer_departure(d: DateMention) -> DateMention:
    """A departure in a summer is dated by the season's end, 30 June (an arrival by 1 July)."""
    if d.precision == "season" and (d.value.month, d.value.day) == (7, 1):
        return dataclasses.replace(d, value=date(d.value.year, 6, 30))
    return d


# "… but was sacked", "and was himself replaced", "and then left": the same man's next change, its own clause
# (a club's active verb, "sacked X and appointed Y in February", may tell both changes' month)
_LATER_CHANGE = re.compile(
    r"(?<!,)\s(?:and|but)\s+(?:then\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+|himself\s+|herself\s+)?"
    r"(?P<verb>sacked|dismissed|fired|axed|appointed|named|hired|replaced)|(?:\w+ly\s+)?"
    r"(?P<gone>left|resigned|quit|departed))\b",
    re.IGNORECASE,
)
_EXIT_VERBS = frozenset({"sacked", "dismissed", "fired", "axed", "replaced"})


def _later_change_between(sentence: str, end: int, d: DateMention, event: str) -> bool:
    """A date after the fact's words, past '… but was sacked' (a change of the other kind): that change's."""
    if d.start < end:
        return False
    for m in _LATER_CHANGE.finditer(sentence, end, d.start):
        exit_ = bool(m.group("gone")) or m.group("verb").lower() in _EXIT_VERBS
        if exit_ != (event != "appointed"):
            return True
    return False


# a clause of its own told alongside ("X signed a new deal, while Y will leave at the end of the season");
# (only while/whereas, unlike attribution's _CONTRAST_CLAUSE, which also cuts at although/though)
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whilst|whereas)\s")


def _while_between(sentence: str, trigger: int, end: int, d: DateMention) -> bool:
    """A ', while …' clause boundary between the fact's words and the date."""
    lo, hi = (end, d.start) if d.start >= end else (d.end, trigger)
    return lo < hi and bool(_WHILE_CLAUSE.search(sentence, lo, hi))


# what lets time pass between a dated clause and a bare month: an aside, a long stretch
_TIME_PASSING = re.compile(r"^(?:.{60,}|.*,.*,.*|.*\b(?:who|whom|which|where)\b.*)$", re.DOTALL)


# "that August", "the following June": a month already told by the date before it, year and all
_OF_DATE_BEFORE = re.compile(
    # (a month told with its year relative to now, "in November last year", is not the told year's)
    r"\b(?:that|same|following|next|subsequent|previous|preceding|(?:last|this)\s+year)\b",
    re.IGNORECASE,
)


def _in_the_told_year(d: DateMention, dates: list[DateMention], sentence: str) -> DateMention:
    """'appointed in January 2023, before leaving by mutual agreement in April': a bare month of the
    move that goes on from the clause before is in that clause's year (the next, if the month is earlier)."""
    if (
        d.precision != "month"
        or _YEAR_IN.search(sentence, d.start, d.end)
        or _OF_DATE_BEFORE.search(sentence, d.start, d.end)
    ):
        return d
    told = [e for e in dates if e.end <= d.start and _YEAR_IN.search(sentence, e.start, e.end)]
    if not told or _TIME_PASSING.match(sentence[told[-1].end : d.start]):
        return (
            d  # "… in March 2023 to take over C, whom he coached at the Olympics, before leaving in August"
        )
    year = told[-1].value.year + (d.value.month < told[-1].value.month)
    return dataclasses.replace(d, value=d.value.replace(year=year))


# "after", "following": the clause after tells an earlier event
_EARLIER_CLAUSE = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
# "and", "before", "then", "but": the clause after tells a later event
_LATER_CLAUSE_WORD = re.compile(r"\b(?:and|before|then|but|until)\b", re.IGNORECASE)


def _earlier_in_the_told_year(d: DateMention, dates: list[DateMention], sentence: str) -> DateMention:
    """'appointed in June 2021 after Lennon resigned in February': a bare month of a clause that goes
    on from a dated one is in that clause's year (the year before for an 'after' clause, if the month
    is later; the year after for an 'and' clause, if it is earlier)."""
    if (
        d.precision not in ("month", "day")
        or _YEAR_IN.search(sentence, d.start, d.end)
        or not _MONTH_NAME.search(sentence, d.start, d.end)  # "14 months later" is counted from it already
        or _OF_DATE_BEFORE.search(sentence, d.start, d.end)
    ):
        return d
    told = [e for e in dates if e.end <= d.start and e.precision in ("month", "day")]
    if not told:
        return d
    between = sentence[told[-1].end : d.start]
    if _TIME_PASSING.match(between):
        return d
    then, now = (told[-1].value.month, told[-1].value.day), (d.value.month, d.value.day)
    if "month" in (d.precision, told[-1].precision):  # "in February after sacking X on February 6": one month
        then, now = then[:1], now[:1]
    # "appointed in June after Conte left in March": the latest March before that June (a month told
    # without a year is already the latest one, so the earlier one can be no later than now)
    yearless = not _YEAR_IN.search(sentence, told[-1].start, told[-1].end)
    # the clause word nearest the month tells its clause's order ("… in October 2022 after a spell as
    # caretaker but was sacked in May": 'but', not the 'after' of the spell)
    earlier = [m.start() for m in _EARLIER_CLAUSE.finditer(between)]
    later = [m.start() for m in _LATER_CLAUSE_WORD.finditer(between)]
    told_earlier = bool(earlier) and (not later or earlier[-1] > later[-1])
    if yearless and (not told_earlier or told[-1].kind != "point"):
        return d
    if told_earlier:
        year = told[-1].value.year - (now > then)
    elif later:  # "sacked in December 2022 and replaced in January": 2023
        year = told[-1].value.year + (now < then)
    else:
        return d
    return dataclasses.replace(d, value=d.value.replace(year=year))


# "had been in charge since", "whom he has managed since", "had led the U-20 team since": the
# auxiliary of a spell's verb told before the 'since' date that starts it
_SPELL_SINCE_VERB = re.compile(
    r"\b(had|has|have)\s+(?:\w+ly\s+|also\s+)?(?:been\s+(?!out\b|without\b|free\b|unemployed\b)|led\b|"
    r"coached\b|managed\b|directed\b|guided\b|worked\b|trained\b|overseen\b|run\b|held\b|served\b)",
    re.IGNORECASE,
)
_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)


def _spell_tense(sentence: str, trigger: int, since_at: int) -> str | None:
    """'had' or 'has' for a spell told up to its 'since' date in that tense (the last spell verb
    before it, in the same clause), else None. Not for a spell told after the date ('had been in
    charge since 2015 and previously coached C': C's spell is another, its date not told)."""
    if trigger >= since_at or not _SINCE_WORD.search(sentence, max(0, since_at - 12), since_at + 6):
        return None  # "had led the U19s between 2013 and 2018": a completed spell, no 'left' by convention
    told = list(_SPELL_SINCE_VERB.finditer(sentence, max(0, since_at - 90), since_at))
    if not told or CLAUSE_BREAK.search(sentence, told[-1].end(), since_at):
        return None
    return "had" if told[-1].group(1).lower() == "had" else "has"


# where a clause ends between a club and the spell told of another ('…, the former C coach, had been …'),
# not a relative clause of the club itself ('Elfsborg, whom he has managed since 2018')
_APART_BEFORE = re.compile(r"[,;:](?!\s*(?:with\s+)?(?:whom|which|where)\b)")
# a later clause telling another step ('since 2022 and had previously worked at C', '…; he left C'), or
# the spell the 'since' one came after ('has been X's assistant since 2018, after a spell in charge of C')
_APART_AFTER = re.compile(
    r"[;:]|\bwho\b|\b(?:and|but)\s+(?:he\s+|she\s+)?(?:had|has|have|was|is|then|later|previously|also|before)\b|"
    r",\s+(?:after|following)\s+(?:an?|his|her|two|three|several|earlier|previous)\s",
    re.IGNORECASE,
)


def _club_spans(sent: TaggedSentence, club: str | None) -> list[tuple[int, int]]:
    """Where the sentence names the club, by its own name or a squad of it (spans in its text)."""
    last = len(sent.offsets) - 1
    return [
        (sent.offsets[min(m.start(), last)], sent.offsets[min(m.end(), last)])
        for m in TAG.finditer(sent.tagged)
        if m.group(1) in "CS" and sent.squad_of.get(int(m.group(2)), (None,))[0] == club
    ]


def _club_told_apart(sent: TaggedSentence, fact: Fact, since_at: int) -> bool:
    """The fact's club is named after its coach only in another clause than the spell told up to its
    'since' date: 'Rennie, the former Vancouver coach, had been in charge since 2022', 'X, who took
    Japan to the last 16, had been in charge since 2023', 'had been in charge since May 2022 and had
    previously worked … at PSG'. That spell is the story's post; the club's is a past one, not ended
    by a told 'since' spell (a title before him, 'Ajax coach X, who has led them since 2020', is his)."""
    verb = list(_SPELL_SINCE_VERB.finditer(sent.text, max(0, since_at - 90), since_at))
    if not verb:
        return False
    at, text = verb[-1].start(), sent.text
    persons = [p for p, name in people_at(sent) if name == fact.coach and p < at]
    clubs = _club_spans(sent, fact.club)
    if not clubs or not persons:
        return False
    return all(
        (persons[0] < c < at and _APART_BEFORE.search(text, e, at))
        or (c > since_at and _APART_AFTER.search(text, since_at, c))
        for c, e in clubs
    )


# "… until October 2011, when he was sacked", "since December, when it fired X": a date the
# when-clause after it is told at
_WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)
# the clause a date opens that tells a change: "since March, when X was sacked", "since May after the
# firing of X" (the date is that change's)
_CHANGE_CLAUSE_AFTER = re.compile(
    r",?\s*(?:when|(?:after|following)\s+the\s+(?:firing|sacking|dismissal|departure|exit|exoneration|"
    r"resignation|removal)\s+of)\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[;.!?]")
# "five days after leading the club to …": the date of the event after 'after', not of the clause before
_N_AFTER = re.compile(r"\w+\s+(?:days?|weeks?|fortnights?|months?|years?)\s+after", re.IGNORECASE)
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


# ", winning the league that year", ", guiding them to promotion in 2019": a participle clause of a win
_WIN_CLAUSE = re.compile(r",\s*(?:winning|lifting|guiding|leading|steering|taking)\b[^,;:]*$", re.IGNORECASE)


def _in_a_win_clause(sentence: str, trigger: int, d: DateMention) -> bool:
    """The date is told in a ', winning …' clause after the fact's words: the win's date, not the change's."""
    win = _WIN_CLAUSE.search(sentence, max(0, d.start - 70), d.start)
    return bool(win) and trigger < win.start()


def _when_clause_date(d: DateMention, sentence: str, trigger: int) -> DateMention:
    when = d.end <= trigger and _WHEN_AFTER.match(sentence, d.end)
    if d.kind != "point" and (when or _dates_the_change_clause(sentence, d, trigger)):
        return dataclasses.replace(d, kind="point")
    return d


def _dates_the_change_clause(sentence: str, d: DateMention, trigger: int) -> bool:
    """'since March, when X was sacked', 'since May after the firing of X': the date opens the clause the
    change at `trigger` is told in."""
    clause = _CHANGE_CLAUSE_AFTER.match(sentence, d.end)
    return (
        clause is not None
        and d.end <= trigger
        and trigger - clause.end() <= 40
        and not _SENTENCE_BREAK.search(sentence, d.end, trigger)
    )


def _another_event_between(
    sentence: str, end: int, d: DateMention, fact: Fact, people: list[tuple[int, str]]
) -> bool:
    """A date after the fact's clause, past an opener and another person's name: that person's event."""
    if d.start < end:
        return False
    opener = _LATER_CLAUSE.search(sentence, end, d.start)
    return bool(opener) and any(opener.start() <= at < d.start and name != fact.coach for at, name in people)


# "X took charge as caretaker until Y arrived at the turn of the year", "… for two matches before Y was
# appointed in early November": the clause that ends his stint with another man's arrival
_STINT_END = re.compile(r"\b(?:until|till|before)\b", re.IGNORECASE)
# a break between that clause's opener and the date: the date is told in a later clause
_STINT_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|when|while|who|which)\b", re.IGNORECASE)


def _successors_arrival_date(
    sentence: str, end: int, d: DateMention, fact: Fact, people: list[tuple[int, str]]
) -> bool:
    """A date after the fact's clause, in an 'until Y arrived' or 'before Y was appointed' clause naming
    another man: the date of his arrival, which ends this man's stint, not this man's own."""
    if d.start < end:
        return False
    openers = list(_STINT_END.finditer(sentence, end, d.start))
    opener = openers[-1] if openers else None  # (the last such word before the date opens its clause)
    if opener is None or _STINT_CLAUSE_BREAK.search(sentence, opener.end(), d.start):
        return False
    return any(opener.end() <= at < d.start and name != fact.coach for at, name in people)


def _own_clause_point(sentence: str, trigger: int, end: int, d: DateMention, achieved: bool = False) -> bool:
    """A year, season or month told right after a spell's words, in the same clause (after what the
    spell achieved, only its start told so: 'won the Europa League with C in 2022' is the win's year)."""
    if d.kind != "point" or d.precision not in ("year", "season", "month") or not 0 <= d.start - end <= 60:
        return False
    between = sentence[end : d.start]
    if _TAKING_OVER.fullmatch(between):  # "… with Fulham after taking over in 2019"
        return True
    if achieved:
        return False
    won = _WON_WORDS.search(sentence, max(trigger, end - 40), d.start)  # "guided C to the title in 2016"
    return not _OWN_CLAUSE_END.search(between) and not won


def _spell_points(
    fact: Fact, dates: list[DateMention], sent: TaggedSentence, trigger: int, end: int
) -> list[DateMention]:
    """The year, season or month a spell is told in: right after its words, or right after its club
    ('briefly managed C in 2016', 'had a short stint at C in 2014', 'caretaker coach of C in 2011').
    ("C coach X will leave the club at the end of the season": a title's post, an end to come.)"""
    sentence = sent.text
    if fact.role == "caretaker" and (games := _stand_in_game_days(dates, sentence, trigger, end)):
        return games
    told = [
        d
        for d in dates
        if _own_clause_point(sentence, trigger, end, d, fact.achieved)
        and not (d.future and fact.current_post)
    ]
    if told or fact.achieved:
        return told
    # the years that end the spell's own words ("X, who led them in 2014 and 2015"): the first
    told = [
        d
        for d in dates
        if _past_year_or_season(d) and trigger <= d.start and _AND_A_YEAR.fullmatch(sentence, d.end, end)
    ]
    if told:
        return told[:1]
    return _right_after_club(fact, dates, sent) or _fronted_points(fact, dates, sentence, trigger, end)


def _stand_in_game_days(dates: list[DateMention], sentence: str, trigger: int, end: int) -> list[DateMention]:
    """The past game or session a stand-in led, told in his spell's words or right after them: its
    day or month ("X, who took the team for Saturday's defeat, returns to the academy"; "Y led Monday's
    training"; "Z, who led the side in January's friendly"), or the day told right after his words
    ("W led training on Monday", "directed the team in the interim on Sunday")."""
    return [
        d
        for d in dates
        if d.kind == "point"
        and not d.future
        and trigger <= d.start <= end + 30
        and not _OWN_CLAUSE_END.search(sentence, min(end, d.start), d.start)
        and (
            (d.precision in ("day", "month") and game_day(sentence, d))
            or (
                d.precision == "day"
                and _STAND_IN_WORDS.search(sentence, max(trigger, d.start - 80), d.start) is not None
            )
        )
    ][:1]


# the words of a stand-in's one session right before its day: "led training (on) Monday", "took the
# side in the interim on Saturday", "directed the team as caretaker on Sunday"
_STAND_IN_WORDS = re.compile(
    r"\b(?:led|took|directed|oversaw|ran)\s+(?:the\s+)?(?:team|side|squad|training|session|first\s+team)"
    r"(?:\s+(?:in\s+the\s+interim|as\s+(?:interim|caretaker)(?:\s+(?:coach|manager|boss))?))?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# what may follow a spell's first year to the end of its words: nothing, or its second year
_AND_A_YEAR = re.compile(r"(?:\s+and\s+(?:19|20)\d\d)?")


def _past_year_or_season(d: DateMention) -> bool:
    """A past point told to the year, season or month: what can date a spell held then."""
    return d.kind == "point" and not d.future and d.precision in ("year", "season", "month")


# what may open a sentence before its fronted date: "Back in 2015, …", "And last season …"
_BEFORE_FRONTED_DATE = re.compile(r"\s*(?:(?:back|and|but|then)\s+)?", re.IGNORECASE)
# a date that tells an end ("At the end of last season X saved C"), not when a spell was held
_AN_END = re.compile(r"(?:at|by|towards?|until)\s+the\s+(?:end|close)\b", re.IGNORECASE)
# a change told between the date and the spell's words, or in them: the date is the change's
# ("Earlier this month X left C, with whom he won …")
_CHANGE_BEFORE_SPELL = re.compile(
    r"\b(?:left|leaves|quit|departed|resigned|joined|moved|(?:was|were)\s+(?:sacked|dismissed|fired|appointed|named))\b",
    re.IGNORECASE,
)


def _fronted_points(
    fact: Fact, dates: list[DateMention], sentence: str, trigger: int, end: int
) -> list[DateMention]:
    """A past year, season or month that opens the sentence of the spell's clause ('Last season he was
    assistant at C', 'In 2019, X coached C'); not over a clause between ('In 2019 he won the cup, and
    he coached C'), nor for a title's current post ('Last season, C boss X …'), nor for a spell read from
    its end or over another change ('Earlier this month X left C, with whom he won …')."""
    if fact.current_post or fact.derived:
        return []
    return [
        d
        for d in dates
        if _past_year_or_season(d)
        and d.end <= trigger
        and _BEFORE_FRONTED_DATE.fullmatch(sentence, 0, d.start)
        and not _AN_END.match(sentence, d.start)
        and not _OWN_CLAUSE_END.search(sentence, d.end + (sentence[d.end : d.end + 1] == ","), trigger)
        and not _CHANGE_BEFORE_SPELL.search(sentence, d.end, max(trigger, end))
    ][:1]


# between a club and the year its spell is told in: nothing, or how long it lasted ("C briefly in 2019")
_CLUB_YEAR_GAP = re.compile(r"\s*(?:(?:briefly|only|also)\s+)?")
_IN_A_YEAR = re.compile(r"(?:in|during)\s", re.IGNORECASE)


def _right_after_club(fact: Fact, dates: list[DateMention], sent: TaggedSentence) -> list[DateMention]:
    """Past dates ('in 2016', 'in the 2012-13 season') told right after the fact's club."""
    ends = [end for _, end in _club_spans(sent, fact.club)]
    return [
        d
        for d in dates
        if d.kind == "point"
        and not d.future
        and d.precision in ("year", "season", "month")
        and _IN_A_YEAR.match(sent.text, d.start)
        and any(e <= d.start and _CLUB_YEAR_GAP.fullmatch(sent.text, e, d.start) for e in ends)
    ]


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
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b\.?", re.IGNORECASE)
# The trigger's own verb in the future ("will take charge", "is set to replace") or the perfect.
_FUTURE_VERB = re.compile(
    r"\b(?:will|shall|'ll|set\s+to|due\s+to|expected\s+to|poised\s+to|is\s+to|" + SCHEDULED_START + r")\b",
    re.I,
)
_PERFECT_VERB = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.I)
_SPAN_ONLY = re.compile(r"\b(?:years?|seasons?|months?|weeks?)\b", re.IGNORECASE)


def _date_distance(d: DateMention, trigger: int, sentence: str) -> int:
    """How far a date is from the trigger, a clause boundary counting as 50 characters."""
    lo, hi = sorted((d.start, trigger))
    clauses = sentence.count(",", lo, hi) + len(_CLAUSE_AND.findall(sentence, lo, hi))
    clauses += len(_AND_PRONOUN.findall(sentence, lo, min(len(sentence), hi + 5)))
    # "in June 2021 after Lennon resigned in February": the date before the opener (or 'and') is
    # the other clause's
    if not clauses and d.end <= trigger:  # (the opener's verb may be the trigger itself: "and appointed")
        opener = _SUBORDINATE.search(sentence, d.end, trigger + 12)
        clauses += bool(opener and opener.start() < trigger)
    vague = 30 if d.precision == "season" else 0  # "this season after dismissing X in October": October
    return hi - lo + 50 * clauses + vague


def _own_verb_at(sentence: str, trigger: int, end: int) -> int:
    """Where the fact's own words are: its match's end when the match runs over a clause with a verb
    of its own ("X was appointed in December 2021 and was sacked 14 months later"), else its trigger."""
    return end if end > trigger and _CLAUSE_AND.search(sentence, trigger, end) else trigger


def _named_after_and(
    sentence: str, trigger: int, end: int, fact: Fact, people: list[tuple[int, str]]
) -> int | None:
    """Where the fact's coach is named when the match runs over 'and' to him ("sacked by C in September
    and replaced by Y in October": Y's words, not the sacking's)."""
    named = [at for at, name in people if name == fact.coach and trigger < at <= end]
    if named and _AND_WORD.search(sentence, trigger, named[0]) and not _ASIDE.match(sentence, end):
        return named[0]
    return None


_AND_WORD = re.compile(r"\sand\s", re.IGNORECASE)


def _perfect_clause_between(sentence: str, at: int, trigger: int) -> bool:
    """A date before '… and have (now) appointed': the perfect clause is today's news, not that date."""
    if at >= trigger:
        return False
    m = _CLAUSE_AND.search(sentence, at, trigger)
    return bool(m and re.search(r"\b(?:have|has)$", m.group(0), re.IGNORECASE))


# a clause opener between a date and the fact's words ("after", "and replaced"): the date is told of
# the other clause
_SUBORDINATE = re.compile(
    r"\s(?:after|before|following)\s|\sand\s+(?:then\s+)?(?:\w+ed|left|took|quit|became|made|won|led)\b",
    re.IGNORECASE,
)
# "appointed X in May 2013 and he left …": a new clause with its own subject
_AND_PRONOUN = re.compile(r"(?<!,)\s(?:and|but)\s+(?:he|she|they)\b", re.IGNORECASE)
# "… sacked X last week and have now appointed Y": a new clause with its own verb.
_CLAUSE_AND = re.compile(
    r"(?<!,)\s(?:and|but)\s+(?:(?:he|she|they|it|the\s+club|then|now)\s+)?(?:have|has|had|was|were|is|are|will)\b",
    re.IGNORECASE,
)
