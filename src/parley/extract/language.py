"""A language is data: `lang/<code>.toml` word lists compiled into regular expressions.

Entry syntax (shared by every list):
- matched case-insensitively at a word start and ending at a word end;
- a `*` stands for any run of word characters ("bod*" → body, bodies; "Росси*" → России);
- an entry written in capitals ("US", "ICRC", "ВСУ") is matched case-sensitively;
- spaces match any whitespace.
"""

from __future__ import annotations

import functools
import pathlib
import re
import tomllib
from dataclasses import dataclass

LANG_DIR = pathlib.Path(__file__).parent / "lang"
SUPPORTED = tuple(sorted(p.stem for p in LANG_DIR.glob("*.toml")))


def entry_pattern(entry: str) -> str:
    """One word-list entry → a regex fragment (see the module docstring)."""
    word = entry.strip()
    # Turkish capital İ lower-cases to "i̇", so case-insensitive matching misses it: spell it out
    parts = [re.escape(p).replace("i", "[iİ]") for p in word.split("*")]
    body = r"\w*".join(parts)
    body = re.sub(r"(\\ )+", r"\\s+", body)
    if word.endswith("*"):
        tail = ""
    elif word[-1:].isalnum():
        tail = r"(?!\w)"
    else:
        tail = ""
    lead = r"(?<!\w)" if word[:1].isalnum() else ""
    if sum(c.isupper() for c in word) >= 2 and word.upper() == word:
        return f"(?-i:{lead}{body}{tail})"
    return f"{lead}{body}{tail}"


@dataclass
class Match:
    start: int
    end: int
    label: str
    text: str


class Lexicon:
    """Labelled word lists compiled to regexes; `find` returns labelled, non-overlapping hits.

    Trying one big alternation at every character is slow, so entries are also indexed by
    their first (up to three) letters and tried only at word starts that begin that way.
    """

    def __init__(self, entries: dict[str, list[str]]):
        self.labels: dict[str, str] = {}
        groups = []
        by_key: dict[str, list[tuple[int, str]]] = {}
        odd: list[tuple[int, str]] = []  # entries that do not start with a letter or digit
        for i, (label, words) in enumerate(entries.items()):
            words = [w for w in words if w.strip()]
            if not words:
                continue
            name = f"g{i}"
            self.labels[name] = label
            ordered = sorted(words, key=len, reverse=True)
            groups.append(f"(?P<{name}>{'|'.join(entry_pattern(w) for w in ordered)})")
            for w in ordered:
                key = _key(w)
                (by_key.setdefault(key, []) if key else odd).append((i, w))
        self.regex = re.compile("|".join(groups), re.IGNORECASE) if groups else None
        self.index = {k: _compile(v) for k, v in by_key.items()}
        self.odd = _compile(odd) if odd else None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        if self.regex is None:
            return []
        end = len(text) if end is None else end
        table = _prefix_positions(text)
        tries: dict[int, list[re.Pattern]] = {}
        for key in self.index.keys() & table.keys():  # word starts some entry may match at
            rx = self.index[key]
            for p in table[key]:
                if start <= p < end:
                    tries.setdefault(p, []).append(rx)
        hits: list[Match] = []
        pos = start
        for p in sorted(tries):
            if p < pos:
                continue
            best = None
            for rx in tries[p]:
                m = rx.match(text, p, end)
                if m and (best is None or (m.lastgroup, -m.end()) < (best.lastgroup, -best.end())):
                    best = m
            if best is not None:
                hits.append(Match(best.start(), best.end(), self.labels[best.lastgroup], best.group()))
                pos = best.end()
        if self.odd is not None:
            taken = [(h.start, h.end) for h in hits]
            for m in self.odd.finditer(text, start, end):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    hits.append(Match(m.start(), m.end(), self.labels[m.lastgroup], m.group()))
            hits.sort(key=lambda h: h.start)
        return hits

    def search(self, text: str, start: int = 0, end: int | None = None) -> Match | None:
        hits = self.find(text, start, end)
        return hits[0] if hits else None

    def __bool__(self) -> bool:
        return self.regex is not None


def _key(entry: str) -> str:
    """Up to three leading letters an entry always starts with ("" if it may start otherwise)."""
    word = entry.strip()
    if not word[:1].isalnum():
        return ""
    prefix = re.split(r"[*\s]", word, maxsplit=1)[0]
    return prefix[:3].replace("İ", "i").lower()


