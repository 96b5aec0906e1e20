"""Every page type in headless Chromium: no console errors, charts with a box, no horizontal overflow at
phone and desktop widths, screenshots kept as artefacts; then every other page for errors and overflow."""
from __future__ import annotations

import pytest

from conftest import PAGE_TYPES, SCHEMES, WIDTHS


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_page_type(browser, site, artefacts, kind, width, scheme):
    page = site.pages[kind]
    browser.open(page, width=width, scheme=scheme)
    assert browser.driver.title, f"{site.relative(page)} has no title"

    errors = browser.console_errors()
    assert not errors, f"{site.relative(page)} at {width}px logged errors:\n" + "\n".join(errors)

    empty = browser.empty_charts()
    assert not empty, f"{site.relative(page)} at {width}px has charts with an empty box: {empty}"

    overflow = browser.horizontal_overflow()
    assert overflow is None, (
        f"{site.relative(page)} overflows horizontally at {width}px: the page is {overflow['width']}px wide "
        f"in a {overflow['viewport']}px viewport; sticking out: {overflow['culprits']}"
    )

    browser.screenshot(artefacts / "screenshots" / f"{kind}-{width}-{scheme}.png", width)


def test_page_types_have_charts(browser, site):
    """The pages the issue names as carrying charts do carry them (so the box test above tests something)."""
    for kind in ("dashboard", "objective", "unit-history", "alignment"):
        browser.open(site.pages[kind])
        assert browser.chart_count() > 0, f"{kind} page {site.relative(site.pages[kind])} has no chart"


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_loads_cleanly(browser, site, width):
    """Every generated page, not only one of each type: no console errors, no empty chart, no overflow."""
    problems = []
    pages = site.html_files()
    for page in pages:
        browser.open(page, width=width)
        name = site.relative(page)
        errors = browser.console_errors()
        if errors:
            problems.append(f"{name}: console: {errors}")
        empty = browser.empty_charts()
        if empty:
            problems.append(f"{name}: empty chart boxes: {empty}")
        overflow = browser.horizontal_overflow()
        if overflow:
            problems.append(f"{name}: {overflow['width']}px wide in {overflow['viewport']}px: {overflow['culprits']}")
    assert not problems, f"{len(problems)} of {len(pages)} pages at {width}px:\n" + "\n".join(problems)
