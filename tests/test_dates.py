"""Dates at a source's precision, in the words of each language (CLDR data through Babel)."""

from __future__ import annotations

from migration_manual.core.dates import date_sort_key, readable_date


def test_dates_in_the_words_of_each_language() -> None:
    assert [readable_date(v, "de") for v in ("2008", "2008-07", "2008-07-30")] == ["2008", "Juli 2008", "30. Juli 2008"]
    assert [readable_date(v, "nl") for v in ("2008", "2008-07", "2008-07-30")] == ["2008", "juli 2008", "30 juli 2008"]


def test_a_language_the_project_does_not_have_yet_works_from_data() -> None:
    assert readable_date("2011-05-11", "en") == "May 11, 2011"


def test_a_date_known_only_by_its_year_or_month_sorts_after_the_days_of_it() -> None:
    dates = ["2008", "2008-02-20", "2008-04", "2008-04-11", "2007-09-25", "2009"]
    assert sorted(dates, key=date_sort_key) == ["2007-09-25", "2008-02-20", "2008-04-11", "2008-04", "2008", "2009"]
