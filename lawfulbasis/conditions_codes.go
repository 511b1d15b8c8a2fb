package lawfulbasis

// Condition values: Art 9(2) conditions, DPA 2018 Sch 1 conditions (Parts
// 1 to 3; para 5 is the policy-document requirement, not a condition), Art 10
// official authority, Part 3 s35(4) consent and Sch 8 conditions, and the
// UK GDPR Annex 1 conditions for a recognised legitimate interest.
const (
	ConditionUnspecified   Condition = iota
	Art9A                            // UK GDPR Art 9(2)(a)
	Art9B                            // UK GDPR Art 9(2)(b)
	Art9C                            // UK GDPR Art 9(2)(c)
	Art9D                            // UK GDPR Art 9(2)(d)
	Art9E                            // UK GDPR Art 9(2)(e)
	Art9F                            // UK GDPR Art 9(2)(f)
	Art9G                            // UK GDPR Art 9(2)(g)
	Art9H                            // UK GDPR Art 9(2)(h)
	Art9I                            // UK GDPR Art 9(2)(i)
	Art9J                            // UK GDPR Art 9(2)(j)
	Sch1Para1                        // DPA 2018 Sch 1 Part 1 para 1
	Sch1Para2                        // DPA 2018 Sch 1 Part 1 para 2
	Sch1Para3                        // DPA 2018 Sch 1 Part 1 para 3
	Sch1Para4                        // DPA 2018 Sch 1 Part 1 para 4
	Sch1Para6                        // DPA 2018 Sch 1 Part 2 para 6
	Sch1Para7                        // DPA 2018 Sch 1 Part 2 para 7
	Sch1Para8                        // DPA 2018 Sch 1 Part 2 para 8
	Sch1Para9                        // DPA 2018 Sch 1 Part 2 para 9
	Sch1Para10                       // DPA 2018 Sch 1 Part 2 para 10
	Sch1Para11                       // DPA 2018 Sch 1 Part 2 para 11
	Sch1Para12                       // DPA 2018 Sch 1 Part 2 para 12
	Sch1Para13                       // DPA 2018 Sch 1 Part 2 para 13
	Sch1Para14                       // DPA 2018 Sch 1 Part 2 para 14
	Sch1Para15                       // DPA 2018 Sch 1 Part 2 para 15
	Sch1Para16                       // DPA 2018 Sch 1 Part 2 para 16
	Sch1Para17                       // DPA 2018 Sch 1 Part 2 para 17
	Sch1Para18                       // DPA 2018 Sch 1 Part 2 para 18
	Sch1Para19                       // DPA 2018 Sch 1 Part 2 para 19
	Sch1Para20                       // DPA 2018 Sch 1 Part 2 para 20
	Sch1Para21                       // DPA 2018 Sch 1 Part 2 para 21
	Sch1Para22                       // DPA 2018 Sch 1 Part 2 para 22
	Sch1Para23                       // DPA 2018 Sch 1 Part 2 para 23
	Sch1Para24                       // DPA 2018 Sch 1 Part 2 para 24
	Sch1Para25                       // DPA 2018 Sch 1 Part 2 para 25
	Sch1Para26                       // DPA 2018 Sch 1 Part 2 para 26
	Sch1Para27                       // DPA 2018 Sch 1 Part 2 para 27
	Sch1Para28                       // DPA 2018 Sch 1 Part 2 para 28
	Sch1Para29                       // DPA 2018 Sch 1 Part 3 para 29
	Sch1Para30                       // DPA 2018 Sch 1 Part 3 para 30
	Sch1Para31                       // DPA 2018 Sch 1 Part 3 para 31
	Sch1Para32                       // DPA 2018 Sch 1 Part 3 para 32
	Sch1Para33                       // DPA 2018 Sch 1 Part 3 para 33
	Sch1Para34                       // DPA 2018 Sch 1 Part 3 para 34
	Sch1Para35                       // DPA 2018 Sch 1 Part 3 para 35
	Sch1Para36                       // DPA 2018 Sch 1 Part 3 para 36
	Sch1Para37                       // DPA 2018 Sch 1 Part 3 para 37
	Art10OfficialAuthority           // UK GDPR Art 10(1): under the control of official authority
	S35Consent                       // DPA 2018 s35(4): Part 3 sensitive processing, case 1 (consent)
	Sch8Para1                        // DPA 2018 Sch 8 para 1: Part 3 sensitive processing, case 2
	Sch8Para2                        // DPA 2018 Sch 8 para 2: Part 3 sensitive processing, case 2
	Sch8Para3                        // DPA 2018 Sch 8 para 3: Part 3 sensitive processing, case 2
	Sch8Para4                        // DPA 2018 Sch 8 para 4: Part 3 sensitive processing, case 2
	Sch8Para5                        // DPA 2018 Sch 8 para 5: Part 3 sensitive processing, case 2
	Sch8Para6                        // DPA 2018 Sch 8 para 6: Part 3 sensitive processing, case 2
	Sch8Para7                        // DPA 2018 Sch 8 para 7: Part 3 sensitive processing, case 2
	Sch8Para8                        // DPA 2018 Sch 8 para 8: Part 3 sensitive processing, case 2
	Sch8Para9                        // DPA 2018 Sch 8 para 9: Part 3 sensitive processing, case 2
	Annex1Para1                      // UK GDPR Annex 1 para 1: recognised legitimate interest
	Annex1Para2                      // UK GDPR Annex 1 para 2: recognised legitimate interest
	Annex1Para3                      // UK GDPR Annex 1 para 3: recognised legitimate interest
	Annex1Para5                      // UK GDPR Annex 1 para 5: recognised legitimate interest
	Annex1Para6                      // UK GDPR Annex 1 para 6: recognised legitimate interest
)

