// What if: Cassius and Joe are boys. Stage 7: Recognise and respond to trauma.
// The threat behind Cassius's drug holding, with a knife in it; a night Joe comes home without his shoes; and Joe's
// assault a year ago, logged as horseplay, which now has to go to the police whatever he wishes.

=== stage_7_trauma_informed ===
April, and spring turns warm. Cassius is several sessions further in with Ruth, and his hearing at the youth court is listed for the middle of May. # stage: trauma-informed # scene: office
Your caseload has grown in the meantime, the way caseloads do. A boy found forty miles from home with someone else's phone. Another boy, fourteen, arrested twice this month, whose file is all offences and no questions. Some nights you sit in the car park for ten minutes before you drive home, just to let it settle.
Supervision on Thursday helps. Your manager asks how you are, and waits for the real answer.
{ trust_cassie >= 3 or (trust_cassie >= 2 and cassie_parents >= 2): -> s7_threat_full | -> s7_threat_hint }

=== s7_threat_full ===
Cassius asks Ruth to ask you to come. The last time he did, it was about Joe. This time, Ruth says, it is about him. # scene: counsellor-room
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
* [Read a short summary instead # aside # summary-choice]
    Cassius tells you an older man who is always at the park gave him the bag. When he refused, the man reminded him of what had happened to Joe in the park, said the same could happen to him, and showed him a knife. He held the drugs because saying no would have been worse, and has said nothing because he does not believe anyone would accept that someone like him could be frightened.
- ~ threat_disclosed = true
~ threat_full = true
~ assault_known = true
He has stopped talking. He is watching you the way he watched you in January, checking the answer for a catch.
* [Write it up word for word, and take it to the review meeting in three weeks where every agency will be present # supports: curious-informed # undermines: children-first # why: A careful record and a planned discussion are how procedures are meant to work. But the threat may still be live: after the police took the drugs, the man with the knife may believe Cassius owes him two hundred pounds, and three weeks is a long time. # short: Write it up; raise it in three weeks # why-short: Follows procedure, but a live knife threat waits three weeks # key-decision]
    You write it up carefully, word for word, and put it on the agenda for the review.
    Three weeks is a long time when someone with a knife believes you owe him two hundred pounds.
* [Ask him why he did not tell the police about the man when they stopped and searched him in the park # undermines: trauma-informed, children-first # why: It is a question many adults would ask, and it is meant practically: the police could have acted then. But it suggests he should have acted differently, to a boy who was threatened with a knife by an adult and then strip-searched. # short: Ask why he didn't tell the police # why-short: A practical aim, but implies he should have acted otherwise]
    ~ trust_cassie -= 1
    "Why didn't you tell the police? When they searched you?" # speaker: you
    Cassius looks at you as if you have asked why he didn't fly.
    "Because they were strip-searching me."
* [Ask him whether, since the man showed him the knife, he has started carrying anything himself on the way home # supports: curious-informed, children-first # undermines: trauma-informed # why: Boys who have been threatened with a knife sometimes start carrying one, which makes it likelier that they are hurt, and likelier that they are arrested; asking lets you plan for it. But he may hear it as one more adult assuming a Black boy is dangerous, just after he has said that is what everyone thinks. # short: Ask if he has started carrying anything # why-short: Lets you plan, but may sound like he is assumed dangerous # differs: Here the threat came with a knife, and a frightened boy may arm himself, which can turn him from a victim into a suspect overnight; the question has to be asked as safety, not suspicion.]
    ~ cassie_safety_plan = true
    "Can I ask you something, and you won't be in trouble for the answer? Since then, have you started carrying anything? For the walk home?" # speaker: you
    He looks at you for a long time.
    "My mum's kitchen knife. In my bag. Not to use. Just so I'm not nothing."
    You talk about what a knife in his bag does: how much likelier it makes it that he gets hurt, or arrested, or that somebody else does. He hands it to Ruth before he leaves. His route home changes, and a teacher starts walking the first half of it with him, and the plan says why.
* [Tell him he is not in trouble, make a safety plan with him today, and tell him what goes to the police # supports: trauma-informed, children-first, child-voice # undermines: strengths-relationships # why: He gets safety, and a say in how his words are used, the opposite of what the man gave him. But a threat with a knife has to go to the police whatever he would prefer, and the police will want a statement he is not ready to give; he may feel that telling you has cost him the one adult who listened. # short: Safety plan now; say what goes to police # why-short: Safety and a say, but police must still be told]
    ~ cassie_safety_plan = true
    ~ threat_to_police = true
    "You're not in trouble. You were threatened by a man with a knife, and you did what you had to. That's on him." # speaker: you
    Together you make a plan: which routes he takes, who he can ring, which adults at school know. You tell him exactly what goes to the police, and to his solicitor before the hearing.
    "Will it stop?" he asks.
    "I don't know yet. But you're not on your own with it any more." # speaker: you
    { not nrm:
        ~ nrm = true
        Marcus makes an NRM referral that week, and tells Cassius what it means before anyone else can.
    }
    Two days later DC Priestley asks whether he will give a statement. He won't. "I told you," he says to you, not angrily. "I told you, not them."
- -> s7_jo_past

=== s7_threat_hint ===
Cassius's bail-support sessions at the youth offending service carry on, fortnightly, while the case waits for May. # scene: yos-office
The room has a window that does not open and a box of board games with pieces missing. Cassius has sat in the same chair every fortnight since the summer.
After his session, Marcus rings you.
"He said one thing today. Out of nowhere. 'It's not like I wanted to. Saying no would've been worse.' Then he shut down and asked to go." # speaker: yos-worker
* [Ask Marcus to raise it with Cassius's solicitor before May, so that coercion can be considered in his case # supports: children-first, curious-informed # undermines: child-voice # why: A hint that he held the drugs under threat matters to whether he should be prosecuted at all, and the hearing is close. But it passes on the first thing he has said in nine months before he has chosen to say any more, and he may hear that his words went straight to a lawyer. # short: Have Marcus raise it with the solicitor # why-short: Coercion can count in court, but his words go on unasked # key-decision]
    ~ threat_hint = true
    Marcus rings the solicitor that afternoon. At the next session Cassius says, "You told my brief." Marcus says yes, and why. Cassius thinks about it. "Did she say it'd help?"
* [Suggest Marcus tells him that if he will not explain, it cannot be taken into account when the youth court sits in May # undermines: children-first, trauma-informed # why: It is true as far as it goes, and the hearing is close. But it turns the first hint of a threat into a bargaining chip, and tells him adults care more about the case than about his safety. # short: Say it won't count unless he explains # why-short: True enough, but makes his hint a bargaining chip]
    ~ threat_hint = true
    ~ trust_cassie -= 1
    Marcus says it. Cassius says, "Fine," and that is the last thing he says about it.
* [Ask Marcus to tell him he heard it, he is not in trouble, and he can come back to it when ready # supports: trauma-informed, child-voice # undermines: children-first # why: It lets him know the door is open without forcing it. But 'saying no would have been worse' sounds like a threat that may still be live, and the hearing is a month away; waiting until he is ready may mean waiting too long. # short: Say he was heard and can come back to it # why-short: Leaves the door open, but a live threat may not wait]
    ~ threat_hint = true
    Marcus does, in as few words as he can manage.
    { cassie_parents >= 2 or trust_cassie >= 1:
        ~ threat_disclosed = true
        ~ assault_known = true
        A fortnight later Cassius says a little more, to Ruth: that a man at the park told him that if he refused, the same would happen to him as happened to Joe, and showed him a knife. He asks Ruth to tell you.
    - else:
        Cassius nods. He says nothing more. But he doesn't look at the clock.
    }
* [Tell Marcus to record it in the case notes and carry on with his bail-support sessions as planned # undermines: curious-informed, children-first # why: It keeps the work on track, and a single remark is easy to over-read. But this is the first clue in nine months to why he had the drugs, and it goes into a file instead of into the plan. # short: Record it and carry on as planned # why-short: Keeps work on track, but the first clue goes into a file]
    ~ threat_hint = true
    Marcus writes it in the notes, under 'other'.
- -> s7_jo_past

=== s7_jo_past ===
Then there is Joe. # scene: youth-centre
{ intel_behind_back:
    ~ trust_jo -= 1
    In early April DC Priestley's officers speak to the man who always buys the first drink. The barman tells Joe, and Joe works out where the police got the description. He does not say anything to you about it. He just stops telling you things.
}
{ trust_jo >= 4: -> s7_jo_tells | -> s7_joe_night }

=== s7_jo_tells ===
It is Joe who brings it up, in the art room, on a Tuesday, painting the sky above his giant trainers a very dark blue. # scene: youth-centre
"You might as well know. Everyone else knows some version."
Content note: Joe describes being sexually assaulted by two classmates a year ago. It is described, not shown.
* [Read what Joe said # aside]
    "Last spring. In the park, near the old bandstand. Two lads from our year. I thought they were my mates."
    "I said no. They didn't care. That's all I'm saying about that bit."
    "I told Mr Hale the next day. Then they told everyone it was a laugh. And everyone called me gay, and a lot worse. So I said it was a joke. It was easier than being the lad that happened to."
    "The drink makes it quieter. That's all it is."
* [Read a short summary instead # aside # summary-choice]
    Joe tells you that a year ago, in the park, two boys from his year sexually assaulted him. He told a teacher the next day; the boys told everyone it was a laugh, other pupils called him homophobic names, and he said it had been a joke to make it stop. He drinks, he says, because it makes it quieter.
- ~ assault_known = true
~ jo_told_assault = true
Joe puts the brush down. "Don't make me do the police. They'll laugh. And those two are still in my year."
* [Urge Joe to come to the police with you this week and make the report again, while people are paying attention # supports: safer-spaces # undermines: trauma-informed, child-voice # why: The two boys are still in his year, and a report now could protect other children as well as Joe. But pushing him to go over it again, on someone else's timetable, takes control away from him a second time. # short: Urge Joe to report to police this week # why-short: Could protect other children, but takes his control again # key-decision]
    ~ trust_jo -= 1
    ~ assault_shared = 2
    "People didn't listen then," says Joe. He paints the whole sky black and leaves early.
* [Promise Joe that nothing goes to the police unless he says so, and offer the boys' service at his own pace # supports: trauma-informed, child-voice # undermines: children-first, safer-spaces # why: It puts him in charge of what happens next, which is what the assault took from him. But a report of a sexual assault like this is shared with the police and social care whatever the child wishes, so it is a promise you cannot keep, and the two boys stay in his year with nobody acting. # short: Promise no police unless Joe says so # why-short: Puts him in charge, but it is a promise you cannot keep]
    ~ assault_supported = true
    ~ assault_shared = 1
    ~ trust_jo -= 2
    "Nothing goes to the police unless you say so," you tell him. "And there's a service for boys. Whenever you want." # speaker: you
    "Fine. The service. Not the police."
    The next morning, your manager tells you what you already knew: a report like this goes to the police and social care, and the school has two boys to act on. You have to go back to Joe and tell him you promised something you could not keep.
    He hears you out. "So what was the point of asking me?" he says.
* [Tell Joe it has to go to the police and social care, that talking to them is his choice, and offer the boys' service # supports: children-first, child-voice, trauma-informed # undermines: strengths-relationships # why: A report of a sexual assault like this is shared with the police and social care whatever the child wishes, and the school has to act on the two boys still in his year; what Joe controls is whether he gives an interview or supports a prosecution, and saying so plainly gives him that. But he hears 'police' first, from the one adult he chose to tell. # short: Police must know; talking is his choice # why-short: Plain about what he controls, but he hears 'police' first # differs: Specialist support for boys after sexual abuse exists but is rarer, and offering it tells Joe, who expects to be laughed at, that this happens to boys and that people take it seriously.]
    ~ assault_supported = true
    ~ assault_shared = 2
    ~ trust_jo += 1
    "I'm not going to lie to you. What you've told me has to go to the police and to social care, and the school has to do something about those two. That part isn't mine to decide, and it isn't yours," you say. # speaker: you
    "What is yours is whether you ever talk to the police yourself. Nobody can make you give an interview, and nobody's going to laugh. And there's a service that works with boys after something like this. They'll go at your speed." # speaker: you
    Joe stares at the canvas for a long time. Then he leaves, without his jacket.
    He does not come to the art room for two weeks. When he does, he says, "The service. Not the police. Yet," and picks up the brush.
* [Suggest Joe moves to another school, so that he does not have to see the two boys every day until the exams # undermines: trauma-informed, challenge-inequality, safer-spaces # why: It is meant as protection, and he does have to pass them in corridors. But it moves the boy who was harmed, leaves the others and the school's culture untouched, and takes him away from every adult who knows him. # short: Suggest Joe moves to another school # why-short: Meant to protect, but he moves and the two boys stay]
    ~ jo_moved = true
    ~ jo_school = -1
    ~ trust_jo -= 1
    "Why should I go? I didn't do anything," says Joe. He is right, and the move goes ahead anyway.
- -> s7_wider

=== s7_joe_night ===
Joe is struggling. # scene: office
His drinking is worse. He has missed school on Mondays three weeks running. He comes to fewer sessions, and when he comes he is flat and far away.
Then, at nine o'clock on a Sunday night, Michelle rings you.
Content note: Joe's mum describes the night he came home in the early hours, with signs that he may have been sexually assaulted. Nothing is described in detail.
* [Read a short summary instead # aside # summary-choice]
    Michelle reported Joe missing on Saturday night. He came home at three in the morning without his shoes and would not say where he had been. On Sunday he was sick, laughed about it, and then spent two hours locked in the bathroom with the taps running. Lee thinks he was drunk. Michelle does not.
* [Read what Michelle said # aside]
    "He didn't come home last night. I rang the police about midnight, said he was missing. He came in at three. No shoes. Wouldn't say where he'd been."
    "This morning he was sick. Then he laughed, like it was funny. Then he locked himself in the bathroom for two hours with the taps running."
    "Lee says he was out on the lash and he'll sleep it off. He's not been on the lash. I know what that looks like."
- Behind her, you can hear the television, and Lee saying something you cannot make out.
"What do I do?" she says. "Tell me what to do."
* [Agree with Lee that it sounds like a heavy night out, and that Kerry can pick it up with Joe at his session on Tuesday # undermines: children-first, curious-informed, challenge-inequality # why: Sixteen-year-olds do come home drunk, and a calm weekend can feel kinder than a crisis. But a boy missing until three, shoeless and then hours in a locked bathroom, when men are already known to be abusing him, may have been assaulted tonight, and some help only works within days. # short: Agree with Lee: a heavy night out # why-short: A calm weekend, but time-critical help may be missed # differs: A boy who comes home in this state is far more easily read as a lad who had a skinful than as a child who may have been raped.]
    ~ night_care = -1
    "Let him sleep," you say. "Kerry's seeing him on Tuesday." # speaker: you
    On Tuesday he does not come.
* [Ask Michelle to take him to A&E tonight to be checked over, and leave everything else until he has slept # supports: children-first # undermines: trauma-informed, curious-informed # why: Getting him seen by a doctor the same day matters. But a busy A&E may not think to offer a boy what a sexual assault referral centre would, nobody tells the police or social care about a missing child who may have been assaulted, and he has to explain himself to strangers in a waiting room. # short: Ask Michelle to take him to A&E tonight # why-short: A doctor today, but no specialist care and nobody told]
    ~ night_care = -1
    Michelle gets him as far as the car. At the hospital a nurse cleans a graze on his foot and asks if he has been drinking. He says yes. They go home at two.
* [Tell the duty team and police tonight, and plan with Michelle how to offer Joe the sexual assault referral centre # supports: children-first, parents-as-partners, curious-informed # undermines: child-voice # why: A missing child who may have been sexually assaulted is a safeguarding matter tonight, and a sexual assault referral centre, which sees boys as well as girls, can offer health care that only works within days, and samples that can be stored while he decides about the police. But it is all set in motion before Joe has said a word, and he will know the police were told first. # short: Tell police and duty team; offer SARC # why-short: Time-critical care, but set in motion before Joe says a word # differs: For a boy the most time-critical care is medicine to prevent HIV, which works best started within hours and is not usually started after 72 hours; and a sexual assault referral centre is less often thought of for boys at all.]
    ~ night_care = 1
    You ring the duty team and the police, and then ring Michelle back. Together you work out what she will say to him: that there is a place that helps boys after a night like that, that he can take Pauline, that nobody there will make him talk to the police, and that some of what it offers only works if he goes soon.
    He refuses twice. On Monday morning he goes, with Pauline. They give him medicine, check him over, and, because he agrees, take samples to keep while he decides.
    On Wednesday he tells you, flatly, that he knows the police were told before anyone asked him. "Course they were," he says. He doesn't come to the next session.
    ~ trust_jo -= 1
* [Ask Kerry to see Joe alone tomorrow for a return-home conversation, and let him decide what happens after that # supports: child-voice, trauma-informed # undermines: children-first # why: A return-home conversation with a worker he knows, before anything is done to him, gives him back a little control. But he may have been assaulted last night, the police and social care are not told, and by the time he decides, some of the health care and evidence a sexual assault referral centre could offer may no longer be possible. # short: Kerry sees Joe tomorrow; he decides next # why-short: Some control back, but nobody told and care may be too late]
    ~ night_care = 0
    Kerry sees him on Monday. He says nothing happened. On Tuesday evening he texts her: "something did happen. not saying what." Kerry rings you, and you ring the duty team and the police.
    By the time Joe agrees to go to the sexual assault referral centre it is Thursday. They see him, and are kind to him, and tell Kerry afterwards that some of what they would have offered on Sunday they could no longer give.
- -> s7_jo_from_records

=== s7_jo_from_records ===
After that night, you go looking for what came before. The school safeguarding lead finds the file. # scene: school-corridor
A year ago, Joe reported that two boys from his year had sexually assaulted him in the park. Two days later, after the story went round the school as a joke and other pupils started calling him names, he said it had been a laugh. The file says 'horseplay between boys, no further action'. Nobody asked why he changed his account, and nothing went to the police or to social care.
The two boys are still in his year.
* [Arrange for the police to interview Joe again about the assault, now that there is a record of what he first said # supports: safer-spaces # undermines: trauma-informed, child-voice # why: A serious crime was never investigated, and the two boys are still in his year, which matters for other children too. But being called in to go over it again without having chosen to repeats the loss of control he had. # short: Have police interview Joe again # why-short: The crime gets investigated, but Joe loses control again]
    ~ trust_jo -= 1
    ~ assault_shared = 1
    An officer invites Joe in for a conversation about the park. He doesn't go. He doesn't go to school that day, or the next.
* [Accept the school's account that it was horseplay between lads, since Joe took it back at the time and called it a joke # supports: child-voice # undermines: children-first, trauma-informed, challenge-inequality # why: Joe did say it was a joke, and reopening it may feel like overriding him. But he said so after days of homophobic abuse, the sexual assault of a boy by other boys is often logged as horseplay or banter, and letting that stand tells Joe nobody would ever have called it what it was. # short: Accept the school's 'horseplay' account # why-short: Respects Joe's words, but they came after homophobic abuse # differs: With a girl, a report like this is rarely filed as horseplay; with a boy it often is, and accepting it means the assault at the root of everything is never named.]
    ~ horseplay_accepted = true
    You let the file stand. The plan goes on talking about Joe's drinking and his attitude.
* [Tell Joe what you have read and how, that it now goes to police and social care, and that talking is his choice # supports: children-first, child-voice # undermines: trauma-informed # why: A report of a sexual assault like this goes to the police and social care whatever the child wishes, and the school has to act on the two boys; telling Joe yourself, and that whether he gives an interview is his decision, keeps him from finding out behind his back. But hearing that professionals have read about the worst day of his life, and told the police, may feel like another loss of control. # short: Tell Joe yourself; talking is his choice # why-short: He hears it from you, but it may feel like lost control]
    ~ assault_supported = true
    ~ assault_shared = 2
    ~ trust_jo += 1
    You tell him, quietly, that you have seen what happened last spring in his file, that you are sorry it was written down as horseplay, and that it has to go to the police and social care now. And that whether he ever talks to the police is up to him, and that there is a service for boys, if he ever wants it.
    "So everyone knows," says Joe.
    "A few people who need to. Nobody who doesn't." # speaker: you
    A week later he asks Kerry for the number.
* [Pass the file to social care and the police, and say nothing to Joe about it until he is ready to bring it up # supports: children-first, safer-spaces # undermines: child-voice, trauma-informed # why: The report goes where it has to, and the school can act on the two boys. But Joe finds out from someone else that the worst day of his life is being looked at again, and that the adults around him knew and said nothing. # short: Pass it on; say nothing to Joe yet # why-short: The report goes where it must, but Joe hears it elsewhere]
    ~ assault_shared = 1
    ~ trust_jo -= 1
    A fortnight later a letter from the police arrives at the flat, addressed to Joe. Michelle opens it before he gets home.
- -> s7_wider

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassius and Joe. # scene: meeting-room
The agenda has two names on it. The waiting list has forty.
{ threat_disclosed:
    A man at the park used one boy's assault to threaten another. It seems unlikely they are the only children he has noticed.
}
* [Keep the focus on Cassius and Joe, since other children are not on your caseload and the work with these two is not done # supports: strengths-relationships # undermines: safer-spaces, curious-informed # why: A tight focus keeps the work manageable and protects time with two boys who are only just starting to trust you. But the people who harmed them are still there, and so is the next child they will approach. # short: Keep the focus on Cassius and Joe # why-short: Protects the work, but the harm and the next child remain]
    The review stays on its two names. The meeting finishes early.
* {assault_known} [Ask the school to review how it handled Joe's report, refer the two boys as children who have harmed, and tackle the names # supports: safer-spaces, challenge-inequality, children-first # undermines: trauma-informed # why: It treats the school as a place that can be made safer, and treats the two boys as children whose behaviour needs a response too. But reopening it in school will stir up the rumours again, in the building where Joe has to sit his exams. # short: School review; refer boys; tackle names # why-short: Makes school safer, but stirs rumours where Joe sits exams # differs: Here the school called a sexual assault on a boy horseplay, and the names that followed were homophobic, so the review has to name both.]
    ~ boys_referred = true
    The school agrees, uncomfortably, to review what happened. Both boys are referred for assessment. An assembly on sexual harassment says, for the first time anyone can remember, that it happens to boys too, and that calling someone gay is not a joke.
    Mr Hale asks to lead it.
    "I wrote 'horseplay'," he says. "I owe him that." # speaker: teacher
    For a week the names in the corridor get worse before they get better. Joe asks to sit his exams in a side room, and the school agrees.
* [Ask Cassius which of his friends are also being approached at the park, and by whom, since he knows them # supports: curious-informed # undermines: children-first, trauma-informed # why: He knows the park better than any adult. But asking him to name other children makes him an informer, with all the danger that brings. # short: Ask Cassius which friends are approached # why-short: He knows the park, but it makes him an informer]
    ~ trust_cassie -= 1
    "I'm not telling you that," says Cassius. "Are you mad?"
* [Ask the school, youth workers and police to look for other children approached or threatened by the same men # supports: curious-informed, safer-spaces # undermines: child-voice # why: If one man is using the park, other children are likely to be affected. But it means gathering information about children who have not asked for help and do not know they are being discussed. # short: Ask agencies to look for other children # why-short: Reaches other children, but without them asking or knowing]
    ~ others_checked = true
    It takes a month of emails, but a picture forms. Three other boys from Cassius's year have been given things to hold. One girl was followed home.
- -> stage_8_safer_spaces
