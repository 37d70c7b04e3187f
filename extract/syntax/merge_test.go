package syntax

import (
	"bytes"
	"strings"
	"testing"
)

// A model summed with itself scores every choice twice, so it must parse
// exactly as the model alone; the rescaling brings the weights back.
func TestMergeWithItself(t *testing.T) {
	merged, err := Merge([][]byte{embeddedModel, embeddedModel}, CompactOptions{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := LoadModel(merged)
	if err != nil {
		t.Fatal(err)
	}
	one := loadForTest(t)
	for _, g := range readDev(t, 150) {
		a, err := one.Parse(g.Words())
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.Parse(g.Words())
		if err != nil {
			t.Fatal(err)
		}
		for i := range a.Tokens {
			x, y := a.Tokens[i], b.Tokens[i]
			if x.XPOS != y.XPOS || x.Head != y.Head || x.DepRel != y.DepRel {
				t.Fatalf("%q: word %d %q: alone %s %d %s, merged with itself %s %d %s",
					strings.Join(g.Words(), " "), i+1, x.Form, x.XPOS, x.Head, x.DepRel, y.XPOS, y.Head, y.DepRel)
			}
		}
	}
}

func TestMergeRefuses(t *testing.T) {
	if _, err := Merge(nil, CompactOptions{}); err == nil {
		t.Error("no models: no error")
	}
	if _, err := Merge([][]byte{embeddedModel, []byte("not a model")}, CompactOptions{}); err == nil || !strings.Contains(err.Error(), "model 2") {
		t.Errorf("a corrupt second model: error %v, want one naming model 2", err)
	}
	// A model whose relation labels come in another order hashes other
	// features: summing it would be meaningless.
	m, err := decodeModel(embeddedModel)
	if err != nil {
		t.Fatal(err)
	}
	labels := append([]string(nil), m.labels...)
	labels[0], labels[1] = labels[1], labels[0]
	m.setLabels(labels)
	other, err := m.encode()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(other, embeddedModel) {
		t.Fatal("relabelled model encodes like the original")
	}
	if _, err := Merge([][]byte{embeddedModel, other}, CompactOptions{}); err == nil || !strings.Contains(err.Error(), "labels") {
		t.Errorf("models with other label orders: error %v, want one about labels", err)
	}
}
