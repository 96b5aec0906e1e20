"""Quarterly review meetings print the objective page and the period dashboard on A4: no navigation
chrome, no chart wider than the printable width or cut across pages. The PDFs are kept as artefacts."""
from __future__ import annotations

import base64

import pytest

# A4 with 10 mm margins, in CSS pixels (96 per inch).
MM = 96 / 25.4
A4_WIDTH_MM, A4_HEIGHT_MM, MARGIN_MM = 210, 297, 10
PRINTABLE_WIDTH = int((A4_WIDTH_MM - 2 * MARGIN_MM) * MM)  # 718 px
PRINTABLE_HEIGHT = int((A4_HEIGHT_MM - 2 * MARGIN_MM) * MM)  # 1046 px
CHROME = (".site-header", ".breadcrumbs", ".period-switcher", ".site-footer", ".skip-link", ".page-links")


@pytest.mark.parametrize("kind", ("objective", "dashboard", "unit"))
def test_print_layout(browser, site, kind):
    page = site.pages[kind]
    name = site.relative(page)
    browser.open(page, width=PRINTABLE_WIDTH, media="print")
    driver = browser.driver
    assert driver.execute_script("return matchMedia('print').matches"), "print media was not emulated"

    shown = driver.execute_script(
        "return arguments[0].filter(s => [...document.querySelectorAll(s)].some(e => e.getClientRects().length > 0));",
        list(CHROME),
    )
    assert not shown, f"{name} prints navigation chrome: {shown}"

    charts = driver.execute_script(
        """
        return [...document.querySelectorAll('svg')].filter(s => s.getClientRects().length > 0).map(svg => {
          const r = svg.getBoundingClientRect();
          const holder = svg.closest('.chart') || svg;
          return {name: (svg.getAttribute('class') || 'svg') + ' ' + (svg.querySelector('title')?.textContent || ''),
                  left: r.left, right: r.right, width: r.width, height: r.height,
                  breakSvg: getComputedStyle(svg).breakInside, breakHolder: getComputedStyle(holder).breakInside};
        });
        """
    )
    assert charts, f"{name} prints no chart"
    wide = [f"{c['name']} ({c['left']:.0f}…{c['right']:.0f}px)" for c in charts if c["left"] < -0.5 or c["right"] > PRINTABLE_WIDTH + 0.5]
    assert not wide, f"{name}: charts wider than A4's printable {PRINTABLE_WIDTH}px: {wide}"
    tall = [f"{c['name']} ({c['height']:.0f}px)" for c in charts if c["height"] > PRINTABLE_HEIGHT]
    assert not tall, f"{name}: charts taller than an A4 page ({PRINTABLE_HEIGHT}px) would be cut: {tall}"
    loose = [c["name"] for c in charts if "avoid" not in (c["breakSvg"], c["breakHolder"])]
    assert not loose, f"{name}: charts that a page break may cut (no break-inside: avoid): {loose}"
    overflow = browser.horizontal_overflow()
    assert overflow is None, f"{name} is wider than A4 in print: {overflow}"


@pytest.mark.parametrize("kind", ("objective", "dashboard"))
def test_print_to_pdf(browser, site, artefacts, kind):
    page = site.pages[kind]
    browser.open(page)
    inch = 1 / 25.4
    pdf = browser.driver.execute_cdp_cmd(
        "Page.printToPDF",
        {
            "paperWidth": A4_WIDTH_MM * inch,
            "paperHeight": A4_HEIGHT_MM * inch,
            "marginTop": MARGIN_MM * inch,
            "marginBottom": MARGIN_MM * inch,
            "marginLeft": MARGIN_MM * inch,
            "marginRight": MARGIN_MM * inch,
            "printBackground": False,
            "preferCSSPageSize": True,
        },
    )
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF"), "Chromium did not return a PDF"
    out = artefacts / "print" / f"{kind}-A4.pdf"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert 1 <= pages <= 12, f"{site.relative(page)} prints on {pages} A4 pages"
