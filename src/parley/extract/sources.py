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
    """Person names within a few words of a speech verb ("X said", "according to X")."""
    s = sent.text
    verbs = lang.speech.find(s)
    if not verbs:
        return []
    blocked = {m.start for lex in (lang.parties, lang.places, lang.organisations) for m in lex.find(s)}
    out = []
    for m in _NAME.finditer(s):
        words = m.group(1).split()
        while words and (words[0] in lang.not_names or words[0].rstrip(".") in lang.titles):
            words = words[1:]
        if len(words) < 2 or m.start() in blocked:
            continue
        if any(w in lang.not_names for w in words):
            continue
        near = any(abs(v.start - m.end()) < 90 or abs(m.start() - v.end) < 90 for v in verbs)
        if near:
            name = nominative(" ".join(words), lang.code)
            out.append((name, sent.start + m.start(), sent.start + m.end()))
    return out


def organisations_in(sent: Sentence, lang: Language) -> list[tuple[str, int, int]]:
    return [(m.label, sent.start + m.start, sent.start + m.end) for m in lang.organisations.find(sent.text)]
