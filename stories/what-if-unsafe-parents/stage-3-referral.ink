// What if: home is not safe for Jo. Stage 3, continued: the referral, and who hears about it first.
// Replaces the main story's s3_referral: the strategy discussion turns up evidence of violence at home, so
// telling the family first, which supports partnership in the main story, may put Jo at risk here. The
// question of Cassie as a witness is the main story's, copied here because the knot is replaced whole.

=== s3_referral ===
The referral goes in. # scene: office
Within two days there is a strategy discussion: Nadia, DC Priestley, the school's safeguarding lead, a named nurse and you, squares on a screen. The police will look at the pub by the bus station and the men outside it. Social care will assess. Nobody yet knows who the men are, how long they have been paying Jo, or whether there are other girls.
{
- who_harmed == 2:
    Nadia reads out the note about Cassie and adds a line of her own: a fifteen-year-old harmed on the same night, to be followed up with her parents. Gavin will ring them.
- who_harmed == 3:
    DC Priestley reads out the shop's address and says licensing will want it. It is the first time anyone has smiled.
- who_harmed == -1:
    The safeguarding lead asks whether the safety session is for both girls. Nadia asks, after a pause, who exactly is paying Jo.
}
{ bias_challenged == 2:
    DC Priestley is polite with you, and no more than polite.
}
"The friend who was there," she says. "She's the only witness we've got. I'd like someone to speak to her this week, while Friday's still fresh." # speaker: police-officer
* [Agree that the police speak to Cassie as a witness this week, while she still remembers the men # supports: curious-informed, safer-spaces # undermines: trauma-informed, child-voice # why: Early accounts are the best evidence, and the police cannot move on the men without one. But a fifteen-year-old who asked to be kept out of it is asked for a statement within days, and she will feel that what she said has been taken out of her hands. # short: Let the police interview Cassie now # why-short: Best evidence, but Cassie loses control of what she said]
    ~ cassie_witness = 1
    ~ trust_cassie -= 1
    An officer sees Cassie on Tuesday, at home, with her mum beside her. She gives a careful account. Afterwards she asks Ruth whether she is going to have to go to court, and Ruth does not know.
* [Offer to ask Cassie yourself, next time you see her, what she remembers about the two men # supports: strengths-relationships # undermines: trauma-informed, curious-informed # why: She trusts you, and a familiar face may get further than a police officer. But questioning her yourself makes you an investigator, and an account gathered that way may not stand up if the men are ever charged. # short: Ask Cassie yourself about the two men # why-short: She trusts you, but her account may not stand up in court]
    ~ cassie_witness = 3
    ~ trust_cassie -= 1
    You ask her on Tuesday, in Ruth's room. She tells you about a red car and a man with a tattoo on his hand, and then stops, and looks at you as if you have turned into someone else.
    "Is this for the police?" # speaker: cassie
    It is. DC Priestley takes your notes, and says, carefully, that she wishes she had been the one to ask.
* [Ask the police to wait until Ruth has asked Cassie, and to start with the pub and the men # supports: child-voice, trauma-informed # undermines: curious-informed # why: Cassie keeps a say in whether she becomes a witness, and the police start where the harm happens. But the men are still outside the pub while they wait, and the detail only she has may fade. # short: Let Ruth ask first; police start at pub # why-short: Cassie keeps a say, but the men stay outside the pub]
    ~ cassie_witness = 2
    "She asked to be kept out of it," you say. "Let Ruth ask her first, properly. She might say yes. Start with the pub." # speaker: you
    DC Priestley agrees, because she has to. She does not pretend to like it.
* [Say Cassie's account should go in as intelligence only, and that she should not be a witness at all # supports: child-voice # undermines: curious-informed, safer-spaces # why: It honours what Cassie asked for and keeps her out of any courtroom. But it rules out the police's best chance of stopping men who may be paying other girls too. # short: Intelligence only: Cassie not a witness # why-short: Honours her wish, but loses the best chance to stop them]
    ~ cassie_witness = -1
    DC Priestley writes it up as intelligence.
    "It'll go on the system," she says, in the voice of someone who knows what the system does with it. # speaker: police-officer
- Back in the strategy discussion, the checks come in, one after another, and it changes shape.
Content note: the next part is about domestic abuse at Jo's home: police call-outs and injuries to Jo and her mum. Nothing is shown.
* [Read a short summary instead # aside # summary-choice]
    The checks show three police call-outs in the past year to domestic incidents at Jo's home involving Lee, her mum's partner, who has an old conviction for assault. School records note that Jo once said Lee had hurt her wrist, then took it back, and more recently that she 'can't go home when Lee's had a drink'. Her mum has been to the GP with injuries she put down to falls.
* [Read what the checks found # aside]
    DC Priestley has found three police call-outs to Jo's address in the past year, all domestic incidents involving Lee, her mum's partner. On the last, a neighbour rang because she could hear a girl screaming. Nobody was arrested. Lee has an old conviction for assault.
    The school's safeguarding lead reads out a note from Year 10: Jo came in with a bruised wrist, said Lee had grabbed her, and by the afternoon said she had fallen. A teaching assistant has written, more recently, that Jo said she 'can't go home when Lee's had a drink'. The nurse says only that Michelle has been to the GP twice this year with injuries she said came from falls.
- Nobody says anything for a moment. Then Nadia does.
"So we may have harm at home as well as harm outside it. And we were about to send Gavin round to tell them all at once." # speaker: social-worker
"The question is Jo. As things stand, she doesn't know any of this." # speaker: social-worker
* [Ask the duty team to phone Jo's mum first, so she has time to prepare before the home visit # undermines: children-first, child-voice, parents-as-partners # why: Warning a parent is usually a kindness, and in the main story it is. Here Michelle's phone is one Lee checks, the call reaches a home with three call-outs for violence in a year, and Jo walks into it knowing nothing. # short: Phone Jo's mum first so she can prepare # why-short: Usually a kindness, but Lee may hear before Jo knows # differs: In the main story this is considerate to a worried family; here the call reaches a man with a record of violence before Jo knows anything, and she has to go home to him that night. # key-decision]
    ~ mum_forewarned = true
    ~ lee_alerted = true
    Gavin phones Jo's mum on Wednesday evening to arrange the visit. Lee answers her phone. When he presses, Gavin tells him why.
    By the time Jo gets home, they are both waiting in the hall.
* [Tell Jo yourself, in school, and plan with her where she will sleep tonight, before anyone visits # supports: children-first, child-voice, trauma-informed # undermines: curious-informed # why: Jo hears it first, from someone she has met, and helps decide where she sleeps and who is told: the control that home and the men have both taken from her. But you are moving ahead of the strategy discussion, so the police and social care have not yet agreed what happens if Lee comes looking for her tonight. # short: Tell Jo yourself; plan where she sleeps # why-short: Jo has control, but you move ahead of the agreed plan # differs: In the main story telling Jo first is about giving her some control; here it is also about making sure she is not alone at home with Lee when the news arrives.]
    ~ jo_told = true
    ~ trust_jo += 1
    ~ nan_involved = true
    ~ home_risk_seen += 1
    ~ told_ahead_of_plan = true
    You see Jo on Wednesday in a side room off the art corridor. She has paint on her knuckles and is worrying at a hangnail. You tell her, without naming anyone, that adults are worried about men giving her money and drink for sex, and that it has been passed to social care.
    "You're joking." # speaker: jo
    She swears at you for a good while. You let her. Then you ask the question you came to ask: where would she feel safe tonight, and who should be there when her mum hears?
    She looks at you properly for the first time.
    "Not ours. Nan's. And Mum on her own. Not him." # speaker: jo
    You ring Pauline from the car park. She says, "About time somebody asked," and puts the kettle on before you have finished the sentence. You ring Nadia after that, and she is quiet for a moment before she says she will sort out the rest.
* [Leave the telling to Gavin, the duty social worker, so Jo and her family hear it once, together # undermines: children-first, child-voice, trauma-informed # why: It is quick, it follows the usual process, and nobody hears a different version. Here it means a man with a record of violence hears what his partner's daughter has been doing at the same moment she learns anyone knows, in a flat she has to sleep in tonight. # short: Leave the telling to Gavin, all at once # why-short: Quick and usual, but Lee hears as Jo learns, in her home # differs: In the main story this costs Jo control and dignity; here it may cost her her safety that night, because the visit is to a home where the adults are not safe.]
    ~ lee_alerted = true
    "Gavin can explain it all when he's there. It's probably better coming from one person," you say. # speaker: you
    "Fine," says Nadia, after a pause she does not explain. "Thursday, four o'clock." # speaker: social-worker
* [Ask the strategy discussion to agree how and when Jo is told, and whether her home is safe to visit # supports: children-first, curious-informed # undermines: child-voice # why: When telling a family could increase the risk, the guidance expects the timing to be planned with the people who hold the evidence, and it puts the harm at home on the plan. But the plan is made about Jo rather than with her, and she will hear it from adults she barely knows. # short: Have the meeting plan how Jo is told # why-short: Planned with the evidence, but about Jo, not with her # differs: In the main story there is no sign of harm at home; here how and when the family is told has to start from whether it is safe.]
    ~ jo_told = true
    ~ nan_involved = true
    ~ home_risk_seen += 1
    The discussion takes another forty minutes, and comes out with a plan: Gavin and you will see Jo at school first thing; nobody will go to the flat until there is a safety plan; Michelle will be asked to meet at her mother's, on her own; a flag goes on Pauline's address, so that a call from it gets a fast answer; what Lee is told, and when, will be decided later and written down.
    Jo hears it on Wednesday morning, in a side room, from two adults she barely knows. She swears at you both for a good while. When Gavin asks where she would like the meeting to be, she says, "Nan's," as if she cannot believe nobody thought of it.
- -> stage_4_child_voice
