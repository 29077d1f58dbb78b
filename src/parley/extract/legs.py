"""Legs read from one sentence: figure + category noun + who handed over to whom.

A figure counts as a leg when it heads a category noun ("1,000 fallen Ukrainian servicemen",
"the bodies of 38 soldiers", "тысячу тел" — phrases.py), or stands bare after a handover
verb in a sentence that already named a category ("while Ukraine returned 30"), or is one
side of "390 for 390" / "84 each" / "the same number". Its direction comes from direction.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parley.extract.direction import read_direction
from parley.extract.language import Language, Match, party_knowledge
from parley.extract.numbers import Figure, time_unit_after
from parley.extract.parties import Sides, opposed
from parley.extract.phrases import NounPhrase, near_before, noun_phrase, words_between
from parley.extract.sources import person_names
from parley.extract.text import AND, Sentence, clause_bounds, clause_of


@dataclass
class RawLeg:
    """One leg as read from one place in the text, before legs are merged per exchange."""

    from_: str | None
    to: str | None
    category: str
    count: int | None
    start: int  # absolute span of the figure (or of the phrase that implies it)
    end: int
    sentence: Sentence
    rule: str
    approx: bool = False
    notes: list[str] = field(default_factory=list)
    additional: bool = False  # "a second flight with 117": more people, not another figure for the same


def legs_in_sentence(
    sent: Sentence, lang: Language, figures: list[Figure], parties: list[Match], sides: Sides,
    last_category: str | None, last_count: int | None, last_sides: dict | None = None,
) -> list[RawLeg]:
    """Every leg the sentence states. Offsets in `figures`/`parties` are local to the sentence."""
    return _SentenceLegs(sent, lang, figures, parties, sides, last_category, last_count, last_sides).read()


class _SentenceLegs:
    """Reads one sentence's figures in order; each figure is tried as, in turn: one side of a
    pair ("390 for 390"), a bare figure after a verb or a dash, a part of a listed whole, a
    figure for each side, a part sharing the previous figure's sides, and a leg of its own."""

    def __init__(self, sent, lang, figures, parties, sides, last_category, last_count, last_sides=None):
        self.sent, self.s, self.lang = sent, sent.text, lang
        self.figures, self.parties, self.sides = figures, parties, sides
        self.last_category, self.last_count = last_category, last_count
        self.last_sides = last_sides or {}
        self.bounds = clause_bounds(self.s, lang)
        self.verbs = lang.verbs.find(self.s)
        self.subsets = lang.marker("subset").find(self.s)
        self.out: list[RawLeg] = []
        self.used: set[int] = set()
        self.returns: list[int] = []  # legs read after "in exchange for": they go the other way
        self._phrases: dict[tuple[int, int], NounPhrase] = {}
        self.sideless: list[tuple[Figure, NounPhrase, int, int]] = []  # released, by and to no one named

    def phrase(self, f: Figure, limit: int) -> NounPhrase:
        key = (f.start, limit)
        if key not in self._phrases:
            self._phrases[key] = noun_phrase(self.s, f, limit, self.lang, self.parties)
        return self._phrases[key]

    def limit(self, i: int) -> int:
        return self.figures[i + 1].start if i + 1 < len(self.figures) else len(self.s)

    def read(self) -> list[RawLeg]:
        for i, f in enumerate(self.figures):
            if i not in self.used:
                self.figure(i, f)
        self.one_body()
        self.other_way()
        if not self.out:  # no head count: maybe a person for a person, or people named
            self.names_for_names()
        if not self.out:
            self.named_people()
        _reverse_returns(self.out, self.returns, self.sides)
        self.out = _combine_parts(self.out, self.s, self.lang)
        self.same_number()  # after parts are added up: "270 soldiers and 120 civilians for the same number"
        return self.out

    def figure(self, i: int, f: Figure) -> None:
        s, lang = self.s, self.lang
        if f.word and f.value == 1 and (f.start == 0 or self.phrase(f, len(s)).kind != "np"):
            return  # "the remains of one hostage"; not "one-for-one", "one of", "One prisoner, in a coma, …"
        if time_unit_after(s, f, lang):
            return  # "они получили по 22 года колонии": years in prison, not people
        np = self.phrase(f, self.limit(i))
        lo, hi = clause_of(self.bounds, f.start)
        if self.pair(i, f, np, lo, hi):
            return
        shared = self.shared_noun(i, f, np)
        if shared is not None:
            f, np = shared
        if np.kind == "bare":
            cat = _sentence_category(s, lang)  # "wymieniły się jeńcami – po 84 z każdej strony"
            if cat and self.each(f, NounPhrase(f, cat, None, f.end, "bare"), lo):
                return
            np = self.bare(f)
            if np is None:
                return
        if _in_subset_list(s, f, self.subsets, self.figures) or self.breakdown(i):
            return  # "390 people, including 270 soldiers and 120 civilians": parts of a whole
        prev = self.figures[i - 1] if i > 0 else None
        if (prev is not None and prev.value < f.value and words_between(s, prev.end, f.start) <= 3
                and self.lang.marker("partitive").find(s, prev.end, f.start)
                and any(o.start == self.sent.start + prev.start for o in self.out)):
            return  # "returned only four of the 28 hostages": the 28 is the whole the four come from
        lead = lang.marker("subset_lead").find(s, 0, f.start)
        if lead and not re.search(r"[.;!?]", s[lead[-1].end : f.start]):
            return  # "Among those freed were troops from Mariupol and three civilians": parts
        sub = lang.marker("subset").search(s, f.end, f.end + 15)
        if sub and sub.start - f.end <= 2:
            return  # "157 Ukrainians – seven of them civilians"
        if self.negated(f, lo):
            return  # "Russia has not yet handed over the 6,000 bodies"
        if lang.marker("list_of").find(s, max(lo, f.start - 30), f.start) or self.on_a_list(f):
            return  # "handed over a list of 1,000 names": names on paper, not people
        if self.each(f, np, lo):
            return
        if self.shares_sides(f, np):
            return
        if np.owner is None and i + 1 < len(self.figures):
            np = self.owner_from_parts(np, self.figures[i + 1], self.limit(i + 1))
        self.own_leg(f, np, lo, hi)

    def shared_noun(self, i: int, f: Figure, np: NounPhrase) -> tuple[Figure, NounPhrase] | None:
        """"13 Israeli and 10 Thai hostages", "Fifteen Saudi and four Sudanese soldiers": two figures
        sharing the noun after the second are the parts of one leg, added up; the first part's
        demonym names their side."""
        if np.kind != "bare" or i + 1 >= len(self.figures):
            return None
        g = self.figures[i + 1]
        s = self.s
        between = s[f.end : g.start]
        if not re.fullmatch(rf"\s+(?:[^\W\d_][\w'’-]*\s+){{1,2}}{AND}\s+", between):
            return None
        if self.lang.verbs.find(between) or self.lang.categories.find(between):
            return None
        g_np = self.phrase(g, self.limit(i + 1))
        if g_np.kind != "np" or g_np.category is None:
            return None
        named = [p for p in self.parties if f.end <= p.start < g.start]
        owner = named[0].label if named else None
        if owner and g_np.owner and g_np.owner != owner:
            return None  # "13 Israeli and 39 Palestinian prisoners": two sides' people
        self.used.add(i + 1)
        both = Figure(f.start, g.end, f.value + g.value, f.approx or g.approx, f.word or g.word)
        return both, NounPhrase(both, g_np.category, owner or g_np.owner, g_np.end, "np", g_np.holder)

    def owner_from_parts(self, np: NounPhrase, part: Figure, limit: int) -> NounPhrase:
        """"24 hostages, including 13 Israelis, 10 Thais …": a whole whose first listed part is one
        side's people belongs to that side."""
        sub = self.lang.marker("subset").search(self.s, np.end, part.start)
        if (sub is None or words_between(self.s, np.end, sub.start) > 1
                or words_between(self.s, sub.end, part.start) > 0):
            return np
        owner = self.phrase(part, limit).owner
        if owner is None:
            return np
        return NounPhrase(np.figure, np.category, owner, np.end, np.kind, np.holder)

    def one_body(self) -> None:
        """"Israel received the body of hostage Dror Or": a body named in the singular (or remains
        followed by one person's name), with no figure of its own, is one."""
        s = self.s
        named = self.lang.marker("one_body_named").find(s)  # "the remains of hostage Eli Margalit"
        if named:
            names = [a for a, _ in person_names(s, self.lang)]
            named = [m for m in named if any(a >= m.end and words_between(s, m.end, a) <= 2 for a in names)]
        for m in sorted(self.lang.marker("one_body").find(s) + named, key=lambda m: m.start):
            if any(m.start - 3 <= f.end and f.start <= m.end + 12 for f in self.figures):
                continue  # "the body of 1 hostage", "the bodies of 34": a figure says it
            f = Figure(m.start, m.end, 1, word=True)
            np = noun_phrase(s, f, len(s), self.lang, self.parties)
            np = NounPhrase(f, "bodies", np.owner, max(np.end, m.end), "np", np.holder)
            lo, hi = clause_of(self.bounds, m.start)
            if not self.negated(f, lo):
                self.own_leg(f, np, lo, hi)

    def names_for_names(self) -> None:
        """"Brittney Griner was freed in exchange for Russian arms dealer Viktor Bout": a person
        named on each side of "in exchange for" makes a leg each way. Whose people they are
        comes from the side named after the marker (Bout's), else from the side named before it
        (who held the first)."""
        s = self.s
        marks = self.lang.marker("in_return_for").find(s)
        if not marks:
            return
        m = marks[0]
        names = person_names(s, self.lang)
        left = [n for n in names if n[1] <= m.start]
        right = [n for n in names if n[0] >= m.end and words_between(s, m.end, n[0]) <= 6]
        if not left or not right:
            return
        after = [p for p in self.parties if p.start >= m.end]
        before = [p for p in self.parties if p.end <= m.start]
        if after:  # the second person's side
            theirs = after[0].label
            mine = self.sides.opponent(theirs)
        elif before:  # who held and freed the first person
            mine = self.sides.opponent(before[-1].label)
            theirs = before[-1].label
        else:
            return
        if not mine or not theirs or mine == theirs:
            return
        for (a, b), (start, end) in (((theirs, mine), left[-1]), ((mine, theirs), right[0])):
            # no figure is written, so none is given (the annotation guide's "no number → null")
            self.out.append(RawLeg(a, self.sides.people_of(b), "prisoners", None, self.sent.start + start,
                                   self.sent.start + end, self.sent, "names-for-names"))

    def named_people(self) -> None:
        """"Moscow freed the teacher Marc Fogel", "Washington released Alexander Vinnik in return": a
        side that hands over a person it names makes a leg with no figure."""
        s = self.s
        if not any(v.label == "give" for v in self.verbs):
            return
        # a person named, or "him"/"her" (a person named before)
        names = person_names(s, self.lang) + [(m.start, m.end) for m in self.lang.marker("person_pronoun").find(s)]
        if not names:
            return
        for v in self.verbs:
            if v.label != "give":
                continue
            lo, hi = clause_of(self.bounds, v.start)
            subject = [p for p in self.parties if lo <= p.start and p.end <= v.start
                       and words_between(s, p.end, v.start) <= 3]
            person = [n for n in names if v.end <= n[0] < hi and words_between(s, v.end, n[0]) <= 3
                      and not self.lang.marker("from_words").find(s, v.end, n[0])]
            if not subject or not person or self.negated(Figure(person[0][0], person[0][1], 1), lo):
                continue
            side = subject[-1].label
            frm, to = side, self.sides.receiver_of(side)
            if frm and to and frm != to:
                self.out.append(RawLeg(frm, to, "prisoners", None, self.sent.start + person[0][0],
                                       self.sent.start + person[0][1], self.sent, "named-person"))

    def on_a_list(self, f: Figure) -> bool:
        """"передала Киеву список, в котором значатся более 500 человек", "a list which names 500
        prisoners": the figure is in a relative clause about a list handed over."""
        s, lang = self.s, self.lang
        lists = lang.marker("list_of").find(s, max(0, f.start - 50), f.start)
        if not lists:
            return False
        gap = s[lists[-1].end : f.start]
        return (bool(lang.marker("relative").find(gap)) and words_between(s, lists[-1].end, f.start) <= 6
                and not lang.verbs.find(gap))

    def negated(self, f: Figure, lo: int) -> bool:
        """The verb before the figure is negated ("did not return", "не передала", "nie przekazała")."""
        before = [v for v in self.verbs if lo <= v.start and v.end <= f.start]
        if not before:
            return False
        v = before[-1]
        window = self.s[max(lo, v.start - 16) : v.start]
        return bool(self.lang.marker("negation").find(window))

    def breakdown(self, i: int) -> bool:
        """"390 came home – 270 soldiers and 120 civilians": after a dash, figures adding up to
        an earlier one are its parts."""
        f = self.figures[i]
        dash = max(self.s.rfind(" – ", 0, f.start), self.s.rfind(" — ", 0, f.start), self.s.rfind(": ", 0, f.start))
        if dash < 0:
            return False
        wholes = {g.value for g in self.figures if g.end <= dash}
        parts = [g.value for g in self.figures if g.start > dash]
        return len(parts) > 1 and sum(parts) in wholes

    def pair(self, i: int, f: Figure, np: NounPhrase, lo: int, hi: int) -> bool:
        """"390 for 390", "1000:38", "146 prisoners for 146"."""
        if i + 1 >= len(self.figures):
            return False
        s, lang = self.s, self.lang
        g = self.figures[i + 1]
        between = s[f.end : g.start]
        np2 = self.phrase(g, self.limit(i + 1))
        g_bare = np2.kind == "bare" and re.match(r"\s*(?:[.,;:!?)]|$)", s[g.end :])
        pair_words = lang.marker("pair")
        # "390 for 390", "1000 in exchange for 38" — but not "97 bin mayının haritası karşılığında 15"
        # (97,000 mines' maps for 15): a bare figure pairs only through the pair words themselves
        rest = between
        for w in reversed(pair_words.find(between)):
            rest = rest[: w.start] + " " + rest[w.end :]
        if not (between.strip() == ":" or (pair_words.find(between) and words_between(s, f.end, g.start) <= 3
                                           and np.kind == "bare" and not re.search(r"[^\W\d_]{3,}", rest))
                or (g_bare and pair_words.find(s[np.end : g.start]) and words_between(s, np.end, g.start) <= 1)):
            return False
        only = {c.label for c in lang.categories.find(s)}
        cat = np2.category or np.category or (only.pop() if len(only) == 1 else self.last_category)
        others = [h for j, h in enumerate(self.figures) if j not in (i, i + 1) and self.phrase(h, len(s)).kind == "np"]
        if others:  # "the 1000-for-1000 exchange: the first 390 soldiers came home"
            self.used.add(i + 1)
            return True
        if not cat:
            return False
        self.used.add(i + 1)
        self.out.extend(_pair_legs(self.sent, f, g, cat, lo, hi, s, lang, self.parties, self.verbs, self.sides))
        return True

    def bare(self, f: Figure) -> NounPhrase | None:
        """"while Ukraine returned 30", "российская сторона — 31", "and Kyiv 563"."""
        s = self.s
        v = near_before(self.verbs, f.start, 2, s)
        dash = re.search(r"[—–-]\s*$", s[max(0, f.start - 4) : f.start])
        named = near_before(self.parties, f.start, 0, s)
        if named is None:  # "y Moscú a 150": a particle ("a") between the side and its figure
            p = near_before(self.parties, f.start, 1, s)
            gap = s[p.end : f.start] if p is not None else ""
            if p is not None and re.fullmatch(r"\s*[^\W\d_]+\s*", gap) and self.lang.marker("bare_particle").find(gap):
                named = p
        cat = self.out[-1].category if self.out else self.last_category or _sentence_category(s, self.lang)
        if not (v or dash or named) or cat is None or 1900 <= f.value <= 2100:
            return None
        return NounPhrase(f, cat, None, f.end, "bare")

    def each(self, f: Figure, np: NounPhrase, lo: int) -> bool:
        """"84 each", "each side released 157", "по 84", "84'er": one leg per side."""
        s, lang = self.s, self.lang
        # "84 each", and after a passive: "185 prisonniers ont été échangés de part et d'autre"
        _, hi = clause_of(self.bounds, f.start)
        following = [g.start for g in self.figures if g.start > f.end]
        tail = s[np.end : min([hi] + following)]
        before_word = re.search(r"(\w+)\s*$", s[max(0, f.start - 12) : f.start])
        suffix = s[f.end : f.end + 5].lower()
        each_hits = _each_words(tail, lang)
        if not each_hits and following and re.fullmatch(rf"\s*,?\s*{AND}\s*", tail):
            # "185 soldiers and 20 civilians each": the "each" after the last part is the first's too
            g = next(g for g in self.figures if g.start == following[0])
            each_hits = _each_words(s[g.end : min([hi] + [h for h in following if h > g.start])], lang)
        is_each = (bool(each_hits) or bool(lang.marker("each_side").find(s, lo, f.start))
                   or (before_word is not None and before_word.group(1).lower() in lang.each_before)
                   or any(suffix.startswith(x) for x in lang.each_suffix))
        pair = self.sides.main_pair() if is_each else None
        if not pair:
            return False
        for a, b in (pair, pair[::-1]):
            self.out.append(RawLeg(a, self.sides.people_of(b), np.category, f.value, self.sent.start + f.start,
                                   self.sent.start + f.end, self.sent, "each", f.approx))
        return True

    def shares_sides(self, f: Figure, np: NounPhrase) -> bool:
        """"270 Ukrainian soldiers and 120 civilians": the second part shares the first's sides."""
        prev = self.out[-1] if self.out else None
        if (np.owner is not None or prev is None or prev.category != np.category
                or not re.fullmatch(rf"\s*(?:,|{AND})\s*",
                                    self.s[prev.end - self.sent.start : f.start])):
            return False
        self.out.append(RawLeg(prev.from_, prev.to, np.category, f.value, self.sent.start + f.start,
                               self.sent.start + np.end, self.sent, "np:shared-sides", f.approx))
        return True

    def joint(self, f: Figure, np: NounPhrase) -> tuple[str, str] | None:
        """"Ukraine and Russia … the release of 150 individuals", "an exchange of two prisoners
        between the US and Russia", "a swap involving 300 people": both sides as one subject (or
        after "between" or "involving"), and no owner named for the people, make a figure for
        both sides together, not a leg."""
        if np.owner is not None:
            return None
        involving = self.lang.marker("involving").find(self.s, max(0, f.start - 25), f.start)
        if involving and words_between(self.s, involving[-1].end, f.start) <= 2:
            return self.sides.main_pair()  # "a swap involving almost 300 people": both sides' people together
        before = [p for p in self.parties if p.end <= f.start]
        after = [p for p in self.parties if np.end <= p.start]  # "and" may end the clause: read on
        if len(before) >= 2:
            a, b = before[-2], before[-1]  # the last two sides named before the figure
        elif (len(after) >= 2 and self.lang.marker("between").find(self.s, np.end, after[0].start)
              and words_between(self.s, np.end, after[0].start) <= 3):
            a, b = after[0], after[1]
        else:
            return None
        if opposed(a.label, b.label) and re.fullmatch(rf"\s*{AND}\s*", self.s[a.end : b.start]):
            return a.label, b.label  # not "Russia and Belarus freed 16 people": allies hand over together
        return None

    def own_leg(self, f: Figure, np: NounPhrase, lo: int, hi: int) -> None:
        """Direction from the clause, else read across a dash, else from the whole sentence."""
        s, lang = self.s, self.lang
        pair = self.joint(f, np)
        if pair:
            for a, b in (pair, pair[::-1]):  # both sides, each one's figure unknown
                self.out.append(RawLeg(a, self.sides.people_of(b), np.category, None, self.sent.start + f.start,
                                       self.sent.start + np.end, self.sent, "joint", f.approx))
            return
        args = (np, lang, self.parties, self.verbs, self.sides)
        frm, to, rule = read_direction(s, lo, hi, *args)
        if frm is None and to is None:  # "…, российская сторона — 31"
            frm, to, rule = read_direction(s, *clause_of(clause_bounds(s, lang, dashes=False), f.start), *args)
        if rule in ("np-owner", "clause") and not _handover_near(s, f.start, lang):
            return  # a number of people with no handover in sight: "12 prisoners were in court"
        if frm is None and to is None:
            frm, to, rule = read_direction(s, 0, len(s), *args)
        if frm is None and to is None:
            frm, to, rule = self.announced(f, np)
        another = lang.marker("another").search(s, max(0, f.start - 20), f.start)
        if (frm is None and to is None and not self.parties and another is not None
                and np.category in self.last_sides):
            # "Another 1,200 bodies were returned on 14 June.": no side named, the previous leg's
            frm, to = self.last_sides[np.category]
            rule = "previous-sides"
        prev = self.out[-1] if self.out else None
        if (np.kind == "bare" and rule.endswith("-return") and prev is not None and prev.to == to
                and prev.from_ == frm and frm is not None):
            # "Russia freed 120 Ukrainian soldiers, while Ukraine returned 90": the subject already got
            # its own back in this sentence; its bare figure went the other way
            frm, to = to, self.sides.people_of(frm)
        back = lang.marker("in_return_for").find(s, lo, f.start)
        if back and not [v for v in self.verbs if back[-1].end <= v.start < f.start]:
            # "in exchange for 39 prisoners", not "W zamian za nich Izrael wypuścił 369" (a verb of its own)
            self.returns.append(len(self.out))
            frm, to, rule = frm or "?", to or "?", "in-return-for"
        if to is None:
            if frm is None and np.kind == "np":
                self.sideless.append((f, np, lo, hi))
            return
        more = lang.marker("another").find(s, lo, f.start)
        self.out.append(RawLeg(frm, to, np.category, f.value, self.sent.start + f.start, self.sent.start + np.end,
                               self.sent, f"{np.kind}:{rule}", f.approx,
                               additional=self.more_of(more, lo, f)))

    def more_of(self, more: list[Match], lo: int, f: Figure) -> bool:
        """"a second flight with 117", and "Zusätzlich habe Russland als Geste des guten Willens 22 …"
        when the word opens the figure's clause."""
        if not more:
            return False
        gap = words_between(self.s, more[-1].end, f.start)
        return gap <= 6 or (not self.s[lo : more[-1].start].strip() and gap <= 10)

    def other_way(self) -> None:
        """"three civilian women were released, and Israel freed 90 Palestinian prisoners": people
        handed over in one clause with no side named went the other way of the sentence's leg
        told in another clause."""
        if not self.sideless:
            return
        legs = [g for i, g in enumerate(self.out) if i not in self.returns]
        directions = {(g.from_, g.to) for g in legs}
        # the other leg's giver is its clause's subject: "and Israel freed 90 Palestinian prisoners"
        if len(directions) != 1 or not all(g.from_ and g.to and "subject" in g.rule for g in legs):
            return
        frm, to = next(iter(directions))
        actor = party_knowledge().get("actors", {}).get(to, to)  # Hamas, not "the Palestinians"
        back_to = self.sides.people_of(frm)
        if actor == frm or back_to == to:
            return
        first = min(g.start - self.sent.start for g in legs)
        for f, np, _lo, _hi in self.sideless:
            if f.start > first or np.category not in {g.category for g in legs}:
                continue  # told before the other leg, about the same kind of people
            other_lo = clause_of(self.bounds, first)[0]
            if not [v for v in self.verbs if np.end <= v.start < other_lo and v.label == "give"]:
                continue  # "… were released, and Israel freed …": handed over, in a clause before the other leg's
            self.out.append(RawLeg(actor, back_to, np.category, f.value, self.sent.start + f.start,
                                   self.sent.start + np.end, self.sent, f"{np.kind}:other-way", f.approx))

    def announced(self, f: Figure, np: NounPhrase) -> tuple[str | None, str | None, str]:
        """"Ukraine announced the repatriation of 1,200 bodies", "Russia's Defence Ministry says
        150 prisoners were swapped": a side that tells of a handover or a swap of people it does
        not name as anyone's got its own back."""
        s = self.s
        nouns = [h for h in self.lang.handover.find(s, 0, f.start) if words_between(s, h.end, f.start) <= 3]
        # "150 prisoners were swapped", not "a … prisoner exchange" nor "three hostages in exchange for"
        returns = self.lang.marker("in_return_for").find(s, np.end, len(s))
        nouns += [h for h in self.lang.exchange.find(s, np.end, len(s))
                  if 1 <= words_between(s, np.end, h.start) <= 2
                  and not any(r.start <= h.start < r.end for r in returns)]
        if not nouns:
            return None, None, "none"
        recipients = self.lang.marker("recipient").find(s)
        end = min(f.start, nouns[-1].start)
        sides = [p.label for p in self.parties if p.end <= end
                 and not any(r.start <= p.start < r.end for r in recipients)]
        # "the Russian Defence Ministry reported the return of 150 servicemen": its own side
        sides += [self.lang.organisation_sides[o.label] for o in self.lang.organisations.find(s, 0, end)
                  if o.label in self.lang.organisation_sides]
        if not sides:
            return None, None, "none"
        to = sides[0]
        return self.sides.opponent(to), to, "announced-handover"

    def same_number(self) -> None:
        """"Kyiv received the same number of prisoners": the other side, the previous figure."""
        s = self.s
        for m in self.lang.marker("same_number").find(s):
            ref = self.out[-1] if self.out else None
            count = ref.count if ref else self.last_count
            cat = (ref.category if ref else None) or self.last_category
            if count is None or cat is None:
                continue
            lo, hi = clause_of(self.bounds, m.start)
            np = noun_phrase(s, Figure(m.start, m.end, count), len(s), self.lang, self.parties)
            np.category = cat
            frm, to, rule = read_direction(s, lo, hi, np, self.lang, self.parties, self.verbs, self.sides)
            if ref and ((frm, to) == (ref.from_, ref.to) or to is None):
                # "270 soldiers … for an equivalent number of its detainees": the other way
                frm = party_knowledge().get("actors", {}).get(ref.to, ref.to)  # Hamas, not "the Palestinians"
                to = self.sides.people_of(ref.from_) if ref.from_ else None
            if to is None:
                continue
            self.out.append(RawLeg(frm, to, cat, count, self.sent.start + m.start, self.sent.start + m.end,
                                   self.sent, "same-number:" + rule))


