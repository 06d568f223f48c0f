// What if: her brother gave her the drugs. Stage 7: Recognise and respond to trauma.
// Replaces the main story's stage_7_trauma_informed and its three threat knots: the threat comes out, and with it
// the fact that the bag came to Cassie through her brother Daniel. Adds s7_phone_found (the other way it comes out),
// s7_brother (the strategy discussion about Daniel) and s7_home (whether Cassie can be safe at home).
// Jo's past is the main story's.

=== stage_7_trauma_informed ===
April, and spring turns warm. Cassie is several sessions further in with Ruth, and her hearing at the youth court is set for the middle of May. # stage: trauma-informed # scene: office
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
"I want to tell you why. About the park. But I need you to not do anything stupid with it. It's about my family." # speaker: cassie
"I'll tell you everything I do with it, before I do it," you say. # speaker: you
Content note: Cassie describes how her older brother passed her the drugs, and a man threatening her with sexual violence, and refers to an assault on her friend. Nothing is described in detail.
* [Read what Cassie said # aside]
    "It's not like I wanted to hold it. I'm not thick. But saying no would have been worse." # speaker: cassie
    "It was Daniel. He took me to the park. There's a man who's always there, older, not from round us. He gave Daniel a bag, and Daniel gave it to me." # speaker: cassie
    "Daniel owes him. Since last summer. He says the police stop him every time he walks past a shop, and they'd never stop me. He was crying when he asked. Daniel doesn't cry." # speaker: cassie
    "I said no. Then the man came over. He said I'd seen what happened to Jo, hadn't I? In the park? And that the same could happen to me." # speaker: cassie
    "So I held it. And then the police stopped all three of us anyway." # speaker: cassie
    "If you tell, Daniel goes to prison, and they still come for us. And Mum..." # speaker: cassie
    She stops.
* [Read a short summary instead # aside # summary-choice]
    Cassie tells you that it was her brother Daniel who passed her the drugs, at the park. He owes money to an older man who is always there, and the man gave Daniel the bag; Daniel, who is stopped by the police all the time, begged her to carry it, in tears. When she refused, the man reminded her of what had happened to Jo in the park and said the same could happen to her. She is afraid that if she tells, Daniel will go to prison and the men will still come for the family, and of what it would do to her mum.
- ~ threat_disclosed = true
~ threat_full = true
~ assault_known = true
~ daniel_named_by = 1
So that is what she has carried to every appointment since last summer: a threat from a man at the park, and a secret about her own brother, who is frightened of the same man.
{ brother_suspected:
    You think of the line you underlined in the school corridor: 'older brother, 20, police history'. You were right about who. The record you reached for never mentioned the man Daniel is afraid of.
}
{ bias_challenged == 2:
    You challenged the police report's picture of Daniel, and you would again. It described a threat in a dark hoodie. It did not describe a young man in debt to someone more dangerous than him, trying not to drag his sister down with him, and doing it anyway.
}
And now you know that something was done to Jo, in the park.
She asks you not to tell her mum. Not yet.
* [Ask her to tell DC Priestley about the man this week, with you sitting beside her, so that the police can go after him # supports: curious-informed, safer-spaces # undermines: trauma-informed, child-voice # why: The police need an account to act on, and the man at the park is the one they should be after. But any account she gives names her own brother, and asking a frightened fifteen-year-old for it this week, with the man still free, makes her choose between her family and her safety. # short: Ask her to tell DC Priestley this week # why-short: Police can act, but she must choose family or her safety # differs: Here any account Cassie gives the police is also evidence against her own brother, so asking for one asks her to choose between him and her safety. # key-decision]
    ~ cassie_pressed = true
    ~ trust_cassie -= 1
    "I think you should tell DC Priestley what you've told me. This week. I'll be right next to you," you say. # speaker: you
    Cassie looks at you as if you have asked her to hand over one of her own fingers.
    "You said you'd tell me what you'd do with it. You didn't say you'd make me do it." # speaker: cassie
    She does not come to her next session with Ruth.
* [Ring her mum and dad today, so that the two adults who live with her and Daniel can keep her safe at home # supports: parents-as-partners, children-first # undermines: child-voice, trauma-informed # why: Her parents love her and could make home safer, and keeping it from them feels wrong. But Cassie has asked you not to, her parents share a hallway with Daniel, and whatever they are told may reach him within the hour, and the man behind him soon after. # short: Ring her parents today to keep her safe # why-short: Parents could help, but she said no, and it may reach Daniel # differs: In the main story Cassie's parents are plainly on her side against a danger outside; here what they are told may reach Daniel, and through him the man at the park.]
    ~ parents_told_early = true
    ~ trust_cassie -= 1
    You ring Angela that afternoon. By the evening Michael has confronted Daniel in the hallway, and Daniel has left with a holdall.
    Two days later, on the way to school, the man from the park falls into step beside Cassie for a few yards. "Your brother's been talking," he says, pleasantly, and walks on.
* [Agree with her today what goes to the police, and plan her safety at home and at the park, leaving her parents out # supports: trauma-informed, child-voice, children-first # undermines: parents-as-partners # why: She gets safety, honesty and a say in how her words are used, which is the opposite of what the man gave her, and the police still hear what they must. But her parents are left out of a plan about their own home, and sooner or later they will find out that you knew first. # short: Plan safety with her; parents kept out # why-short: Her say and safety, police told, but parents left out # differs: Here the safety plan has to cover home, where the brother who passed her the drugs still sleeps down the hall, and her parents cannot yet be told without it reaching him.]
    ~ cassie_safety_plan = true
    ~ parents_kept_back = true
    ~ trust_cassie += 1
    "You're not in trouble. Neither of you chose this. The man at the park did," you say. # speaker: you
    Together you make a plan that starts at her own front door: what she says if Daniel asks again, who she rings, where she can go if home feels wrong, which adults at school know. You tell her exactly what will go to the police: that an adult at the park used her brother to get drugs into her hands, and threatened her.
    { nrm:
        It goes to the people already deciding her NRM case, too.
    - else:
        Marcus makes her NRM referral that afternoon, and it names the man, not only the bag.
    }
    ~ nrm = true
    "Will they arrest him?" she asks. # speaker: cassie
    "I don't know. But you'll hear it from me before anyone does anything. I can promise that much." # speaker: you
    You agree, for now, that her mum and dad will not hear it from you. You write down why, and the date you will ask her again.
* [Write down her words exactly as she said them, and take them to the multi-agency review in three weeks' time # supports: curious-informed # undermines: children-first, safer-spaces # why: A careful record and a planned discussion are how procedures are meant to work. But the threat is live, the man may believe the family owes him for the seized drugs, and Cassie goes home every night to the brother he is using. # short: Write it up for the three-week review # why-short: Proper process, but the threat is live and Daniel is at home # differs: In the main story three weeks leaves Cassie exposed at the park; here it leaves her exposed at home as well.]
    You write it up carefully, word for word, and put it on the agenda for the review.
    Three weeks is a long time when someone believes your family owes him money, and the person he sends to collect it sleeps in the next room.
- -> s7_brother

=== s7_threat_relayed ===
Ruth rings you after Wednesday's session. # scene: office
"Something came out today. About why she had the drugs. She wouldn't let me ring you while she was there, but she said I could tell you." # speaker: counsellor
Content note: Ruth passes on a threat of sexual violence made against Cassie, involving someone in her family, and mentions an assault on her friend. Nothing is described in detail.
* [Read a short summary instead # aside # summary-choice]
    Ruth tells you that Cassie has said someone she loves asked her to hold the drugs because he owed people money, and that a man threatened that if she refused she would be sexually assaulted "like Jo was". She would not say who, and begged Ruth not to tell her mum. Ruth thinks it was her older brother.
* [Read what Ruth said # aside]
    "She said it wasn't that she wanted to hold them. Someone she loves asked her to, because he owed people money, and a man told her that if she didn't, she'd be assaulted. 'Like Jo was.' Those were her words." # speaker: counsellor
    "She wouldn't say who. She kept saying 'he'. Then she said, 'Please don't tell my mum,' and asked if we could do some colouring." # speaker: counsellor
    "I think it's her brother. The older one. I think that's why she's said nothing for the best part of a year." # speaker: counsellor
- ~ threat_disclosed = true
~ assault_known = true
~ daniel_named_by = 2
So that is what she has been carrying to every appointment: a threat from a man, and a request from somebody she loves.
And now you know that something was done to Jo.
"What do I do with that?" Ruth asks. # speaker: counsellor # expression: worried
* [Put Ruth's exact words to next month's review, so that every agency hears them together # supports: curious-informed # undermines: children-first, trauma-informed # why: It will be discussed properly with everyone present, from an exact record. But the threat may still be live, the drugs were seized, and whoever she is protecting may be under the same roof every night until then. # short: Take Ruth's words to next month's review # why-short: Discussed properly, but she may be unsafe at home till then # differs: In the main story a month's wait leaves Cassie exposed at the park; here it may also leave her exposed at home. # key-decision]
    You note it for the review. A month is a long time when someone believes your family owes him money.
* [Ask Ruth to find out at the next session who 'he' is, for the police # supports: curious-informed # undermines: trauma-informed, child-voice # why: The police will need a name to act on, and Ruth is the person she trusts. But the name Ruth would be pressing for is her brother's, and making her safe room into the place where she has to give him up may close it for good. # short: Ask Ruth to find out who 'he' is # why-short: Police need a name, but it may close her safe room # differs: Here the name is her own brother's, which turns a hard question into one that asks her to choose between her family and the adults trying to help.]
    ~ cassie_pressed = true
    ~ trust_cassie -= 1
    Ruth tries, the next week, as carefully as she knows how. Cassie says, "I'm not grassing on my own brother," and then realises what she has said, and cancels the session after that, for the first time all year.
* [See Cassie with Ruth tomorrow and plan her safety, without asking who 'he' is # supports: trauma-informed, child-voice, children-first # undermines: curious-informed # why: Cassie gets safety and a say in how her words are used, without being made to name anyone. But a plan built around a secret has a hole in the middle: nobody asks who 'he' is, and the police have nothing to act on yet. # short: Plan her safety; don't ask who 'he' is # why-short: Safety and a say, but the police have nothing to act on # differs: Here the safety plan has to cover home, and it has to be made without forcing her to name the brother she is protecting.]
    ~ cassie_safety_plan = true
    ~ trust_cassie += 1
    The next day you and Ruth sit with Cassie. You tell her she is not in trouble, and that the man who threatened her is the one who did wrong. You do not ask who 'he' is. You make a plan together for getting to school and back, who she can ring, and what she can do if someone at home asks her to carry anything again.
    { not nrm:
        Marcus makes her NRM referral that week, on what she has said about the threat.
    }
    ~ nrm = true
    At the end, very quietly, she says, "It's Daniel. But it's not his fault. They've got him too."
* [Pass it straight to the police tonight, without speaking to Cassie # supports: safer-spaces # undermines: child-voice, trauma-informed, children-first # why: A threat like this is serious, and the police need to know quickly. But Cassie named nobody, and the police's first step may well be a visit to the flat where her brother lives, to ask her about it within his hearing, which leaves her less safe at home, not more. # short: Pass it straight to the police tonight # why-short: Police act fast, but a home visit may leave her less safe # differs: In the main story passing it straight on puts her safety first at a cost to her voice; here the police visit that follows happens in her brother's hearing, and makes her less safe at home.]
    The police take it seriously. An officer visits Cassie's home that week to ask her about it. Daniel is in the kitchen, making toast, listening.
    Cassie tells the officer she made it up.
- -> s7_brother

=== s7_threat_hint ===
Cassie's hearing is five weeks away. # scene: yos-office
The room at the youth offending service has a window that does not open and a box of board games with pieces missing. Cassie has sat in the same chair every fortnight since last summer, while her case waits for the youth court. She knows the crack in the ceiling tiles better than she knows Marcus.
{ cassie_school == -1:
    She comes straight from the new school, in a uniform that is the wrong colour, and does not take her coat off.
}
After Tuesday's session, Marcus rings you.
"She said one thing today. Out of nowhere. 'It's not like I wanted to. Saying no would've been worse.' Then she shut down and asked to go." # speaker: yos-worker
"And something else. Her big brother waits for her outside every session, in a car that isn't his. She's never once looked pleased to see him." # speaker: yos-worker
"What do I do with that?" # speaker: yos-worker
* [Give the police exploitation team the registration of the car that waits for her, and ask them to find out whose it is # supports: curious-informed, safer-spaces # undermines: trauma-informed, child-voice # why: The car may lead to the man behind all this, and finding out is proper intelligence work. But the police will act on it in their own way, and if that means a stop in the car park, in front of Cassie, she learns that one sentence to Marcus put her brother in handcuffs. # short: Give the police the car's registration # why-short: May lead to the man, but she may see her brother arrested # differs: Here the obvious lead sits outside in a car with her brother at the wheel, and following it can land on him in front of her. # key-decision]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    ~ daniel_named_by = 3
    ~ assault_hint = true
    The police stop the car the following week, in the car park, while Cassie watches through the window. In Daniel's pocket they find a second phone, full of messages to his sister.
    Content note: the messages pass on a threat of sexual violence against Cassie and refer to the assault on her friend. Nothing is described in detail.
    ** [Read a short summary instead # aside # summary-choice]
        The messages tell Cassie where to be and what to carry. One passes on a threat that she will be assaulted the way Jo was. The last one just says "please".
    ** [Read the messages # aside]
        'Be at the bench at 4.' 'Bring it back tonight.' 'They said they'll do you like they did your mate Jo.' And the last one, on its own: 'please'.
    -- Cassie misses her next two sessions.
* [Ask Marcus to tell her he heard it, that she is not in trouble, and that she can come back to it when she is ready # supports: trauma-informed, child-voice # undermines: curious-informed # why: It lets her know the door is open without forcing it. But it leaves the car outside unasked about, and the chance to understand who is behind the drugs may come late, or not at all. # short: Have Marcus tell her the door is open # why-short: No pressure, but the car outside goes unasked about # differs: In the main story the door left open is for a remark; here a brother waiting outside in a car that is not his goes unasked about too.]
    ~ threat_hint = true
    Marcus does, at the next session, in as few words as he can manage. Cassie nods, and looks out of the window at the car.
    { cassie_parents >= 2 or trust_cassie >= 1:
        A fortnight later she says a little more, to Ruth: that a man at the park told her she would be assaulted like Jo was if she refused, and that 'he' only asked because 'he' owed the man. She will not say who 'he' is. She asks Ruth to tell you.
        ~ threat_disclosed = true
        ~ assault_known = true
    }
* [Ask Marcus to write it up, and to keep her sessions as steady and predictable as they are until the hearing in May # supports: trauma-informed # undermines: curious-informed, children-first # why: Steady, predictable sessions matter to a frightened child, and a single remark is easy to over-read. But this is the first clue in nine months to why she had the drugs, and the second is sitting outside in a car. # short: Write it up; keep her sessions steady # why-short: Steady for her, but the first clue and the car go unexplored # differs: In the main story this files a single remark; here it also leaves unexamined the brother who waits outside every session.]
    ~ threat_hint = true
    Marcus writes it in the notes, under 'other'. The sessions continue. The car is outside every time.
* [Ask Marcus and Ruth to ask her together whether anyone at home is worrying her, as well as anyone at the park # supports: curious-informed, children-first # undermines: trauma-informed # why: The clue is waiting in the car park, and a careful question with someone she trusts may let her say what she cannot say alone. It is a big question to put to a child about her own family, and if she is not ready it may close the door she has just opened. # short: Have Marcus and Ruth ask about home too # why-short: May help her say it, but if not ready she may close up # differs: Here the danger may be at home as well as at the park, and the question that matters is one the main story never needs to ask.]
    ~ threat_hint = true
    Marcus and Ruth ask her together, in Ruth's room, with the door shut. Cassie is quiet for a long time.
    "It's not him. I mean it is. But it's not him. It's the man. He's got Daniel too." # speaker: cassie
    ~ daniel_named_by = 2
    ~ threat_disclosed = true
- { daniel_named_by == 0:
    -> s7_phone_found
}
-> s7_brother

=== s7_phone_found ===
The rest comes out another way. A month later the police stop Daniel near the park and find a second phone, full of messages to his sister.
~ daniel_named_by = 3
~ assault_hint = true
Content note: the messages pass on a threat of sexual violence against Cassie and refer to the assault on her friend. Nothing is described in detail.
* [Read the messages # aside]
    'Be at the bench at 4.' 'Bring it back tonight.' 'They said they'll do you like they did your mate Jo.' And the last one, on its own: 'please'.
* [Read a short summary instead # aside # summary-choice]
    The messages tell Cassie where to be and what to carry. One passes on a threat that she will be assaulted the way Jo was. The last one just says "please".
- Nobody had asked Cassie. Now everybody will.
-> s7_brother

=== s7_brother ===
By the end of April the police know too. # scene: meeting-room
{
- daniel_named_by == 1:
    They know because Cassie agreed, in the end, that they could, and every word went where she was told it would go.
- daniel_named_by == 2:
    They know because Ruth's note, and then Cassie's careful half-answers, pointed at her brother.
- else:
    They know because of what was on Daniel's phone.
}
Daniel is twenty. He has been stopped near the park four times this year. In a voluntary interview he told DC Priestley that he owes the man on the bench eight hundred pounds. It was two hundred when the police took the bag from Cassie last summer; it has grown every month since. He will not say another word, he said, because he has a mum and a little brother.
The police exploitation team knows the man on the bench by his face, and not by his name.
Nadia has called a strategy discussion about Cassie. Somebody has added Daniel's name under hers, in brackets.
"So we've got a twenty-year-old using his fifteen-year-old sister to move Class A," says a sergeant you have not met before. "That's a charge, surely. Using a child." # speaker: police-sergeant
* [Ask the meeting to look at harm inside the home too, and whether Cassie and Josh are safe living with Daniel # supports: children-first, curious-informed # undermines: parents-as-partners, challenge-inequality # why: A strategy discussion should weigh harm inside a home as well as outside it, and two children live with Daniel. But a room already primed by the police report is quick to hear 'the family' as the risk, and two parents who have done nothing but worry may get a letter instead of help. # short: Ask if Cassie and Josh are safe at home # why-short: Weighs harm at home, but may cast the family as the risk # differs: Here it is easy to slide from one son's part in it to treating the whole family as criminal, which the main story never invites. # key-decision]
    ~ daniel_response = -2
    ~ cassie_parents -= 2
    "Before anything else, are Cassie and Josh safe at home with him?" you ask. # speaker: you
    It is a fair question, and the room runs with it. The sergeant talks about 'the family'. Someone mentions the older brother's 'associates', and the report from last summer is on the screen again.
    The words 'the family' go into the minutes, and stay there. A letter about a legal planning meeting goes to Cassie's parents the following week.
* [Ask for Cassie and Daniel to have separate workers, so that Cassie has someone whose only job is her # supports: child-voice, strengths-relationships # undermines: parents-as-partners # why: What helps one sibling may cost the other, and Cassie needs an adult who is only on her side. It puts yet another professional into a family that has had plenty, and Angela and Michael will have one more stranger to explain their children to. # short: Get Cassie and Daniel separate workers # why-short: Someone only on Cassie's side, but yet another professional # differs: Here one worker cannot be fully on both siblings' side, because what protects Cassie may cost Daniel, and the other way round.]
    ~ separate_workers = true
    Marcus stays with Cassie. Daniel is given a worker from the young adults' team, a quiet man called Tunde who knows the park and the bench. The two of them agree to speak every week, and to keep what each sibling tells them separate unless someone is in danger.
    Angela rings you that night to ask, politely, how many more of you there are going to be.
* [Ask for Daniel to be seen as a young adult who may be exploited too, and aim the police at the man on the bench # supports: curious-informed, challenge-inequality, safer-spaces # undermines: children-first # why: Going after the man who controls them both is what keeps Cassie safer, and treating a twenty-year-old in debt to a violent man as someone who can be helped out of it is what transitional safeguarding asks. But it spends a meeting about a fifteen-year-old on the adult who put drugs in her hands, and until the man is caught, Daniel's debt still sleeps down the hall from her. # short: See Daniel as exploited; target the man # why-short: Targets the man, helps Daniel, but the debt stays at home # differs: Only here is the person who passed Cassie the drugs her own brother, who may himself be exploited, and a response that stops at him leaves the man on the bench free.]
    ~ daniel_response = 1
    "He did a terrible thing to his sister," you say. "He also owes eight hundred pounds to a man who threatens fifteen-year-olds with what was done to Jo. Both are true. If we charge Daniel and stop there, the man on the bench finds another Daniel by the summer, and Cassie is still the girl who grassed on her brother." # speaker: you
    In the end the plan has a page for Daniel. Adult social care will look at whether he has care and support needs that leave him unable to protect himself; if he has, that means a safeguarding enquiry under the Care Act, and if he has not, the young adults' team will work with him anyway. As an adult he has to agree to an NRM referral himself, and his new worker will ask him. DC Priestley takes the operation at the bench herself.
    { bias_challenged < 2 and cassie_parents < 2:
        ~ police_dissent = true
        The sergeant does not come round. He asks for his view to be minuted: 'Risk to the sibling from the adult male not addressed.' It will be the first thing the next panel reads.
    }
    { not nrm:
        Cassie's own NRM referral, which should have gone in months ago, goes in the same week.
    }
    ~ nrm = true
* [Back the sergeant: Daniel used a child to move Class A, and charging him would take that risk out of Cassie's home # supports: children-first # undermines: curious-informed, challenge-inequality # why: He did put drugs into a child's hands, and the law takes that seriously. But stopping at him leaves the man who controls him free, repeats the report's story of a dangerous young Black man, and leaves Cassie believing she sent her brother to prison. # short: Back the sergeant: charge Daniel # why-short: Treats it as a crime, but leaves the man free, repeats bias # differs: Here charging Daniel alone fits the story the police report began, and leaves the men who control him untouched.]
    ~ daniel_response = -1
    The sergeant nods. Daniel is charged within the fortnight. The man on the bench is at the park the following Saturday, feeding the ducks.
- -> s7_home

=== s7_home ===
That evening you sit in Cassie's family's kitchen. # scene: cassie-home
{ daniel_response == -2:
    Michael lets you in only because Angela asks him to. The letter is on the table between them.
}
{
- parents_told_early:
    Angela and Michael have known for a week, and it has been the worst week of their lives. Daniel has been sleeping on a friend's floor since the row in the hallway.
- parents_kept_back:
    ~ cassie_parents -= 1
    Angela and Michael know now, and they know that you knew first. Daniel is not here. His trainers are by the door.
    "A week," says Michael. "You knew for a week, and my son was sleeping down the hall from her." # speaker: cassie-dad
- else:
    Angela and Michael know now. Daniel is not here. His trainers are by the door.
}
"He's my son," says Michael. "She's my daughter. What do you want me to do? Choose?" # speaker: cassie-dad # expression: worried
"When he was little he used to carry her everywhere," says Angela. "On his shoulders. Everywhere." # speaker: cassie-mum
Cassie is in her room with the door open an inch. Josh, who is thirteen, is at the kitchen table pretending to do his homework, and listening to every word.
* [Ask them to have Daniel stay with family elsewhere from tonight, and write that into Cassie's plan as a condition # supports: children-first # undermines: parents-as-partners, trauma-informed # why: It takes the pressure out of Cassie's home quickly, and the risk to her is real. But a condition turns a family's love for their son into a fight with services, and a young man pushed out in a hurry has one place left to go: the man he owes. # short: Daniel to stay elsewhere, as a condition # why-short: Less pressure at home, but Daniel may go to the man he owes # differs: Here the person to be kept away from Cassie is her parents' own son, and a condition asks them to choose between their children.]
    ~ cassie_home = -1
    ~ cassie_parents -= 1
    Michael stands up. "You want me to put my son out. Tonight. With him owing that man." # speaker: cassie-dad
    He does it anyway, because you have written it down. Daniel leaves that night, with a holdall, for nowhere anyone can name. Angela cries in the bathroom. Cassie hears all of it through the open inch of her door.
* [Find Cassie a foster placement across the borough for a few weeks, while the adults sort things out # undermines: strengths-relationships, parents-as-partners, trauma-informed # why: It takes her out of reach of any pressure from Daniel. It also takes her from her parents, Josh, her school route and Ruth, which have kept her going, and it feels to her like being punished for telling. # short: Find Cassie a foster placement for now # why-short: Out of Daniel's reach, but feels like punishment for telling # differs: In the main story nobody needs to ask whether Cassie can stay at home; here moving her is an option, and it can feel to her like the price of telling.]
    ~ cassie_home = -2
    ~ trust_cassie -= 1
    Cassie packs her seven pairs of trainers first. She does not say a word to you in the car.
* [Work out with Cassie and her parents how home can be safe, without asking them to choose between their children # supports: parents-as-partners, child-voice, children-first # undermines: trauma-informed # why: Partnership here means helping two frightened parents keep every child safe, including the son who harmed his sister, and giving Cassie a say in what changes at home. It also sits a fifteen-year-old at a kitchen table while her parents talk about what her brother did, and asks her to weigh in on what happens to him, which is a heavy thing to carry. # short: Plan a safe home with Cassie and parents # why-short: Partnership and her say, but a heavy load for Cassie # differs: In the main story Cassie's parents are partners against a danger outside their home; here part of the danger is their own son, and partnership means not making them choose between their children.]
    ~ cassie_home = 1
    ~ cassie_parents += 1
    ~ trust_cassie += 1
    It takes two hours and a lot of tea. Daniel will stay at his uncle's for now, by agreement and not as a punishment, and come for Sunday dinner. Angela and Michael get a number to ring if anyone comes to the door asking for money.
    Cassie decides what she wants Daniel told, and what she does not. Halfway through the list she goes to her room and shuts the door properly, and Angela finishes it for her, guessing.
    Michael asks what is being done about the man on the bench. This time there is an answer, and he writes it down.
* [Keep the detail from her parents for now, since anything they are told tonight may reach Daniel by morning # supports: child-voice # undermines: parents-as-partners, children-first # why: Cassie asked you not to tell her mum, and news travels fast in a family. But her parents cannot keep her safe at home from something they do not understand, and being kept in the dark about their own children is how families stop trusting services. # short: Keep the detail from her parents for now # why-short: Respects Cassie's wish, but her parents cannot protect her # differs: Here the reason for holding back is real, because what her parents know may reach Daniel, but it leaves the adults at home unable to protect her.]
    ~ cassie_parents -= 1
    You tell them there are things you cannot share yet. Michael looks at you for a long moment.
    "Then what are you doing in my kitchen?" # speaker: cassie-dad
- -> s7_jo_past
