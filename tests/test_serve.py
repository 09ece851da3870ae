"""`make serve`: an edited record shows up after the rebuild, and rebuilds do not pile up the search index.

Runs the very command of the Makefile's `serve` target on a small project. How long a rebuild takes is measured by
`bench/run.py --real` and recorded in BENCHMARKS.md, not asserted here.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import load_bench, small_project

pytestmark = pytest.mark.slow  # builds, serves, renders PDFs or drives a browser

BENCH = load_bench()
"""The benchmark script: it starts `mkdocs serve` as the Makefile does and reads its log the same way."""


class Server:
    def __init__(self, url: str, lines: queue.Queue[str | None], project: Path) -> None:
        self.url, self.lines, self.project = url, lines, project

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return str(response.read().decode("utf-8"))


@pytest.fixture
def server(tmp_path: Path, manual_root: Path) -> Iterator[Server]:
    project = small_project(tmp_path / "project", manual_root)
    port = BENCH.free_port()
    command = [*BENCH.serve_command(), "-a", f"127.0.0.1:{port}"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "false"}
    process = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=BENCH.pump, args=(process.stdout, lines), daemon=True).start()
    try:
        BENCH.wait_for_line(lines, "Serving on", timeout=120)
        yield Server(f"http://127.0.0.1:{port}/", lines, project)
    finally:
        process.terminate()
        process.wait(timeout=30)


def edit(server: Server, record: Path, text: str) -> None:
    time.sleep(1.5)  # two saves within the watcher's delay would make one rebuild
    with record.open("a", encoding="utf-8") as prose:
        prose.write(f"\n{text}\n")
    BENCH.wait_for_line(server.lines, "Reloading browsers", timeout=120)


def test_an_edited_record_is_rebuilt_and_the_search_index_stays_the_same_size(
    server: Server,
) -> None:
    record = server.project / "manual_modules" / "records" / "alpha" / "de.md"
    index_sizes = []
    for number in ("eins", "zwei", "drei"):
        edit(server, record, f"Ergänzung {number}.")
        assert f"Ergänzung {number}." in server.get("manual/records/alpha/")
        index_sizes.append(len(json.loads(server.get("search/search_index.json"))["docs"]))
    assert index_sizes[0] == index_sizes[1] == index_sizes[2]
    dutch = json.loads(server.get("nl/search/search_index.json"))["docs"]
    assert dutch and all(not doc["location"].startswith("nl/") for doc in dutch)
