"""Ways of writing football news met in the seventh training set (rumour round-ups, counted sackings,
translated career summaries), each tested on sentences of our own."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(f["coach"], f["club"], f["event"]) for f in facts_of(text)}


# --- counted sackings: "the third manager to lose his job this season, after C's A and D's B" ---------


def test_men_listed_after_a_counted_sacking_were_sacked_by_their_clubs():
    text = (
        "Stoke City sacked Mark Hughes on Monday. Hughes is the fourth Championship manager to lose his "
        "job this season, after Sunderland's Tony Mowbray and Norwich City's Dean Smith."
    )
    found = {(f["coach"], f["club"], f["event"]): f for f in facts_of(text)}
    assert ("Tony Mowbray", "Sunderland", "dismissed") in found
    assert ("Dean Smith", "Norwich City", "dismissed") in found
    assert ("Tony Mowbray", "Sunderland", "in_charge") not in found
    # "this season" is the span the sackings are counted in, not when either happened
    assert found[("Tony Mowbray", "Sunderland", "dismissed")]["date"] is None


def test_counted_sacking_reads_a_city_alias_owning_a_man_beside_a_club_owning_one():
    text = (
        "Columbus fired Caleb Porter on Sunday. Porter is the third MLS coach fired this season, "
        "following Toronto's Greg Vanney and Inter Miami's Diego Alonso in May."
    )
    keys = keys_of(text)
    assert ("Greg Vanney", "Toronto FC", "first_team", "dismissed") in keys
    assert ("Diego Alonso", "Inter Miami", "first_team", "dismissed") in keys


def test_a_city_owning_a_man_alone_stays_no_club():
    text = "Everton appointed Sean Dyche on Monday. Toronto's Greg Vanney watched from the stands."
    assert not any(f["club"] == "Toronto FC" for f in facts_of(text))


# --- offers: lists sounded out, clubs turned down, approaches rejected ---------------------------------


def test_each_man_of_a_sounded_out_list_was_approached():
    text = (
        "Everton sacked Frank Lampard on Monday. Everton had sounded out Sean Dyche, Burnley's Vincent "
        "Kompany and Marcelo Bielsa as potential replacements."
    )
    events = _events(text)
    for coach in ("Sean Dyche", "Vincent Kompany", "Marcelo Bielsa"):
        assert (coach, "Everton", "offer") in events
    assert ("Vincent Kompany", "Burnley", "in_charge") in events


def test_after_turning_down_a_club_is_an_offer_declined():
    text = (
        "Ipswich Town manager Kieran McKenna has signed a new deal at Portman Road after also turning "
        "down Chelsea, who instead appointed Enzo Maresca."
    )
    events = _events(text)
    assert ("Kieran McKenna", "Chelsea", "offer_declined") in events
    assert ("Kieran McKenna", "Chelsea", "offer") in events


def test_new_contract_at_a_ground_is_extended_there():
    text = (
        "Brighton were keen on Kieran McKenna. McKenna has agreed a new four-year contract at Portman Road "
        "after talks this week."
    )
    events = _events(text)
    assert ("Kieran McKenna", "Ipswich Town", "extended") in events
    assert ("Kieran McKenna", "Brighton & Hove Albion", "extended") not in events


def test_rejected_their_approach_declines_the_club_that_opens_the_sentence():
    text = (
        "Leeds United sacked Jesse Marsch on Monday. Leeds had first targeted Norwich City's Daniel "
        "Farke, but the German rejected their approach."
    )
    events = _events(text)
    assert ("Daniel Farke", "Leeds United", "offer_declined") in events
    assert ("Daniel Farke", "Leeds United", "offer") in events


def test_a_man_closing_an_apposition_rejected_the_clubs_approach():
    text = (
        "Chelsea sacked Graham Potter on Sunday. Chelsea's first choice, Bournemouth coach Andoni Iraola, "
        "turned down the club's offer in March."
    )
    found = {(f["coach"], f["club"], f["event"]): f for f in facts_of(text)}
    assert ("Andoni Iraola", "Chelsea", "offer_declined") in found
    assert ("Andoni Iraola", "Chelsea", "offer") in found
    assert found[("Andoni Iraola", "Chelsea", "offer_declined")]["date"] == "2024-03-01"


def test_a_man_rejected_by_a_club_declined_nothing():
    text = (
        "Chelsea sacked Graham Potter on Sunday. Their candidate, Andoni Iraola, rejected by the board, "
        "stayed put."
    )
    assert not any(f["event"] == "offer_declined" for f in facts_of(text))


# --- "relieved X": took over from him (translated "relevó a") ------------------------------------------


def test_relieved_a_man_is_replacing_him():
    text = (
        "Sevilla sacked Diego Alonso on Saturday. Alonso himself had relieved José Luis Mendilibar in "
        "October."
    )
    events = _events(text)
    assert ("Diego Alonso", "Sevilla", "appointed") in events
    assert ("José Luis Mendilibar", "Sevilla", "left") in events


def test_relieved_of_his_duties_is_no_replacement():
    text = "Sevilla have appointed Diego Alonso. Alonso relieved Jesús Navas of his duties as captain."
    assert ("Jesús Navas", "Sevilla", "left") not in _events(text)


# --- careers: a second verb far from its subject, a repeated preposition, lists with context aliases ----


def test_and_also_coached_list_belongs_to_the_sentences_first_man():
    text = (
        "Corinthians appointed Ramón Díaz on Friday. A legend of River Plate as a player, Ramón Díaz also "
        "won titles as coach of Vélez Sarsfield, where he spent three spells, and later coached San "
        "Lorenzo, the Paraguay national team and Al-Hilal."
    )
    events = _events(text)
    assert ("Ramón Díaz", "San Lorenzo", "in_charge") in events
    assert ("Ramón Díaz", "Paraguay", "in_charge") in events
    assert ("Ramón Díaz", "Al-Hilal", "in_charge") in events


def test_repeated_preposition_list_gives_each_club():
    text = (
        "Sevilla sacked Diego Alonso on Saturday. Alonso, former coach of the Uruguay national team, of "
        "Inter Miami, of Monterrey and of Pachuca, leaves after one win in eleven games."
    )
    events = _events(text)
    for club in ("Uruguay", "Inter Miami", "CF Monterrey", "Pachuca"):
        assert ("Diego Alonso", club, "in_charge") in events


def test_nationality_before_title_of_a_context_alias_club():
    text = (
        "Club Brugge sacked Scott Parker on Monday. For the summer, the name of Ronny Deila, the Norwegian "
        "trainer of Standard, is heard in the corridors."
    )
    assert ("Ronny Deila", "Standard Liège", "in_charge") in _events(text)


def test_plural_sides_cue_the_context_alias_clubs_listed():
    text = (
        "Sweden named Jon Dahl Tomasson as head coach. Tomasson led Malmö FF to two titles, and he "
        "previously coached Dutch sides Excelsior and Roda JC."
    )
    events = _events(text)
    assert ("Jon Dahl Tomasson", "Excelsior Rotterdam", "in_charge") in events
    assert ("Jon Dahl Tomasson", "Roda JC Kerkrade", "in_charge") in events


def test_trainer_of_a_clubless_squad_is_no_club():
    text = "Palermo sacked Gian Piero Gasperini. They turned to the trainer of the Primavera, Paolo Beruatto."
    assert not any(f["club"] == "Primavera" for f in facts_of(text))
