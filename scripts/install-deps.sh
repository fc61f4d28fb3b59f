#!/usr/bin/env bash
# Installs what the browser checks need on a fresh Debian machine: Chromium, fonts for
# Arabic and Tifinagh (so screenshots show real glyphs), poppler (the PDF tests render and
# read the printable plan) and the npm packages of e2e/.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need_apt+=(fonts-noto-core)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing Debian packages: ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if [ ! -d e2e/node_modules/playwright-core ] || [ ! -d e2e/node_modules/axe-core ]; then
  echo "installing npm packages for e2e/"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "browser test dependencies ready: $(chromium --version 2>/dev/null || echo chromium missing)"
