"""The period switcher and the breadcrumbs navigate, by clicking, as a reader would."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from selenium.webdriver.common.by import By

from conftest import WIDTHS


def current_file(driver) -> Path:
    return Path(unquote(urlparse(driver.current_url).path)).resolve()


def link_target(link) -> Path:
    # The DOM property `href` is the absolute URL the browser resolved from the relative attribute.
    return Path(unquote(urlparse(link.get_property("href")).path)).resolve()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", ("objective", "unit", "dashboard"))
def test_period_switcher(browser, site, kind, width):
    driver = browser.driver
    page = site.pages[kind]
    browser.open(page, width=width)
    links = driver.find_elements(By.CSS_SELECTOR, ".period-switcher li a")
    periods = [(a.get_attribute("href"), a.get_attribute("aria-current")) for a in links]
    assert len(periods) >= 2, f"{site.relative(page)}: the period switcher lists {len(periods)} periods"
    assert sum(1 for _, current in periods if current == "page") == 1, (
        f"{site.relative(page)}: exactly one period should be marked aria-current"
    )

    for index in range(len(periods)):
        browser.open(page, width=width)
        switcher = driver.find_element(By.CSS_SELECTOR, ".period-switcher")
        switcher.find_element(By.TAG_NAME, "summary").click()
        assert switcher.get_attribute("open") is not None, "the switcher did not open"
        menu = switcher.find_element(By.TAG_NAME, "ul")
        box = driver.execute_script("const r = arguments[0].getBoundingClientRect(); return [r.left, r.right];", menu)
        viewport = driver.execute_script("return document.documentElement.clientWidth")
        assert box[0] >= 0 and box[1] <= viewport, (
            f"{site.relative(page)} at {width}px: the open period menu spans {box}, outside the {viewport}px viewport"
        )
        link = switcher.find_elements(By.CSS_SELECTOR, "li a")[index]
        label, target = link.text, link_target(link)
        assert link.is_displayed(), f"period link {label!r} is not visible"
        link.click()
        arrived = current_file(driver)
        assert arrived == target, f"clicking {label!r} went to {arrived}, not {target}"
        assert arrived.is_file() and arrived.is_relative_to(site.root.resolve())
        # The switcher on the new page marks the period we chose.
        chosen = driver.find_elements(By.CSS_SELECTOR, ".period-switcher a[aria-current='page']")
        assert [a.get_attribute("textContent") for a in chosen] == [label], (
            f"after choosing {label!r} on {site.relative(page)}, {site.relative(arrived)} marks "
            f"{[a.get_attribute('textContent') for a in chosen]} as the current period"
        )
        # The switcher keeps you on the same objective or unit when it exists in the other period, and
        # otherwise goes to that period's unit page or dashboard (docs/build.md).
        root = site.root.resolve()
        period = arrived.relative_to(root).parts[0]
        here = page.resolve().relative_to(root).parts  # (period, unit, slug.html), (period, unit, index.html), …
        candidates = [root / period / "index.html"]
        if kind == "unit":
            candidates.insert(0, root / period / here[1] / "index.html")
        elif kind == "objective":
            candidates[:0] = [root / period / here[1] / here[2], root / period / here[1] / "index.html"]
        expected = next(c for c in candidates if c.is_file())
        assert arrived == expected, (
            f"from {site.relative(page)}, choosing {label!r} went to {site.relative(arrived)}, not {site.relative(expected)}"
        )


@pytest.mark.parametrize("kind", ("objective", "unit", "matrix", "alignment", "person", "unit-history"))
def test_breadcrumbs(browser, site, kind):
    driver = browser.driver
    page = site.pages[kind]
    browser.open(page)
    crumbs = driver.find_elements(By.CSS_SELECTOR, ".breadcrumbs a")
    assert crumbs, f"{site.relative(page)} has no breadcrumb links"
    last = driver.find_elements(By.CSS_SELECTOR, ".breadcrumbs [aria-current='page']")
    assert len(last) == 1, f"{site.relative(page)}: the breadcrumbs should end with the page itself (aria-current)"

    for index in range(len(crumbs)):
        browser.open(page)
        link = driver.find_elements(By.CSS_SELECTOR, ".breadcrumbs a")[index]
        label, target = link.text, link_target(link)
        link.click()
        arrived = current_file(driver)
        assert arrived == target and arrived.is_file(), f"breadcrumb {label!r} went to {arrived}, not {target}"
        assert arrived != page.resolve(), f"breadcrumb {label!r} links to the page itself"
        if index > 0:
            # The page a breadcrumb leads to ends its own breadcrumbs with the same name.
            here = driver.find_element(By.CSS_SELECTOR, ".breadcrumbs [aria-current='page']").text
            assert here == label, f"breadcrumb {label!r} led to a page whose breadcrumbs end with {here!r}"
