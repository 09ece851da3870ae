"""Language-neutral facts of records and glossary entries (pydantic models of `record.yml` and `glossary.yml`)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, HttpUrl, Tag, field_validator, model_validator

RECORD_ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
RecordId = Annotated[str, Field(pattern=RECORD_ID_PATTERN, description="a record id: lowercase a-z, 0-9 and hyphens")]


class Strict(BaseModel):
    """A model that refuses unknown fields and converts nothing."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Transfer(Strict):
    """Where a record went, and how it was adapted there."""

    to: str = Field(description="id of the city it was transferred to (taxonomies/cities.yml)")
    adaptation: str = Field(description="adaptation kind (taxonomies/adaptations.yml)")


class Relation(Strict):
    """A typed link to another record; the target shows it back as 'referenced by'."""

    type: str = Field(description="relation type (taxonomies/relations.yml)")
    target: RecordId = Field(description="id of the related record")


class ApplicationSource(Strict):
    """A section of the project application."""

    application: str = Field(description="section of the project application, e.g. '3.4' (application.yml)")

    @field_validator("application", mode="before")
    @classmethod
    def _section_as_text(cls, value: Any) -> Any:
        # YAML reads `3.4` as a number; a section number is text.
        return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


DATE_PATTERN = r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$"
"""A date as precise as the source gives it: `2008`, `2008-09` or `2008-09-24`."""


class PublicSource(Strict):
    """A public, checkable source."""

    title: str = Field(min_length=1, description="title of the public source, in its own language")
    url: HttpUrl = Field(description="web address of the source (for a mirror: where the copy can be read)")
    publisher: str | None = Field(default=None, description="who published it (for a mirror: the original author)")
    year: int | None = Field(default=None, ge=1900, le=2100, description="year of publication")
    date: str | None = Field(
        default=None, pattern=DATE_PATTERN, description="date of publication: YYYY, YYYY-MM or YYYY-MM-DD"
    )
    mirror: bool = Field(
        default=False, description="true when the address is a third party's copy of the publisher's document"
    )

    @field_validator("url", mode="before")
    @classmethod
    def _url_from_text(cls, value: Any) -> Any:
        return HttpUrl(value) if isinstance(value, str) else value


def _source_kind(value: Any) -> str:
    if isinstance(value, ApplicationSource) or (isinstance(value, dict) and "application" in value):
        return "application"
    return "public"


SOURCE_KINDS: dict[str, type[BaseModel]] = {"application": ApplicationSource, "public": PublicSource}
"""The kinds of source by tag; pydantic names the tag in the location of an error inside a source."""

Source = Annotated[
    Annotated[ApplicationSource, Tag("application")] | Annotated[PublicSource, Tag("public")],
    Discriminator(_source_kind),
]


class Period(Strict):
    """When a practice ran: a start, and an end or `ongoing: true` (EWSI template, field 2)."""

    start: str = Field(pattern=DATE_PATTERN, description="start: YYYY, YYYY-MM or YYYY-MM-DD")
    end: str | None = Field(default=None, pattern=DATE_PATTERN, description="end: YYYY, YYYY-MM or YYYY-MM-DD")
    ongoing: bool = Field(default=False, description="true when a source says it still runs (then no end)")

    @model_validator(mode="after")
    def _end_or_ongoing(self) -> Period:
        if self.end is not None and self.ongoing:
            raise ValueError("give either an end or 'ongoing: true', not both")
        if self.end is not None and self.end < self.start[: len(self.end)]:
            raise ValueError(f"the end {self.end} lies before the start {self.start}")
        return self


class RecordFacts(Strict):
    """Facts about a record that do not depend on language; stored once in `record.yml`."""

    id: RecordId = Field(description="stable id; equal to the record's folder name")
    kind: str = Field(description="kind of record (taxonomies/kinds.yml)")
    origin: list[str] = Field(min_length=1, description="id(s) of the city or cities the record comes from")
    transfers: list[Transfer] = Field(default=[], description="cities it was transferred to, with adaptation kind")
    phases: list[str] = Field(min_length=1, description="project phases (taxonomies/phases.yml)")
    fields_of_action: list[str] = Field(default=[], description="fields of action (taxonomies/fields.yml)")
    target_groups: list[str] = Field(default=[], description="target groups (taxonomies/target_groups.yml)")
    committees: list[RecordId] = Field(default=[], description="ids of the structure records of committees involved")
    relations: list[Relation] = Field(default=[], description="typed relations to other records")
    sources: list[Source] = Field(min_length=1, description="sections of the application or public sources")
    period: Period | None = Field(default=None, description="when the practice ran, as far as a source dates it")

    @field_validator("origin", mode="before")
    @classmethod
    def _origin_as_list(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class ProseFrontMatter(Strict):
    """The front matter of a record's language file."""

    title: str = Field(min_length=1, description="title of the record in this language")
    summary: str = Field(min_length=1, description="two or three sentences: what it is and why it matters")
    translated_from: str | None = Field(default=None, description="language of the source this file translates")
    source_hash: str | None = Field(default=None, description="fingerprint of the source when last translated")


class GlossaryTermText(Strict):
    """A glossary term in one language."""

    term: str = Field(min_length=1, description="the term as written in this language")
    definition: str = Field(min_length=1, description="definition in this language")
    note: str | None = Field(default=None, description="what a reader from the other country must not confuse")


class GlossaryEntryFacts(Strict):
    """One glossary entry with a term and definition per language."""

    model_config = ConfigDict(extra="allow", strict=True, frozen=True)

    id: RecordId = Field(description="stable id of the term, used as [[term:id]] in prose")
    false_friend: bool = Field(default=False, description="true when the terms look alike but mean different things")
    not_equivalent: bool = Field(
        default=False, description="true when the terms seem to match but are not equivalent (do not translate 1:1)"
    )
    sources: list[Source] = Field(default=[], description="sections of the application or public sources")
