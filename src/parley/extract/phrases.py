"""Noun phrases: what a figure counts ("1,000 fallen Ukrainian servicemen", "the bodies of 38
soldiers", "тысячу тел") and whose people they are (the demonym inside the phrase)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.extract.language import Language, Match, party_knowledge
from parley.extract.numbers import Figure
from parley.extract.text import AND

_WORD = re.compile(r"[\w'’-]+")


def words_between(text: str, a: int, b: int) -> int:
    return len(_WORD.findall(text[a:b]))


@dataclass
class NounPhrase:
    figure: Figure
    category: str | None
    owner: str | None
    end: int  # local end of the phrase
    kind: str  # np, bare
    holder: str | None = None  # "24 Hamas hostages": held by Hamas


def noun_phrase(s: str, f: Figure, nxt: int, lang: Language, parties: list[Match]) -> NounPhrase:
    """What the figure at local span f counts: category noun within four words after it."""
    window_end = min(nxt, len(s))
    cat_hits = [
        c for c in lang.categories.find(s, f.end, window_end) if words_between(s, f.end, c.start) <= 4
    ]
    category = None
    end = f.end
    if cat_hits:
        # "1,000 bodies of soldiers" / "тел погибших военных": a body noun anywhere in the
        # phrase wins over the people it describes.
        head = cat_hits[0]
        phrase_hits = [head]
        for c in cat_hits[1:]:  # "тел погибших военных", but not "civilians in the prisoner swap"
            gap = s[phrase_hits[-1].end : c.start]
            if words_between(s, phrase_hits[-1].end, c.start) > 2 or re.search(r"[,;:.]", gap) or (
                    lang.marker("from_words").find(gap) or lang.marker("to_words").find(gap)
                    or lang.venue_words.find(gap)):
                break
            phrase_hits.append(c)
        category = "bodies" if any(c.label == "bodies" for c in phrase_hits) else "prisoners"
        end = phrase_hits[-1].end
    before = s[max(0, f.start - 40) : f.start]
    heads = lang.body_heads.find(before)
    if heads:  # "the bodies of 1,000 …", "тела более 1000": a body noun right before the figure
        gap = before[heads[-1].end :]
        if (words_between(gap, 0, len(gap)) > 2 or lang.verbs.find(gap) or lang.parties.find(gap)
                or lang.marker("not_of").find(gap)):  # not "bodies between the two sides"
            heads = []
    if heads:
        category = "bodies"
        if not cat_hits:
            end = f.end
    if category is None:
        return NounPhrase(f, None, None, f.end, "bare")
    # owner: a demonym between figure and noun, or right after the noun ("of Ukraine")
    tail_end = min(window_end, end + 40)
    owner = None
    for p in parties:
        gap = s[end : p.start]
        # "civilians from Russian captivity" / "handed to Ukraine": origin and goal, not owner;
        # "two prisoners between the US and Russia": both sides; "909 bodies that Moscow says…": another clause
        prep = (lang.marker("from_words").find(gap) + lang.marker("to_words").find(gap)
                + lang.marker("between").find(gap) + lang.marker("relative").find(gap))
        verb_after = lang.verbs.search(s, p.end, min(len(s), p.end + 20))  # "bodies Hamas handed over"
        if f.end <= p.start < end or (not lang.subject_first and end <= p.start < tail_end
                                      and words_between(s, end, p.start) <= 2
                                      and not (verb_after and words_between(s, p.end, verb_after.start) == 0)
                                      and not re.search(rf"[,;.:!?]|(?<!\w){AND}(?!\w)", gap) and not prep):
            owner = p.label
            break
    if owner is None and heads:
        span_start = max(0, f.start - 40) + heads[-1].start
        for p in parties:
            if span_start <= p.start < f.start:
                owner = p.label
    if owner is None and cat_hits:  # "Russia said 82 of its troops were back home": the speaker's own
        owner = _possessor(s, f, cat_hits[0], lang, parties)
    if owner is None:  # "146 захисників": words that name one side's own people
        for side, words in lang.owner_words.items():
            if words.find(s, f.end, end):
                owner = side
                break
    holder = None
    if owner in party_knowledge().get("holders", []) and lang.held_by.find(s, f.end, end):
        holder, owner = owner, None
    return NounPhrase(f, category, owner, end, "np", holder)


def _possessor(s: str, f: Figure, noun: Match, lang: Language, parties: list[Match]) -> str | None:
    """"82 of its troops", "150 of their servicemen": the people belong to the side named before
    the figure (not the receiver, "handed to Ukraine"), or to the side an organisation speaks for;
    not "82 of its prisoners", who are the other side's people it held."""
    gap = s[f.end : noun.start]
    if not lang.marker("own_possessive").find(gap) or lang.marker("held_nouns").find(s, noun.start, noun.end):
        return None
    recipients = lang.marker("recipient").find(s, 0, f.start) + lang.marker("to_words").find(s, 0, f.start)
    # "exchange with Russia … brought back 30 of its people": a partner after "with" is not the possessor
    partners = lang.marker("comitative").find(s, 0, f.start)
    named = [p for p in parties if p.end <= f.start
             and not any(r.end <= p.start and words_between(s, r.end, p.start) <= 1 for r in recipients)
             and not any(c.end <= p.start and words_between(s, c.end, p.start) == 0 for c in partners)]
    orgs = [(o.start, lang.organisation_sides[o.label]) for o in lang.organisations.find(s, 0, f.start)
            if o.label in lang.organisation_sides]
    found = [(p.start, p.label) for p in named] + orgs
    return max(found)[1] if found else None


def near_before(hits: list[Match], pos: int, window: int = 3, s: str = "") -> Match | None:
    """The hit ending just before `pos` (within `window` words)."""
    best = None
    for h in hits:
        if h.end <= pos and words_between(s, h.end, pos) <= window:
            best = h
    return best
