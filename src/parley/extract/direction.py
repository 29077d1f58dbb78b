"""Direction: who handed over and who got back the people a noun phrase counts.

In order: the demonym inside the phrase (whose people they are); "to X" / "from X" and dative
receivers around the verb; the subject before the verb and the verb's kind (give: the subject
handed over; get: the subject got its people back; return: gave back, unless the people are
the subject's own or go "home"); and finally the report's opposing side.
"""

from __future__ import annotations

import functools
import re

from parley.extract.language import Language, Match, party_knowledge
from parley.extract.parties import Sides, opposed
from parley.extract.phrases import NounPhrase, near_before, words_between
from parley.extract.text import AND


def read_direction(
    s: str, lo: int, hi: int, np: NounPhrase, lang: Language, parties: list[Match],
    verbs: list[Match], sides: Sides,
) -> tuple[str | None, str | None, str]:
    """(from, to, rule) for the noun phrase within the clause s[lo:hi]."""
    owner = np.owner
    outside = [p for p in parties if lo <= p.start < hi and not (np.figure.start <= p.start < np.end)]
    to_words = lang.marker("to_words").find(s, lo, hi)
    from_words = lang.marker("from_words").find(s, lo, hi)
    to_party = from_party = None
    to_at: int | None = None  # where the receiver is named
    marked: list[Match] = []  # the mentions read as receiver or origin: not subjects
    recipients = lang.marker("recipient").find(s, lo, hi)
    for p in outside:
        if any(r.start <= p.start < r.end for r in recipients) and not near_before(from_words, p.start, 1, s):
            to_party = to_party or p.label  # "передала Украине": dative names the receiver
            to_at = to_at if to_at is not None else p.start
        elif (hit := near_before(to_words, p.start, 1, s)) and not _day_between(s, hit, p, lang):
            to_party = to_party or p.label
            to_at = to_at if to_at is not None else p.start
        elif near_before(from_words, p.start, 2, s):
            from_party = from_party or p.label
        else:
            continue
        marked.append(p)
    # a verb after the figure counts only right after its phrase ("12 captives were handed over"),
    # or anywhere later in the clause where verbs come last
    clause_verbs = [v for v in verbs if lo <= v.start < hi
                    and (v.end <= np.figure.start or words_between(s, np.end, v.start) <= 3 or lang.verb_final)]
    shared = False
    if not clause_verbs:  # "Украина получила 1 тыс., российская сторона — 31": the verb is shared
        clause_verbs = [v for v in verbs if v.end <= np.figure.start][-1:]
        shared = bool(clause_verbs)
    home = bool(lang.marker("home").find(s, lo, hi))
    subject = None
    verb = None
    if clause_verbs:
        before_fig = [v for v in clause_verbs if v.end <= np.figure.start]
        after_fig = [v for v in clause_verbs if v.start >= np.figure.end]
        if lang.verb_final and after_fig:
            verb = after_fig[0]
        else:
            verb = before_fig[-1] if before_fig else clause_verbs[0]
        # "Киев получил такое же количество пленных из ВСУ": Kyiv is the subject though "из ВСУ" names it too
        # and not "mit der Hamas" / "a swap with Russia": a side named with a comitative is a partner
        # (but "with Hamas freeing 24 hostages" makes Hamas the subject of the verb right after it)
        with_words = lang.marker("comitative").find(s, lo, hi)
        before = [p for p in outside if p.end <= verb.start and p not in marked
                  and not (near_before(with_words, p.start, 1, s) and s[p.end : verb.start].strip())]
        # "X handed over N": a subject needs the verb between it and the figure, unless the
        # language puts its verbs last ("Russland hat 1000 Leichen übergeben")
        subject = before[-1].label if before and (verb.end <= np.figure.start or lang.verb_final) else None
        if lang.verb_final and verb.start >= np.end:
            # "Zuvor hatte die Hamas zwei Frauen mit russischer Staatsangehörigkeit freigelassen": the
            # subject stands before the object, not in the words that describe it
            pre = [p for p in before if p.end <= np.figure.start]
            subject = pre[-1].label if pre else subject
        if subject is not None:
            # "Hamas and its ally Islamic Jihad released eight captives": the first named ("and" may end a clause)
            first = [p for p in parties if p.end <= before[-1].start]
            if first and _allies_joined(s, first[-1], before[-1]):
                subject = first[-1].label
        if lang.subject_first:
            bare = [p for p in before if not _case_marked(s, p, lang)]
            subject = bare[0].label if bare else None
        if subject is None and verb.start >= np.end:
            # "the four bodies Hamas handed over", "1212 ciał - Ukraina odebrała": a side right before
            # the verb that follows the figure is that verb's subject
            right = [p for p in before if p.start >= np.end and not s[p.end : verb.start].strip()]
            subject = right[-1].label if right else None
        if subject is None and lang.verb_final and lo > 0:
            # "Russland hat … übergeben und im Gegenzug 38 Leichen erhalten": the sentence's subject
            recipients_all = lang.marker("recipient").find(s)
            lead = [p for p in parties if p.end <= lo and not any(r.start <= p.start < r.end for r in recipients_all)]
            # "…, Israel setzte im Gegenzug 600 Gefangene auf freien Fuß": a side opening the comma's
            # clause the figure's clause belongs to is its subject, not the sentence's first side
            comma = max(s.rfind(",", 0, lo), s.rfind(";", 0, lo))
            near = [p for p in lead if comma >= 0 and p.start > comma
                    and re.fullmatch(r"[\s\w-]{0,12}", s[comma + 1 : p.start])]
            subject = near[0].label if near else (lead[0].label if lead else None)
        if subject is None and verb.label in ("get", "return"):
            # "Минобороны сообщило о возвращении 150 военнослужащих", "the Coordination
            # Headquarters said 303 soldiers returned home": the speaking side got its own back
            speakers = [lang.organisation_sides[o.label]
                        for o in lang.organisations.find(s, 0, min(verb.start, np.figure.start))
                        if o.label in lang.organisation_sides]
            subject = speakers[-1] if speakers else None
        if subject is None and lang.verb_second and verb.end <= np.figure.start:
            # "Am Donnerstag übergab Russland 1000 Leichen": the side right after the verb
            inverted = [p for p in outside if verb.end <= p.start < np.figure.start
                        and p.label not in (to_party, from_party)]
            subject = inverted[0].label if inverted else None
        if shared:  # the shared verb's subject in this clause stands before the figure
            mine = [p for p in outside if p.end <= np.figure.start and p.label not in (to_party, from_party)]
            subject = mine[-1].label if mine else None
        if subject is None:  # "…were handed over by Russia" / "переданы Украине"
            after = [p for p in outside if p.start >= verb.end and p.label not in (to_party, from_party)
                     and words_between(s, verb.end, p.start) <= 3]  # not "… are now in Belarus"
            subject_after = after[0].label if after else None
        else:
            subject_after = None
    else:
        subject_after = None
    frm, to, rule = from_party, owner or to_party, "np-owner" if owner else "clause"
    if verb is not None and subject:
        kind = verb.label
        if kind == "return":
            # "Ukraine returned 303 soldiers" brought its own home; "returned 38 bodies" gave back
            own = subject == owner or (owner is None and lang.return_default.get(np.category) == "get")
            kind = "get" if (home or own) else "give"
        if kind == "give":
            frm = frm or subject
            rule = f"subject-{verb.label}"
        elif (kind == "get" and to_party and to_party != subject and owner in (None, to_party)
              and to_at is not None and to_at > verb.start and not lang.verb_final
              and not [v for v in verbs if verb.end <= v.start < to_at]):  # not "…, and handed 43 to Russia"
            # "Russia repatriated 1,000 bodies to Ukraine": a named receiver other than the subject
            frm, to = frm or subject, to_party
            rule = f"subject-{verb.label}-to"
        elif kind == "get":
            to = owner or subject
            rule = f"subject-{verb.label}"
    elif verb is not None and subject_after:
        if verb.label == "give" and not to:
            to = subject_after  # dative after a passive: "переданы Украине"
        elif not frm:
            frm = subject_after
        rule = f"after-{verb.label}"
    if frm is None and np.holder:
        frm = np.holder
    frm = party_knowledge().get("actors", {}).get(frm, frm) if frm != to else frm
    if to is None and frm is not None:
        to = sides.receiver_of(frm)
    elif frm is None or frm == to:
        frm = sides.opponent(to)
        # "the 10 foreigners were flown to Saudi Arabia" in a report on Russia and Ukraine: a
        # side whose opponent the report never names is a venue or a mediator, not a party
        pair = sides.main_pair()
        if frm is not None and not sides.names(frm) and pair and to not in pair:
            return None, None, rule
    return frm, to, rule


