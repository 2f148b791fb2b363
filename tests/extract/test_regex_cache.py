"""`compile_cached`: the pattern `re.compile` makes, from opcodes kept on disk by an earlier run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract import regex_cache
from pipeline.extract.regex_cache import compile_cached
from pipeline.extract.rules.index import RULES

TAGGED = [
    "«P1», 52, the former «C2» boss, has been appointed head coach of «C3» until 2027.",
    "«C1» sacked manager «P2» on Sunday after a run of five defeats.",
    "The Interim coach «P1» will stay on as assistant next season, the club confirmed.",
    "no tag here at all",
    "",
]
SOURCES = [
    r"\b(?:caretaker|interim|acting|stand-in)\s+(?:coach|boss)\s+«P(?P<p>\d+)»",
    r"«C(?P<c>\d+)»\s+sacked\s+(?:manager\s+)?«P(?P<p>\d+)»(?:\s+on\s+(?P<day>\w+day))?",
    r"(?-i:[A-Z])\w+\s+(?:coach|appointed)",
]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and a store that has read nothing yet."""
    monkeypatch.setenv("TOUCHLINE_REGEX_CACHE", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_STORE", regex_cache._Store())
    return tmp_path


def _same_pattern(got: re.Pattern[str], want: re.Pattern[str]) -> None:
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (
        want.pattern,
        want.flags,
        want.groups,
        want.groupindex,
    )
    for text in TAGGED:
        assert [(m.span(), m.groupdict()) for m in got.finditer(text)] == [
            (m.span(), m.groupdict()) for m in want.finditer(text)
        ]


@pytest.mark.parametrize("source", SOURCES)
def test_compiled_then_read_back_as_re_compile_makes_it(cache_dir: Path, source: str) -> None:
    want = re.compile(source, re.IGNORECASE)
    _same_pattern(compile_cached(source, re.IGNORECASE), want)  # compiled here, kept for the file
    regex_cache._STORE.save()
    assert len(list(cache_dir.glob("rule-regexes-*.marshal"))) == 1
    regex_cache._STORE = regex_cache._Store()  # a later run: read from the file
    key_count = len(regex_cache._read(regex_cache._cache_file()))
    assert key_count == 1
    _same_pattern(compile_cached(source, re.IGNORECASE), want)
    assert not regex_cache._STORE.new  # (found, not compiled again)


def test_a_run_adds_to_what_another_wrote(cache_dir: Path) -> None:
    compile_cached(SOURCES[0], re.IGNORECASE)
    regex_cache._STORE.save()
    regex_cache._STORE = regex_cache._Store()
    compile_cached(SOURCES[1], re.IGNORECASE)
    regex_cache._STORE.save()
    assert len(regex_cache._read(regex_cache._cache_file())) == 2


def test_flags_are_part_of_the_key(cache_dir: Path) -> None:
    compile_cached(SOURCES[2], re.IGNORECASE)
    case_kept = compile_cached(SOURCES[2], 0)
    _same_pattern(case_kept, re.compile(SOURCES[2]))


def test_a_damaged_file_means_plain_compiling(cache_dir: Path) -> None:
    path = regex_cache._cache_file()
    assert path is not None
    path.write_bytes(b"\x00not marshal data")
    _same_pattern(compile_cached(SOURCES[1], re.IGNORECASE), re.compile(SOURCES[1], re.IGNORECASE))


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOUCHLINE_REGEX_CACHE", "")
    monkeypatch.setattr(regex_cache, "_STORE", regex_cache._Store())
    _same_pattern(compile_cached(SOURCES[0], re.IGNORECASE), re.compile(SOURCES[0], re.IGNORECASE))
    regex_cache._STORE.save()
    assert not list(tmp_path.iterdir())


def test_an_unwritable_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("TOUCHLINE_REGEX_CACHE", str(blocker / "cache"))  # (under a file: mkdir fails)
    monkeypatch.setattr(regex_cache, "_STORE", regex_cache._Store())
    compile_cached(SOURCES[0], re.IGNORECASE)
    regex_cache._STORE.save()  # no error raised


def test_rule_opcodes_are_those_re_makes() -> None:
    """The opcodes kept for every tenth rule are those `re` compiles (names, groups, flags alike)."""
    for rule in RULES[::10]:
        entry = regex_cache._compiled_entry(rule.source, re.IGNORECASE)
        _same_pattern(regex_cache._from_entry(rule.source, entry), re.compile(rule.source, re.IGNORECASE))
