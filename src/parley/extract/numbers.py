"""Figures in running text: "1,000", "1 000", "1.000", "1.2 thousand", "a thousand", "тысячу"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.extract.language import Language
from parley.extract.text import AND

_SEP = r"(?:,|\.|\u00a0|\u202f|\u2009| |’|')"
_DIGITS = re.compile(
    rf"(?<![\w.,/:-])(\d{{1,3}}(?:{_SEP}\d{{3}})+(?![\d])|\d+(?:[.,]\d{{1,2}})?)(?![\d])"
)
# after a figure: it is not a head count
_NOT_COUNT_AFTER = re.compile(
    r"^(?:\s*(?:%|percent|per cent|процент|відсот|years? old|-year|year-old|км|km|\$|€|"
    r"hryvni|гривен|рубл|dollars|euros|million|billion|млн|млрд|mln|bn)|[a-zа-яёіїєґ]|-(?:й|го|th|st|nd|rd|я|е|ї|ий)|:\d\d(?!\d))",
    re.IGNORECASE,
)
_NOT_COUNT_BEFORE = re.compile(r"(?:\$|€|£|№|No\.|#|\bage|\baged)\s*$", re.IGNORECASE)


@dataclass
class Figure:
    start: int
    end: int
    value: int
    approx: bool = False
    word: bool = False  # written in words


MAX_COUNT = 10_000_000  # more people than any exchange: a phone number, an amount, or garbage


def _to_int(raw: str) -> int | None:
    s = raw
    if len(re.sub(r"\D", "", s)) > 8:
        return None
    if re.fullmatch(r"\d+[.,]\d{1,2}", s):  # decimal: only meaningful with a multiplier
        return None
    digits = re.sub(r"\D", "", s)
    return int(digits) if digits else None


def find_figures(text: str, lang: Language, start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure that could be a head count, with its span; years are left to callers."""
    end = len(text) if end is None else end
    out: list[Figure] = []
    for m in _DIGITS.finditer(text, start, end):
        raw = m.group(1)
        tail = text[m.end() : m.end() + 14]
        gap = len(tail) - len(tail.lstrip())
        mult = lang.multipliers.regex.match(text, m.end() + gap) if lang.multipliers.regex else None
        if mult and gap <= 1:
            base = float(raw.replace(",", ".")) if re.fullmatch(r"\d+[.,]\d{1,2}", raw) else _to_int(raw)
            if base is None:
                continue
            value = int(round(base * int(lang.multipliers.labels[mult.lastgroup])))
            out.append(Figure(m.start(1), mult.end(), value, word=True))
            continue
        if _NOT_COUNT_AFTER.match(tail) or _NOT_COUNT_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        value = _to_int(raw)
        if value is None:
            continue
        out.append(Figure(m.start(1), m.end(1), value))
    formats = _hyphen_pairs(text, lang, start, end)  # "a 1000-for-1000 exchange" names a deal's format
    out = [f for f in out if not any(a <= f.start < b for a, b in formats)]
    taken = [(f.start, f.end) for f in out] + formats
    for w in lang.number_word_lex.find(text, start, end):
        if any(a <= w.start < b for a, b in taken):
            continue
        out.append(Figure(w.start, w.end, int(w.label), word=True))
    out = _compounds(sorted(out, key=lambda f: f.start), text)
    out = [f for f in out if f.value <= MAX_COUNT and not _ordinal_use(text, f, lang)
           and not _counts_exchanges(text, f, lang)]
    for f in out:
        before = text[max(0, f.start - 25) : f.start]
        hit = lang.approx.find(before)
        f.approx = bool(hit and hit[-1].end >= len(before) - 1)
    return sorted(out, key=lambda f: f.start)


_HYPHEN_PAIR = re.compile(r"\d-(\w{1,5})-(?:\d{1,3}(?:[,.]\d{3})+|\d+)(?![\d])")


def _hyphen_pairs(text: str, lang: Language, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of "1000-for-1000" / "1000-на-1000": a deal's format, not a head count (a stage of
    it states its own figures)."""
    pair = lang.marker("pair")
    out = []
    for m in _HYPHEN_PAIR.finditer(text, start, end):
        word = pair.find(m.group(1))
        if word and word[0].text == m.group(1):
            first = re.search(r"[\d,.]*$", text[: m.start() + 1])
            out.append((first.start() if first else m.start(), m.end()))
    return out


def time_unit_after(text: str, f: Figure, lang: Language) -> bool:
    """"22 years in prison", "по 22 года колонии": the figure counts time, not people."""
    unit = lang.not_after.search(text, f.end, min(len(text), f.end + 20)) if lang.not_after else None
    return unit is not None and text[f.end : unit.start].strip() == ""


def _ordinal_use(text: str, f: Figure, lang: Language) -> bool:
    """"day two of the swap", "этап 2": a number naming a day or stage, not a head count."""
    hit = lang.not_before.find(text, max(0, f.start - 12), f.start)
    return bool(hit) and text[hit[-1].end : f.start].strip() == ""


def _counts_exchanges(text: str, f: Figure, lang: Language) -> bool:
    """"ещё один обмен", "two swaps": a number in words right before the exchange noun counts
    exchanges, not people."""
    if not f.word or lang.exchange is None:
        return False
    hit = lang.exchange.search(text, f.end, min(len(text), f.end + 30))
    return hit is not None and text[f.end : hit.start].strip() == ""


def _compounds(figures: list[Figure], text: str) -> list[Figure]:
    """Number words next to each other make one number: "две тысячи" (2 × 1000), then
    "trzystu trzech" (300 + 3), "6 bin 60" (6060) — a round figure followed by a smaller one,
    one of them in words."""

    def joined(a: Figure, b: Figure, pattern: str) -> bool:
        return re.fullmatch(pattern, text[a.end : b.start]) is not None

    times: list[Figure] = []
    for f in figures:
        prev = times[-1] if times else None
        if prev and f.word and f.value in (100, 1000) and prev.value < f.value and joined(prev, f, r"[\s-]+"):
            times[-1] = Figure(prev.start, f.end, prev.value * f.value, prev.approx, True)
        else:
            times.append(f)
    out: list[Figure] = []
    for f in times:
        prev = out[-1] if out else None
        if (prev and (prev.word or f.word) and f.value < prev.value and prev.value % 10 ** len(str(f.value)) == 0
                and joined(prev, f, rf"[\s-]+|\s+{AND}\s+")):
            out[-1] = Figure(prev.start, f.end, prev.value + f.value, prev.approx, True)
        else:
            out.append(f)
    return out
