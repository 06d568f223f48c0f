// What if: her brother gave her the drugs. Stage 7: Recognise and respond to trauma.
// Replaces the main story's stage_7_trauma_informed and its three threat knots: the threat comes out, and with it
// the fact that the bag came to Cassie through her brother Daniel. Adds s7_brother (the strategy discussion about
// Daniel) and s7_home (whether Cassie can be safe at home). Jo's past is the main story's.

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
* [Read a short summary instead # aside]
    Cassie tells you that it was her brother Daniel who passed her the drugs, at the park. He owes money to an older man who is always there, and the man gave Daniel the bag; Daniel, who is stopped by the police all the time, begged her to carry it, in tears. When she refused, the man reminded her of what had happened to Jo in the park and said the same could happen to her. She is afraid that if she tells, Daniel will go to prison and the men will still come for the family, and of what it would do to her mum.
- ~ threat_disclosed = true
~ threat_full = true
~ assault_known = true
~ daniel_named_by = 1
So that is what she has carried to every appointment for the best part of a year: a threat from a man at the park, and a secret about her own brother, who is frightened of the same man.
{ brother_suspected:
    You think of the line you underlined in the school corridor: 'older brother, 20, police history'. You were right about who, and wrong about everything that mattered. The record you reached for never mentioned the man Daniel is afraid of.
}
{ bias_challenged == 2:
    You challenged the police report's picture of Daniel, and you would again. It described a threat in a dark hoodie. It did not describe a young man in debt to someone more dangerous than him, trying not to drag his sister down with him, and doing it anyway.
}
And now you know that something was done to Jo, in the park.
* [Tell her she is not in trouble, and make a safety plan with her today that covers home as well as the park, agreeing with her exactly what goes to whom # supports: trauma-informed, children-first, child-voice # why: She gets safety, honesty and a say in how her words are used, including what happens about her brother, which is the opposite of what the man gave her. It is slower than passing it straight on, and you cannot promise her what the police will do about Daniel. # differs: Here the safety plan has to cover home, where the brother who passed her the drugs still sleeps down the hall, and Cassie needs a say in what happens to him.]
    ~ cassie_safety_plan = true
    ~ nrm = true
    ~ trust_cassie += 1
    "You're not in trouble. Neither of you chose this. The man at the park did," you say. # speaker: you
    Together you make a plan that starts at her own front door: what she says if Daniel asks again, who she rings, where she can go if home feels wrong, which adults at school know. You tell her exactly what will go to the police and the people deciding her NRM case: that an adult at the park used her brother to get drugs into her hands, and threatened her. Nothing will be done about Daniel without her hearing about it first.
    "Will they arrest him?" she asks. # speaker: cassie
    "I don't know. But you'll hear it from me before anyone does anything. I can promise that much." # speaker: you
* [Ask her to give the police a statement about Daniel, so that they can act # supports: curious-informed # undermines: children-first, trauma-informed, child-voice # why: The police will need evidence to act on, and her account is the best there is. But it asks a frightened fifteen-year-old to give evidence against her own brother, with the man at the park still free, and to choose between her family and her safety. # differs: Here the evidence the police want is against Cassie's own brother, and pressing her to give it can cost her her family and her safety at the same time.]
    ~ cassie_pressed = true
    ~ trust_cassie -= 1
    "The best thing you could do now is give the police a statement. About Daniel, and the man," you say. # speaker: you
    Cassie looks at you as if you have asked her to hand over one of her own fingers.
    "You said you'd tell me what you'd do with it. You didn't say you'd make me do it." # speaker: cassie
    She does not come to her next session with Ruth.
* [Tell her parents straight away, so that they can keep her safe at home # supports: parents-as-partners # undermines: child-voice, children-first # why: Her parents love her and could make home safer, and keeping it from them feels wrong. But Cassie has not agreed, and whatever they are told may reach Daniel within the hour, and the man behind him soon after. # differs: In the main story Cassie's parents are plainly on her side against a danger outside; here what they are told may reach Daniel, and through him the man at the park.]
    ~ parents_told_early = true
    ~ trust_cassie -= 1
    You ring Angela that afternoon. By the evening Michael has confronted Daniel in the hallway, and Daniel has left with a holdall.
    Two days later, on the way to school, the man from the park falls into step beside Cassie for a few yards. "Your brother's been talking," he says, pleasantly, and walks on.
* [Record it carefully and take it to the review meeting in three weeks # supports: curious-informed # undermines: children-first, safer-spaces # why: A careful record and a planned discussion are how procedures are meant to work. But the threat is live, the man may believe the family owes him for the seized drugs, and Cassie goes home every night to the brother he is using. # differs: In the main story three weeks leaves Cassie exposed at the park; here it leaves her exposed at home as well.]
    You write it up carefully, word for word, and put it on the agenda for the review.
    Three weeks is a long time when someone believes your family owes him two hundred pounds, and the person he sends to collect it sleeps in the next room.
- -> s7_brother

=== s7_threat_relayed ===
Ruth rings you after Wednesday's session. # scene: office
"Something came out today. About why she had the drugs. She wouldn't let me ring you while she was there, but she said I could tell you." # speaker: counsellor
Content note: Ruth passes on a threat of sexual violence made against Cassie, involving someone in her family, and mentions an assault on her friend. Nothing is described in detail.
* [Read what Ruth said # aside]
    "She said it wasn't that she wanted to hold them. Someone she loves asked her to, because he owed people money, and a man told her that if she didn't, she'd be assaulted. 'Like Jo was.' Those were her words." # speaker: counsellor
    "She wouldn't say who. She kept saying 'he'. Then she said, 'Please don't tell my mum,' and asked if we could do some colouring." # speaker: counsellor
    "I think it's her brother. The older one. I think that's why she's said nothing for a year." # speaker: counsellor
* [Read a short summary instead # aside]
    Ruth tells you that Cassie has said someone she loves asked her to hold the drugs because he owed people money, and that a man threatened that if she refused she would be sexually assaulted "like Jo was". She would not say who, and begged Ruth not to tell her mum. Ruth thinks it was her older brother.
- ~ threat_disclosed = true
~ assault_known = true
~ daniel_named_by = 2
So that is what she has been carrying to every appointment: a threat, made by an adult, using something that was done to her best friend, and brought to her by somebody she loves.
And now you know that something was done to Jo.
"What do I do with that?" Ruth asks. # speaker: counsellor
* [See Cassie with Ruth, tell her she is not in trouble, and make a safety plan with her that covers home as well as the park # supports: trauma-informed, child-voice, children-first # why: Cassie gets safety and a say in how her words are used, without being made to name anyone. It is slower than a straight handover, and the plan has to work around a secret she has not told you. # differs: Here the safety plan has to cover home, and it has to be made without forcing her to name the brother she is protecting.]
    ~ cassie_safety_plan = true
    ~ nrm = true
    ~ trust_cassie += 1
    The next day you and Ruth sit with Cassie. You tell her she is not in trouble, and that the man who threatened her is the one who did wrong. You do not ask who 'he' is. You make a plan together for getting to school and back, who she can ring, and what she can do if someone at home asks her to carry anything again.
    At the end, very quietly, she says, "It's Daniel. But it's not his fault. They've got him too."
* [Ask Ruth to get the name of the person from Cassie at the next session # supports: curious-informed # undermines: trauma-informed, child-voice, children-first # why: The police will need a name to act on, and Ruth is the person she trusts. But the name Ruth would be pressing for is her brother's, and making her safe room into the place where she has to give him up may close it for good. # differs: Here the name is her own brother's, which turns a hard question into one that asks her to choose between her family and the adults trying to help.]
    ~ cassie_pressed = true
    ~ trust_cassie -= 1
    Ruth tries, gently, the next week. Cassie says, "I'm not grassing on my own brother," and then realises what she has said, and cancels the session after that, for the first time all year.
* [Pass it straight to the police without speaking to Cassie first # undermines: child-voice, trauma-informed, children-first # why: A threat like this is serious, and the police need to know quickly. But an officer asking about it at home means asking in the flat where Daniel lives, and Cassie is likely to deny everything to protect him and herself. # differs: In the main story a police visit home is unsettling; here it means questions about her brother in front of her brother.]
    The police take it seriously. An officer visits Cassie's home that week to ask her about it. Daniel is in the kitchen, making toast, listening.
    Cassie tells the officer she made it up.
* [Note it for the review meeting next month # undermines: children-first, trauma-informed, safer-spaces # why: It will be discussed properly with everyone present. But the threat may still be live, the drugs were seized, and whoever she is protecting may be under the same roof every night until then. # differs: In the main story a month's wait leaves Cassie exposed at the park; here it may also leave her exposed at home.]
    You note it for the review. A month is a long time when someone believes your family owes him two hundred pounds.
- -> s7_brother

=== s7_threat_hint ===
Cassie's youth offending sessions are nearly over. # scene: yos-office
The room at the youth offending service has a window that does not open and a box of board games with pieces missing. Cassie has sat in the same chair every fortnight for the best part of a year. She knows the crack in the ceiling tiles better than she knows Marcus.
{ cassie_school == -1:
    She comes straight from the new school, in a uniform that is the wrong colour, and does not take her coat off.
}
After her last-but-one session, Marcus rings you.
"She said one thing today. Out of nowhere. 'It's not like I wanted to. Saying no would've been worse.' Then she shut down and asked to go." # speaker: yos-worker
"And something else. Her big brother waits for her outside every session, in a car that isn't his. She's never once looked pleased to see him." # speaker: yos-worker
"What do I do with that?" # speaker: yos-worker
* [Ask Marcus to tell her he heard it, that she is not in trouble, and that she can come back to it whenever she is ready # supports: trauma-informed, child-voice # why: It lets her know the door is open without forcing it. It might mean the chance to understand the threat comes late, or not at all.]
    ~ threat_hint = true
    Marcus does, at the next session, in as few words as he can manage. Cassie nods, and looks out of the window at the car.
* [Ask Marcus to ask her, gently and with Ruth there, whether anyone at home is worrying her as well as anyone at the park # supports: curious-informed, children-first # undermines: trauma-informed # why: The clue is waiting in the car park, and a careful question with someone she trusts may let her say what she cannot say alone. It is a big question to ask a child about her own family, and she may shut down. # differs: Here the danger may be at home as well as at the park, and the question that matters is one the main story never needs to ask.]
    ~ threat_hint = true
    Marcus and Ruth ask her together, in Ruth's room, with the door shut. Cassie is quiet for a long time.
    "It's not him. I mean it is. But it's not him. It's the man. He's got Daniel too." # speaker: cassie
    ~ daniel_named_by = 2
    ~ threat_disclosed = true
* [Tell Marcus to record it and carry on with her sessions as planned # undermines: curious-informed, children-first, safer-spaces # why: It keeps the work on track, and a single remark is easy to over-read. But this is the first clue in a year to why she had the drugs, and the second is sitting outside in a car. # differs: In the main story this files a single remark; here it also leaves unexamined the brother who waits outside every session.]
    ~ threat_hint = true
    Marcus writes it in the notes, under 'other'. The sessions continue. The car is outside every time.
* [Ask the police to stop and search her brother the next time he waits outside # undermines: challenge-inequality, children-first # why: It feels like action on a real worry. But it repeats exactly what the police report did, treating a young Black man as the problem to be searched rather than asking who controls him, and it tells Cassie that talking leads to her brother in handcuffs. # differs: Here the easy move is the one the police report made: to search the brother, rather than ask who is using him and her.]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    ~ daniel_named_by = 3
    ~ assault_hint = true
    The police stop Daniel in the car park the following week, in front of Cassie, and find a second phone, full of messages to his sister: where to be, what to carry, one that says 'they said they'll do you like they did your mate Jo', and one that just says 'please'.
    Cassie watches it all through the window. She does not come back for her last session.
- { daniel_named_by == 0:
    ~ daniel_named_by = 3
    ~ assault_hint = true
    The rest comes out another way. A month later the police stop Daniel near the park with a phone full of messages to his sister: where to be, what to carry, one that says 'they said they'll do you like they did your mate Jo', and one that just says 'please'.
}
-> s7_brother

=== s7_brother ===
By the end of the month the police know too. # scene: meeting-room
{
- daniel_named_by == 1:
    They know because Cassie agreed, in the end, that they could, and every word went where she was told it would go.
- daniel_named_by == 2:
    They know because Ruth's note, and then Cassie's careful half-answers, pointed at her brother.
- else:
    They know because of what was on Daniel's phone.
}
Daniel is twenty. He has been stopped near the park four times this year. In a voluntary interview he told DC Priestley that he owes the man on the bench eight hundred pounds for a bag that went missing last summer, and that he will not say another word, because he has a mum and a little brother.
The police exploitation team knows the man on the bench by his face, and not by his name.
Nadia has called a strategy discussion about Cassie. Somebody has added Daniel's name under hers, in brackets.
"So we've got a twenty-year-old using his fifteen-year-old sister to move Class A," says a sergeant you have not met before. "That's a charge, surely. Using a child." # speaker: police-officer
* [Ask for Daniel to be seen as a young adult who may be exploited too: adult safeguarding, an NRM referral if he agrees, and disruption aimed at the men above him # supports: curious-informed, challenge-inequality, children-first # why: Going after the people who control them both is what keeps Cassie safer, and treating a twenty-year-old in debt to a violent man as someone who can be helped out is what transitional safeguarding asks. Daniel still passed his sister the drugs, and some in the room will hear this as excusing him. # differs: Only here is the person who passed Cassie the drugs her own brother, who may himself be exploited, and a response that stops at him leaves the man on the bench free.]
    ~ daniel_response = 1
    "He did a terrible thing to his sister," you say. "He also owes eight hundred pounds to a man who threatens fifteen-year-olds with what was done to Jo. Both are true. If we charge Daniel and stop there, the man on the bench finds another Daniel by the summer, and Cassie is still the girl who grassed on her brother." # speaker: you
    In the end the plan has a page for Daniel: an adult safeguarding referral, an NRM referral if he will agree to one, and a police operation aimed at the bench, not at the young people around it. DC Priestley takes the last one herself.
    { not nrm:
        Cassie's own NRM referral, which should have gone in months ago, goes in the same week.
    }
    ~ nrm = true
* [Treat Daniel as the exploiter and leave it to the police to charge him # supports: children-first # undermines: curious-informed, challenge-inequality # why: He did put drugs into a child's hands, and the law takes that seriously. But stopping at him leaves the man who controls him free, repeats the report's story of a dangerous young Black man, and leaves Cassie believing she sent her brother to prison. # differs: Here charging Daniel alone fits the story the police report began, and leaves the men who control him untouched.]
    ~ daniel_response = -1
    The sergeant nods. Daniel is charged within the fortnight. The man on the bench is at the park the following Saturday, feeding the ducks.
* [Ask for Cassie and Daniel to have separate workers, so that Cassie has someone whose only job is her # supports: child-voice, strengths-relationships # why: What helps one sibling may cost the other, and Cassie needs an adult who is only on her side. It puts yet another professional into a family that has had plenty, and the two workers will have to keep talking to each other. # differs: Here one worker cannot be fully on both siblings' side, because what protects Cassie may cost Daniel, and the other way round.]
    ~ separate_workers = true
    Marcus stays with Cassie. Daniel is given a worker from the young adults' team, a quiet man called Tunde who knows the park and the bench. The two of them agree to speak every week, and to keep what each sibling tells them separate unless someone is in danger.
* [Say the family is the source of the risk, and ask whether Cassie and her younger brother should be removed # undermines: parents-as-partners, challenge-inequality, children-first # why: One son's involvement can feel like proof about a whole household, and removal feels decisive. But it punishes two parents who have done nothing but worry, and two more children, and it is the 'criminal family' story the police report started. # differs: Here it is easy to slide from one son's involvement to treating the whole family as criminal, which the main story never invites.]
    ~ daniel_response = -2
    ~ cassie_parents -= 2
    The words 'the family' go into the minutes, and stay there. A letter about a legal planning meeting goes to Cassie's parents the following week.
- -> s7_home

=== s7_home ===
That evening you sit in Cassie's family's kitchen. # scene: cassie-home
{ daniel_response == -2:
    Michael lets you in only because Angela asks him to. The letter is on the table between them.
}
{ parents_told_early:
    Angela and Michael have known for a week, and it has been the worst week of their lives. Daniel has been sleeping on a friend's floor since the row in the hallway.
- else:
    Angela and Michael know now. Daniel is not here. His trainers are by the door.
}
"He's my son," says Michael. "She's my daughter. What do you want me to do? Choose?" # speaker: cassie-dad
"When he was little he used to carry her everywhere," says Angela. "On his shoulders. Everywhere." # speaker: cassie-mum
Cassie is in her room with the door open an inch. Josh, who is thirteen, is at the kitchen table pretending to do his homework, and listening to every word.
* [Plan with Cassie and her parents how she can be safe at home, and help them hold on to all three of their children without choosing # supports: parents-as-partners, children-first, child-voice # why: Partnership here means helping two frightened parents keep every child safe, including the son who harmed his sister, and giving Cassie a say in what changes at home. It is slow, and it depends on Daniel staying away from the man at the park, which nobody can promise. # differs: In the main story Cassie's parents are partners against a danger outside their home; here part of the danger is their own son, and partnership means not making them choose between their children.]
    ~ cassie_home = 1
    ~ cassie_parents += 1
    ~ trust_cassie += 1
    It takes two hours and a lot of tea. Daniel will stay at his uncle's for now, by agreement and not as a punishment, and come for Sunday dinner. Cassie decides what she wants him told, and what she does not. Angela and Michael get a number to ring if anyone comes to the door asking for money.
    Michael asks what is being done about the man on the bench. This time there is an answer, and he writes it down.
* [Tell them Daniel has to leave today, or Cassie may have to go into care # supports: children-first # undermines: parents-as-partners, trauma-informed # why: It gets Daniel out of the house quickly, and the risk to Cassie is real. But an ultimatum turns a family's love for their son into a fight with services, and parents under threat tend to close ranks around all their children. # differs: Here a threat of care is aimed at a family's loyalty to a son who is himself in danger, which the main story never asks them to carry.]
    ~ cassie_home = -1
    ~ cassie_parents -= 1
    Michael stands up. "Get out of my kitchen." # speaker: cassie-dad
    Daniel leaves that night, with a holdall, for nowhere anyone can name. Angela cries in the bathroom. Cassie hears all of it through the open inch of her door.
* [Keep Cassie's parents out of the detail, since anything they know may reach Daniel # supports: child-voice # undermines: parents-as-partners, children-first # why: Cassie asked you not to tell her mum, and news travels fast in a family. But her parents cannot keep her safe at home from something they do not understand, and being kept in the dark about their own children is how families stop trusting services. # differs: Here the reason for holding back is real, because what her parents know may reach Daniel, but it leaves the adults at home unable to protect her.]
    ~ cassie_parents -= 1
    You tell them there are things you cannot share yet. Michael looks at you for a long moment.
    "Then what are you doing in my kitchen?" # speaker: cassie-dad
* [Arrange for Cassie to stay with foster carers across the borough while things settle # supports: children-first # undermines: strengths-relationships, safer-spaces, parents-as-partners # why: It takes her out of reach of any pressure from Daniel. It also takes her away from her parents, Josh, her school route and Ruth, which have kept her going, and it feels to her like being punished for telling. # differs: In the main story nobody needs to ask whether Cassie can stay at home; here moving her is an option, and it can feel to her like the price of telling.]
    ~ cassie_home = -2
    ~ trust_cassie -= 1
    Cassie packs her seven pairs of trainers first. She does not say a word to you in the car.
- -> s7_jo_past
