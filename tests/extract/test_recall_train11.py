"""Coaches the extractor used to leave out entirely: a new coach's incoming staff told by their titles
('brings with him assistant Y and analyst Z', 'His staff will include Y', 'With him come …', 'will be
accompanied in his technical command by assistant Y and physical trainer Z', 'presented alongside
his assistant Y'), an aide named before his title ('joined by Y, his assistant at C'), and the 'his' of
such an apposition, which is never the man it describes."""

from __future__ import annotations

from extract_helpers import facts_of, keys_of


def _roles(text: str) -> set[tuple[str, str, str, str]]:
    """(coach, club, role, event) of every fact."""
    return {(f["coach"], f["club"], f["role"], f["event"]) for f in facts_of(text)}


# --- "brings with him", "With him come": each aide by his title ------------------------------------


def test_brings_with_him_titled_aides():
    text = (
        "Leeds United have appointed Daniel Farke as manager. "
        "Farke brings with him assistant Edmund Riemer and performance analyst Chris Domogalla."
    )
    roles = _roles(text)
    assert ("Edmund Riemer", "Leeds United", "assistant_coach", "appointed") in roles
    assert ("Chris Domogalla", "Leeds United", "other_staff", "appointed") in roles


def test_with_him_come_inverted_titled_list():
    text = (
        "Celta Vigo named Claudio Giráldez as head coach on Monday. "
        "With him arrive the assistant Luis Cembranos and the goalkeepers' coach José Sambade."
    )
    roles = _roles(text)
    assert ("Luis Cembranos", "Celta Vigo", "assistant_coach", "appointed") in roles
    assert ("José Sambade", "Celta Vigo", "goalkeeping_coach", "appointed") in roles


def test_brings_with_him_untitled_names_are_no_staff():
    # "brings with him" may be players: only titled aides are read
    text = (
        "Lazio appointed Marco Baroni as coach. "
        "Baroni brought with him Mattia Zaccagni and Gustav Isaksen, both signed in the summer."
    )
    keys = keys_of(text)
    assert not any(k[0] in ("Mattia Zaccagni", "Gustav Isaksen") for k in keys)


def test_brings_with_him_no_executive():
    text = (
        "Sevilla appointed Matías Almeyda as coach. "
        "Almeyda was presented alongside the president José María del Nido Carrasco."
    )
    assert not any(k[0].startswith("José María") for k in keys_of(text))


# --- "his staff will include", "the new staff include" -------------------------------------------


def test_his_staff_will_include_his_assistant_at_the_bosses_new_post():
    text = (
        "Tunisia appointed Marko Jelic as head coach of the national team on Friday. "
        "Jelic coached Lazio before. "
        "His staff will include his trusted assistant Dario Buzzi, the federation said."
    )
    keys = keys_of(text)
    assert ("Dario Buzzi", "Tunisia", "national", "appointed") in keys
    assert not any(k[0] == "Dario Buzzi" and k[1] == "Lazio" for k in keys)


def test_new_staff_include_list_skips_one_already_there():
    text = (
        "Feyenoord have appointed Robin van Persie as head coach. "
        "The new staff include the assistant John de Wolf and the fitness coach Ruben Peeters, who was "
        "already in the staff of Brian Priske."
    )
    roles = _roles(text)
    assert ("John de Wolf", "Feyenoord", "assistant_coach", "appointed") in roles
    assert not any(r[0] == "Ruben Peeters" and r[3] == "appointed" for r in roles)


def test_staff_included_in_the_past_is_not_an_arrival():
    text = "Feyenoord sacked Brian Priske on Monday. His staff included the assistant Jan Olde Riekerink."
    assert not any(k[0] == "Jan Olde Riekerink" and k[3] == "appointed" for k in keys_of(text))


# --- "accompanied in his technical command by …", "assisted by compatriot Y" ----------------------


