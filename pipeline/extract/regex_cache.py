"""The rules' compiled regexes, kept on disk between runs.

The rule regexes hold about 650k characters once their macros are expanded; `re` parses and compiles
them in Python, about a second of every process that extracts a few hundred articles. What `re`'s
compiler makes of a pattern is a list of opcodes, the same every time for the same source, flags and
Python: `compile_cached` keeps those lists in a file of the user's cache folder and hands a list found
there to `_sre.compile`, as `re` itself does after compiling it. The patterns are the same, opcode for
opcode, so every match is.

The file is named by the Python version and `_sre.MAGIC`, so another Python never reads it; it holds only
plain values (`marshal`, not `pickle`: reading it runs no code). It is read at the first use, and written
back once at exit when the run compiled new patterns. Any failure to read or write it (a read-only disk,
a truncated file, a Python whose `re` internals differ) means plain `re.compile`, never an error.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path

try:  # the compiler's internals: no public API compiles a pattern from its opcodes
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython has had them since 3.11
    _sre = _compiler = _parser = None

# (flags, opcodes as array("I") bytes, the number of groups less one, group index, index group)
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_CACHE_ENV = "TOUCHLINE_REGEX_CACHE"  # a folder for the file; "" turns the cache off


def _cache_file() -> Path | None:
    """The cache file for this Python, None when turned off or `re` internals are missing."""
    if _sre is None or array("I").itemsize != _sre.CODESIZE:
        return None
    folder = os.environ.get(_CACHE_ENV)
    if folder == "":
        return None
    if folder is None:
        folder = os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "touchline")
    engine = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()
    return Path(folder) / f"rule-regexes-{hashlib.blake2b(engine, digest_size=8).hexdigest()}.marshal"


class _Store:
    """The cached opcodes by pattern key, read from the file at the first use."""

    def __init__(self) -> None:
        self.entries: dict[bytes, _Entry] | None = None
        self.new: dict[bytes, _Entry] = {}

    def get(self, key: bytes) -> _Entry | None:
        if self.entries is None:
            self.entries = _read(_cache_file())
            atexit.register(self.save)
        return self.entries.get(key)

    def add(self, key: bytes, entry: _Entry) -> None:
        self.new[key] = entry

    def save(self) -> None:
        """Write the entries compiled in this run, with those another run wrote meanwhile."""
        path = _cache_file()
        if not self.new or path is None:
            return
        entries = {**_read(path), **self.new}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
                marshal.dump(entries, out)
            os.replace(out.name, path)  # (atomic: a reader sees the old file or the new one)
        except (OSError, ValueError):
            return
        self.new = {}


def _read(path: Path | None) -> dict[bytes, _Entry]:
    if path is None:
        return {}
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


_STORE = _Store()


def compile_cached(source: str, flags: int) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the opcodes an earlier run compiled when the cache has them."""
    if _sre is None or _cache_file() is None:
        return re.compile(source, flags)
    key = hashlib.blake2b(f"{int(flags)}|{source}".encode(), digest_size=16).digest()
    entry = _STORE.get(key)
    if entry is not None:
        try:
            return _from_entry(source, entry)
        except (TypeError, ValueError, RuntimeError):
            pass  # (a damaged entry: compile it afresh)
    entry = _compiled_entry(source, int(flags))
    _STORE.add(key, entry)
    return _from_entry(source, entry)


def _compiled_entry(source: str, flags: int) -> _Entry:
    """What `re._compiler.compile` hands `_sre.compile` for this source and flags."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    group_index = dict(parsed.state.groupdict)
    index_group: list[str | None] = [None] * parsed.state.groups
    for name, i in group_index.items():
        index_group[i] = name
    opcodes = array("I", code).tobytes()
    return flags | parsed.state.flags, opcodes, parsed.state.groups - 1, group_index, tuple(index_group)


def _from_entry(source: str, entry: _Entry) -> re.Pattern[str]:
    flags, opcodes, groups, group_index, index_group = entry
    return _sre.compile(source, flags, array("I", opcodes).tolist(), groups, group_index, index_group)
