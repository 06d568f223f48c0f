// What if: Cassius and Joe are boys. Stage 3: Be curious, evidence-informed and knowledgeable.
// Cassius's worry about Joe; who was harmed that night; a staffroom that reads the abuse of a boy as
// "experimenting"; which door the referral goes through; and whether Joe hears about it first.

=== stage_3_curious_informed ===
February, a week before half-term, and Cassius has been seeing Ruth every Wednesday. # stage: curious-informed # scene: office
{ cassie_school == -1:
    After the exclusion, the counselling was the one thing his old school agreed to keep going, in Ruth's room after the last bell. He has not missed a session.
}
-> s3_cassie_tells_you

=== s3_cassie_tells_you ===
{ trust_cassie >= 2:
    On Wednesday afternoon Ruth rings. Cassius has asked whether you could come in at the end of his session. # scene: counsellor-room
    When you arrive he is sitting with the notebook closed on his knee, both hands on it.
    "It's about Joe," he says. "He's my best mate. He's sixteen. I don't want to get him in trouble."
- else:
    On Wednesday evening Ruth phones you from her car. # scene: office
    "Cassius told me something today about his friend Joe. I've got to pass it on. But he made me swear not to say it came from him, and he said something else I keep thinking about." # speaker: counsellor
}
Content note: in what follows, Cassius's account of men paying his sixteen-year-old friend for sexual acts. It is told, not shown.
* [Read what he said # aside]
    "Last Friday we went out. We had no money. There's a pub by the bus station, and there were men outside smoking."
    "Joe went over to one of them. Said he'd do, like, stuff. For a tenner. And the bloke said yes, and Joe came back with the money, and we got cider."
    "Then it was late and we had no way home, and an older one said he'd sort a taxi. Joe went off with him, and came back with the money. He told me in the taxi what he'd had to do for it."
    "I asked him what was going on. He laughed. He said they're the mugs, paying for it."
    "Don't tell anyone. If people hear about it, they'll say he's gay. He'd rather die."
    { trust_cassie >= 2:
        Cassius picks at the corner of the notebook. "I still got in the taxi, though. I drank the cider."
    - else:
        "He kept saying he still got in the taxi," Ruth adds. "That he drank the cider. As if that makes it his fault." # speaker: counsellor
    }
* [Read a short summary instead # aside # summary-choice]
    Cassius says that last Friday, outside a pub, two men gave Joe money for sexual acts: the first man's money paid for the cider the two boys drank, the second's for the taxi home. When he asked Joe what was going on, Joe laughed and said the men were the fools for paying. Cassius is frightened that if anyone finds out, people will say Joe is gay, and says Joe would rather die. He feels guilty that he drank the cider and got in the taxi.
- { trust_cassie >= 2:
    Cassius is watching your face to see what he has done.
- else:
    "So what do I tell him tomorrow?" Ruth asks. # speaker: counsellor
}
* [Reassure Cassius that Joe is probably messing about and working things out, and see whether anything else comes up # undermines: children-first, curious-informed # why: It calms a worried friend and avoids making a drama out of a sixteen-year-old's private life. But whatever Joe calls it, men paying a sixteen-year-old for sex are abusing him, and reading that as a boy experimenting is exactly how the sexual abuse of boys goes unseen. # short: Say Joe is probably just messing about # why-short: Calms Cassius, but reads Joe's abuse as experimenting # differs: With a boy the pull is to hear 'messing about' or 'working out his sexuality', and to wait; Barnardo's research found signs that would worry professionals in a girl dismissed in boys as 'boys being boys'.]
    "Lads his age mess about. He's probably working some things out," you say. "Let's see if anything else comes up." # speaker: you
    A week goes by. On the Friday, Joe is seen outside the same pub. On Monday Ruth rings again, and this time you both know it cannot wait.
* [Promise Cassius that this stays between you, so that he keeps talking to the adults he trusts # supports: strengths-relationships # undermines: children-first, child-voice # why: It keeps Cassius talking today and feels loyal to him. But it is a promise you will have to break, and Joe stays unprotected until you do. # short: Promise Cassius it stays between you # why-short: Loyal today, but a promise you must break; Joe stays at risk]
    ~ promise_broken = true
    "This stays between us," you hear yourself say. # speaker: you
    You both know, even before he has gone, that it isn't true.
* [Thank Cassius, tell him this must be passed on to keep Joe safe, and that you will keep his name out where you can # supports: children-first, child-voice, trauma-informed # why: Telling him the truth now protects his trust later: it cannot stay secret, because men paying a sixteen-year-old for sex are abusing him, and the crime is theirs. Keeping Cassius's name out matters because he could be blamed, but you cannot promise that Joe will never guess. # short: Thank him; pass it on, keep his name out # why-short: Honest now, keeps his trust, but Joe may still guess]
    ~ trust_cassie += 1
    ~ cassie_told = true
    { trust_cassie >= 3:
        "Thank you. That was brave, and you were right to tell us," you say. "I can't keep this to myself, because Joe could be really hurt. What I can do is tell you exactly what happens next, and do everything I can so nobody hears it came from you." # speaker: you
    - else:
        You tell Ruth to see him tomorrow and say exactly that: that it has to be passed on, what happens next, and that everything will be done to keep his name out of it.
    }
    "He'll know, though. I was the only one there," Cassius says.
* [Ask Cassius whether he could find out a bit more from Joe, who the men are and how often, and let you know # supports: curious-informed # undermines: children-first, safer-spaces # why: Cassius is the person closest to Joe, and more detail would make the referral stronger. But it turns a fifteen-year-old into an investigator and places him between his friend and the men who are harming him. # short: Ask Cassius to find out more from Joe # why-short: Stronger referral, but he is put between Joe and the men]
    ~ cassie_go_between = true
    ~ cassie_protected = false
    "Could he find out a bit more? Who the men are, how often?" you ask.
    Cassius nods, because you are the adult. He looks as if he has been handed something heavy and told not to drop it.
- -> s3_who_harmed

=== s3_who_harmed ===
Ruth opens the referral form on her laptop. # scene: counsellor-room
The first box asks for the name of the child the concern is about. There is room for one.
"It's Joe we're worried about," she says. "Isn't it?" # speaker: counsellor
* [Refer Joe, and name Cassius on the referral too, as a child harmed that night: fifteen, given the cider, in that taxi # supports: children-first, curious-informed # undermines: child-voice # why: Whatever Joe called it, men paying a sixteen-year-old for sex are abusing him, and Cassius, at fifteen, drank what the first man's money bought and was driven home on the second's; the men have seen him too. But he came to you about his friend, not himself, and finds himself in a referral nobody asked him about. # short: Refer Joe; name Cassius as harmed too # why-short: Sees Cassius was harmed, but he was never asked about it # key-decision]
    ~ cassius_seen_harmed = true
    Ruth writes both names. When the strategy discussion meets, it will talk about two boys, not one, and ask the police whether the men outside the pub have been seen near any other children.
    A few days later a duty social worker rings Cassius's mum about Cassius. He comes to his next session furious. "I told you about Joe. Not me. I'm fine." It takes Ruth the whole hour to get him to sit down.
    ~ trust_cassie -= 1
* [Note that Cassius was at a pub drinking at fifteen, and ask school to talk to him about alcohol and late nights # undermines: children-first, trauma-informed # why: Schools do have these conversations, and Cassius was out late with drink. But it treats a fifteen-year-old who was given cider bought by a man abusing his friend, and driven home on that man's money, as a pupil who broke a rule, and it adds shame to the guilt he already feels. # short: Ask school to talk to him about drinking # why-short: Tackles late drinking, but treats him as a rule-breaker # differs: A fifteen-year-old boy with cider outside a pub is easily read as a lad out drinking rather than as a child who was near men paying his friend for sex.]
    Someone from school has the conversation on Friday, in a corridor. Cassius listens, says "yes, sir" three times, and does not come to Ruth's next session.
    ~ trust_cassie -= 1
* [Write the referral about Joe today, and talk with Cassius about his own part in that night before writing about him # supports: child-voice, trauma-informed # undermines: children-first # why: Cassius came to you about his friend, and hearing from him first gives him some say in how he is written about. But Cassius was harmed that night too, and while you wait for that conversation the strategy discussion meets about Joe alone, with nobody asking whether the men have noticed a fifteen-year-old as well. # short: Refer Joe; talk to Cassius before naming # why-short: Gives him a say, but the first meeting is about Joe alone]
    ~ cassius_seen_harmed = true
    Ruth drafts the referral about Joe, and only Joe.
    On the following Wednesday you sit with Cassius in Ruth's room and ask him what that night was like for him. He shrugs for a long time. Then he says that one of the men asked how old he was, and he said sixteen, and the man said, "Next time, then."
    Ruth writes a second referral, about Cassius, that afternoon. He asks to read it first, and does. By then the first strategy discussion has already met, about Joe alone.
* [Refer Joe only, and leave Cassius out of the paperwork entirely, so the concern cannot be traced back to him # supports: child-voice # undermines: children-first, curious-informed # why: Cassius asked not to be named, and keeping a source's identity away from anyone who could harm him is a real safeguarding duty. But leaving him out of the record entirely means nobody asks what that night did to a fifteen-year-old, or whether the men have noticed him too. # short: Refer Joe only; leave Cassius out # why-short: Protects him as a source, but nobody asks what it did to him]
    Ruth writes one name. Cassius is the 'friend' in the second paragraph, and nobody asks anything about the friend.
- -> s3_staffroom

=== s3_staffroom ===
You go to the school to understand more about Joe. # scene: staffroom
At break the staffroom is loud with kettles. Mr Hale makes room for you at the end of a table.
"Joe? He's sixteen. Arty type, you know. Late and lippy since last year." # speaker: teacher
"If he's getting money off blokes, well. Maybe he's working out which way he swings. Kids experiment. He can look after himself, that one." # speaker: teacher
Someone at the next table laughs.
* [Let the remark pass, and ask the school's safeguarding lead for Joe's file instead, to see what is on record # supports: curious-informed # undermines: challenge-inequality, child-voice # why: The file may tell you more than the staffroom will. But an unchallenged remark like that shapes how every adult in the room treats Joe tomorrow, and you are reading a year of his life before he knows anyone is worried about him. # short: Let it pass; ask for Joe's school file # why-short: The file tells more, but the remark stands unchallenged]
    ~ records_checked = true
    ~ assault_hint = true
    You find the safeguarding lead. A year ago: Joe reported an incident with two boys from his year, in the park. Two days later: 'Pupil says it was a joke. Horseplay. No further action.' After that, late marks, early departures, and a list of names other pupils called him, several of them homophobic.
* [Agree that at sixteen a lad can look after himself, and ask only about his attendance and punctuality # undermines: children-first, challenge-inequality # why: Going along keeps the peace with staff you need. But it accepts that a sixteen-year-old boy can agree to his own abuse, which he cannot. # short: Agree Joe can look after himself # why-short: Keeps the peace, but accepts a boy can agree to his abuse # differs: Boys are far more often assumed to be able to look after themselves, which is one reason the sexual abuse of boys is recognised so much less often than that of girls.]
    "Sixteen. He's not a kid," you say, and ask about attendance. # speaker: you
    Mr Hale prints you a sheet. It tells you when Joe arrives, but not why.
* [Challenge the remark: men paying a sixteen-year-old for sex are abusing him, whoever he fancies. Ask what changed # supports: challenge-inequality, curious-informed, children-first # undermines: child-voice # why: Naming it in the moment changes how staff see Joe, and turns gossip into a real question. But it also turns a staffroom into a conversation about Joe's sexuality and his history, before Joe knows that anyone is worried about him. # short: Call it abuse; ask what changed for Joe # why-short: Changes how staff see Joe, but airs his life before he knows # differs: Here abuse is being recast as a boy working out his sexuality, which both hides the men and makes being gay sound like the problem.]
    ~ remark_challenged = true
    ~ records_checked = true
    ~ assault_hint = true
    "He's sixteen, which means he's a child, and grown men paying a child for sex are abusing him," you say. "It's got nothing to do with who he fancies. What changed for him last year?" # speaker: you
    He goes red, and looks at his mug. The table next to you has gone quiet.
    "He used to be in the art room every lunchtime. Round about this time last year he stopped. Late, leaving early, run-ins with staff. There was something in Year 10, him and two lads in the park. He told someone, then said it was nothing. The other kids had names for him after that." # speaker: teacher
    "We logged it as horseplay," he says. "I should have looked harder." # speaker: teacher
* [Leave Joe's background to the social care assessment, rather than asking his school about him behind his back today # supports: child-voice # undermines: curious-informed # why: It avoids adults gathering information about Joe before he knows there is a concern. But the school holds a year of small changes that nobody has put together yet, and the remark goes unanswered. # short: Leave his background to the assessment # why-short: Not behind Joe's back, but a year of signs stays unlinked]
    You decide not to go digging before Joe even knows there is a concern. Mr Hale's remark hangs in the air as you leave.
- -> s3_route

=== s3_route ===
Before the referral has gone, DC Priestley rings. # scene: office
"Your lad Joe. Picked up at two this morning in the town centre, drunk, with forty quid in his pocket and no idea how he'd got there. Custody wants to give him a caution for drunk and disorderly and leave it there. Is he one of yours?" # speaker: police-officer
* [Ask the police to hold the caution and question Joe about the forty pounds while he is still in custody # supports: curious-informed # undermines: trauma-informed, children-first # why: He may never be this close to saying where the money came from, and finding the men matters. But questioning a drunk sixteen-year-old in a cell at dawn about what men did to him treats him as a source of evidence first and a child second. # short: Question Joe about the money in custody # why-short: May find the men, but treats him as evidence, not a child # differs: A boy in custody is far more likely to be treated as a suspect to be questioned than as a child to be protected.]
    ~ joe_route = -1
    An officer asks Joe about the money at six in the morning. Joe says he found it. He gets his caution anyway. The sheet says 'drunk and disorderly', and 'uncooperative'.
* [Refer Joe for alcohol and behaviour support, since the drinking is what has brought him to police attention # undermines: children-first, curious-informed # why: The drinking is real, and help with it matters. But it treats what the men are doing to him as a drinking problem, and nobody asks where the money came from. # short: Refer him for alcohol and behaviour help # why-short: Helps the drinking, but the abuse is seen as a drink problem # differs: Boys' exploitation is often logged as drinking, anger or behaviour; a referral like this makes that the whole story.]
    ~ joe_route = -2
    The referral goes to the young people's substance service, which is good, and patient, and asks Joe about units.
* [Refer Joe to children's social care as a child being sexually exploited, and ask for a service that works with boys # supports: children-first, curious-informed, challenge-inequality # why: It puts him on the route a girl in his place would be on, protection first, and a service used to working with boys is more likely to reach him. It means arguing a caution away, and nobody yet knows who the men are. # short: Child protection referral; boys' service # why-short: Protection first, but a caution to fight and the men unknown # differs: Boys like Joe are far more often referred by the police, and treated as a public order problem, than referred to social care as victims; this puts him through the right door.]
    ~ joe_route = 1
    "He's sixteen, he's drunk at two in the morning with cash he can't explain, and we've got a report of men paying him for sex," you say. "He's not a caution. He's a child protection referral." # speaker: you
    DC Priestley agrees. The referral goes to social care that afternoon, with a request for the boys' service at the children's charity across the city.
* [Leave it with the police for now, since they have him in custody and their process is already running # undermines: children-first, challenge-inequality # why: The police have him, and their process is already running. But a caution for being drunk treats the sign of abuse as the offence, and puts a sixteen-year-old boy on a criminal record instead of a plan. # short: Leave it with the police for now # why-short: Their process runs, but he gets a record, not a plan # differs: This is the road many exploited boys go down: into the system as offenders, with the abuse never named.]
    ~ joe_route = -1
    Joe gets his caution. The sheet says 'drunk and disorderly'. Nobody writes down the forty pounds.
- -> s3_referral

=== s3_referral ===
{ joe_route == 1:
    Within two days there is a strategy discussion. # scene: office
- else:
    In the end the report from Cassius goes to social care as well, and within a week there is a strategy discussion. # scene: office
}
The police will look at the pub by the bus station and the men outside it. Social care will assess. Nobody yet knows who the men are, or how long this has been going on.
Nadia rings you afterwards.
"Gavin from the duty team will do the home visit on Thursday. I'd like you there too." # speaker: social-worker
"The question is Joe. As things stand, he doesn't know any of this." # speaker: social-worker
* [Ask the duty team to phone Joe's mum first, so that she has time to prepare before the visit # supports: parents-as-partners # undermines: child-voice # why: Warning his mum is considerate to a worried family. But it means his mum, and her partner, hear about Joe's sexual abuse before he knows anyone has been told. # short: Phone Joe's mum before the visit # why-short: Kind to his mum, but she and Lee know before Joe does # key-decision]
    ~ mum_forewarned = true
    Gavin phones Joe's mum on Wednesday evening and, when she presses him, tells her why. By the time Joe gets home, she and Lee are both waiting in the hall.
* [Leave telling Joe and his family to the duty social worker, who will explain it all at the visit # undermines: child-voice, trauma-informed # why: It is quick and it follows the usual process. But Joe learns that the most private parts of his life are being discussed at the same moment as his mum and her partner do. # short: Let the duty social worker tell them # why-short: Quick and usual, but Joe hears it alongside his mum and Lee]
    "Gavin can explain it all when he's there," you say. # speaker: you
* [Tell Joe yourself, in school, before anyone visits, and let him choose who is there when his mum hears # supports: child-voice, trauma-informed, parents-as-partners # undermines: safer-spaces # why: Joe keeps some control over the most exposing conversation of his year. But he will know before the police have looked at the pub, and a boy who does not believe he is being harmed may warn the men. # short: Tell Joe first, in school; he chooses # why-short: Gives Joe some control, but he may warn the men]
    ~ jo_told = true
    ~ trust_jo += 1
    ~ nan_involved = true
    You see Joe on Wednesday in a side room off the art corridor. He has paint on his knuckles. You tell him, without naming anyone, that adults are worried about men giving him money and drink for sex, that it has been passed to social care, and that someone will visit his home tomorrow.
    "You're having a laugh," he says, and then swears at you for a good while. You let him.
    "If you're coming to mine, I want my nan there. And you do the talking. And nobody says the word gay in front of Lee. Nobody."
    You promise him all three.
* [Ask the strategy discussion to decide when Joe is told, so that the police can watch the pub before he knows # supports: curious-informed, safer-spaces # undermines: child-voice, trauma-informed # why: Letting the police see the men before anyone can warn them may be the best chance of finding out who they are. But it means Joe walks into his own front room on Thursday and meets the news there, with his mum and Lee, and no say in any of it. # short: Police watch the pub before Joe is told # why-short: May find the men, but Joe hears at home with no say]
    ~ pub_watched = true
    Nadia takes it back to the strategy discussion. The police will watch the pub on Friday. Joe will be told at the visit, by Gavin and you, with his mum and Lee in the room.
- -> stage_4_child_voice
