// Stage 4: Respect the voice, experience and expertise of children and young people.
// The home visit. Whether Jo was told first decides who is in the room and where her anger goes.

=== stage_4_child_voice ===
Thursday, four o'clock: a ground-floor flat in a housing association block, with a bike chained to the railings and a neat square of lawn. # stage: child-voice # scene: jo-home
{ jo_told: -> s4_visit_prepared | -> s4_visit_unannounced }

=== s4_visit_prepared ===
Jo opens the door before you knock. # scene: jo-home
"They're in there. Nan's here. You said you'd do the talking." # speaker: jo
In the front room her mum, Michelle, stands twisting a tea towel. Her partner, Lee, is by the window with his arms folded. On the sofa sits a small woman in a purple fleece, who pats the cushion beside her until Jo sits down on it.
"I'm Pauline. Jo's nan. She's told me enough to be going on with." # speaker: jo-nan
"I'm here for her. Not for you lot." # speaker: jo-nan
You do the talking, as you promised. You say that some adults are worried about men giving Jo money and drink for sex, that this is abuse by those men, and that nobody is here to take anyone away. Michelle sits down very suddenly.
Gavin, the duty social worker, has his folder open on his knee. Lee turns from the window.
"You're the social worker. I want a straight answer from you. What's she actually been doing?" # speaker: jo-mum-partner
-> s4_the_words

=== s4_visit_unannounced ===
You knock. # scene: jo-home # sfx: door-knock
{ mum_forewarned:
    Michelle opens the door with a face swollen from crying. Behind her, Lee stands in the hallway like a man guarding something. Somewhere a door has been slammed recently and hard.
    "She won't come out of her room. We had it out last night. I didn't know what else to do." # speaker: jo-mum
- else:
    Michelle, Jo's mum, opens the door with a tea towel in her hand and no idea why you are here beyond 'a concern'. Her partner, Lee, comes through from the kitchen.
}
The front room is small and very clean. There is a school photo of Jo on the wall, aged about twelve, grinning with a gap in her teeth, and next to it a framed drawing of a pair of high heels that is far too good to have been done by a child.
Gavin, the duty social worker, sits on the sofa and opens his folder.
{ mum_forewarned:
    In the end Jo comes out, because Lee knocks on her door three times and says her name the way you say a name when you are trying very hard not to shout. She stands in the doorway with her arms folded. She already knows why you are here. She heard it last night, from the worst possible person: her mum, at eleven o'clock, in tears.
    "So who else knows? The whole school?" # speaker: jo
- else:
    A door opens down the hall and Jo comes in, headphones round her neck, and stops dead at the sight of two strangers on the sofa.
    "Who are you?" # speaker: jo
    Nobody has told her. She works it out in the next thirty seconds, the way you work out you've missed a step on the stairs.
}
"Just tell us what's going on," says Lee. "Straight. What's she been doing?" # speaker: jo-mum-partner
-> s4_the_words

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

