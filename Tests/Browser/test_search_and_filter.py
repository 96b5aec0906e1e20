"""Search (search.html and the header's search box) and the period dashboard's filter, used as a reader
would: typing, choosing, clicking, from file://. And both with JavaScript off (progressive enhancement)."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import WIDTHS


def current_file(driver) -> Path:
    return Path(unquote(urlparse(driver.current_url).path)).resolve()


def full_width(text: str) -> str:
    """ASCII letters and digits as their full-width forms (ＯＫＲ for OKR), as Japanese keyboards often type them."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


def search(browser, site, query: str) -> list[dict]:
    """Opens search.html?q=…, waits for the script to answer, and returns the results shown."""
    browser.open(site.root / "search.html")
    driver = browser.driver
    field = driver.find_element(By.ID, "search-q")
    field.clear()
    field.send_keys(query)
    field.submit()
    WebDriverWait(driver, 10).until(lambda d: d.find_element(By.ID, "search-status").text.strip() != "")
    results = []
    for item in driver.find_elements(By.CSS_SELECTOR, "#search-results .search-result"):
        link = item.find_element(By.CSS_SELECTOR, ".search-result-title")
        results.append({
            "title": link.text,
            "href": link.get_property("href"),
            "text": item.text,
            "key_results": [a.get_property("href") for a in item.find_elements(By.CSS_SELECTOR, ".search-result-krs a")
                            if a.is_displayed()],
        })
    return results


def objective_files(site, results) -> set[Path]:
    return {Path(unquote(urlparse(r["href"]).path)).resolve() for r in results}


def test_header_search_box_leads_to_results_and_back(browser, site):
    """From an objective page two folders deep: type its title's first word in the header, submit, find the
    objective among the results, and follow the link back to it."""
    driver = browser.driver
    page = site.pages["objective"]
    browser.open(page)
    title = driver.find_element(By.TAG_NAME, "h1").text
    word = re.split(r"[\s、。,]", title)[0][:6]
    box = driver.find_element(By.ID, "site-search-q")
    box.send_keys(word)
    box.submit()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results .search-result"))
    assert current_file(driver) == (site.root / "search.html").resolve()
    assert parse_qs(urlparse(driver.current_url).query)["q"] == [word]
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, ".search-result-title") if a.text == title]
    assert links, f"searching {word!r} from the header did not list {title!r}"
    links[0].click()
    assert current_file(driver) == page.resolve()
    assert browser.console_errors() == []


def test_every_objective_is_found_by_its_title(browser, site):
    """Each objective of the site, searched by its whole title, is among the results, linked to its page."""
    for objective in site.data["objectives"]:
        results = search(browser, site, objective["title"])
        assert (site.root / objective["url"]).resolve() in objective_files(site, results), (
            f"searching the title {objective['title']!r} did not find {objective['id']}"
        )


def test_full_width_and_case_do_not_matter(browser, site):
    """A Latin word typed in full-width capitals finds what is written in half-width (NFKC, case-insensitive)."""
    candidates = [(o, m.group(0)) for o in site.data["objectives"]
                  for m in [re.search(r"[A-Za-z]{2,}", o["title"] + " " + " ".join(k["title"] for k in o["key_results"]))] if m]
    assert candidates, "the example has no Latin word to search for"
    objective, word = candidates[0]
    results = search(browser, site, full_width(word.upper()))
    assert (site.root / objective["url"]).resolve() in objective_files(site, results), (
        f"{full_width(word.upper())!r} did not find {objective['id']}, which holds {word!r}"
    )


def test_owner_and_tag_find_their_objectives(browser, site):
    owned = [o for o in site.data["objectives"] if o.get("owner_name")]
    owner = owned[0]["owner_name"]
    expected = {(site.root / o["url"]).resolve() for o in owned if o["owner_name"] == owner}
    found = objective_files(site, search(browser, site, owner))
    assert expected <= found, f"searching the owner {owner!r} missed {sorted(str(p) for p in expected - found)}"

    tagged = [o for o in site.data["objectives"] if o.get("tags")]
    tag = tagged[0]["tags"][0]
    expected = {(site.root / o["url"]).resolve() for o in tagged if tag in o["tags"]}
    found = objective_files(site, search(browser, site, tag))
    assert expected <= found, f"searching the tag {tag!r} missed {sorted(str(p) for p in expected - found)}"