def _compile(entries: list[tuple[int, str]]) -> re.Pattern:
    groups: dict[int, list[str]] = {}
    for i, w in entries:
        groups.setdefault(i, []).append(entry_pattern(w))
    return re.compile("|".join(f"(?P<g{i}>{'|'.join(p)})" for i, p in sorted(groups.items())), re.IGNORECASE)


_WORD_START = re.compile(r"(?<!\w)\w")


@functools.lru_cache(maxsize=512)
def _prefix_positions(text: str) -> dict[str, list[int]]:
    """Each 1-, 2- and 3-letter word prefix of `text` (lower-cased) → where words start with it."""
    table: dict[str, list[int]] = {}
    add = table.setdefault
    lowered = text.replace("İ", "i").lower()
    same = len(lowered) == len(text)  # else a letter changed length when lowered: slice the original
    for m in _WORD_START.finditer(text):
        p = m.start()
        low = lowered[p : p + 3] if same else text[p : p + 3].replace("İ", "i").lower()
        add(low[:1], []).append(p)
        if len(low) > 1:
            add(low[:2], []).append(p)
            if len(low) > 2:
                add(low, []).append(p)
    return table


def _by_value(table: dict[str, int]) -> dict[str, list[str]]:
    """{"thousand": 1000, "тысячу": 1000} → {"1000": ["thousand", "тысячу"]}."""
    out: dict[str, list[str]] = {}
    for word, value in table.items():
        out.setdefault(str(value), []).append(word)
    return out


def _with_compounds(num: dict) -> dict:
    """Add number words built as unit + joiner + tens ("fünfundneunzig") when a language says so."""
    comp = num.get("compounds")
    if not comp:
        return num
    words = dict(num.get("words", {}))
    units = {w: v for w, v in words.items() if 1 <= v <= 9} | dict(comp.get("units", {}))
    tens = {w: v for w, v in words.items() if v in range(20, 100, 10)}
    for u, uv in units.items():
        for t, tv in tens.items():
            words.setdefault(f"{u}{comp['joiner']}{t}", tv + uv)
    return {**num, "words": words}


def _words(table: dict, key: str) -> list[str]:
    return list(table.get(key) or [])


