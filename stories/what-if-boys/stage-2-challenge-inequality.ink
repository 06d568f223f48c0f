// What if: Cassius and Joe are boys. Stage 2: Recognise and challenge inequalities, exclusion and discrimination.
// The multi-agency meeting: a police report about three Black boys and young men, a gang list, an NRM that the
// room doubts a boy can need, and a school that wants him gone.

=== stage_2_challenge_inequality ===
Two weeks later, at the end of January, a multi-agency meeting about Cassius. # stage: challenge-inequality # scene: meeting-room
Around the table: Nadia, the social work team manager, in the chair; DC Priestley from the police exploitation team; Marcus; Mr Hale from school; and you. Ruth the counsellor has sent a short note: Cassius comes every week, on time, talks about films, his little brother and his exams, and goes quiet whenever the park comes up.
Nobody has asked Cassius or his parents to come, or what they think.
"I'll read out the relevant section of the original report," says DC Priestley. "It isn't mine, for the record. I wasn't there." # speaker: police-officer
She turns a page. # sfx: page-turn
"Attended a report of suspected drug dealing in the park. Spoke to a group of three Black males, aged thirteen, fifteen and twenty, all wearing dark hoodies, unsuitable for the hot weather. The twenty-year-old at first gave false details, but my colleague knew him from previous encounters. Checks showed the three are brothers at the same address." # speaker: police-officer
"A search was requested on suspicion of possession of drugs. The request was met with aggression, swearing and disrespect. The thirteen-year-old and the twenty-year-old tried to obstruct the search of the fifteen-year-old, who was found to be carrying Class A drugs, approximately two hundred pounds street value. He was arrested. In custody a further search, involving the exposure of intimate parts, was authorised." # speaker: police-officer
"The fifteen-year-old is believed to be associated with a local gang. He said his brothers had nothing to do with it. Initial suspicion was that the twenty-year-old was exploiting him. Later enquiries found this was not the case." # speaker: police-officer
She puts the page down.
"He's on the force's gang nominals list as well, for what it's worth," she adds. "Association, mainly." # speaker: police-officer
* [Accept the report as the agreed account, since it is the official record, and move the meeting on to the plan # undermines: challenge-inequality, children-first, curious-informed # why: It is the official record, and meetings often treat it as fact. But it describes three Black boys and young men mainly as a threat, and it leaves the real question, who gave Cassius the drugs, unasked. # short: Accept the police report; move on # why-short: The official record, but it frames the brothers as a threat # key-decision]
    Nobody questions it, including you.
    Later, reading the minutes, you notice they describe Cassius as 'a gang-affiliated youth found dealing Class A with his brothers'. Nobody said those words. Somehow they are there, and from now on they are what every new professional will read first.
* [Ask that Cassius's own account and his parents' views are gathered before the meeting agrees any plan # supports: child-voice, parents-as-partners # undermines: challenge-inequality # why: A plan made about Cassius without him or his family is likely to miss what matters. But it leaves the report's wording, the hoodies, the 'aggression' and the gang label, unquestioned in today's minutes, and those are what the next reader will see. # short: Hear Cassius and his parents first # why-short: Their views shape the plan, but the report's wording stands]
    ~ cassie_voice_asked = true
    ~ cassie_parents += 1
    "Before we agree a plan, shouldn't we hear from Cassius and his parents?" you say. "We've read a lot about him today. We haven't heard from him once." # speaker: you
    Nadia gives the action to you. The meeting ends with Cassius's name written next to the word 'views', and the gang flag still on the system.
* [Ask what evidence sits behind the labels, gang included, and whether a referral followed the strip search # supports: challenge-inequality, curious-informed, children-first # undermines: trauma-informed # why: Questioning the hoodies, the 'aggression' and a gang label with nothing behind it stops a biased first impression becoming the plan. But it lays the most humiliating thing that has happened to him in front of six professionals, his head of year among them, when Cassius has told nobody about it and has no say in who hears. # short: Question the labels and the strip search # why-short: Stops bias shaping the plan, but airs his search without him # differs: Here all three are described as 'males', the fifteen-year-old was strip-searched, and a gang label has already been attached, so the bias has gone further than in Cassie's report and is harder to undo.]
    ~ bias_challenged = 2
    ~ search_challenged = true
    ~ priestley_strain += 1
    "Can I ask about some of the wording?" you say. "Dark hoodies in hot weather: what is that evidence of? Two brothers tried to stop strangers searching their fifteen-year-old brother in a park. Were they being aggressive, or protecting him? And 'associated with a local gang': associated how? By living with his brothers?" # speaker: you
    "He's fifteen, and he was strip-searched in a police station. I can't see an appropriate adult on the record, and I can't see a safeguarding referral after it. I'd like to know whether there was one." # speaker: you
    There is a pause long enough to hear the radiator tick. Mr Hale looks at his hands.
    "That's fair," says DC Priestley at last, not warmly. "No. There wasn't a referral. And the gang flag is association only. I'll take it back." # speaker: police-officer
    "Let's minute all of that," says Nadia. # speaker: social-worker
* [Say nothing in the room, and email DC Priestley afterwards about the wording and the search # supports: challenge-inequality # undermines: curious-informed # why: A private challenge may be better received than a public one, and it is still a challenge. But the plan is agreed today on the report as written, without anyone testing what it says, and the minutes will carry its framing, gang label and all. # short: Stay quiet; email DC Priestley after # why-short: Challenge in private, but minutes keep the report's framing]
    ~ bias_challenged = 1
    You make a note to email her later. The moment passes, and the meeting moves on with the report face up in the middle of the table.
    Your email goes that evening. DC Priestley replies two days later: fair points, she will raise them. The minutes are not changed.
- -> s2_the_plan

=== s2_the_plan ===
"So. Recommendations," says Nadia. # scene: meeting-room
"I'll be honest," says a police sergeant at the end of the table, who has not spoken until now. "An NRM for a lad like this? He's not a victim. He's a runner. They all say nobody made them." # speaker: police-sergeant
* [Hold off on any exploitation label until Cassius tells you himself what happened to him in the park # supports: child-voice # undermines: children-first # why: Not putting a label on a boy who does not recognise it is respectful, and he may hate it. But protection cannot wait for him to say the words, and the youth court in May will not wait either. # short: No exploitation label until he says so # why-short: Respects his view, but protection and court will not wait]
    "I'd rather not label him as exploited until he tells us himself," you say. "He'll hate it." # speaker: you
    The sergeant looks pleased. On paper, for now, nobody has done anything to Cassius at all.
* [Propose an NRM referral, tell his solicitor about Section 45, and say that boys are exploited too # supports: children-first, curious-informed, challenge-inequality # undermines: child-voice # why: Recognising that Cassius may be a victim of criminal exploitation opens up protection and a legal defence. But it is done without his agreement, he has never called himself a victim, and being recognised as one can make him a witness the people behind this will want to keep quiet. # short: Make an NRM referral; raise Section 45 # why-short: Opens protection and a defence, but without his agreement # differs: Here the room doubts that a boy can be a victim at all, so proposing the referral means challenging that as well as making it.]
    ~ nrm = true
    "A fifteen-year-old with no history, holding two hundred pounds of Class A and saying nothing for six months, is exactly what exploitation looks like," you say. "And boys are exploited too. Most of the children identified in county lines cases are boys. They're also the ones we find hardest to see as victims." # speaker: you
    "Your call," says the sergeant. "But when he's back in the park, it's on you." # speaker: police-sergeant
    "I'll make the referral this week," says Marcus. "And I'll tell him what it means before he hears it anywhere else." # speaker: yos-worker
* [Keep the plan youth offending-led, and focused on getting him through the court process in May # undermines: children-first, curious-informed # why: It is familiar and measurable, and many panels do exactly this. It treats Cassius only as someone who offended, and leaves whoever gave him the drugs outside the plan. # short: Keep it YOS-led and focused on court # why-short: Familiar and measurable, but sees him only as an offender]
    The plan fits on half a page: Marcus's bail-support sessions, the hearing in May, a review in three months.
* [Agree to his name staying on the gang list, with a seven o'clock curfew and no contact with 'gang associates' # undermines: children-first, challenge-inequality, safer-spaces # why: It feels like decisive action, and lists like this exist to manage risk. But they have swept up young Black men on association alone, which is why London's Gangs Violence Matrix was scrapped in 2024; they follow a child for years; and they treat a boy who may be being exploited as a member of the thing exploiting him. # short: Keep him on the gang list, with a curfew # why-short: Feels decisive, but lists a possible victim as a gang member # differs: Only a boy like Cassius is likely to be offered a gang list, which names him as part of the problem and follows him long after this case closes.]
    ~ cassie_restricted = true
    ~ gang_listed = true
    The plan gains a curfew of seven o'clock, a ban on 'associating with known gang nominals', and his name stays on the list. Nobody can say who the known gang nominals are, except his brother.
- -> s2_school

=== s2_school ===
As chairs scrape back, Mr Hale clears his throat. # scene: meeting-room
"One more thing from school. Now governors have heard 'Class A' and 'gang', they want a permanent exclusion. Zero tolerance, they're calling it." # speaker: teacher
* [Say that exclusion is a decision for the head and the governors, and leave it with them to make # undermines: children-first # why: Respecting each agency's remit keeps working relationships smooth, and the decision is legally theirs. But keeping quiet lets a decision with big consequences for Cassius go through without anyone in the room speaking for him. # short: Leave the exclusion to the governors # why-short: Respects their remit, but nobody speaks up for Cassius]
    ~ cassie_school = -1
    "That's a school decision," you say. Governors make it three weeks later.
    Cassius is offered a place at the pupil referral unit, two buses away.
* [Ask the school to keep him on roll but teach him in the inclusion room for the rest of the year # supports: safer-spaces # undermines: strengths-relationships # why: It keeps Cassius in school, which matters. But separating him from his class marks him out, and keeps him away from the friends and teachers who are on his side. # short: Keep him on roll, in the inclusion room # why-short: Stays in school, but marked out, away from his friends]
    ~ cassie_school = 0
    Cassius stays. He spends his days in a small room with a rota of supervising staff and worksheets, and sees his friends at lunch, if he is quick.
* [Argue that school is one of the safest places he has, and ask for a support plan with a named adult # supports: safer-spaces, children-first, challenge-inequality # why: Keeping him in school protects his routine, his friends and the adults who notice him, and resists a pattern in which some Black pupils are pushed out far more than others. It asks staff to hold a worry they may not feel trained for, and the governors will want something in return. # short: Keep him in school, with a named adult # why-short: Keeps routine and friends, but staff must hold the worry # differs: Here it is a permanent exclusion on the table, not a managed move; nationally, Black Caribbean and mixed White and Black Caribbean pupils are permanently excluded at higher rates than White British pupils.]
    ~ cassie_school = 1
    "Out of school, he's on the street all day, where whoever gave him those drugs can find him," you say. "School might be the safest place he's got. Could we have a support plan instead, with one named adult he can go to?" # speaker: you
    "I'll take it back," says Mr Hale. "Ruth might be the obvious person." # speaker: teacher
    A week later the governors agree, on one condition: a behaviour contract, signed by Cassius and his parents, that ends in exclusion if anything is ever found on him again. It is not what you asked for. It is what there is.
* [Accept the exclusion for now, and ask the school to send work home so that he keeps up with his courses # undermines: safer-spaces, challenge-inequality, children-first # why: It respects the school's rules and keeps his work going. But exclusion is a known turning point for exploitation, days at home are days the people who used him can reach him, and exclusion falls unequally on some Black pupils. # short: Accept exclusion; ask for work sent home # why-short: Work keeps going, but out of school he is easier to reach # differs: Here the school wants him out for good, and for a Black boy labelled 'gang-affiliated' a permanent exclusion can be the step from being exploited to being criminalised.]
    ~ cassie_school = -1
    The exclusion goes through. Cassius is offered a place at the pupil referral unit, two buses away, where several of the boys already know the man in the park.
- On Saturday you take Cassius for nachos at the café on the high street, to tell him what a roomful of adults decided about his life. # scene: cafe
{ nrm:
    You explain the referral: that some adults think someone may have made him carry those drugs, and that if that is true, the law treats him as the person harmed.
    "I never said anyone made me," he says, and eats a nacho very slowly.
}
{ gang_listed:
    When you get to the list and the curfew, he puts his fork down. "So I'm in a gang now. Official. Great. Mum'll love that."
}
{ bias_challenged == 2:
    You tell him that someone at the meeting said the police report was unfair to him and his brothers, and that it was written down. For the first time all afternoon he looks straight at you. "Daniel won't believe that," he says.
    Then, quieter: "Mr Hale was in that meeting. Does he know? About the station?"
    You tell him the truth: yes, and why it was raised. He looks at the window for a long time. "You could've asked me first," he says.
}
{ cassie_school == -1:
    He already knows about school. His mum got the letter yesterday. "That's that, then," he says. "Everyone'll think I'm a dealer."
}
He pays for his own drink, and does not say goodbye so much as nod.
-> stage_3_curious_informed
