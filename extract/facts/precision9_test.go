package facts

// precision9Cases are constructions that gave wrong facts on the BBC articles
// read in the ninth session (diagnostic sets 305 and 315); every sentence is
// written for the test. They run through TestConstructions with the other
// tables.
var precision9Cases = []constructionCase{
	{
		name: "a cue between the subject and the rest of what was said",
		text: "The style of the tour, said Mr Hendry, would be quieter than before.",
		sts:  []wantSt{{speaker: "Hendry", cue: "said", content: "The style of the tour would be quieter than before"}},
	},
	{
		name:   "a cue with a name after it and the name's own subject before",
		text:   "His sister, Maria, said the driver, Tom Ellis, had ignored the signal.",
		absent: []wantRel{{subj: "driver", pred: "say"}},
		sts:    []wantSt{{speaker: "Maria", cue: "said", content: "the driver, Tom Ellis, had ignored the signal"}},
	},
	{
		name: "a closing cue with the name, then its role",
		text: "The merger was a natural extension of its partnership with Kemble, said Carl Dunmore, Baxter's finance director.",
		sts:  []wantSt{{speaker: "Carl Dunmore", cue: "said", content: "The merger was a natural extension of its partnership with Kemble"}},
	},
	{
		name:   "a bare role coordinated with a name is that person",
		text:   "But board member and Green councillor Rosa Lind said she was \"shocked\" the budget was cut.",
		sts:    []wantSt{{speaker: "Rosa Lind", cue: "said", content: "she was \"shocked\" the budget was cut"}},
		absent: []wantRel{{subj: "board member", pred: ""}},
	},
	{
		name:        "a body of ordinary words joined by and is one name",
		text:        "The Ministry for Farming and Fisheries confirmed the ban on Tuesday.",
		entities:    []string{"Ministry for Farming and Fisheries"},
		notEntities: []string{"Fisheries"},
	},
	{
		name:        "a discourse word opening a sentence is no name",
		text:        "Hannah Price wrote the song. So Price decided to record it herself.",
		notEntities: []string{"So Price", "So"},
		rels:        []wantRel{{subj: "Hannah Price", pred: "write", obj: "song"}},
	},
}
