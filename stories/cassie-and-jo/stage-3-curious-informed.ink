// Stage 3: Be curious, evidence-informed and knowledgeable.
// Cassie's worry about Jo, how it reaches you, what you find out, and how Jo is (or is not) told.
// The staffroom and the referral are in stage-3-staffroom.ink and stage-3-referral.ink.

=== stage_3_curious_informed ===
It is February, the last stretch before half-term, and Cassie has been seeing Ruth every Wednesday. # stage: curious-informed # scene: office
{ cassie_school == -1:
    After the move, the counselling was the one thing her old school agreed to keep going, in Ruth's room after the last bell. Cassie has not missed a session. It is, Ruth says, the only time she still sees the old building.
}
{ trust_cassie >= 2: -> s3_cassie_tells_you | -> s3_ruth_relays }

=== s3_cassie_tells_you ===
On Wednesday afternoon Ruth rings. Cassie has asked whether you could come in at the end of her session. She wants to tell you both something. # scene: counsellor-room
When you arrive Cassie is sitting with the diary closed on her knee, both hands on it now.
"It's about Jo," she says. "She's my best mate. She's sixteen. I don't want to get her in trouble." # speaker: cassie # expression: worried
"Nobody here is going to get Jo in trouble," says Ruth. # speaker: counsellor
Content note: in what follows Cassie describes adults paying her sixteen-year-old friend for sexual acts. It is told, not shown.
* [Read what Cassie said # aside]
    "Last Friday we went out. We had no money. There's a pub by the bus station, and there were men outside smoking." # speaker: cassie
    "Jo just walked up to one of them. She said she'd do, like, oral. For a tenner. And he said yes, and she came back with the money, and we got cider from the shop on the corner." # speaker: cassie
    "Then it was late and we had no way home. So she went up to another one, older, and went off with him for a bit. When she came back she had the money for a taxi. She told me in the taxi that she'd had sex with him." # speaker: cassie
    "I asked her what was going on with her. She just laughed. She said they're the idiots, paying for it." # speaker: cassie
    Cassie picks at the corner of the diary.
    "I still got in the taxi, though. I drank the cider." # speaker: cassie
* [Read a short summary instead # aside # summary-choice]
    Cassie tells you that last Friday, outside a pub, two men gave Jo money for sexual acts: the first paid the cash the girls spent on cider, the second the taxi fare home. When Cassie asked what was going on, Jo laughed and said the men were the fools for paying. Cassie feels guilty that she drank the cider and shared the taxi.
- Ruth has put her pen down. Nobody says anything for a moment.
Cassie is watching your face to see what she has done.
"Will she know it was me?" # speaker: cassie # expression: worried
* [Ask Cassie to go over it again, slowly, so that you can write down exactly what happened # supports: curious-informed # undermines: trauma-informed # why: Accurate notes matter for the referral. But making her repeat it turns a worried friend's disclosure into an interview; her own words, written up straight afterwards, are usually enough. # short: Ask her to go over it again, slowly # why-short: Accurate notes, but her disclosure becomes an interview]
    ~ cassie_told = true
    You ask her to start again from the beginning, and take her through it: the time, the pub, what each man looked like. She answers everything. By the end she is speaking very flatly, like someone reading out a statement.
    "Can I go now?" # speaker: cassie
* [Thank her, tell her this must be passed on, and say you'll keep her name out as far as you can # supports: children-first, child-voice, trauma-informed # why: Honesty now protects Cassie's trust later, and keeping her out of it matters because she could be blamed. You cannot promise that Jo will never guess, and you do not pretend to. # short: Thank her; pass it on, keep her name out # why-short: Honest and keeps her out, but Jo may still guess]
    ~ trust_cassie += 1
    ~ cassie_told = true
    "Thank you. You were right to tell us," you say. "I can't keep this to myself, because Jo could be really hurt. What I can do is tell you exactly what happens next, and do everything I can so that nobody hears it came from you." # speaker: you
    "She'll know, though. I was the only one there." # speaker: cassie # expression: worried
    "She might guess. If she does, the decision to act was ours, not yours. I'll say that to anyone who asks." # speaker: you
    Cassie breathes out, slowly, as if she has been holding it since Friday.
* [Promise Cassie that what she has told you stays between the three of you, so that she keeps talking # supports: strengths-relationships # undermines: children-first, child-voice # why: It keeps Cassie talking today and feels loyal to her. But it is a promise you will have to break, and Jo stays unprotected until you do. # short: Promise Cassie it stays in this room # why-short: Keeps her talking, but you must break it; Jo stays at risk]
    ~ promise_broken = true
    "This stays in this room," you hear yourself say. # speaker: you
    Ruth looks at you sharply. Cassie's face floods with relief, and you both know, even before she has left, that it isn't true.
* [Ask Cassie whether she could find out a bit more from Jo, who the men are and how often, and tell you # undermines: children-first, safer-spaces # why: Cassie is the person closest to Jo, which makes this tempting. It turns a fifteen-year-old into an investigator and places her between her friend and the men who are harming her. # short: Ask Cassie to find out more from Jo # why-short: Cassie is closest, but it puts her between Jo and the men]
    ~ cassie_go_between = true
    ~ cassie_protected = false
    "Could you find out a bit more? Who the men are, how often it happens?" # speaker: you
    "Like, spy on her?" # speaker: cassie
    "Just keep your ears open." # speaker: you
    She nods, because you are the adult. On the way out she looks as if she has been handed something heavy and told not to drop it.
- -> s3_who_harmed

=== s3_ruth_relays ===
On Wednesday evening Ruth phones you from her car. # scene: office
"Cassie told me something today about her friend Jo. I've got to pass it on, I know that. But she made me swear not to say it came from her, and I want to get this right." # speaker: counsellor
Content note: in what follows Ruth passes on Cassie's account of adults paying her sixteen-year-old friend for sexual acts. It is told, not shown.
* [Read what Ruth said # aside]
    "Last Friday the two of them were out with no money. Outside the pub by the bus station, a man paid Jo ten pounds for oral sex. They spent it on cider." # speaker: counsellor
    "Later they couldn't get home, and another man, older, took Jo off somewhere and gave her the taxi fare. She told Cassie in the taxi that he'd had sex with her." # speaker: counsellor
    "When Cassie asked her what on earth was going on, Jo laughed and said the men were the mugs for paying. Cassie's in bits about it. She keeps saying she drank the cider and got in the taxi, as if that makes it her fault." # speaker: counsellor
* [Read a short summary instead # aside # summary-choice]
    Ruth tells you that, according to Cassie, two men outside a pub last Friday gave Jo money for sexual acts: one paid the cash the girls spent on cider, the other the taxi fare home. Jo laughed it off when Cassie asked. Cassie feels guilty for drinking the cider and sharing the taxi.
- Ruth stops. You can hear her indicator ticking; she has pulled over somewhere.
"So what do I say to Cassie?" Ruth asks. # speaker: counsellor
* [Suggest Ruth asks Cassie to find out a bit more from Jo, names and places, before the referral goes in # undermines: children-first, safer-spaces # why: More detail would make the referral stronger, and Cassie is closest to Jo. But it makes a fifteen-year-old an investigator and puts her between her friend and the men who are harming her. # short: Ask Ruth to get Cassie to find out more # why-short: Stronger referral, but Cassie is put between Jo and the men]
    ~ cassie_go_between = true
    ~ cassie_protected = false
    "Could Cassie find out a bit more first? Names, how often?" # speaker: you
    "I can ask," says Ruth, doubtfully. # speaker: counsellor
    She does. Cassie starts asking Jo questions. Jo, who misses very little, starts wondering why.
* [Advise Ruth to make the referral today, and to tell Cassie tomorrow that it has been shared # supports: children-first, child-voice, trauma-informed # undermines: strengths-relationships # why: The referral does not wait, and Cassie hears the truth from the adult she chose to tell. But Ruth swore she would not say it came from her, and now has to tell her that social care will know; some of what Cassie feels about Ruth may not come back. # short: Refer today; Ruth tells Cassie tomorrow # why-short: No delay, Ruth tells her, but Ruth swore; trust may suffer]
    ~ trust_cassie += 1
    ~ cassie_told = true
    "Make the referral tonight. Then tell her tomorrow, before anything happens," you say. "Tell her you couldn't keep it secret because Jo could be really hurt, and that we'll do everything we can so it doesn't come back to her. And tell her what happens next." # speaker: you
    Ruth does. Cassie cries, Ruth reports, and asks whether Jo will hate her. Then she says, "You swore." She comes the next Wednesday all the same, but she sits in the chair nearest the door.
* [Tell Ruth to make the referral and leave Cassie out of it, since she has enough on her plate # undermines: child-voice, trauma-informed # why: It feels like it protects Cassie, and it is how many referrals are made. But she will find out what happened from Jo's anger, not from the adults she trusted. # short: Make the referral; don't tell Cassie # why-short: Feels protective, but she learns of it from Jo's anger]
    "Make the referral. Leave Cassie out of it, she's got enough on her plate." # speaker: you
    Ruth does exactly that. Cassie goes home thinking that nothing will happen, because nobody tells her that something will.
* [Suggest waiting to see whether anything in school backs up Cassie's account before it is referred # undermines: children-first, curious-informed # why: It can feel fairer not to act on a friend's account alone. But the threshold for a safeguarding referral is reasonable cause to suspect harm, not proof, and Jo is at risk now. # short: Wait for school to back up her account # why-short: Feels fairer, but referral needs no proof; Jo is at risk now]
    "Let's not jump. Can we see whether there's anything in school that backs it up?" # speaker: you
    Two days go by. Jo is late both mornings. On the Friday night she is seen outside the same pub. Ruth rings you that evening, and this time you both know it cannot wait.
- -> s3_who_harmed

=== s3_who_harmed ===
{ s3_ruth_relays:
    But first, that same night, there is the referral form. # scene: office
    Ruth is on speaker, reading from her notes. It is her referral; she has asked you to help her get it right.
- else:
    That evening the referral form is open on your screen. # scene: office
}
The form wants a name in the box for the child of concern, a description of the concern, and who is believed to be responsible. It has one box for the name.
{ s3_cassie_tells_you:
    Cassie's last words in Ruth's room keep coming back to you. I still got in the taxi, though. I drank the cider.
- else:
    Ruth's words keep coming back to you. She keeps saying she drank the cider and got in the taxi, as if that makes it her fault.
}
* [Describe Friday as both girls drinking and taking risks, and ask the school for a session on staying safe # undermines: children-first, curious-informed # why: It is the language of many referral forms, and a safety session is meant well. But it turns men paying a sixteen-year-old for sex into two girls' risk-taking, it asks nothing about who the men are, and it tells Cassie her guilt is right. # short: Call it risk-taking; book a safety talk # why-short: Familiar wording, but the men's abuse becomes girls' risk # key-decision]
    ~ who_harmed = -1
    You write that the girls had been drinking and were out late, and that both would benefit from input on alcohol and personal safety. The men get one line near the bottom. It reads like a hundred other forms.
* [Put the men, the pub and the shop that sold them cider at the centre, for the police to act on # supports: safer-spaces, curious-informed # undermines: children-first # why: It puts responsibility where it belongs, with the men, and with a shop that sold alcohol to children, which is an offence. But a form about places and offenders leaves two girls as witnesses, and Cassie's own needs go unrecorded. # short: Centre the men, the pub and the shop # why-short: Responsibility on the men, but Cassie's needs go unrecorded]
    ~ who_harmed = 3
    Under 'responsible' you write: adult men outside the pub by the bus station, paying a sixteen-year-old for sex. Then the pub, the times, and the shop on the corner that sold cider to two girls who were plainly under eighteen. The box for Cassie stays empty.
* [Refer Jo alone, and keep Cassie off the form entirely, so that nothing on paper can point back to her # supports: trauma-informed # undermines: children-first, curious-informed # why: Keeping her off the form protects the friend who spoke up. But Cassie is fifteen: the cider was bought with money men paid her friend, and she was sent home in a taxi paid for the same way. She was harmed that night too, and she is carrying guilt that belongs to the men. # short: Refer Jo alone; keep Cassie off the form # why-short: Shields Cassie, but her own harm that night goes unrecorded]
    ~ who_harmed = 1
    You write Jo's name, and 'information from a peer'. Cassie is nowhere on the form. It feels like keeping a promise.
* [Name both girls as children harmed that night: Jo, and Cassie, fifteen, given the cider and taxi # supports: children-first, curious-informed # undermines: child-voice # why: Men paying a sixteen-year-old for sex are abusing her and committing a crime, and a fifteen-year-old was drawn in on the same night; the guilt Cassie feels belongs to them. But she asked to be kept out of this, and naming her means social care will contact her parents. # short: Name both girls as harmed that night # why-short: Both girls' harm recorded, but Cassie asked to be kept out]
    ~ who_harmed = 2
    You use the box for Jo and the notes for Cassie: fifteen, given alcohol bought with money men paid her friend, sent home in a taxi paid for the same way, and blaming herself for both. Under 'responsible' you write: the adult men outside the pub.
    { s3_ruth_relays:
        "Her mum and dad will get a call, then," says Ruth. "She'll hate that." # speaker: counsellor
    - else:
        You think of Cassie's hand flat on her diary, and of the call her mum and dad will now get.
    }
- -> s3_staffroom