def _in_subset_list(s: str, f: Figure, subsets: list[Match], figures: list[Figure]) -> bool:
    """After "including"/"among them" the figures that follow, up to a dash or a full stop, are
    parts. A marker right after a figure ("seven of them") belongs to that figure alone."""
    for m in subsets:
        if m.end > f.start or any(0 <= m.start - g.end <= 2 for g in figures):
            continue
        gap = s[m.end : f.start]
        if (words_between(s, m.end, f.start) <= 6 and not re.search(r"[–—;:.]", gap)
                and not re.search(rf",\s+{AND}\s", gap)):  # ", and on Saturday 307"
            return True
    return False


def _each_words(text: str, lang: Language) -> list[Match]:
    """"each" words in `text`, not "passed each other"."""
    return [h for h in lang.marker("each").find(text) if not text[h.end :].lstrip().lower().startswith("other")]


def _sentence_category(s: str, lang: Language) -> str | None:
    """The category a sentence speaks of: bodies if it names any (body words are specific,
    people words are not: "the bodies of dead soldiers"), else prisoners if it names people."""
    labels = {c.label for c in lang.categories.find(s)}
    return "bodies" if "bodies" in labels else ("prisoners" if labels else None)


def _handover_near(s: str, pos: int, lang: Language) -> bool:
    """A handover word in the figure's sentence, unless the figure's clause speaks of a court,
    a capture or a detention ("12 prisoners were present at the court")."""
    lo, hi = clause_of(clause_bounds(s, lang), pos)
    if lang.marker("not_handover").find(s, lo, hi):
        return False
    return bool(lang.exchange.find(s) or lang.handover.find(s) or lang.verbs.find(s))


