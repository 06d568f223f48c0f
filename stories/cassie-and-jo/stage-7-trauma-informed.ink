// Stage 7: Recognise and respond to trauma.
// The threat behind Cassie's drug holding and Jo's assault a year ago.
// How much comes out, and to whom, depends on trust built earlier.
// This file holds the threat behind Cassie's drug holding; Jo's past and the wider review are in the stage-7-*.ink files.

=== stage_7_trauma_informed ===
April, and the evenings are getting lighter. Cassie is several sessions further in with Ruth, and her hearing at the youth court is set for the middle of May. # stage: trauma-informed # scene: office
Your caseload has grown in the meantime, the way caseloads do. Two new referrals from the same estate, a boy found forty miles from home with someone else's phone, a girl whose older friend has started collecting her from school in a car. At the end of each day you write up what you can, and some nights you sit in the car park for ten minutes before you drive home, just to let it settle.
Supervision on Thursday helps. Your manager asks how you are, and waits for the real answer.
{
- trust_cassie >= 4 or (trust_cassie >= 3 and cassie_parents >= 2):
    -> s7_threat_full
- trust_cassie >= 2:
    -> s7_threat_relayed
- else:
    -> s7_threat_hint
}

=== s7_threat_full ===
Cassie asks Ruth to ask you to come. The last time she did, it was about Jo. This time, Ruth says, it is about her. # scene: counsellor-room
She is in Ruth's chair by the window, with her knees up and her diary held against her chest.
"I want to tell you why. About the park. But I need you to not do anything stupid with it." # speaker: cassie # expression: worried
"I'll tell you everything I do with it, before I do it," you say. # speaker: you
Content note: Cassie describes a man threatening her with sexual violence, and refers to an assault on her friend. Nothing is described in detail.
* [Read what Cassie said # aside]
    "It's not like I wanted to hold it. I'm not thick. But saying no would have been worse." # speaker: cassie
    "There's a man who's always at the park. Not from round us. Older. He's there every weekend, just sort of around. He gave me a bag and said look after this for a bit. I said no." # speaker: cassie
    "He said that was a shame. He said I'd seen what happened to Jo, hadn't I? In the park? And that the same could happen to me. He said it like he was telling me the time." # speaker: cassie
    "I saw Jo after. I saw what it did to her. I wasn't going to be that." # speaker: cassie
    "That's why I never said anything. Because if I say, he'll know." # speaker: cassie # expression: worried
* [Read a short summary instead # aside # summary-choice]
    Cassie tells you she never wanted to hold the drugs: saying no would have been worse. An older man who is always at the park handed her the bag. When she refused, he reminded her of what had happened to Jo in the park and said the same could happen to her. She had seen what it did to Jo. She has stayed silent because she believes he will find out if she speaks.
- ~ threat_disclosed = true
~ threat_full = true
~ assault_known = true
She has carried this to every appointment for the best part of a year.
And now you know that something was done to Jo, in the park.
Cassie is watching you, the way she watched you the first day, checking for the catch.
* [Ask her now for the man's name, and where in the park he waits # supports: curious-informed, safer-spaces # undermines: trauma-informed, child-voice # why: The police will need those details, and the place matters. But pressing now repeats the feeling of being cornered, and names often come, if they come at all, once a child feels safe. # short: Ask Cassie now for his name and place # why-short: Police need details, but pressing now leaves her cornered # key-decision]
    ~ trust_cassie -= 1
    "What's his name? Where exactly does he stand?" # speaker: you
    "I don't know his name. I told you, I don't know." # speaker: cassie # expression: worried
    The diary is pressed so tight against her that her knuckles are pale. Ruth changes the subject. You have what she said, and not much more.
* [Write it up word for word, and take it to the review in three weeks # supports: curious-informed # undermines: children-first, trauma-informed # why: A careful record and a planned discussion are how procedures are meant to work. But the threat may still be live, and after the police took the drugs the man may believe she owes him: three weeks is a long time. # short: Write it up; raise it in three weeks # why-short: Careful process, but the threat may be live for three weeks]
    You write it up carefully, word for word, and put it on the agenda for the review.
    Three weeks is a long time when someone believes you owe them two hundred pounds. Cassie knows that better than you do.
* [Plan her safety with her today, and agree what goes to the police # supports: trauma-informed, children-first, child-voice # undermines: safer-spaces # why: She gets safety, honesty and a say in how her words are used: the opposite of what the man gave her. But going at her pace means the police get what she is ready to give, which is not a name or a statement, and without that the man at the park is likely to stay where he is for now. # short: Plan safety now; agree what police hear # why-short: Safety and a say, but no name for police; he stays put]
    ~ cassie_safety_plan = true
    ~ trust_cassie += 1
    "You're not in trouble. You did what you had to, to stay safe from a man who threatened you. That's on him." # speaker: you
    Together you make a plan: which routes she takes, who she can ring, which adults at school know. You tell her exactly what will go to the police and to the people deciding her NRM case, and that her name will be protected as far as it can be.
    { nrm:
        Marcus sends what she has said to the NRM decision-makers the same afternoon, to sit with the referral he made in the winter, and her solicitor has it by the evening.
    - else:
        Marcus makes the NRM referral the same afternoon. Youth justice is a first responder, and her solicitor is told about the Section 45 defence before the hearing.
    }
    ~ nrm = true
    "Will it stop?" she asks. # speaker: cassie # expression: worried
    "I don't know yet. But you're not on your own with it any more." # speaker: you
    DC Priestley rings you the next morning. "It's something. It's not a statement. Without a name, or someone willing to say what he does, I've got a man feeding the ducks." # speaker: police-officer
* [Ask her why she did not tell the police when they searched her # undermines: trauma-informed, children-first # why: It is a question many adults would ask, and it is meant practically. But it suggests she should have acted differently, to a child threatened with sexual violence by an adult, in the middle of a search. # short: Ask why she didn't tell the police # why-short: Practical, but implies a threatened child got it wrong]
    ~ trust_cassie -= 1
    "Why didn't you tell the police? When they searched you?" # speaker: you
    Cassie looks at you as if you have asked why she didn't fly.
    "Because they were searching me." # speaker: cassie
- -> s7_jo_past

=== s7_threat_relayed ===
Ruth rings you after Wednesday's session. # scene: office
"Something came out today. About why she had the drugs. She wouldn't let me ring you while she was there, but she said I could tell you." # speaker: counsellor
Content note: Ruth passes on a threat of sexual violence made against Cassie, and mentions an assault on her friend. Nothing is described in detail.
* [Read what Ruth said # aside]
    "She said it wasn't that she wanted to hold them. It's that the punishment for not holding them would have been worse." # speaker: counsellor
    "Someone told her that if she didn't, she'd be assaulted. 'Like Jo was.' That's what she said. 'Like Jo was.' She wouldn't say who, and she wouldn't say where, and then she asked if we could do some colouring." # speaker: counsellor
* [Read a short summary instead # aside # summary-choice]
    Ruth tells you that Cassie has said she held the drugs because refusing would have been worse: someone threatened that, if she refused, she would be sexually assaulted "like Jo was". She would not say who made the threat, or where.
- ~ threat_disclosed = true
~ assault_known = true
Ruth has seen Cassie every week since January. This is the first time she has mentioned the park without changing the subject.
And now you know that something was done to Jo.
"What do I do with that?" Ruth asks. # speaker: counsellor # expression: worried
* [Pass it straight to the police tonight, without speaking to Cassie # supports: children-first, safer-spaces # undermines: child-voice, trauma-informed # why: A threat of sexual violence from an adult is serious, and the police need to know quickly. But going round her repeats exactly what she fears, and she may stop talking to Ruth altogether. # short: Tell police tonight, bypassing Cassie # why-short: Quick police action, but going round her may silence her # key-decision]
    The police take it seriously. An officer visits Cassie's home that week to ask her about it, in front of her younger brother.
    Cassie tells him she made it up.
* [Help Ruth make a safety plan with Cassie herself, and pass it on # supports: strengths-relationships, child-voice, trauma-informed # undermines: children-first # why: Ruth is the person Cassie chose, and keeping the work in her room protects that relationship. But a counsellor is not a specialist in safety planning around exploitation, and the plan, and what reaches the police and the NRM decision-makers, may be slower and thinner than the threat deserves. # short: Help Ruth make a safety plan with Cassie # why-short: Keeps Cassie's chosen adult, but plan may be slow and thin]
    ~ cassie_safety_plan = true
    ~ trust_cassie += 1
    You talk Ruth through it on the phone: routes, people, what to do if he approaches her, what will be passed on and to whom. Ruth does it at the next session, in her own words, with the colouring on the table.
    It takes two sessions, because Cassie keeps stopping. The plan that comes back is short: a route to school that avoids the park, Ruth's number, her mum's.
    { nrm:
        Ruth's note goes to Marcus, who adds it to the NRM referral he made in the winter.
    - else:
        Ruth's note goes to Marcus, who makes the NRM referral that had never been made, a fortnight later than it might have been.
    }
    ~ nrm = true
* [Note it for the review meeting next month, with everyone there # undermines: children-first, trauma-informed # why: It will be discussed properly with everyone present. But the threat may still be live, and after the police seized the drugs she may be seen as owing a debt. # short: Note it for next month's review # why-short: Full discussion later, but the threat and debt may be live]
    You note it for the review. A month is a long time when someone believes you owe them two hundred pounds.
* [Join Ruth and Cassie tomorrow, and make a safety plan together # supports: trauma-informed, child-voice, children-first # undermines: strengths-relationships # why: Cassie gets safety, and a say in how her words are used, from someone who knows the safety work. But she told Ruth, not you, and bringing another professional into the one room that is hers can make it feel less hers. # short: Join Ruth and Cassie to plan safety # why-short: Expert help and a say, but her one room feels less hers]
    ~ cassie_safety_plan = true
    ~ trust_cassie += 1
    The next day you and Ruth sit with Cassie. You tell her she is not in trouble, and that the person who threatened her is the one who did wrong. Together you make a plan for getting to school and back, and who she can ring. You tell her exactly what will be passed on, and to whom.
    { nrm:
        Marcus adds what she said to the NRM referral he made in the winter.
    - else:
        Marcus makes the NRM referral that afternoon, and her solicitor is told about the Section 45 defence.
    }
    ~ nrm = true
    She nods a lot, and says very little, and at the end she asks whether you can help with her mum's landlord as well, since you're here.
    At the door she asks Ruth, not you, whether everything she says in that room now goes to you.
- -> s7_jo_past

=== s7_threat_hint ===
Cassie's hearing is next month, and her bail-support sessions at the youth offending service end with it. # scene: yos-office
The room at the youth offending service has a window that does not open and a box of board games with pieces missing. Cassie has sat in the same chair every fortnight since last summer. She knows the crack in the ceiling tiles better than she knows Marcus.
{ cassie_school == -1:
    She comes straight from the new school, in a uniform that is the wrong colour, and does not take her coat off.
}
After one of the last sessions, Marcus rings you.
"She said one thing today. Out of nowhere. 'It's not like I wanted to. Saying no would've been worse.' Then she shut down and asked to go." # speaker: yos-worker
"What do I do with that?" # speaker: yos-worker # expression: worried
* [Ask Marcus to press her at the next session: worse how, and who from # supports: curious-informed # undermines: trauma-informed, child-voice # why: It is the question that matters most, and she seemed close to answering it. Pressing a frightened child for names tends to close the door she has just opened. # short: Ask Marcus to press her on who and how # why-short: It's the key question, but pressing may close the door # key-decision]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    Marcus asks. Cassie looks at him for a long time and says she doesn't know what he's on about.
* [Ask Marcus to tell her he heard it, and that the door stays open # supports: trauma-informed, child-voice # undermines: children-first # why: It lets her know the door is open without forcing it. But the hearing is a month away, and waiting for her to be ready may mean the court never hears that there was a threat. # short: Ask Marcus to say he heard; door open # why-short: No pressure, but the court may never hear of the threat]
    ~ threat_hint = true
    Marcus does, at the next session, in as few words as he can manage.
    { cassie_parents >= 2 or trust_cassie >= 1:
        ~ threat_disclosed = true
        ~ assault_known = true
        A fortnight later Cassie says a little more, to Ruth: that a man at the park had told her that if she refused to hold the drugs, she would be assaulted like Jo was. She will not say more than that, and she asks Ruth to tell you.
    - else:
        Cassie nods. She says nothing more. But she doesn't look at the clock.
    }
* [Tell Marcus to record it, and carry on with the sessions he has left # undermines: curious-informed, children-first # why: It keeps the work on track, and a single remark is easy to over-read. But this is the first clue in months to why she had the drugs, and it goes into a file instead of into the plan. # short: Record it and carry on with sessions # why-short: Keeps work on track, but a first clue goes into a file]
    ~ threat_hint = true
    Marcus writes it in the notes, under 'other'. The sessions continue. Cassie does not say anything like it again, and in time even Marcus stops wondering what 'worse' meant.
* [Ask Marcus to pass it to her solicitor, and to tell her that he has # supports: children-first, curious-informed # undermines: trauma-informed # why: A threat behind the offence matters to the Section 45 defence and to whether she is seen as a victim of exploitation, and a single remark can be enough to start an NRM referral. But she said it once and asked to leave, and hearing that it has gone further may make her feel exposed. # short: Pass it to her solicitor, and tell her # why-short: Helps her defence and an NRM, but she may feel exposed]
    ~ threat_hint = true
    { nrm:
        Marcus sends it to her solicitor and adds it to the NRM referral he made in the winter.
    - else:
        Marcus sends it to her solicitor, and makes the NRM referral that nobody had made. Youth justice is a first responder; she does not have to agree to it, but he tells her it has gone.
    }
    ~ nrm = true
    "I said one thing," says Cassie, when he tells her. "One thing." # speaker: cassie
    She comes to the last session anyway, and sits in the chair, and does not look at the clock.
- -> s7_jo_past
