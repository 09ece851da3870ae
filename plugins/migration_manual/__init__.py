"""Publish the Münster–Almelo transfer manual from structured module records.

The package has a pure core (`migration_manual.core`), which knows nothing of MkDocs, and a thin MkDocs adapter
(`migration_manual.adapter`).
"""

from __future__ import annotations

__version__ = "0.1.0"
