// Stage 4, continued: the duty social worker's words in Jo's front room.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s4_the_words ===
Gavin answers before you can. # scene: jo-home
"I'll be honest with you both. What's been reported is that Jo has been prostituting herself. Selling sex to men outside a pub." # speaker: duty-social-worker
"At sixteen, that doesn't come out of nowhere. Somebody's been letting her run wild." # speaker: duty-social-worker
Michelle makes a sound as if she has been hit. Jo stares at the carpet.
{ jo_told:
    "Don't you dare," says Pauline, very quietly. # speaker: jo-nan # expression: closed-off
}
* [Let Gavin finish, and take him aside about his language once you are outside by the cars # supports: challenge-inequality # undermines: parents-as-partners # why: It spares a colleague's pride in front of a family, and a private challenge may land better. But Michelle and Lee go to bed tonight believing the words they heard, and so does Jo. # short: Let Gavin finish; challenge him outside # why-short: Spares Gavin's pride, but the family go to bed believing him]
    You bite it back. Later, outside by the cars, you will tell Gavin that what he said put the blame on a child and her family, and that he should never have used those words, and he will take it well, as it happens.
    It will be too late for the front room, though. Michelle has heard them, and so has Jo.
* [Move the conversation on to the assessment, the meetings and the support that comes next # undermines: parents-as-partners, trauma-informed # why: Getting to the plan can feel like the kindest thing in a tense room. But silence at that moment sounds like agreement to a family who already feel judged. # short: Move on to the assessment and support # why-short: Gets to the plan, but silence sounds like agreement]
    ~ parents_respected -= 1
    "Perhaps we could talk about what happens next," you say, and explain the assessment, the meetings, the support. # speaker: you
    Nobody is listening. Michelle is looking at Lee, and Lee is looking at Jo, and Jo is looking at nothing.
* [Correct Gavin in the room: men are abusing Jo, and the blame is theirs, not anyone's here # supports: parents-as-partners, children-first, challenge-inequality # undermines: child-voice # why: Correcting it in the room stops those words settling into the family, and puts the blame on the men. But it also names what has happened to Jo as abuse, in front of her mum and Lee, before she has said a word about how she sees it, and it contradicts the colleague who will run the assessment. # short: Correct Gavin now; the men are to blame # why-short: Blame on the men, but it's called abuse before Jo has spoken]
    ~ parents_respected += 2
    ~ trust_jo += 1
    "I need to correct that," you say. "Jo isn't doing anything to herself. Adult men have been paying a sixteen-year-old for sex. That's abuse, and it's a crime, and it's theirs. Nobody in this room caused it, and nobody here is being blamed." # speaker: you
    Gavin opens his mouth and then closes it. Michelle starts to cry, differently now. Lee unfolds his arms.
    Jo looks up, at you, for the first time. It is not a grateful look. You have just told her family what has happened to her, in words she has not chosen.
* [Ask Michelle and Lee what they have noticed in Jo and what they have tried, before anything else # supports: parents-as-partners, curious-informed # undermines: children-first # why: Turning to what they know treats them as partners straight away and lowers the temperature. It leaves Gavin's words about Jo hanging in the room uncorrected, and she is sitting right there. # short: Ask Michelle and Lee what they've seen # why-short: Treats them as partners, but Gavin's words go uncorrected]
    ~ parents_respected += 1
    "Can I ask you both something? What have you noticed in Jo, and what have you tried?" # speaker: you
    "Everything," says Michelle. "We've tried everything. Nobody would listen." # speaker: jo-mum # expression: worried
    It is the first time anyone from a service has asked. You can see it in Lee's face. Jo sits through it with Gavin's words still hanging in the air.
- -> s4_jo_speaks