def _day_between(s: str, hit: Match, p: Match, lang: Language) -> bool:
    """"В четверг Россия передала…": the preposition heads a day or month, not the side after it."""
    forms = _day_words(lang)
    return any(w in forms for w in re.findall(r"[\w'’]+", s[hit.end : p.start].lower()))


@functools.cache
def _day_words(lang: Language) -> frozenset[str]:
    """The weekday and month forms of a language's data, lower-cased (built once per language)."""
    return frozenset(w.lower() for table in (lang.weekday_forms, lang.month_forms) for ws in table.values() for w in ws)


def _allies_joined(s: str, a: Match, b: Match) -> bool:
    """"Hamas and (its ally) Islamic Jihad": two sides of the same camp joined as one subject."""
    opponents = party_knowledge().get("opponents", {})
    if a.label == b.label or opposed(a.label, b.label) or opponents.get(a.label) != opponents.get(b.label):
        return False
    return re.fullmatch(rf"\s*{AND}\s+(?:\w+\s+){{0,2}}", s[a.end : b.start]) is not None


def _case_marked(s: str, p: Match, lang: Language) -> bool:
    """"Ukrayna'dan", "Rusya ile": a side with a case ending or a postposition is not the subject."""
    return s[p.end : p.end + 1] in "'’" or bool(lang.marker("comitative_after").find(s, p.end, p.end + 6))
