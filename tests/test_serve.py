"""`make serve`: an edited record shows up after the rebuild, and rebuilds do not pile up the search index.

Runs the very command of the Makefile's `serve` target on a small project. How long a rebuild takes is measured by
`bench/run.py --real` and recorded in BENCHMARKS.md, not asserted here.
"""

from __future__ import annotations

import json
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest
from conftest import REPO, small_project


def serve_arguments() -> list[str]:
    """The arguments of `mkdocs serve` in the Makefile's `serve` target."""
    match = re.search(r"\$\(BIN\)/mkdocs serve([^\n]*)", (REPO / "Makefile").read_text(encoding="utf-8"))
    assert match, "the Makefile's serve target runs `mkdocs serve`"
    return match[1].split()


def pump(stream: IO[str] | None, lines: queue.Queue[str | None]) -> None:
    for line in stream or ():
        lines.put(line)
    lines.put(None)


def wait_for(lines: queue.Queue[str | None], text: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    seen = []
    while (line := lines.get(timeout=max(0.1, deadline - time.monotonic()))) is not None:
        if text in line:
            return
        seen.append(line)
    pytest.fail(f"mkdocs serve ended before {text!r}:\n{''.join(seen[-30:])}")


class Server:
    def __init__(self, url: str, lines: queue.Queue[str | None], project: Path) -> None:
        self.url, self.lines, self.project = url, lines, project

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return str(response.read().decode("utf-8"))


@pytest.fixture
def server(tmp_path: Path, manual_root: Path) -> Iterator[Server]:
    project = small_project(tmp_path / "project", manual_root)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "mkdocs", "serve", *serve_arguments(), "-a", f"127.0.0.1:{port}"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MANUAL_PDF": "false"}
    process = subprocess.Popen(
        command, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=pump, args=(process.stdout, lines), daemon=True).start()
    try:
        wait_for(lines, "Serving on")
        yield Server(f"http://127.0.0.1:{port}/", lines, project)
    finally:
        process.terminate()
        process.wait(timeout=30)


def edit(server: Server, record: Path, text: str) -> None:
    time.sleep(1.5)  # two saves within the watcher's delay would make one rebuild
    with record.open("a", encoding="utf-8") as prose:
        prose.write(f"\n{text}\n")
    wait_for(server.lines, "Reloading browsers")


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
