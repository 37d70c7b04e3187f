package facts

import "strings"

// This file holds the word lists the rules use. They describe English and
// the world (titles, countries, reporting verbs), not any one story.

// set builds a lookup table from space-separated words.
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// lexicon is built once per Extractor and only read afterwards.
type lexicon struct {
	titles      map[string]bool   // lower-case title words stripped from names
	titleLead   map[string]bool   // modifiers that only occur inside titles ("deputy", "vice")
	places      map[string]string // lower-case name or alias → canonical GPE name
	demonyms    map[string]string // "russian" → "Russia"
	orgs        map[string]string // lower-case org alias → canonical name
	orgHeads    map[string]bool   // nouns that make a capitalised phrase an organisation
	actorNouns  map[string]bool   // nouns a demonym or country turns into an actor ("government")
	cues        map[string]bool   // reporting verb lemmas
	cueNouns    map[string]bool   // "in a statement", "in a post"
	lightVerbs  map[string]bool
	nominals    map[string]string // nominalisation → verb lemma
	stopNames   map[string]bool   // capitalised words that are never names alone
	negWords    map[string]bool   // words that judge what content is about badly
	posWords    map[string]bool   // words that judge it well
	pronouns    map[string]bool
	months      map[string]bool
	raisingVerb map[string]bool // "scheduled to meet": the second verb carries the meaning
	irregular   map[string]string
	eventNouns  map[string]bool // nouns naming an event between participants: "talks", "call"
	conceptDrop map[string]bool // words that do not change what a noun phrase names

	// Typing evidence (see typeMention).
	cities      map[string]string // lower-case city name → as written (GeoNames)
	capitals    map[string]bool   // lower-case capital cities of the countries list
	regions     map[string]string // states, provinces, counties (GeoNames first-level divisions)
	given       map[string]byte   // lower-case given name → gender (SSA)
	honorifics  map[string]byte   // "mr" → male: titles of address, with the gender they tell
	locHeads    map[string]string // last words of place names → GPE or LOC ("County", "River")
	eventHeads  map[string]bool   // last words of event names ("Olympics", "Fair")
	workHeads   map[string]bool   // last words of laws, treaties and titles ("Act", "Protocol")
	outletHeads map[string]bool   // last words of news outlets ("Times", "Post")
	partyWords  map[string]string // one-word party names and their members → the party
	groupNouns  map[string]bool   // plural nouns naming a people or faith ("Muslims")
	personVerbs map[string]bool   // verbs whose subject is a person ("resigned", "married")
	orgRoles    map[string]bool   // roles held in an organisation: "X's chief executive"
	personNouns map[string]bool   // "X's wife", ", a 14-year-old boy": nouns only persons take
	words       map[string]bool   // ordinary lower-case English words (SCOWL)
	placeNouns  map[string]bool   // "X's capital", "the city of X": nouns only places take
	countries   map[string]bool   // lower-case names of the countries list, short and long ("the country" is one)
}

