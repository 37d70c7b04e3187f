package syntax

import (
	"bytes"
	"strings"
	"testing"
)

func TestCoNLLURoundTrip(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"plain", "# text = Dogs bark.\n1\tDogs\tdog\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t2:nsubj\t_\n2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t0:root\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_\n\n"},
		{"multiword token", "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n"},
		{"empty node at end", "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n1.1\tsay\tsay\tVERB\tVB\t_\t_\t_\t1:conj\t_\n\n"},
		{"no tree yet", "# sent_id = x\n1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n"},
		{"two sentences", "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tB\t_\t_\t_\t_\t0\troot\t_\t_\n\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents, err := ReadCoNLLU(strings.NewReader(tc.in), "test")
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			for i := range sents {
				if err := WriteCoNLLU(&b, &sents[i]); err != nil {
					t.Fatal(err)
				}
			}
			if b.String() != tc.in {
				t.Errorf("round trip changed the text:\n got %q\nwant %q", b.String(), tc.in)
			}
		})
	}
}

func TestCoNLLUErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"columns", "1\tA\t_\n\n", "test:1: 3 columns"},
		{"id gap", "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n\n", "test:2: word id \"3\""},
		{"head", "1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n\n", "test:1: head \"x\""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadCoNLLU(strings.NewReader(tc.in), "test")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestSentenceHelpers(t *testing.T) {
	s := Sentence{Tokens: []Token{
		{Form: "Bills", Head: 3, DepRel: "nsubj:pass"},
		{Form: "were", Head: 3, DepRel: "aux:pass"},
		{Form: "passed", Head: 0, DepRel: "root"},
	}}
	if got := s.Root(); got != 3 {
		t.Errorf("Root = %d, want 3", got)
	}
	if got := s.Children(3); len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Errorf("Children(3) = %v, want [1 2]", got)
	}
	if got := s.ChildrenWith(3, "nsubj"); len(got) != 1 || got[0] != 1 {
		t.Errorf("ChildrenWith(3, nsubj) = %v, want [1]", got)
	}
	if s.Token(0) != nil || s.Token(4) != nil || s.Token(1).Form != "Bills" {
		t.Error("Token bounds wrong")
	}
}