def test_accompanied_in_his_command_by_titled_aides():
    text = (
        "The federation presented Diego Arce as Bolivia's new head coach on Monday. "
        "Arce will be accompanied in his technical command by assistant Raul Pena and the "
        "physical trainer Hugo Sosa."
    )
    roles = _roles(text)
    assert ("Raul Pena", "Bolivia", "assistant_coach", "appointed") in roles
    assert ("Hugo Sosa", "Bolivia", "fitness_coach", "appointed") in roles


def test_assisted_by_compatriot_his_assistant_at_former_club():
    text = (
        "Olympiacos announced the appointment of Spanish coach José Luis Mendilibar on Friday. "
        "He will be assisted by compatriot Iñaki Bea, his assistant at Sevilla."
    )
    roles = _roles(text)
    assert ("Iñaki Bea", "Olympiacos", "assistant_coach", "appointed") in roles
    assert ("Iñaki Bea", "Sevilla", "assistant_coach", "in_charge") in roles
    assert ("José Luis Mendilibar", "Sevilla", "head_coach", "in_charge") in roles
    assert not any(r[0] == "Iñaki Bea" and r[2] == "head_coach" for r in roles)


# --- presented alongside his assistant --------------------------------------------------------------


def test_presented_alongside_his_assistant():
    text = (
        "Young Africans have appointed Miguel Gamondi as head coach. "
        "Gamondi was unveiled to reporters in Dar es Salaam on Monday alongside his new assistant "
        "Mousa N'Daw."
    )
    keys = keys_of(text)
    assert ("Mousa N'Daw", "Young Africans SC", "first_team", "appointed") in keys
    assert not any(k[0] == "Salaam" for k in keys)


# --- an aide named before his title ---------------------------------------------------------------


def test_joined_in_town_by_aide_named_before_title():
    text = (
        "Shanghai Port named Tom Reyes as head coach on Monday. "
        "Reyes will be joined in Shanghai by Luke Brand, his assistant at Marinos."
    )
    roles = _roles(text)
    assert ("Luke Brand", "Shanghai Port", "assistant_coach", "appointed") in roles
    assert ("Luke Brand", "Yokohama F. Marinos", "assistant_coach", "in_charge") in roles


def test_bring_in_aide_named_before_his_title():
    text = (
        "Kilmarnock appointed Stuart Kettlewell as manager. "
        "Kettlewell will bring in Ross Forsyth, his number two at Motherwell, as his assistant."
    )
    roles = _roles(text)
    assert ("Ross Forsyth", "Kilmarnock", "assistant_coach", "appointed") in roles
    assert ("Ross Forsyth", "Motherwell", "assistant_coach", "in_charge") in roles
    assert ("Stuart Kettlewell", "Motherwell", "head_coach", "in_charge") in roles


def test_aide_as_subject_with_his_apposition_is_not_restated():
    # the subject's own exit at C: no separate spell read from his apposition
    text = (
        "Plymouth sacked Ian Foster on Friday. "
        "Kevin Nance, Foster's number two at Plymouth, also left on Friday."
    )
    keys = keys_of(text)
    assert ("Kevin Nance", "Plymouth Argyle", "first_team", "left") in keys
    assert ("Kevin Nance", "Plymouth Argyle", "first_team", "in_charge") not in keys


def test_arriving_aide_takes_his_bosses_day():
    text = (
        "Olympiacos appointed José Luis Mendilibar as coach on Friday. "
        "Mendilibar's contract runs until 2026. "
        "He will be assisted by Iñaki Bea."
    )
    dated = {(f["coach"], f["event"]): f["date"] for f in facts_of(text)}
    assert dated[("Iñaki Bea", "appointed")] == dated[("José Luis Mendilibar", "appointed")] == "2024-03-08"


def test_staff_brought_on_an_earlier_move_do_not_join_the_new_post() -> None:
    keys = keys_of(
        "Besiktas have appointed Sergen Yalcin as head coach. When he first took over in Antalya, Yalcin "
        "brought with him performance analyst Murat Sahin and fitness coach Ali Kaya."
    )
    assert not any(k[0] in ("Murat Sahin", "Ali Kaya") and k[3] == "appointed" for k in keys), keys
