"""Graph layout by Graphviz `dot` (Debian package `graphviz`, installed by `.ci/system-deps` with the other
system libraries the build needs).

A hand-written layout cannot promise what `dot` does: ranks by direction, edges routed around boxes, edge labels
placed where they touch neither a box nor another label. Its SVG is then made ours: no tooltips of internal ids,
SVG 2 `href` links, and the accessible frame of `svg.svg`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)


class GraphvizError(Exception):
    """`dot` is missing or failed; the message says what to do."""


def quoted(text: str) -> str:
    """A DOT string literal."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def layout(dot_source: str) -> tuple[float, float, str]:
    """Width, height and the drawing (SVG elements, without the outer `<svg>`) of a graph laid out by `dot`."""
    dot = shutil.which("dot")
    if dot is None:
        raise GraphvizError(
            "Graphviz is not installed: the organigram is laid out by its `dot` command; "
            "run `.ci/system-deps` (or `apt-get install graphviz`)"
        )
    done = subprocess.run([dot, "-Tsvg"], input=dot_source, capture_output=True, text=True, check=False, timeout=60)
    if done.returncode != 0:
        raise GraphvizError(f"Graphviz `dot` failed on the organigram: {done.stderr.strip()}")
    root = ET.fromstring(done.stdout)
    _, _, width, height = (float(value) for value in root.attrib["viewBox"].split())
    graph = root.find(f"{{{SVG_NS}}}g")
    assert graph is not None
    for parent in graph.iter():
        for child in list(parent):
            if child.tag == f"{{{SVG_NS}}}title":
                parent.remove(child)  # dot's titles are internal ids; browsers would show them as tooltips
    for element in graph.iter():
        if f"{{{XLINK_NS}}}href" in element.attrib:
            element.set("href", element.attrib.pop(f"{{{XLINK_NS}}}href"))
        element.attrib.pop(f"{{{XLINK_NS}}}title", None)
        element.attrib.pop("id", None)  # node0, edge1 …: would clash between the pictures of a page
    background = graph.find(f"{{{SVG_NS}}}polygon")
    if background is not None and background.get("fill") in ("white", "#ffffff", "transparent", "none"):
        graph.remove(background)
    inner = ET.tostring(graph, encoding="unicode")
    return width, height, re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", inner)
