// What if: Cassius and Joe are boys. Stage 2: Recognise and challenge inequalities, exclusion and discrimination.
// The multi-agency meeting: a police report about three Black boys and young men, a gangs list, an NRM that the
// room doubts a boy can need, and a school that wants him gone.

=== stage_2_challenge_inequality ===
Two weeks later, a multi-agency meeting about Cassius. # stage: challenge-inequality # scene: meeting-room
Around the table: Nadia, the social work team manager, in the chair; DC Priestley from the police exploitation team; Marcus; Mr Hale from school; and you. Ruth the counsellor has sent a short note: Cassius comes every week, on time, talks about films, his little brother and his exams, and goes quiet whenever the park comes up.
Nobody has asked Cassius or his parents to come, or what they think.
"I'll read out the relevant section of the original report," says DC Priestley. "It isn't mine, for the record. I wasn't there." # speaker: police-officer
She turns a page. # sfx: page-turn
"Attended a report of suspected drug dealing in the park. Spoke to a group of three Black males, aged thirteen, fifteen and twenty, all wearing dark hoodies, unsuitable for the hot weather. The twenty-year-old at first gave false details, but my colleague knew him from previous encounters. Checks showed the three are brothers at the same address." # speaker: police-officer
"A search was requested on suspicion of possession of drugs. The request was met with aggression, swearing and disrespect. The thirteen-year-old and the twenty-year-old tried to obstruct the search of the fifteen-year-old, who was found to be carrying Class A drugs, approximately two hundred pounds street value. He was arrested. In custody a further search, involving the exposure of intimate parts, was authorised." # speaker: police-officer
"The fifteen-year-old is believed to be associated with a local gang. He said his brothers had nothing to do with it. Initial suspicion was that the twenty-year-old was exploiting him. Later enquiries found this was not the case." # speaker: police-officer
She puts the page down.
"He's been flagged for the gangs matrix review, too, for what it's worth," she adds. "Association, mainly." # speaker: police-officer
* [Ask what evidence sits behind the report's labels, including 'associated with a local gang', and whether anyone made a safeguarding referral after the strip search # supports: challenge-inequality, curious-informed, children-first # why: Calmly questioning the hoodies, the 'aggression' and a gang label with nothing behind it stops a biased first impression becoming the plan, and asks the question nobody asked about the search. It will make a police colleague defensive in a full room. # differs: Here all three are described as 'males', the fifteen-year-old was strip-searched, and a gang label has already been attached, so the bias has gone further than in Cassie's report and is harder to undo.]
    ~ bias_challenged = 2
    "Can I ask about some of the wording?" you say. "Dark hoodies in hot weather: what is that evidence of? Two brothers tried to stop strangers searching their fifteen-year-old brother in a park. Were they being aggressive, or protecting him? And 'associated with a local gang': associated how? By living with his brothers?" # speaker: you
    "He's fifteen, and he was strip-searched in a police station. I can't see an appropriate adult on the record, and I can't see a safeguarding referral after it. I'd like to know whether there was one." # speaker: you
    There is a pause long enough to hear the radiator tick.
    "That's fair," says DC Priestley at last. "No. There wasn't a referral. And the gang flag is association only. I'll take it back to the matrix review." # speaker: police-officer
    "Let's minute all of that," says Nadia. # speaker: social-worker