=== s4_jo_speaks ===
Then Jo speaks, and everyone goes quiet. # scene: jo-home
Content note: Jo talks about men paying her for sex, in her own words. Nothing is described in detail.
* [Read what Jo said # aside]
    "Everyone keeps saying I'm a victim. That I'm being exploited. I'm not. I'm the one deciding." # speaker: jo
    "Nobody makes me do anything. I pick. I keep every penny. Is it ideal? No. Fine. Whatever. But nobody's going to serve me, so what am I supposed to do for a drink? Ask Mum?" # speaker: jo
    { jo_told and cassie_protected:
        "And I know who told. Don't bother saying. I know." # speaker: jo
    - else:
        "I'm going to kill Cassie. She was fine getting in the taxi, wasn't she? Why couldn't she keep her mouth shut?" # speaker: jo
    }
* [Read a short summary instead # aside]
    Jo says she is not a victim and not being exploited: she is in control, nobody makes her do anything, and she keeps the money. She admits it is not ideal, but says it is the only way she can get a drink.
    { jo_told and cassie_protected:
        She adds that she knows who told, and does not want to hear it said.
    - else:
        She is furious with Cassie, sure that Cassie told, and says Cassie was happy enough to share the taxi.
    }
- { jo_told:
    It is angry, but it is said to you, and Pauline's hand has not left her knee.
- else:
    It comes out at the wall, at the carpet, at anyone. Nobody in the room has been on her side for the last ten minutes, and she knows it.
}
* [Tell Jo you hear that it feels like her choice, and be honest that men paying a sixteen-year-old are breaking the law, whatever she agreed to # supports: child-voice, children-first # why: It takes her view seriously without pretending the men did nothing wrong. She may still reject the word victim, and you have to be willing to leave that there for now.]
    ~ trust_jo += 1
    "I hear you. It feels like you're the one in charge, and I'm not going to argue you out of how it feels," you say. "I will be honest about one thing, though. Any man who pays a sixteen-year-old for sex is breaking the law, whatever you said to him. That's on him, not you." # speaker: you
    "Whatever." # speaker: jo
    But she looks at you when she says it.
* [Explain grooming and coercion so she understands what is really happening # supports: curious-informed # undermines: child-voice # why: The information is accurate and Jo is entitled to it. Delivered as a correction at this moment, it tells her that her own account of her life does not count.]
    ~ trust_jo -= 1
    You explain grooming, and coercion, and how men like these make a girl feel she is in control. It is all true. You have said it many times.
    "That's other people," says Jo. "That's not me." # speaker: jo
    She puts her headphones on.
* [Ask Jo what she wants to happen now, and what a good week would look like for her # supports: child-voice, strengths-relationships # why: Asking what she wants gives her back a little control on a day when she has had none. To her mum, and perhaps to Jo, it can feel as if you are stepping around the danger.]
    ~ trust_jo += 1
    "What do you want to happen now? Not us. You." # speaker: you
    Jo blinks. Nobody has asked her that today.
    "I want everyone to stop looking at me." # speaker: jo
    "And a good week?" # speaker: you
    "A week where nobody does this." # speaker: jo
    It isn't much, but it is hers, and you write it down in front of her.
* [Tell her firmly that she is not in control, and that these men are dangerous # undermines: child-voice, trauma-informed # why: It comes from real fear, and it is said in homes and offices every day. Arguing with her sense of control tends to harden it, and it ends the conversation.]
    ~ trust_jo -= 1
    "You're not in control, Jo. These men are dangerous. You need to hear that." # speaker: you
    "I don't need to hear anything from you." # speaker: jo
    She goes to her room. The door is not slammed. It is closed very precisely, which is worse.
- -> s4_friendship

=== s4_friendship ===
Before you leave, you think about Cassie. # scene: jo-home
{
- jo_told and cassie_protected:
    ~ friendship = 0
    Jo guessed, and said so, but it came out as hurt rather than threat.
- cassie_go_between:
    ~ friendship = -1
    Cassie's questions over the last week have done their work. Jo is certain, and she is furious.
- else:
    ~ friendship = -1
    Jo meant what she said about Cassie, at least tonight.
    { cassie_told:
        Cassie knows the adults were going to act. She does not know it is about to land on her.
    - else:
        Cassie has no idea any of this has happened.
    }
}
* [Tell Jo the decision to act was the adults', and that you will not discuss who said what # supports: children-first, safer-spaces # why: Owning the decision keeps the focus on the adults and gives Cassie some cover. Jo may feel stonewalled, and Cassie goes to school tomorrow unprepared.]
    ~ friendship += 1
    "Whoever you think said what, the decision to do something was ours. The adults'. If you want to be angry with someone, be angry with me." # speaker: you
    "Don't worry. I am." # speaker: jo
* [Tell Jo it was Cassie, and that she only spoke up because she cares about her # supports: strengths-relationships # undermines: children-first, safer-spaces # why: It sounds honest and is meant to soften things between two friends. It exposes a fifteen-year-old to Jo's anger, and to anyone Jo repeats it to.]
    ~ friendship -= 2
    ~ cassie_protected = false
    "It was Cassie. But she only said anything because she loves you. She's scared for you." # speaker: you
    "Yeah? She'll be scared of me on Monday." # speaker: jo
* [Get word to Cassie before she next sees Jo, and offer to help the two of them talk when both are ready # supports: strengths-relationships, children-first # why: Their friendship is one of the most protective things either girl has, so looking after it is part of the plan. It leaves Jo's anger in the room tonight unanswered.]
    ~ friendship += 1
    ~ trust_cassie += 1
    That evening you ring Ruth, and the next morning Ruth sees Cassie before registration. Cassie is told that Jo knows, that Jo is angry, and that the adults will say it was their decision. And that if she and Jo want to talk, someone will help.
    "Will she ever speak to me again?" Cassie asks Ruth. # speaker: cassie
    "I think she might," says Ruth. "You two go back a long way." # speaker: counsellor
* [Leave the friendship for the girls to sort out between themselves # undermines: strengths-relationships # why: Teenagers fall out and make up, and professionals can overreach into children's friendships. But this rift was caused by the adults' actions, and it may leave both girls more alone.]
    ~ friendship -= 1
    It isn't your business who is friends with whom, you tell yourself. Teenagers fall out. They make up. Usually.
- Outside, Gavin unlocks the car and sits for a moment with the keys in his hand. # scene: jo-home # sfx: door-close
{
- parents_respected >= 2:
    "You were right in there. About what I said. I've been on duty eleven days straight and I used the words from the referral form. That's not an excuse." # speaker: social-worker
- parents_respected >= 0:
    "That went about as well as those ever go." # speaker: social-worker
    You are not sure whether he means it as a comfort.
- else:
    "Tough family." # speaker: social-worker
    You think about Michelle's face, and say nothing, and the saying nothing sits with you all the way back to the office.
}
{ jo_told:
    Through the window you can see Jo and her nan on the sofa, heads together. Pauline is holding up her phone, showing Jo something, and Jo is very nearly smiling.
- else:
    The curtains of the front room are closed before you have pulled away.
}
{ promise_broken:
    ~ trust_cassie -= 2
    Cassie will hear about this visit by Monday. And she will know that the promise made to her in Ruth's room was never a real one.
}
By Friday Jo has been allocated a support worker, Kerry, from the specialist exploitation service, who will 'work with her around what's going on'. # scene: office
{ jo_told:
    Jo has asked, through Pauline, that you come to the first session. It is the closest thing to a compliment you have had all month.
- else:
    Jo has not asked for anything. Her mum rings to say she's barely left her room.
}
-> s4_monday

=== s4_monday ===
On Monday, Cassie and Jo see each other for the first time since the visit. # scene: school-corridor # sfx: school-bell
{
- cassie_school == -1:
    Or rather, they don't. Cassie is at her new school across the borough. At ten past eight that morning her phone shows that Jo has removed her from their duo, and then, a minute later, blocked her.
    Cassie sits on the bus with the phone in her lap for four stops before she understands what must have happened.
- friendship >= 0:
    Jo walks past Cassie at the lockers without a word. She doesn't make a scene. She just doesn't look, which is its own kind of noise.
    { cassie_told:
        Cassie was expecting it. Ruth had told her what would happen and when, and that the adults would say it was their decision. It still hurts. But she is not ambushed, and at lunch she goes to Ruth's room instead of crying in the toilets.
    - else:
        Cassie does not know why. Nobody told her what happened to what she said. She spends the day working it out, and by the last bell she has, and she feels sick.
    }
- else:
    Jo is waiting by Cassie's locker.
    { cassie_go_between:
        "All those questions last week. You were spying for them." # speaker: jo
    - else:
        "Snitch." # speaker: jo
    }
    She says it loudly enough for the corridor to hear. By lunchtime, half of Year 11 has heard that Cassie grassed someone up to social services. Nobody knows what about, which makes it worse.
    { cassie_told:
        Cassie knew this might come. She goes to Ruth's room at lunch and sits there, shaking, but she goes.
    - else:
        Nobody had told Cassie that anything was going to happen. She finds out from the word in the corridor.
    }
    Word travels in a school, and out of it. You think about who else might hear that Cassie talks to professionals, and you do not like the answer.
}
-> taking_stock
