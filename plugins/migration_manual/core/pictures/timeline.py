"""The project's course: the project years, each city's planned tasks, the undated activities."""

from __future__ import annotations

import textwrap

from ..model import Manual
from ..urls import record_page
from .svg import CHAR, WIDTH, Href, link, svg, text_lines


def _month_index(value: str) -> int:
    year, month = value.split("-")
    return int(year) * 12 + int(month) - 1


def render_timeline(manual: Manual, lang: str, href: Href, titles: dict[str, str]) -> str:
    """Project years with each city's tasks as bars; below them the activities the application does not date."""
    timeline = manual.timeline
    assert timeline is not None
    start, end = _month_index(timeline.period.start), _month_index(timeline.period.end)
    left, right = 110.0, WIDTH - 20.0

    def x_of(month: int) -> float:
        return left + (right - left) * (month - start) / (end + 1 - start)

    parts = [f'<line x1="{left}" y1="40" x2="{right}" y2="40" stroke="#333"/>']
    for year in range(start // 12, end // 12 + 1):
        month = max(start, year * 12)
        parts.append(f'<line x1="{x_of(month):.0f}" y1="34" x2="{x_of(month):.0f}" y2="46" stroke="#333"/>')
        parts.append(text_lines(x_of(month) + 4, 30, [str(year)], anchor="start"))
    for n in (1, 2, 3):
        first = start + 12 * (n - 1)
        last = min(end + 1, first + 12)
        parts.append(
            text_lines((x_of(first) + x_of(last)) / 2, 64, [manual.labels.get("project_year", lang, n=str(n))])
        )
    y = 80.0
    for lane in timeline.lanes:
        parts.append(text_lines(4, y + 22, [lane.labels[lang]], anchor="start", weight="bold"))
        for bar in lane.bars:
            x1, x2 = x_of(start + 12 * (bar.years[0] - 1)), x_of(min(end + 1, start + 12 * bar.years[1]))
            lines = textwrap.wrap(
                f"{bar.labels[lang]} ({manual.labels.get('application', lang)}, {bar.source})", int((x2 - x1) / CHAR)
            )
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
    title, desc = manual.labels.get("timeline_title", lang), manual.labels.get("timeline_desc", lang)
    return svg("mm-timeline", y + 30, title, desc, "".join(parts))
