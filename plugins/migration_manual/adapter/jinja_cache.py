"""Compiled theme templates kept in memory for the whole process."""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class MemoryBytecodeCache(BytecodeCache):
    """Compiled Jinja templates kept in memory; Jinja checks each entry against its template's source checksum.

    Jinja ships only file and memcached caches; this one needs no folder and no server.
    """

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        """Fill `bucket` from the cache, if the template was compiled before."""
        if (code := self._store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Keep a freshly compiled template."""
        self._store[bucket.key] = bucket.bytecode_to_string()


TEMPLATE_BYTECODE = MemoryBytecodeCache()
"""Shared by every build of this process: static-i18n builds once per language, `mkdocs serve` once per edit."""