class Language:
    """Everything parley knows about one language, compiled once."""

    def __init__(self, code: str, data: dict):
        self.code = code
        self.data = data
        self._date_lists: dict[str, Lexicon] = {}
        num = _with_compounds(data.get("numbers", {}))
        self.number_words: dict[str, int] = {k.lower(): v for k, v in num.get("words", {}).items()}
        self.multipliers = Lexicon(_by_value(num.get("multipliers", {})))
        self.number_word_lex = Lexicon(_by_value(num.get("words", {})))
        self.approx = Lexicon({"approx": _words(num, "approx")})
        self.not_before = Lexicon({"ordinal": _words(num, "not_before")})
        # units right after a figure: "22 years in prison", "по 22 года колонии" count no people
        self.not_after = Lexicon({"unit": _words(num, "not_after")})
        cats = data.get("categories", {})
        self.categories = Lexicon({"bodies": _words(cats, "bodies"), "prisoners": _words(cats, "prisoners")})
        self.body_heads = Lexicon({"bodies": _words(cats, "body_heads")})
        self.held_by = Lexicon({"held": _words(cats, "held_by")})
        # nouns that name one side's people ("захисники" are Ukraine's defenders)
        self.owner_words = {side: Lexicon({side: words}) for side, words in cats.get("owner_words", {}).items()}
        verbs = data.get("verbs", {})
        self.verbs = Lexicon({k: _words(verbs, k) for k in ("give", "get", "return")})
        self.exchange = Lexicon({"exchange": _words(verbs, "exchange")})
        # what "X returned N" means when the text does not say whose the N are
        self.verb_final: bool = bool(verbs.get("verb_final", False))  # German, Turkish clauses
        self.verb_second: bool = bool(verbs.get("verb_second", False))  # "Am Montag übergab Russland …"
        # Turkish: the subject is the first side named without a case ending ("Rusya 84 askerini
        # Ukrayna'dan geri aldı"), and a side named after a noun is not its owner
        self.subject_first: bool = bool(verbs.get("subject_first", False))
        self.return_default: dict[str, str] = verbs.get("return_default", {"prisoners": "get", "bodies": "give"})
        self.handover = Lexicon({"handover": _words(verbs, "handover")})
        marks = data.get("markers", {})
        self.markers = {k: Lexicon({k: _words(marks, k)}) for k in marks if k not in ("each_before", "each_suffix")}
        # "по 84", "po 84" (word right before the figure); "390'ar" (right after it)
        self.each_before = {w.lower() for w in _words(marks, "each_before")}
        self.each_suffix = tuple(w.lower() for w in _words(marks, "each_suffix"))
        dates = data.get("dates", {})
        self.relative_days = Lexicon(
            {
                "0": _words(dates, "today"),
                "-1": _words(dates, "yesterday"),
                "-2": _words(dates, "before_yesterday"),
                "1": _words(dates, "tomorrow"),
            }
        )
        # days named by a holiday: "on New Year's Eve" → 12-31 (month-day labels)
        self.fixed_days = Lexicon(dates.get("fixed_days", {}))
        self.range_to: list[str] = list(dates.get("range_to", []))  # "from 9 to 13 April"
        self.date_order = dates.get("order", "DMY")
        self.dateline = Lexicon({"dateline": _words(dates, "dateline")})
        self.last_words = Lexicon({"last": _words(dates, "last")})
        self.when = Lexicon({"when": _words(dates, "when")})
        self.since = Lexicon({"since": _words(dates, "since")})
        self.since_clause = Lexicon({"since": _words(dates, "since_clause")})
        self.weekday_forms: dict[str, list[str]] = dates.get("weekday_forms", {})
        self.month_forms: dict[str, list[str]] = dates.get("month_forms", {})
        self.month_lead: list[str] = _words(dates, "month_lead")
        src = data.get("sources", {})
        self.speech = Lexicon({"speech": _words(src, "verbs")})
        self.not_names = set(_words(src, "not_names"))
        self.titles = _words(src, "titles")
        meet = data.get("meetings", {})
        self.meeting_nouns = Lexicon({"meeting": _words(meet, "nouns")})
        self.meeting_status = Lexicon(
            {k: _words(meet, k) for k in ("postponed", "cancelled", "scheduled")}
        )
        self.third_party = Lexicon({"third": _words(meet, "third_party")})
        self.venue_words = Lexicon({"at": _words(meet, "at")})
        self.meeting_agreed = Lexicon({"agreed": _words(meet, "agreed")})
        self.parties = Lexicon(data.get("parties", {}))
        self.places = Lexicon(data.get("places", {}))
        self.mediators = Lexicon(data.get("mediators", {}))
        self.mediator_markers = Lexicon({"m": _words(data.get("mediators_markers", {}), "words")})
        # head-final languages name the mediator before the word: "Rusya'nın arabuluculuğunda"
        self.mediator_after_name = Lexicon({"m": _words(data.get("mediators_markers", {}), "after_name")})
        self.agreements = Lexicon(data.get("agreements", {}))
        self.totals_period = Lexicon(data.get("totals_period", {}))
        self.organisations = Lexicon(data.get("organisations", {}))
        # whose side an organisation speaks for: "Минобороны России" → Russia
        self.organisation_sides: dict[str, str] = data.get("organisation_sides", {})

    def marker_dates(self, name: str) -> Lexicon:
        """A word list of the [dates] table ("bound_after")."""
        if name not in self._date_lists:
            self._date_lists[name] = Lexicon({name: _words(self.data.get("dates", {}), name)})
        return self._date_lists[name]

    def marker(self, name: str) -> Lexicon:
        return self.markers.get(name) or Lexicon({})


@functools.cache
def load(code: str) -> Language:
    """The compiled language `code`; English stands in for languages without a data file."""
    path = LANG_DIR / f"{code}.toml"
    if not path.exists():
        path, code = LANG_DIR / "en.toml", "en"
    with path.open("rb") as fh:
        return Language(code, tomllib.load(fh))


@functools.cache
def party_knowledge() -> dict:
    with (pathlib.Path(__file__).parent / "parties.toml").open("rb") as fh:
        return tomllib.load(fh)


@functools.cache
def leaders() -> Lexicon:
    """Names of leaders and negotiators → the side they stand for (parties.toml [leaders])."""
    return Lexicon(party_knowledge().get("leaders", {}))
