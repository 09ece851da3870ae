"""The context of one generated page: the manual, the page's language and path, and the links between records."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..checks.translation import TranslationState
from ..graph import Backlink
from ..model import Manual, Prose, Record
from ..provenance import RecordChange
from ..urls import relative_link, url_between


@dataclass
class PageContext:
    """What every renderer needs: the manual, the language, the page's own path and the backlink index."""

    manual: Manual
    lang: str
    path: str
    """The page's own path, relative to the docs folder."""
    base: str
    """The generated folder, relative to the docs folder."""
    backlinks: dict[str, list[Backlink]] = field(default_factory=dict)
    page_states: list[TranslationState] = field(default_factory=list)
    """Translation states of the hand-written pages, for the status page."""
    directory_urls: bool = True
    """MkDocs' `use_directory_urls`: the shape of final URLs in raw HTML."""
    changes: list[RecordChange] = field(default_factory=list)
    """The records' commit dates in the page's language, newest change first (for the "what is new" page)."""
    fallbacks: tuple[str, ...] = field(init=False)
    """Languages to show a record's prose in when it has none in the page's language, in order."""

    def __post_init__(self) -> None:
        # Asked for once per record mentioned: computed once per page.
        self.fallbacks = self.manual.fallback_order(self.lang)

    def label(self, key: str, **values: str) -> str:
        """An interface text in the page's language."""
        return self.manual.labels.get(key, self.lang, **values)

    def taxonomy_label(self, taxonomy: str, term_id: str) -> str:
        """The label of a taxonomy's term in the page's language."""
        return self.manual.taxonomy(taxonomy)[term_id].label(self.lang)

    def link(self, to_page: str, anchor: str = "") -> str:
        """Relative Markdown link from this page to a generated page (given relative to the generated folder)."""
        return relative_link(self.path, self.generated(to_page), anchor)

    def url(self, to_page: str) -> str:
        """Final URL of a generated page relative to this page's URL, for raw HTML (which MkDocs leaves alone)."""
        return url_between(self.path, self.generated(to_page), directory_urls=self.directory_urls)

    def generated(self, page: str) -> str:
        """A generated page's path relative to the docs folder."""
        return f"{self.base}/{page}" if self.base else page

    def prose(self, record: Record) -> Prose:
        """The record's prose in the page's language, or its fallback."""
        return record.prose_for(self.lang, self.fallbacks)

    def record_title(self, record: Record) -> str:
        """A record's title in the page's language (or its fallback)."""
        return self.prose(record).title

    def titles(self) -> dict[str, str]:
        """Every record's title in the page's language, by id."""
        return {record.id: self.record_title(record) for record in self.manual.records.values()}
