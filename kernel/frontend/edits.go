package frontend

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// edit replaces cell[start:end] with text. Edits never overlap: a
// rewrite keeps the sub-expressions it wraps in place, so that their own
// edits apply too.
type edit struct {
	start, end int
	text       string
	seq        int // order of insertions at the same offset
}

// editList collects the edits of a cell and applies them.
type editList struct {
	edits   []edit
	imports []string // import specs to put before the cell's code
	// back maps each offset of the lowered code to the cell's offset;
	// backEnd each byte to the cell's offset a range ending with it ends
	// at (the end of the range a replacement stands for).
	back, backEnd []int
	code          string
}

func (l *editList) replace(start, end int, text string) {
	l.edits = append(l.edits, edit{start: start, end: end, text: text, seq: len(l.edits)})
}

func (l *editList) insert(at int, text string) { l.replace(at, at, text) }

// insertOuter inserts text at at before the insertions made there so
// far: a wrapper around an expression that other rewrites already
// started to wrap.
func (l *editList) insertOuter(at int, text string) {
	l.edits = append(l.edits, edit{start: at, end: at, text: text, seq: -1 - len(l.edits)})
}

// insertOpening inserts text at at before every insertion made there,
// before or after: the opening of a wrapper whose operands are lowered
// later, their own openings at the same offset going inside it (those
// inserted with insertOpening later too).
func (l *editList) insertOpening(at int, text string) {
	l.edits = append(l.edits, edit{start: at, end: at, text: text, seq: math.MinInt32 + len(l.edits)})
}

// insertLead inserts text at at before every other insertion there, of
// any kind, made before or after: a statement's own prefix (a site's
// mark), which no wrapper of the statement's first operand may precede.
func (l *editList) insertLead(at int, text string) {
	l.edits = append(l.edits, edit{start: at, end: at, text: text, seq: math.MinInt64 + len(l.edits)})
}

// insertTrail inserts text at at after every other insertion there, of
// any kind, made before or after: a statement's own suffix, which every
// wrapper of its last operand must precede.
func (l *editList) insertTrail(at int, text string) {
	l.edits = append(l.edits, edit{start: at, end: at, text: text, seq: math.MaxInt64 - len(l.edits)})
}

// insertClosing inserts text at at after every insertion made there,
// before or after: the closing of a wrapper whose operands are lowered
// later, their own closings at the same offset going inside it (those
// inserted with insertClosing later too).
func (l *editList) insertClosing(at int, text string) {
	l.edits = append(l.edits, edit{start: at, end: at, text: text, seq: math.MaxInt32 - len(l.edits)})
}

// replaceOver replaces cell[start:end] with text in place of any
// replacement of exactly that range made before.
func (l *editList) replaceOver(start, end int, text string) {
	kept := l.edits[:0]
	for _, e := range l.edits {
		if e.start != start || e.end != end || start == end {
			kept = append(kept, e)
		}
	}
	l.edits = kept
	l.replace(start, end, text)
}

// take returns cell[start:end] with the edits that lie inside it applied,
// and drops those edits: the caller puts the text elsewhere (a rewrite
// that must move a sub-expression, with its own lowering, before the
// statement holding it).
func (l *editList) take(cell string, start, end int) string {
	return l.takeSince(cell, 0, start, end)
}

// takeSince is take of the edits made since the list had n: those made
// before at the range's ends are an enclosing expression's and stay.
func (l *editList) takeSince(cell string, n, start, end int) string {
	var in, rest []edit
	for i, e := range l.edits {
		// (A statement's own prefix or suffix at an end stays with
		// the statement: a site's mark before an operand the
		// statement begins with.)
		lead := e.start == start && e.end == start && e.seq < math.MinInt64/2
		trail := e.start == end && e.end == end && e.seq > math.MaxInt64/2
		if i >= n && e.start >= start && e.end <= end && !lead && !trail {
			in = append(in, e)
		} else {
			rest = append(rest, e)
		}
	}
	l.edits = rest
	sort.SliceStable(in, func(i, j int) bool {
		a, b := in[i], in[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if (a.start == a.end) != (b.start == b.end) {
			return a.start == a.end
		}
		return a.seq < b.seq
	})
	var out strings.Builder
	pos := start
	for _, e := range in {
		if e.start < pos {
			continue
		}
		out.WriteString(cell[pos:e.start])
		out.WriteString(e.text)
		pos = e.end
	}
	out.WriteString(cell[pos:end])
	return out.String()
}

// insertImport adds an import of spec ("fmt", or `name "path"`) to the
// cell.
func (l *editList) insertImport(spec string) { l.imports = append(l.imports, spec) }

var packageClause = regexp.MustCompile(`^(?:\s|//[^\n]*\n|/\*(?s:.*?)\*/)*package\s+\w+[ \t]*;?`)

// apply returns the lowered cell.
func (l *editList) apply(cell string) string {
	sort.SliceStable(l.edits, func(i, j int) bool {
		a, b := l.edits[i], l.edits[j]
		if a.start != b.start {
			return a.start < b.start
		}
		// Insertions before replacements at the same offset.
		if (a.start == a.end) != (b.start == b.end) {
			return a.start == a.end
		}
		return a.seq < b.seq
	})
	if len(l.imports) > 0 {
		at := 0
		if m := packageClause.FindStringIndex(cell); m != nil {
			at = m[1]
		}
		var b strings.Builder
		if at > 0 {
			b.WriteString(";")
		}
		for _, imp := range l.imports {
			b.WriteString("import " + imp + "; ")
		}
		l.edits = append([]edit{{start: at, end: at, text: b.String()}}, l.edits...)
		sort.SliceStable(l.edits, func(i, j int) bool { return l.edits[i].start < l.edits[j].start })
	}
	var out strings.Builder
	back := make([]int, 0, len(cell)+64)
	backEnd := make([]int, 0, len(cell)+64)
	pos := 0
	for _, e := range l.edits {
		if e.start < pos {
			continue // inside a replaced range: cannot happen for well-formed rewrites
		}
		for i := pos; i < e.start; i++ {
			back, backEnd = append(back, i), append(backEnd, i+1)
		}
		out.WriteString(cell[pos:e.start])
		for i := 0; i < len(e.text); i++ {
			back, backEnd = append(back, e.start), append(backEnd, e.end)
		}
		out.WriteString(e.text)
		pos = e.end
	}
	for i := pos; i <= len(cell); i++ {
		back, backEnd = append(back, i), append(backEnd, i+1)
	}
	out.WriteString(cell[pos:])
	l.back, l.backEnd = back, backEnd
	l.code = out.String()
	return l.code
}

// origColumn maps a 1-based line and column of the lowered code to the
// cell's column on the same line.
func (l *editList) origColumn(line, col int) int {
	if l.back == nil {
		return col
	}
	off := 0
	for n := 1; n < line; n++ {
		i := strings.IndexByte(l.code[off:], '\n')
		if i < 0 {
			return col
		}
		off += i + 1
	}
	o := off + col - 1
	if o < 0 || o >= len(l.back) {
		return col
	}
	// Line breaks are never edited: the line's first byte maps to the
	// cell line's start.
	return l.back[o] - l.back[off] + 1
}

// quote is strconv.Quote, named for the generated code's readability.
func quote(s string) string { return strconv.Quote(s) }

// edited reports whether a replacement lies inside cell[start:end].
func (l *editList) edited(start, end int) bool {
	for _, e := range l.edits {
		if e.start < e.end && e.start >= start && e.end <= end {
			return true
		}
	}
	return false
}
