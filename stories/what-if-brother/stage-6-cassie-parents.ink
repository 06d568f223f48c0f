// What if: her brother gave her the drugs. Stage 6, continued: Cassie's parents at home.
// A copy of the main story's s6_cassie_parents, word for word except one feedback text that this story makes untrue:
// here the investigation that 'cleared' Daniel was wrong, so asking the parents to keep Cassie from her brother's
// friends is not wrong because the friends are innocent, but because it rests on the report's assumption, restricts
// Cassie and tells the family they are the problem. Keep the rest in step with ../cassie-and-jo/stage-6-cassie-parents.ink.

=== s6_cassie_parents ===
Later that week you climb the stairs to Cassie's family's flat, the first floor of a tall old terrace split into three. # scene: cassie-home # sfx: door-knock
{
- bias_challenged == 2:
    Cassie's dad, Michael, opens the door.
    "You're the one from the meeting. Angela told me, in the end, that somebody stood up for my boys in there. Come in." # speaker: cassie-dad
- cassie_parents >= 2:
    Cassie's dad, Michael, opens the door.
    "You're the one who came round before. Come in." # speaker: cassie-dad
- cassie_restricted:
    Cassie's dad, Michael, opens the door and does not step back.
    "Seven o'clock curfew. No park. Like she's on a tag. My daughter, who's never been in trouble in her life." # speaker: cassie-dad
- else:
    Cassie's mum, Angela, opens the door. Her husband is in the kitchen, and stays there.
    "The last professionals in this house were police. I hope you're different." # speaker: cassie-mum
}
The flat is tidy and cold, and smells faintly of damp. Through a half-open door you can see Cassie's bedroom: a row of trainers lined up on a shelf, Marvel posters, and a black bloom of mould creeping across the ceiling above her bed.
Cassie herself is out. She knew you were coming, and she chose not to be here.
* [Name how the family were treated in the park, and ask what they need # supports: parents-as-partners, challenge-inequality # why: Acknowledging how the family were treated, and taking their practical needs seriously, including the mould in Cassie's room, treats them as partners rather than suspects. It stretches your role beyond the brief, and it may raise hopes about the landlord that you cannot fully meet. # short: Name their treatment, ask what they need # why-short: Partners not suspects, but may raise hopes you cannot meet]
    { not (bias_challenged == 2 or cassie_parents >= 2 or cassie_restricted):
        You ask whether Cassie's dad could join you, and after a moment Michael comes through from the kitchen and sits down.
    }
    ~ cassie_parents += 2
    ~ trust_cassie += 1
    "I've read the police report. I don't think it was fair to your sons or to Cassie, and I've said so. I'm sorry that was how you were treated." # speaker: you
    "And I can see her room. Can I help with that? Your landlord has a duty to fix it, and the council can make him." # speaker: you
    Angela and Michael look at each other.
    "She stopped going to the park after whatever happened with Jo. Then last summer she started again, with some other girls, and then there was the police. She's been jumpy ever since. Looks out of the window when a car slows down." # speaker: cassie-mum
    "Someone's hanging about down there. I don't know who. I just know my girl's frightened and she won't say of what," says Michael. # speaker: cassie-dad
* [Keep the visit short, on Cassie's hearing and her appointments # supports: trauma-informed # undermines: parents-as-partners, curious-informed # why: A short, predictable visit can feel less threatening to a family who have had police at the door. But it treats them as people to inform rather than as partners, and you leave without hearing what they know about their daughter. # short: Keep the visit short: hearing and dates # why-short: Less threatening, but you leave without hearing them]
    You go through the hearing in May, the appointments, the plan. They nod. Angela makes sure she has the dates in her phone.
    At the door Michael says, "Is that it?", and you realise you have not asked them a single thing.
* [Ask them to keep Cassie in at weekends, away from her brother's friends # undermines: parents-as-partners, challenge-inequality, children-first # why: It gives worried parents something concrete to do. But it puts the job of protection on them, restricts the girl who was targeted, and points at the brother's friends on nothing more than the police report's assumptions. Whoever turns out to be behind the drugs, a keep-away rule makes Cassie the one who is restricted, and tells her family that they are the problem. # short: Ask them to keep Cassie in at weekends # why-short: Something to do, but restricts Cassie and blames the family # differs: Here her brother is, in fact, part of how the drugs reached Cassie, but nobody knows it yet: the rule rests on the report's assumptions, not on anything Cassie or her family have said, and it costs the partnership she will need when the truth comes out.]
    ~ cassie_parents -= 1
    Michael's jaw tightens.
    "My son's friends. My son, who was cleared. You lot never get tired of that one, do you?" # speaker: cassie-dad
    After that, every question gets a one-word answer. Daniel, twenty, comes in halfway through, hears his name, and walks straight out again.
* [Talk mainly to Cassie's mum, since her dad is angry with the police # undermines: parents-as-partners, challenge-inequality # why: It avoids a hard conversation, and Angela is easier to talk to. But treating a Black father's anger about his children's search as a risk, rather than as a reasonable response, repeats the bias in the report. # short: Talk mainly to Cassie's mum # why-short: Easier talk, but treats a Black father's anger as a risk]
    ~ cassie_parents -= 1
    You direct your questions to Angela. Michael listens from the kitchen for five minutes, and then you hear the front door.
    "He's not a bad man," Angela says. "He's just had enough of people like you deciding what he is." # speaker: cassie-mum
- -> stage_7_trauma_informed