func newLexicon() *lexicon {
	lx := &lexicon{
		titles: set(`president vice-president vice prime minister deputy secretary spokesman spokeswoman
			spokesperson press chancellor senator sen. rep. representative gov. governor general gen.
			mr. mrs. ms. dr. king queen pope prince princess adviser advisor national security defense defence
			foreign interior finance state commander chief ceo chairman chairwoman chair director ambassador
			envoy special leader mp lawmaker officer minister premier mayor judge justice attorney
			sheikh emir sultan crown former acting lieutenant colonel admiral major captain sergeant
			treasury commerce energy health labor education homeland officials official senior top
			estate developer
			mr mrs ms miss dr sir dame lord lady baroness baron viscount earl duke duchess
			prof prof. professor rev rev. reverend father bishop archbishop cardinal rabbi imam
			sen gov rep lt lt. col col. capt capt. sgt sgt. cmdr insp inspector detective
			constable superintendent emeritus saint st. administrator commissioner executive
			founder co-founder editor coach manager home sheriff high mps meps msps peers
			ministers senators councillors governors mayors ambassadors gen prophet
			dj`),
		honorifics: map[string]byte{"mr": genderMale, "mr.": genderMale, "sir": genderMale,
			"lord": genderMale, "baron": genderMale, "viscount": genderMale, "earl": genderMale,
			"duke": genderMale, "king": genderMale, "prince": genderMale, "father": genderMale,
			"mrs": genderFemale, "mrs.": genderFemale, "ms": genderFemale, "ms.": genderFemale,
			"miss": genderFemale, "dame": genderFemale, "lady": genderFemale, "baroness": genderFemale,
			"duchess": genderFemale, "queen": genderFemale, "princess": genderFemale},
		titleLead: set(`deputy vice former acting senior top national special chief`),
		places:    map[string]string{},
		demonyms:  map[string]string{},
		orgs:      map[string]string{},
		orgHeads: set(`administration government ministry department agency council committee commission
			party union alliance organization organisation office parliament congress senate house court
			bank fund group army forces force navy police service services university institute
			company corporation corp inc ltd network platform summit forum assembly bureau
			cabinet league federation association kremlin pentagon
			inc inc. ltd. llc plc co co. corp. company's foundation society trust charity church
			college school academy library clinic laboratory laboratories labs
			airlines airways railways railway systems technologies industries holdings partners
			enterprises institution commission authority directorate secretariat board
			club team fc united rovers city's ministries coalition movement front caucus
			mission commission tribunal guard corps squad brigade regiment battalion division
			court chamber council's unit departments ministries agencies offices committees
			municipality
			instituto istituto institut universidad universita universite universitat banco banca
			partido partito movimento fondazione fundacion ministerio consiglio comune municipio`),
		actorNouns: set(`government leadership administration officials authorities forces troops military
			army navy delegation side people lawmakers parliament ministry diplomats negotiators`),
		cues: set(`say tell state add remark ask insist warn hint stress reaffirm confirm argue announce
			write note explain claim declare respond reply suggest reveal emphasize emphasise
			acknowledge admit comment indicate assert maintain mention report deny dismiss reject
			echo describe call caution urge predict promise pledge vow tweet post
			agree believe think answer observe point underline underscore contend concede allege`),
		cueNouns:   set(`statement post interview speech remarks address briefing tweet letter message conference`),
		lightVerbs: set(`extend give make issue hold have express offer take pay launch deliver send conduct`),
		nominals: map[string]string{
			"invitation": "invite", "invitations": "invite", "call": "talk", "calls": "talk",
			"visit": "visit", "offer": "offer", "decision": "decide", "agreement": "agree",
			"statement": "state", "promise": "promise", "proposal": "propose", "threat": "threaten",
			"warning": "warn", "apology": "apologize", "request": "request", "demand": "demand",
			"gratitude": "thank", "thanks": "thank", "support": "support", "concern": "worry",
			"concerns": "worry", "criticism": "criticize", "announcement": "announce",
			"phone": "talk", "telephone": "talk",
			"commitment": "commit", "pledge": "pledge", "attack": "attack", "strike": "strike",
			"strikes": "strike", "conversation": "talk", "engage": "talk", "discussion": "discuss", "discussions": "discuss",
			"negotiations": "negotiate", "talks": "talk", "skepticism": "doubt", "scepticism": "doubt",
			"conversations": "talk", "meeting": "meet", "meetings": "meet", "summit": "meet",
			"endorsement": "endorse", "optimism": "hope", "opposition": "oppose",
		},
		stopNames: set(`the a an in on at of for to and or but however meanwhile while despite following
			during after before since when as with from by this that these those it its his her their our
			we i you he she they there here what who which how why where whether if although though also
			said says according today yesterday tomorrow monday tuesday wednesday thursday friday
			saturday sunday january february march april may june july august september october november
			december breaking update updated live share comments comment subscribe related read more
			politics region category video photos opinion
			nobody nothing everyone everybody someone somebody anyone anybody ok okay`),
		// Evidence of a stance: words that judge what they are said of. A bare
		// "not" or "no" judges nothing ("did not plan to bid"); it turns a
		// judging word round ("not good", "not wrong").
		negWords: set(`unrealistic impractical impossible unlikely illusionary illusory unacceptable unnecessary
			ridiculous absurd wrong false dangerous disastrous disaster betrayal shameful disgraceful outrageous
			scandalous appalling unfair unjust misguided flawed failure mistake nonsense vacuous pointless futile
			unworkable unviable reckless irresponsible incompetent deplorable bad terrible awful incompatible
			anathema illegal unlawful unconstitutional abhorrent
			oppose opposes opposed opposing reject rejects rejected rejecting condemn condemns condemned
			criticise criticises criticised criticize criticizes criticized denounce denounced deplore deplored`),
		posWords: set(`good great excellent right true correct fair sensible welcome welcomes welcomed welcoming
			endorse endorses endorsed praise praised positive
			productive meaningful constructive reliable realistic practical essential vital crucial important
			necessary successful success proud grateful glad delighted pleased`),
		pronouns: set(`he she him her his hers it its they them their theirs we us our i me my you your
			this that these those who whom which`),
		months: set(`january february march april may june july august september october november december
			jan feb mar apr jun jul aug sep sept oct nov dec`),
		raisingVerb: set(`scheduled set expected due going likely poised about supposed slated able
			unable willing ready eager trying tried seeking seeks seek try attempt attempted
			continue continues continued begin began begun start started starting plan plans planned
			hope hopes hoped want wants wanted need needs needed intend intends intended
			seem seems seemed appear appears appeared tend tends tended`),
	}
	lx.irregular = irregularForms()
	lx.eventNouns = set(`negotiation talk discussion call conversation meeting summit agreement deal
		invitation visit exchange swap ceasefire truce dialogue contact`)
	lx.conceptDrop = set(`a an the this that these those such all any some every each its his her their
		our my your both either neither more most further new immediate direct possible potential
		initial first formal full`)
	lx.cities = map[string]string{}
	lx.capitals = map[string]bool{}
	lx.regions = map[string]string{}
	lx.given = map[string]byte{}
	lx.words = map[string]bool{}
	lx.locHeads = map[string]string{}
	for _, w := range strings.Fields(`city county state province district region territory
		republic kingdom emirate borough township village town`) {
		lx.locHeads[w] = TypeGPE
	}
	for _, w := range strings.Fields(`river lake sea ocean mountain mountains mount hills hill
		valley island islands peninsula bay gulf strait channel desert forest park street
		road avenue square bridge airport station stadium arena hall tower building palace
		castle cathedral center centre plaza beach coast canyon falls creek basin reef
		highway motorway boulevard lane heights garden gardens harbour harbor port cape glacier
		museum planetarium hotel mosque temple synagogue chapel memorial complex facility base
		towers cave prison jail hospital zoo northwest northeast southwest southeast midwest
		theatre theater cinema opera`) {
		lx.locHeads[w] = TypeLoc
	}
	// Demonyms of continents and regions: "African side" is no actor.
	for _, d := range strings.Split(`African|Asian|Arab|Arabs|Scandinavian|Balkan|Latin American|Middle Eastern|Caribbean|Nordic`, "|") {
		if _, ok := lx.demonyms[strings.ToLower(d)]; !ok {
			lx.demonyms[strings.ToLower(d)] = d
		}
	}
	lx.eventHeads = set(`olympics games cup championship championships tournament festival fair expo
		exhibition conference convention summit war election elections referendum crisis
		revolution uprising marathon grand prix open awards ceremony show week day prize
		massacre attack attacks bombing bombings earthquake hurricane storm flood riots`)
	lx.workHeads = set(`act bill treaty protocol accord accords agreement charter directive
		declaration resolution amendment constitution doctrine plan report manifesto code`)
	lx.outletHeads = set(`times news post herald journal gazette tribune mail telegraph guardian
		magazine daily weekly chronicle observer express standard monitor record radio tv
		television broadcasting press review bulletin dispatch courier inquirer examiner
		reuters wire`)
	lx.partyWords = map[string]string{
		"labour": "Labour", "labor": "Labor", "tory": "Conservatives", "tories": "Conservatives",
		"conservatives": "Conservatives", "lib dems": "Liberal Democrats", "lib dem": "Liberal Democrats",
		"liberal democrats": "Liberal Democrats", "democrats": "Democrats", "republicans": "Republicans",
		"greens": "Greens", "liberals": "Liberals", "unionists": "Unionists", "socialists": "Socialists",
		"new labour": "New Labour", "snp": "SNP", "ukip": "UKIP", "plaid cymru": "Plaid Cymru",
		"sinn fein": "Sinn Fein", "gop": "Republicans",
	}
	lx.groupNouns = set(`muslims christians jews hindus buddhists sikhs catholics protestants
		mormons evangelicals sunnis shias shiites arabs kurds scientologists latinos hispanics
		europeans africans asians westerners`)
	lx.personVerbs = set(`resigned married died born smiled laughed wept apologised apologized
		retired testified pleaded confessed recalled divorced`)
	lx.orgRoles = set(`ceo chief chiefs executives executive chairman chairwoman founder co-founder spokesman spokeswoman
		spokesperson president director employees staff members shareholders board owner editor
		headquarters website subsidiary`)
	lx.personNouns = set(`wife husband son daughter mother father brother sister widow boy girl
		man woman mother-in-law father-in-law grandson granddaughter uncle aunt nephew niece
		girlfriend boyfriend fiancee fiance parents children family`)
	lx.placeNouns = set(`capital city province state country region border borders residents
		citizens mayor governor population outskirts town village`)
	lx.countries = map[string]bool{}
	for _, row := range countries {
		f := strings.Split(row, "|")
		canon := f[0]
		lx.places[strings.ToLower(canon)] = canon
		lx.countries[strings.ToLower(canon)] = true
		for _, a := range strings.Split(f[1], ",") {
			if a = strings.TrimSpace(a); a != "" {
				lx.places[strings.ToLower(a)] = canon
				lx.countries[strings.ToLower(a)] = true
			}
		}
		for _, d := range strings.Split(f[2], ",") {
			if d = strings.TrimSpace(d); d != "" {
				lx.demonyms[strings.ToLower(d)] = canon
			}
		}
	}
	for _, c := range cities {
		lx.places[strings.ToLower(c)] = c
	}
	// Continents, oceans and regions of the world: places no country list holds.
	for _, r := range strings.Split(`Africa|Asia|North America|South America|Latin America|Central America|
		Oceania|Antarctica|Arctic|Antarctic|Caribbean|Scandinavia|Balkans|Mediterranean|Atlantic|Pacific|
		Southeast Asia|South Asia|East Asia|Central Asia|West Africa|East Africa|North Africa|
		Southern Africa|Sub-Saharan Africa|Western Europe|Eastern Europe|Central Europe|Persian Gulf|
		Indian Ocean|Atlantic Ocean|Pacific Ocean|Arctic Ocean|Korea|Washington D.C.|Washington, D.C.|
		Siberia|Kashmir|Tibet|Kurdistan|Sahara|Sahel|Amazon|Himalayas|Alps|Andes`, "|") {
		r = strings.TrimSpace(r)
		lx.places[strings.ToLower(r)] = strings.TrimSuffix(strings.TrimSuffix(r, " D.C."), ", D.C.")
	}
	for k, v := range lx.partyWords {
		lx.orgs[k] = v
	}
	for _, row := range organisations {
		f := strings.Split(row, "|")
		lx.orgs[strings.ToLower(f[0])] = f[0]
		for _, a := range strings.Split(f[1], ",") {
			if a = strings.TrimSpace(a); a != "" {
				lx.orgs[strings.ToLower(a)] = f[0]
			}
		}
	}
	lx.loadGazetteers()
	return lx
}

