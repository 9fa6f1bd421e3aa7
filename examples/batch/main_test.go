package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, s := range append(builtin, builtin...) {
		f := filepath.Join(dir, string(rune('a'+i))+".txt")
		if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	missing := filepath.Join(dir, "missing.txt")
	files = append(files[:3], append([]string{missing}, files[3:]...)...)
	var out, errb bytes.Buffer
	err := run(files, 4, &out, &errb)
	if err == nil || !strings.Contains(errb.String(), "missing.txt") {
		t.Errorf("missing file: err %v, stderr %q", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(files)-1 {
		t.Fatalf("%d lines, want %d", len(lines), len(files)-1)
	}
	k := 0
	for _, f := range files {
		if f == missing {
			continue
		}
		var d struct{ Doc string }
		if err := json.Unmarshal([]byte(lines[k]), &d); err != nil {
			t.Fatal(err)
		}
		if d.Doc != f {
			t.Errorf("line %d is %s, want %s (input order)", k, d.Doc, f)
		}
		k++
	}
}
