// What if: Cassius and Joe are boys. Stage 6: Approach parents and carers as partners, wherever possible.
// Joe's mum and Lee, where shame about what the men did is its own risk; then Cassius's parents, whose fifteen-
// year-old son was strip-searched in a police station.

=== stage_6_parents_as_partners ===
A week later you go back to Joe's home, on your own this time. # stage: parents-as-partners # scene: jo-home # sfx: door-knock
{
- parents_respected >= 2:
    Michelle has the kettle on before you are through the door. Lee shakes your hand, awkwardly, and says thank you for the other day.
- parents_respected >= 0:
    Michelle lets you in. Lee stays in the kitchen doorway, ready to leave if he doesn't like what he hears.
- else:
    Lee opens the door and does not move out of it. "If you've come to tell us again that we let him run wild, you can turn round now." In the end Michelle lets you in, and Lee goes out.
}
{ row_at_home:
    Joe is at his nan's again this week. "Just for a few days," Michelle says. "Till things calm down."
}
Michelle talks. It pours out of her as if it has been waiting for someone.
"He used to be so funny. He'd do voices. He'd do the woman off the telly, the weather one, and his nan would laugh till she cried. He hasn't done a voice in a year."
"We went to the GP, and he said teenage boys. We went to the school, and they said he's sixteen, he's a big lad, he can look after himself. And then you lot turn up and say he's..."
She cannot finish it.
"Lee can't look at him. He says he doesn't know what to say to him. I don't think he means it how it sounds. I hope he doesn't."
* [Go through the house rules with them: curfews, where Joe goes, who he is with, and what happens when he breaks them # undermines: parents-as-partners, safer-spaces # why: Parents often ask for exactly this, and rules can feel like something to hold on to. But making home the focus implies the harm is a parenting problem, and asks them to police dangers that sit outside their door. # short: Go through the house rules with them # why-short: Something to hold on to, but makes it a parenting problem # key-decision]
    ~ parents_respected -= 1
    "We've done all that," says Michelle flatly. "He climbs out of the bathroom window. We're not the ones who need rules. Those men are."
* [Talk to Michelle and Lee about shame, which is what the men rely on, and say it says nothing about who Joe is # supports: parents-as-partners, trauma-informed, challenge-inequality # undermines: child-voice # why: If Lee turns away from Joe in shame, Joe loses the adults at home just when the men want him alone, and naming the shame gives the family something to do about it. But it means discussing Joe's sexuality and his abuse with his parents while he is not in the room, when he has said clearly that he does not want it discussed at all. # short: Talk to Michelle and Lee about shame # why-short: Helps the family stand by Joe, but goes against his wishes # differs: Here the family's shame about a son abused by men, and Lee's fear of what it means, are themselves a risk to Joe, which the main story's family never faces.]
    ~ parents_respected += 1
    ~ shame_named = true
    "Can I say something about Lee, and about Joe?" you say. "What those men did says nothing about who Joe is or who he likes. Men who do this count on boys being too ashamed to tell, and families too ashamed to ask. The best thing you can both do is make sure he knows nothing he tells you will make you look away." # speaker: you
    From the kitchen doorway, after a long time, Lee says, "He's still my lad. Course he is."
    Michelle cries, quietly, into the tea towel.
* [Ask them what they have noticed over the last year, and who they have already asked for help # supports: parents-as-partners, curious-informed # why: Months of worry are evidence, and asking shows you take it seriously. It may bring up their anger at every service that failed them, and it leaves what Lee cannot say to Joe unspoken. # short: Ask what they've noticed, who they asked # why-short: Their worry counts as evidence, but Lee's silence stays]
    ~ parents_respected += 1
    ~ assault_hint = true
    "It started about a year ago," says Michelle. "Before that, art club every lunchtime, round his nan's every Sunday. Then nothing. No friends except Cass. Drinking. Angry with everyone. Something happened. I always thought something happened."
* [Acknowledge how they were spoken to, apologise for it, and say that the people responsible are the men harming Joe # supports: parents-as-partners, trauma-informed # why: Naming the hurt puts the blame where it belongs and can turn frightened parents into allies. Apologising for a colleague may worry your managers, and it does not undo what was said. # short: Apologise for how they were spoken to # why-short: Puts blame on the men, but may worry your managers]
    ~ parents_respected += 2
    "I'm sorry for what was said to you. Men have been targeting Joe and paying him for sex. That's abuse, and it's their crime, not your failure, and not his." # speaker: you
    "Nobody's said that. Not once," says Michelle.
- -> s6_cassie_parents

=== s6_cassie_parents ===
Later that week you climb the stairs to Cassius's family's flat, the first floor of a tall old terrace split into three. # scene: cassie-home # sfx: door-knock
{
- bias_challenged == 2 or cassie_parents >= 2:
    Cassius's dad, Michael, opens the door. "You're the one from the meeting. Marcus said somebody stood up for my boys in there. Come in."
- cassie_restricted:
    Cassius's dad, Michael, opens the door and does not step back. "Seven o'clock curfew. On a gang list. My son, who's never been in trouble in his life."
- else:
    Cassius's mum, Angela, opens the door. Her husband is in the kitchen, and stays there. "The last professionals in this house were police," she says. "I hope you're different."
}
{ bias_challenged == 2 or cassie_parents >= 2 or cassie_restricted:
    Cassius's mum, Angela, is at the kitchen table, and gets up to put the kettle on.
}
{ cassius_seen_harmed:
    "Social care rang about him too," Angela says. "About that night with Joe. Nobody had ever rung us about him being the one who got hurt. It was always what he'd done."
}
The flat is tidy and cold, and smells faintly of damp. Through a half-open door you can see Cassius's room: trainers lined up on a shelf, Marvel posters, and a black bloom of mould across the ceiling above his bed.
"Do you know what they did to him in that police station?" says Angela. "He's fifteen. He won't talk about it. He won't even let me hug him any more."
* [Say the search harmed him, ask what they need, and offer to help them complain about the strip search # supports: parents-as-partners, challenge-inequality, children-first # undermines: trauma-informed # why: Taking the search seriously as harm to a child, and backing their anger, treats them as partners rather than suspects. But a complaint would mean Cassius's search being read, described and investigated all over again, and he has not yet been asked whether he can face that. # short: Call the search harm; help them complain # why-short: Treats them as partners, but Cassius has not been asked # differs: Here their fifteen-year-old son was strip-searched in custody, and treating that as something that happened to a child is where partnership with them starts. # key-decision]
    ~ cassie_parents += 2
    ~ trust_cassie += 1
    ~ search_challenged = true
    ~ search_complaint = true
    ~ priestley_strain += 1
    { not (bias_challenged == 2 or cassie_parents >= 2 or cassie_restricted):
        Michael comes through from the kitchen and sits down.
    }
    "I've read the report, and I don't think it was fair to any of your sons. A fifteen-year-old was strip-searched with nobody there for him. That's a safeguarding matter, and if you want to complain, I'll help you do it." # speaker: you
    "And I can see his room. Your landlord has a duty to fix that, and I know people who can make him." # speaker: you
    Michael and Angela look at each other.
    "Someone's hanging about down the park," says Michael. "I don't know who. I just know my boy's frightened, and he won't say of what. And he's fifteen and six foot, so nobody believes he can be frightened at all."
    Angela says she will ask Cassius about the complaint. She comes back a week later: he said do it, as long as he never has to be in a room with a police officer about it.
* [Ask them to keep Cassius in at weekends, and away from his older brother's friends, until the case is heard # undermines: parents-as-partners, challenge-inequality # why: It gives worried parents something concrete to do. But it puts the job of protection on them, and repeats the assumption that the brother's friends are the danger, which the investigation found was not the case. # short: Ask them to keep Cassius in at weekends # why-short: Something to do, but repeats a suspicion already disproved]
    ~ cassie_parents -= 1
    Michael's jaw tightens. "My son's friends. My son, who was cleared. You never get tired of that one, do you?"
    After that, every question gets a one-word answer.
* [Talk mainly to Cassius's mum, since his dad is angry with the police and may take it out on you # undermines: parents-as-partners, challenge-inequality # why: It avoids a hard conversation. But treating a Black father's anger about his sons' treatment as a risk, rather than as a reasonable response, repeats the bias in the report. # short: Talk mainly to Cassius's mum # why-short: Avoids conflict, but treats a Black father's anger as a risk]
    ~ cassie_parents -= 1
    You direct your questions to Angela. After five minutes you hear the front door.
    "He's not a bad man," Angela says. "He's just had enough of people like you deciding what he is. What his boys are."
* [Keep the visit short and focused on Cassius's court hearing in May and his appointments, and leave the rest # undermines: parents-as-partners, curious-informed # why: It respects their time and keeps the visit clear, and the hearing is what they are most worried about. But it treats them as people to inform rather than as partners, and misses what they know about their son. # short: Keep it short, on the May hearing # why-short: Clear and focused, but informs them instead of asking them]
    You go through the court process, the appointments, the plan. At the door Michael says, "Is that it?", and you realise you have not asked them a single thing.
- -> stage_7_trauma_informed
