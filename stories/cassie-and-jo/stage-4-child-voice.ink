// Stage 4: Respect the voice, experience and expertise of children and young people.
// The home visit. Whether Jo was told first decides who is in the room and where her anger goes.
// The rest of the stage: stage-4-the-words.ink, stage-4-jo-speaks.ink, stage-4-friendship.ink.

=== stage_4_child_voice ===
Thursday, four o'clock: a ground-floor flat in a housing association block, with a bike chained to the railings and a neat square of lawn. # stage: child-voice # scene: jo-home
{
- jo_told: -> s4_visit_prepared
- jo_consent_overridden: -> s4_visit_overruled
- else: -> s4_visit_unannounced
}

=== s4_visit_prepared ===
Jo opens the door before you knock. # scene: jo-home
"They're in there. Nan's here. You said you'd do the talking." # speaker: jo
In the front room her mum, Michelle, stands twisting a tea towel. Her partner, Lee, is by the window with his arms folded. On the sofa sits a small woman in a purple fleece, who pats the cushion beside her until Jo sits down on it.
"I'm Pauline. Jo's nan. She's told me enough to be going on with." # speaker: jo-nan
"I'm here for her. Not for you lot." # speaker: jo-nan
You do the talking, as you promised. You say that some adults are worried about men giving Jo money and drink for sex, that the visit is to understand what is happening and how to keep Jo safe, and that you will be straight with all of them about what happens next, including the parts they will not like. Michelle sits down very suddenly.
Gavin, the duty social worker, has his folder open on his knee. Lee turns from the window.
"You're the social worker. I want a straight answer from you. What's she actually been doing?" # speaker: jo-mum-partner # expression: closed-off
-> s4_the_words

=== s4_visit_overruled ===
Jo opens the door before you knock, looks at you, and walks away from it without a word. # scene: jo-home
In the front room her mum, Michelle, stands twisting a tea towel. Her partner, Lee, is by the window with his arms folded. Jo told them last night, Michelle says: three sentences at the kitchen table, and then her bedroom door. Nobody has slept much.
Jo sits on the arm of the sofa, as far from you as the room allows. Yesterday you asked her a question and then took her answer away, and she has not forgiven it. Her nan is not here. Nobody asked Jo who she wanted.
Gavin, the duty social worker, has his folder open on his knee. Lee turns from the window.
"Somebody tell us straight. What's she actually been doing?" # speaker: jo-mum-partner # expression: closed-off
-> s4_the_words

=== s4_visit_unannounced ===
You knock. # scene: jo-home # sfx: door-knock
{ mum_forewarned:
    Michelle opens the door with a face swollen from crying. Behind her, Lee stands in the hallway like a man guarding something. Somewhere a door has been slammed recently and hard.
    "She won't come out of her room. We had it out last night. I didn't know what else to do." # speaker: jo-mum # expression: worried
- else:
    Michelle, Jo's mum, opens the door with a tea towel in her hand and no idea why you are here beyond 'a concern'. Her partner, Lee, comes through from the kitchen.
}
The front room is small and very clean. There is a school photo of Jo on the wall, aged about twelve, grinning with a gap in her teeth, and next to it a framed drawing of a pair of high heels that is far too good to have been done by a child.
Gavin, the duty social worker, sits on the sofa and opens his folder.
{ mum_forewarned:
    In the end Jo comes out, because Lee knocks on her door three times and says her name the way you say a name when you are trying very hard not to shout. She stands in the doorway with her arms folded. She already knows why you are here. She heard it last night, from the worst possible person: her mum, at eleven o'clock, in tears.
    "So who else knows? The whole school?" # speaker: jo # expression: closed-off
- else:
    A door opens down the hall and Jo comes in, headphones round her neck, and stops dead at the sight of two strangers on the sofa.
    "Who are you?" # speaker: jo # expression: closed-off
    Nobody has told her. She works it out in the next thirty seconds, the way you work out you've missed a step on the stairs.
}
"Just tell us what's going on," says Lee. "Straight. What's she been doing?" # speaker: jo-mum-partner # expression: closed-off
-> s4_the_words
