#!/usr/bin/env bash
# Runs the Emacs eglot smoke test against a built copydesk: editors/emacs/smoke-test.sh [PATH/TO/copydesk]
# Installs Emacs and eglot from Debian (emacs-nox, elpa-eglot) when `emacs` is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
binary="${1:-.build/debug/copydesk}"
[ -x "$binary" ] || { echo "no copydesk binary at $binary; run swift build first" >&2; exit 2; }
if ! command -v emacs >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq emacs-nox elpa-eglot >/dev/null
fi
emacs --version | head -1
timeout 300 emacs --batch -l editors/emacs/smoke-test.el "$binary"
