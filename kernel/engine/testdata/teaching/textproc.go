package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/template"
	"unicode"
)

type Item struct {
	Name  string
	Price float64
}

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact: ann@example.com, bob@test.com"
	fmt.Println(re.FindAllString(text, -1))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[1], m[2])
	}
	fmt.Println(re.ReplaceAllString(text, "$1 at $2"), re.MatchString("x@y.org"))
	tmpl := template.Must(template.New("t").Parse("{{range .}}- {{.Name}}: {{printf \"%.2f\" .Price}}\n{{end}}"))
	tmpl.Execute(os.Stdout, []Item{{"tea", 2.5}, {"cake", 4}})
	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour five six"))
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
	}
	fmt.Println(lines, words)
	counts := map[string]int{}
	for _, r := range "Hello, World 42!" {
		switch {
		case unicode.IsUpper(r):
			counts["upper"]++
		case unicode.IsLetter(r):
			counts["lower"]++
		case unicode.IsDigit(r):
			counts["digit"]++
		case unicode.IsSpace(r):
			counts["space"]++
		default:
			counts["other"]++
		}
	}
	fmt.Println(counts)
	dir, _ := os.MkdirTemp("", "goteach-")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "notes.txt")
	os.WriteFile(path, []byte("line 1\nline 2\n"), 0o644)
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "line 3")
	w.Flush()
	f.Close()
	data, _ := os.ReadFile(path)
	fmt.Print(string(data))
	entries, _ := os.ReadDir(dir)
	fmt.Println(len(entries), entries[0].Name())
	_, err := os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(os.IsNotExist(err))
}