// conditionRow is one row of the condition table: the Item plus the
// structure the rules need.
type conditionRow struct {
	Item
	family Family
	part   int         // Sch 1 Part (1, 2 or 3); 0 for other families
	needs  []Condition // Art 9(2)(b), (h), (i), (j): the Sch 1 Part 1 condition that must accompany it (DPA 2018 s10(2))
	// needsPart is 2 for Art 9(2)(g), met by any Sch 1 Part 2 condition (DPA 2018 s10(3)).
	needsPart int
	apd       bool // an appropriate policy document is required (docs/law.md §3.1-3.2, §4.2)
}

// conditionTable is the one source for condition codes, names, citations,
// dates and structure. Rows cite docs/law.md §2.3 (Annex 1), §3 (Art 9, Sch 1,
// Art 10) and §4.2 (s35, Sch 8).
var conditionTable = [...]conditionRow{
	{},
	Art9A: {Item: Item{Code: "art-9-2-a", Name: "Explicit consent",
		Citation: "UK GDPR Art 9(2)(a)", Flag: Verified, Note: notInReference},
		family: FamilyArt9},
	Art9B: {Item: Item{Code: "art-9-2-b", Name: "Employment, social security and social protection",
		Citation: "UK GDPR Art 9(2)(b); DPA 2018 s10(1)(a), s10(2)", Flag: Verified, Note: notInReference},
		family: FamilyArt9, needs: []Condition{Sch1Para1}},
	Art9C: {Item: Item{Code: "art-9-2-c", Name: "Vital interests where the data subject cannot consent",
		Citation: "UK GDPR Art 9(2)(c)", Flag: Verified, Note: notInReference},
		family: FamilyArt9},
	Art9D: {Item: Item{Code: "art-9-2-d", Name: "Not-for-profit bodies",
		Citation: "UK GDPR Art 9(2)(d)", Flag: Verified, Note: notInReference},
		family: FamilyArt9},
	Art9E: {Item: Item{Code: "art-9-2-e", Name: "Manifestly made public by the data subject",
		Citation: "UK GDPR Art 9(2)(e)", Flag: Verified, Note: notInReference},
		family: FamilyArt9},
	Art9F: {Item: Item{Code: "art-9-2-f", Name: "Legal claims, and courts or tribunals acting in their judicial capacity",
		Citation: "UK GDPR Art 9(2)(f)", Flag: Verified, Note: notInReference,
		Changes: []Change{{On: duaaC1, Citation: "UK GDPR Art 9(2)(f); DUAA Sch 11 para 4(b); SI 2025/904 reg 2", Flag: Verified,
			What: "courts or tribunals (\"or tribunals\" added)"}}},
		family: FamilyArt9},
	Art9G: {Item: Item{Code: "art-9-2-g", Name: "Substantial public interest",
		Citation: "UK GDPR Art 9(2)(g); DPA 2018 s10(1)(b), s10(3)", Flag: Verified, Note: notInReference,
		Changes: []Change{{On: duaaC1, Citation: "UK GDPR Art 9(2)(g); DUAA s72; SI 2025/904 reg 2", Flag: Verified,
			What: "basis in domestic law or relevant international law"}}},
		family: FamilyArt9, needsPart: 2},
	Art9H: {Item: Item{Code: "art-9-2-h", Name: "Health or social care",
		Citation: "UK GDPR Art 9(2)(h), 9(3); DPA 2018 s10(2), s11(1)", Flag: Verified, Note: notInReference},
		family: FamilyArt9, needs: []Condition{Sch1Para2}},
	Art9I: {Item: Item{Code: "art-9-2-i", Name: "Public health",
		Citation: "UK GDPR Art 9(2)(i); DPA 2018 s10(2)", Flag: Verified, Note: notInReference},
		family: FamilyArt9, needs: []Condition{Sch1Para3}},
	Art9J: {Item: Item{Code: "art-9-2-j", Name: "Archiving, research and statistics",
		Citation: "UK GDPR Art 9(2)(j); DPA 2018 s10(2)", Flag: Verified, Note: notInReference,
		Changes: []Change{{On: duaaC6, Citation: "UK GDPR Art 9(2)(j); DUAA s87(1)(b); SI 2026/82 reg 2", Flag: Verified,
			What: "processing carried out in accordance with Article 84B"}}},
		family: FamilyArt9, needs: []Condition{Sch1Para4}},
	Sch1Para1: {Item: Item{Code: "sch-1-para-1", Name: "Employment, social security and social protection",
		Citation: "DPA 2018 Sch 1 Part 1 para 1", Flag: Verified, Note: notInReference + "; APD required (Sch 1 para 1; docs/law.md §3.1-3.2)"},
		family: FamilySch1, part: 1, apd: true},
	Sch1Para2: {Item: Item{Code: "sch-1-para-2", Name: "Health or social care purposes",
		Citation: "DPA 2018 Sch 1 Part 1 para 2", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 1},
	Sch1Para3: {Item: Item{Code: "sch-1-para-3", Name: "Public health",
		Citation: "DPA 2018 Sch 1 Part 1 para 3", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 1},
	Sch1Para4: {Item: Item{Code: "sch-1-para-4", Name: "Research etc (archiving, research and statistics in the public interest)",
		Citation: "DPA 2018 Sch 1 Part 1 para 4", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 1},
	Sch1Para6: {Item: Item{Code: "sch-1-para-6", Name: "Statutory and government purposes",
		Citation: "DPA 2018 Sch 1 Part 2 para 6", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para7: {Item: Item{Code: "sch-1-para-7", Name: "Administration of justice and parliamentary purposes",
		Citation: "DPA 2018 Sch 1 Part 2 para 7", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para8: {Item: Item{Code: "sch-1-para-8", Name: "Equality of opportunity or treatment",
		Citation: "DPA 2018 Sch 1 Part 2 para 8", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para9: {Item: Item{Code: "sch-1-para-9", Name: "Racial and ethnic diversity at senior levels",
		Citation: "DPA 2018 Sch 1 Part 2 para 9", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para10: {Item: Item{Code: "sch-1-para-10", Name: "Preventing or detecting unlawful acts",
		Citation: "DPA 2018 Sch 1 Part 2 para 10", Flag: Verified, Note: notInReference + "; APD required except where the processing is disclosure to a competent authority (docs/law.md §3.2); NeedsPolicyDocument answers yes (fail safe)",
		Changes: []Change{{On: duaaC6, Citation: "DPA 2018 Sch 1 para 10; DUAA Sch 11; SI 2026/82 reg 2", Flag: Verified,
			What: "preventing, detecting or investigating unlawful acts (\"investigating\" added)"}}},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para11: {Item: Item{Code: "sch-1-para-11", Name: "Protecting the public against dishonesty etc",
		Citation: "DPA 2018 Sch 1 Part 2 para 11", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para12: {Item: Item{Code: "sch-1-para-12", Name: "Regulatory requirements relating to unlawful acts and dishonesty etc",
		Citation: "DPA 2018 Sch 1 Part 2 para 12", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para13: {Item: Item{Code: "sch-1-para-13", Name: "Journalism etc in connection with unlawful acts and dishonesty etc",
		Citation: "DPA 2018 Sch 1 Part 2 para 13", Flag: Verified, Note: notInReference + "; no APD required (docs/law.md §3.2)"},
		family: FamilySch1, part: 2},
	Sch1Para14: {Item: Item{Code: "sch-1-para-14", Name: "Preventing fraud",
		Citation: "DPA 2018 Sch 1 Part 2 para 14", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para15: {Item: Item{Code: "sch-1-para-15", Name: "Suspicion of terrorist financing or money laundering",
		Citation: "DPA 2018 Sch 1 Part 2 para 15", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para16: {Item: Item{Code: "sch-1-para-16", Name: "Support for individuals with a particular disability or medical condition",
		Citation: "DPA 2018 Sch 1 Part 2 para 16", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para17: {Item: Item{Code: "sch-1-para-17", Name: "Counselling",
		Citation: "DPA 2018 Sch 1 Part 2 para 17", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para18: {Item: Item{Code: "sch-1-para-18", Name: "Safeguarding of children and of individuals at risk",
		Citation: "DPA 2018 Sch 1 Part 2 para 18", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para19: {Item: Item{Code: "sch-1-para-19", Name: "Safeguarding economic well-being",
		Citation: "DPA 2018 Sch 1 Part 2 para 19", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para20: {Item: Item{Code: "sch-1-para-20", Name: "Insurance",
		Citation: "DPA 2018 Sch 1 Part 2 para 20", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para21: {Item: Item{Code: "sch-1-para-21", Name: "Occupational pensions",
		Citation: "DPA 2018 Sch 1 Part 2 para 21", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para22: {Item: Item{Code: "sch-1-para-22", Name: "Political parties",
		Citation: "DPA 2018 Sch 1 Part 2 para 22", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para23: {Item: Item{Code: "sch-1-para-23", Name: "Elected representatives responding to requests",
		Citation: "DPA 2018 Sch 1 Part 2 para 23", Flag: Verified, Note: notInReference,
		Changes: []Change{{On: duaaC6, Citation: "DPA 2018 Sch 1 para 23(4); DUAA s73; SI 2026/82 reg 2", Flag: Verified,
			What: "after dissolution, the grace period for elected representatives is 30 days (was the fourth day)"}}},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para24: {Item: Item{Code: "sch-1-para-24", Name: "Disclosure to elected representatives",
		Citation: "DPA 2018 Sch 1 Part 2 para 24", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para25: {Item: Item{Code: "sch-1-para-25", Name: "Informing elected representatives about prisoners",
		Citation: "DPA 2018 Sch 1 Part 2 para 25", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para26: {Item: Item{Code: "sch-1-para-26", Name: "Publication of legal judgments",
		Citation: "DPA 2018 Sch 1 Part 2 para 26", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para27: {Item: Item{Code: "sch-1-para-27", Name: "Anti-doping in sport",
		Citation: "DPA 2018 Sch 1 Part 2 para 27", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para28: {Item: Item{Code: "sch-1-para-28", Name: "Standards of behaviour in sport",
		Citation: "DPA 2018 Sch 1 Part 2 para 28", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 2, apd: true},
	Sch1Para29: {Item: Item{Code: "sch-1-para-29", Name: "Consent",
		Citation: "DPA 2018 Sch 1 Part 3 para 29", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 3},
	Sch1Para30: {Item: Item{Code: "sch-1-para-30", Name: "Vital interests where the data subject is incapable of consent",
		Citation: "DPA 2018 Sch 1 Part 3 para 30", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 3},
	Sch1Para31: {Item: Item{Code: "sch-1-para-31", Name: "Processing by not-for-profit bodies",
		Citation: "DPA 2018 Sch 1 Part 3 para 31", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 3},
	Sch1Para32: {Item: Item{Code: "sch-1-para-32", Name: "Personal data in the public domain (manifestly made public by the data subject)",
		Citation: "DPA 2018 Sch 1 Part 3 para 32", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 3},
	Sch1Para33: {Item: Item{Code: "sch-1-para-33", Name: "Legal claims, legal advice and legal rights",
		Citation: "DPA 2018 Sch 1 Part 3 para 33", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 3},
	Sch1Para34: {Item: Item{Code: "sch-1-para-34", Name: "Judicial acts",
		Citation: "DPA 2018 Sch 1 Part 3 para 34", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 3},
	Sch1Para35: {Item: Item{Code: "sch-1-para-35", Name: "Administration of payment-card accounts used for child-indecency offences",
		Citation: "DPA 2018 Sch 1 Part 3 para 35", Flag: Verified, Note: notInReference + "; APD required (docs/law.md §3.2)"},
		family: FamilySch1, part: 3, apd: true},
	Sch1Para36: {Item: Item{Code: "sch-1-para-36", Name: "Extension of Part 2 conditions (without the substantial public interest requirement)",
		Citation: "DPA 2018 Sch 1 Part 3 para 36; docs/law.md §3.2", Flag: Verified, Note: notInReference + "; docs/law.md does not say whether an APD is needed; NeedsPolicyDocument answers no for want of a row"},
		family: FamilySch1, part: 3},
	Sch1Para37: {Item: Item{Code: "sch-1-para-37", Name: "Extension of the insurance condition",
		Citation: "DPA 2018 Sch 1 Part 3 para 37", Flag: Verified, Note: notInReference},
		family: FamilySch1, part: 3},
	Art10OfficialAuthority: {Item: Item{Code: "art-10-official-authority", Name: "Under the control of official authority",
		Citation: "UK GDPR Art 10(1)", Flag: Verified, Note: notInReference},
		family: FamilyArt10},
	S35Consent: {Item: Item{Code: "s35-4-consent", Name: "Consent (Part 3 sensitive processing, case 1)",
		Citation: "DPA 2018 s35(4), s42", Flag: Verified, Note: notInReference + "; an appropriate policy document is also required",
		Changes: []Change{{On: duaaPart3Consent, Citation: "DPA 2018 s33(1A), s40A; DUAA s69, s142(3)", Flag: Verified,
			What: "consent defined (freely given, specific, informed, unambiguous) and may be withdrawn at any time",
			Note: "docs/law.md gives ~19/20 Aug 2025 (two months after Royal Assent on 19 Jun 2025); 19 Aug 2025 used"}}},
		family: FamilyS35, apd: true},
	Sch8Para1: {Item: Item{Code: "sch-8-para-1", Name: "Statutory etc purposes (substantial public interest)",
		Citation: "DPA 2018 s35(5), Sch 8 para 1, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Sch8Para2: {Item: Item{Code: "sch-8-para-2", Name: "Administration of justice",
		Citation: "DPA 2018 s35(5), Sch 8 para 2, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Sch8Para3: {Item: Item{Code: "sch-8-para-3", Name: "Vital interests of the data subject or another person",
		Citation: "DPA 2018 s35(5), Sch 8 para 3, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Sch8Para4: {Item: Item{Code: "sch-8-para-4", Name: "Safeguarding of children and of individuals at risk",
		Citation: "DPA 2018 s35(5), Sch 8 para 4, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Sch8Para5: {Item: Item{Code: "sch-8-para-5", Name: "Personal data manifestly made public by the data subject",
		Citation: "DPA 2018 s35(5), Sch 8 para 5, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Sch8Para6: {Item: Item{Code: "sch-8-para-6", Name: "Legal claims, legal advice and legal rights",
		Citation: "DPA 2018 s35(5), Sch 8 para 6, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Sch8Para7: {Item: Item{Code: "sch-8-para-7", Name: "Judicial acts",
		Citation: "DPA 2018 s35(5), Sch 8 para 7, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Sch8Para8: {Item: Item{Code: "sch-8-para-8", Name: "Preventing fraud",
		Citation: "DPA 2018 s35(5), Sch 8 para 8, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required",
		Changes: []Change{{On: duaaC6, Citation: "DPA 2018 Sch 8 para 8; DUAA Sch 11; SI 2026/82 reg 2", Flag: Verified,
			What: "disclosure, or preparation for disclosure, as or under an anti-fraud organisation (\"preparation for disclosure\" added)"}}},
		family: FamilySch8, apd: true},
	Sch8Para9: {Item: Item{Code: "sch-8-para-9", Name: "Archiving, research and statistics",
		Citation: "DPA 2018 s35(5), Sch 8 para 9, s42", Flag: Verified, Note: notInReference + "; strictly necessary and an appropriate policy document are also required"},
		family: FamilySch8, apd: true},
	Annex1Para1: {Item: Item{Code: "annex-1-para-1", Name: "Public task disclosure response",
		Citation: "UK GDPR Art 6(1)(ea), Annex 1 para 1; DUAA s70, Sch 4; SI 2026/82 reg 2", Flag: Verified, From: duaaC6,
		Note: "docs/law.md: verified only in part; the exact sub-limbs were not fully read"},
		family: FamilyAnnex1},
	Annex1Para2: {Item: Item{Code: "annex-1-para-2", Name: "National security, public security and defence",
		Citation: "UK GDPR Art 6(1)(ea), Annex 1 para 2; DUAA s70, Sch 4; SI 2026/82 reg 2", Flag: Verified, From: duaaC6},
		family: FamilyAnnex1},
	Annex1Para3: {Item: Item{Code: "annex-1-para-3", Name: "Emergencies (Civil Contingencies Act 2004 Part 2 meaning)",
		Citation: "UK GDPR Art 6(1)(ea), Annex 1 paras 3-4; DUAA s70, Sch 4; SI 2026/82 reg 2", Flag: Verified, From: duaaC6},
		family: FamilyAnnex1},
	Annex1Para5: {Item: Item{Code: "annex-1-para-5", Name: "Crime: detecting, investigating or preventing crime, or apprehending or prosecuting offenders",
		Citation: "UK GDPR Art 6(1)(ea), Annex 1 para 5; DUAA s70, Sch 4; SI 2026/82 reg 2", Flag: Verified, From: duaaC6},
		family: FamilyAnnex1},
	Annex1Para6: {Item: Item{Code: "annex-1-para-6", Name: "Safeguarding vulnerable individuals",
		Citation: "UK GDPR Art 6(1)(ea), Annex 1 para 6; DUAA s70, Sch 4; SI 2026/82 reg 2", Flag: Verified, From: duaaC6,
		Note: "docs/law.md: the exact wording and numbering of the definitions paragraph are unverified"},
		family: FamilyAnnex1},
}

var conditionCodes = func() []string {
	codes := make([]string, len(conditionTable))
	for i := range conditionTable {
		codes[i] = conditionTable[i].Code
	}
	return codes
}()
