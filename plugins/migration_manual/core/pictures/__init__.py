"""Pictures as inline SVG, laid out from the records and taxonomies (the organigram by Graphviz `dot`), with labels
in the page's language.

Each picture has a `<title>` and a `<desc>`, tells nothing by colour alone, needs no JavaScript and works the same on
the website and in the PDF. Links inside a picture are final URLs relative to the page (MkDocs does not rewrite raw
HTML), computed by the caller's `href` function.
"""

from .organigram import render_organigram
from .timeline import render_timeline
from .transfer_map import render_transfer_map, transfers_between
from .value_matrix import render_value_matrix

__all__ = ["render_organigram", "render_timeline", "render_transfer_map", "render_value_matrix", "transfers_between"]
