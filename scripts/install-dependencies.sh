#!/usr/bin/env bash
# Installs the C libraries Okra links against (cmark for Markdown, libyaml for YAML) when they
# are missing. Debian/Ubuntu; run as root or with sudo available. Needs a Swift 6 toolchain on PATH.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "error: no 'swift' on PATH. Install a Swift 6 toolchain from swift.org, then run this again." >&2
  exit 1
fi

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if command -v pkg-config >/dev/null 2>&1; then
  pkg-config --exists libcmark || missing+=(libcmark-dev)
  pkg-config --exists yaml-0.1 || missing+=(libyaml-dev)
else
  missing+=(libcmark-dev libyaml-dev)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing ${missing[*]} …"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
