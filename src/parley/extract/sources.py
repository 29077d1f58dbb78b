"""Who a report cites for its figures: people next to speech verbs, and known organisations."""

from __future__ import annotations

import functools
import re

from parley.extract.language import Language
from parley.extract.text import Sentence

_NAME = re.compile(
    r"(?<![\w.])([A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+(?:-[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+)?"
    r"(?:\s+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+(?:-[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’]+)?){1,2})(?!\w)"
)


@functools.cache
def _morph(code: str):
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=code)
    except Exception:  # no dictionary for this language
        return None


def nominative(name: str, code: str) -> str:
    """"Владимира Мединского" → "Владимир Мединский" (Russian and Ukrainian only)."""
    morph = _morph(code) if code in ("ru", "uk") else None
    if morph is None:
        return name
    out = []
    for word in name.split():
        best = None
        for p in morph.parse(word):
            if {"Name"} & p.tag.grammemes or {"Surn"} & p.tag.grammemes or {"Patr"} & p.tag.grammemes:
                best = p
                break
        if best is not None:
            form = best.inflect({"nomn"})
            w = form.word if form else word
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(word)
    return " ".join(out)


def names_near_speech(sent: Sentence, lang: Language) -> list[tuple[str, int, int]]:
    """Person names within a few words of a speech verb ("X said", "according to X").

    A run of capitalised words loses its leading words that are titles or that name a party,
    a place or an organisation ("України Володимир Зеленський" → "Володимир Зеленський")."""
    s = sent.text
    verbs = lang.speech.find(s)
    if not verbs:
        return []
    known = [(m.start, m.end) for lex in (lang.parties, lang.places, lang.organisations, lang.mediators)
             for m in lex.find(s)]
    out = []
    for m in _NAME.finditer(s):
        words = [(w.start() + m.start(), w.group()) for w in re.finditer(r"\S+", m.group(1))]
        while words and (words[0][1] in lang.not_names or words[0][1].rstrip(".") in lang.titles
                         or any(a <= words[0][0] < b for a, b in known)):
            words = words[1:]
        if len(words) < 2 or any(w in lang.not_names or any(a <= p < b for a, b in known) for p, w in words):
            continue
        start, end = words[0][0], words[-1][0] + len(words[-1][1])
        if any(abs(v.start - end) < 90 or abs(start - v.end) < 90 for v in verbs):
            name = nominative(" ".join(w for _, w in words), lang.code)
            out.append((name, sent.start + start, sent.start + end))
    return out


def organisations_in(sent: Sentence, lang: Language) -> list[tuple[str, int, int]]:
    return [(m.label, sent.start + m.start, sent.start + m.end) for m in lang.organisations.find(sent.text)]
