package facts

import (
	"testing"

	"newsgraph/extract/record"
)

// precision12AmountCases are amounts read as arguments: a bound, a range or a
// scale word kept with the amount, a currency written out before its
// number, and the fragments (a bare number word, an adjective without its
// infinitive) held back. Every sentence is written for the test, in the BBC
// spelling of currencies ("pounds 5m" for £5m, "Adollars 30m" for A$30m).
var precision12AmountCases = []constructionCase{
	{
		name:   "at least before an amount belongs to the amount",
		text:   "Business news\n\nThe new engine saves at least 20 seconds per lap.",
		rels:   []wantRel{{subj: "new engine", pred: "save", obj: "at least 20 seconds"}},
		absent: []wantRel{{obj: "least 20 seconds"}},
	},
	{
		name:   "at least before a currency and its number",
		text:   "Business news\n\nQantas said revenue would dip by at least Adollars 30m after the floods.",
		rels:   []wantRel{{subj: "revenue", pred: "dip-by", obj: "at least Adollars 30m", modality: ModalityPossible, attributedTo: "Qantas"}},
		absent: []wantRel{{obj: "Adollars"}, {obj: "least Adollars 30m"}},
	},
	{
		name:   "up to before a counted noun, as subject",
		text:   "Politics news\n\nUp to 300 jobs could be moved to Leeds.",
		rels:   []wantRel{{subj: "Up to 300 jobs", pred: "be-moved-to", obj: "Leeds"}},
		absent: []wantRel{{subj: "to 300 jobs"}},
	},
	{
		// (an "up" the parser reads as the verb's particle, "can submit up to
		// 5,000 words", is left to it: "turned up to one gig" is read so too)
		name:   "up to after a preposition belongs to the amount",
		text:   "Sport news\n\nThe athletes could be suspended for up to two years.",
		rels:   []wantRel{{subj: "athletes", pred: "be-suspended", obj: "up to two years"}},
		absent: []wantRel{{obj: "two years"}},
	},
	{
		name:   "up as a particle of the verb is no bound",
		text:   "Music news\n\nAbout 40 record labels turned up to one gig in Leeds.",
		absent: []wantRel{{obj: "up to one gig"}},
	},
	{
		name:   "as many as before an amount belongs to the amount",
		text:   "Business news\n\nThe airline may transfer as many as 3,000 jobs to India.",
		rels:   []wantRel{{subj: "airline", pred: "transfer", obj: "as many as 3,000 jobs", modality: ModalityPossible}},
		absent: []wantRel{{obj: "many as 3,000 jobs"}},
	},
	{
		name:   "a range of counts is one argument",
		text:   "Tech news\n\nThe operator has briefly cut off between eight and ten content sellers.",
		rels:   []wantRel{{subj: "operator", pred: "cut-off", obj: "between eight and ten content sellers"}},
		absent: []wantRel{{obj: "eight"}, {obj: "ten content sellers"}, {pred: "cut-off-between"}},
	},
	{
		name: "a range with a scale word, its second amount parsed as a second object",
		text: "Arts news\n\nThe museum receives between two and three million visitors from abroad each year.",
		rels: []wantRel{{subj: "museum", pred: "receive", obj: "between two and three million visitors"}},
	},
	{
		name: "a range of percentages keeps the preposition before it",
		text: "Business news\n\nShares in the group fell by between 10 and 25% on Monday.",
		rels: []wantRel{{subj: "Shares", pred: "fall-by", obj: "between 10 and 25%"}},
	},
	{
		name:   "a range of years is a time, left as it was",
		text:   "Politics news\n\nThe minister served in the cabinet between 1987 and 1990.",
		absent: []wantRel{{obj: "between 1987 and 1990"}},
	},
	{
		name:   "an amount parsed as a clause on its currency is still the currency's",
		text:   "Politics news\n\nThe minister also pledged an extra pounds 105m for security.",
		rels:   []wantRel{{subj: "minister", pred: "pledge", obj: "extra pounds 105m"}},
		absent: []wantRel{{obj: "extra pounds"}},
	},
	{
		name:   "a scale word after the currency's number is part of the amount",
		text:   "Business news\n\nThe value of homes reached the pounds 3.3 trillion mark in 2004.",
		rels:   []wantRel{{subj: "value of homes", pred: "reach", obj: "pounds 3.3 trillion mark"}},
		absent: []wantRel{{obj: "trillion mark"}, {obj: "pounds 3.3"}},
	},
	{
		name:   "an amount with its conversion in brackets describes the noun after them",
		text:   "Business news\n\nThe retailer has received a dollars 2.1bn (pounds 1.1bn) takeover offer.",
		rels:   []wantRel{{subj: "retailer", pred: "receive", obj: "dollars 2.1bn (pounds 1.1bn) takeover offer"}},
		absent: []wantRel{{obj: "dollars 2.1bn"}},
	},
	{
		name:   "a bare amount the sentence goes on to use as a noun's modifier is no argument",
		text:   "Business news\n\nThe unit was sold to pay off a dollars 12.5bn (pounds 6.5bn) back tax bill.",
		absent: []wantRel{{obj: "dollars 12.5bn"}},
	},
	{
		name:   "a multiplier without what it multiplies is no argument",
		text:   "Business news\n\nThe report said the subsidy was equivalent to 20 times the amount given as aid.",
		absent: []wantRel{{obj: "20 times"}},
	},
	{
		name:   "an adjective after its noun with a complement of its own is not part of the noun's name",
		text:   "Business news\n\nBrokers expected a price closer to pounds 400m.",
		rels:   []wantRel{{subj: "Brokers", pred: "expect", obj: "price"}},
		absent: []wantRel{{obj: "price closer"}},
	},
	{
		name: "a comparison after an amount of change stays in its name",
		text: "Business news\n\nThe FTSE 100 index closed 15 points higher in London.",
		rels: []wantRel{{subj: "FTSE 100 index", pred: "close", obj: "15 points higher"}},
	},
	{
		name: "rose to an amount keeps its to",
		text: "Business news\n\nPre-tax profits rose to pounds 801m.",
		rels: []wantRel{{subj: "Pre-tax profits", pred: "rise-to", obj: "pounds 801m"}},
	},
	{
		name:   "a bare number word is no argument",
		text:   "Politics news\n\nThe plan extends paid leave from six months to nine.",
		absent: []wantRel{{obj: "nine"}},
	},
	{
		name:   "an adjective without its infinitive is no argument",
		text:   "Business news\n\nAny gains are likely to be short-lived.",
		absent: []wantRel{{pred: "be", obj: "likely"}},
	},
	{
		name: "a plea is kept whatever the parse made of its to",
		text: "Business news\n\nThe former finance chief pleaded guilty to fraud charges last year.",
		rels: []wantRel{{subj: "former finance chief", pred: "plead", obj: "guilty"}},
	},
}

// TestSlugDecimalPoint: a decimal point and a per cent sign keep two amounts
// apart in the id scheme, so linking does not merge "dollars 7.6m" with
// "dollars 76m", nor "17%" with "17".
func TestSlugDecimalPoint(t *testing.T) {
	for _, c := range []struct{ a, b string }{{"dollars 7.6m", "dollars 76m"}, {"pounds 3.1bn", "pounds 31bn"}, {"4.2%", "4-2"}, {"17%", "17"}} {
		if record.Slug(c.a) == record.Slug(c.b) {
			t.Errorf("Slug(%q) == Slug(%q) == %q", c.a, c.b, record.Slug(c.a))
		}
	}
	if got := record.Slug("U.S. Steel"); got != "us-steel" {
		t.Errorf("Slug(U.S. Steel) = %q, want us-steel", got)
	}
}