* [Say nothing now, and email DC Priestley about the wording afterwards # supports: curious-informed # undermines: challenge-inequality # why: A private note may be better received than a challenge in front of colleagues. But the plan is agreed today on the report as written, and the minutes will carry its framing, gang label and all.]
    ~ bias_challenged = 1
    You make a note to email her later. The moment passes, and the meeting moves on with the report face up in the middle of the table.
* [Accept the report as the agreed account and move on to the plan # undermines: challenge-inequality, children-first, curious-informed # why: It is the official record, and meetings often treat it as fact. But it describes three Black boys and young men mainly as a threat, and it leaves the real question, who gave Cassius the drugs, unasked.]
    Nobody questions it, including you.
    Later, reading the minutes, you notice they describe Cassius as 'a gang-affiliated youth found dealing Class A with his brothers'. Nobody said those words. Somehow they are there, and from now on they are what every new professional will read first.
* [Ask that Cassius's own account and his parents' views are gathered before any plan is agreed # supports: child-voice, parents-as-partners # why: A plan made about Cassius without him or his family is likely to miss what matters. It leaves the report's wording, and the gang label, unquestioned in today's minutes.]
    ~ cassie_voice_asked = true
    ~ cassie_parents += 1
    "Before we agree a plan, shouldn't we hear from Cassius and his parents?" you say. "We've read a lot about him today. We haven't heard from him once." # speaker: you
    Nadia gives the action to you. The meeting ends with Cassius's name written next to the word 'views', and the gang flag still on the system.
- -> s2_the_plan

=== s2_the_plan ===
"So. Recommendations," says Nadia. # scene: meeting-room
"I'll be honest," says a police sergeant at the end of the table, who has not spoken until now. "An NRM for a lad like this? He's not a victim. He's a runner. They all say nobody made them." # speaker: police-officer
* [Propose a National Referral Mechanism referral and make sure his solicitor knows about the Section 45 defence, and say plainly that boys are victims of exploitation too # supports: children-first, curious-informed # undermines: child-voice # why: Recognising that Cassius may be a victim of criminal exploitation opens up protection and a legal defence. It is done without his agreement, he has not called himself a victim, and you will have to hold your ground against a room that doubts a boy can be one. # differs: Here the room doubts that a boy can be a victim at all, so proposing the referral means challenging that as well as making it.]
    ~ nrm = true
    "A fifteen-year-old with no history, holding two hundred pounds of Class A and saying nothing for six months, is exactly what exploitation looks like," you say. "Boys are exploited too. Most of the children moved around by these people are boys, and they're the ones we're worst at seeing." # speaker: you
    "I'll make the referral this week," says Marcus. "And I'll tell him what it means before he hears it anywhere else." # speaker: yos-worker
* [Keep the plan youth offending-led and focused on getting him through the court process # undermines: children-first, curious-informed # why: It is familiar and measurable, and many panels do exactly this. It treats Cassius only as someone who offended, and leaves whoever gave him the drugs outside the plan.]
    The plan fits on half a page: Marcus's sessions, the trial when it is listed, a review in three months.
* [Agree to the gangs list, with a curfew and no contact with 'gang associates' # undermines: children-first, challenge-inequality, safer-spaces # why: It feels like firm action, and these lists exist to manage risk. But they are applied to Black boys far more than anyone else, they follow a child for years, and they treat a boy who may be being exploited as a member of the thing exploiting him. # differs: Only a boy like Cassius is likely to be offered a gangs list, which names him as part of the problem and follows him long after this case closes.]
    ~ cassie_restricted = true
    ~ gang_listed = true
    The plan gains a curfew of seven o'clock, a ban on 'associating with known gang nominals', and his name on the list. Nobody can say who the known gang nominals are, except his brother.
* [Hold off on any exploitation label until Cassius tells you himself what happened # supports: child-voice # undermines: children-first # why: Not putting a label on a boy who does not recognise it is respectful. But protection cannot wait for him to say the words, and the court timetable will not wait either.]
    "I'd rather not label him as exploited until he tells us himself," you say. "He'll hate it." # speaker: you
    The sergeant looks pleased. On paper, for now, nobody has done anything to Cassius at all.
- -> s2_school

=== s2_school ===
As chairs scrape back, Mr Hale clears his throat. # scene: meeting-room
"One more thing from school. Now governors have heard 'Class A' and 'gang', they want a permanent exclusion. Zero tolerance, they're calling it." # speaker: teacher
* [Argue that school is one of the safest places Cassius has, and ask for a support plan with a named trusted adult instead # supports: safer-spaces, children-first, challenge-inequality # why: Keeping him in school protects his routine, his friends and the adults who notice him, and resists the pattern of Black boys being pushed out. It asks staff to hold a worry they may not feel trained for. # differs: Here it is a permanent exclusion on the table, not a managed move, and Black boys are permanently excluded far more often than their classmates.]
    ~ cassie_school = 1
    "Out of school, he's on the street all day, where whoever gave him those drugs can find him," you say. "School might be the safest place he's got. Could we have a support plan instead, with one named adult he can go to?" # speaker: you
    "I'll take it back," says Mr Hale. "Ruth might be the obvious person." # speaker: teacher
* [Accept the exclusion, but ask that work is sent home # undermines: safer-spaces, challenge-inequality, children-first # why: It respects the school's rules and keeps work going. But exclusion is a known turning point for exploitation, days at home are days the people who used him can reach him, and it falls on Black boys hardest. # differs: Here the school wants him out for good, and for a Black boy labelled 'gang-affiliated' a permanent exclusion is the usual road from being exploited to being criminalised.]
    ~ cassie_school = -1
    The exclusion goes through. Cassius is offered a place at the pupil referral unit, two buses away, where several of the boys already know the man in the park.
* [Say that it is the school's decision and stay out of it # undermines: children-first # why: Respecting each agency's remit keeps working relationships smooth. But keeping quiet lets a decision with big consequences for Cassius go through without anyone speaking for him.]
    ~ cassie_school = -1
    "That's a school decision," you say. Governors make it three weeks later.
* [Ask the school to keep him on roll but teach him in the inclusion room for now # supports: safer-spaces # undermines: strengths-relationships # why: It keeps Cassius in school, which matters. But separating him from his class marks him out, and keeps him away from the friends and teachers who are on his side.]
    ~ cassie_school = 0
    Cassius stays. He spends his days in a small room with a rota of supervising staff and worksheets, and sees his friends at lunch, if he is quick.
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
}
{ cassie_school == -1:
    He already knows about school. His mum got the letter yesterday. "That's that, then," he says. "Everyone'll think I'm a dealer."
}
He pays for his own drink, and does not say goodbye so much as nod.
-> stage_3_curious_informed
