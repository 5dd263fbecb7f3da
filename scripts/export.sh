#!/usr/bin/env bash
# Exports every notebook to HTML, Markdown and PDF (nbconvert, xelatex).
#
#   scripts/export.sh [NOTEBOOK_DIR [OUT_DIR]]     (defaults: notebooks build)
#
# Notebooks are stored with their outputs, so they are exported as they are;
# EXECUTE=1 runs them first with their kernel (the goteach kernelspec must be
# installed: `go run ./install`). FORMATS picks the formats (default
# "html markdown pdf"). Results go to OUT_DIR/html, OUT_DIR/markdown and
# OUT_DIR/pdf (with xelatex's output in OUT_DIR/pdf/xelatex.log).
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
	html)
		# One run per notebook: the page's lang is the notebook's language
		# (metadata goteach.language), and images carry alt text.
		for nb in "${notebooks[@]}"; do
			lang=$("$python" -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["metadata"].get("goteach", {}).get("language", "en"))' "$nb")
			"$python" -m jupyter nbconvert "${execute[@]}" --to html --output-dir "$out/html" \
				--TemplateExporter.extra_template_basedirs=scripts/nbconvert --template goteach-html "$nb"
			# nbconvert takes two-letter codes only; zh-TW and zh-CN tell
			# a reader (and a screen reader) which script to expect.
			html="$out/html/$(basename "${nb%.ipynb}").html"
			sed -i "0,/<html lang=\"[^\"]*\">/s//<html lang=\"$lang\">/" "$html"
		done
		;;
	markdown)
		nbconvert --to "$format" --output-dir "$out/$format"
		;;
	pdf)
		# SVG outputs (the tutorials' charts) become PDF figures with
		# rsvg-convert rather than nbconvert's default, Inkscape. xelatex's
		# output is kept in OUT_DIR/pdf/xelatex.log: a character without a
		# glyph in the fonts fails the export instead of vanishing.
		mkdir -p "$out/pdf"
		log="$out/pdf/xelatex.log"
		if ! nbconvert --to pdf --output-dir "$out/pdf" --PDFExporter.verbose=True \
			--TemplateExporter.extra_template_basedirs=scripts/nbconvert --template goteach-pdf \
			'--SVG2PDFPreprocessor.command=rsvg-convert -f pdf -o {to_filename} {from_filename}' >"$log" 2>&1; then
			tail -n 40 "$log" >&2
			echo "export: xelatex failed (the whole output is in $log)" >&2
			exit 1
		fi
		if grep -a "Missing character" "$log" >&2; then
			echo "export: characters above have no glyph in the PDF's fonts (see $log)" >&2
			exit 1
		fi
		;;
	*)
		echo "export: unknown format $format (html, markdown, pdf)" >&2
		exit 2
		;;
	esac
	echo "export: ${#notebooks[@]} notebook(s) to $out/$format"
done
