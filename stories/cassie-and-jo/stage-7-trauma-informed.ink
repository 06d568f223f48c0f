// Stage 7: Recognise and respond to trauma.
// The threat behind Cassie's drug holding and Jo's assault a year ago.
// How much comes out, and to whom, depends on trust built earlier.
// This file holds the threat behind Cassie's drug holding; Jo's past and the wider review are in the stage-7-*.ink files.

=== stage_7_trauma_informed ===
Spring turns warm. Cassie is several sessions further in with Ruth, and at last her trial has a date: September. # stage: trauma-informed # scene: office
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
Cassie asks Ruth to ask you to come. She has never asked for you before. # scene: counsellor-room
She is in Ruth's chair by the window, with her knees up and her diary held against her chest.
"I want to tell you why. About the park. But I need you to not do anything stupid with it." # speaker: cassie
"I'll tell you everything I do with it, before I do it," you say. # speaker: you
Content note: Cassie describes a man threatening her with sexual violence, and refers to an assault on her friend. Nothing is described in detail.
* [Read what Cassie said # aside]
    "It's not like I wanted to hold it. I'm not thick. But saying no would have been worse." # speaker: cassie
    "There's a man who's always at the park. Not from round us. Older. He's there every weekend, just sort of around. He gave me a bag and said look after this for a bit. I said no." # speaker: cassie
    "He said that was a shame. He said I'd seen what happened to Jo, hadn't I? In the park? And that the same could happen to me. He said it like he was telling me the time." # speaker: cassie
    "I saw Jo after. I saw what it did to her. I wasn't going to be that." # speaker: cassie
    "That's why I never said anything. Because if I say, he'll know." # speaker: cassie
* [Read a short summary instead # aside]
    Cassie tells you she never wanted to hold the drugs: saying no would have been worse. An older man who is always at the park handed her the bag. When she refused, he reminded her of what had happened to Jo in the park and said the same could happen to her. She had seen what it did to Jo. She has stayed silent because she believes he will find out if she speaks.
- ~ threat_disclosed = true
~ threat_full = true
~ assault_known = true
So that is the weight she has carried to every appointment for the best part of a year. Not a choice. A threat, made by an adult, using what was done to her best friend.
And now you know that something was done to Jo, in the park.
* [Tell her she is not in trouble, make a safety plan with her today, and share it with the police and the NRM decision-makers with her knowing exactly what goes where # supports: trauma-informed, children-first, child-voice # why: She gets safety, honesty and a say in how her words are used, which is the opposite of what the man gave her. It will take longer than simply passing it on, and the police will want more than she is ready to give.]
    ~ cassie_safety_plan = true
    ~ nrm = true
    ~ trust_cassie += 1
    "You're not in trouble. You did what you had to, to stay safe from a man who threatened you. That's on him." # speaker: you
    Together you make a plan: which routes she takes, who she can ring, which adults at school know. You tell her exactly what will go to the police and the people deciding her NRM case, and that her name will be protected as far as it can be. Marcus sends the referral the same afternoon.
    "Will it stop?" she asks. # speaker: cassie
    "I don't know yet. But you're not on your own with it any more." # speaker: you
* [Ask her straight away for the man's name and exactly where he waits # supports: curious-informed # undermines: trauma-informed # why: The police will need those details, and asking shows you take it seriously. Pressing now repeats the feeling of being cornered; names often come once a child feels safe.]
    ~ trust_cassie -= 1
    "What's his name? Where exactly does he stand?" # speaker: you
    "I don't know his name. I told you, I don't know." # speaker: cassie
    The diary is pressed so tight against her that her knuckles are pale. Ruth gently changes the subject. You have what she said, and not much more.
* [Record it carefully and take it to the review meeting in three weeks # supports: curious-informed # undermines: children-first # why: A careful record and a planned discussion are how procedures are meant to work. But the threat may still be live, and after police took the drugs, the man may believe she owes him.]
    You write it up carefully, word for word, and put it on the agenda for the review.
    Three weeks is a long time when someone believes you owe them two hundred pounds. Cassie knows that better than you do.
* [Ask her why she did not tell the police at the time # undermines: trauma-informed, children-first # why: It is a question many adults would ask, and it is meant practically. But it suggests she should have acted differently, to a child who was threatened with sexual violence by an adult.]
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
* [Read a short summary instead # aside]
    Ruth tells you that Cassie has said she held the drugs because refusing would have been worse: someone threatened that, if she refused, she would be sexually assaulted "like Jo was". She would not say who made the threat, or where.
- ~ threat_disclosed = true
~ assault_known = true
So that is what she has been carrying to every appointment. A threat, made by an adult, using something that was done to her best friend.
And now you know that something was done to Jo.
"What do I do with that?" Ruth asks. # speaker: counsellor
* [See Cassie with Ruth, tell her she is not in trouble, make a safety plan together, and share it with the police and NRM decision-makers with her knowing what goes where # supports: trauma-informed, child-voice, children-first # why: Cassie gets safety and a say in how her words are used. It is slower than a straight handover, and she may not be ready to say more.]
    ~ cassie_safety_plan = true
    ~ nrm = true
    ~ trust_cassie += 1
    The next day you and Ruth sit with Cassie. You tell her she is not in trouble, and that the person who threatened her is the one who did wrong. Together you make a plan for getting to school and back, and who she can ring. You tell her exactly what will be passed on, and to whom.
    She nods a lot, and says very little, and at the end she asks whether you can help with her mum's landlord as well, since you're here.
* [Ask Ruth to get the name of the person from Cassie at the next session # supports: curious-informed # undermines: trauma-informed # why: The police will need a name to act on, and Ruth is the person she trusts. But making the next session about extracting a name turns her safe room into an interview room.]
    ~ trust_cassie -= 1
    Ruth tries, gently, the next week. Cassie cancels the session after that, for the first time all year.
* [Pass it straight to the police without speaking to Cassie first # supports: children-first # undermines: child-voice, trauma-informed # why: A threat like this is serious, and the police need to know quickly. But going round her repeats exactly what she fears, and she may stop talking to Ruth altogether.]
    The police take it seriously. An officer visits Cassie's home that week to ask her about it, in front of her younger brother.
    Cassie tells him she made it up.
* [Note it for the review meeting next month # undermines: children-first, trauma-informed # why: It will be discussed properly with everyone present. But the threat may still be live, and after the police seized the drugs she may be seen as owing a debt.]
    You note it for the review. A month is a long time when someone believes you owe them two hundred pounds.
- -> s7_jo_past

=== s7_threat_hint ===
Cassie's youth offending sessions are nearly over. # scene: yos-office
The room at the youth offending service has a window that does not open and a box of board games with pieces missing. Cassie has sat in the same chair every fortnight for the best part of a year. She knows the crack in the ceiling tiles better than she knows Marcus.
{ cassie_school == -1:
    She comes straight from the new school, in a uniform that is the wrong colour, and does not take her coat off.
}
After her last-but-one session, Marcus rings you.
"She said one thing today. Out of nowhere. 'It's not like I wanted to. Saying no would've been worse.' Then she shut down and asked to go." # speaker: yos-worker
"What do I do with that?" # speaker: yos-worker
* [Ask Marcus to tell her he heard it, that she is not in trouble, and that she can come back to it whenever she is ready # supports: trauma-informed, child-voice # why: It lets her know the door is open without forcing it. It might mean the chance to understand the threat comes late, or not at all.]
    ~ threat_hint = true
    Marcus does, at the next session, in as few words as he can manage.
    { cassie_parents >= 2 or trust_cassie >= 1:
        ~ threat_disclosed = true
        ~ assault_known = true
        A fortnight later Cassie says a little more, to Ruth: that a man at the park had told her that if she refused to hold the drugs, she would be assaulted like Jo was. She will not say more than that, and she asks Ruth to tell you.
        So that is what she has been carrying. A threat, made by an adult, using something that was done to her best friend.
    - else:
        Cassie nods. She says nothing more. But she doesn't look at the clock.
    }
* [Ask Marcus to press her at the next session: worse how, and who from # supports: curious-informed # undermines: trauma-informed # why: It is the question that matters most, and she seemed close to answering it. Pressing a frightened child for names tends to close the door she has just opened.]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    Marcus asks. Cassie looks at him for a long time and says she doesn't know what he's on about.
* [Tell Marcus to record it and carry on with her sessions as planned # undermines: curious-informed, children-first # why: It keeps the work on track, and a single remark is easy to over-read. But this is the first clue in a year to why she had the drugs, and it goes into a file instead of into the plan.]
    ~ threat_hint = true
    Marcus writes it in the notes, under 'other'. The sessions continue. Cassie does not say anything like it again, and in time even Marcus stops wondering what 'worse' meant.
* [Suggest Marcus tells her that if she will not explain, it cannot be taken into account in court # undermines: children-first, trauma-informed # why: It is true as far as it goes, and it is often said to push things along. It turns the first hint of a threat into a bargaining chip, and tells her adults care more about the case than about her safety.]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    Marcus says it. Cassie says, "Fine," and that is the last thing she says about it.
- -> s7_jo_past
