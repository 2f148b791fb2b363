"""How news phrases rumours, returns, sackings and successions: the post, not the person's aside."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of

# --- the club of a rumour is the post, not the club of an apposition ----------------------------


def test_favourite_to_replace_y_at_club() -> None:
    keys = keys_of(
        "Former Chelsea boss Graham Potter is the bookmakers' favourite to replace Erik ten Hag "
        "at Manchester United."
    )
    assert ("Graham Potter", "Manchester United", "first_team", "linked") in keys
    assert ("Graham Potter", "Chelsea", "first_team", "linked") not in keys
    assert ("Erik ten Hag", "Manchester United", "first_team", "in_charge") in keys


def test_candidate_to_succeed_y_as_coach_of_club() -> None:
    keys = keys_of(
        "Thomas Frank, who has been at Brentford since 2018, is a leading contender to succeed "
        "Mauricio Pochettino as head coach of Chelsea."
    )
    assert ("Thomas Frank", "Chelsea", "first_team", "linked") in keys
    assert ("Thomas Frank", "Brentford", "first_team", "linked") not in keys
    assert ("Mauricio Pochettino", "Chelsea", "first_team", "in_charge") in keys


def test_appointed_to_replace_y_at_club_is_no_spell_of_y() -> None:
    keys = keys_of("Arsenal have appointed Mikel Arteta to replace Unai Emery at the Emirates.")
    assert not {k for k in keys if k[0] == "Unai Emery" and k[3] == "in_charge"}
    assert ("Unai Emery", "Arsenal", "first_team", "left") in keys


def test_relative_clause_club_is_not_the_rumoured_post() -> None:
    keys = keys_of(
        "Xabi Alonso, who has transformed Bayer Leverkusen since taking over in October 2022, is the leading "
        "candidate to succeed Klopp at Liverpool. Bayern Munich are also monitoring the Spaniard."
    )
    assert ("Xabi Alonso", "Liverpool", "first_team", "linked") in keys
    assert ("Xabi Alonso", "Bayern Munich", "first_team", "linked") in keys
    assert ("Xabi Alonso", "Bayer Leverkusen", "first_team", "linked") not in keys
    assert ("Xabi Alonso", "Bayer Leverkusen", "first_team", "in_charge") in keys


def test_his_replacement_is_the_sacked_mans_post() -> None:
    keys = keys_of(
        "Chelsea have sacked Graham Potter. Julian Nagelsmann, who left Bayern Munich in March, "
        "is expected to be named as his replacement."
    )
    assert ("Julian Nagelsmann", "Chelsea", "first_team", "linked") in keys
    assert ("Julian Nagelsmann", "Bayern Munich", "first_team", "linked") not in keys


def test_national_coach_in_an_aside_is_his_other_post() -> None:
    keys = keys_of(
        "Napoli have sacked Walter Mazzarri. Francesco Calzona, who is also Slovakia's national coach, "
        "is expected to be named as his replacement."
    )
    assert ("Francesco Calzona", "Napoli", "first_team", "linked") in keys
    assert ("Francesco Calzona", "Slovakia", "national", "linked") not in keys


def test_appointee_with_a_club_in_his_aside() -> None:
    keys = keys_of(
        "Roma have sacked José Mourinho. Daniele De Rossi, who coached SPAL last season, has been appointed."
    )
    assert ("Daniele De Rossi", "Roma", "first_team", "appointed") in keys
    assert not {k for k in keys if k[3] == "appointed" and k[1] == "SPAL"}


def test_whose_coach_is_that_clubs_coach() -> None:
    keys = keys_of(
        "Liverpool manager Jürgen Klopp said his side deserved the win against Bayern Munich, whose coach "
        "Thomas Tuchel was sent to the stands."
    )
    assert ("Thomas Tuchel", "Bayern Munich", "first_team", "in_charge") in keys
    assert ("Thomas Tuchel", "Liverpool", "first_team", "in_charge") not in keys
    keys = keys_of("Arsenal drew with Chelsea, whose head coach Mauricio Pochettino was booked.")
    assert ("Mauricio Pochettino", "Chelsea", "first_team", "in_charge") in keys
    assert ("Mauricio Pochettino", "Arsenal", "first_team", "in_charge") not in keys


# --- "former C assistant X took over as D boss, replacing Y, who was sacked in April" -----------


def test_former_assistant_apposition_is_not_the_new_role() -> None:
    facts = facts_of(
        "Former Southampton assistant Ruben Selles took over as Reading boss in December, replacing "
        "Paul Ince, "
        "who was sacked in April.",
        published="2024-03-14",
    )
    got = {(f["coach"], f["club"], f["event"]): f for f in facts}
    assert got[("Ruben Selles", "Reading", "appointed")]["role"] == "head_coach"
    ince = got[("Paul Ince", "Reading", "dismissed")]
    assert ince["date"].startswith("2023-04") and ince["date_precision"] == "month"
    assert ("Paul Ince", "Southampton", "dismissed") not in got


def test_replacing_y_who_was_dismissed_variant() -> None:
    facts = facts_of(
        "Ex-Liverpool assistant Pep Lijnders took charge as Red Bull Salzburg head coach in June, succeeding "
        "Gerhard Struber, who was dismissed in April.",
        published="2024-07-15",
    )
    got = {(f["coach"], f["club"], f["event"]): f for f in facts}
    assert got[("Pep Lijnders", "Red Bull Salzburg", "appointed")]["role"] == "head_coach"
    assert got[("Gerhard Struber", "Red Bull Salzburg", "dismissed")]["date"].startswith("2024-04")


def test_replacing_after_leaving_another_club() -> None:
    keys = keys_of(
        "Harding was appointed by Everton in June after leaving Burnley, replacing Mark Ellis, "
        "who was sacked after a loss in Lisbon."
    )
    assert ("Mark Ellis", "Everton", "first_team", "dismissed") in keys
    assert ("Mark Ellis", "Burnley", "first_team", "dismissed") not in keys


# --- appointments told as a state, a return, a club's turn ---------------------------------------


def test_is_the_new_coach() -> None:
    assert ("Antonio Conte", "Napoli", "first_team", "appointed") in keys_of(
        "Antonio Conte is the new coach of Napoli."
    )
    assert ("Vincent Kompany", "Bayern Munich", "first_team", "appointed") in keys_of(
        "Vincent Kompany is the new Bayern Munich manager."
    )
    assert ("Ruben Amorim", "Manchester United", "first_team", "appointed") in keys_of(
        "Ruben Amorim is Manchester United's new head coach."
    )


def test_will_return_as_manager() -> None:
    keys = keys_of(
        "Celtic have announced that Brendan Rodgers will return as manager on a three-year contract, "
        "six years "
        "after he walked out on the club to join Leicester City."
    )
    assert ("Brendan Rodgers", "Celtic", "first_team", "appointed") in keys
    # walking out on a club is his own decision: resigned (as the gold sets record it)
    assert ("Brendan Rodgers", "Celtic", "first_team", "resigned") in keys
    assert ("Brendan Rodgers", "Leicester City", "first_team", "appointed") in keys


def test_walked_out_on_club_to_join() -> None:
    keys = keys_of("Steven Gerrard walked out on Rangers to join Aston Villa in November.")
    assert ("Steven Gerrard", "Rangers", "first_team", "resigned") in keys
    assert ("Steven Gerrard", "Aston Villa", "first_team", "appointed") in keys
    keys = keys_of("Brendan Rodgers left Celtic to join Leicester City in February 2019.")
    assert ("Brendan Rodgers", "Leicester City", "first_team", "appointed") in keys


def test_returned_to_the_club_as_his_assistant() -> None:
    facts = facts_of(
        "Ole Gunnar Solskjaer was appointed caretaker manager of Manchester United in December 2018. "
        "Mike Phelan returned to the club as his assistant."
    )
    got = {(f["coach"], f["club"], f["event"]): f["role"] for f in facts}
    assert got.get(("Mike Phelan", "Manchester United", "appointed")) == "assistant_coach"


def test_came_back_as_assistant_coach() -> None:
    facts = facts_of("Steve Holland has come back to Chelsea as assistant coach.")
    got = {(f["coach"], f["club"], f["event"]): f["role"] for f in facts}
    assert got.get(("Steve Holland", "Chelsea", "appointed")) == "assistant_coach"


def test_club_turned_to() -> None:
    facts = facts_of(
        "Manchester United sacked Erik ten Hag on Monday. After Erik ten Hag's dismissal, United turned to "
        "Ruud van Nistelrooy, who will lead the team on an interim basis."
    )
    got = {(f["coach"], f["club"], f["event"]): f["role"] for f in facts}
    assert got.get(("Ruud van Nistelrooy", "Manchester United", "appointed")) == "caretaker"
    assert ("Erik ten Hag", "Manchester United", "dismissed") in got
    keys = keys_of(
        "Claudio Ranieri had been first choice for the Italy job but turned it down, so the federation "
        "turned to Luciano Spalletti."
    )
    assert ("Luciano Spalletti", "Italy", "national", "appointed") in keys


def test_club_could_turn_to_is_a_rumour() -> None:
    keys = keys_of("Chelsea could turn to Frank Lampard until the end of the season.")
    assert ("Frank Lampard", "Chelsea", "first_team", "linked") in keys
    assert ("Frank Lampard", "Chelsea", "first_team", "appointed") not in keys


# --- national federations name their national team ----------------------------------------------


def test_federation_names_the_national_team() -> None:
    keys = keys_of(
        "The Football Association of Norway has confirmed that Tom Dahl has left his post as manager "
        "of the "
        "men's senior team."
    )
    assert ("Tom Dahl", "Norway", "national", "left") in keys
    keys = keys_of(
        "The Scottish FA confirmed that Steve Clarke has left his post as manager of the national team."
    )
    assert ("Steve Clarke", "Scotland", "national", "left") in keys
    keys = keys_of("The FIGC has sacked Luciano Spalletti after the European Championship.")
    assert ("Luciano Spalletti", "Italy", "national", "dismissed") in keys


def test_in_negotiations_with_a_federation() -> None:
    keys = keys_of(
        "Sources say Mauricio Pochettino is in advanced negotiations with the US Soccer Federation to become "
        "the next USMNT head coach."
    )
    assert ("Mauricio Pochettino", "United States", "national", "linked") in keys
    keys = keys_of("Thomas Tuchel is in negotiations with the English FA over the England job.")
    assert ("Thomas Tuchel", "England", "national", "linked") in keys


# --- sackings and takeovers told in the club's voice ----------------------------------------------


def test_relieved_of_his_duties_with_assistant_taking_over() -> None:
    keys = keys_of(
        "Borussia Dortmund finished fifth. The Bundesliga club announced on Wednesday that they had relieved "
        "Edin Terzić of his duties, with assistant Nuri Şahin taking over."
    )
    assert ("Edin Terzić", "Borussia Dortmund", "first_team", "dismissed") in keys
    assert ("Nuri Şahin", "Borussia Dortmund", "first_team", "appointed") in keys
    keys = keys_of("Chelsea relieved Graham Potter of his duties on Sunday.")
    assert ("Graham Potter", "Chelsea", "first_team", "dismissed") in keys


def test_contract_renewal_of_his_assistant() -> None:
    facts = facts_of(
        "Sporting CP have confirmed Ruben Amorim will stay at the club until the end of the season. "
        "His assistant Carlos Fernandes has also signed a new contract."
    )
    got = {(f["coach"], f["club"], f["event"]): f["role"] for f in facts}
    assert got.get(("Carlos Fernandes", "Sporting CP", "extended")) == "assistant_coach"


def test_under_coach_the_club() -> None:
    assert ("Mikel Arteta", "Arsenal", "first_team", "in_charge") in keys_of(
        "Under Mikel Arteta, Arsenal have become title contenders."
    )
    assert ("Jürgen Klopp", "Liverpool", "first_team", "in_charge") in keys_of(
        "Liverpool, under Jürgen Klopp, have won every major trophy."
    )
    assert ("Xabi Alonso", "Bayer Leverkusen", "first_team", "in_charge") in keys_of(
        "Bayer Leverkusen under Xabi Alonso went unbeaten in the league."
    )


# --- dates ------------------------------------------------------------------------------------------


def test_month_beats_this_season() -> None:
    facts = facts_of(
        "Almeria sacked coach Gaizka Garitano on Monday, the second time the club has changed its coach this "
        "season after dismissing Vicente Moreno in October.",
        published="2024-03-14",
    )
    moreno = next(f for f in facts if f["coach"] == "Vicente Moreno")
    assert moreno["date"].startswith("2023-10") and moreno["date_precision"] == "month"


def test_concession_clause_does_not_date_the_departure() -> None:
    facts = facts_of(
        "Sevilla have confirmed that Carlos Mena will leave the club in the summer, "
        "despite the "
        "coach having agreed to stay only weeks ago.",
        published="2024-03-14",
    )
    left = next(f for f in facts if f["event"] == "left")
    assert left["date"] is None or left["date"] >= "2024-05"


# --- a relative clause's own subject ------------------------------------------------------------


def test_who_left_to_take_charge_is_the_predecessor() -> None:
    keys = keys_of(
        "Chelsea's women's team have appointed Sonia Bompastor as head coach to succeed Emma Hayes, "
        "who left to "
        "take charge of the United States women's national team."
    )
    assert ("Sonia Bompastor", "Chelsea", "women", "appointed") in keys
    assert ("Emma Hayes", "Chelsea", "women", "left") in keys
    assert ("Emma Hayes", "United States", "national_women", "appointed") in keys
    assert ("Sonia Bompastor", "United States", "national_women", "appointed") not in keys
    assert ("Sonia Bompastor", "Chelsea", "women", "left") not in keys


# --- relative clauses that name a post, and when a spell began -----------------------------------


def test_who_is_also_the_national_coach() -> None:
    keys = keys_of(
        "Napoli have sacked Walter Mazzarri. Francesco Calzona, who is also Slovakia's national coach, "
        "is expected to be named as his replacement."
    )
    assert ("Francesco Calzona", "Slovakia", "national", "in_charge") in keys
    keys = keys_of("Chelsea are considering Thomas Frank, who is Brentford's head coach.")
    assert ("Thomas Frank", "Brentford", "first_team", "in_charge") in keys
    keys = keys_of("Spain sacked Luis de la Fuente. Santi Denia, who was Spain's under-21 coach, takes over.")
    assert ("Santi Denia", "Spain", "national_u21", "in_charge") in keys


def test_since_taking_over_dates_the_spell() -> None:
    facts = facts_of(
        "Xabi Alonso, who has transformed Bayer Leverkusen since taking over in October 2022, is the leading "
        "candidate to succeed Klopp at Liverpool."
    )
    spell = next(f for f in facts if f["club"] == "Bayer Leverkusen" and f["event"] == "in_charge")
    assert spell["date"].startswith("2022-10")
    facts = facts_of(
        "Ange Postecoglou, who has lifted Tottenham since arriving in June 2023, is a target for Celtic."
    )
    spell = next(f for f in facts if f["club"] == "Tottenham Hotspur" and f["event"] == "in_charge")
    assert spell["date"].startswith("2023-06")


def test_assistant_taking_over_steps_up_for_now() -> None:
    facts = facts_of(
        "Borussia Dortmund finished fifth. The Bundesliga club announced on Wednesday that they had relieved "
        "Edin Terzić of his duties, with assistant Nuri Şahin taking over."
    )
    got = {(f["coach"], f["event"], f["role"]) for f in facts}
    assert ("Nuri Şahin", "appointed", "caretaker") in got
    assert ("Nuri Şahin", "appointed", "assistant_coach") not in got


def test_is_the_new_coach_in_the_lead_is_todays_news() -> None:
    facts = facts_of("Antonio Conte is the new coach of Napoli. The Italian signed a three-year deal.")
    conte = next(f for f in facts if f["event"] == "appointed")
    assert conte["date"] == "2024-03-12"


def test_guards_of_the_new_patterns() -> None:
    assert not keys_of("Chelsea's fans turned to Frank Lampard for answers.")
    assert not keys_of("Mason Mount was the new manager's first signing.")
    assert ("Frank Lampard", "Chelsea", "first_team", "appointed") in keys_of(
        "Frank Lampard returned as Chelsea manager in April."
    )
    assert ("Marcelo Bielsa", "Leeds United", "first_team", "in_charge") in keys_of(
        "Leeds United, under Marcelo Bielsa, were promoted in 2020."
    )


def test_promoted_from_assistant() -> None:
    facts = facts_of(
        "Borussia Dortmund have appointed Niko Kovač. The former defender Jan Weber had been promoted from "
        "assistant in May last year when Tom Kessler resigned."
    )
    got = {(f["coach"], f["club"], f["event"], f["role"]): f["date"] for f in facts}
    assert got[("Jan Weber", "Borussia Dortmund", "appointed", "head_coach")].startswith("2023-05")
    assert got[("Jan Weber", "Borussia Dortmund", "in_charge", "assistant_coach")] is None
    facts = facts_of(
        "Chelsea sacked Graham Potter. "
        "Bruno Saltor has been promoted from assistant coach to interim manager."
    )
    got = {(f["coach"], f["club"], f["event"], f["role"]) for f in facts}
    assert ("Bruno Saltor", "Chelsea", "appointed", "caretaker") in got
    assert ("Bruno Saltor", "Chelsea", "appointed", "head_coach") not in got
    assert ("Bruno Saltor", "Chelsea", "in_charge", "assistant_coach") in got
    keys = keys_of("Ryan Mason stepped up from first-team assistant after Tottenham sacked Antonio Conte.")
    assert ("Ryan Mason", "Tottenham Hotspur", "first_team", "appointed") in keys
