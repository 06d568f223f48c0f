// Stage 6: Approach parents and carers as partners, wherever possible.
// Back to Jo's mum and Lee, what to share with them, and Cassie's parents.

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

=== s6_sharing ===
"So what's actually been going on?" Michelle asks. "Nobody tells us anything." # scene: jo-home
* [Share what Jo has agreed you can share, and explain honestly what you cannot say yet and why # supports: child-voice, parents-as-partners # why: Jo is included in decisions about what her parents hear, and they still get enough to help. They may feel shut out of details, and you will need to keep going back to Jo as things change.]
    { trust_jo >= 2:
        Jo has told Kerry what she is happy for her mum to know: the pub, the men, the drink. Not the details. You tell Michelle exactly that much, and why the rest is Jo's to share when she is ready.
    - else:
        Jo has agreed to very little. You tell Michelle what you can, and you are honest that the rest is Jo's, and that you will keep asking her.
    }
    "I suppose that's fair," says Michelle slowly. "I wouldn't want my mum knowing everything either." # speaker: jo-mum
* [Tell them everything you know, so they can protect her # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: Parents can only protect what they know about, and they are asking in good faith. But sharing the details of Jo's sexual abuse without her knowing takes one more decision about her body away from her.]
    ~ told_parents_everything = true
    ~ trust_jo -= 2
    You tell them everything: the pub, the men, the money, the taxi. Michelle goes very white.
    That night she tells Jo she knows. All of it. Jo works out in about a minute where her mum got it from.
* [Tell them the details are confidential and that you cannot discuss them # supports: child-voice # undermines: parents-as-partners # why: It protects Jo's privacy. But it leaves her parents guessing in the dark, unable to help, and feeling once again that services are closing ranks against them.]
    ~ parents_respected -= 1
    "I'm afraid the details are confidential." # speaker: you
    Michelle looks at you for a long moment.
    "Right. Like everyone else, then." # speaker: jo-mum
* [Offer them a named contact, a place at planning meetings, and a parents' support service such as the Ivison Trust # supports: parents-as-partners, strengths-relationships # why: It makes them partners in the plan and gives them support of their own. It adds meetings to a family already stretched thin, and it does not answer the question they just asked.]
    ~ parents_respected += 1
    You give Michelle your number and tell her she can ring it. You tell her about the next meeting and that she and Lee are invited, and about a charity that supports parents whose children are being exploited.
    "Other people have this?" says Michelle. "Other mums?" # speaker: jo-mum
    "More than you'd think." # speaker: you
- -> s6_cassie_parents

=== s6_cassie_parents ===
Later that week you climb the stairs to Cassie's family's flat, the first floor of a tall old terrace split into three. # scene: cassie-home # sfx: door-knock
{
- bias_challenged == 2 or cassie_parents >= 2:
    Cassie's dad, Michael, opens the door.
    "You're the one from the meeting. Marcus said somebody stood up for my boys in there. Come in." # speaker: cassie-dad
- cassie_restricted:
    Cassie's dad, Michael, opens the door and does not step back.
    "Seven o'clock curfew. No park. Like she's on a tag. My daughter, who's never been in trouble in her life." # speaker: cassie-dad
- else:
    Cassie's mum, Angela, opens the door. Her husband is in the kitchen, and stays there.
    "The last professionals in this house were police. I hope you're different." # speaker: cassie-mum
}
The flat is tidy and cold, and smells faintly of damp. Through a half-open door you can see Cassie's bedroom: a row of trainers lined up on a shelf, Marvel posters, and a black bloom of mould creeping across the ceiling above her bed.
Cassie herself is out. She knew you were coming, and she chose not to be here.
* [Name what happened to the family in the park, and ask what they need, including help with the damp in Cassie's room # supports: parents-as-partners, challenge-inequality # why: Acknowledging how the family were treated, and taking their practical needs seriously, treats them as partners rather than suspects. It stretches your role beyond the brief and may raise hopes you cannot fully meet.]
    { not (bias_challenged == 2 or cassie_parents >= 2 or cassie_restricted):
        You ask whether Cassie's dad could join you, and after a moment Michael comes through from the kitchen and sits down.
    }
    ~ cassie_parents += 2
    ~ trust_cassie += 1
    "I've read the police report. I don't think it was fair to your sons or to Cassie, and I've said so. I'm sorry that was how you were treated." # speaker: you
    "And I can see her room. Can I help with that? Your landlord has a duty to fix it, and I know people who can make him." # speaker: you
    Angela and Michael look at each other.
    "She stopped going to the park after whatever happened with Jo. Then last summer she started again, with some other girls, and then there was the police. She's been jumpy ever since. Looks out of the window when a car slows down." # speaker: cassie-mum
    "Someone's hanging about down there. I don't know who. I just know my girl's frightened and she won't say of what," says Michael. # speaker: cassie-dad
* [Ask them to keep Cassie in at weekends and away from her older brother's friends # undermines: parents-as-partners, challenge-inequality # why: It gives worried parents something concrete to do. But it puts the job of protection on them, and it repeats the assumption that the brother's friends are the danger, which the investigation found was not the case.]
    ~ cassie_parents -= 1
    Michael's jaw tightens.
    "My son's friends. My son, who was cleared. You lot never get tired of that one, do you?" # speaker: cassie-dad
    After that, every question gets a one-word answer. Daniel, twenty, comes in halfway through, hears his name, and walks straight out again.
* [Talk mainly to Cassie's mum, since her dad is angry with the police # undermines: parents-as-partners, challenge-inequality # why: It avoids a hard conversation, and Angela is easier to talk to. But treating a Black father's anger about his children's search as a risk, rather than as a reasonable response, repeats the bias in the report.]
    ~ cassie_parents -= 1
    You direct your questions to Angela. Michael listens from the kitchen for five minutes, and then you hear the front door.
    "He's not a bad man," Angela says. "He's just had enough of people like you deciding what he is." # speaker: cassie-mum
* [Keep the visit short and focused on Cassie's court case and her appointments # supports: children-first # undermines: parents-as-partners # why: It respects their time and keeps the visit clear and unthreatening. But it treats them as people to inform rather than as partners, and misses what they know about their daughter.]
    You go through the court process, the appointments, the plan. They nod. Angela makes sure she has the dates in her phone.
    At the door Michael says, "Is that it?", and you realise you have not asked them a single thing.
- -> stage_7_trauma_informed
