// What if: home is not safe for Jo. Stage 3, continued: the referral, and who hears about it first.
// Replaces the main story's s3_referral: the strategy discussion turns up evidence of violence at home, so
// telling the family first, which supports partnership in the main story, may put Jo at risk here.

=== s3_referral ===
The referral goes in. # scene: office
Within two days there is a strategy discussion: Nadia, DC Priestley, the school's safeguarding lead, a named nurse and you, squares on a screen. The police will look at the pub by the bus station and the men outside it. Social care will assess. Nobody yet knows who the men are, or how long this has been happening, or why a sixteen-year-old would walk up to a stranger outside a pub in the first place.
Then the checks come in, one after another, and the discussion changes shape.
DC Priestley has found three police call-outs to Jo's address in the past year, all domestic incidents involving Lee, her mum's partner. On the last, a neighbour rang because she could hear a girl screaming. Nobody was arrested. Lee has an old conviction for assault.
The school's safeguarding lead reads out a note from Year 10: Jo came in with a bruised wrist, said Lee had grabbed her, and by the afternoon said she had fallen. A teaching assistant has written, more recently, that Jo said she 'can't go home when Lee's had a drink'. The nurse says only that Michelle has been to the GP twice this year with injuries she said came from falls.
Nobody says the words out loud for a moment. Then Nadia does.
"So we may have harm at home as well as harm outside it. And we were about to send Gavin round to tell them all at once." # speaker: social-worker
"The question is Jo. As things stand, she doesn't know any of this." # speaker: social-worker
* [Tell Jo yourself, in school, and plan with her where she will be safe tonight, before anyone goes near her home # supports: children-first, child-voice, trauma-informed # why: Jo hears it first, from someone she has met, and helps decide where she sleeps and who is told, which is the control that home and the men have both taken from her. It means moving fast, and she may refuse, go quiet or warn the men, so you plan for that too. # differs: In the main story telling Jo first is about giving her some control; here it is also about making sure she is not alone at home with Lee when the news arrives.]
    ~ jo_told = true
    ~ trust_jo += 1
    ~ nan_involved = true
    ~ home_risk_seen += 1
    You see Jo on Wednesday in a side room off the art corridor. She has paint on her knuckles and is worrying at a hangnail. You tell her, without naming anyone, that adults are worried about men giving her money and drink for sex, and that it has been passed to social care.
    "You're joking." # speaker: jo
    She swears at you for a good while. You let her. Then you ask the question you came to ask: where would she feel safe tonight, and who should be there when her mum hears?
    She looks at you properly for the first time.
    "Not ours. Nan's. And Mum on her own. Not him." # speaker: jo
    You ring Pauline from the car park. She says, "About time somebody asked," and puts the kettle on before you have finished the sentence.
* [Ask the strategy discussion to plan how and when Jo and her family are told, and to look at the harm at home alongside the harm outside it # supports: children-first, curious-informed # why: Planning the timing with the people who hold the evidence is what the guidance expects when telling a family could increase the risk, and it puts the harm at home on the plan. The plan is made about Jo rather than with her, and she will notice. # differs: In the main story there is no sign of harm at home; here how and when the family is told has to start from whether it is safe.]
    ~ jo_told = true
    ~ nan_involved = true
    ~ home_risk_seen += 1
    The discussion takes another forty minutes, and comes out with a plan: Gavin and you will see Jo at school first thing; nobody will go to the flat until there is a safety plan; Michelle will be asked to meet at her mother's, on her own; what Lee is told, and when, will be decided later and written down.
    Jo hears it on Wednesday morning, in a side room, from two adults she barely knows. She swears at you both for a good while. When Gavin asks where she would like the meeting to be, she says, "Nan's," as if she cannot believe nobody thought of it.
* [Ask the duty team to phone Jo's mum first, so she can prepare before the visit # undermines: children-first, child-voice, parents-as-partners # why: Warning a parent is usually a kindness, and in the main story it is. Here Michelle's phone is one Lee checks, the call reaches a home with three call-outs for violence in a year, and Jo walks into it knowing nothing. # differs: In the main story this is considerate to a worried family; here the call reaches a man with a record of violence before Jo knows anything, and she has to go home to him that night.]
    ~ mum_forewarned = true
    ~ lee_alerted = true
    Gavin phones Jo's mum on Wednesday evening to arrange the visit. Lee answers her phone. When he presses, Gavin tells him why.
    By the time Jo gets home, they are both waiting in the hall.
* [Leave telling Jo and her family to the duty social worker when he visits # undermines: children-first, child-voice, trauma-informed # why: It is quick and it follows the usual process. Here it means a man with a record of violence hears what his partner's daughter has been doing at the same moment she learns anyone knows, in a flat she has to sleep in tonight. # differs: In the main story this costs Jo control and dignity; here it may cost her her safety that night, because the visit is to a home where the adults are not safe.]
    ~ lee_alerted = true
    "Gavin can explain it all when he's there. It's probably better coming from one person," you say. # speaker: you
    "Fine," says Nadia, after a pause she does not explain. "Thursday, four o'clock." # speaker: social-worker
- -> stage_4_child_voice
