// What if: Cassius and Joe are boys. Stage 7: Recognise and respond to trauma.
// The threat behind Cassius's drug holding, with a knife in it; Joe's assault a year ago, logged as horseplay.

=== stage_7_trauma_informed ===
Spring turns warm. Cassius is several sessions further in with Ruth, and at last his trial has a date: September. # stage: trauma-informed # scene: office
Your caseload has grown in the meantime, the way caseloads do. A boy found forty miles from home with someone else's phone. Another boy, fourteen, arrested twice this month, whose file is all offences and no questions. Some nights you sit in the car park for ten minutes before you drive home, just to let it settle.
Supervision on Thursday helps. Your manager asks how you are, and waits for the real answer.
{ trust_cassie >= 3 or (trust_cassie >= 2 and cassie_parents >= 2): -> s7_threat_full | -> s7_threat_hint }

=== s7_threat_full ===
Cassius asks Ruth to ask you to come. He has never asked for you before. # scene: counsellor-room
He is in Ruth's chair by the window, knees up, the notebook held against his chest.
"I want to tell you why. About the park. But you can't do anything stupid with it."
"I'll tell you everything I do with it, before I do it," you say. # speaker: you
Content note: Cassius describes a man threatening him with sexual violence and with a knife, and refers to an assault on his friend. Nothing is described in detail.
* [Read what Cassius said # aside]
    "It's not like I wanted to hold it. I'm not thick. But saying no would've been worse."
    "There's a man who's always at the park. Older. Not from round us. He gave me a bag and said look after this. I said no."
    "He said that was a shame. He said I'd seen what happened to Joe, hadn't I? In the park? And that the same could happen to me. Then he moved his jacket so I could see the knife. Like he was showing me his phone."
    "I saw Joe after. I wasn't going to be that."
    "And who's going to believe some bloke scared me? Look at me. Police take one look at me and think I'm the one with the knife."
* [Read a short summary instead # aside]
    Cassius tells you an older man who is always at the park gave him the bag. When he refused, the man reminded him of what had happened to Joe in the park, said the same could happen to him, and showed him a knife. He held the drugs because saying no would have been worse, and has said nothing because he does not believe anyone would accept that someone like him could be frightened.
- ~ threat_disclosed = true
~ threat_full = true
~ assault_known = true
So that is what he has carried to every appointment for the best part of a year. A threat, made by an adult, using what was done to his best friend, and a knife. And nobody, in six months, thought a six-foot fifteen-year-old might be afraid.
And now you know that something was done to Joe, in the park.
* [Tell him he is not in trouble, make a safety plan with him today, and share it with the police and the NRM decision-makers with him knowing exactly what goes where # supports: trauma-informed, children-first, child-voice # why: He gets safety, honesty and a say in how his words are used, the opposite of what the man gave him. It will take longer than simply passing it on, and the police will want more than he is ready to give.]
    ~ cassie_safety_plan = true
    ~ nrm = true
    ~ trust_cassie += 1
    "You're not in trouble. You were threatened by a man with a knife, and you did what you had to. That's on him." # speaker: you
    Together you make a plan: which routes he takes, who he can ring, which adults at school know. You tell him exactly what goes to the police and the people deciding his NRM case.
    "Will it stop?" he asks.
    "I don't know yet. But you're not on your own with it any more." # speaker: you
* [Ask him, calmly and without judgement, whether he has started carrying anything himself to feel safer # supports: curious-informed, children-first # why: Boys who have been threatened with a knife often start carrying one, which makes it likelier they are hurt, and likelier they are arrested. Asking without judgement lets you plan for it. He may hear it as one more adult assuming he is dangerous. # differs: Here the threat came with a knife, and a frightened boy may arm himself, which can turn him from a victim into a suspect overnight; the question has to be asked as safety, not suspicion.]
    ~ cassie_safety_plan = true
    "Can I ask you something, and you won't be in trouble for the answer? Since then, have you started carrying anything? For the walk home?" # speaker: you
    He looks at you for a long time.
    "My mum's kitchen knife. In my bag. Not to use. Just so I'm not nothing."
    You talk about what a knife in his bag does: how much likelier it makes it that he gets hurt, or arrested, or that somebody else does. He hands it to Ruth before he leaves. His route home changes, and a teacher starts walking the first half of it with him, and the plan says why.
* [Record it carefully and take it to the review meeting in three weeks # supports: curious-informed # undermines: children-first # why: A careful record and a planned discussion are how procedures are meant to work. But the threat may still be live, and after the police took the drugs, the man may believe he owes him.]
    You write it up carefully, word for word, and put it on the agenda for the review.
    Three weeks is a long time when someone with a knife believes you owe him two hundred pounds.
* [Ask him why he did not tell the police at the time # undermines: trauma-informed, children-first # why: It is a question many adults would ask, and it is meant practically. But it suggests he should have acted differently, to a boy who was threatened with a knife by an adult.]
    ~ trust_cassie -= 1
    "Why didn't you tell the police? When they searched you?" # speaker: you
    Cassius looks at you as if you have asked why he didn't fly.
    "Because they were strip-searching me."
- -> s7_jo_past

=== s7_threat_hint ===
Cassius's youth offending sessions are nearly over. # scene: yos-office
The room has a window that does not open and a box of board games with pieces missing. Cassius has sat in the same chair every fortnight for the best part of a year.
After his last-but-one session, Marcus rings you.
"He said one thing today. Out of nowhere. 'It's not like I wanted to. Saying no would've been worse.' Then he shut down and asked to go." # speaker: yos-worker
* [Ask Marcus to tell him he heard it, that he is not in trouble, and that he can come back to it whenever he is ready # supports: trauma-informed, child-voice # why: It lets him know the door is open without forcing it. It might mean the chance to understand the threat comes late, or not at all.]
    ~ threat_hint = true
    Marcus does, in as few words as he can manage.
    { cassie_parents >= 2 or trust_cassie >= 1:
        ~ threat_disclosed = true
        ~ assault_known = true
        A fortnight later Cassius says a little more, to Ruth: that a man at the park told him that if he refused, the same would happen to him as happened to Joe, and showed him a knife. He asks Ruth to tell you.
    - else:
        Cassius nods. He says nothing more. But he doesn't look at the clock.
    }
* [Ask Marcus to press him at the next session: worse how, and who from # supports: curious-informed # undermines: trauma-informed # why: It is the question that matters most, and he seemed close to answering it. Pressing a frightened boy for names tends to close the door he has just opened.]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    Marcus asks. Cassius looks at him for a long time and says he doesn't know what he's on about.
* [Tell Marcus to record it and carry on with his sessions as planned # undermines: curious-informed, children-first # why: It keeps the work on track, and a single remark is easy to over-read. But this is the first clue in a year to why he had the drugs, and it goes into a file instead of into the plan.]
    ~ threat_hint = true
    Marcus writes it in the notes, under 'other'.
* [Suggest Marcus tells him that if he will not explain, it cannot be taken into account in court # undermines: children-first, trauma-informed # why: It is true as far as it goes. It turns the first hint of a threat into a bargaining chip, and tells him adults care more about the case than about his safety.]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    Marcus says it. Cassius says, "Fine," and that is the last thing he says about it.
- -> s7_jo_past

=== s7_jo_past ===
Then there is Joe. # scene: youth-centre
{ trust_jo >= 4: -> s7_jo_tells | -> s7_jo_from_records }

=== s7_jo_tells ===
It is Joe who brings it up, in the art room, on a Tuesday, painting the sky above his giant trainers a very dark blue. # scene: youth-centre
"You might as well know. Everyone else knows some version."
Content note: Joe describes being sexually assaulted by two classmates a year ago. It is described, not shown.
* [Read what Joe said # aside]
    "Last spring. In the park, near the old bandstand. Two lads from our year. I thought they were my mates."
    "I said no. They didn't care. That's all I'm saying about that bit."
    "After, they told everyone it was a laugh. And everyone called me gay, and a lot worse. So I said it was a joke. It was easier than being the lad that happened to."
    "The drink makes it quieter. That's all it is."
* [Read a short summary instead # aside]
    Joe tells you that a year ago, in the park, two boys from his year sexually assaulted him. Afterwards they told everyone it was a laugh, other pupils called him homophobic names, and he said it had been a joke to make it stop. He drinks, he says, because it makes it quieter.
- ~ assault_known = true
~ jo_told_assault = true
Everything since fits around it now: the drinking, the lateness, the run-ins, the end of art club, the men outside the pub who found a boy who was already hurt and already alone.
Joe puts the brush down. "Don't make me do the police. They'll laugh."
* [Link it to everything since in the plan, and offer specialist support for boys who have been sexually abused, at his pace and his choice # supports: trauma-informed, child-voice, children-first # why: It treats the assault as the root of what followed, and gives Joe control over what happens next. Going at his pace means the boys who did it may not face consequences soon, or at all. # differs: Specialist support for boys and young men after sexual abuse exists but is much rarer, and offering it tells Joe, who expects to be laughed at, that this happens to boys and that people take it seriously.]
    ~ assault_supported = true
    ~ trust_jo += 1
    "Nobody's going to laugh, and nobody's going to make you do anything. There's a service that works with boys and young men after something like this. They've heard it before, from lads just like you. They'll go at your speed." # speaker: you
    "And in the plan, this goes at the top. Not the drink. This." # speaker: you
    Joe picks the brush up again. "Fine. The service. Not the police. Yet."
* [Urge Joe to reopen the police report now, while people are paying attention # supports: children-first # undermines: trauma-informed, child-voice # why: The assault was a serious crime and the boys should face it. But pushing him to go over it again on someone else's timetable takes control away from him a second time.]
    ~ trust_jo -= 1
    "People didn't listen then," says Joe. He paints the whole sky black and leaves early.
* [Refer Joe to the young people's drug and alcohol service for his drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping him survive.]
    "They want me to keep a drink diary," he tells you. "I hate writing."
* [Suggest Joe moves to another school so he does not have to see the boys every day # undermines: trauma-informed, challenge-inequality, safer-spaces # why: It is meant as protection. But it moves the boy who was harmed, leaves the others and the school's culture untouched, and takes him away from every adult who knows him.]
    ~ jo_moved = true
    ~ jo_school = -1
    ~ trust_jo -= 1
    "Why should I go? I didn't do anything," says Joe. He is right, and the move goes ahead anyway.
- -> s7_wider

=== s7_jo_from_records ===
Joe has not told you. But you know enough to go looking, and the school safeguarding lead finds the file. # scene: school-corridor
A year ago, Joe reported that two boys from his year had sexually assaulted him in the park. Two days later, after the story went round the school as a joke and other pupils started calling him names, he said it had been a laugh. The file says 'horseplay between boys, no further action'. Nobody asked why he changed his account.
Everything since fits around it now: the drinking, the lateness, the run-ins, the end of art club, the men outside the pub.
* [Tell Joe gently what you know and how you came to know it, say he does not have to talk about it, and offer specialist support at his own pace # supports: trauma-informed, child-voice # why: Being honest about what you know avoids him finding out later that adults discussed him behind his back, and puts the choices in his hands. Hearing that professionals have read about the worst day of his life may feel like another loss of control.]
    ~ assault_supported = true
    ~ trust_jo += 1
    You tell him, quietly, that you have seen what happened last spring in his file, that you are sorry it was written down as horseplay, and that he never has to talk about it with you. And that there is a service for boys, if he ever wants it.
    "So everyone knows," says Joe.
    "A few people who need to. Nobody who doesn't." # speaker: you
    A week later he asks Kerry for the number.
* [Arrange for the police to interview Joe again about the assault # supports: children-first # undermines: trauma-informed, child-voice # why: A serious crime was never investigated, and that matters for Joe and for other children. Being called in without having chosen it repeats the loss of control he had.]
    ~ trust_jo -= 1
    An officer invites Joe in for a conversation about the park. He doesn't go. He doesn't go to school that day, or the next.
* [Accept the school's account that it was horseplay between lads, since Joe called it a joke himself # undermines: children-first, trauma-informed, challenge-inequality # why: Joe did say it was a joke, and reopening it may feel like overriding him. But the sexual assault of a boy by other boys is often logged as horseplay or banter, and letting that stand tells Joe nobody would ever have called it what it was. # differs: With a girl, a report like this is rarely filed as horseplay; with a boy it often is, and accepting it means the assault at the root of everything is never named.]
    ~ horseplay_accepted = true
    You let the file stand. The plan goes on talking about Joe's drinking and his attitude.
* [Say nothing to Joe, and wait for him to bring it up himself # supports: child-voice # undermines: children-first # why: It respects that the story is his to tell. But he is left carrying it alone, and may never know that anyone would have believed him.]
    You keep it to yourself and wait for Joe to raise it. He doesn't.
- -> s7_wider

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassius and Joe. # scene: meeting-room
The agenda has two names on it. The waiting list has forty.
{ threat_disclosed:
    A man at the park used one boy's assault to threaten another. It seems unlikely they are the only children he has noticed.
}
* {assault_known} [Ask the school to review how it handled Joe's report, refer the two boys for assessment as children who have harmed, and tackle the homophobic name-calling # supports: safer-spaces, challenge-inequality, children-first # why: It treats the school as a place that can be made safer, and treats the boys as children whose behaviour needs a response too. Reopening it may stir up rumours, so Joe needs a say in how and when. # differs: Here the school called a sexual assault on a boy horseplay, and the names that followed were homophobic, so the review has to name both.]
    ~ boys_referred = true
    The school agrees, uncomfortably, to review what happened. Both boys are referred for assessment. An assembly on sexual harassment says, for the first time anyone can remember, that it happens to boys too, and that calling someone gay is not a joke.
    Mr Hale asks to lead it.
    "I wrote 'horseplay'," he says. "I owe him that." # speaker: teacher
* [Ask the school, youth workers and police to look for other children approached or threatened by the same people # supports: curious-informed, safer-spaces # why: If one man is using the park, other children are likely to be affected. It means more meetings, and gathering information about children who have not asked for help.]
    ~ others_checked = true
    It takes a month of emails, but a picture forms. Three other boys from Cassius's year have been given things to hold. One girl was followed home.
* [Keep the focus on Cassius and Joe, since other children are not on your caseload # undermines: safer-spaces, curious-informed # why: A tight focus keeps the work manageable. But the people who harmed them are still there, and so is the next child they will approach.]
    The review stays on its two names. The meeting finishes early.
* [Ask Cassius which of his friends are also being approached at the park # supports: curious-informed # undermines: children-first, trauma-informed # why: He knows the park better than any adult. But asking him to name other children makes him an informer, with all the danger that brings.]
    ~ trust_cassie -= 1
    "I'm not telling you that," says Cassius. "Are you mad?"
- -> stage_8_safer_spaces
