"""The PDF's cover and its back (`core/site/cover.py`): cities and period from the data, texts from the labels,
the EU funding mark, the imprint's page; any number of cities and languages."""

from __future__ import annotations

import dataclasses

from conftest import check
from helpers import FIXTURES
from migration_manual.core.model import Manual
from migration_manual.core.site.cover import cover_for, cover_html

BUILD = {"date": "2026-12-02", "version": "0.2.0"}


def test_cities_and_period_come_from_the_data_in_the_document_language(manual: Manual) -> None:
    cover = cover_for(manual, "nl", BUILD, ("Colofon en licentie", "p-imprint"))
    assert cover.cities == (("Münster", "DE"), ("Almelo", "NL"))
    assert (cover.years, cover.period) == ("2008–2011", "september 2008 – november 2011")
    assert cover.period_line == manual.labels.get("pdf_period", "nl", period=cover.period)
    assert cover.funding_mark == ("Europese Unie", "Europees Fonds voor Regionale Ontwikkeling", cover.funding_mark[2])
    assert cover.build == manual.labels.get("pdf_build", "nl", date="2 december 2026", version="0.2.0")
    assert "<svg" in cover.emblem


def test_a_third_city_and_a_third_language_are_on_the_cover() -> None:
    manual, problems = check(FIXTURES / "three_cities" / "manual_modules", ("de", "nl", "en"))
    assert problems == []
    cover = cover_for(manual, "en", BUILD)
    assert [name for name, _ in cover.cities] == ["Münster", "Almelo", "Enschede"]
    assert cover.period == "September 2008 – November 2011" and cover.funding_mark[0] == "European Union"
    page = cover_html(cover)
    assert page.count('class="cover-city"') == 3 and "cover-imprint" not in page  # no imprint in this PDF


def test_the_front_and_the_back_in_reading_order_with_texts_escaped(manual: Manual) -> None:
    cover = dataclasses.replace(
        cover_for(manual, "de", BUILD, ("Impressum & Lizenz", "p-imprint")), title='A <b>"B"</b>'
    )
    page = cover_html(cover)
    assert page.index('class="cover"') < page.index("cover-years") < page.index("cover-foot") < page.index("cover-back")
    assert "A &lt;b&gt;&quot;B&quot;&lt;/b&gt;" in page and "<b>" not in page
    assert '<p class="cover-imprint"><a href="#p-imprint">Impressum &amp; Lizenz</a></p>' in page
    assert page.count("<svg") == 2  # the emblem on the front and beside the full acknowledgement on the back


def test_without_a_timeline_the_cover_shows_no_period(manual: Manual) -> None:
    cover = cover_for(dataclasses.replace(manual, timeline=None), "de", BUILD)
    assert cover.years == cover.period == cover.period_line == ""
    assert "cover-years" not in cover_html(cover)
