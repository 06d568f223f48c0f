// Stage 8, continued: stepping the work down at the end of the summer term.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s8_step_down ===
By the end of the summer term things are quieter. Both girls have sat their GCSEs, more or less. # scene: office
Nadia rings about the review.
"Both girls are calmer. The panel's asking whether we step down or close. Caseloads, you know how it is." # speaker: social-worker
{ promised_family:
    "And Gavin's put a note on Jo's file. Michelle told him at the last review that you'd promised nobody would ever take Jo. He wants it corrected in writing, and he's copied in my manager." # speaker: social-worker
}
{ nrm:
    The prosecutor dropped Cassie's case in May, a week before the hearing, after the reasonable-grounds decision and her solicitor's letter about the Section 45 defence. The conclusive-grounds decision could still be months away.
- else:
    Cassie's hearing was in May. The youth court gave her a referral order, and her panel meetings with Marcus run into the autumn.
}
Jo turns seventeen in September. A year after that she will be eighteen, and most of the services now around her will simply stop, whether or not the men outside the pub have.
* [Keep both girls on their current plans, with monthly meetings, all summer # undermines: child-voice, strengths-relationships # why: It keeps every protection in place, which feels safe to professionals. For the girls it means monthly meetings about them all summer, and it tells them that nothing they do will ever be enough to be trusted. # short: Keep both plans and monthly meetings # why-short: Keeps protection, but tells the girls they're never trusted # key-decision]
    ~ continuity = 0
    Both plans stay as they are. The meetings continue, monthly. Cassie stops coming to hers. Jo comes to hers and plays on her phone.
* [Ask Cassie and Jo what they want from the adults now, and start there # supports: child-voice, strengths-relationships # undermines: children-first # why: Asking them treats them as the experts on their own lives, and a plan they helped make is more likely to hold. But they may ask for less than they need, and the adults who harmed them have not gone away. # short: Ask Cassie and Jo what they want now # why-short: A plan they own, but they may ask for less than they need]
    ~ continuity = 1
    ~ trust_cassie += 1
    ~ trust_jo += 1
    You ask them, separately. Cassie wants Ruth until her results, and nobody else: not Marcus, not you. Jo wants Kerry, and the art room, and for the meetings to stop being about her without her.
    "Fine," says Nadia, when you tell her. "That's a plan. It's a thin one." # speaker: social-worker
* [Close both cases, now that things are calmer and the list is long # undermines: strengths-relationships, trauma-informed # why: Calm is a real change, and the waiting list is long. But calm is often when the adults who cause harm come back, and closing now ends the relationships just as they started working. # short: Close both cases now things are calmer # why-short: Eases the list, but ends relationships as they start to work]
    ~ continuity = -1
    Both cases close at the end of July. Letters go out. Kerry's last session with Jo is a goodbye that neither of them quite says.
* [Step down slowly: same faces, fewer meetings, a plan past eighteen # supports: strengths-relationships, children-first # undermines: child-voice # why: Keeping trusted adults in place through the handover protects what has been built, and harm does not stop at eighteen: transitional safeguarding plans across that cliff edge. But it is the adults' plan, made about the girls rather than with them, and it holds on to workers other children on the waiting list need. # short: Step down slowly; plan past eighteen # why-short: Keeps trusted adults past 18, but made without the girls]
    ~ continuity = 1
    "Step down, not off," you tell Nadia. "Same faces. Fewer meetings. And a plan for Jo that doesn't fall off a cliff when she turns eighteen." # speaker: you
    Nobody asks the girls. Cassie hears about it from Ruth, and says, "Do I get a say in anything?"
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
