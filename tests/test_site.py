"""End-to-end: build the real manual (and a small one) with `mkdocs build --strict` and read the HTML."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup, Tag
from helpers import FIXTURES, LANGUAGES, build_site, png_bytes, small_project, write
from migration_manual.core.facets import FACETS
from migration_manual.core.model import Manual


def page(site: Path, lang: str, path: str) -> BeautifulSoup:
    prefix = "" if lang == "de" else f"{lang}/"
    return BeautifulSoup((site / prefix / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def resolve(site: Path, lang: str, path: str, href: str) -> str:
    """The site-relative URL a link on a page points to."""
    prefix = "" if lang == "de" else f"{lang}/"
    return urljoin(f"/{prefix}{path}/", href)


def test_real_manual_has_at_least_25_records(real_manual: Manual) -> None:
    assert len(real_manual.records) >= 25
    assert {r.facts.kind for r in real_manual.records.values()} == {"principle", "structure", "module", "method"}


def test_the_build_says_one_line_per_phase_and_what_it_built(real_site: Path, real_manual: Manual) -> None:
    """The strict build's output as a newcomer reads it: load and check, each language, each PDF, a summary; no
    page list, no routine override lines of static-i18n, no traceback."""
    lines = (real_site.parent / "build.log").read_text(encoding="utf-8").splitlines()
    text = "\n".join(lines)
    assert len(lines) <= 16, text
    assert f"Checked {len(real_manual.records)} records and {len(real_manual.glossary)} glossary entries" in text
    assert all(f"Building '{lang}' documentation" in text for lang in LANGUAGES)
    assert all(f"PDF: {lang}: " in text for lang in LANGUAGES)
    assert f"Done: {len(real_manual.records)} records in de, nl; 2 PDF(s) in pdf/" in text
    assert not any(word in text for word in ("Overriding", "not included in the", "Traceback", "WARNING"))


def test_every_record_has_a_page_in_both_languages(real_site: Path, real_manual: Manual) -> None:
    for record in real_manual.records.values():
        for lang in LANGUAGES:
            soup = page(real_site, lang, f"manual/records/{record.id}")
            assert soup.html is not None and soup.html["lang"] == lang
            h1 = soup.find("h1")
            assert h1 is not None and h1.get_text(strip=True) == record.prose[lang].title


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switcher_on_a_generated_page_points_to_its_counterpart(real_site: Path, lang: str) -> None:
    path = "manual/records/kerngruppe"
    soup = page(real_site, lang, path)
    links = {a["hreflang"]: a["href"] for a in soup.select("a.md-select__link[hreflang]")}
    assert resolve(real_site, lang, path, str(links["de"])) == f"/{path}/"
    assert resolve(real_site, lang, path, str(links["nl"])) == f"/nl/{path}/"
    # The language alternates are in the sitemap, not in the head (see core/site/theme_fixes.py).
    assert soup.select('link[rel="alternate"][hreflang]') == []


@pytest.mark.parametrize(("lang", "title"), [("de", "Kerngruppe"), ("nl", "Kerngroep")])
def test_cross_reference_renders_the_target_title_in_the_page_language(
    real_site: Path, real_manual: Manual, lang: str, title: str
) -> None:
    """A bare `[[kerngruppe]]` becomes a link whose text is the title in the page's language."""
    source = next(r for r in real_manual.records.values() if "[[kerngruppe]]" in str(r.prose.get(lang)))
    soup = page(real_site, lang, f"manual/records/{source.id}")
    article = soup.find("article")
    assert isinstance(article, Tag)
    links = [a for a in article.find_all("a") if str(a.get("href", "")).endswith("kerngruppe/")]
    assert links and all(a.get_text(strip=True) == title for a in links if "mm-term" not in a.get("class", []))


