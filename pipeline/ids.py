"""Deterministic identifiers: the same inputs give the same id in any order, on any machine."""

from __future__ import annotations

import hashlib
import re
import unicodedata

# lowercase letters with no Unicode decomposition, spelled as the press writes them in ASCII
# ("Brøndby" → "brondby", "Preußen" → "preussen", "Łódź" → "lodz", "Kasımpaşa" → "kasimpasa")
_ASCII_SPELLING = str.maketrans(
    {"ø": "o", "ł": "l", "ı": "i", "ð": "d", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}
)


def fold(text: str) -> str:
    """Lowercase ASCII, no accents, single spaces: "Óscar  Gilsanz " → "oscar gilsanz"."""
    text = text or ""
    if not text.isascii():  # ASCII has no accents to strip (and NFKD leaves it as it is)
        text = unicodedata.normalize("NFKD", text.lower().translate(_ASCII_SPELLING))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _NOT_ALNUM.sub(" ", text.lower()).strip()


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def stable_id(prefix: str, *parts: object) -> str:
    """`prefix_` + 16 hex digits of a SHA-256 over the parts (None and '' are the same)."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}_{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}"
