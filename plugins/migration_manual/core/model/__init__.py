"""The domain model: record facts and prose, glossary entries, taxonomies, the timeline and the whole `Manual`.

Pure data types; reading them from files is `core.sources`, checking them `core.checks`.
"""

from .facts import (
    DATE_PATTERN,
    RECORD_ID_PATTERN,
    SOURCE_KINDS,
    ApplicationSource,
    GlossaryEntryFacts,
    GlossaryTermText,
    Period,
    ProseFrontMatter,
    PublicSource,
    RecordFacts,
    RecordId,
    Relation,
    Source,
    Strict,
    Transfer,
)
from .manual import GlossaryEntry, Labels, Manual, Prose, Record, Taxonomy, Term
from .timeline import (
    Labelled,
    Timeline,
    TimelineBar,
    TimelineEvent,
    TimelineItem,
    TimelineLane,
    TimelinePeriod,
    TimelineUndated,
)

__all__ = [
    "DATE_PATTERN",
    "RECORD_ID_PATTERN",
    "SOURCE_KINDS",
    "ApplicationSource",
    "GlossaryEntry",
    "GlossaryEntryFacts",
    "GlossaryTermText",
    "Labelled",
    "Labels",
    "Manual",
    "Period",
    "Prose",
    "ProseFrontMatter",
    "PublicSource",
    "Record",
    "RecordFacts",
    "RecordId",
    "Relation",
    "Source",
    "Strict",
    "Taxonomy",
    "Term",
    "Timeline",
    "TimelineBar",
    "TimelineEvent",
    "TimelineItem",
    "TimelineLane",
    "TimelinePeriod",
    "TimelineUndated",
    "Transfer",
]
