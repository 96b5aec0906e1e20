"""Shared fixtures of the browser tests: the example site, built once, and a headless Chromium.

The site is the example company in content/, built by the release binary with a fixed "today" so the
pages (and so the screenshots) are the same on every run. See docs/browser-tests.md.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / ".build-browser"
SITE_DIR = WORK / "site"
ARTEFACTS = WORK / "artefacts"
TODAY = "2026-11-24"
WIDTHS = (375, 1280)
SCHEMES = ("light", "dark")

# Selenium must not try to download a driver or a browser: everything comes from Debian's packages.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")


@dataclass
class Site:
    root: Path
    data: dict  # okrs.json
    pages: dict[str, Path] = field(default_factory=dict)  # page type → file

    def url(self, page: Path | str) -> str:
        path = page if isinstance(page, Path) else self.root / page
        return path.resolve().as_uri()

    def relative(self, page: Path) -> str:
        return page.resolve().relative_to(self.root.resolve()).as_posix()

    def html_files(self) -> list[Path]:
        return sorted(self.root.rglob("*.html"))


def okra_binary() -> Path:
    binary = Path(os.environ.get("OKRA", ROOT / ".build" / "release" / "okra"))
    if not binary.exists():
        pytest.exit(f"{binary} is missing: run `swift build -c release --product okra` (make browser-test does)", 2)
    return binary


def pick_page_types(root: Path, data: dict) -> dict[str, Path]:
    """One page of each type, found from okrs.json and the file tree rather than hard-coded slugs."""
    current = data["site"]["current_period"]
    objectives = [o for o in data["objectives"] if o["period"] == current and not o["draft"]]
    # The objective with the most check-ins has the most charts to look at.
    objective = max(objectives, key=lambda o: (sum(len(k.get("checkins", [])) for k in o["key_results"]), o["id"]))
    unit = objective["unit"]
    people = {p["id"]: p for p in data["people"]}
    person = people.get(objective["owner"]) or data["people"][0]
    pages = {
        "home": root / "index.html",
        "archive": root / "archive.html",
        "dashboard": root / current / "index.html",
        "alignment": root / current / "alignment.html",
        "matrix": root / current / "matrix.html",
        "unit": root / current / unit / "index.html",
        "objective": root / objective["url"],
        "person": root / person["url"],
        "unit-history": root / "units" / f"{unit}.html",
        "search": root / "search.html",
    }
    for kind, path in pages.items():
        assert path.is_file(), f"page type {kind}: {path} was not built"
    return pages


@pytest.fixture(scope="session")
def site() -> Site:
    WORK.mkdir(exist_ok=True)
    result = subprocess.run(
        [str(okra_binary()), "build", "--content", str(ROOT / "content"), "--output", str(SITE_DIR), "--today", TODAY],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, f"okra build failed:\n{result.stdout}\n{result.stderr}"
    data = json.loads((SITE_DIR / "okrs.json").read_text(encoding="utf-8"))
    return Site(root=SITE_DIR, data=data, pages=pick_page_types(SITE_DIR, data))


@pytest.fixture(scope="session")
def artefacts() -> Path:
    shutil.rmtree(ARTEFACTS, ignore_errors=True)
    ARTEFACTS.mkdir(parents=True)
    return ARTEFACTS


def pytest_terminal_summary(terminalreporter):
    if ARTEFACTS.is_dir():
        count = sum(1 for p in ARTEFACTS.rglob("*") if p.is_file())
        terminalreporter.write_line(f"browser test artefacts ({count} screenshots and print PDFs): {ARTEFACTS}")


def _chromium_path() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.exit("no chromium on PATH: run scripts/install-browser-test-tools.sh", 2)


@pytest.fixture(scope="session")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = _chromium_path()
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--hide-scrollbars",  # scrollbars would change the layout width between runs
        "--force-device-scale-factor=1",
        "--window-size=1280,900",
        "--lang=ja",
        "--no-first-run",
        "--disable-extensions",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chromedriver = shutil.which("chromedriver") or "/usr/lib/chromium/chromedriver"
    browser = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    browser.set_page_load_timeout(30)
    browser.set_script_timeout(60)
    yield browser
    browser.quit()


class Browser:
    """Small helpers over the Selenium driver: viewport, colour scheme, media, console log."""

    def __init__(self, driver, site: Site):
        self.driver = driver
        self.site = site

    def viewport(self, width: int, height: int = 900) -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def media(self, scheme: str = "light", media: str = "") -> None:
        self.driver.execute_cdp_cmd(
            "Emulation.setEmulatedMedia",
            {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]},
        )

    def open(self, page: Path | str, width: int = 1280, scheme: str = "light", media: str = "") -> None:
        self.viewport(width)
        self.media(scheme, media)
        self.console()  # drop what earlier pages logged
        self.driver.get(self.site.url(page))
        self.driver.execute_script("return document.fonts ? document.fonts.ready : null")

    def console(self) -> list[dict]:
        return self.driver.get_log("browser")

    def console_errors(self) -> list[str]:
        return [f"{e['level']}: {e['message']}" for e in self.console() if e["level"] in ("SEVERE", "ERROR")]

    def horizontal_overflow(self) -> dict | None:
        """None when nothing sticks out; else the page width, the viewport and the widest culprits."""
        return self.driver.execute_script(
            """
            const viewport = document.documentElement.clientWidth;
            const width = document.documentElement.scrollWidth;
            if (width <= viewport) return null;
            const culprits = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.right > viewport + 0.5 && r.width > 0) {
                let name = el.tagName.toLowerCase();
                if (el.id) name += '#' + el.id;
                if (el.classList.length) name += '.' + [...el.classList].join('.');
                culprits.push(name + ' right=' + Math.round(r.right));
              }
            }
            return {viewport, width, culprits: culprits.slice(0, 12)};
            """
        )

    def empty_charts(self) -> list[str]:
        """Charts (inline SVG) whose box has no width or height."""
        return self.driver.execute_script(
            """
            return [...document.querySelectorAll('svg')].filter(svg => {
              const r = svg.getBoundingClientRect();
              return !(r.width > 0 && r.height > 0);
            }).map(svg => (svg.getAttribute('class') || 'svg') + ' ' + (svg.querySelector('title')?.textContent || ''));
            """
        )

    def chart_count(self) -> int:
        return self.driver.execute_script("return document.querySelectorAll('svg').length")

    def screenshot(self, path: Path, width: int) -> None:
        height = self.driver.execute_script(
            "return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight))"
        )
        self.viewport(width, max(200, min(int(height), 16000)))
        path.parent.mkdir(parents=True, exist_ok=True)
        self.driver.save_screenshot(str(path))
        self.viewport(width)


@pytest.fixture(scope="session")
def browser(driver, site) -> Browser:
    return Browser(driver, site)


PAGE_TYPES = ("home", "archive", "dashboard", "alignment", "matrix", "unit", "objective", "person", "unit-history", "search")
