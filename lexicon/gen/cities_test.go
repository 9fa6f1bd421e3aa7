package main

import (
	"slices"
	"testing"
)

func TestDiacriticVariants(t *testing.T) {
	alt := []string{"Elbing", "Elbląg", "ЭЛЬБЛОНГ", "Elblag", "Elbląg"}
	if got := diacriticVariants(alt, "Elblag", ""); !slices.Equal(got, []string{"Elbląg"}) {
		t.Errorf("diacriticVariants = %q, want [Elbląg]", got)
	}
}
