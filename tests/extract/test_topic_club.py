"""The story's club (the club a sentence naming none is about): a national team named only by its
demonym counts when it is chosen, a lead telling the new coach of a team makes that team the story's,
and a replaced man's own clause names the post he left."""

from __future__ import annotations

import pytest
from extract_helpers import facts_of


def _clubs(text: str, coach: str, event: str, **kw: str) -> set[str]:
    return {f["club"] for f in facts_of(text, **kw) if f["coach"] == coach and f["event"] == event}


@pytest.mark.parametrize(
    ("text", "coach", "event", "club"),
    [
        (
            "Marco Ferri, the new head coach of the Italian national team, said on Tuesday he wanted a young "
            "side. Ferri got the job on Monday, closing a search that started when the federation "
            "sacked Paolo Conti in March. Ferri left Serie A club Torino last week. Torino fans protested "
            "at his final home match. Torino have since appointed Luca Neri as his successor.",
            "Paolo Conti",
            "dismissed",
            "Italy",
        ),
        (
            "Pablo Ruiz, the new manager of the Mexican national team, vowed to win back the fans. Ruiz was "
            "confirmed in the job on Friday, six weeks after Diego Soto was sacked. Ruiz leaves Liga MX side "
            "Toluca, where he spent three seasons. Toluca thanked him for his work. Toluca have appointed "
            "Jorge Vidal as his replacement.",
            "Pablo Ruiz",
            "appointed",
            "Mexico",
        ),
        (
            "Ole Berg, the new coach of the Norwegian national team, spoke on Monday. He replaces Lars "
            "Dahl, who was sacked in June. Berg leaves Rosenborg after four years. Rosenborg have named "
            "Erik Moe as his successor. Rosenborg are second in the table.",
            "Lars Dahl",
            "dismissed",
            "Norway",
        ),
        (
            "Tom Wade, Japan's new coach, met the press on Monday. Wade was named on Friday, a month after "
            "Akira Sato was sacked. Wade left Kashima Antlers last month. Kashima Antlers have since "
            "appointed Ken Mori. Kashima Antlers are fifth.",
            "Akira Sato",
            "dismissed",
            "Japan",
        ),
    ],
)
def test_national_team_of_the_lead_is_the_story_club_though_a_club_is_named_more(text, coach, event, club):
    assert _clubs(text, coach, event) == {club}


def test_national_team_named_only_by_its_demonym_is_the_story_club():
    text = (
        "The Danish national team have a new coach. Ole Berg was appointed on Monday. "
        "He replaces Lars Dahl, who was sacked in June."
    )
    assert _clubs(text, "Lars Dahl", "dismissed") == {"Denmark"}


def test_lead_about_a_clubs_new_coach_keeps_the_club_though_a_national_team_is_named():
    # a lead about a club's new coach keeps the club even when a national team is named by demonym
    text = (
        "Jan Vos, the new head coach of Utrecht, said he was proud. Vos was an assistant with the Dutch "
        "national team. He was appointed on Monday, two weeks after Rob Kuip was sacked."
    )
    assert _clubs(text, "Rob Kuip", "dismissed") == {"FC Utrecht"}


@pytest.mark.parametrize(
    ("text", "title", "coach", "club"),
    [
        (
            "Hartlepool United boss Ben Cole has left the club to become the new manager of Walsall. "
            "Cole's three years at Hartlepool United were the best in the club's history. After replacing "
            "Tom Hale, who had steered Hartlepool United to promotion in 2021, he made them a force.",
            "Ben Cole leaves Hartlepool United to take charge of Walsall",
            "Tom Hale",
            "Hartlepool United",
        ),
        (
            "Rui Costa has left Boavista to become the new coach of Braga. He spent two seasons at Boavista, "
            "replacing Nuno Sa, who had coached Boavista since 2019.",
            "Rui Costa leaves Boavista to take charge of Braga",
            "Nuno Sa",
            "Boavista",
        ),
    ],
)
def test_replaced_mans_own_clause_names_the_post_not_the_story_club(text, title, coach, club):
    assert _clubs(text, coach, "left", title=title) == {club}


@pytest.mark.parametrize(
    ("text", "title", "coach", "club"),
    [
        (
            "Stoke City have appointed Carl Holm as their new manager. Holm was Stoke City's coach from 2015 "
            "to 2019. He left that post in 2019 to take over Hull City, whom he led to promotion, before "
            "leaving in May once his deal was up. He was succeeded by his assistant Ian Ross.",
            "Stoke City appoint Carl Holm",
            "Carl Holm",
            "Hull City",
        ),
        (
            "Lens have named Paul Roux as head coach. Roux coached Lens in 2018. He left the job to take "
            "charge of the Belgian national team, before departing in June when his deal expired. He was "
            "replaced by Marc Wilmots.",
            None,
            "Paul Roux",
            "Belgium",
        ),
    ],
)
def test_exit_told_after_a_spell_of_the_sentence_ends_that_spell_and_his_successor_takes_it(
    text, title, coach, club
):
    kw = {"title": title} if title else {}
    assert club in _clubs(text, coach, "left", **kw)
    # the exit told last ("before leaving in May") is not Stoke's; only "He left that post in 2019" is
    stoke_exits = [
        f["date"] or "" for f in facts_of(text, **kw) if f["club"] == "Stoke City" and f["event"] == "left"
    ]
    assert all(d.startswith("2019") for d in stoke_exits)
    successor = {f["coach"]: f["club"] for f in facts_of(text, **kw) if f["event"] == "appointed"}
    assert successor.get("Ian Ross", successor.get("Marc Wilmots")) == club
