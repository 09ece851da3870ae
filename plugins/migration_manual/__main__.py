"""`python -m migration_manual` runs the `manual` command."""

from __future__ import annotations

from .cli import main

raise SystemExit(main())
