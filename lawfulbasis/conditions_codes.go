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

var conditionCodes = [...]string{
	"",
	Art9A:                  "art-9-2-a",
	Art9B:                  "art-9-2-b",
	Art9C:                  "art-9-2-c",
	Art9D:                  "art-9-2-d",
	Art9E:                  "art-9-2-e",
	Art9F:                  "art-9-2-f",
	Art9G:                  "art-9-2-g",
	Art9H:                  "art-9-2-h",
	Art9I:                  "art-9-2-i",
	Art9J:                  "art-9-2-j",
	Sch1Para1:              "sch-1-para-1",
	Sch1Para2:              "sch-1-para-2",
	Sch1Para3:              "sch-1-para-3",
	Sch1Para4:              "sch-1-para-4",
	Sch1Para6:              "sch-1-para-6",
	Sch1Para7:              "sch-1-para-7",
	Sch1Para8:              "sch-1-para-8",
	Sch1Para9:              "sch-1-para-9",
	Sch1Para10:             "sch-1-para-10",
	Sch1Para11:             "sch-1-para-11",
	Sch1Para12:             "sch-1-para-12",
	Sch1Para13:             "sch-1-para-13",
	Sch1Para14:             "sch-1-para-14",
	Sch1Para15:             "sch-1-para-15",
	Sch1Para16:             "sch-1-para-16",
	Sch1Para17:             "sch-1-para-17",
	Sch1Para18:             "sch-1-para-18",
	Sch1Para19:             "sch-1-para-19",
	Sch1Para20:             "sch-1-para-20",
	Sch1Para21:             "sch-1-para-21",
	Sch1Para22:             "sch-1-para-22",
	Sch1Para23:             "sch-1-para-23",
	Sch1Para24:             "sch-1-para-24",
	Sch1Para25:             "sch-1-para-25",
	Sch1Para26:             "sch-1-para-26",
	Sch1Para27:             "sch-1-para-27",
	Sch1Para28:             "sch-1-para-28",
	Sch1Para29:             "sch-1-para-29",
	Sch1Para30:             "sch-1-para-30",
	Sch1Para31:             "sch-1-para-31",
	Sch1Para32:             "sch-1-para-32",
	Sch1Para33:             "sch-1-para-33",
	Sch1Para34:             "sch-1-para-34",
	Sch1Para35:             "sch-1-para-35",
	Sch1Para36:             "sch-1-para-36",
	Sch1Para37:             "sch-1-para-37",
	Art10OfficialAuthority: "art-10-official-authority",
	S35Consent:             "s35-4-consent",
	Sch8Para1:              "sch-8-para-1",
	Sch8Para2:              "sch-8-para-2",
	Sch8Para3:              "sch-8-para-3",
	Sch8Para4:              "sch-8-para-4",
	Sch8Para5:              "sch-8-para-5",
	Sch8Para6:              "sch-8-para-6",
	Sch8Para7:              "sch-8-para-7",
	Sch8Para8:              "sch-8-para-8",
	Sch8Para9:              "sch-8-para-9",
	Annex1Para1:            "annex-1-para-1",
	Annex1Para2:            "annex-1-para-2",
	Annex1Para3:            "annex-1-para-3",
	Annex1Para5:            "annex-1-para-5",
	Annex1Para6:            "annex-1-para-6",
}
