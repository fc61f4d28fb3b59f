#!/usr/bin/env bash
# Installs what the browser and API checks need on a fresh Debian machine: Chromium, fonts for
# Arabic and Tifinagh (so screenshots show real glyphs), poppler (the PDF tests render and
# read the printable plan), the npm packages of e2e/ and schemathesis (PyPI) for the API.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need_apt+=(fonts-noto-core)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || need_apt+=(python3-venv)
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
# schemathesis, pinned, in a virtual environment of its own (e2e/api.mjs runs it over the
# OpenAPI document). Python 3.9+ with venv is all it needs from the machine.
SCHEMATHESIS_VERSION=4.32.5
if ! e2e/.venv/bin/schemathesis --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  echo "installing schemathesis $SCHEMATHESIS_VERSION into e2e/.venv"
  python3 -m venv e2e/.venv
  e2e/.venv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi
# The real servers of the storage and mail tests, pinned, in the same environment: moto's
# S3-compatible server (scripts/s3-server) and aiosmtpd (scripts/smtp-server.py).
MOTO_VERSION=5.2.6
AIOSMTPD_VERSION=1.4.6
if ! e2e/.venv/bin/python -c "import moto, aiosmtpd, sys; sys.exit(moto.__version__ != '$MOTO_VERSION')" 2>/dev/null; then
  echo "installing moto $MOTO_VERSION and aiosmtpd $AIOSMTPD_VERSION into e2e/.venv"
  e2e/.venv/bin/pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" "aiosmtpd==$AIOSMTPD_VERSION"
fi
echo "API test dependencies ready: $(e2e/.venv/bin/schemathesis --version)"
echo "storage and mail servers ready: moto $(e2e/.venv/bin/python -c 'import moto; print(moto.__version__)'), aiosmtpd $(e2e/.venv/bin/python -c 'import aiosmtpd; print(aiosmtpd.__version__)')"
echo "browser test dependencies ready: $(chromium --version 2>/dev/null || echo chromium missing)"
