"""Facets: the ways a reader can find records (kind, city, field of action, target group, adaptation, phase)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .model import RecordFacts


@dataclass(frozen=True)
class Facet:
    """A facet: its slug in URLs, the taxonomy of its values and how to read a record's values."""

    slug: str
    """Folder of the facet's pages, e.g. `field` → `field/security.md`."""
    taxonomy: str
    """Name of the taxonomy that holds the facet's values."""
    label: str
    """Key in `labels.yml` of the facet's name (`<label>` singular, `<label>_plural` plural)."""
    values_of: Callable[[RecordFacts], list[str]]
    """The values a record carries for this facet."""


def _cities(facts: RecordFacts) -> list[str]:
    return [*facts.origin, *(t.to for t in facts.transfers)]


FACETS: tuple[Facet, ...] = (
    Facet("kind", "kinds", "facet_kind", lambda f: [f.kind]),
    Facet("city", "cities", "facet_city", _cities),
    Facet("field", "fields", "facet_field", lambda f: list(f.fields_of_action)),
    Facet("target-group", "target_groups", "facet_target_group", lambda f: list(f.target_groups)),
    Facet("adaptation", "adaptations", "facet_adaptation", lambda f: [t.adaptation for t in f.transfers]),
    Facet("phase", "phases", "facet_phase", lambda f: list(f.phases)),
)
"""Every facet, in the order the site offers them."""

FACET_BY_TAXONOMY = {facet.taxonomy: facet for facet in FACETS}
"""Facet of each faceted taxonomy."""
FACET_BY_SLUG = {facet.slug: facet for facet in FACETS}
"""Facet of each folder of facet pages."""


def records_with(facet: Facet, value: str, facts: list[RecordFacts]) -> list[RecordFacts]:
    """The records that carry `value` for `facet`."""
    return [f for f in facts if value in facet.values_of(f)]
