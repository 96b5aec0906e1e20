"""Every internal link and fragment in the built site resolves, and no page loads anything from the network.

Pure Python (html.parser): each page's links are resolved relative to the page's own file, the way a browser
opening the site from disk would, and must name a file inside the site; a `#fragment` must be an `id` (or an
`<a name>`) in the target page.
"""
from __future__ import annotations

import posixpath
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Attributes that hold a URL, per element; SVG links use href or xlink:href.
URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "poster", "data"}
# Elements whose URL the browser fetches when the page loads (rather than when a link is followed).
RESOURCE_TAGS = {"link", "script", "img", "iframe", "source", "video", "audio", "embed", "object", "image", "use", "input"}


class PageParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str, str]] = []  # (line, tag, url)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in URL_ATTRIBUTES:
                if tag == "link" and name == "href" and dict(attrs).get("rel") in ("canonical", "alternate"):
                    continue
                self.links.append((self.getpos()[0], tag, value))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((self.getpos()[0], tag, candidate.split()[0]))

    handle_startendtag = handle_starttag


@lru_cache(maxsize=None)
def parse(path: Path) -> PageParser:
    parser = PageParser()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme) or url.startswith("//")


def check_link(site_root: Path, page: Path, url: str) -> str | None:
    """None when the link resolves; else why not."""
    if not url.strip():
        return "empty: a link to nothing (the page itself)"
    parts = urlsplit(url)
    if parts.scheme in ("mailto", "tel", "data", "javascript"):
        return None
    if is_external(url):
        return None  # checked separately: pages may link out, but never load from outside
    if parts.path.startswith("/"):
        return "absolute path: pages must link relatively (they are served under any sub-path and from disk)"
    target = page
    if parts.path:
        joined = posixpath.normpath(posixpath.join(page.parent.relative_to(site_root).as_posix(), unquote(parts.path)))
        if joined == ".." or joined.startswith("../"):
            return "points outside the site"
        target = site_root / joined
        if target.is_dir():
            return "names a folder: links must name the file (…/index.html) so they work from disk"
        if not target.is_file():
            return f"no such file {joined}"
    fragment = unquote(parts.fragment)
    if fragment and target.suffix == ".html" and fragment not in parse(target).ids:
        return f"no id {fragment!r} in {target.relative_to(site_root).as_posix()}"
    return None


def test_every_internal_link_resolves(site):
    root = site.root.resolve()
    pages = [p.resolve() for p in site.html_files()]
    checked = 0
    broken = []
    for page in pages:
        for line, tag, url in parse(page).links:
            problem = check_link(root, page, url)
            checked += 1
            if problem:
                broken.append(f"{page.relative_to(root).as_posix()}:{line}: <{tag}> {url!r}: {problem}")
    assert not broken, f"broken link: {broken[0]}" + (
        f"\n({len(broken) - 1} more:)\n" + "\n".join(broken[1:]) if len(broken) > 1 else ""
    )
    assert checked > 1000, f"only {checked} links found in {len(pages)} pages: is the parser looking?"
    print(f"{checked} links in {len(pages)} pages resolve")


def test_no_page_loads_from_the_network(site):
    root = site.root.resolve()
    remote = []
    for page in (p.resolve() for p in site.html_files()):
        for line, tag, url in parse(page).links:
            if tag in RESOURCE_TAGS and is_external(url) and not url.startswith("data:"):
                remote.append(f"{page.relative_to(root).as_posix()}:{line}: <{tag}> {url}")
        text = page.read_text(encoding="utf-8")
        assert "@import" not in text and "@font-face" not in text, f"{page.relative_to(root)}: inline CSS loads something"
    assert not remote, "pages load from the network:\n" + "\n".join(remote)


def test_link_checker_catches_broken_links(tmp_path):
    """The checker itself: a missing file, a missing fragment and a folder link are all caught."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text('<p id="here">x</p>', encoding="utf-8")
    page = tmp_path / "index.html"
    page.write_text("<p id='top'></p>", encoding="utf-8")
    assert check_link(tmp_path, page, "a/index.html#here") is None
    assert check_link(tmp_path, page, "#top") is None
    assert "empty" in check_link(tmp_path, page, "")
    assert "no such file" in check_link(tmp_path, page, "b.html")
    assert "no id" in check_link(tmp_path, page, "a/index.html#gone")
    assert "no id" in check_link(tmp_path, page, "#gone")
    assert "folder" in check_link(tmp_path, page, "a/")
    assert "outside" in check_link(tmp_path, page, "../x.html")
    assert "absolute" in check_link(tmp_path, page, "/a/index.html")