// countries: canonical name | aliases | demonyms.
var countries = [...]string{
	"United States|US,U.S.,USA,U.S.A.,America,the United States,United States of America|American,Americans,U.S.",
	"United Kingdom|UK,U.K.,Britain,Great Britain,the United Kingdom|British,Briton,Britons",
	// The UK's nations are places of their own, with their own teams, parliaments and
	// laws: "England beat France" is not the United Kingdom.
	"England||English",
	"Scotland||Scottish,Scots",
	"Wales||Welsh",
	"Northern Ireland||",
	"Russia|Russian Federation|Russian,Russians",
	"Ukraine||Ukrainian,Ukrainians",
	"China|PRC,People's Republic of China|Chinese",
	"Germany||German,Germans",
	"France||French",
	"Italy||Italian,Italians",
	"Spain||Spanish",
	"Poland||Polish,Poles",
	"Belgium||Belgian",
	"Netherlands|the Netherlands,Holland|Dutch",
	"Saudi Arabia||Saudi,Saudis",
	"Iran||Iranian,Iranians",
	"Iraq||Iraqi,Iraqis",
	"Israel||Israeli,Israelis",
	"Turkey|Türkiye|Turkish",
	"Syria||Syrian,Syrians",
	"Japan||Japanese",
	"India||Indian,Indians",
	"Pakistan||Pakistani",
	"Canada||Canadian,Canadians",
	"Mexico||Mexican,Mexicans",
	"Brazil||Brazilian,Brazilians",
	"Australia||Australian,Australians",
	"North Korea|DPRK|North Korean",
	"South Korea||South Korean",
	"Belarus||Belarusian",
	"Hungary||Hungarian",
	"Finland||Finnish",
	"Sweden||Swedish",
	"Norway||Norwegian",
	"Denmark||Danish",
	"Estonia||Estonian",
	"Latvia||Latvian",
	"Lithuania||Lithuanian",
	"Romania||Romanian",
	"Moldova||Moldovan",
	"Georgia||Georgian",
	"Greece||Greek",
	"Egypt||Egyptian",
	"Qatar||Qatari",
	"Switzerland||Swiss",
	"Austria||Austrian",
	"Czech Republic|Czechia|Czech",
	"Slovakia||Slovak",
	"Serbia||Serbian",
	"Afghanistan||Afghan",
	"Venezuela||Venezuelan",
	"Cuba||Cuban",
	"Argentina||Argentine,Argentinian",
	"South Africa||South African",
	"Nigeria||Nigerian",
	"Kenya||Kenyan",
	"Ethiopia||Ethiopian",
	"Lebanon||Lebanese",
	"Jordan||Jordanian",
	"Yemen||Yemeni",
	"United Arab Emirates|UAE|Emirati",
	"Taiwan||Taiwanese",
	"Vietnam||Vietnamese",
	"Indonesia||Indonesian",
	"Philippines|the Philippines|Filipino",
	"Kazakhstan||Kazakh",
	"Armenia||Armenian",
	"Azerbaijan||Azerbaijani",
	"Ireland||Irish",
	"Portugal||Portuguese",
	"Europe||European,Europeans",
	"Gaza|Gaza Strip|",
	"Crimea||Crimean",
	"Palestine|Palestinian territories|Palestinian,Palestinians",
}

