"""The PDF's cover and its back: title, the cities, the project period, version and the EU funding mark on the
front; partners, the full funding acknowledgement and a pointer to the imprint on the back.

INTERREG IV A's publicity rules (Regulation (EC) No 1828/2006, Art. 9) ask publications of a funded project for
the EU emblem, the words "European Union" and the fund's name: the front carries all three beside the programme's
name, in the document's language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from ..dates import readable_date
from ..model import Manual
from ..pictures.eu_emblem import eu_emblem


@dataclass(frozen=True)
class Cover:
    """What the cover and its back show, in the document's language."""

    title: str
    subtitle: str
    """The project's full name."""
    cities: tuple[tuple[str, str], ...]
    """Each partner city's name and country code, in the order of `cities.yml`."""
    years: str
    """The project period in years ("2008–2011"); empty without a timeline."""
    period: str
    """The project period in words ("September 2008 – November 2011")."""
    period_line: str
    """The same as a sentence for the back ("Laufzeit: September 2008 – November 2011")."""
    build: str
    """Date and version of the build."""
    emblem: str
    """The EU emblem (inline SVG)."""
    funding_mark: tuple[str, ...]
    """Beside the emblem: "European Union", the fund, the programme."""
    partners: str
    funding: str
    """The full funding acknowledgement of the application."""
    imprint: tuple[str, str] | None = None
    """The imprint's label and its chapter's id in the document, for "see page N" on the back."""


def cover_for(manual: Manual, lang: str, build: dict[str, str], imprint: tuple[str, str] | None = None) -> Cover:
    """The cover of a language's PDF: cities and period from the data, texts from `labels.yml`; `build` holds the
    build's `date` and `version`."""
    label = manual.labels.get
    cities = tuple((city.label(lang), str(city.extra.get("country", ""))) for city in manual.taxonomy("cities"))
    years = period = ""
    if manual.timeline is not None:
        start, end = manual.timeline.period.start, manual.timeline.period.end
        years = start[:4] if start[:4] == end[:4] else f"{start[:4]}–{end[:4]}"
        period = f"{readable_date(start, lang)} – {readable_date(end, lang)}"
    return Cover(
        title=label("pdf_title", lang),
        subtitle=label("pdf_subtitle", lang),
        cities=cities,
        years=years,
        period=period,
        period_line=label("pdf_period", lang, period=period) if period else "",
        build=label("pdf_build", lang, date=readable_date(build["date"], lang), version=build["version"]),
        emblem=eu_emblem(label("eu_emblem_label", lang), height=54),
        funding_mark=(label("pdf_eu", lang), label("pdf_fund", lang), label("pdf_programme", lang)),
        partners=label("pdf_partners", lang),
        funding=label("pdf_funding", lang),
        imprint=imprint,
    )


def cover_html(cover: Cover) -> str:
    """The front (a page of its own, without running header and footer) and its back."""
    e = html.escape
    cities = "".join(
        f'<li><span class="cover-city">{e(name)}</span>'
        + (f' <span class="cover-country">{e(country)}</span>' if country else "")
        + "</li>"
        for name, country in cover.cities
    )
    mark = "".join(f"<span>{e(line)}</span>" for line in cover.funding_mark)
    period = f'<p class="cover-years">{e(cover.years)}</p><p class="cover-period">{e(cover.period)}</p>'
    front = (
        '<section class="cover"><div class="cover-band">'
        f'<p class="cover-kicker">{e(cover.funding_mark[-1])}</p>'
        f'<p class="cover-title" role="heading" aria-level="1">{e(cover.title)}</p>'
        f'<p class="cover-subtitle">{e(cover.subtitle)}</p></div>'
        f'<ul class="cover-cities">{cities}</ul>'
        + (period if cover.years else "")
        + f'<div class="cover-foot"><div class="cover-mark">{cover.emblem}<p>{mark}</p></div>'
        f'<p class="cover-build">{e(cover.build)}</p></div></section>'
    )
    imprint = ""
    if cover.imprint is not None:
        name, target = cover.imprint
        imprint = f'<p class="cover-imprint"><a href="#{e(target)}">{e(name)}</a></p>'
    back = (
        f'<section class="cover-back"><p>{e(cover.partners)}</p><p>{e(cover.period_line)}</p>'
        f'<div class="cover-mark">{cover.emblem}<p>{e(cover.funding)}</p></div>'
        f'<p class="cover-build">{e(cover.build)}</p>{imprint}</section>'
    )
    return front + back
