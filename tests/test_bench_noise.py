"""bench/noise.py: each kind of noise changes a text the way its name says, and only that way."""

import importlib.util
import random
from pathlib import Path

import pytest

from pipeline.records import Article

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_noise", ROOT / "bench" / "noise.py")
noise = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(noise)

_TEXT = (
    "Kesgrave United have sacked head coach Ivo Brandt after a run of seven defeats in all competitions.\n\n"
    "The club's assistant Dale Hughes will take charge of Saturday's game against Hartwell Town.\n\n"
    "Brandt, who joined from Hartwell in 2022, had a contract until next summer."
)
_ARTICLE = Article(id="n1", text=_TEXT, title="Kesgrave United sack Ivo Brandt", published="2024-03-12")


def _noisy(kind: str) -> str:
    return noise.NOISES[kind](_TEXT, random.Random(_ARTICLE.id))


def test_clean_is_the_text_as_written() -> None:
    assert _noisy("clean") == _TEXT


@pytest.mark.parametrize("width", [60, 72])
def test_wrapped_lines_fit_their_width(width: int) -> None:
    lines = _noisy(f"wrapped at {width}").splitlines()
    assert max(len(line) for line in lines) <= width
    assert " ".join(line for line in lines if line).split() == _TEXT.split()


def test_glued_paragraphs_lose_their_breaks_and_spaces() -> None:
    glued = _noisy("paragraphs glued")
    assert "\n" not in glued
    assert "competitions.The club's" in glued


def test_noise_of_single_characters_keeps_the_words() -> None:
    for kind in ("soft hyphens", "no-break spaces"):
        plain = _noisy(kind).replace("\u00ad", "").replace("\u00a0", " ")
        assert plain == _TEXT
    assert "&#39;" in _noisy("entities") and "'" not in _noisy("entities")


@pytest.mark.parametrize(
    ("kind", "top"),
    [
        ("headline on top", "Kesgrave United sack Ivo Brandt\n\n"),
        ("headline run in", "Kesgrave United sack Ivo Brandt"),
        ("byline on top", "By Staff Reporter | Updated 14:02 GMT\n\n"),
    ],
)
def test_page_tops_go_above_the_text(kind: str, top: str) -> None:
    assert noise._changed(_ARTICLE, kind) == top + _TEXT


def test_every_kind_is_listed_once() -> None:
    assert not set(noise.NOISES) & set(noise.PAGE_TOPS)
    assert "clean" in noise.NOISES
