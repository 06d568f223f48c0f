// Stage 6: Approach parents and carers as partners, wherever possible.
// Back to Jo's mum and Lee, what to share with them, and Cassie's parents.
// What to share is in stage-6-sharing.ink; Cassie's parents in stage-6-cassie-parents.ink.

=== stage_6_parents_as_partners ===
A week later you go back to Jo's home, on your own this time. # stage: parents-as-partners # scene: jo-home # sfx: door-knock
{
- parents_respected >= 2:
    Nadia rang you on the way over. Gavin has asked not to be paired with you again. "He says you made him look a fool in front of a family. I've told him what I think of the words he used. He's still asking."
    Michelle has the kettle on before you are through the door. Lee shakes your hand and, to your surprise, says thank you for the other day.
- parents_respected >= 0:
    Michelle lets you in. Lee stays in the kitchen doorway, listening, ready to leave if he doesn't like what he hears.
- else:
    Lee opens the door and does not move out of it.
    "If you've come to tell us again that we let her run wild, you can turn round now." # speaker: jo-mum-partner # expression: closed-off
    In the end Michelle calls him back and lets you in. Lee picks up his keys and goes out. You hear the car start.
}
Michelle talks. It pours out of her as if it has been waiting for someone.
"She used to be so funny. She'd do voices. She'd do the woman off the telly, the weather one, and her nan would laugh till she cried. She hasn't done a voice in a year." # speaker: jo-mum # expression: worried
"We knew. Not what, but we knew something. Months ago. She stopped eating with us, she'd come in at all hours, she'd be sick in the morning and say it was a bug." # speaker: jo-mum # expression: worried
"We tried talking to her. She says everything's fine. We went to the GP, and he said teenagers. We went to the school, and they said she's sixteen. And then you lot turn up and tell us it's our fault." # speaker: jo-mum # expression: closed-off
"Are you going to take her off us? Is that what this is?" # speaker: jo-mum # expression: worried
* [Go through house rules with them: curfews, where Jo goes, who she is with # undermines: parents-as-partners, safer-spaces # why: Parents often ask for exactly this, and rules can feel like something to hold on to. But making home the focus implies the harm is a parenting problem, and asks them to police dangers that sit outside their door. # short: Go through curfews and house rules # why-short: Something to hold on to, but implies a parenting problem # key-decision]
    ~ parents_respected -= 1
    You talk about curfews. About knowing where Jo is. About checking who she's with.
    "We've done all that," says Michelle flatly. "She climbs out of the bathroom window. We're on the ground floor." # speaker: jo-mum # expression: closed-off
    "We took her phone. She got another one. We grounded her. She went anyway. We're not the ones who need rules. Those men are." # speaker: jo-mum # expression: closed-off
    The conversation does not recover.
* [Tell them removal is very unlikely, and why you cannot say never # supports: parents-as-partners, curious-informed # undermines: trauma-informed # why: Honesty builds the kind of trust that lasts: the worry is harm from men outside the home, and removing a child is very rarely the answer to that. But 'very unlikely' is not 'no', and frightened parents may hear only the doubt. # short: Removal very unlikely; can't say never # why-short: Honest and trust-building, but they may hear only the doubt]
    ~ parents_respected += 1
    "It's very unlikely. This is about men outside your front door, not about you. Our job is to protect Jo from them, with you." # speaker: you
    "I can't promise things I don't decide on my own. What I can promise is to tell you straight, every time, before anything happens." # speaker: you
    "Very unlikely," Michelle repeats, turning it over as if looking for the catch. # speaker: jo-mum # expression: closed-off
    "It's the first straight answer anyone's given us," says Lee, from the doorway. He does not come any further in. # speaker: jo-mum-partner
* [Ask what they have noticed in Jo, and who they have already asked # supports: parents-as-partners, curious-informed # undermines: trauma-informed # why: Months of worry are evidence, and asking shows you take it seriously. But their question, whether Jo will be taken, is left hanging while you ask them to go back over the worst year of their lives. # short: Ask what they noticed and who they asked # why-short: Values their worry, but leaves their fear of removal hanging]
    ~ parents_respected += 1
    ~ assault_hint = true
    "Can I come back to that? Tell me what you've noticed first. From the start. And who you went to." # speaker: you
    Michelle thinks.
    "It started about a year ago. Before that she was art club every lunchtime, round her nan's every Sunday, friends round here all the time. Then, nearly overnight, nothing. No friends except Cassie. Drinking. Angry with everyone." # speaker: jo-mum
    "Something happened. I always thought something happened. She'd never say." # speaker: jo-mum # expression: worried
    It is a long hour, and useful. At the door she asks again, quietly, whether they will take Jo. You realise she has been waiting the whole hour to ask it.
* [Say sorry for how they were spoken to, and promise nobody will take Jo # supports: parents-as-partners, trauma-informed # undermines: curious-informed # why: Naming the hurt, and putting the blame on the men, can turn frightened parents into allies, and answering their worst fear calms the room. But it is a promise you cannot make: decisions about Jo's safety are not yours alone, and if things changed it would be remembered. # short: Say sorry; promise nobody will take Jo # why-short: Calms their worst fear, but it's a promise you can't make]
    ~ parents_respected += 2
    ~ promised_family = true
    "I'm sorry for what was said to you. It was wrong, and it's not what we think. Men have been targeting Jo and paying her for sex. That's abuse, and it's their crime, not your failure." # speaker: you
    "And nobody's taking Jo anywhere. That isn't what this is." # speaker: you
    Michelle holds the mug with both hands and doesn't drink from it.
    "Nobody's said that. Not once." # speaker: jo-mum # expression: worried
    You hope, quite hard, that nothing happens to make you a liar.
- -> s6_sharing