def test_key_result_matches_link_to_their_anchor(browser, site):
    objective = next(o for o in site.data["objectives"] if o["key_results"])
    key_result = objective["key_results"][0]
    results = search(browser, site, key_result["title"])
    hit = next((r for r in results if Path(unquote(urlparse(r["href"]).path)).resolve() == (site.root / objective["url"]).resolve()), None)
    assert hit, f"searching the key result {key_result['title']!r} did not find {objective['id']}"
    anchors = [urlparse(href).fragment for href in hit["key_results"]]
    assert f"kr-{key_result['id']}" in anchors, f"the result does not link the key result's anchor: {anchors}"
    page = (site.root / objective["url"]).read_text(encoding="utf-8")
    assert f'id="kr-{key_result["id"]}"' in page


def test_every_word_must_match(browser, site):
    """Two words that never appear in one objective find nothing, and the page says so."""
    results = search(browser, site, "存在しない語zzqx " + site.data["objectives"][0]["title"])
    assert results == []
    assert browser.driver.find_element(By.ID, "search-status").text.strip() != ""


def rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#all-objectives-list tbody tr")


def visible_rows(driver):
    return [row for row in rows(driver) if row.is_displayed()]


@pytest.mark.parametrize("width", WIDTHS)
def test_dashboard_filter_by_unit_health_and_band(browser, site, width):
    driver = browser.driver
    page = site.pages["dashboard"]
    browser.open(page, width=width)
    form = driver.find_element(By.CSS_SELECTOR, "form.objective-filter")
    assert form.is_displayed(), "the filter form stays hidden although JavaScript runs"
    total = len(rows(driver))
    period = site.data["site"]["current_period"]
    assert total == sum(1 for o in site.data["objectives"] if o["period"] == period and not o["draft"])
    status = form.find_element(By.CSS_SELECTOR, ".filter-status")
    assert f"{total}" in status.text

    # A unit with units below it: the filter keeps the unit's and its sub-units' objectives.
    unit_select = Select(driver.find_element(By.ID, "filter-unit"))
    options = [o for o in unit_select.options if o.get_attribute("value")]
    option = max(options, key=lambda o: len(o.get_attribute("data-units").split()))
    units = set(option.get_attribute("data-units").split())
    unit = option.get_attribute("value")
    unit_select.select_by_value(unit)
    shown = visible_rows(driver)
    assert shown and {row.get_attribute("data-unit") for row in shown} <= units
    assert len(shown) == sum(1 for row in rows(driver) if row.get_attribute("data-unit") in units)
    assert f"{len(shown)} / {total}" in status.text
    assert urlparse(driver.current_url).fragment == f"unit={unit}"

    # The filter survives a reload: it lives in the URL's fragment.
    driver.refresh()
    assert len(visible_rows(driver)) == len(shown)
    assert Select(driver.find_element(By.ID, "filter-unit")).first_selected_option.get_attribute("value") == unit

    # Band and health narrow further; every row shown has them.
    for select_id, attribute in (("filter-band", "data-band"), ("filter-health", "data-health")):
        select = Select(driver.find_element(By.ID, select_id))
        value = next(o.get_attribute("value") for o in select.options if o.get_attribute("value"))
        select.select_by_value(value)
        assert all(row.get_attribute(attribute) == value for row in visible_rows(driver))

    driver.find_element(By.CSS_SELECTOR, "form.objective-filter button[type=reset]").click()
    WebDriverWait(driver, 5).until(lambda d: len(visible_rows(d)) == total)
    assert urlparse(driver.current_url).fragment == ""
    assert browser.horizontal_overflow() is None
    assert browser.console_errors() == []


@pytest.fixture
def scripts_off(browser):
    browser.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    yield
    browser.driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_without_javascript_the_pages_still_work(browser, site, scripts_off, artefacts):
    driver = browser.driver
    browser.open(site.pages["dashboard"], width=375)
    assert not driver.find_element(By.CSS_SELECTOR, "form.objective-filter").is_displayed()
    period = site.data["site"]["current_period"]
    assert len(visible_rows(driver)) == sum(1 for o in site.data["objectives"] if o["period"] == period and not o["draft"])
    browser.screenshot(artefacts / "screenshots" / "dashboard-375-no-javascript.png", 375)

    browser.open(site.root / "search.html", width=375)
    assert not driver.find_element(By.CSS_SELECTOR, ".search-results").is_displayed()
    links = driver.find_elements(By.CSS_SELECTOR, ".search-periods a")
    targets = {Path(unquote(urlparse(a.get_property("href")).path)).resolve() for a in links}
    expected = {(site.root / p["url"]).resolve() for p in site.data["periods"]}
    assert targets == expected, "without JavaScript the search page should link every period's dashboard"
    browser.screenshot(artefacts / "screenshots" / "search-375-no-javascript.png", 375)
