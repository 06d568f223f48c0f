// Stage 7: Recognise and respond to trauma.
// The threat behind Cassie's drug holding and Jo's assault a year ago.
// How much comes out, and to whom, depends on trust built earlier.

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

=== s7_jo_past ===
Then there is Jo. # scene: youth-centre
{
- trust_jo >= 4:
    -> s7_jo_tells
- assault_known or assault_hint:
    -> s7_jo_from_records
- else:
    -> s7_jo_struggling
}

=== s7_jo_tells ===
It is Jo who brings it up, in the art room, on a Tuesday, painting the sky above her giant trainers a very dark blue. # scene: youth-centre
{ threat_disclosed:
    She has heard something from Cassie. The two of them have been talking again, a little, in a game lobby late at night.
}
"You might as well know. Everyone else knows some version." # speaker: jo
Content note: Jo describes being sexually assaulted by two classmates a year ago. It is described, not shown.
* [Read what Jo said # aside]
    "Last spring. In the park, near the old bandstand. Two boys from our year. I thought they were my mates." # speaker: jo
    "I said no. They didn't care. That's all I'm saying about that bit." # speaker: jo
    "I told Miss at school the next day. Then somehow everyone knew, and everyone was saying I was lying, or I'd asked for it, and they called me a tease. And worse than that. So I said I'd made it up. It was easier." # speaker: jo
    "I don't go to the park now. I didn't go anywhere for ages. Only with Cassie." # speaker: jo
    "The drink makes it quieter. That's all it is." # speaker: jo
* [Read a short summary instead # aside]
    Jo tells you that a year ago, in the park, two boys from her year sexually assaulted her. She reported it at school the next day. When word spread and other pupils called her a liar and worse names, she withdrew her report to make it stop. She stopped going out except with Cassie, and drinks, she says, because it makes the memory quieter.
- ~ assault_known = true
~ jo_told_assault = true
Everything since fits around it now: the drinking, the lateness, the run-ins, the sudden end of art club, the men outside the pub who found a girl who was already hurt and already alone. None of it was a choice made freely. All of it came after something that was done to her.
Jo puts the brush down.
"Don't make me do the police again." # speaker: jo
* [Link it to everything since in the plan, and offer specialist support, such as a children's sexual violence adviser, the sexual assault referral centre or therapy, at her pace and her choice # supports: trauma-informed, child-voice, children-first # why: It treats the assault as the root of what followed and gives Jo control over what happens next. Going at her pace means the boys may not face consequences soon, or at all.]
    ~ assault_supported = true
    ~ trust_jo += 1
    "Nobody's going to make you do anything. There are people whose whole job is supporting girls after something like this, and they'll go at your speed. If you ever want to talk to the police again, they'll be with you. If you don't, that's your call." # speaker: you
    "And in the plan, this goes at the top. Not the drink. This." # speaker: you
    Jo picks the brush up again.
    "Fine. The adviser. Not the police. Yet." # speaker: jo
* [Urge Jo to reopen the police report now, while people are paying attention # supports: children-first # undermines: trauma-informed, child-voice # why: The assault was a serious crime and the boys should face it. But pushing her to go over it again on someone else's timetable takes control away from her a second time; she can be supported to decide for herself.]
    ~ trust_jo -= 1
    "I think you should report it again. Properly this time. People will listen now." # speaker: you
    "People didn't listen then." # speaker: jo
    She paints the whole sky black and leaves early.
* [Refer Jo to the young people's drug and alcohol service for her drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping her survive.]
    You make the referral. The service is good, and patient, and asks Jo about units.
    "They want me to keep a drink diary," she tells you. "I hate writing." # speaker: jo
* [Suggest Jo moves to another school so she does not have to see the boys every day # undermines: trauma-informed, challenge-inequality, safer-spaces # why: It is meant as protection, and she does have to pass them in corridors. But it moves the girl who was harmed, leaves the boys and the school's culture untouched, and takes her away from every adult who knows her.]
    ~ jo_moved = true
    ~ jo_school = -1
    ~ trust_jo -= 1
    "Why should I go? I didn't do anything," says Jo. # speaker: jo
    She is right, and you both know it, and the move goes ahead anyway.
- -> s7_wider

=== s7_jo_from_records ===
Jo has not told you. But you know enough to go looking, and the school safeguarding lead finds the file. # scene: school-corridor
A year ago, Jo reported that two boys from her year had sexually assaulted her in the park. Two days later, after rumours went round the school and other pupils began calling her a liar and worse, she withdrew it. The file says 'no further action'. Nobody asked why she took it back.
{ threat_disclosed:
    And a man at the park used that same assault to threaten Cassie into holding his drugs.
}
Everything since fits around it now: the drinking, the lateness, the run-ins, the end of art club, the men outside the pub. None of it was a choice made freely. All of it came after something that was done to her.
The question is what to do with knowing it, when Jo has not chosen to tell you.
* [Tell Jo gently what you know and how you came to know it, say she does not have to talk about it, and offer specialist support at her own pace # supports: trauma-informed, child-voice # why: Being honest about what you know avoids her finding out later that adults discussed her behind her back, and puts the choices in her hands. Hearing that professionals have read about the worst day of her life may feel like another loss of control.]
    ~ assault_supported = true
    ~ trust_jo += 1
    You find Jo that week and tell her, quietly, that you have seen what happened last spring in her school file, that you are sorry it was handled the way it was, and that she never has to talk about it with you. And that if she ever wants help with it, there are people who will go at her speed.
    Jo says nothing for a long time.
    "Everyone knows, then." # speaker: jo
    "A few people who need to. Nobody who doesn't." # speaker: you
    A week later she asks Kerry for the adviser's number.
* [Arrange for the police to interview Jo again about the assault # supports: children-first # undermines: trauma-informed, child-voice # why: A serious crime was never investigated, and that matters for Jo and for other children. Being called in for interview without having chosen it repeats the loss of control she had, and she has withdrawn once already.]
    ~ trust_jo -= 1
    An officer invites Jo in for a conversation about the park. She doesn't go. She doesn't go to school that day, or the next.
* [Say nothing to Jo, and wait for her to bring it up herself # supports: child-voice # undermines: children-first # why: It respects that the story is hers to tell. But she is left carrying it alone, the plan goes on treating her drinking as the problem, and she may never know that anyone would have believed her.]
    You keep it to yourself and wait for Jo to raise it. She doesn't. The plan goes on talking about her drinking.
* [Refer Jo to the young people's drug and alcohol service for her drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping her survive.]
    You make the referral. The service is good, and patient, and asks Jo about units. Nobody mentions the park.
- -> s7_wider

=== s7_jo_struggling ===
Jo is struggling. # scene: youth-centre
Her drinking is worse. She has missed school on Mondays three weeks running. She is coming to fewer sessions, and when she comes she is flat and far away.
Michelle rings you on a Sunday night. Jo came home at three in the morning, without her shoes, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running.
{ close_rule:
    "That's three missed," says Kerry, not happily. "You said three and we close." # speaker: support-worker
- else:
    "She's not engaging," says Kerry, and then hears herself. "Sorry. I mean I'm not reaching her." # speaker: support-worker
}
Nobody yet knows what happened to Jo a year ago. Nobody has asked the right question.
* [Keep going: text her, turn up where she is, and ask her what happened rather than what is wrong with her # supports: trauma-informed, strengths-relationships # why: Withdrawal and drinking are often signs of something that happened, and staying steady is how trust is built. It costs time that could go to children who do turn up.]
    ~ trust_jo += 1
    Kerry texts every week, with no demands in the messages. She turns up at the youth centre when Jo is likely to be there. One evening she asks, not what's wrong, but what happened, a year ago, when everything changed.
    { trust_jo >= 2:
        ~ assault_known = true
        Jo tells her, in one sentence, without looking up: two boys from school, in the park, last spring. She reported it and took it back because of what people said.
        Kerry rings you from the car park, and you both sit with it for a while before either of you says anything.
    - else:
        Jo says "nothing happened". But she doesn't leave.
    }
* [Close the case, as agreed, and leave the door open for a re-referral # undermines: strengths-relationships, trauma-informed # why: It follows the agreed rule, and caseloads are real. But it treats her withdrawal as a choice, when it may be the clearest sign yet that something is badly wrong.]
    ~ trust_jo -= 1
    ~ close_rule = true
    Kerry closes the case. A letter goes to Jo's home, telling her she can get in touch any time. Michelle puts it on the fridge.
* [Refer Jo to the young people's drug and alcohol service for her drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping her survive.]
    You make the referral. The service asks Jo about units. She goes twice.
* [Ask Jo's mum to make sure she comes to her sessions # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: Her mum wants to help and can get her through the door. But making support something Jo is marched to turns it into one more thing done to her.]
    Michelle drives her to the next two sessions. Jo sits in them with her hood up and her arms folded.
- -> s7_wider

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassie and Jo. # scene: meeting-room
It is the kind of question that makes a room go quiet, because everyone knows what answering it properly would cost. The agenda has two names on it. The waiting list has forty.
{ threat_disclosed:
    A man at the park used one girl's assault to threaten another. It seems unlikely the two of them are the only children he has noticed.
}
* {assault_known} [Ask the school to review how it handled Jo's report, refer the two boys for assessment as children who have harmed, and tackle the name-calling # supports: safer-spaces, challenge-inequality, children-first # why: It treats the school as a place that can be made safer, and treats the boys as children whose behaviour needs a response too. Reopening it may stir up rumours, so Jo needs a say in how and when.]
    ~ boys_referred = true
    The school agrees, uncomfortably, to review what happened a year ago. Both boys are referred for assessment. Assemblies on sexual harassment stop being a slide about 'respect' and become a conversation about what happened at this school, without naming anyone.
    Mr Hale asks to lead it.
    "I owe her that." # speaker: teacher
* [Ask the school, youth workers and police to look for other children approached or threatened by the same people # supports: curious-informed, safer-spaces # why: If one man is using the park, other children are likely to be affected, and finding them is part of protecting Cassie and Jo too. It means more meetings, and gathering information about children who have not asked for help.]
    ~ others_checked = true
    It takes a month of emails, but a picture starts to form. Two other girls from Cassie's year have been given things to hold. A boy in Year 9 was followed home.
* [Keep the focus on Cassie and Jo, since other children are not on your caseload # undermines: safer-spaces, curious-informed # why: A tight focus keeps the work manageable and the caseload honest. But the people who harmed Cassie and Jo are still there, and so is the next child they will approach.]
    The review stays on its two names. The meeting finishes early.
* [Ask Cassie which of her friends are also being approached at the park # supports: curious-informed # undermines: children-first, trauma-informed # why: She knows the park and the people in it better than any adult does. But asking her to name other children makes her an informer, with all the danger that brings if the man finds out.]
    ~ trust_cassie -= 1
    Cassie looks at you as if you have asked her to hand him a list.
    "I'm not telling you that. Are you mad?" # speaker: cassie
- -> stage_8_safer_spaces
