#!/usr/bin/env bash
# The Debian packages the build and tests need: Pango and fonts for WeasyPrint PDFs, Chromium for the
# browser tests, nginx for the self-hosting tests. Installs them when run as root, otherwise names
# the command to run. Quiet when everything is already there.
set -euo pipefail
packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-liberation2 chromium nginx-light poppler-utils)
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages: ${missing[*]}"
  echo "Install them with: sudo apt-get install -y ${missing[*]}"
  exit 1
fi
