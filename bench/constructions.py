"""Which of the common ways football news tells each event the extractor reads.

The article sets are written by a handful of writers, each with habits of wording; real news has many
more ways to say that a club sacked its manager or is weighing a candidate. This inventory lists such
ways, one plain sentence per construction (our own wording, general shapes of English football copy,
not sentences of any set), grouped by the event they tell (stand-ins and staff by their role). Each is run
as a two-sentence article after a lead that makes the man a coach (many of these words are said of players
too) or, for rumours, stand-ins and staff leaving with their boss, that opens the post (for staff arriving,
that appoints their boss), with three different coach, club and predecessor names; a construction counts
as read when the event is found for the coach at the club (matched as the scorer matches them), in the role
its kind names where it names one, with every set of names. Prints, per kind, how many constructions are
read and lists those that are not: a to-do list, not a quality figure (the sets measure quality).

    .venv/bin/python bench/constructions.py [KIND ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract_article  # noqa: E402  (after the path is set)
from pipeline.extract.scoring import club_match, coach_match  # noqa: E402
from pipeline.records import Article  # noqa: E402

# (coach, club, the man the club has just sacked, the coach's previous club)
NAMES = (
    ("Tom Baxter", "Motherwell", "Ian Lowry", "Livingston"),
    ("Andrea Conti", "Sampdoria", "Marco Ferri", "Cremonese"),
    ("Lukas Brenner", "Freiburg", "Jonas Weil", "Augsburg"),
)
COACH_LEAD = "Manager {X} spoke to reporters on Friday."
OPEN_POST_LEAD = "{C} sacked {Y} on Sunday after a run of six straight defeats."
NEW_MANAGER_LEAD = "{C} have appointed {Y} as their new manager."

APPOINTED = (
    "{C} have appointed {X} as their new manager.",
    "{X} has been confirmed as {C}'s new head coach.",
    "{C} have turned to {X} to lead them out of trouble.",
    "{X} is the new {C} manager.",
    "{C} have named {X} as {Y}'s successor.",
    "{X} has taken the reins at {C}.",
    "{X} has been handed the {C} job.",
    "{C} have handed the managerial reins to {X}.",
    "{X} has agreed a two-year deal to become {C} manager.",
    "{X} has signed a three-year contract as {C} boss.",
    "{X} was unveiled as {C}'s new manager on Tuesday.",
    "{C} have moved quickly to appoint {X}.",
    "{C} have secured the services of {X} as manager.",
    "{C} have brought in {X} as manager.",
    "{X} has returned to {C} as manager.",
    "{X} takes over at {C}.",
    "{X} has been installed as {C} manager.",
    "{C} have announced {X} as their new head coach.",
    "{C} have confirmed the appointment of {X}.",
    "The appointment of {X} as {C} manager was confirmed on Tuesday.",
    "{X} was appointed on an 18-month contract by {C}.",
    "{C} have tasked {X} with keeping them in the division.",
    "{X} has accepted the {C} job.",
    "{X} has landed the {C} job.",
    "{X} was chosen to succeed {Y} at {C}.",
    "{C} confirmed {X} as their new boss on Monday.",
    "{X} has been named the new head coach of {C}.",
    "{C} have unveiled {X} as their new manager.",
    "{X} replaces {Y} at {C}.",
    "{X} succeeds {Y} in the {C} dugout.",
    "{X} will take over at {C} in the summer.",
    "{C} have hired {X} on a two-year deal.",
    "{C} will be coached next season by {X}.",
    "{X} has become {C} manager.",
    "{X} has become manager of {C}.",
    "{X} has stepped up to become {C} manager.",
)
DISMISSED = (
    "{C} have sacked manager {X}.",
    "{X} has been relieved of his duties by {C}.",
    "{C} have parted ways with {X} after a run of six defeats.",
    "{X} has been shown the door by {C}.",
    "{X} was axed by {C} on Sunday.",
    "{C} have dispensed with the services of {X}.",
    "{X} lost his job at {C} on Sunday.",
    "{C} have ended {X}'s reign after eight months.",
    "{C} have terminated {X}'s contract.",
    "{X} has been fired by {C}.",
    "{C} pulled the plug on {X}'s tenure on Sunday.",
    "{X} was given his marching orders by {C}.",
    "The {C} board removed {X} from his post.",
    "{C} have let {X} go.",
    "{C} have dismissed {X}.",
    "{C} have relieved {X} of his duties.",
    "{X} was sacked by {C} after just 12 games.",
    "{X} has been dismissed as {C} head coach.",
    "{X} is the latest manager to lose his job after {C} sacked him on Sunday.",
)
RESIGNED = (
    "{X} has resigned as {C} manager.",
    "{X} has stepped down as {C} boss.",
    "{X} has quit {C}.",
    "{X} has walked away from {C}.",
    "{X} tendered his resignation to the {C} board.",
    "{X} has handed in his resignation at {C}.",
    "{X} has stood down as {C} manager.",
    "{X} quit {C} on Monday.",
    "{X} has announced his resignation as {C} manager.",
)
LEFT = (
    "{X} has left {C} by mutual consent.",
    "{X} and {C} have parted company by mutual consent.",
    "{X} will leave {C} at the end of the season.",
    "{X}'s contract at {C} will not be renewed.",
    "{X} departs {C} after three years in charge.",
    "{X} has left his post as {C} manager.",
    "{X}'s time at {C} is over.",
    "{X} has exited {C}.",
    "{X} ends his {C} spell after four years.",
    "{X} left {C} last summer.",
    "{X} has been out of work since leaving {C}.",
    "{X}'s departure from {C} was confirmed on Monday.",
    "{X} departed {C} in the summer.",
)
EXTENDED = (
    "{X} has signed a new contract with {C}.",
    "{C} have extended {X}'s contract until 2027.",
    "{X} has committed his future to {C}.",
    "{X} has agreed a contract extension at {C}.",
    "{C} have rewarded {X} with a new deal.",
    "{X} has penned a new two-year deal with {C}.",
    "{X} has extended his stay at {C} until 2027.",
    "{C} have handed {X} a new three-year deal.",
    "{X} has agreed fresh terms with {C}.",
)
OFFER_DECLINED = (
    "{X} has turned down the {C} job.",
    "{X} rejected an approach from {C}.",
    "{X} has snubbed {C}.",
    "{X} said no to {C}.",
    "{X} has rebuffed {C}'s approach.",
    "{X} has knocked back {C}.",
    "{X} has turned down an offer to become {C} manager.",
    "{X} rejected the chance to manage {C}.",
)
OFFER = (
    "{C} have offered {X} the job.",
    "{C} made an approach for {X}.",
    "{C} have tabled an offer to {X}.",
    "{X} has been offered the {C} job.",
    "{C} have made {X} an offer.",
    "{C} have sounded out {X} about the role.",
    "{C} have approached {X} about the vacancy.",
    "{C} have offered {X} a three-year contract to become manager.",
)
IN_CHARGE = (
    "{X} previously managed {C}.",
    "{X}, who had a spell in charge of {C}, is out of work.",
    "{X} spent three years at the helm of {C}.",
    "The former {C} manager {X} is out of work.",
    "{X} has been in charge of {C} since 2021.",
    "{X} led {C} to the cup final in 2019.",
    "{X} guided {C} to promotion in 2017.",
    "{X}'s {C} won 2-0 on Saturday.",
    "Under {X}, {C} finished third.",
    "{X}, the {C} manager, praised his players.",
    "{X} has had spells at {C}, Arbroath and Dundee.",
    "{X} cut his teeth as a manager at {C}.",
    "{X} was {C} boss between 2015 and 2018.",
    "{X}'s CV includes spells at {C} and Arbroath.",
    "{X}, formerly of {C}, is out of work.",
    "The ex-{C} boss {X} is out of work.",
    "{X} enjoyed a successful spell at {C}.",
    "{X} was at the helm at {C} for three seasons.",
    "{X} oversaw {C}'s relegation in 2016.",
    "{X} has had two spells in charge of {C}.",
    "It is the third job for {X}, after spells at {C} and Arbroath.",
    "{X} began his coaching career in the {C} academy.",
    "{X}'s previous job was at {C}.",
    "{X} has previously coached Arbroath and {C}.",
    "{X} has managed Arbroath, {C} and Dundee.",
    "{X}, whose previous clubs include {C}, is out of work.",
    "{X} made his name at {C}.",
    "{X} won the league with {C} in 2016.",
    "{X} had two years in charge of {C}.",
    "{X} spent five years as {C} manager.",
    "{X} returned to management with {C} in 2020.",
    "Before that, {X} was in charge at {C}.",
    "{X} made his managerial debut with {C}.",
    "{X}'s last job was in charge of {C}.",
    "{X} earned promotion with {C} in 2018.",
)
LINKED = (
    "{X} is the early favourite to replace {Y}.",
    "{X} is the bookmakers' favourite for the job.",
    "{D} manager {X} is the frontrunner for the vacancy.",
    "{X} has emerged as a leading candidate for the post.",
    "{X} has been linked with the vacancy.",
    "Former {D} boss {X} is among the names being considered.",
    "{X} is understood to be on the club's shortlist.",
    "{C} are weighing up a move for {X}.",
    "{C} have identified {X} as their preferred candidate.",
    "{C} are keen on {X}, according to reports.",
    "{C} are eyeing {X} as {Y}'s successor.",
    "{C} are in talks with {X} over the vacant post.",
    "{C} want {X} to take over.",
    "{C} are set to approach {X}.",
    "{C} are tracking {X}.",
    "{X} is in the frame to succeed {Y}.",
    "{X} is in pole position to take over.",
    "{X} is being tipped to replace {Y}.",
    "{X} is thought to be interested in the role.",
    "{X} has expressed an interest in the job.",
    "{X} has applied for the position.",
    "{X} has thrown his hat into the ring.",
    "{X} could be the man to replace {Y}.",
    "{X} could be handed the reins.",
    "{X} is expected to be interviewed this week.",
    "{X} is one of three candidates to have been interviewed.",
    "The shortlist includes {X} and Derek Hale.",
    "Names in the frame include {X} and Derek Hale.",
    "{X} and Derek Hale are the other contenders.",
    "{X} is the odds-on favourite to take the job.",
    "{X} remains a contender.",
    "{X} is {C}'s top target.",
    "{X} is wanted by {C}.",
    "{X} is on {C}'s radar.",
    "{C}'s search could lead them to {X}.",
    "{C} are closing in on {X}.",
    "{C} are believed to favour {X}.",
    "{C} are expected to move for {X}.",
    "{C} have {X} on their shortlist.",
    "{C} are lining up {X}.",
    "{C} are hoping to lure {X}.",
    "{X} leads the race to replace {Y}.",
    "{X} tops the shortlist.",
    "{X} is the name at the top of the list.",
    "{C} will interview {X} this week.",
    "{X} has been interviewed by {C}.",
    "{X} is on a three-man shortlist.",
    "{X} has made the shortlist for the {C} job.",
)
CARETAKER = (
    "{X} will take charge of the side on an interim basis.",
    "Assistant {X} will take temporary charge.",
    "{X} has been placed in temporary charge of {C}.",
    "{X} will lead the team against Hibernian on Saturday.",
    "{C} have put {X} in caretaker charge.",
    "{X} has been named interim manager.",
    "{X} will oversee first-team affairs until a permanent appointment is made.",
    "{X} steps up from his role as assistant to take the reins until the end of the season.",
    "{X} will be in the dugout for Saturday's game.",
    "{X} takes over as caretaker.",
    "{C} have handed {X} the reins on a temporary basis.",
    "{X}, the club's head of academy, will be in charge for the trip to Dundee.",
)
# staff arriving with a new manager, after a lead that appoints him (Y); the aide's post at the club
STAFF_ARRIVING = (
    "{X} joins as his assistant.",
    "{Y} will be assisted by {X}.",
    "{X} has been named as {Y}'s assistant.",
    "{Y} brings {X} with him as assistant manager.",
    "{X} follows {Y} from {D} as his number two.",
    "{X} will be his assistant.",
    "{Y} has named {X} as his assistant.",
    "The new manager will be joined by {X}, his long-time assistant.",
    "{X} has been appointed as {Y}'s number two.",
    "{C} have also confirmed {X} as assistant manager.",
    "{X} comes in as assistant head coach.",
    "{Y}'s backroom staff will include assistant {X}.",
)
# staff leaving with a sacked manager, after a lead that sacks him (Y)
STAFF_LEAVING = (
    "Assistant manager {X} has also left the club.",
    "{Y}'s assistant {X} has also departed.",
    "{X}, his number two, leaves with him.",
    "{X} has also left his post as assistant manager.",
    "{Y} and his assistant {X} have both left.",
    "Assistant {X} has left along with {Y}.",
)
CONSTRUCTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "appointed": (COACH_LEAD, APPOINTED),
    "dismissed": (COACH_LEAD, DISMISSED),
    "resigned": (COACH_LEAD, RESIGNED),
    "left": (COACH_LEAD, LEFT),
    "extended": (COACH_LEAD, EXTENDED),
    "offer": (COACH_LEAD, OFFER),
    "offer_declined": (COACH_LEAD, OFFER_DECLINED),
    "in_charge": (COACH_LEAD, IN_CHARGE),
    "linked": (OPEN_POST_LEAD, LINKED),
    "caretaker": (OPEN_POST_LEAD, CARETAKER),
    "staff_arriving": (NEW_MANAGER_LEAD, STAFF_ARRIVING),
    "staff_leaving": (OPEN_POST_LEAD, STAFF_LEAVING),
}
# what each label checks: the event, and the role where the label names one
CHECKS: dict[str, tuple[str, str | None]] = {label: (label, None) for label in CONSTRUCTIONS} | {
    "caretaker": ("appointed", "caretaker"),
    "staff_arriving": ("appointed", "assistant_coach"),
    "staff_leaving": ("left", "assistant_coach"),
}


def is_read(event: str, lead: str, shape: str, role: str | None = None) -> bool:
    """Whether the extractor finds the event (in that role, when given) for the coach at the club, with
    every set of names."""
    for coach, club, sacked, other in NAMES:
        fill = {"X": coach, "C": club, "Y": sacked, "D": other}
        text = f"{lead.format(**fill)} {shape.format(**fill)}"
        facts = extract_article(Article(id="probe", text=text, published="2024-03-12"))
        # (matched as the scorer matches: "Freiburg" is "SC Freiburg")
        if not any(
            f["event"] == event
            and (role is None or f["role"] == role)
            and coach_match(coach, f["coach"])
            and club_match(club, f["club"])
            for f in facts
        ):
            return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "kinds", nargs="*", metavar="KIND", help=f"one of {', '.join(CONSTRUCTIONS)} (all by default)"
    )
    kinds = parser.parse_args().kinds or list(CONSTRUCTIONS)
    unknown = sorted(set(kinds) - set(CONSTRUCTIONS))
    if unknown:
        parser.error(f"unknown kind: {', '.join(unknown)}")
    total_read = total = 0
    for kind in kinds:
        lead, shapes = CONSTRUCTIONS[kind]
        event, role = CHECKS[kind]
        unread = [shape for shape in shapes if not is_read(event, lead, shape, role)]
        total_read += len(shapes) - len(unread)
        total += len(shapes)
        print(f"{kind:15s} {len(shapes) - len(unread):3d} / {len(shapes):3d} read")
        for shape in unread:
            print(f"    not read: {shape}")
    print(f"{'all':15s} {total_read:3d} / {total:3d} read")


if __name__ == "__main__":
    main()
