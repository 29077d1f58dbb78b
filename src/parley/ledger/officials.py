"""Who speaks for whom: cited sources → one canonical key and, for officials, their side.

Two reports citing "Zelensky" and "Зеленський" repeat one origin, and a figure given by the
receiving side's officials outranks a media estimate; both need the name resolved. This is
data, kept small on purpose: add a line when a new official or body is cited often.
"""

from __future__ import annotations

from functools import lru_cache

# canonical key: (side or None for mediators/neutral bodies, lower-case name fragments)
OFFICIALS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "Volodymyr Zelensky": ("Ukraine", ("zelensk", "зеленськ", "зеленск")),
    "Andriy Yermak": ("Ukraine", ("yermak", "єрмак", "ермак")),
    "Dmytro Lubinets": ("Ukraine", ("lubinets", "лубінец", "лубинец")),
    "Kyrylo Budanov": ("Ukraine", ("budanov", "буданов")),
    "Coordination Headquarters for the Treatment of Prisoners of War": (
        "Ukraine", ("coordination headquarters", "coordinating headquarters", "coordination staff",
                    "координационный штаб", "координаційний штаб", "коордштаб")),
    "Vladimir Medinsky": ("Russia", ("medinsky", "мединск", "мединськ")),
    "Tatyana Moskalkova": ("Russia", ("moskalkova", "москальков")),
    "Maria Zakharova": ("Russia", ("zakharova", "захаров")),
    "Shamsail Saraliyev": ("Russia", ("saraliyev", "саралиев", "саралієв")),
    "Dmitry Peskov": ("Russia", ("peskov", "песков")),
    "Russian Defense Ministry": (
        "Russia", ("russian defense ministry", "russian defence ministry", "russia's defense ministry",
                   "russia's defence ministry", "russian ministry of defen", "минобороны росс",
                   "минобороны рф", "министерство обороны росс", "министерство обороны рф",
                   "міноборони рф", "міноборони росії", "российское военное ведомство")),
    "Israel Defense Forces": ("Israel", ("israel defense forces", "idf", "israeli military")),
    "Benjamin Netanyahu": ("Israel", ("netanyahu",)),
    "Hamas": ("Hamas", ("hamas", "qassam", "хамас")),
    "Nikol Pashinyan": ("Armenia", ("pashinyan",)),
    "Tigran Avinyan": ("Armenia", ("avinyan",)),
    "Azerbaijan State Commission on Prisoners of War": ("Azerbaijan", ("azerbaijan's state commission",)),
    "ICRC": (None, ("icrc", "red cross", "мкчк", "мккк")),
    "UAE Ministry of Foreign Affairs": (None, ("uae ministry of foreign affairs", "uae foreign ministry")),
    "Steve Witkoff": (None, ("witkoff",)),
}


# news agencies relay what officials said: cited beside an official they are not an origin
AGENCIES = {"tass", "тасс", "ria novosti", "риа новости", "interfax", "интерфакс", "інтерфакс", "rbc", "рбк",
            "reuters", "afp", "ap", "associated press", "ukrinform", "укрінформ", "unian", "уніан", "anadolu",
            "xinhua", "sputnik", "ria", "риа"}


def is_agency(name: str) -> bool:
    return _fold(name) in AGENCIES


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


@lru_cache(maxsize=8192)
def resolve(name: str) -> tuple[str, str | None]:
    """(canonical key, side) for a cited source; unknown names are their own key, no side."""
    folded = _fold(name)
    for key, (side, fragments) in OFFICIALS.items():
        if any(f in folded for f in fragments):
            return key, side
    return folded, None


def sides_of(names: list[str]) -> list[str]:
    """The sides whose officials are among these sources, in order of first mention."""
    out: list[str] = []
    for name in names:
        side = resolve(name)[1]
        if side and side not in out:
            out.append(side)
    return out
