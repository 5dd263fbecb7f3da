package assist

import (
	"go/token"
	"sort"
	"strings"
)

// Complete answers a completion request: the candidates for the word
// before the cursor in code, and the range [start, end) they replace.
// cursor, start and end count code points. The candidates come from, in
// this order of precedence: the cell's own declarations before the
// cursor (including function parameters), the session's declarations,
// imported package names, predeclared names and keywords; after a '.',
// the members of the package, or the fields and methods of the value,
// on its left; inside an import's quotes, the importable package paths.
//
// Matches are sorted, unique and share the typed prefix (case-sensitive).
// meta carries "_jupyter_types_experimental": for every match its start,
// end, text, type ("function", "method", "field", "variable", "constant",
// "type", "module", "keyword", "path") and signature, as ipykernel sends.
func Complete(s Scope, code string, cursor int) (matches []string, start, end int, meta map[string]any) {
	bc := byteOffset(code, cursor)
	cur := cpOffset(code, bc)
	matches, start, end = []string{}, cur, cur
	meta = map[string]any{"_jupyter_types_experimental": []any{}}

	prefix := code[:bc]
	all, errs := lex(prefix)
	last := -1
	for i := len(all) - 1; i >= 0; i-- {
		if !all[i].auto {
			last = i
			break
		}
	}
	if last >= 0 {
		t := all[last]
		touching := t.end == len(prefix)
		switch t.tok {
		case token.COMMENT:
			_, open := unterminated(errs, t.pos)
			if open || (touching && strings.HasPrefix(t.lit, "//")) {
				return
			}
		case token.STRING, token.CHAR:
			if _, open := unterminated(errs, t.pos); open && t.tok == token.STRING {
				return completeImportPath(s, code, prefix, withoutComments(all), t, meta)
			}
			if touching {
				return
			}
		case token.INT, token.FLOAT, token.IMAG:
			if touching {
				return
			}
		}
	}

	ts := withoutComments(all)
	for len(ts) > 0 && ts[len(ts)-1].auto {
		ts = ts[:len(ts)-1]
	}
	word, wordPos, before := "", len(prefix), len(ts)-1
	if n := len(ts); n > 0 {
		t := ts[n-1]
		if (t.tok == token.IDENT || t.tok.IsKeyword()) && t.end == len(prefix) {
			word, wordPos, before = t.lit, t.pos, n-2
		}
	}
	w := newWorld(s, code, bc)
	var cands []cand
	switch {
	case before >= 0 && ts[before].tok == token.PERIOD:
		if first := operandStart(ts, before-1); before > 0 && first >= 0 {
			if v := viewAt(s, code, ts[before].end, "_", ts[first].pos, ts[before-1].end); v != nil && (v.Pkg != nil || v.Type != nil) {
				cands = viewMembers(v, w)
			}
		}
		if cands == nil {
			cands = w.selectorCands(ts, before)
		}
	case before >= 0 && inImport(ts, before+1):
		return
	default:
		if v := viewAt(s, code, wordPos, "_", wordPos, wordPos+1); v != nil {
			cands = viewNames(v, w)
		} else {
			cands = w.plainCands()
		}
	}

	start = cpOffset(code, wordPos)
	var types []any
	seen := map[string]bool{}
	for _, c := range cands {
		if seen[c.text] || !strings.HasPrefix(c.text, word) {
			continue
		}
		seen[c.text] = true
		matches = append(matches, c.text)
	}
	sort.Strings(matches)
	info := map[string]cand{}
	for _, c := range cands {
		if _, ok := info[c.text]; !ok {
			info[c.text] = c
		}
	}
	for _, m := range matches {
		c := info[m]
		types = append(types, map[string]any{"start": start, "end": end, "text": m, "type": c.kind, "signature": c.sig})
	}
	if types != nil {
		meta["_jupyter_types_experimental"] = types
	}
	return matches, start, end, meta
}

// inImport reports whether token index i is in an import declaration
// (after the keyword, or inside its parenthesised group).
func inImport(ts []tok, i int) bool {
	if i > 0 && ts[i-1].tok == token.IMPORT {
		return true
	}
	if i > 1 && ts[i-2].tok == token.IMPORT && (ts[i-1].tok == token.IDENT || ts[i-1].tok == token.PERIOD) {
		return true
	}
	depth := 0
	for j := i - 1; j >= 0; j-- {
		switch {
		case isClose(ts[j].tok):
			depth++
		case isOpen(ts[j].tok):
			if depth == 0 {
				return ts[j].tok == token.LPAREN && j > 0 && ts[j-1].tok == token.IMPORT
			}
			depth--
		}
	}
	return false
}

func completeImportPath(s Scope, code, prefix string, ts []tok, str tok, meta map[string]any) ([]string, int, int, map[string]any) {
	cur := cpOffset(code, len(prefix))
	matches := []string{}
	idx := len(ts) - 1
	for idx >= 0 && ts[idx].pos != str.pos {
		idx--
	}
	if idx < 0 || !inImport(ts, idx) {
		return matches, cur, cur, meta
	}
	typed := prefix[str.pos+1:]
	start := cpOffset(code, str.pos+1)
	w := &world{pkgKey: map[string]string{}}
	if s != nil {
		for key := range s.Symbols() {
			if i := strings.LastIndexByte(key, '/'); i > 0 && strings.HasPrefix(key[:i], typed) {
				w.pkgKey[key[:i]] = key
			}
		}
	}
	for path := range w.pkgKey {
		matches = append(matches, path)
	}
	sort.Strings(matches)
	var types []any
	for _, m := range matches {
		types = append(types, map[string]any{"start": start, "end": cur, "text": m, "type": "path", "signature": ""})
	}
	if types != nil {
		meta["_jupyter_types_experimental"] = types
	}
	return matches, start, cur, meta
}

// selectorCands lists, where the text cannot be type-checked, the
// members of the package named before the '.' at ts[dot].
func (w *world) selectorCands(ts []tok, dot int) []cand {
	if dot == 0 || ts[dot-1].tok != token.IDENT || (dot > 1 && ts[dot-2].tok == token.PERIOD) {
		return nil
	}
	path, ok := w.imports[ts[dot-1].lit]
	if !ok {
		return nil
	}
	warmDoc(path)
	return w.packageMembers(path)
}

// plainCands lists, where the text cannot be type-checked, the names
// that can start an expression or statement: the session's
// declarations, the imported packages, the predeclared names and the
// keywords.
func (w *world) plainCands() []cand {
	var out []cand
	for _, name := range w.order {
		d := w.decls[name]
		kind := map[string]string{"func": "function", "var": "variable", "const": "constant", "type": "type"}[d.Kind]
		if kind == "" {
			kind = "variable"
		}
		out = append(out, cand{name, kind, d.Signature})
	}
	for name, path := range w.imports {
		out = append(out, cand{name, "module", "import " + quoteIfRenamed(w, name, path)})
	}
	for name, sig := range builtinFuncs {
		out = append(out, cand{name, "function", sig})
	}
	for name := range builtinTypes {
		out = append(out, cand{name, "type", "type " + name})
	}
	for name, sig := range builtinConsts {
		out = append(out, cand{name, "constant", sig})
	}
	for _, k := range keywords {
		out = append(out, cand{k, "keyword", ""})
	}
	return out
}

func quoteIfRenamed(w *world, name, path string) string {
	if w.pkgName(path) == name {
		return `"` + path + `"`
	}
	return name + ` "` + path + `"`
}