def _reverse_returns(out: list[RawLeg], returns: list[int], sides: Sides) -> None:
    """"In exchange for the three hostages, Israel freed 183 Palestinians": the three went
    the other way of the sentence's main leg."""
    main = next((leg for i, leg in enumerate(out) if i not in returns), None)
    for i in sorted(returns, reverse=True):
        leg = out[i]
        if main is None:
            del out[i]
            continue
        leg.to = sides.people_of(main.from_) if main.from_ else None
        leg.from_ = sides.opponent(leg.to) or main.to
        if leg.to is None:
            del out[i]


def _pair_legs(sent, f, g, cat, lo, hi, s, lang, parties, verbs, sides) -> list[RawLeg]:
    """"A for B": the first figure goes to the subject's side if it got people back, else
    leaves it; without a subject, the first-ranked side of the report receives the first."""
    outside = [p for p in parties if lo <= p.start < f.start]
    v = [x for x in verbs if lo <= x.start < f.start]
    pair = sides.main_pair()
    if outside:
        subj = outside[-1].label
        other = sides.opponent(subj)
        if v and v[0].label == "give":
            a_to, b_to = other, subj
        else:
            a_to, b_to = subj, other
    elif pair:
        a_to, b_to = pair
    else:
        return []
    if not a_to or not b_to:
        return []
    return [
        RawLeg(sides.opponent(a_to), a_to, cat, f.value, sent.start + f.start, sent.start + f.end,
               sent, "pair", f.approx),
        RawLeg(sides.opponent(b_to), b_to, cat, g.value, sent.start + g.start, sent.start + g.end,
               sent, "pair", g.approx),
    ]


