package facts

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed" // the gazetteers below
	"io"
	"strings"
)

// Gazetteers built from open data by data/build_gazetteers.py; data/SOURCES.md
// names the sources and their licences.
var (
	//go:embed data/countries.txt
	countriesData string // canonical|aliases|demonyms|capital
	// The larger lists are gzipped.
	//go:embed data/places.txt.gz
	placesData []byte // "R region" or "C city", one a line
	//go:embed data/parties.txt.gz
	partiesData []byte // one party name a line
	//go:embed data/givennames.txt.gz
	givenNamesData []byte // "Name g", g = m, f or u (either)
	//go:embed data/words.txt.gz
	wordsData []byte // ordinary lower-case English words, one a line
)

// gunzip returns the text of an embedded gzipped list. The lists are part of
// the binary, so a failure is a build error; it yields an empty list rather
// than failing every extraction.
func gunzip(data []byte) string {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return ""
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return ""
	}
	return string(b)
}

// Grammatical gender a given name, honorific or pronoun tells.
const (
	genderUnknown byte = 0
	genderMale    byte = 'm'
	genderFemale  byte = 'f'
	genderEither  byte = 'u'
)

func eachLine(data string, f func(string)) {
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			f(l)
		}
	}
}

// loadGazetteers adds the embedded lists to lx. Hand-written entries made
// earlier win: they carry the aliases news prose uses ("America", "Kyiv").
func (lx *lexicon) loadGazetteers() {
	addPlace := func(name, canon string) {
		k := strings.ToLower(name)
		if _, ok := lx.places[k]; !ok {
			lx.places[k] = canon
		}
	}
	eachLine(countriesData, func(l string) {
		f := strings.Split(l, "|")
		if len(f) != 4 {
			return
		}
		canon := f[0]
		addPlace(canon, canon)
		lx.countries[strings.ToLower(canon)] = true
		for _, a := range strings.Split(f[1], ",") {
			if a != "" {
				addPlace(a, canon)
				lx.countries[strings.ToLower(a)] = true
			}
		}
		for _, d := range strings.Split(f[2], ",") {
			k := strings.ToLower(d)
			if _, ok := lx.demonyms[k]; !ok && d != "" {
				if _, place := lx.places[k]; !place {
					lx.demonyms[k] = canon
				}
			}
		}
		if f[3] != "" {
			addPlace(f[3], f[3])
			lx.capitals[strings.ToLower(f[3])] = true
		}
	})
	eachLine(gunzip(placesData), func(l string) {
		if len(l) < 3 {
			return
		}
		k := strings.ToLower(l[2:])
		if _, ok := lx.places[k]; ok {
			return
		}
		if l[0] == 'R' {
			lx.regions[k] = l[2:]
		} else if _, ok := lx.regions[k]; !ok {
			lx.cities[k] = l[2:]
		}
	})
	eachLine(gunzip(partiesData), func(l string) {
		k := strings.ToLower(l)
		if _, ok := lx.orgs[k]; !ok {
			lx.orgs[k] = l
		}
	})
	eachLine(gunzip(wordsData), func(w string) { lx.words[w] = true })
	eachLine(gunzip(givenNamesData), func(l string) {
		name, g, ok := strings.Cut(l, " ")
		if ok && len(g) == 1 && !lx.titles[strings.ToLower(name)] {
			lx.given[strings.ToLower(name)] = g[0]
		}
	})
}
