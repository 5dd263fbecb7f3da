package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// notebookRun is one line of notebooks/walltime.py's JSON: a tutorial run
// end to end as a Go notebook and as its Python cells run as scripts.
type notebookRun struct {
	Notebook      string   `json:"notebook"`
	PythonScripts float64  `json:"python_scripts_s"`
	GoCells       float64  `json:"go_cells_s"`
	GoNotebook    float64  `json:"go_notebook_s"`
	CellsChecked  int      `json:"cells_checked"`
	CellsMatching int      `json:"cells_matching"`
	Mismatches    []string `json:"mismatches"`
}

const secNotebooks = "The five notebooks end to end: Go cells vs the Python cells run as scripts"

// runNotebooks runs notebooks/walltime.py once (the tutorials sleep for
// minutes, so they are not repeated) and returns its rows.
func runNotebooks(o options, root, tmp string) ([]notebookRun, error) {
	out := filepath.Join(tmp, "notebooks.json")
	fmt.Fprintln(os.Stderr, "bench: the five notebooks end to end (a few minutes)")
	if _, err := command(root, nil, 40*time.Minute, o.python, "notebooks/walltime.py", "--json", out); err != nil {
		// walltime exits 1 when an output differs from the reference; the
		// JSON says which, so only a missing file is an error.
		if _, serr := os.Stat(out); serr != nil {
			return nil, fmt.Errorf("notebooks/walltime.py: %w", err)
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	var runs []notebookRun
	return runs, json.Unmarshal(b, &runs)
}

// notebookRows turns the notebook runs into table rows: the Go cells'
// time against the Python scripts', and whether the outputs matched.
func notebookRows(runs []notebookRun) []row {
	var rows []row
	for _, r := range runs {
		ratio := r.GoCells / r.PythonScripts
		met := fmt.Sprintf("outputs %d/%d as the reference", r.CellsMatching, r.CellsChecked)
		if len(r.Mismatches) > 0 {
			met = "NO: " + met
		}
		rows = append(rows, row{
			Section:     secNotebooks,
			Figure:      r.Notebook,
			Unit:        "s",
			Goteach:     q(r.GoCells),
			GoteachNote: fmt.Sprintf("whole notebook with kernel start: %.1f s", r.GoNotebook),
			Peer:        "Python scripts",
			PeerValue:   q(r.PythonScripts),
			Ratio:       q(ratio),
			Met:         met,
		})
	}
	return rows
}
