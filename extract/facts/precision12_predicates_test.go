package facts

// precision12PredicateCases are constructions that gave wrong predicates or a wrong
// modality on BBC articles in the twelfth session; every sentence is written
// for the test.
var precision12PredicateCases = []constructionCase{
	// a verb of choice or effort with an infinitive: the infinitive names the deed
	{
		name:   "a verb of choice hands its name to the infinitive, the deed done",
		text:   "Business news\n\nAcme Motors opted to sell its truck unit to Zenith Holdings.",
		rels:   []wantRel{{subj: "Acme Motors", pred: "sell", obj: "truck unit", modality: ModalityAsserted}},
		absent: []wantRel{{pred: "opt"}},
	},
	{
		name:   "'managed to' says the deed was done",
		text:   "Business news\n\nAcme Motors managed to cut its debt last year.",
		rels:   []wantRel{{subj: "Acme Motors", pred: "cut", obj: "debt", modality: ModalityAsserted}},
		absent: []wantRel{{pred: "manage"}},
	},
	{
		name:   "the infinitive's own 'not' under a verb of choice negates the deed",
		text:   "Football news\n\nThe referee chose not to consult the video evidence.",
		rels:   []wantRel{{subj: "referee", pred: "consult", obj: "video evidence", negated: true}},
		absent: []wantRel{{pred: "choose"}},
	},
	{
		name:   "a verb of effort leaves the deed possible",
		text:   "Business news\n\nAcme Motors struggled to meet its sales target in 2004.",
		rels:   []wantRel{{subj: "Acme Motors", pred: "meet", obj: "sales target", modality: ModalityPossible}},
		absent: []wantRel{{pred: "struggle"}},
	},
	// a cue interrupting the clause it reports, its speaker after it
	{
		name:   "an adverb, the cue and its speaker, then the clause: the clause is what the speaker said",
		text:   "Tech news\n\nMr Brown works for Acme.\n\nAlso, said Mr Brown, Acme has quietly shut down its London office.",
		rels:   []wantRel{{subj: "Acme", pred: "shut-down", obj: "London office", modality: ModalityReported, attributedTo: "Brown"}},
		sts:    []wantSt{{speaker: "Brown", content: "Also Acme has quietly shut down its London office"}},
		absent: []wantRel{{subj: "Brown"}},
	},
	{
		name:   "a fronted subject, the cue and its speaker, then the verb: one clause, the subject's own",
		text:   "Tech news\n\nThis, said Mr Brown, should make the new network much faster.",
		sts:    []wantSt{{speaker: "Brown", content: "This should make the new network much faster"}},
		absent: []wantRel{{subj: "Brown", pred: "make"}},
	},
	// a participle of feeling after "be" is an adjective
	{
		name:   "a participle of feeling after 'be' describes the subject",
		text:   "Business news\n\nThe sales figures are embarrassing for the government.",
		rels:   []wantRel{{subj: "sales figures", pred: "be-embarrassing-for", obj: "government"}},
		absent: []wantRel{{pred: "embarrass-for"}},
	},
	{
		name: "with an object the participle stays the verb",
		text: "Business news\n\nThe falling dollar was worrying investors in Tokyo.",
		rels: []wantRel{{subj: "falling dollar", pred: "worry", obj: "investors"}},
	},
	// a clause of time after a modal's infinitive: not yet happened
	{
		name: "a clause of time read as a relative clause hangs on the verb and takes its modality",
		text: "Business news\n\nPoland could also help ease a labour shortage in Western Europe once its population comes of age.",
		rels: []wantRel{{subj: "population", pred: "come-of", obj: "age", modality: ModalityPossible}},
	},
	{
		name: "a clause of time under an infinitive of 'have to' is not yet done",
		text: "Business news\n\nThe merger will have to wait until March when the regulator completes its investigation.",
		rels: []wantRel{{subj: "regulator", pred: "complete", obj: "investigation", modality: ModalityPossible}},
	},
	// a quoted label after the object of "call"
	{
		name:   "'called X \"label\"' with the label left out of the relation says nothing: the quotation says it",
		text:   "Business news\n\nBankers in Tokyo have called the yen's fall \"brutal\".",
		absent: []wantRel{{pred: "call"}},
	},
	{
		name: "a quotation closing round the object is no label after it",
		text: "Politics news\n\nMr Lewis dubbed the five \"most useless committees\" in the country.",
		rels: []wantRel{{subj: "Lewis", pred: "dub", obj: "five most useless committees"}},
	},
	{
		name: "without a quotation 'call' keeps its object",
		text: "Politics news\n\nThe European Commission has called a truce in its battle with France.",
		rels: []wantRel{{subj: "European Commission", pred: "call", obj: "truce"}},
	},
}
