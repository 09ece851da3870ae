"""Sorting titles the way German and Dutch readers expect."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)  # every overview sorts the same titles again
def collation_key(text: str) -> str:
    """Sort key for German and Dutch titles: umlauts as their base letter (DIN 5007-1), ß as ss, case-blind."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ẞ", "SS"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
