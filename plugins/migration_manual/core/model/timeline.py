"""The project's course (`timeline.yml`): the application's planned phases and the dated events of public sources."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .facts import DATE_PATTERN, RecordId, Source, Strict


class Labelled(BaseModel):
    """A timeline entry: its fields, and a label per language as further keys (`de:`, `nl:`)."""

    model_config = ConfigDict(extra="allow", strict=True, frozen=True)

    @property
    def labels(self) -> dict[str, str]:
        """Label per language."""
        return {k: str(v) for k, v in (self.model_extra or {}).items()}


class TimelinePeriod(Strict):
    """Start and end of the project, as YYYY-MM."""

    start: str = Field(pattern=r"^\d{4}-\d{2}$")
    end: str = Field(pattern=r"^\d{4}-\d{2}$")
    source: str


class TimelineBar(Labelled):
    """A task over one or more project years."""

    years: list[int] = Field(min_length=2, max_length=2, description="first and last project year")
    source: str


class TimelineLane(Labelled):
    """A city's row of tasks."""

    id: str
    bars: list[TimelineBar]


class TimelineItem(Strict):
    """An activity without a date, by its record."""

    record: RecordId


class TimelineUndated(Labelled):
    """The activities the application names without a date."""

    source: str
    items: list[TimelineItem]


class TimelineEvent(Labelled):
    """A dated event that a public source documents (not a plan of the application)."""

    date: str = Field(pattern=DATE_PATTERN, description="date of the event: YYYY, YYYY-MM or YYYY-MM-DD")
    source: Source = Field(description="the public source (or section of the application) that dates it")
    record: RecordId | None = Field(default=None, description="id of the record the event belongs to")


class Timeline(Strict):
    """The project's course (timeline.yml): the application's plan and the dated events of public sources."""

    period: TimelinePeriod
    lanes: list[TimelineLane]
    undated: TimelineUndated
    events: list[TimelineEvent] = Field(default=[], description="dated events documented by public sources")
