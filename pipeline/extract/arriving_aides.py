"""Aides arriving with their boss, their past together told beside: "X brings Y, who worked with him at C",
"Y, his assistant at C, joins him", "X will be joined by Y, who was his assistant at C", "With him arrives
the assistant Y, who followed him everywhere". The rules read the shared past (Y's post at C) or take the
arrival to the club the sentence or the story last named; the arrival is Y's appointment where his boss
goes: the club the sentence names after the verb ("joins him at D"), else the one post the story gave the
boss. This module reads only the tagged sentence, its facts and the boss's posts told so far."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.attribution import boss_current_post, squad_at
from pipeline.extract.facts import Context, Fact, TaggedSentence

_AIDE_ROLES = frozenset({"assistant_coach", "goalkeeping_coach", "fitness_coach", "other_staff"})

# the words of a title before the aide's name: "his long-time assistant", "the fitness coach", "as extra
# assistant", "his assistant at C,", "his C assistant", "C's former academy coach" (the club where he
# worked with the boss, named as an adjective), "his own assistant, X" (no man's tag: another man ends it)
_TITLE_BEFORE = (
    r"(?:as\s+)?(?:(?:his|her|their|the|an?|«P\d+»['’]s?)\s+)?(?:(?:[\w\-]+|«C\d+»(?:['’]s?)?),?\s+){0,3}?"
    r"(?:(?:at|with)\s+«C\d+»\s*,\s+)?"
)
# the arrival told with the boss as subject: "X brings Y", "X will bring with him Y", "X will be joined by Y",
# "X will (again) work with Y", "X arrives with Y", "X takes Y with him", "X has brought Y" (not "brought":
# a past post's staff, at a club the story may not name; not "X works with Y": his staff as it is)
_BOSS_BRINGS = re.compile(
    r"«P(?P<b>\d+)»(?!['’])\s+(?:(?:will|also|again|now|is\s+to|has|have)\s+)*"
    r"(?:brings?|bringing|be\s+bringing|(?<=has\s)brought|"
    r"(?:takes?|taking)(?=(?:[^.;«]|«[PC]\d+»(?:['’]s?)?){0,60}?«P\d+»(?!['’])\s+with\s+(?:him|her|«P\d+»)(?!\w))|"
    r"(?:be|is|are)\s+joined\s+(?:(?:at|in)\s+(?:«C\d+»|[\w\-]+)\s+)?by|"
    r"(?:(?<=will\s)|(?<=again\s))work\s+with|arrives?\s+with)\s+(?:with\s+(?:him|her|«P\d+»)\s+)?"
    + _TITLE_BEFORE
    + r"«P(?P<k>\d+)»(?!['’])",
    re.IGNORECASE,
)
# the aide as subject, an apposition between: "Y, his assistant at C, joins him", "Y follows her to D", "Y is
# going with her to D" (not "who follows him": a relative clause, the past)
_AIDE_JOINS = re.compile(
    r"«P(?P<k>\d+)»(?!['’])(?:\s*,[^.;]{1,120}?,)?\s+(?:(?:will|also)\s+)*"
    r"(?:joins?|follows?|accompan(?:y|ies)|(?:is\s+going|goes|moves|comes|arrives)\s+with)\s+«P(?P<b>\d+)»(?!['’])(?!\s+out\b)",
    re.IGNORECASE,
)
# the arrival told with the aide after the verb: "With him arrives the assistant Y", "As his second will
# arrive Y"
_ARRIVES_WITH_HIM = re.compile(
    r"\b(?:With\s+«P(?P<b>\d+)»|As\s+«P(?P<b2>\d+)»['’]s?\s+(?:[\w\-]+\s+){0,2}?)\s*(?:will\s+)?"
    r"(?:arrives?|comes?)\s+" + _TITLE_BEFORE + r"«P(?P<k>\d+)»(?!['’])",
    re.IGNORECASE,
)
# where the boss takes him, named right after the arrival: "joins him at D", "follows her to D"
_TO_CLUB = re.compile(r"\s+(?:to|at)\s+(?:the\s+)?«C(\d+)»")


# one more aide of the list the boss brings: "X brings A and fitness coach B", "A, B and C"
_NEXT_AIDE = re.compile(
    r"(?:\s*,\s*|\s*,?\s+and\s+)" + _TITLE_BEFORE + r"«P(?P<k>\d+)»(?!['’])", re.IGNORECASE
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.IGNORECASE)
_WORK_WITH = re.compile(r"\bwork\s+with\b", re.IGNORECASE)


def _arrivals(tagged: str) -> list[tuple[int, int, int, int]]:
    """Each arrival with a boss the sentence tells: (aide's tag, boss's tag, start, end of the telling).
    The aides listed after the first one a boss brings arrive with him too."""
    out = []
    for pattern in (_BOSS_BRINGS, _AIDE_JOINS, _ARRIVES_WITH_HIM):
        for m in pattern.finditer(tagged):
            boss = int(m.group("b") or m.group("b2"))
            aides, end = [int(m.group("k"))], m.end()
            while _lists_arrivals(pattern, m) and (more := _NEXT_AIDE.match(tagged, end)):
                if more.group("k") == m.group("b") or _RELATIVE.search(more.group(0)):
                    break  # ("A, who followed him to D": the boss again, in a clause on A)
                aides.append(int(more.group("k")))
                end = more.end()
            out += [(aide, boss, m.start(), end) for aide in aides]
    return out


def _lists_arrivals(pattern: re.Pattern[str], arrival: re.Match[str]) -> bool:
    """The arrival names its aides after the verb, so a list may follow the first; not "X will work with
    A and B", which names the staff he finds as much as the staff he brings."""
    return pattern is not _AIDE_JOINS and not _WORK_WITH.search(arrival.group(0))


