// What if: Jo is gay. Stage 3, continued.
// Replaces the main story's s3_staffroom: Cassie has said one more thing about Jo, and the staffroom remark
// comes with a homophobic rumour attached. Adds s3_jo_private: what, if anything, the referral says about it.
// Then on to the shared s3_referral.

=== s3_staffroom ===
There was one more thing. # scene: office
{ s3_cassie_tells_you:
    At the door of Ruth's room, with her hand already on the handle, Cassie had turned back.
    "And she's not even into men. She's gay. She's only told me and her nan." # speaker: cassie
    "Don't put that in anything. Please." # speaker: cassie
- else:
    Before she rang off, Ruth had added something Cassie said at the very end of the session, on her way out of the door.
    "Jo's gay, apparently. She's told Cassie and her nan, and nobody else. Cassie begged me not to write it down anywhere, and I haven't." # speaker: counsellor
}
You think about that all the way to the school.
You go to the school to understand more about Jo. # scene: staffroom
{ knows_friends:
    You have heard her name before, from Mr Hale, the day you met Cassie: thick as thieves, a worry of her own this last year.
}
At break the staffroom is loud with kettles. Mr Hale makes room for you at the end of a table.
"Jo? Look, between us, she's not the innocent in all this. She's sixteen. She's been late and lippy since last year, and from what I hear she knows exactly what she's doing with those men." # speaker: teacher
"Funny thing is, in Year 10 half her year had her down as a lesbian. Shows what they know." # speaker: teacher
Someone at the next table laughs.
* [Agree that it is complicated at sixteen, and ask only about Jo's attendance and late marks # undermines: children-first, challenge-inequality # why: Going along keeps the peace with staff you need on side. But it accepts the idea that a sixteen-year-old can agree to her own exploitation: paying anyone under eighteen for sex is a crime whatever she says. And it lets a joke about a pupil being gay pass in front of the staff who laughed. # short: Agree it's complicated; check attendance # why-short: Keeps the peace, but lets blame and a gay joke stand]
    "I know. Sixteen's a grey area," you say, and ask about attendance. # speaker: you
    Mr Hale prints you a sheet. Late marks, most of them this year. It tells you when Jo arrives, but not why.
* [Challenge both remarks there at the table, without a word about who Jo is, and ask what changed # supports: challenge-inequality, curious-informed # undermines: child-voice # why: Naming the victim-blaming and the homophobic joke in front of the staff who laughed changes the room, and turns gossip into a real question. But you say out loud, to a table of people, what is happening to Jo, and defending her against a joke about being gay, in front of the people who made it, can keep their guess alive. # short: Challenge both remarks at the table # why-short: Changes the room, but may keep their guess about Jo alive # differs: Here the remark comes with a homophobic rumour, and challenging it must not give away what Cassie told you.]
    ~ remark_challenged = true
    ~ records_checked = true
    ~ assault_hint = true
    "She's sixteen, which means she's a child, and grown men paying a child for sex are abusing her," you say. "'Knows what she's doing' is exactly what they'd want us to think. And who any kid in this building does or doesn't fancy isn't a punchline, whoever's listening. What changed for her last year?" # speaker: you
    The next table has stopped laughing. It has also, you realise, heard every word, and one of them is looking at you as if you have confirmed something.
    Mr Hale goes red, and for a second you think he will argue. Then he looks at his mug.
    "She used to be in the art room every lunchtime. Round about this time last year she stopped. Started coming in late, leaving early, a few run-ins with staff, which was never her." # speaker: teacher
    "There was a rumour in Year 10, something about her and two lads in the park. She told someone, then said she'd made it up. The kids called her names after that. 'Tease' was one. The rest were about her being, you know. That way. I heard some of them in my own corridor." # speaker: teacher
    "I should have done something about that," he says. # speaker: teacher
* [Let the remarks pass, and ask the safeguarding lead for Jo's file, which may say more than gossip # supports: curious-informed # undermines: challenge-inequality # why: The file may tell you more than the staffroom will. But unchallenged remarks like those shape how every adult in the room treats Jo tomorrow, and tell any pupil who might be gay what the staff find funny. # short: Let it pass; ask for Jo's file # why-short: More from the file, but the remarks go unchallenged]
    ~ records_checked = true
    ~ assault_hint = true
    You let it go and find the safeguarding lead. Jo's file is thin. A year ago: a report from Jo about an incident with two boys from her year, in the park. Two days later, a note: 'Pupil has withdrawn her account. No further action.' After that, late marks, early departures, three behaviour incidents, none before.
    Under 'peer issues' someone has written down the names other pupils called her that spring. Several of them are homophobic. Nobody seems to have done anything about them, either.
* [Ask Mr Hale for a word in his office, and challenge both remarks there, away from the others # supports: challenge-inequality, curious-informed # undermines: safer-spaces # why: A private challenge keeps Jo's business, and any guess about her, out of the staffroom, and lets Mr Hale listen without losing face. But the staff who laughed hear nothing, and a staffroom where a joke about a pupil being gay went unanswered is part of the place Jo, and every gay pupil, spends the day. # short: Take Mr Hale aside and challenge him # why-short: Jo stays out of the gossip, but the others hear nothing # differs: Here challenging in private also keeps the rumour about Jo's sexuality from being talked over again in front of the staff.]
    ~ remark_challenged = true
    ~ records_checked = true
    ~ assault_hint = true
    In his office, with the door shut, you tell him: she's sixteen, which means she's a child, and grown men paying a child for sex are abusing her. Who she does or doesn't fancy has nothing to do with it, and it isn't a joke, either. Then you ask what changed for Jo last year.
    He is quiet for a while. "She used to be in the art room every lunchtime. Round about this time last year she stopped. Late, leaving early, run-ins with staff, which was never her." # speaker: teacher
    "There was a rumour in Year 10, something about her and two lads in the park. She told someone, then said she'd made it up. The kids called her names after that. 'Tease' was one. The rest were about her being, you know. That way." # speaker: teacher
    When you walk back past the staffroom, the table by the kettle is laughing about something else.
* [Tell him that Jo is in fact gay, so that he can see how wrong his picture of her is # undermines: child-voice, trauma-informed, children-first # why: It is meant to knock down the idea that she is enjoying herself with those men, and it does. But it tells a staffroom something Jo has told two people in the world, and it is not yours to tell. # short: Tell Mr Hale that Jo is in fact gay # why-short: Corrects his picture, but outs Jo; it is not yours to tell # differs: In the main story there is nothing of this kind to give away; here correcting a stereotype with what Cassie told you outs Jo to her teachers.]
    ~ jo_outed = true
    ~ records_checked = true
    ~ assault_hint = true
    "Actually, she is gay," you say. "So if you think she's doing this for fun, think again." # speaker: you
    Mr Hale blinks. "Oh. Right. I didn't know." # speaker: teacher
    At the next table, somebody has stopped laughing and started listening.
    He tells you about the change in her last year: the art room she stopped going to, the lateness, a rumour in Year 10 about Jo and two lads in the park, the names she was called after it. You write it all down. You are still thinking about the next table.
- -> s3_jo_private

=== s3_jo_private ===
Back at the office, before the referral goes, you open the form again. # scene: office
Near the end of it there is a box headed 'Any other relevant information'. The cursor blinks in it.
{ jo_outed:
    Mr Hale knows now, because you told him, and so, probably, does whoever was at the next table.
}
The referral will be read by a duty social worker, a team manager, the police, the school's safeguarding lead, and perhaps a dozen people after them. Jo has told two.
* [Put it in the box, since anything about her life might turn out to matter to her safety # supports: curious-informed # undermines: child-voice, trauma-informed # why: Professionals are taught that information held back can cost a child dearly, and the instinct is not wrong. But this form will be read aloud, copied and passed on, and Jo has chosen who knows this about her. # short: Put it in the box, in case it matters # why-short: Nothing held back, but Jo loses say over who knows # differs: Here 'anything might be relevant' means a referral that outs Jo to everyone who reads it, and in time to her family.]
    ~ jo_sexuality_recorded = 2
    You type it in one line: 'Friend reports that Jo identifies as gay.' It looks very small in the box. It will not stay small.
* [Leave it out, and keep what Cassie said out of your own notes too, so that it exists nowhere # supports: child-voice # undermines: curious-informed # why: It protects Jo's privacy completely. But if someone uses it against her later, nobody on the team will know to look for it, and a decision not to share is itself something you are meant to record. # short: Leave it out, and out of your notes too # why-short: Full privacy, but no record of it or of your decision # differs: Here the choice is between Jo's privacy and a record of what you know; in the main story there is no secret of this kind to keep.]
    ~ jo_sexuality_recorded = 0
    You start a line, delete it, and write nothing anywhere. Cassie, Ruth, Jo's nan and you know. You tell yourself that is the end of it.
* [Keep it out of the referral, and make a private note of what you know and why # supports: child-voice, children-first, trauma-informed # undermines: curious-informed # why: It is not needed to protect Jo from the men, and it is hers to tell; a note of what you know and why you held it back means the decision can be explained, and looked at again if it ever matters for her safety. But the team planning for Jo will not know something that may shape the risk to her, and some of them will go on assuming things about her that are not true. # short: Leave it out; keep a private note of why # why-short: Hers to tell and recorded, but the team plans without it # differs: In the main story there is nothing like this to decide; here a referral form could out a sixteen-year-old to a dozen adults.]
    ~ jo_sexuality_recorded = 1
    You write the referral about the men, the pub, the money and the drink. In your own case notes, which only you and your manager can open, you write one line: 'Personal information given in confidence by a friend. Not relevant to the risk as it stands; not shared. Ask Jo how she wants it handled.'
* [Write in the box that Jo's sexuality may be part of the reason this is happening to her # undermines: challenge-inequality, children-first, child-voice # why: Some forms still invite lines like this, and it can feel like analysis. It makes who Jo is into a cause of the harm, when the cause is men who pay children for sex, and it tells every reader that she is gay. # short: Write that her sexuality may be a cause # why-short: Feels like analysis, but blames who she is and outs her # differs: Here the temptation is to explain the abuse by Jo's sexuality, which blames her for it and outs her in the same sentence.]
    ~ jo_sexuality_recorded = 2
    You write it, and read it back. It sounds like a reason. It is not one. You send it anyway, because it is late and the form is done.
- -> s3_referral
