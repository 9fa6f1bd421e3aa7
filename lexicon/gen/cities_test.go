package main

import (
	"slices"
	"testing"
)

func TestFoldLatin(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Łódź", "Lodz", true},
		{"Elbląg", "Elblag", true},
		{"Košice", "Kosice", true},
		{"Düsseldorf", "Dusseldorf", true},
		{"Tromsø", "Tromso", true},
		{"Đà Nẵng", "Da Nang", true},
		{"Київ", "", false},
	} {
		got, ok := foldLatin(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("foldLatin(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestDiacriticVariants(t *testing.T) {
	alt := []string{"Elbing", "Elbląg", "ЭЛЬБЛОНГ", "Elblag", "Elbląg"}
	if got := diacriticVariants(alt, "Elblag", ""); !slices.Equal(got, []string{"Elbląg"}) {
		t.Errorf("diacriticVariants = %q, want [Elbląg]", got)
	}
}
