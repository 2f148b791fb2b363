"""bench/quality.py: set names, the kinds of misses it counts, and one real set scored."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_quality", ROOT / "bench" / "quality.py")
quality = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quality)

_MISS = {"article_id": "a1", "coach": "Ana Pérez", "club": "Getafe", "squad": "women", "event": "appointed"}


def _pred(**changes: str) -> dict:
    return {**_MISS, **changes}


def test_groups_expand_to_their_folders() -> None:
    names = quality.set_names(["train", "heldout"])
    assert "extract_train" in names and "extract_train2" in names and "heldout2" in names
    assert names.index("extract_train2") < names.index("extract_train10")
    assert quality.set_names(["heldout5"]) == ["heldout5"]


def test_miss_kinds() -> None:
    assert quality.miss_kind(_MISS, []) == "coach never reported [appointed]"
    assert quality.miss_kind(_MISS, [_pred(coach="Luis Gómez")]) == "coach never reported [appointed]"
    assert quality.miss_kind(_MISS, [_pred(club="Leganés")]) == "coach found, not at this club [appointed]"
    assert quality.miss_kind(_MISS, [_pred(squad="first_team")]) == "wrong squad [appointed]"
    assert quality.miss_kind(_MISS, [_pred(event="in_charge")]) == "wrong or missing event [appointed]"


def test_a_set_is_scored_like_touchline_eval() -> None:
    name, figures, kinds = quality.score_set("extract_train")
    assert name == "extract_train"
    assert figures["gold"] == 304
    assert 0 < figures["tp"] <= figures["pred"]
    assert len(kinds) == figures["gold"] - figures["tp"]
