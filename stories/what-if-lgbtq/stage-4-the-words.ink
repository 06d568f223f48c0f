// What if: Jo is gay. Stage 4, continued: the duty social worker's words in Jo's front room.
// Replaces the main story's s4_the_words. If the referral said that Jo is gay, Gavin reads it out.

=== s4_the_words ===
Gavin answers before you can. # scene: jo-home
"I'll be honest with you both. What's been reported is that Jo has been prostituting herself. Selling sex to men outside a pub." # speaker: duty-social-worker
"At sixteen, that doesn't come out of nowhere. Somebody's been letting her run wild." # speaker: duty-social-worker
{ jo_sexuality_recorded == 2:
    ~ jo_outed = true
    ~ told_parents_everything = true
    ~ trust_jo -= 1
    He turns a page of the referral. # sfx: page-turn
    "There's also a note here that she may be gay. So there could be some confusion going on there as well. Girls that age experiment." # speaker: duty-social-worker
    For a second nobody in the room moves. Michelle looks at Jo. Lee looks at Michelle. Jo has gone completely white, and she is not looking at anyone at all.
- else:
    Michelle makes a sound as if she has been hit. Jo stares at the carpet.
}
{ jo_told:
    "Don't you dare," says Pauline, very quietly. # speaker: jo-nan
}
* {jo_sexuality_recorded < 2} [Let Gavin finish, and take him aside about his language once you are outside by the cars # supports: challenge-inequality # undermines: parents-as-partners # why: It spares a colleague's pride in front of a family, and a private challenge may land better. But Michelle and Lee go to bed tonight believing the words they heard, and so does Jo. # short: Let Gavin finish; challenge him outside # why-short: Spares his pride, but the family believe his words tonight]
    You bite it back. Outside, by the cars, you tell Gavin that what he said put the blame on a child and her family, and that he should never have used those words. He takes it well, as it happens.
    It is too late for the front room, though. Michelle heard them, and so did Jo.
* [Move the conversation on to the assessment, the meetings and the support that comes next # undermines: parents-as-partners, trauma-informed # why: Getting to the plan can feel like the kindest thing in a tense room. But silence at that moment sounds like agreement, to a family who already feel judged and to the girl sitting with them. # short: Move on to the assessment and support # why-short: Gets to the plan, but silence sounds like agreement]
    ~ parents_respected -= 1
    "Perhaps we could talk about what happens next," you say, and explain the assessment, the meetings, the support. # speaker: you
    Nobody is listening. Michelle is looking at Lee, and Lee is looking at Jo, and Jo is looking at nothing.
* {jo_sexuality_recorded == 2} [Stop Gavin: who Jo loves is hers to talk about, and has nothing to do with what men did # supports: child-voice, challenge-inequality, trauma-informed # undermines: parents-as-partners # why: It cannot undo what the room has just heard. But it tells Jo, in front of her family, that a professional thinks it was wrong, and it refuses the idea that being gay explains her abuse. The rest of what Gavin said, blaming Jo and her family, is left standing for now, and Gavin will feel ambushed. # short: Stop Gavin; who Jo loves is hers # why-short: Stands by Jo, but his blame on the family is left standing # differs: Only here does a social worker read a young person's sexuality out of a form in front of her family, because somebody wrote it down.]
    ~ trust_jo += 1
    "Stop there, please," you say. "Whatever that note says, it's Jo's to talk about, if and when she wants to, and it should never have been read out. It has nothing to do with any of this." # speaker: you
    Jo looks up at you for exactly one second. Michelle is crying. Lee sits down on the arm of the sofa, as if his legs have decided for him.
    Nobody corrects the other thing Gavin said. Michelle is still holding it when you leave: somebody's been letting her run wild.
* {jo_sexuality_recorded == 2} [Correct Gavin on the blame: men are abusing Jo, and it is theirs, not anyone's in this room # supports: parents-as-partners, children-first, challenge-inequality # undermines: child-voice, trauma-informed # why: Correcting it in the room stops those words settling into the family, and puts the blame on the men. But it leaves what Gavin read out about Jo hanging in the room untouched, as if it were one more fact in the file, and it names her abuse to her family before she has said a word. # short: Correct Gavin; the blame is the men's # why-short: Blame on the men, but the outing is left unanswered # differs: Here correcting the victim-blaming on its own leaves a young person's outing unanswered in front of her family.]
    ~ parents_respected += 2
    "I need to correct that," you say. "Jo isn't doing anything to herself. Adult men have been paying a sixteen-year-old for sex. That's abuse, and it's a crime, and it's theirs. Nobody in this room caused it, and nobody here is being blamed." # speaker: you
    Gavin opens his mouth and then closes it. Michelle starts to cry, differently now. Lee unfolds his arms.
    Nobody says anything about the other thing Gavin read out. It stays in the room, and Jo can feel it there.
* {jo_sexuality_recorded < 2} [Correct Gavin in the room: men are abusing Jo, and the blame is theirs, not anyone's here # supports: parents-as-partners, children-first, challenge-inequality # undermines: child-voice # why: Correcting it in the room stops those words settling into the family, and puts the blame on the men. But it also names what has happened to Jo as abuse, in front of her mum and Lee, before she has said a word about how she sees it, and it contradicts the colleague who will run the assessment. # short: Correct Gavin in the room; blame the men # why-short: Blame on the men, but it names her abuse before she speaks]
    ~ parents_respected += 2
    ~ trust_jo += 1
    "I need to correct that," you say. "Jo isn't doing anything to herself. Adult men have been paying a sixteen-year-old for sex. That's abuse, and it's a crime, and it's theirs. Nobody in this room caused it, and nobody here is being blamed." # speaker: you
    Gavin opens his mouth and then closes it. Michelle starts to cry, differently now. Lee unfolds his arms.
    Jo looks up, at you, for the first time. It is not a grateful look. You have just told her family what has happened to her, in words she has not chosen.
* {jo_sexuality_recorded < 2} [Ask Michelle and Lee what they have noticed in Jo and what they have tried, before anything else # supports: parents-as-partners, curious-informed # undermines: children-first # why: Turning to what they know treats them as partners straight away and lowers the temperature. It leaves Gavin's words about Jo hanging in the room uncorrected, and she is sitting right there. # short: Ask Michelle and Lee what they noticed # why-short: Treats them as partners, but Gavin's words stand]
    ~ parents_respected += 1
    "Can I ask you both something? What have you noticed in Jo, and what have you tried?" # speaker: you
    "Everything," says Michelle. "We've tried everything. Nobody would listen." # speaker: jo-mum
    It is the first time anyone from a service has asked. You can see it in Lee's face. Jo sits through it with Gavin's words still hanging in the air.
- -> s4_jo_speaks
