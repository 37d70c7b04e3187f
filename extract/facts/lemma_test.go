package facts

import "testing"

func TestVerbLemma(t *testing.T) {
	x := mustExtractor(t)
	cases := map[string]string{
		"fuelled": "fuel", "fuelling": "fuel", "toppling": "topple", "collided": "collide", "compared": "compare",
		"using": "use", "used": "use", "bring": "bring", "invited": "invite", "stopped": "stop", "wanted": "want",
		"discussed": "discuss", "agreed": "agree", "needed": "need", "owing": "owe", "closing": "close",
		"travelled": "travel", "said": "say", "announced": "announce", "visiting": "visit", "died": "die", "dying": "die",
		"succeed": "succeed", "exceed": "exceed", "speed": "speed", "guaranteed": "guarantee", "freed": "free",
		"causes": "cause", "centring": "centre", "manoeuvring": "manoeuvre", "ordering": "order",
		"singing": "sing", "ringing": "ring", "changing": "change", "sued": "sue", "leapt": "leap",
	}
	for form, want := range cases {
		if got := x.lx.lemmatize(form, false); got != want {
			t.Errorf("lemmatize(%q) = %q, want %q", form, got, want)
		}
	}
}
