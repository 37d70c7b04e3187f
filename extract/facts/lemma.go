package facts

import "strings"

// irregular maps irregular verb forms to their lemma.
// irregularForms builds the table; callers get it through the lexicon.
func irregularForms() map[string]string {
	m := map[string]string{}
	for _, row := range strings.Fields(`be:is,are,was,were,been,being,am,'s,'re,'m have:has,had,having,'ve,'d
		do:does,did,done,doing go:goes,went,gone say:says,said tell:told make:made take:took,taken
		give:gave,given get:got,gotten come:came see:saw,seen know:knew,known think:thought
		find:found speak:spoke,spoken meet:met leave:left begin:began,begun seek:sought
		write:wrote,written lead:led hold:held bring:brought buy:bought fight:fought keep:kept
		send:sent spend:spent win:won lose:lost pay:paid run:ran put:put set:set let:let hit:hit
		cut:cut become:became feel:felt stand:stood understand:understood rise:rose,risen
		fall:fell,fallen break:broke,broken choose:chose,chosen drive:drove,driven eat:ate,eaten
		forget:forgot,forgotten freeze:froze,frozen hide:hid,hidden ride:rode,ridden shake:shook,shaken
		steal:stole,stolen swear:swore,sworn tear:tore,torn wake:woke,woken wear:wore,worn
		build:built sell:sold seize:seized strike:struck sit:sat sleep:slept teach:taught
		catch:caught grow:grew,grown draw:drew,drawn show:showed,shown throw:threw,thrown
		fly:flew,flown shoot:shot withdraw:withdrew,withdrawn undertake:undertook,undertaken
		overtake:overtook,overtaken forbid:forbade,forbidden mean:meant read:read hear:heard
		lay:laid lie:lay,lain light:lit deal:dealt bear:bore,borne beat:beaten bind:bound
		add:added,adding create:created,creating convene:convened,convening intervene:intervened,intervening dig:dug feed:fed flee:fled lend:lent slide:slid spread:spread spin:spun stick:stuck
		sting:stung swing:swung sing:sang,sung,singing ring:rang,rung,ringing sue:sued,suing leap:leapt,leaped upset:upset wind:wound will:would can:could shall:should may:might use:used,using die:died,dying tie:tied,tying lie:lied,lying`) {
		lemma, forms, _ := strings.Cut(row, ":")
		for _, f := range strings.Split(forms, ",") {
			m[f] = lemma
		}
		m[lemma] = lemma
	}
	return m
}

// lemmatize returns the base form of an English verb (or plural noun when
// noun is true). It is rule-based: irregular forms first, then suffixes.
func (lx *lexicon) lemmatize(word string, noun bool) string {
	w := strings.ToLower(word)
	w = strings.ReplaceAll(w, "’", "'")
	if noun {
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			return w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
			return w[:len(w)-2]
		case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && len(w) > 3:
			return w[:len(w)-1]
		}
		return w
	}
	return lx.verbLemma(w)
}

func (lx *lexicon) verbLemma(w string) string {
	if l, ok := lx.irregular[w]; ok {
		return l
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ing") && n > 4:
		st := lx.stem(w[:n-3])
		if n == 5 && !lx.words[st] {
			return w // "bring", "sting": no shorter verb; "using" → "use" is one
		}
		return st
	case strings.HasSuffix(w, "eed") && n > 4:
		if lx.words[w[:n-1]] || len(lx.words) == 0 && !strings.HasSuffix(w, "ceed") {
			return w[:n-1] // "agreed", "freed", "guaranteed"
		}
		return w // "succeed", "exceed", "speed": the verb itself
	case strings.HasSuffix(w, "ed") && n > 4:
		return lx.stem(w[:n-2])
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:n-2]
	case strings.HasSuffix(w, "oes") && n > 4:
		return w[:n-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && n > 3:
		return w[:n-1]
	}
	return w
}

// stem restores the verb of an -ed/-ing stem, checking the spelling rules'
// guess against the word list: "fuell" → "fuel", "toppl" → "topple", "us" →
// "use", "compar" → "compare". Without a word that fits, the rules decide.
func (lx *lexicon) stem(s string) string {
	guess := restoreStem(s)
	if len(lx.words) == 0 || lx.words[guess] {
		return guess
	}
	cands := []string{s, s + "e"}
	if n := len(s); n >= 2 && s[n-1] == s[n-2] {
		cands = append(cands, s[:n-1])
	}
	for _, c := range cands {
		if c != guess && lx.words[c] {
			return c
		}
	}
	if n := len(s); n >= 3 && s[n-1] == 'r' && isConsonant(s[n-2]) && s[n-2] != 'r' {
		return s + "e" // British "-re" verbs the American word list spells "-er": "centring", "manoeuvring"
	}
	return guess
}

// restoreStem undoes what English spelling does to a stem before -ed/-ing:
// doubled consonants ("stopped" → "stop") and a dropped e ("invited" → "invite").
func restoreStem(s string) string {
	n := len(s)
	if n >= 2 && s[n-1] == s[n-2] && isConsonant(s[n-1]) && s[n-1] != 'l' && s[n-1] != 's' && s[n-1] != 'z' && s[n-1] != 'f' {
		return s[:n-1]
	}
	if n >= 2 && needsE(s) {
		return s + "e"
	}
	return s
}

func isConsonant(c byte) bool { return !strings.ContainsRune("aeiouy", rune(c)) }

// needsE guesses whether a stem lost a final e: "invit" → "invite", "argu" → "argue",
// "describ" → "describe", but "want" and "discuss" stay.
func needsE(s string) bool {
	n := len(s)
	last := s[n-1]
	prev := s[n-2]
	switch {
	case last == 'u' || last == 'v' || last == 'z':
		return true
	case strings.HasSuffix(s, "at") && n >= 5 && !strings.ContainsRune("eoa", rune(s[n-3])):
		return true // "negotiat", "indicat", "separat"; not "treat", "repeat"
	case (last == 'c' || last == 'g') && (prev == 'n' || prev == 'r' || !isConsonant(prev)):
		return true // "announc", "chang", "urg", "reduc"
	case strings.HasSuffix(s, "iz") || strings.HasSuffix(s, "is") && n > 5 && !strings.HasSuffix(s, "ss"):
		return true // "emphasiz", "emphasis"
	case last == 'b' && prev == 'i', last == 's' && prev != 's' && !isConsonant(prev) && prev != 'u':
		return true // "describ", "clos", "rais"
	case isConsonant(last) && last != 'w' && last != 'x' && last != 'y' && !isConsonant(prev) && n >= 3 && isConsonant(s[n-3]):
		// consonant-vowel-consonant: "invit", "hop", "stat"; keep common exceptions.
		switch {
		case strings.HasSuffix(s, "en"), strings.HasSuffix(s, "er"), strings.HasSuffix(s, "on"),
			strings.HasSuffix(s, "it") && n >= 5 && !strings.HasSuffix(s, "vit") && !strings.HasSuffix(s, "mit"),
			strings.HasSuffix(s, "al"), strings.HasSuffix(s, "el"), strings.HasSuffix(s, "ol"),
			strings.HasSuffix(s, "ar"), strings.HasSuffix(s, "or"), strings.HasSuffix(s, "et"),
			strings.HasSuffix(s, "ip"), strings.HasSuffix(s, "ad"),
			strings.HasSuffix(s, "ed"), strings.HasSuffix(s, "id"):
			return false
		}
		return true
	}
	return false
}
