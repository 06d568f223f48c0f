// Stage 6: Approach parents and carers as partners, wherever possible.
// Back to Jo's mum and Lee, what to share with them, and Cassie's parents.
// What to share is in stage-6-sharing.ink; Cassie's parents in stage-6-cassie-parents.ink.

=== stage_6_parents_as_partners ===
A week later you go back to Jo's home, on your own this time. # stage: parents-as-partners # scene: jo-home # sfx: door-knock
{
- parents_respected >= 2:
    Michelle has the kettle on before you are through the door. Lee shakes your hand and, to your surprise, says thank you for the other day.
- parents_respected >= 0:
    Michelle lets you in. Lee stays in the kitchen doorway, listening, ready to leave if he doesn't like what he hears.
- else:
    Lee opens the door and does not move out of it.
    "If you've come to tell us again that we let her run wild, you can turn round now." # speaker: jo-mum-partner
    In the end Michelle calls him back and lets you in. Lee picks up his keys and goes out. You hear the car start.
}
Michelle talks. It pours out of her as if it has been waiting for someone.
"She used to be so funny. She'd do voices. She'd do the woman off the telly, the weather one, and her nan would laugh till she cried. She hasn't done a voice in a year." # speaker: jo-mum
"We knew. Not what, but we knew something. Months ago. She stopped eating with us, she'd come in at all hours, she'd be sick in the morning and say it was a bug." # speaker: jo-mum
"We tried talking to her. She says everything's fine. We went to the GP, and he said teenagers. We went to the school, and they said she's sixteen. And then you lot turn up and tell us it's our fault." # speaker: jo-mum
"Are you going to take her off us? Is that what this is?" # speaker: jo-mum
* [Acknowledge how they were spoken to, apologise for it, and explain that the people responsible are the men harming Jo # supports: parents-as-partners, trauma-informed, challenge-inequality # why: Naming the hurt, and the judgement about the kind of family they are, puts the blame where it belongs and can turn frightened parents into allies. Apologising for a colleague may worry your managers, and it does not undo what was said.]
    ~ parents_respected += 2
    "I'm sorry for what was said to you. It was wrong, and it's not what we think. Men have been targeting Jo and paying her for sex. That's abuse, and it's their crime, not your failure." # speaker: you
    "This kind of harm happens outside the front door, to children from all sorts of homes, including loving ones. You're not the problem. I'd like you to be part of what protects her." # speaker: you
    Michelle holds the mug with both hands and doesn't drink from it.
    "Nobody's said that. Not once." # speaker: jo-mum
* [Reassure them that nobody is going to take Jo away # supports: parents-as-partners # undermines: curious-informed # why: It answers their biggest fear, and it is probably true. But it is a promise you cannot fully make, and if things change it will be remembered.]
    ~ parents_respected += 1
    "Nobody's taking Jo anywhere. That isn't what this is." # speaker: you
    Michelle sags with relief. You hope, quite hard, that nothing happens to make you a liar.
* [Go through the house rules with them: curfews, where Jo goes, who she is with # undermines: parents-as-partners, safer-spaces # why: Parents often ask for exactly this, and rules can feel like something to hold on to. But making home the focus implies the harm is a parenting problem, and asks them to police dangers that sit outside their door.]
    ~ parents_respected -= 1
    You talk about curfews. About knowing where Jo is. About checking who she's with.
    "We've done all that," says Michelle flatly. "She climbs out of the bathroom window. We're on the ground floor." # speaker: jo-mum
    "We took her phone. She got another one. We grounded her. She went anyway. We're not the ones who need rules. Those men are." # speaker: jo-mum
    The conversation does not recover.
* [Ask them what they have noticed, and who they have already asked for help # supports: parents-as-partners, curious-informed # why: Months of worry are evidence, and asking shows you take it seriously. It may bring up their anger at every service that failed them, and you will have to sit with that.]
    ~ parents_respected += 1
    ~ assault_hint = true
    "Tell me what you've noticed. From the start. And who you went to." # speaker: you
    Michelle thinks.
    "It started about a year ago. Before that she was art club every lunchtime, round her nan's every Sunday, friends round here all the time. Then, nearly overnight, nothing. No friends except Cassie. Drinking. Angry with everyone." # speaker: jo-mum
    "Something happened. I always thought something happened. She'd never say." # speaker: jo-mum
- -> s6_sharing
