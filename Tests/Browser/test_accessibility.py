"""axe-core on every page type in the light and the dark colour scheme: no serious or critical violation.
And status is never carried by colour alone: whatever is coloured by band also says the band in text."""
from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import PAGE_TYPES, SCHEMES

AXE_OPTIONS = '{"resultTypes": ["violations"]}'
BAND_WORDS = {
    "ja": {"green": "緑", "yellow": "黄", "red": "赤"},
    "en": {"green": "green", "yellow": "yellow", "red": "red"},
}


def axe_script() -> str:
    import axe_selenium_python

    return (Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js").read_text(
        encoding="utf-8"
    )


@pytest.fixture(scope="session")
def axe_source() -> str:
    return axe_script()


def describe(violation: dict) -> str:
    nodes = "\n".join(
        f"      {' '.join(n['target'])}: {n.get('failureSummary', '').splitlines()[-1].strip() if n.get('failureSummary') else ''}"
        for n in violation["nodes"][:8]
    )
    more = f"\n      … and {len(violation['nodes']) - 8} more" if len(violation["nodes"]) > 8 else ""
    return f"  [{violation['impact']}] {violation['id']}: {violation['help']}\n{nodes}{more}"


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_axe(browser, site, axe_source, kind, scheme):
    page = site.pages[kind]
    browser.open(page, scheme=scheme)
    dark = browser.driver.execute_script("return matchMedia('(prefers-color-scheme: dark)').matches")
    assert dark == (scheme == "dark"), "the colour scheme was not emulated"
    browser.driver.execute_script(axe_source)
    results = browser.driver.execute_async_script(
        f"const done = arguments[arguments.length - 1]; axe.run(document, {AXE_OPTIONS}).then(done, e => done({{error: String(e)}}));"
    )
    assert "error" not in results, results.get("error")
    bad = [v for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, f"{site.relative(page)} ({scheme}): {len(bad)} serious or critical axe violations:\n" + "\n".join(
        describe(v) for v in bad
    )


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_status_not_by_colour_alone(browser, site, kind):
    """Every element coloured by a band (its class names the band) writes that band in its own text."""
    words = BAND_WORDS.get(site.data["site"]["language"], BAND_WORDS["en"])
    page = site.pages[kind]
    browser.open(page)
    coloured = browser.driver.execute_script(
        """
        const out = [];
        for (const el of document.querySelectorAll('[class*="band-"]')) {
          const cls = el.getAttribute('class') || '';
          const m = cls.match(/(?:^|\\s)(?:okra-)?band-(green|yellow|red)(?:\\s|$)/);
          if (!m) continue;
          // An SVG shape says its band in the text of the chart it is drawn in (visible or its description).
          const holder = el instanceof SVGElement && !(el instanceof SVGSVGElement) ? el.closest('svg') : el;
          out.push([m[1], el.tagName.toLowerCase() + '.' + cls.replace(/\\s+/g, '.'), holder.textContent]);
        }
        return out;
        """
    )
    missing = [f"{name} ({band})" for band, name, text in coloured if words[band] not in text]
    assert not missing, (
        f"{site.relative(page)}: coloured by band without saying it in text ({len(missing)}): " + ", ".join(missing[:10])
    )


@pytest.mark.parametrize("kind", ("objective", "unit", "dashboard"))
def test_health_is_written(browser, site, kind):
    """Health is shown with a symbol and a word, not by colour alone."""
    page = site.pages[kind]
    browser.open(page)
    for element in browser.driver.find_elements(By.CSS_SELECTOR, ".health"):
        assert element.text.strip(), f"{site.relative(page)}: a health mark without text"
