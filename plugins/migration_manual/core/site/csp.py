"""A Content-Security-Policy for every page, as a `<meta>` element: static hosts such as GitHub Pages send no
headers, so the policy travels with the page.

Material for MkDocs puts three small inline scripts into every page (colour palette, scroll target, site scope). They
are allowed by their SHA-256 hashes, computed from the page itself but only outside its content (`<article>`): a
script that got into the content is not on the list, so the browser blocks it — a second line of defence behind the
allow-list gate on the sources (`core.checks.html_gate`).
"""

from __future__ import annotations

import base64
import hashlib
import re

POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)
"""Only this site's own files. `data:` images: the theme's icons are data addresses in its stylesheet. No
`frame-ancestors`: browsers ignore it in a `<meta>` element (and say so in the console)."""
REFERRER = "no-referrer"
"""Following a link to a source does not tell its host which page of the manual the reader came from."""

_CONTENT = re.compile(r"<article\b.*?</article>", re.S)
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.I)


def theme_script_hashes(page: str) -> list[str]:
    """The CSP hash sources of the inline scripts outside the page's content, in page order, without repeats."""
    outside = _CONTENT.sub("", page)
    hashes = []
    for match in _INLINE_SCRIPT.finditer(outside):
        if "application/json" in match[1]:
            continue  # data, not run: Material's configuration
        digest = base64.b64encode(hashlib.sha256(match[2].encode("utf-8")).digest()).decode("ascii")
        hashes.append(f"'sha256-{digest}'")
    return list(dict.fromkeys(hashes))


def with_security_policy(page: str) -> str:
    """The page with its Content-Security-Policy and referrer policy right after `<meta charset>` (before any
    script, so that the policy covers them all); unchanged when the page has no such element."""
    match = _CHARSET.search(page)
    if match is None:
        return page
    policy = POLICY.format(hashes=" ".join(theme_script_hashes(page)))
    tags = (
        f'\n    <meta http-equiv="Content-Security-Policy" content="{policy}">'
        f'\n    <meta name="referrer" content="{REFERRER}">'
    )
    return page[: match.end()] + tags + page[match.end() :]
