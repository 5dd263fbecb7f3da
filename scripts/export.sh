#!/usr/bin/env bash
# Exports every notebook to HTML, Markdown and PDF (nbconvert, xelatex).
#
#   scripts/export.sh [NOTEBOOK_DIR [OUT_DIR]]     (defaults: notebooks build)
#
# Notebooks are stored with their outputs, so they are exported as they are;
# EXECUTE=1 runs them first with their kernel (the goteach kernelspec must be
# installed: `go run ./install`). FORMATS picks the formats (default
# "html markdown pdf"). Results go to OUT_DIR/html, OUT_DIR/markdown and
# OUT_DIR/pdf.
set -euo pipefail
cd "$(dirname "$0")/.."

src=${1:-notebooks}
out=${2:-build}
python=${PYTHON:-python3}

shopt -s nullglob
notebooks=("$src"/*.ipynb)
if [ ${#notebooks[@]} -eq 0 ]; then
	echo "export: no notebooks in $src" >&2
	exit 1
fi

execute=()
if [ "${EXECUTE:-0}" = 1 ]; then
	execute=(--execute --ExecutePreprocessor.timeout=600)
fi

nbconvert() {
	"$python" -m jupyter nbconvert "${execute[@]}" "$@" "${notebooks[@]}"
}

for format in ${FORMATS:-html markdown pdf}; do
	case $format in
	html | markdown)
		nbconvert --to "$format" --output-dir "$out/$format"
		;;
	pdf)
		# SVG outputs (the tutorials' charts) become PDF figures with
		# rsvg-convert rather than nbconvert's default, Inkscape.
		nbconvert --to pdf --output-dir "$out/pdf" \
			--TemplateExporter.extra_template_basedirs=scripts/nbconvert --template goteach-pdf \
			'--SVG2PDFPreprocessor.command=rsvg-convert -f pdf -o {to_filename} {from_filename}'
		;;
	*)
		echo "export: unknown format $format (html, markdown, pdf)" >&2
		exit 2
		;;
	esac
	echo "export: ${#notebooks[@]} notebook(s) to $out/$format"
done
