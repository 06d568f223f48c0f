// What if: Jo has a learning disability. Stage 6: Approach parents and carers as partners, wherever possible.
// Replaces the main story's stage_6_parents_as_partners: Jo's family have kept her close all her life,
// every service has put the changes down to her disability, and more rules would isolate her further.
// What to share (s6_sharing) and Cassie's parents (s6_cassie_parents) are the main story's.

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
    "If you've come to tell us again that we let her run wild, you can turn round now." # speaker: jo-mum-partner
    In the end Michelle calls him back and lets you in. Lee picks up his keys and goes out. You hear the car start.
}
Michelle talks. It pours out of her as if it has been waiting for someone.
"She used to be so funny. She'd do voices. She'd do the woman off the telly, the weather one, and her nan would laugh till she cried. She hasn't done a voice in a year." # speaker: jo-mum
"We've always kept her close. She's so trusting. If someone smiles at her, they're her friend. We never let her go into town on her own, not till this year, when she said everyone else was allowed and we felt terrible." # speaker: jo-mum
"Then she stopped eating with us, she'd come in at all hours, she'd be sick in the morning and say it was a bug. We went to the GP, and he said young people with learning disabilities often get frustrated at her age. We went to the school, and they said it's her needs. And then you lot turn up and tell us it's our fault." # speaker: jo-mum
"Are you going to take her off us? Is that what this is?" # speaker: jo-mum
* [Ask them what they have noticed since last spring, who they have already asked for help, and what was said # supports: parents-as-partners, curious-informed # undermines: trauma-informed # why: Months of worry are evidence, and asking shows you take it seriously. But it asks two exhausted people to go back through every door that was shut on them, and you will have to sit with the anger that comes out. # short: Ask what they noticed and who they asked # why-short: Treats their worry as evidence, but relives every shut door # differs: Here the doors that were shut on them all said the same thing, that it was her disability, and going back through them brings that up too. # key-decision]
    ~ parents_respected += 1
    ~ assault_hint = true
    "Tell me what you've noticed. From the start. And who you went to." # speaker: you
    Michelle thinks.
    "It started about a year ago. Before that she was art club every lunchtime and round her nan's every Sunday. Then, nearly overnight, nothing. No friends except Cassie. Drinking. Angry with everyone." # speaker: jo-mum
    "Everyone said it was her disability. It wasn't. Something happened. I always thought something happened. She'd never say." # speaker: jo-mum
    By the end she is crying, and Lee has gone out to the car.
* [Offer to work with them on safety learning that Jo can use at home: pictures, practice and repetition # supports: parents-as-partners, strengths-relationships, curious-informed # undermines: child-voice # why: Parents who know how their daughter learns are the best people to help safety ideas stick, and it gives them something to do other than lock the door. But it is three adults deciding what Jo will be taught about her own body and her own friends, before anyone has asked her. # short: Plan safety learning for home with them # why-short: Parents help it stick, but Jo has not been asked # differs: In the main story the parents need information; here they need ways of teaching safety that fit how Jo learns, and they are the people best placed to go over it with her.]
    ~ parents_respected += 1
    ~ ld_safety_learning = true
    You tell them about the pictures Kerry and Sam have started using, and ask whether they would go over the same ones at home: who is a friend and who only acts like one, what to do if someone asks for something in return, who to ring.
    "Nobody's ever given us anything like that," says Michelle. "They just tell us to keep her safe. Like we haven't been trying." # speaker: jo-mum
    Lee, from the doorway, asks whether there is a version for Pauline as well. Nobody thinks to ask whether there is a version Jo would choose.
* [Go through the house rules with them: a curfew, where Jo goes and who she is with, and what happens to her phone at night # undermines: parents-as-partners, strengths-relationships # why: Parents often ask for exactly this, and rules can feel like something to hold on to. But this family have kept Jo close all her life, and tighter rules would deepen the isolation that left her hungry for anyone who seemed to be a friend. # short: Go through house rules and a curfew # why-short: Something to hold on to, but it deepens Jo's isolation # differs: Here more rules would add to the overprotection that already cut Jo off from people her own age, which is part of how the men reached her.]
    ~ parents_respected -= 1
    You talk about curfews. About knowing where Jo is. About checking who she's with.
    "We've done that for sixteen years," says Michelle flatly. "She's got no friends her own age except Cassie, because we never let her out. Then these men were nice to her." # speaker: jo-mum
    "We took her phone. She got another one. She climbs out of the bathroom window. We're not the ones who need rules. Those men are." # speaker: jo-mum
    The conversation does not recover.
* [Acknowledge how they were spoken to, apologise for it, and say that the men harming Jo are the ones responsible # supports: parents-as-partners, trauma-informed, challenge-inequality # undermines: curious-informed # why: Naming the hurt, and the judgement about the kind of family they are, puts the blame where it belongs and can turn frightened parents into allies. But telling them flatly that they are not the problem is a judgement about a home you have only just started to understand, and it will be hard to take back if anything changes. # short: Apologise, and say the men are to blame # why-short: Parents may become allies, but it judges a home too soon # differs: Here the judgement they heard was about a disabled girl's family, that they let her 'run wild' after keeping her close all her life, and the apology has to cover the services that blamed her needs too.]
    ~ parents_respected += 2
    "I'm sorry for what was said to you. It was wrong, and it's not what we think. Men have been targeting Jo and paying her for sex. That's abuse, and it's their crime, not your failure." # speaker: you
    "And you were right that something had changed. It wasn't her needs. You noticed, and nobody listened. You're not the problem. I'd like you to be part of what protects her." # speaker: you
    Michelle holds the mug with both hands and doesn't drink from it.
    "Nobody's said that. Not once." # speaker: jo-mum
- -> s6_sharing
