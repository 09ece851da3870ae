"""The 404 page's notices (`core/site/not_found.py`): every language on the default language's page, which hosts
such as GitHub Pages serve at every missing address; absolute links under the site's address path."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import project_settings
from migration_manual.core.model import Manual
from migration_manual.core.model.manual import Labels, MissingLabelError
from migration_manual.core.site.not_found import not_found_notices, site_base_path, write_not_found_pages


@pytest.mark.parametrize(
    ("site_url", "base"),
    [
        (None, "/"),
        ("", "/"),
        ("https://example.org", "/"),
        ("https://example.org/", "/"),
        ("https://owner.github.io/handbuch", "/handbuch/"),
        ("https://owner.github.io/a/b/", "/a/b/"),
    ],
)
def test_the_base_path_comes_from_the_site_address(site_url: str | None, base: str) -> None:
    assert site_base_path(site_url) == base


def test_the_default_language_page_speaks_every_language_with_links_in_each(manual: Manual, tmp_path: Path) -> None:
    settings = project_settings(tmp_path, site_url="https://owner.github.io/handbuch/")
    notices = not_found_notices(settings=settings, labels=manual.labels, lang="de")
    assert [n.lang for n in notices] == ["de", "nl"]
    assert [href for _, href in notices[1].links] == ["/handbuch/nl/", "/handbuch/nl/manual/"]
    assert notices[1].title == manual.labels.get("not_found_title", "nl")
    only_dutch = not_found_notices(settings=settings, labels=manual.labels, lang="nl")
    assert [(n.lang, [href for _, href in n.links]) for n in only_dutch] == [
        ("nl", ["/handbuch/nl/", "/handbuch/nl/manual/"])
    ]


def test_a_third_language_is_on_the_default_page_and_a_missing_text_is_named(tmp_path: Path) -> None:
    texts = {
        key: {"de": f"{key} de", "nl": f"{key} nl", "fy": f"{key} fy"}
        for key in ("not_found_title", "not_found_text", "not_found_home", "not_found_overview")
    }
    settings = project_settings(tmp_path, ("de", "nl", "fy"))
    notices = not_found_notices(settings=settings, labels=Labels("labels.yml", texts), lang="de")
    assert [(n.lang, n.title) for n in notices] == [
        ("de", "not_found_title de"),
        ("nl", "not_found_title nl"),
        ("fy", "not_found_title fy"),
    ]
    del texts["not_found_home"]["fy"]
    with pytest.raises(MissingLabelError, match="not_found_home"):
        not_found_notices(settings=settings, labels=Labels("labels.yml", texts), lang="de")


def test_each_language_page_goes_to_its_folder_and_the_default_to_the_root(tmp_path: Path) -> None:
    settings = project_settings(tmp_path)
    write_not_found_pages(tmp_path / "site", settings, {"nl": "<p>nl</p>", "de": "<p>de</p>"})
    assert (tmp_path / "site" / "404.html").read_text(encoding="utf-8") == "<p>de</p>"
    assert (tmp_path / "site" / "nl" / "404.html").read_text(encoding="utf-8") == "<p>nl</p>"
