#!/usr/bin/env bash
# Installs the Debian packages that the browser tests (chromium) and the PDF
# export (xelatex, pandoc, CJK fonts) need. Only missing packages are
# installed, and apt-get update runs only when something is missing, so a
# second run does nothing.
set -euo pipefail

packages=(
	chromium                  # headless browser for the JupyterLab tests (/usr/bin/chromium)
	texlive-xetex             # nbconvert --to pdf runs xelatex
	texlive-fonts-recommended
	texlive-plain-generic
	lmodern                   # Latin Modern fonts for nbconvert's LaTeX template
	pandoc                    # nbconvert converts Markdown cells with pandoc
	librsvg2-bin              # rsvg-convert: SVG charts into PDF figures
	fonts-noto-cjk            # CJK glyphs in notebook text and PDFs
	fonts-dejavu-core         # the PDFs' Latin text, code and symbols
	texlive-lang-chinese      # xeCJK: CJK characters in the CJK font, the rest in the Latin one
	texlive-latex-extra       # nbconvert's LaTeX packages; needspace keeps short code cells whole
)

missing=()
for p in "${packages[@]}"; do
	status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
	[ "$status" = installed ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "setup-apt: all Debian packages present"
	exit 0
fi

sudo=
if [ "$(id -u)" -ne 0 ]; then
	sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
echo "setup-apt: installing ${missing[*]}"
$sudo apt-get update
$sudo apt-get install -y "${missing[@]}" </dev/null
