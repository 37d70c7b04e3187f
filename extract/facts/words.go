package facts

// Sentences cuts text into sentences the way the extractor does: into
// trimmed lines, then each line at sentence ends. Every non-empty line is
// kept, headlines and boilerplate included.
func Sentences(text string) []string {
	var out []string
	for _, l := range splitLines(text) {
		for _, sp := range splitSentences(l.text) {
			out = append(out, l.text[sp[0]:sp[1]])
		}
	}
	return out
}

// Words tokenises one sentence as the extractor does (prose's tokenizer on
// plain quotes) and returns the words as they are written in s.
func Words(s string) ([]string, error) {
	spans, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = s[sp[0]:sp[1]]
	}
	return out, nil
}
