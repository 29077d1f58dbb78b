"""Parties: which side a mention points to, and who stands against whom."""

from __future__ import annotations

from collections import Counter

from parley.extract.language import party_knowledge


def opposed(a: str, b: str) -> bool:
    """Does `a` stand against `b` (parties.toml [opponents])?"""
    return b in party_knowledge()["opponents"].get(a, [])


def any_opposed(labels: set[str]) -> bool:
    """Do two of these sides stand against each other ("Russia and Ukraine", not "Russia and Belarus")?"""
    return any(opposed(a, b) for a in labels for b in labels)


class Sides:
    """The parties a report is about, ranked by how often its exchange sentences name them."""

    def __init__(self, counts: Counter):
        self.counts = counts

    def ranked(self) -> list[str]:
        return [p for p, _ in self.counts.most_common()]

    def names(self, party: str) -> bool:
        """Does the report name this side (or the people it acts for)?"""
        return bool(self.counts.get(party)) or any(
            self.counts.get(p) for p, actor in party_knowledge().get("actors", {}).items() if actor == party)

    def opponent(self, party: str | None) -> str | None:
        """The other side of an exchange with `party`, preferring one the report names."""
        if party is None:
            return None
        options = list(party_knowledge()["opponents"].get(party, []))
        for p in self.ranked():
            if p in options:
                return p
        return options[0] if options else None

    def people_of(self, party: str) -> str:
        """Whom a party's released people are counted as (Hamas's prisoners → Palestinians)."""
        return party_knowledge().get("people_of", {}).get(party, party)

    def receiver_of(self, giver: str | None) -> str | None:
        """Who gets people back when `giver` hands them over."""
        other = self.opponent(giver)
        return self.people_of(other) if other else None

    def main_pair(self) -> tuple[str, str] | None:
        ranked = self.ranked()
        for i, a in enumerate(ranked):
            for b in ranked[i + 1 :]:
                if b in party_knowledge()["opponents"].get(a, []):
                    return (a, b)
        if ranked:
            b = self.opponent(ranked[0])
            if b:
                return (ranked[0], b)
        return None
