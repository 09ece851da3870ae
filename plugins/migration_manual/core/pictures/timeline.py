"""The project's course: the application's plan (project years, each city's tasks as bars, the undated activities)
and, on a second time axis, the dated events that public sources document.

Everything comes from `timeline.yml`: the period, the lanes and their bars, the undated items and the events. The
plan's axis spans the project period, the events' axis every year of an event, with the project period shaded.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable

from ..dates import date_sort_key
from ..model import Manual, Timeline
from ..urls import record_page
from .svg import CHAR, WIDTH, Href, escape, link, svg, text_lines

LEFT = 110.0
RIGHT = WIDTH - 20.0
MARKER = 9.0
"""Radius of an event's marker."""


def month_index(value: str) -> int:
    """Months since year 0 of `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a year alone counts as its middle)."""
    parts = value.split("-")
    return int(parts[0]) * 12 + (int(parts[1]) - 1 if len(parts) > 1 else 6)


def event_numbers(timeline: Timeline) -> list[int]:
    """The number of each event (in `timeline.events` order) in date order: the same as in the events table."""
    order = sorted(range(len(timeline.events)), key=lambda i: date_sort_key(timeline.events[i].date))
    numbers = [0] * len(order)
    for position, index in enumerate(order, start=1):
        numbers[index] = position
    return numbers


def render_timeline(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """Two parts on two time axes: the application's plan over the project period (project years, each city's tasks
    as bars, then the activities without a date), and the documented events over all their years, as numbered
    markers with the project period shaded."""
    timeline = manual.timeline
    assert timeline is not None
    label = manual.labels.get
    start, end = month_index(timeline.period.start), month_index(timeline.period.end) + 1

    def x_of(month: float) -> float:
        return LEFT + (RIGHT - LEFT) * (month - start) / (end - start)

    parts = [text_lines(4, 14, [label("timeline_plan", lang)], anchor="start", weight="bold")]
    parts += _axis(x_of, start, end, top=40)
    # The application counts its project years; the bars say which years they span (the period may run longer).
    bar_years = [bar.years[1] for lane in timeline.lanes for bar in lane.bars]
    for n in range(1, (max(bar_years) if bar_years else math.ceil((end - start) / 12)) + 1):
        first, last = start + 12 * (n - 1), min(end, start + 12 * n)
        parts.append(text_lines((x_of(first) + x_of(last)) / 2, 64, [label("project_year", lang, n=str(n))]))
    y = 80.0
    for lane in timeline.lanes:
        parts.append(text_lines(4, y + 22, [lane.labels[lang]], anchor="start", weight="bold"))
        for bar in lane.bars:
            x1, x2 = x_of(start + 12 * (bar.years[0] - 1)), x_of(min(end, start + 12 * bar.years[1]))
            text = f"{bar.labels[lang]} ({label('application', lang)}, {bar.source})"
            lines = textwrap.wrap(text, max(8, int((x2 - x1 - 12) / CHAR)), break_long_words=False)
            height = 12 + 16 * len(lines)
            box = f'x="{x1 + 1:.0f}" y="{y:.0f}" width="{x2 - x1 - 2:.0f}" height="{height}"'
            parts.append(f'<rect {box} rx="4" fill="#e8eaf6" stroke="#1a237e"/>')
            parts.append(text_lines(x1 + 8, y + 18, lines, anchor="start"))
            y += height + 8
        y += 10
    parts.append(text_lines(4, y + 14, [timeline.undated.labels[lang]], anchor="start", weight="bold"))
    for item in timeline.undated.items:
        y += 22
        parts.append(
            link(href(record_page(item.record)), text_lines(24, y + 14, [f"• {titles[item.record]}"], anchor="start"))
        )
    y += 44
    if timeline.events:
        y = _events(parts, manual, lang, href, y)
    title, desc = label("timeline_title", lang), label("timeline_desc", lang)
    return svg("mm-timeline", y + 10, title, desc, "".join(parts))


def _axis(x_of: Callable[[float], float], start: int, end: int, *, top: float) -> list[str]:
    """A time axis from month `start` to month `end` with a tick and the number of each year it touches."""
    parts = [f'<line x1="{LEFT}" y1="{top}" x2="{RIGHT}" y2="{top}" stroke="#333"/>']
    for year in range(start // 12, (end - 1) // 12 + 1):
        x = x_of(max(start, year * 12))
        parts.append(f'<line x1="{x:.0f}" y1="{top - 6}" x2="{x:.0f}" y2="{top + 6}" stroke="#333"/>')
        parts.append(text_lines(x + 3, top - 8, [str(year)], anchor="start"))
    return parts


def _events(parts: list[str], manual: Manual, lang: str, href: Href, y: float) -> float:
    """The documented events on their own axis over all their years (the project period shaded), as numbered
    markers; markers that would touch move to a further row. Returns the next y."""
    timeline = manual.timeline
    assert timeline is not None
    years = [int(event.date[:4]) for event in timeline.events]
    years += [int(timeline.period.start[:4]), int(timeline.period.end[:4])]
    start, end = min(years) * 12, (max(years) + 1) * 12

    def x_of(month: float) -> float:
        return LEFT + (RIGHT - LEFT) * (month - start) / (end - start)

    parts.append(text_lines(4, y, [manual.labels.get("timeline_documented", lang)], anchor="start", weight="bold"))
    top = y + 34
    period = month_index(timeline.period.start), month_index(timeline.period.end) + 1
    parts.append(
        f'<rect x="{x_of(period[0]):.0f}" y="{top - 16:.0f}" width="{x_of(period[1]) - x_of(period[0]):.0f}" '
        f'height="{32:.0f}" fill="#f1f3fb"/>'
    )
    parts += _axis(x_of, start, end, top=top)
    y = top + 24
    rows: list[float] = []  # the right edge of the last marker in each row
    numbers = event_numbers(timeline)
    for index in sorted(range(len(timeline.events)), key=lambda i: numbers[i]):
        event = timeline.events[index]
        x = x_of(month_index(event.date))
        row = next((r for r, right in enumerate(rows) if x - MARKER > right + 2), None)
        if row is None:
            rows.append(0.0)
            row = len(rows) - 1
        rows[row] = x + MARKER
        cy = y + row * (2 * MARKER + 6)
        marker = (
            f'<circle cx="{x:.0f}" cy="{cy:.0f}" r="{MARKER:.0f}" fill="#fff" stroke="#1b5e20" stroke-width="2"/>'
            f'<text x="{x:.0f}" y="{cy + 4:.0f}" text-anchor="middle" font-size="11" fill="#111">'
            f"{numbers[index]}</text>"
        )
        tip = f"<title>{escape(event.date)}: {escape(event.labels[lang])}</title>"
        parts.append(link(href(record_page(event.record)), tip + marker) if event.record else f"<g>{tip}{marker}</g>")
    return y + len(rows) * (2 * MARKER + 6)
