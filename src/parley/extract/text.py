"""Sentences and clauses: the units every other extractor works within."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from parley.extract.language import Language

# A sentence ends at . ! ? … (optionally followed by a closing quote) before a capital letter
# of any script, a digit or an opening quote; every line break ends one too (titles,
# captions, datelines). Pages glued together by scraping ("said.Moscow") are split as well.
_END = re.compile(
    r"(?<=[.!?…])[\"'”»)]*\s+(?=[\"'“«(]?(?:[^\W\d_]|[0-9—–-]))"
    r"|(?<=[^\W\d_]{2}\.)(?=[^\W\d_]{2})"
)
# no sentence ends after an abbreviation or an initial (not the end of "перемир'я.")
_ABBREV = re.compile(
    r"(?:(?<!['’])\b[^\W\d_]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Sgt|No|Nr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
    r"Sept|Oct|Nov|Dec|vs|etc|approx|incl|Jr|Sr|Sra|Prof|Gov|Sen|Rep|ca|bzw|Mio|Mrd|tys|mln|mld|ok|np|"
    r"tzw|godz|ul|ds|br|ub|тыс|млн|г|гг|ул|им|т\.е|тис|р|ст|пп))\.$",
    re.IGNORECASE,
)


_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}\.$")


@functools.cache
def _month_names() -> frozenset[str]:
    """Month names in every language parley reads, for "am 1. Februar" (a day, not an end)."""
    from parley.extract.dates import MONTHS, dateparser_info
    from parley.extract.detect import CANDIDATES

    return frozenset(f.lower() for code in CANDIDATES for m in MONTHS
                     for f in dateparser_info(code).get(m, []) if len(f) > 2)


def _day_before_month(line: str, cut: int, nxt: int) -> bool:
    if not _DAY_NUMBER.search(line[max(0, cut - 4) : cut]):
        return False
    word = re.match(r"[^\W\d_]+", line[nxt:])
    return bool(word) and word.group().lower() in _month_names()


def _starts_sentence(line: str, pos: int) -> bool:
    """After a full stop: a new sentence starts with a capital, a digit or a dash."""
    rest = line[pos : pos + 2].lstrip("\"'“«(")
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "—–-")


# "and" in the languages parley reads: lists of figures and of sides ("270 soldiers and 120
# civilians", "Ukraine and Russia", "trzystu trzech") are joined by these
AND = r"(?:and|plus|а также|а також|и|і|та|y|e|et|und|ve|ile|i|oraz)"
_AND_NEW_SUBJECT = re.compile(rf"\s{AND}\s(?=[A-ZА-ЯЁІЇЄҐ])")
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
            if (not _starts_sentence(line, m.end()) or _ABBREV.search(line[max(0, m.start() - 20) : m.start()])
                    or _day_before_month(line, m.start(), m.end())):
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
        if not re.match(r"\s*(?:также|також)\b", sentence[m.end :]):  # "а также" means "and also"
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
