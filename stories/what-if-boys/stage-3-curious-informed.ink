// What if: Cassius and Joe are boys. Stage 3: Be curious, evidence-informed and knowledgeable.
// Cassius's worry about Joe; a staffroom that reads the abuse of a boy as "experimenting"; which door the
// referral goes through; and whether Joe hears about it first.

=== stage_3_curious_informed ===
Half-term is a week away, and Cassius has been seeing Ruth every Wednesday. # stage: curious-informed # scene: office
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
    "Joe just went up to one of them. Said he'd do, like, stuff. For a tenner. And the bloke said yes, and Joe came back with the money, and we got cider."
    "Then it was late and we had no way home, so he went off with another one, older, and came back with the taxi money. He told me in the taxi what he'd done for it."
    "I asked him what was going on. He laughed. He said they're the mugs, paying for it."
    "Don't tell anyone. If people hear about it, they'll say he's gay. He'd rather die."
    { trust_cassie >= 2:
        Cassius picks at the corner of the notebook. "I still got in the taxi, though."
    }
* [Read a short summary instead # aside]
    Cassius says that last Friday, outside a pub, two men gave Joe money for sexual acts: the first paid for the cider they drank, the second for the taxi home. When he asked Joe what was going on, Joe laughed and said the men were the fools for paying. Cassius is frightened that if anyone finds out, people will say Joe is gay, and says Joe would rather die.
- Whatever Joe calls it, you know what you have just heard: grown men paying a sixteen-year-old boy for sex. That is abuse, and it is a crime, and the people who committed it are the men.
And you know what is keeping it quiet: a boy's fear of what people will call him.
* [Thank Cassius, tell him honestly that this must be passed on to keep Joe safe, and that his name will be kept out of it as far as possible # supports: children-first, child-voice, trauma-informed # why: Honesty now protects Cassius's trust later, and keeping him out of it matters because he could be blamed. You cannot promise that Joe will never guess.]
    ~ trust_cassie += 1
    ~ cassie_told = true
    { trust_cassie >= 3:
        "Thank you. That was brave, and you were right to tell us," you say. "I can't keep this to myself, because Joe could be really hurt. What I can do is tell you exactly what happens next, and do everything I can so nobody hears it came from you." # speaker: you
    - else:
        You tell Ruth to see him tomorrow and say exactly that: that it has to be passed on, what happens next, and that everything will be done to keep his name out of it.
    }
    "He'll know, though. I was the only one there," Cassius says.
* [Promise Cassius that this stays between you # supports: strengths-relationships # undermines: children-first, child-voice # why: It keeps Cassius talking today and feels loyal to him. But it is a promise you will have to break, and Joe stays unprotected until you do.]
    ~ promise_broken = true
    "This stays between us," you hear yourself say. # speaker: you
    You both know, even before he has gone, that it isn't true.
* [Ask Cassius whether he could find out a bit more from Joe and let you know # undermines: children-first, safer-spaces # why: Cassius is the person closest to Joe, which makes this tempting. It turns a fifteen-year-old into an investigator and places him between his friend and the men who are harming him.]
    ~ cassie_go_between = true
    ~ cassie_protected = false
    "Could he find out a bit more? Who the men are, how often?" you ask.
    Cassius nods, because you are the adult. He looks as if he has been handed something heavy and told not to drop it.
* [Reassure Cassius that it is probably just Joe messing about and working things out, and see whether anything else comes up # undermines: children-first, curious-informed # why: It calms a worried friend and avoids making a drama out of a sixteen-year-old's private life. But it reads men paying a child for sex as a boy experimenting, which is exactly how the sexual abuse of boys goes unseen. # differs: Girls' accounts like this usually trigger a referral; with a boy the pull is to hear 'messing about' or 'working out his sexuality', and to wait.]
    "Lads his age mess about. He's probably working some things out," you say. "Let's see if anything else comes up." # speaker: you
    A week goes by. On the Friday, Joe is seen outside the same pub. On Monday Ruth rings again, and this time you both know it cannot wait.
- -> s3_staffroom

=== s3_staffroom ===
You go to the school to understand more about Joe. # scene: staffroom
At break the staffroom is loud with kettles. Mr Hale makes room for you at the end of a table.
"Joe? He's sixteen. Arty type, you know. Late and lippy since last year." # speaker: teacher
"If he's getting money off blokes, well. Maybe he's working out which way he swings. Kids experiment. He can look after himself, that one." # speaker: teacher
Someone at the next table laughs.
* [Challenge the remark calmly: men paying a sixteen-year-old boy for sex are abusing him, whoever he fancies, and ask what changed for Joe last year # supports: challenge-inequality, curious-informed, children-first # why: Naming it in the moment changes how staff see Joe, and turns gossip into a real question. Your colleague may feel shown up in front of others. # differs: Here abuse is being recast as a boy working out his sexuality, which both hides the men and makes being gay sound like the problem.]
    ~ remark_challenged = true
    ~ records_checked = true
    ~ assault_hint = true
    "He's sixteen, which means he's a child, and grown men paying a child for sex are abusing him," you say, quietly enough that only he hears. "It's got nothing to do with who he fancies. What changed for him last year?" # speaker: you
    He goes red, and looks at his mug.
    "He used to be in the art room every lunchtime. Round about this time last year he stopped. Late, leaving early, run-ins with staff. There was something in Year 10, him and two lads in the park. He told someone, then said it was nothing. The other kids had names for him after that." # speaker: teacher
    "We logged it as horseplay," he says. "I should have looked harder." # speaker: teacher
* [Let the remark pass and ask the safeguarding lead for Joe's file instead # supports: curious-informed # undermines: challenge-inequality # why: The file may tell you more than the staffroom will. But an unchallenged remark like that shapes how every adult in the room treats Joe tomorrow.]
    ~ records_checked = true
    ~ assault_hint = true
    You find the safeguarding lead. A year ago: Joe reported an incident with two boys from his year, in the park. Two days later: 'Pupil says it was a joke. Horseplay. No further action.' After that, late marks, early departures, and a list of names other pupils called him, several of them homophobic.
* [Agree that at sixteen a lad can look after himself, and ask only about his attendance # undermines: children-first, challenge-inequality # why: Going along keeps the peace with staff you need. But it accepts that a sixteen-year-old boy can agree to his own abuse, which he cannot. # differs: Boys are far more often assumed to be able to look after themselves, which is one reason the sexual abuse of boys is recognised so much less often than that of girls.]
    "Sixteen. He's not a kid," you say, and ask about attendance. # speaker: you
    Mr Hale prints you a sheet. It tells you when Joe arrives, but not why.
* [Leave Joe's background to the social care assessment rather than asking school # undermines: curious-informed # supports: child-voice # why: It avoids adults gathering information about Joe behind his back. But the school holds a year of small changes that nobody has put together yet.]
    You decide not to go digging before Joe even knows there is a concern. Mr Hale's remark hangs in the air as you leave.
- -> s3_route

=== s3_route ===
Before you have written a word, DC Priestley rings. # scene: office
"Your lad Joe. Picked up at two this morning in the town centre, drunk, with forty quid in his pocket and no idea how he'd got there. Custody wants to give him a caution for drunk and disorderly and leave it there. Is he one of yours?" # speaker: police-officer
* [Refer Joe to children's social care as a child being sexually exploited, and ask for a specialist service that works with boys # supports: children-first, curious-informed # why: It puts him on the route a girl in his place would be on, protection first, and a service used to working with boys is more likely to reach him. It means arguing a caution away, and nobody yet knows who the men are. # differs: Boys like Joe are far more often referred by the police and treated as a public order problem than referred to social care as victims; this puts him through the right door.]
    ~ joe_route = 1
    "He's sixteen, he's drunk at two in the morning with cash he can't explain, and we've got a report of men paying him for sex," you say. "He's not a caution. He's a child protection referral." # speaker: you
    DC Priestley agrees. The referral goes to social care that afternoon, with a request for the boys' service at the children's charity across the city.
* [Leave it with the police for now, since they have already picked him up # undermines: children-first, challenge-inequality # why: The police have him, and their process is already running. But a caution for being drunk treats the sign of abuse as the offence, and puts a sixteen-year-old boy on a criminal record instead of a plan. # differs: This is the road most exploited boys go down: into the system as offenders, with the abuse never named.]
    ~ joe_route = -1
    Joe gets his caution. The sheet says 'drunk and disorderly'. Nobody writes down the forty pounds.
* [Refer Joe for alcohol and behaviour support only # undermines: children-first, curious-informed # why: The drinking is real, and help with it matters. But it treats what the men are doing to him as a drinking problem, and nobody asks where the money came from. # differs: Boys' exploitation is often logged as drinking, anger or behaviour; a referral like this makes that the whole story.]
    ~ joe_route = -2
    The referral goes to the young people's substance service, which is good, and patient, and asks Joe about units.
- -> s3_referral

=== s3_referral ===
{ joe_route == 1:
    Within two days there is a strategy discussion. # scene: office
- else:
    In the end the report from Cassius goes to social care as well, and within a week there is a strategy discussion. # scene: office
}
Nadia rings you afterwards.
"Gavin from the duty team will do the home visit on Thursday. I'd like you there too." # speaker: social-worker
"The question is Joe. As things stand, he doesn't know any of this." # speaker: social-worker
* [Tell Joe yourself, in school, before anyone visits his home, and let him choose who is there when his mum hears # supports: child-voice, trauma-informed, parents-as-partners # why: Joe keeps some control over the most exposing conversation of his year. There is a small risk he goes quiet or warns the men, so you plan what to do if he does.]
    ~ jo_told = true
    ~ trust_jo += 1
    ~ nan_involved = true
    You see Joe on Wednesday in a side room off the art corridor. He has paint on his knuckles. You tell him, without naming anyone, that adults are worried about men giving him money and drink for sex, that it has been passed to social care, and that someone will visit his home tomorrow.
    "You're having a laugh," he says, and then swears at you for a good while. You let him.
    "If you're coming to mine, I want my nan there. And you do the talking. And nobody says the word gay in front of Lee. Nobody."
    You promise him all three.
* [Leave telling Joe and his family to the duty social worker when he visits # undermines: child-voice, trauma-informed # why: It is quick and it follows the usual process. But Joe learns that the most private parts of his life are being discussed at the same moment as his mum and her partner do.]
    "Gavin can explain it all when he's there," you say. # speaker: you
* [Ask the duty team to phone Joe's mum first, so she can prepare before the visit # supports: parents-as-partners # undermines: child-voice # why: Warning his mum is considerate to a worried family. But it means his mum, and her partner, hear about Joe's sexual abuse before he knows anyone has been told.]
    ~ mum_forewarned = true
    Gavin phones Joe's mum on Wednesday evening and, when she presses him, tells her why. By the time Joe gets home, she and Lee are both waiting in the hall.
- -> stage_4_child_voice
