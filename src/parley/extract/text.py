"""Sentences and clauses: the units every other extractor works within."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.extract.language import Language

# A sentence ends at . ! ? … (optionally followed by a closing quote) before a capital,
# a digit or an opening quote; every line break ends one too (titles, captions, datelines).
_END = re.compile(
    r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]?[A-ZА-ЯЁІЇЄҐÀ-ÖØ-Þ0-9—–-])"
    r"|(?<=[a-zа-яёіїєґ]{2}\.)(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])"  # pages glued together: "said.Moscow"
)
_ABBREV = re.compile(
    r"(?:\b[A-ZА-Я]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Sgt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|vs|etc|approx|incl|Jr|Sr|Prof|Gov|Sen|Rep|тыс|г|гг|ул|им|т\.е|тис|р)\.)$"
)
_AND_NEW_SUBJECT = re.compile(r"\s(?:and|и|і|та|y|e|et|und|ve|oraz)\s(?=[A-ZА-ЯЁІЇЄҐ])")
_CLAUSE_PUNCT = re.compile(r"[;:]\s|,\s|\s[—–-]\s|\(|\)")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    index: int


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cut = 0
        for m in _END.finditer(line):
            if _ABBREV.search(line[: m.start()]):
                continue
            _add(out, text, line_start + cut, line_start + m.start())
            cut = m.end()
        _add(out, text, line_start + cut, line_start + len(line))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], len(out)))


def clause_bounds(sentence: str, lang: Language, dashes: bool = True) -> list[tuple[int, int]]:
    """Split a sentence (local offsets) at punctuation and contrastive conjunctions."""
    cuts = {0, len(sentence)}
    for m in _CLAUSE_PUNCT.finditer(sentence):
        if m.group().startswith(",") and _inside_number(sentence, m.start()):
            continue
        if not dashes and m.group().strip() in "—–-":
            continue
        cuts.add(m.start())
    for m in lang.marker("clause").find(sentence):
        cuts.add(m.start)
    for m in _AND_NEW_SUBJECT.finditer(sentence):  # "… to Russia and 230 Ukrainians returned home"
        cuts.add(m.start())
    points = sorted(cuts)
    return [(a, b) for a, b in zip(points, points[1:], strict=False) if b > a]


def _inside_number(s: str, i: int) -> bool:
    return 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()


def clause_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in bounds:
        if a <= pos < b:
            return a, b
    return bounds[-1] if bounds else (0, pos)
