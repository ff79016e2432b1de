"""Reading the plain-text data under `models/` and matching it on characters.

Every data file is validated row by row at load, so a bad line is reported with its
file and line number instead of surfacing later as a wrong match.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import ahocorasick
from pydantic import BaseModel, ValidationError

from .errors import DataFileError

M = TypeVar("M", bound=BaseModel)


def _data_lines(path: Path) -> Iterator[tuple[int, str]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            yield n, line.rstrip("\n")


def read_tsv(path: Path, model: type[M]) -> list[M]:
    """Rows of a TSV file (comment lines `#`, then a header) as validated models."""
    lines = list(_data_lines(path))
    if not lines:
        return []
    header = lines[0][1].split("\t")
    rows: list[M] = []
    for n, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            raise DataFileError(f"{path}:{n}: expected {len(header)} columns, got {len(cells)}")
        try:
            rows.append(model.model_validate(dict(zip(header, cells))))
        except ValidationError as e:
            raise DataFileError(f"{path}:{n}: {e.errors()[0]['msg']}") from e
    return rows


def read_jsonl(path: Path, model: type[M]) -> list[M]:
    rows: list[M] = []
    for n, line in _data_lines(path):
        try:
            rows.append(model.model_validate(json.loads(line)))
        except (ValidationError, json.JSONDecodeError) as e:
            raise DataFileError(f"{path}:{n}: {e}") from e
    return rows


def split_aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def is_word_char(ch: str) -> bool:
    """Letters and digits of alphabetic scripts; a Han character next to a Latin name is
    a boundary (`访问了Beijing和上海`)."""
    return (ch.isalnum() or ch == "_") and ord(ch) < 0x2E80


WORD_CHARS = frozenset(ch for ch in map(chr, range(0x2E80)) if is_word_char(ch))


class PhraseAutomaton:
    """Leftmost-longest literal matching over characters (Aho-Corasick).

    `word_boundaries` rejects matches glued to letters or digits on either side, which
    English needs and Chinese must not use.
    """

    def __init__(self, phrases: Iterable[tuple[str, Any]], *, word_boundaries: bool) -> None:
        self.word_boundaries = word_boundaries
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        for phrase, payload in phrases:
            if phrase:
                existing = self._automaton.get(phrase, None)
                if existing is None:
                    self._automaton.add_word(phrase, (len(phrase), [payload]))
                    self.size += 1
                else:
                    existing[1].append(payload)
        if self.size:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return self.size

    def matches(
        self, text: str, accept: Callable[[int, int], bool] | None = None
    ) -> list[tuple[int, int, list[Any]]]:
        """Non-overlapping (start, end, payloads), leftmost first, longest at each start."""
        if not self.size:
            return []
        best: dict[int, tuple[int, list[Any]]] = {}
        bounded, word, n = self.word_boundaries, WORD_CHARS, len(text)
        for end_idx, (length, payloads) in self._automaton.iter(text):
            end = end_idx + 1
            start = end - length
            # inside a word on either side (set lookups: this runs for every raw match)
            if bounded and ((start and text[start - 1] in word and text[start] in word)
                            or (end < n and text[end] in word and text[end_idx] in word)):
                continue
            if accept is not None and not accept(start, end):
                continue
            prev = best.get(start)
            if prev is None or end > prev[0]:
                best[start] = (end, payloads)
        out: list[tuple[int, int, list[Any]]] = []
        last_end = -1
        for start in sorted(best):
            end, payloads = best[start]
            if start >= last_end:
                out.append((start, end, payloads))
                last_end = end
        return out
