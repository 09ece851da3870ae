"""Quality gates in a real browser: accessibility (axe-core), keyboard, privacy, links, languages, search.

The built site is served over HTTP on 127.0.0.1 and driven with Debian's Chromium through Playwright (never a
browser download). `make test` installs Chromium and axe-core; without them these tests fail and say what to run.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from helpers import LANGUAGES, REPO, serve_site, template_pages
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

pytestmark = pytest.mark.slow  # builds, serves, renders PDFs or drives a browser

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
RECORD_POLICY_VIOLATIONS = (
    "window.__violations = [];"
    "document.addEventListener('securitypolicyviolation', e => window.__violations.push("
    "`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));"
)
"""Collects the Content-Security-Policy violations of a page (see `core/site/csp.py`)."""
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
"""WCAG 2.1 A and AA, and axe-core's best-practice rules (landmarks, heading order, dialog names …)."""


PAGES = template_pages()


@pytest.fixture(scope="module")
def base_url(real_site: Path) -> Iterator[str]:
    with serve_site(real_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("Debian's Chromium is missing: run `apt-get install -y chromium` (make test does it as root)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `npm ci` in the project folder (make test does it)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def context(browser: Browser) -> Iterator[BrowserContext]:
    opened = browser.new_context(viewport={"width": 1280, "height": 900})
    opened.add_init_script(RECORD_POLICY_VIOLATIONS)
    yield opened
    opened.close()


@pytest.fixture
def page(context: BrowserContext) -> Iterator[Page]:
    opened = context.new_page()
    yield opened
    opened.close()


def url_of(base_url: str, lang: str, path: str) -> str:
    return base_url + ("" if lang == LANGUAGES[0] else f"{lang}/") + path


def run_axe(page: Page, axe_source: str) -> list[str]:
    """The axe-core violations of the page (see `WCAG_TAGS`), one readable line per rule."""
    page.evaluate(axe_source)  # through the DevTools protocol: the page's policy rightly blocks injected scripts
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
    ]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_accessibility_violations_and_no_third_party_request(
    page: Page, base_url: str, axe_source: str, lang: str, path: str
) -> None:
    requested: list[str] = []
    failed: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(url_of(base_url, lang, path), wait_until="networkidle")
    assert run_axe(page, axe_source) == []
    assert failed == [] and errors == [], (failed, errors)
    hosts = {urlsplit(url).hostname for url in requested if not url.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}, sorted(url for url in requested if urlsplit(url).hostname != "127.0.0.1")
    assert page.evaluate("window.__violations") == []


def test_a_script_that_got_into_a_page_is_blocked(page: Page, base_url: str, real_site: Path) -> None:
    """Defence in depth: even if a script slipped past the checks of the sources, the page's policy blocks it."""
    built = (real_site / "manual" / "records" / "kerngruppe" / "index.html").read_text(encoding="utf-8")
    injected = built.replace("</h1>", "</h1><script>window.__injected = true</script>", 1)
    probe = real_site / "manual" / "records" / "kerngruppe" / "injected.html"
    probe.write_text(injected, encoding="utf-8")
    try:
        page.goto(base_url + "manual/records/kerngruppe/injected.html", wait_until="load")
        assert page.evaluate("window.__injected === undefined")
        violations = page.evaluate("window.__violations")
        assert [v.split()[0] for v in violations] == ["script-src-elem"], violations
        assert page.locator("h1").first.is_visible()  # the theme's own scripts still run: the page works
    finally:
        probe.unlink()


@pytest.mark.parametrize(
    ("lang", "term", "record"), [("de", "Kerngruppe", "kerngruppe"), ("nl", "kerngroep", "kerngruppe")]
)
def test_search_finds_the_record_in_the_reader_language(
    page: Page, base_url: str, axe_source: str, lang: str, term: str, record: str
) -> None:
    page.goto(url_of(base_url, lang, ""), wait_until="load")
    page.keyboard.press("/")  # Material's shortcut opens the search
    page.locator("input.md-search__input").fill(term)
    # Results appear when the search worker has built its index, which takes as long as the machine's load makes it:
    # wait for that event, not for a clock (timeout=0: no time limit; a search that never answers hangs the test
    # run, which CI ends), then read all results.
    page.locator(f'.md-search-result__item > a[href*="manual/records/{record}/"]').first.wait_for(timeout=0)
    hrefs = [str(a.get_attribute("href")) for a in page.locator(".md-search-result__item > a").all()]
    paths = [urlsplit(href).path for href in hrefs]
    assert any(p.endswith(f"manual/records/{record}/") for p in paths), paths
    prefix = "/nl/" if lang == "nl" else "/"
    assert all(p.startswith(prefix) and (lang == "nl" or not p.startswith("/nl/")) for p in paths), paths
    assert run_axe(page, axe_source) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_record_page_has_its_table_of_contents_at_phone_width(browser: Browser, base_url: str, lang: str) -> None:
    context = browser.new_context(viewport={"width": 400, "height": 800})
    page = context.new_page()
    try:
        page.goto(url_of(base_url, lang, "manual/records/kerngruppe/"), wait_until="load")
        contents = page.locator("nav.mm-page-toc")
        assert contents.is_visible()
        targets = [
            str(href).removeprefix("#")
            for href in contents.locator("a").evaluate_all("l => l.map(a => a.getAttribute('href'))")
        ]
        assert len(targets) >= 4
        assert all(page.locator(f'[id="{target}"]').count() == 1 for target in targets), targets
        kind = page.locator(".mm-facts a").first  # the way back to the record's kind and facets
        assert kind.is_visible()
        page.set_viewport_size({"width": 1366, "height": 900})
        assert not contents.is_visible()  # the theme's own table of contents shows from this width
    finally:
        context.close()


def test_the_404_page_and_the_search_dialog(page: Page, base_url: str, real_site: Path) -> None:
    """The root 404 page is served at every missing address by hosts such as GitHub Pages: it is in the default
    language and carries the notice in every other language; each language folder has its own."""
    not_found = (real_site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="de"' in not_found  # the default language, whichever language was built last
    assert '<html lang="nl"' in (real_site / "nl" / "404.html").read_text(encoding="utf-8")
    page.set_content(not_found.replace("<head>", f'<head><base href="{base_url}">', 1), wait_until="load")
    assert page.locator('section[lang="nl"] h2').inner_text() == "Pagina niet gevonden"
    dutch_links = page.locator('section[lang="nl"] a').evaluate_all("l => l.map(a => a.getAttribute('href'))")
    assert dutch_links == ["/nl/", "/nl/manual/"]
    for lang, folder in (("de", ""), ("nl", "nl/")):
        page.goto(base_url + folder + "404.html", wait_until="load")
        switcher = page.locator("a.md-select__link").evaluate_all("l => l.map(a => a.getAttribute('href'))")
        assert switcher == ["/", "/nl/"], lang  # each language's start page, not the page built before
        assert page.locator(".mm-footer-links a").count() == 2 and page.locator(".mm-funding svg").count() == 1
        assert page.locator("section.mm-not-found").count() == (2 if lang == "de" else 1)
    page.goto(url_of(base_url, "nl", ""), wait_until="load")
    assert page.locator('[data-md-component="search"][role="dialog"]').get_attribute("aria-label") == "Zoeken"


def test_each_language_folder_has_the_sitemap_with_every_page_and_its_alternates(real_site: Path) -> None:
    sitemap = (real_site / "sitemap.xml").read_text(encoding="utf-8")
    assert (real_site / "nl" / "sitemap.xml").read_text(encoding="utf-8") == sitemap
    assert "None" not in sitemap
    assert "<loc>/manual/records/kerngruppe/</loc>" in sitemap
    assert 'hreflang="nl" href="/nl/manual/records/kerngruppe/"' in sitemap


def test_skip_link_and_visible_focus(page: Page, base_url: str) -> None:
    page.goto(url_of(base_url, "de", "manual/records/kerngruppe/"), wait_until="load")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const e = document.activeElement; const s = getComputedStyle(e); const r = e.getBoundingClientRect();"
        " return {cls: e.className, text: e.textContent.trim(), outline: s.outlineStyle, width: r.width, top: r.top} }"
    )
    assert "md-skip" in focused["cls"] and focused["text"] == "Zum Inhalt"
    assert focused["width"] > 0 and focused["top"] >= 0 and focused["outline"] != "none"
    page.keyboard.press("Tab")
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.lang = ""
        self.alternates: dict[str, str] = {}
        self.switcher: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "html":
            self.lang = values.get("lang", "")
        if tag == "link" and values.get("rel") == "alternate" and "hreflang" in values:
            self.alternates[values["hreflang"]] = values["href"]
        if tag == "a" and "md-select__link" in values.get("class", "") and "hreflang" in values:
            self.switcher[values["hreflang"]] = values["href"]
        for attribute in ("href", "src"):
            if attribute in values and (tag != "link" or values.get("rel") != "alternate"):
                self.links.append(values[attribute])


class SiteOnDisk:
    """The built site read from disk by URL, as the local server would answer (much faster than HTTP for the
    thousands of links checked)."""

    def __init__(self, site: Path, base_url: str) -> None:
        self.site, self.base_url = site, base_url

    def path_of(self, url: str) -> Path | None:
        relative = urlsplit(url).path.removeprefix(urlsplit(self.base_url).path)
        path = self.site / relative
        if relative.endswith("/") or relative == "":
            path = path / "index.html"
        return path if path.is_file() else None

    @functools.cache  # noqa: B019 — one instance per module; the cache lives as long as the built site
    def fetch(self, url: str) -> tuple[int, str]:
        path = self.path_of(url)
        if path is None:
            return 404, ""
        return 200, path.read_text(encoding="utf-8", errors="replace") if path.suffix == ".html" else ""

    @functools.cache  # noqa: B019 — as above
    def parse(self, url: str) -> _LinkParser:
        parser = _LinkParser()
        parser.feed(self.fetch(url)[1])
        return parser


@pytest.fixture(scope="module")
def disk(real_site: Path, base_url: str) -> SiteOnDisk:
    return SiteOnDisk(real_site, base_url)


def all_pages(real_site: Path, base_url: str) -> list[str]:
    """The URL of every HTML page of the built site, both languages."""
    folders = sorted(p.parent.relative_to(real_site).as_posix() for p in real_site.rglob("index.html"))
    return [base_url if folder == "." else f"{base_url}{folder}/" for folder in folders]


def test_no_broken_internal_link_anchor_image_script_or_stylesheet(
    real_site: Path, base_url: str, disk: SiteOnDisk
) -> None:
    broken: list[str] = []
    pages = all_pages(real_site, base_url)
    for page_url in pages:
        for link in disk.parse(page_url).links:
            target, fragment = urldefrag(urljoin(page_url, link))
            if not target.startswith(base_url) or (link.startswith("#") and not fragment):
                continue
            status, _ = disk.fetch(target)
            if status != 200:
                broken.append(f"{page_url}: {link} → {status}")
            elif fragment and target.endswith("/") and fragment not in disk.parse(target).ids:
                broken.append(f"{page_url}: {link} → no id '{fragment}'")
    assert broken == []
    assert len(pages) > 100


def test_language_attributes_switcher_alternates_and_statement_link(
    real_site: Path, base_url: str, disk: SiteOnDisk
) -> None:
    problems: list[str] = []
    for page_url in all_pages(real_site, base_url):
        path = page_url.removeprefix(base_url)
        lang = "nl" if path.startswith("nl/") else "de"
        parsed = disk.parse(page_url)
        if parsed.lang != lang:
            problems.append(f"{page_url}: <html lang='{parsed.lang}'>, expected '{lang}'")
        if parsed.alternates:  # Material would fetch sitemap.xml beside each (404s); the sitemap holds them
            problems.append(f"{page_url}: <link rel=alternate> in the head: {parsed.alternates}")
        neutral = path.removeprefix("nl/")
        for other in LANGUAGES:
            counterpart = base_url + ("" if other == "de" else "nl/") + neutral
            href = parsed.switcher.get(other)
            if href is None or urljoin(page_url, href) != counterpart:
                problems.append(f"{page_url}: language switcher for {other} is {href!r}, expected {counterpart}")
            if disk.fetch(counterpart)[0] != 200:
                problems.append(f"{page_url}: counterpart {counterpart} does not exist")
        statement = base_url + ("nl/" if lang == "nl" else "") + "accessibility/"
        if not any(urljoin(page_url, link) == statement for link in parsed.links):
            problems.append(f"{page_url}: no link to the accessibility statement {statement}")
    assert problems == []
