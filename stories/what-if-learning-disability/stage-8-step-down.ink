// What if: Jo has a learning disability. Stage 8, continued: stepping the work down.
// Replaces the main story's s8_step_down: for Jo the cliff edge at eighteen is also the move from children's to
// adult services, and her education, health and care plan can run to twenty-five.

=== s8_step_down ===
By the end of the summer term things are quieter. # scene: office
Nadia rings about the review.
"Both girls are calmer. The panel's asking whether we step down or close. Caseloads, you know how it is." # speaker: social-worker
{ nrm:
    Cassie's NRM decision is due any week. Her solicitor has already written to the prosecutor about the Section 45 defence.
- else:
    Cassie's court date is set for September.
}
Jo turns seventeen in August. In a year she will be eighteen, and most of the services now around her will simply stop, whether or not the men outside the pub have. Her education, health and care plan can carry on until she is twenty-five. Nobody has yet asked her what she wants it to say.
* [Step down slowly, and plan Jo's move into adult life with her: her plan can run to twenty-five, and adult services should meet her well before she turns eighteen # supports: strengths-relationships, children-first, child-voice # why: Harm does not stop at eighteen and neither does Jo's disability, so a plan that carries her across the gap, made with her, protects what has been built. It means joining up services that rarely talk to each other, and it holds resources other children need. # differs: Here the cliff edge at eighteen is also the move from children's to adult services, and Jo's plan gives a way to bridge it that only works if someone starts now.]
    ~ continuity = 1
    ~ transition_planned = true
    "Step down, not off," you tell Nadia. "Same faces, fewer meetings. And let's get adult social care to meet Jo this year, not the week after her birthday, and put college and her safety plan into her education, health and care plan, with her in the room when we write it." # speaker: you
    "Adult services at seventeen?" says Nadia. "They'll say it's early." # speaker: social-worker
    "It's early for them. It's late for her." # speaker: you
* [Close both cases now that things are calmer # undermines: strengths-relationships, trauma-informed # why: Calm is a real change, and the waiting list is long. But calm is often when the adults who cause harm come back, and closing now ends the relationships just as they started working.]
    ~ continuity = -1
    Both cases close at the end of July. Letters go out. Kerry's last session with Jo is a goodbye that neither of them quite says.
* [Keep both girls on the highest level of plan, just in case # supports: children-first # undermines: child-voice, strengths-relationships # why: It keeps every protection in place, which feels safe to professionals. For the girls it means endless meetings about them, and it tells them nothing they do will ever be enough to be trusted.]
    ~ continuity = 0
    Both plans stay as they are. The meetings continue, monthly. Cassie stops coming to hers. Jo comes to hers and plays on her phone.
* [Ask Cassie and Jo what they want from the adults now, and build the step-down around their answers # supports: child-voice, strengths-relationships # why: Asking them treats them as the experts on their own lives, and a plan they helped make is more likely to hold. They may ask for less than you think they need, and you will have to talk that through honestly.]
    ~ continuity = 1
    ~ trust_cassie += 1
    ~ trust_jo += 1
    You ask them, separately. Cassie wants Ruth until her exams are over, and nobody else. Jo wants Kerry, and the art room, and for the meetings to stop being about her without her.
    "Fine," says Nadia, when you tell her. "That's a plan." # speaker: social-worker
- On the last day of term you drive past the park on your way back from a meeting about another child. # scene: park-day
{
- park_plan == 2:
    There is a council van by the bandstand and a man up a ladder. Priya's gazebo is already up, two hours early, with a hand-painted sign that says FRIDAYS. Someone has drawn a pair of trainers on it.
- park_plan == 1:
    The gates have a new padlock and a new sign. The park is empty. Somewhere else, you suppose, it isn't.
- else:
    It looks the way it always looks in the afternoon: swings, a dog walker, a group of teenagers on the benches by the bandstand. In the evening it will look different, and nobody will be there to see it.
}
-> endings
