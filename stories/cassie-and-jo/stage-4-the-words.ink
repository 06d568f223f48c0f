// Stage 4, continued: the duty social worker's words in Jo's front room.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s4_the_words ===
Gavin answers before you can. # scene: jo-home
"I'll be honest with you both. What's been reported is that Jo has been prostituting herself. Selling sex to men outside a pub." # speaker: social-worker
"At sixteen, that doesn't come out of nowhere. Somebody's been letting her run wild." # speaker: social-worker
Michelle makes a sound as if she has been hit. Jo stares at the carpet.
{ jo_told:
    "Don't you dare," says Pauline, very quietly. # speaker: jo-nan
}
* [Step in straight away: say plainly that men are abusing Jo, and that the blame belongs to them and no one in this room # supports: parents-as-partners, children-first, challenge-inequality # why: Correcting it in the room stops those words settling into the family. Contradicting a colleague in front of a family can make services look divided, and Gavin will not thank you.]
    ~ parents_respected += 2
    ~ trust_jo += 1
    "I need to correct that," you say. "Jo isn't doing anything to herself. Adult men have been paying a sixteen-year-old for sex. That's abuse, and it's a crime, and it's theirs. Nobody in this room caused it, and nobody here is being blamed." # speaker: you
    Gavin opens his mouth and then closes it. Michelle starts to cry, differently now. Lee unfolds his arms.
* [Let Gavin finish, and take him aside about his language afterwards # supports: challenge-inequality # undermines: parents-as-partners # why: It spares a colleague's pride and avoids a scene, and the challenge may land better in private. But Jo's mum and Lee go to bed tonight believing the words they heard.]
    You bite it back. Outside, by the cars, you tell Gavin that what he said put the blame on a child and her family, and that he should never have used those words. He takes it well, as it happens.
    It is too late for the front room, though. Michelle heard them, and so did Jo.
* [Move the conversation on to the practical next steps # undermines: parents-as-partners, trauma-informed # why: Getting to the plan can feel like the kindest thing in a tense room. But silence at that moment sounds like agreement to a family who already feel judged.]
    ~ parents_respected -= 1
    "Perhaps we could talk about what happens next," you say, and explain the assessment, the meetings, the support. # speaker: you
    Nobody is listening. Michelle is looking at Lee, and Lee is looking at Jo, and Jo is looking at nothing.
* [Ask Michelle and Lee what they have noticed and tried, before anything else is said # supports: parents-as-partners, curious-informed # why: Turning to what they know treats them as partners straight away and lowers the temperature. It leaves Gavin's words hanging without being corrected.]
    ~ parents_respected += 1
    "Can I ask you both something? What have you noticed in Jo, and what have you tried?" # speaker: you
    "Everything," says Michelle. "We've tried everything. Nobody would listen." # speaker: jo-mum
    It is the first time anyone from a service has asked. You can see it in Lee's face.
- -> s4_jo_speaks
