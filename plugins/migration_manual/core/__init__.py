"""The manual's pure core: record model, loading, validation and rendering, without MkDocs."""

from __future__ import annotations
