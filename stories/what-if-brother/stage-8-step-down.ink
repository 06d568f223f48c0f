// What if: her brother gave her the drugs. Stage 8, continued: stepping the work down.
// Replaces the main story's s8_step_down: things are calmer, but Daniel's debt to the man at the park has not gone
// away, so closing now means something different here.

=== s8_step_down ===
By the end of the summer term things are quieter. # scene: office
Nadia rings about the review.
"Both girls are calmer. The panel's asking whether we step down or close. Caseloads, you know how it is." # speaker: social-worker
{ daniel_response == -1:
    "And with the brother charged, they're saying the risk to Cassie has gone." # speaker: social-worker
}
You think about eight hundred pounds, and a man on a bench who has not been asked about any of it.
{ nrm:
    Cassie's NRM decision is due any week. Her solicitor has already written to the prosecutor about the Section 45 defence.
- else:
    Cassie's court date is set for September.
}
Jo turns seventeen in August. In a year she will be eighteen, and most of the services now around her will simply stop, whether or not the men outside the pub have.
* [Step down slowly: keep Kerry and Ruth in place, plan with Jo for support that carries on past eighteen, and keep watch over Cassie's case # supports: strengths-relationships, children-first # why: Keeping trusted adults in place through the handover protects what has been built, and harm does not stop at eighteen. It holds resources that other children on the waiting list need.]
    ~ continuity = 1
    "Step down, not off," you tell Nadia. "Same faces. Fewer meetings. And a plan for Jo that doesn't fall off a cliff when she turns eighteen." # speaker: you
* [Close both cases now that things are calmer # undermines: strengths-relationships, trauma-informed, children-first # why: Calm is a real change, and the waiting list is long. But Daniel still owes the man at the park, debts like that get passed down a family, and closing now ends the relationships just as they started working. # differs: Here calm may only mean the man at the park is waiting: Daniel's debt has not gone away, and Cassie and Josh live where it can be collected.]
    ~ continuity = -1
    Both cases close at the end of July. Letters go out. Kerry's last session with Jo is a goodbye that neither of them quite says.
    In August a young man nobody knows knocks on Cassie's family's door and asks, politely, how Daniel is getting on, and whether his little sister is around.
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
