// Stage 2: Recognise and challenge inequalities, exclusion and discrimination.
// The multi-agency meeting, the police report, the plan and the school's place in it.

=== stage_2_challenge_inequality ===
Two weeks later, a multi-agency meeting about Cassie. # stage: challenge-inequality # scene: meeting-room
{ safeguarding_lens:
    It is happening because you asked for it. Around the table: Nadia, the social work team manager, in the chair; DC Priestley from the police exploitation team; Marcus from the youth offending service; Mr Hale from school; and you. Ruth the counsellor has sent a short note.
- else:
    It has been called by the youth offending service manager after six months without progress. Around the table: Nadia, the social work team manager, in the chair; DC Priestley from the police exploitation team; Marcus; Mr Hale from school; and you. Ruth the counsellor has sent a short note.
}
Ruth's note is three lines long. Cassie comes every week, on time. She brings her diary and never opens it. She will talk about films, her little brother and her exams, and goes quiet whenever the park comes up.
Nobody has asked Cassie or her parents to come, or what they think.
"I'll read out the relevant section of the original report," says DC Priestley. "It isn't mine, for the record. I wasn't there." # speaker: police-officer
She turns a page. # sfx: page-turn
"Attended a report of suspected drug dealing in the park. Spoke to a group of three: two Black males, aged thirteen and twenty, and a Black female, aged fifteen. Both males were wearing dark hoodies, unsuitable for the hot weather." # speaker: police-officer
"The twenty-year-old at first gave false details, but my colleague knew him from previous encounters. Checks showed the three are siblings living at the same address. The twenty-year-old has a history of anti-social behaviour and associates with peers who have convictions for possession with intent to supply." # speaker: police-officer
"A body search was requested on suspicion of possession of drugs. The request was met with aggression, swearing and disrespect towards myself and my colleague. Both males tried to obstruct the search of the female. The female was searched by a female officer and found to be carrying Class A drugs, approximately two hundred pounds street value. She was distressed and said her brothers had nothing to do with it." # speaker: police-officer
"Initial suspicion was that the twenty-year-old brother was criminally exploiting her. Later enquiries found this was not the case." # speaker: police-officer
She puts the page down.
{ brother_suspected:
    You look at your own notes from the school corridor: 'older brother, 20, police history', underlined. The report got to you before you had even read it, and you feel the heat of that.
}
"So the brother's cleared," says Marcus, "but she's still the one who was carrying." # speaker: yos-worker
"I'm minded to keep this youth offending-led and keep her on track until her court date," says Nadia. "Unless anyone has a different view?" # speaker: social-worker
* [Say nothing in the meeting, and email DC Priestley about the report's wording afterwards # supports: challenge-inequality # undermines: children-first # why: A private note may land better than a challenge in front of colleagues, and it is still a challenge. But the plan is agreed today on the report as written, and the minutes will describe Cassie in its words. # short: Stay quiet; email DC Priestley later # why-short: Still a challenge, but today's plan uses the report's words # key-decision]
    ~ bias_challenged = 1
    You make a note to email her later. The moment passes, and the meeting moves on with the report lying face up in the middle of the table.
    That evening you write to DC Priestley. She replies the next morning: a fair point, thanks, she'll mention it to the team. The minutes have already gone out.
* [Ask that Cassie's own account and her parents' views are gathered before any plan is agreed # supports: child-voice, parents-as-partners # undermines: challenge-inequality # why: A plan made about Cassie without her or her family is likely to miss what matters. It leaves the report's wording unquestioned, though, and that wording is what her family will read first. # short: Get Cassie's and parents' views first # why-short: The family are heard, but the report's words go unquestioned]
    ~ cassie_voice_asked = true
    ~ cassie_parents += 1
    "Before we agree a plan, shouldn't we hear from Cassie and her parents?" you say. "We've read a lot about her today. We haven't heard from her once." # speaker: you
    Nadia agrees to put it in the actions, and gives it to you. The report stays where it is, unquestioned, but the meeting ends with Cassie's name written next to the word 'views'.
* [Ask what evidence sits behind the report's labels, and say what they do to three Black children # supports: challenge-inequality, curious-informed, children-first # why: Questioning 'hoodies in hot weather', 'aggression' and the focus on the brother stops a biased first impression becoming the plan. It is uncomfortable to do in a full room, and a colleague who feels accused may not come round. # short: Question the report's labels in the room # why-short: Keeps bias out of the plan, but a colleague may feel accused]
    ~ bias_challenged = 2
    "Can I ask about some of the wording?" you say. "Dark hoodies in hot weather: what is that evidence of? Two brothers tried to stop strangers searching their fifteen-year-old sister in a public park. Were they being aggressive, or protecting her? The older brother was investigated and cleared, and the report still reads as if he's the story." # speaker: you
    "We have three Black children, one of them thirteen, described mainly as a threat. And the child who was actually holding the drugs, who someone may well have used, barely appears in it as a child at all. I'd also like to know whether anyone made a safeguarding referral after that search. I can't see one." # speaker: you
    There is a pause long enough to hear the radiator tick.
    "I wasn't there," says DC Priestley. "And I'm not comfortable hearing my colleagues called racist in a room they're not in." # speaker: police-officer # expression: closed-off
    "I'm not calling anyone anything. I'm asking what the words are evidence of." # speaker: you
    She checks her file. There was no referral. She says so, shortly, and does not look at you again for the rest of the item.
    "Let's minute both points," says Nadia, and writes. # speaker: social-worker
* [Accept the report as the agreed account of that day, since it is the official record, and move on # undermines: challenge-inequality, children-first, curious-informed # why: It is the official record, and meetings often treat it as fact. But it describes three Black children mainly as a threat, and it leaves the real question, who gave Cassie the drugs, unasked. # short: Accept the police report and move on # why-short: Official record, but casts three Black children as a threat]
    Nobody questions it, including you. It is the police account; the meeting has an hour; there is a plan to make.
    Later, reading the minutes, you notice they describe Cassie as 'found dealing Class A in the park with her brothers'. Nobody said those words. Somehow they are there, and from now on they are what every new professional will read first.
- -> s2_the_plan

=== s2_the_plan ===
"So. Recommendations," says Nadia. # scene: meeting-room
{ bias_challenged == 2:
    The room feels different now. Marcus is looking at the report as if he has only just read it.
}
* [Hold off on any exploitation label until Cassie is ready to tell you herself what happened # supports: child-voice # undermines: children-first # why: Not putting a label on a child who does not recognise it is respectful. But protection cannot wait for her to say the words, and her court date will not wait either. # short: No exploitation label until she says so # why-short: Respects her view, but protection and court won't wait # key-decision]
    "I'd rather not label her as exploited until she tells us herself," you say. "She'll hate it." # speaker: you
    Nadia nods. It sounds respectful, and it is. It also means that for now, on paper, nobody has done anything to Cassie at all.
* [Add a curfew, and ask her family to keep her out of the park and away from her brother's friends # undermines: children-first, safer-spaces, challenge-inequality # why: Restrictions feel like action and are common in plans. They limit Cassie's freedom, load the job onto her family, assume the brother's friends are the danger, and do nothing about the adults who targeted her. # short: Add a curfew and keep her from the park # why-short: Feels like action, but it restricts Cassie, not the adults]
    ~ cassie_restricted = true
    The plan gains a curfew of seven o'clock, no park, and no contact with 'the older brother's associates'. Everyone can see it written down. It is very clear what Cassie must not do.
* [Propose a National Referral Mechanism referral through Marcus, and tell her solicitor about Section 45 # supports: children-first, curious-informed # undermines: child-voice # why: Treating Cassie as a possible victim of criminal exploitation opens up protection and, under Section 45 of the Modern Slavery Act 2015, a possible defence. But a child does not have to consent to an NRM referral, and she has not called herself a victim: it is done about her, and she must hear it first from someone she trusts. # short: Refer to the NRM; tell her solicitor # why-short: Protection and a possible defence, but decided about her]
    ~ nrm = true
    You suggest that a fifteen-year-old found holding this much, with no history and no explanation, should be considered a possible victim of criminal exploitation. Marcus can make the referral; youth justice services are first responders. And her solicitor should know, because if she was exploited the law may give her a defence.
    "I'll do it this week," says Marcus. "And I'll tell her what it means before she hears it from anyone else." # speaker: yos-worker
* [Keep the plan youth offending-led and focused on getting Cassie through the court process # undermines: children-first, curious-informed # why: It is familiar and measurable, and many panels do exactly this. It treats Cassie only as someone who offended, and it leaves whoever gave her the drugs outside the plan. # short: Keep it YOS-led and focused on court # why-short: Familiar and measurable, but she is seen only as an offender]
    The plan is agreed: Marcus continues his sessions, her case goes to the youth court when it is listed, the case is reviewed in three months. It fits on half a page.
- -> s2_school

=== s2_school ===
As chairs scrape back, Mr Hale clears his throat. # scene: meeting-room
"One more thing from school. Now governors have heard 'Class A', there's talk of a managed move for Cassie. Fresh start somewhere else. For everyone's sake, they're saying." # speaker: teacher
* [Ask the school to keep her on roll but teach her in the inclusion room for the time being # supports: safer-spaces # undermines: strengths-relationships # why: It keeps Cassie in school, which matters. But separating her from her class marks her out, and it keeps her away from the friends and teachers who are on her side. # short: Keep her on roll, in the inclusion room # why-short: Still in school, but set apart from friends and teachers]
    ~ cassie_school = 0
    Cassie stays. She spends her days in a small room with a rota of supervising staff and worksheets, and sees her friends at lunch, if she is quick.
* [Accept a managed move, so that Cassie can make a fresh start somewhere nobody knows about the arrest # undermines: safer-spaces, challenge-inequality # why: A fresh start sounds kind, and managed moves are common. But it cuts Cassie off from friends and trusted staff at a risky moment. Black Caribbean and Mixed White and Black Caribbean pupils are excluded at higher rates than their classmates, and managed moves are not recorded nationally, so nobody can see whether moves like this follow the same pattern. # short: Accept a managed move for a fresh start # why-short: Fresh start, but cut off from friends; nobody tracks moves]
    ~ cassie_school = -1
    Nobody argues. Within a fortnight Cassie is in a school across the borough, two buses away, where nobody knows her name and everybody, it seems, knows why she came.
* [Argue that school is one of the safest places Cassie has, and ask for a plan with a named adult # supports: safer-spaces, children-first, challenge-inequality # why: Keeping her in school protects her routine, her friends and the adults who notice her, and questions a pattern in which Black Caribbean and Mixed White and Black Caribbean pupils are excluded at higher rates than their classmates. It asks staff to hold a worry they may not feel trained for. # short: Keep her at school with a named adult # why-short: Keeps her routine and friends, but staff may feel untrained]
    ~ cassie_school = 1
    "School might be the safest place she's got," you say. "Her friends are there, her routine's there, and adults see her every day. Moving her now would cut all that off at exactly the wrong time. Could we have a support plan instead, with one named adult she can go to?" # speaker: you
    "I'll take that back," says Mr Hale. "Ruth might be the obvious person." # speaker: teacher
    A week later the head agrees, for now, with a line added to the plan in her own hand: any further incident, and the move is back on the table.
* [Say the move is a matter for the school and its governors, and ask to be kept informed # undermines: children-first # why: Respecting each agency's remit keeps working relationships smooth. But keeping quiet lets a decision with big consequences for Cassie go through without anyone speaking for her. # short: Leave the move to the school's governors # why-short: Keeps relations smooth, but nobody speaks for Cassie]
    ~ cassie_school = -1
    "That's a school decision," you say. It is. Governors make it the following week, and Cassie starts at a new school at the beginning of February.
- -> s2_after

=== s2_after ===
On Saturday you take Cassie for nachos at the café on the high street, to tell her what a roomful of adults decided about her life. # scene: cafe
She orders extra cheese without looking at the menu and listens with her arms folded.
{ nrm:
    You explain the referral: that some adults think someone may have made her carry those drugs, that there is a process for deciding that, and that if it is true the law treats her as the person harmed.
    "I never said anyone made me." # speaker: cassie
    "I know. You don't have to say anything. It's about what the adults think might have happened, not what you've said." # speaker: you
    She eats a nacho very slowly, which you are learning means she is thinking.
- else:
    You explain the plan: Marcus, the court date, a review in three months. It does not take long. She nods at all of it, as if she had expected nothing else.
}
{ cassie_restricted:
    When you get to the curfew and the park, she puts her fork down.
    "So I'm the one who's grounded. Great. Love that for me." # speaker: cassie
}
{ bias_challenged == 2:
    You tell her, too, that someone at the meeting said the police report was unfair to her brothers, and that it was written down.
    For the first time all afternoon she looks straight at you.
    "Daniel will never believe that. Can he see it?" # speaker: cassie
    "The minutes aren't mine to hand out; they're about a lot of people. But I can tell your mum and dad what was said, if you want me to, and how Daniel can complain about the stop himself." # speaker: you
    She thinks about it for a whole nacho.
    "Tell Mum. Not Dad. Not yet." # speaker: cassie
}
{ cassie_school == -1:
    Then there is the school. She already knows. Her mum got the letter yesterday.
    "Everyone will think I'm a drug dealer. At the new place. That's all they'll know about me." # speaker: cassie # expression: worried
- else:
    { cassie_school == 1:
        When you tell her she is staying at school, with Ruth as the person she can go to, her shoulders drop half an inch.
    }
}
She pays for her own drink, from a purse with a cartoon raccoon on it, and does not say goodbye so much as nod.
-> stage_3_curious_informed