def test_each_facet_page_lists_exactly_the_records_with_that_value(real_site: Path, real_manual: Manual) -> None:
    checked = 0
    for facet in FACETS:
        for value in real_manual.taxonomy(facet.taxonomy).ids():
            expected = {r.id for r in real_manual.records.values() if value in facet.values_of(r.facts)}
            for lang in LANGUAGES:
                path = f"manual/{facet.slug}/{value}"
                cards = page(real_site, lang, path).select('article .grid.cards a[href*="records/"]')
                listed = {resolve(real_site, lang, path, str(a["href"])).rstrip("/").rsplit("/", 1)[-1] for a in cards}
                assert listed == expected, (facet.slug, value, lang)
                checked += 1
    assert checked > 50


def test_matrix_has_a_row_per_record(real_site: Path, real_manual: Manual) -> None:
    for lang in LANGUAGES:
        rows = page(real_site, lang, "manual/matrix").select("article table tbody tr")
        assert len(rows) == len(real_manual.records)


def test_glossary_has_an_anchor_per_term(real_site: Path, real_manual: Manual) -> None:
    for lang in LANGUAGES:
        soup = page(real_site, lang, "manual/glossary")
        assert all(soup.find(id=term) for term in real_manual.glossary)


def test_search_index_holds_each_language(real_site: Path) -> None:
    de = (real_site / "search" / "search_index.json").read_text(encoding="utf-8")
    nl = (real_site / "nl" / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Kerngruppe" in de and "Kerngroep" not in de
    assert "Kerngroep" in nl and '"location":"manual/records/kerngruppe/"' in nl
    assert '"lang":["de"]' in de and '"lang":["nl"]' in nl


def test_dutch_pages_search_the_dutch_index(real_site: Path) -> None:
    soup = page(real_site, "nl", "manual/records/kerngruppe")
    config = soup.find("script", id="__config")
    assert config is not None and '"base": "../../../../nl/"' in config.get_text()
    config_de = page(real_site, "de", "manual/records/kerngruppe").find("script", id="__config")
    assert config_de is not None and '"base": "../../.."' in config_de.get_text()


def test_no_third_party_fonts(real_site: Path) -> None:
    html = (real_site / "index.html").read_text(encoding="utf-8")
    assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html


@pytest.fixture(scope="module")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One strict build of the fixture manual with what these tests look at: a record without Dutch text (beta),
    a record made by `manual new`, a German-only hand-written page, an outdated Dutch translation, and a
    repository address for edit links."""
    from migration_manual.cli import main
    from migration_manual.core.checks.translation import mark_translated

    tmp = tmp_path_factory.mktemp("small")
    project = small_project(tmp / "project", FIXTURES / "manual_modules")
    assert main(["-f", str(project / "mkdocs.yml"), "new", "method", "werkbezoek"]) == 0
    alpha = project / "manual_modules" / "records" / "alpha"
    (alpha / "schema.png").write_bytes(png_bytes(40, 20))
    for lang, alt in (("de", "Schema der Gruppe"), ("nl", "Schema van de groep")):
        with (alpha / f"{lang}.md").open("a", encoding="utf-8") as prose:
            prose.write(f"\n![{alt}][schema]\n\n[schema]: schema.png\n")
    docs = project / "docs"
    write(docs, {"about.de.md": "# Über uns\n\nNur auf Deutsch, mit [[alpha]].\n"})
    write(docs, {"team.de.md": "# Team\n", "team.nl.md": "---\ntranslated_from: de\n---\n# Team\n"})
    mark_translated(docs / "team.nl.md", docs / "team.de.md")
    (docs / "team.de.md").write_text("# Team\n\nNeuer Absatz.\n", encoding="utf-8")
    result = build_site(project, repo_url="https://example.org/manual")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return project / "site"


def test_missing_translation_falls_back_with_a_visible_notice(small_site: Path) -> None:
    soup = page(small_site, "nl", "manual/records/beta")
    notice = soup.select_one("article .admonition.warning")
    assert notice is not None and "Nog niet vertaald" in notice.get_text()
    assert soup.select_one('article div[lang="de"]') is not None
    h1 = soup.find("h1")
    assert h1 is not None and h1.get("lang") == "de" and h1.get_text(strip=True) == "Beta-Prinzip"


def test_handwritten_page_without_translation_shows_a_notice_under_its_title(small_site: Path) -> None:
    soup = page(small_site, "nl", "about")
    notice = soup.select_one("article .admonition.warning")
    assert notice is not None and "in het Duits" in notice.get_text()
    h1 = soup.select_one("article h1")
    assert h1 is not None and h1.get("lang") == "de" and h1.get_text(strip=True) == "Über uns"
    assert soup.title is not None and soup.title.get_text().startswith("Über uns")
    link = soup.select_one('article div[lang="de"] a[href$="manual/records/alpha/"]')
    assert link is not None and link.get_text() == "IJsselgroep"


def test_outdated_handwritten_translation_shows_a_notice_under_its_title(small_site: Path) -> None:
    soup = page(small_site, "nl", "team")
    notice = soup.select_one("article .admonition.warning")
    assert notice is not None and "Vertaling mogelijk verouderd" in notice.get_text()
    assert soup.title is not None and soup.title.get_text().startswith("Team")
    assert page(small_site, "de", "team").select_one("article .admonition.warning") is None


def test_edit_link_of_a_generated_page_opens_the_record_source(small_site: Path) -> None:
    edit = {
        lang: page(small_site, lang, "manual/records/beta").select_one('a.md-content__button[rel="edit"]')
        for lang in LANGUAGES
    }
    source = "https://example.org/manual/edit/main/manual_modules/records/beta/de.md"
    assert edit["de"] is not None and edit["de"]["href"] == source
    # beta has no Dutch text yet: the Dutch page's edit link opens the German source it shows
    assert edit["nl"] is not None and edit["nl"]["href"] == source
    home = page(small_site, "nl", "").select_one('a.md-content__button[rel="edit"]')
    assert home is not None and home["href"] == "https://example.org/manual/edit/main/docs/index.nl.md"
    assert page(small_site, "nl", "manual/records/werkbezoek").find("h1") is not None


@pytest.mark.parametrize(("lang", "alt"), [("de", "Schema der Gruppe"), ("nl", "Schema van de groep")])
def test_a_record_image_is_copied_into_the_site_and_shown_with_its_description(
    small_site: Path, lang: str, alt: str
) -> None:
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    image = page(small_site, lang, "manual/records/alpha").select_one("article img")
    assert image is not None and image["alt"] == alt
    target = urljoin(f"/{prefix}manual/records/alpha/", str(image["src"]))
    assert (small_site / target.removeprefix("/")).read_bytes() == png_bytes(40, 20)


@pytest.mark.slow
def test_unknown_cross_reference_fails_the_build_with_file_and_line(tmp_path: Path, manual_root: Path) -> None:
    project = small_project(tmp_path / "small", manual_root)
    (project / "docs" / "index.de.md").write_text("# Start\n\nSiehe [[alpah]].\n", encoding="utf-8")
    result = build_site(project)
    assert result.returncode != 0
    assert "docs/index.de.md:3: [[alpah]]: unknown record id 'alpah' (did you mean 'alpha'?)" in result.stderr
    assert "Traceback" not in result.stderr


def test_status_page_lists_every_record(real_site: Path, real_manual: Manual) -> None:
    for lang in LANGUAGES:
        rows = page(real_site, lang, "manual/status").select("article table tbody tr")
        linked = {a["href"].rstrip("/").rsplit("/", 1)[-1] for row in rows for a in row.select("a[href]")}
        assert set(real_manual.records) <= linked


@pytest.mark.parametrize(
    ("lang", "words"),
    [("de", "Europäischen Fonds für regionale Entwicklung"), ("nl", "Europees Fonds voor Regionale Ontwikkeling")],
)
def test_every_page_acknowledges_the_eu_funding_with_the_emblem(real_site: Path, lang: str, words: str) -> None:
    for path in ("", "manual/records/kerngruppe", "manual/glossary"):
        funding = page(real_site, lang, path).select_one("footer .mm-funding")
        assert funding is not None and words in funding.get_text() and "INTERREG IV A" in funding.get_text()
        emblem = funding.select_one('svg[role="img"]')
        assert emblem is not None and emblem.get("aria-label")


def test_robots_txt_allows_crawling(real_site: Path) -> None:
    assert (real_site / "robots.txt").read_text(encoding="utf-8") == "User-agent: *\nAllow: /\n"


def test_with_a_site_address_canonical_sitemap_robots_feed_and_404_are_absolute(tmp_path: Path) -> None:
    """As the publish workflow builds for GitHub Pages: the site lives under a path of the host."""
    project = small_project(tmp_path / "project", FIXTURES / "manual_modules")
    result = build_site(project, site_url="https://owner.github.io/handbuch/")
    assert result.returncode == 0, result.stderr
    site, base = project / "site", "https://owner.github.io/handbuch/"
    for lang in LANGUAGES:
        prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
        page = BeautifulSoup((site / prefix / "manual/records/alpha/index.html").read_text("utf-8"), "html.parser")
        canonical = page.select_one('link[rel="canonical"]')
        assert canonical is not None and canonical["href"] == f"{base}{prefix}manual/records/alpha/"
        feed = (site / prefix / "manual/feed.xml").read_text(encoding="utf-8")
        assert f'<link rel="self" href="{base}{prefix}manual/feed.xml"/>' in feed
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{base}manual/records/alpha/</loc>" in sitemap
    assert f'hreflang="nl" href="{base}nl/manual/records/alpha/"' in sitemap and "None" not in sitemap
    assert (site / "robots.txt").read_text(encoding="utf-8").endswith(f"Sitemap: {base}sitemap.xml\n")
    not_found = BeautifulSoup((site / "404.html").read_text("utf-8"), "html.parser")
    assert [a["href"] for a in not_found.select('section[lang="nl"] a')] == ["/handbuch/nl/", "/handbuch/nl/manual/"]
    assert all(str(link["href"]).startswith("/handbuch/") for link in not_found.select("link[href]"))


def test_git_dates_reach_the_footer_the_changes_page_and_the_feed_in_the_reader_language(tmp_path: Path) -> None:
    """The dates come from `git log` of the project: a record committed on 5 March 2026."""
    project = small_project(tmp_path / "project", FIXTURES / "manual_modules")
    day = {"GIT_AUTHOR_DATE": "2026-03-05T12:00:00+00:00", "GIT_COMMITTER_DATE": "2026-03-05T12:00:00+00:00"}
    identity = ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"]
    for command in (["init", "-q"], ["add", "-A"], [*identity, "commit", "-q", "-m", "Records"]):
        subprocess.run(["git", "-C", str(project), *command], check=True, env={**os.environ, **day})
    result = build_site(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    for prefix, words in (("", "5. März 2026"), ("nl/", "5 maart 2026")):
        page = (site / prefix / "manual/records/alpha/index.html").read_text(encoding="utf-8")
        assert f'<time datetime="2026-03-05">{words}</time>' in page
        assert "alpha" in (site / prefix / "manual/changes/index.html").read_text(encoding="utf-8")
        assert "<updated>2026-03-05T00:00:00Z</updated>" in (site / prefix / "manual/feed.xml").read_text("utf-8")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_api_reference_is_marked_english_and_its_code_spans_stay_code(real_site: Path, lang: str) -> None:
    """The reference is generated from English docstrings: marked `lang="en"` on German and Dutch pages, in three
    parts (one page was 8,800 elements, slow in Lighthouse); a docstring's `{page}` stays a code span."""
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    for part in ("core", "output", "adapter"):
        page = BeautifulSoup((real_site / prefix / "api" / part / "index.html").read_text("utf-8"), "html.parser")
        reference = page.select_one('article div[lang="en"]')
        assert reference is not None and reference.select("h2.doc-heading"), part
        assert len(page.find_all(True)) < 4000, part
    output = (real_site / prefix / "api/output/index.html").read_text(encoding="utf-8")
    assert "<code>{page}</code>" in output and " {page}=" not in output