// cities and regions that are places in their own right (capitals above map to countries
// only when they name the government, which the rules decide).
var cities = [...]string{
	"Kiev", "Beijing", "Berlin", "Paris", "Rome", "Madrid", "Warsaw", "Amsterdam", "Riyadh", "Tehran", "Baghdad", "Jerusalem", "Ankara", "Damascus", "Tokyo", "New Delhi", "Islamabad", "Ottawa", "Mexico City", "Brasilia", "Canberra", "Pyongyang", "Seoul", "Budapest", "Helsinki", "Stockholm", "Oslo", "Copenhagen", "Tallinn", "Riga", "Vilnius", "Bucharest", "Chisinau", "Tbilisi", "Athens", "Cairo", "Doha", "Bern", "Vienna", "Prague", "Bratislava", "Belgrade", "Kabul", "Caracas", "Havana", "Buenos Aires", "Pretoria", "Abuja", "Nairobi", "Addis Ababa", "Beirut", "Amman", "Sanaa", "Abu Dhabi", "Dubai", "Taipei", "Hanoi", "Jakarta", "Manila", "Astana", "Yerevan", "Baku", "Dublin", "Lisbon",
	"Munich", "Brussels", "London", "New York", "Washington", "Moscow", "Kyiv", "Geneva", "Istanbul",
	"Donbas", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia", "Kharkiv", "Odesa", "Kursk",
	"Middle East", "Oval Office", "West", "Mar-a-Lago", "Davos", "Gaza", "Crimea", "Europe",
	"Belgium", "Sochi", "St. Petersburg", "Minsk", "Kremlin",
}

// organisations: canonical | aliases.
var organisations = [...]string{
	"NATO|North Atlantic Treaty Organization,the North Atlantic Treaty Organization,Nato",
	"European Union|EU,E.U.,the European Union",
	"United Nations|UN,U.N.,the United Nations",
	"Kremlin|the Kremlin",
	"White House|the White House",
	"Pentagon|the Pentagon",
	"Truth Social|",
	"G7|G-7,Group of Seven",
	"G20|G-20",
	"International Monetary Fund|IMF",
	"World Bank|",
	"Congress|U.S. Congress,US Congress",
	"Ukraine Defense Contact Group|",
}
