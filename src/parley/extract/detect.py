"""Language of a report: the header's word if it has one, else lingua's guess."""

from __future__ import annotations

import functools

from parley.extract.language import SUPPORTED

# every language with a data file in lang/: adding a file adds a language
CANDIDATES = SUPPORTED


@functools.cache
def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in CANDIDATES if hasattr(IsoCode639_1, c.upper())]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def detect_language(text: str, hint: str | None = None) -> str:
    """The header's code when parley reads that language ("uk", "pt-BR"), else lingua's guess
    among the languages parley has data for."""
    code = (hint or "").strip().lower()[:2]
    if code in CANDIDATES:
        return code
    lang = _detector().detect_language_of(text[:3000])
    return lang.iso_code_639_1.name.lower() if lang else "en"
