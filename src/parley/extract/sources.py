"""Who a report cites for its figures: people next to speech verbs, and known organisations."""

from __future__ import annotations

import functools
import re

from parley.extract.language import Language
from parley.extract.text import Sentence

# a capitalised word of any script ("Zełenski", "Ердоган", "Şimşek"), hyphenated parts allowed
_WORD = re.compile(r"(?<![\w.])[^\W\d_][^\W\d_'’]*(?:-[^\W\d_][^\W\d_'’]*)?")


class _Run:
    def __init__(self, s: str, start: int, end: int):
        self._s, self._start, self._end = s, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _n: int = 0) -> str:
        return self._s[self._start : self._end]


class _Names:
    """Runs of two or three capitalised words separated by spaces: the shape of a name."""

    @staticmethod
    def finditer(s: str):
        run: list[re.Match] = []
        for m in list(_WORD.finditer(s)) + [None]:
            joined = m is not None and run and s[run[-1].end() : m.start()].isspace()
            if m is not None and m.group()[0].isupper() and (not run or joined):
                run.append(m)
                continue
            if len(run) >= 2:
                yield _Run(s, run[0].start(), run[-1].end())
            run = [m] if m is not None and m.group()[0].isupper() else []


_NAME = _Names()


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


def person_names(s: str, lang: Language) -> list[tuple[int, int]]:
    """Spans of person names in `s`: runs of capitalised words cut at titles and at the names of
    parties, places and organisations; the last piece of two or three words is the name
    ("МИД России Мария Захарова" → "Мария Захарова", "Prime Minister Nikol Pashinyan" →
    "Nikol Pashinyan")."""
    known = [(m.start, m.end) for lex in (lang.parties, lang.places, lang.organisations, lang.mediators)
             for m in lex.find(s)]

    def plain(pos: int, word: str) -> bool:
        return (word not in lang.not_names and word.rstrip(".,") not in lang.titles
                and not any(a <= pos < b for a, b in known))

    out = []
    for m in _NAME.finditer(s):
        pieces: list[list[tuple[int, str]]] = [[]]
        for w in re.finditer(r"\S+", m.group(1)):
            if plain(w.start() + m.start(), w.group()):
                pieces[-1].append((w.start() + m.start(), w.group()))
            elif pieces[-1]:
                pieces.append([])
        named = [p for p in pieces if len(p) >= 2]
        if named:
            words = named[-1][:3]
            out.append((words[0][0], words[-1][0] + len(words[-1][1])))
    return out


def names_near_speech(sent: Sentence, lang: Language) -> list[tuple[str, int, int]]:
    """Person names (person_names) within a few words of a speech verb ("X said", "according to X")."""
    s = sent.text
    verbs = lang.speech.find(s)
    if not verbs:
        return []
    out = []
    for start, end in person_names(s, lang):
        if any(abs(v.start - end) < 90 or abs(start - v.end) < 90 for v in verbs):
            name = nominative(" ".join(s[start:end].split()), lang.code)
            out.append((name, sent.start + start, sent.start + end))
    return out


def organisations_in(sent: Sentence, lang: Language) -> list[tuple[str, int, int]]:
    return [(m.label, sent.start + m.start, sent.start + m.end) for m in lang.organisations.find(sent.text)]
