"""Dates as a reader of each language writes them, at the precision a source gives (year, month or day).

Month names and the order of day, month and year come from the CLDR data of Babel (a dependency of Material), so
any language of the site is written correctly without a table of our own.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date, format_skeleton


def readable_date(value: str, lang: str) -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` (validated by the model) in the words of `lang`:
    "2008", "Juli 2008", "30. Juli 2008" (de); "juli 2008", "30 juli 2008" (nl)."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return format_skeleton("yMMMM", date(parts[0], parts[1], 1), locale=lang)
    return format_date(date(parts[0], parts[1], parts[2]), format="long", locale=lang)


def date_sort_key(value: str) -> str:
    """Sorts dates of mixed precision: a date given only by its year (or month) after the days of that year (month),
    as "some time in 2008" is not before "20 February 2008"."""
    return value + "-99" * (2 - value.count("-"))
