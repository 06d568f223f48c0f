// What if: her brother gave her the drugs. Stage 8, continued: stepping the work down.
// Replaces the main story's s8_step_down: things are calmer, but Daniel's debt to the man at the park has not gone
// away, so closing now means something different here.

=== s8_step_down ===
By the end of the summer term things are quieter. Both girls have sat their GCSEs, more or less. # scene: office
Nadia rings about the review.
"Both girls are calmer. The panel's asking whether we step down or close. Caseloads, you know how it is." # speaker: social-worker
{ daniel_response == -1:
    "And with the brother charged, they're saying the risk to Cassie has gone." # speaker: social-worker
}
{ promised_family:
    "And Gavin's put a note on Jo's file. Michelle told him at the last review that you'd promised nobody would ever take Jo. He wants it corrected in writing, and he's copied in my manager." # speaker: social-worker
}
{ police_dissent:
    "And the sergeant's note is in the papers. 'Risk to the sibling not addressed.' They'll ask about it." # speaker: social-worker
}
You think about eight hundred pounds, and a man on a bench who has not been asked about any of it.
{ nrm:
    The prosecutor dropped Cassie's case in May, a week before the hearing, after the NRM reasonable-grounds decision and her solicitor's letter about the Section 45 defence. The conclusive-grounds decision could still be months away.
- else:
    Cassie's hearing was in May. The youth court gave her a referral order, and her panel meetings with Marcus run into the autumn.
}
Jo turns seventeen in September. In a year she will be eighteen, and most of the services now around her will simply stop, whether or not the men outside the pub have.
* [Keep both girls on the highest level of plan, with monthly meetings, until the man at the park has been dealt with # supports: curious-informed # undermines: child-voice, strengths-relationships # why: The man is still at the park and Daniel's debt still stands, so the risk has not gone, and the plan says so. For the girls it means endless meetings about them, and it tells them that nothing they do will ever be enough to be trusted. # short: Keep both on the highest plan, monthly # why-short: Risk is real, but endless meetings say they're not trusted # differs: Here there is a real reason to hold on, a debt that can be collected from Cassie's family, and it still costs the girls what it costs them in the main story. # key-decision]
    ~ continuity = 0
    Both plans stay as they are. The meetings continue, monthly. Cassie stops coming to hers. Jo comes to hers and plays on her phone.
* [Step down slowly for both girls, but keep Cassie's safety plan open until Daniel's debt is dealt with # supports: strengths-relationships, children-first # undermines: child-voice # why: Keeping trusted adults and the safety plan in place protects what has been built, and the debt is still there. But Cassie has told Ruth she wants to be done with meetings, and a plan she did not ask for tells her that telling the truth means being watched. # short: Step down, but keep Cassie's safety plan # why-short: Keeps trusted adults, but Cassie wants meetings over # differs: Here calm may only mean the man at the park is waiting: Daniel's debt has not gone away, and the plan has to outlast it.]
    ~ continuity = 1
    ~ debt_watch = true
    "Step down, not off," you tell Nadia. "Same faces. Fewer meetings. A plan for Jo that doesn't fall off a cliff when she turns eighteen. And Cassie's safety plan stays open until that debt is gone." # speaker: you
    Cassie hears it from Ruth, and rolls her eyes so hard that Ruth writes it down.
* [Close both cases now that things are calmer, and tell both families to ring if anything changes # supports: parents-as-partners # undermines: strengths-relationships, trauma-informed, children-first # why: Calm is a real change, the waiting list is long, and both families have had enough of services in their homes. But Daniel still owes the man at the park, debts like that get passed down a family, and closing now ends the relationships just as they started working. # short: Close both cases now things are calmer # why-short: Calm is real, but the debt remains and relationships end # differs: Here calm may only mean the man at the park is waiting: Daniel's debt has not gone away, and Cassie and Josh live where it can be collected.]
    ~ continuity = -1
    Both cases close at the end of July. Letters go out. Kerry's last session with Jo is a goodbye that neither of them quite says.
* [Ask Cassie and Jo what they want from the adults now, and build the step-down around their answers # supports: child-voice, strengths-relationships # undermines: children-first # why: Asking them treats them as the experts on their own lives, and a plan they helped make is more likely to hold. But Cassie may ask for less than the debt over her home calls for, and if you go with her answer, nobody is watching the door. # short: Ask Cassie and Jo what they want now # why-short: They lead, but Cassie may ask for less than the debt needs # differs: Here what Cassie asks for has to be weighed against a debt that can be collected from her family, which the main story never has to weigh.]
    ~ continuity = 1
    ~ trust_cassie += 1
    ~ trust_jo += 1
    You ask them, separately. Cassie wants Ruth until her results are out, and nobody else. Jo wants Kerry, and the art room, and for the meetings to stop being about her without her.
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