def _each_joined(gap: str, lang: Language) -> bool:
    """The words between two figures for each side join two parts of one whole: a noun or two,
    maybe "each", then "and" / "as well as", maybe "по" ("185 военных и по 20")."""
    joins = rf"(?:{AND}|as well as|а также|а також)"
    words = re.fullmatch(rf"\s*(?:[^\W\d_]+[\s,]+){{1,4}}?{joins}\s+(?P<tail>[^\W\d_]+\s+)?", gap, re.IGNORECASE)
    if words is None:
        return False
    tail = (words["tail"] or "").strip().lower()
    return not tail or tail in lang.each_before


def _combine_parts(legs: list[RawLeg], s: str, lang: Language) -> list[RawLeg]:
    """Figures for the same leg in one sentence: a total and its parts keep the total;
    parts joined by "and" ("270 soldiers and 120 civilians") are added up."""
    out: list[RawLeg] = []
    groups: dict[tuple, list[RawLeg]] = {}
    for leg in legs:
        groups.setdefault((leg.from_, leg.to, leg.category), []).append(leg)
    for group in groups.values():
        if len(group) > 1 and all(g.rule == "each" for g in group) and all(
                _each_joined(s[a.end - a.sentence.start : b.start - b.sentence.start], lang)
                for a, b in zip(group, group[1:], strict=False)):
            # "each side released 185 soldiers and 20 civilians", "по 185 военных и по 20 гражданских",
            # "185 soldiers each, as well as 20 civilians each": 205 each
            first = group[0]
            out.append(RawLeg(first.from_, first.to, first.category, sum(g.count for g in group), first.start,
                              group[-1].end, first.sentence, "each", any(g.approx for g in group)))
            continue
        if len(group) == 1 or any(g.rule.startswith(("pair", "each", "same", "bare")) for g in group):
            out.extend(group)
            continue
        counts = [g.count for g in group if g.count is not None]
        biggest = max(counts)
        rest = sum(counts) - biggest
        if rest == biggest or len(set(counts)) == 1:
            keep = next(g for g in group if g.count == biggest)
            out.append(keep)
            continue
        first = group[0]
        joined = s[group[0].end - first.sentence.start : group[-1].start - first.sentence.start]
        if len(joined) < 60 and re.search(rf"(?<!\w)({AND}|as well as)(?!\w)|\+",
                                          joined):
            merged = RawLeg(first.from_, first.to, first.category, sum(counts), first.start,
                            group[-1].end, first.sentence, "sum:" + first.rule,
                            any(g.approx for g in group))
            out.append(merged)
        else:
            out.extend(group)
    return sorted(out, key=lambda r: r.start)