def arriving_aides(sent: TaggedSentence, facts: list[Fact], ctx: Context) -> list[Fact]:
    """Each aide the sentence tells arriving with his boss is appointed where the boss goes; his
    appointment the rules gave another club (the one he worked at with him, the club in view) moves there.
    Reads only aides some rule of the sentence read with a staff role, and bosses with a post to go to."""
    out = list(facts)
    arrivals_told = _arrivals(sent.tagged)
    for aide_tag, boss_tag, start, end in arrivals_told:
        aide, boss = sent.mentions[aide_tag].name, sent.mentions[boss_tag].name
        own = [f for f in out if f.coach == aide and f.role in _AIDE_ROLES]
        arrivals = [f for f in own if f.event == "appointed"]
        # (an aide told following his boss, `Fact.followed`, goes where the boss went in `postprocess`)
        if not own or any(f.followed for f in arrivals):
            continue
        # ("X, his assistant, joins him at D": a "him" read as the aide himself still names D)
        post = _destination(sent, end) or (_boss_post(boss, out, own, ctx) if boss != aide else None)
        if (
            post is None
            or any(f.club == post[0] for f in arrivals)
            or _kept_at_story_club(arrivals, post, ctx)
        ):
            continue
        club, squad, explicit = post
        if arrivals:
            out = [
                replace(f, club=club, squad=squad, club_named=explicit) if f in arrivals else f for f in out
            ]
            continue
        arrival = Fact(aide, club, squad, own[0].role, "appointed", 0.7, sent.index, start, derived=True)
        arrival.club_named, arrival.trigger_end = explicit, end
        out.append(arrival)
    _mark_brought_along(sent, arrivals_told, out)
    return out


# the arrival told as the aide coming along with his boss: "X brings A", "X takes A with him", "X arrives with
# A", "With him comes A", "A follows X", "A goes with X" (not "X will be joined by A", "X will work with A",
# "A joins X": staff he may find at the club)
_ALONG = re.compile(
    r"\b(?:brings?|bringing|brought|takes?|taking|arrives?|arriving|comes?|coming|follows?|accompan\w*|"
    r"goes|going|moves)\b",
    re.IGNORECASE,
)


# the words tell where the aide comes from: "… with him from Naples", "his Racing assistants"
_FROM_THERE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:«C\d+»|[A-Z])|(?:his|her)\s+«C\d+»\s+(?:[\w\-]+\s+){0,2}?«P"
)


def _mark_brought_along(
    sent: TaggedSentence, arrivals: list[tuple[int, int, int, int]], facts: list[Fact]
) -> None:
    """Marks each aide's appointment the sentence tells him coming along with his boss from where they were
    (`Fact.brought_by`): `postprocess` has him leave the club his boss left. A bare "X brings A" is not
    marked: the story may have found A anywhere."""
    for aide_tag, boss_tag, start, end in arrivals:
        aide, boss = sent.mentions[aide_tag].name, sent.mentions[boss_tag].name
        if (
            aide == boss
            or not _ALONG.search(sent.tagged, start, end)
            or not _FROM_THERE.search(sent.tagged, start)
        ):
            continue
        for f in facts:
            if f.coach == aide and f.event == "appointed" and f.role in _AIDE_ROLES:
                f.brought_by = boss


def _boss_post(boss: str, facts: list[Fact], own: list[Fact], ctx: Context) -> tuple[str, str, bool] | None:
    """The post the sentence itself gives the boss ("X arrives with A and keeps the staff of C"; not the
    club where the aide worked with him, `own`'s), else the one the story gave him and he holds now."""
    past = {f.club for f in own if f.event != "appointed"}
    here = {
        (f.club, f.squad)
        for f in facts
        if f.coach == boss and f.event in ("appointed", "in_charge") and f.club and f.club not in past
    }
    if len(here) == 1:
        club, squad = here.pop()
        return club, squad, False
    return boss_current_post(boss, ctx) or _story_club_for(boss, past, ctx)


def _story_club_for(boss: str, past: set[str | None], ctx: Context) -> tuple[str, str, bool] | None:
    """A boss the story gave no post (his appointment told in words no rule reads) takes his aides to the
    story's club, unless that is the club he left or where the aide worked with him."""
    club, left = ctx.topic_club, ctx.exits.get(boss, (None,))[0]
    if club is None or club == left or club in past or ctx.posts.get(boss):
        return None
    return club, squad_at("first_team", club, ctx), False


def _kept_at_story_club(arrivals: list[Fact], post: tuple[str, str, bool], ctx: Context) -> bool:
    """The rules put his arrival at the story's own club and the boss's post found is elsewhere (a post of
    his career the story told before): the story's club stands."""
    return any(f.club == ctx.topic_club for f in arrivals) and post[0] != ctx.topic_club


def _destination(sent: TaggedSentence, end: int) -> tuple[str, str, bool] | None:
    """The club the sentence names right after the arrival ("joins him at D"), if it is a known club."""
    to = _TO_CLUB.match(sent.tagged, end)
    club, squad = sent.squad_of.get(int(to.group(1)), (None, "first_team")) if to else (None, "first_team")
    return (club, squad, True) if club else None
