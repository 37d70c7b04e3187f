package main

// The invented names that replace the corpus's entities. They are made up so
// that generated articles cannot be mistaken for reporting about real people;
// surnames and places are built from syllables to give a pool large enough
// for a long tail, with the first entries the most popular (see pick).

var givenNames = []string{
	"Aldric", "Benedek", "Corvina", "Dariela", "Emeric", "Fenna", "Galwin", "Halina",
	"Ivorra", "Jorund", "Katalin", "Leontin", "Marit", "Nerys", "Oskarin", "Pirjo",
	"Quillon", "Rasmin", "Sabela", "Tobiah", "Ulrika", "Vesna", "Wendel", "Xaverin",
	"Yelina", "Zoltan", "Anselm", "Brisa", "Cosmin", "Delphine", "Eskil", "Florin",
	"Gisla", "Henrik", "Idalia", "Jarek", "Kaisa", "Lorcan", "Mireille", "Norvin",
}

var surnamePrefixes = []string{
	"Amb", "Bren", "Castel", "Drav", "Elst", "Fair", "Gorm", "Hal", "Ister", "Jask",
	"Kell", "Lund", "Mor", "Norv", "Ost",
}

var surnameSuffixes = []string{
	"rosek", "nick", "lane", "ovic", "holm", "weather", "sby", "vard", "quist", "enko",
}

var placeRoots = []string{
	"Vald", "Kest", "Morav", "Tarn", "Eslav", "Corund", "Brav", "Ostr", "Lyr", "Sarn",
	"Quend", "Harv",
}

var placeEndings = []string{"oria", "mark", "enia", "istan", "ova"}

// acronyms stand in for organisations written in capitals (NATO, the EU).
var acronyms = []string{
	"KSTO", "VDA", "ERMA", "NORCOM", "ALPAC", "TSRF", "OBLU", "MIRAC", "DENSA", "CORVU",
	"UTRA", "BELCO", "SKAN", "FERO", "QUAD", "HELMA", "ISPO", "JORA", "LUMEC", "PRAX",
}

// namePools returns the invented words for each class, most popular first.
func namePools() map[wordClass][]string {
	var surnames, places []string
	// Interleave so that the popular head of each pool mixes syllables.
	for i := range surnameSuffixes {
		for _, p := range surnamePrefixes {
			surnames = append(surnames, p+surnameSuffixes[(i+len(p))%len(surnameSuffixes)])
		}
	}
	for _, e := range placeEndings {
		for _, r := range placeRoots {
			places = append(places, r+e)
		}
	}
	return map[wordClass][]string{
		classGiven:   givenNames,
		classSurname: dedupe(surnames),
		classPlace:   places,
		classAcronym: acronyms,
	}
}

func dedupe(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// demonym makes the adjective of an invented place: Valdoria → Valdorian,
// Kestmark → Kestmarkian.
func demonym(place string) string {
	if place[len(place)-1] == 'a' {
		return place + "n"
	}
	return place + "ian"
}
