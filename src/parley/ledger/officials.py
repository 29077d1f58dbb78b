"""Who speaks for whom: cited sources → one canonical key and, for officials, their side.

Two reports citing "Zelensky" and "Зеленський" repeat one origin, and a figure given by the
receiving side's officials outranks a media estimate; both need the name resolved. The names
are data (officials.toml): add an entry when a new official or body is cited often.
"""

from __future__ import annotations

import pathlib
import tomllib
from functools import lru_cache


def _load() -> tuple[dict[str, tuple[str | None, tuple[str, ...]]], set[str]]:
    with (pathlib.Path(__file__).parent / "officials.toml").open("rb") as fh:
        data = tomllib.load(fh)
    officials = {key: (entry.get("side"), tuple(entry["names"])) for key, entry in data["officials"].items()}
    return officials, set(data["agencies"]["names"])


# canonical key: (side or None for mediators/neutral bodies, lower-case name fragments)
OFFICIALS, AGENCIES = _load()


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
