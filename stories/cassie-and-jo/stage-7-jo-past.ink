// Stage 7, continued: Jo's past, and Jo telling you herself.

=== s7_jo_past ===
Then there is Jo. # scene: youth-centre
{ jo_school == 1:
    The support plan at school held until half-term. Then the head ended the later start. "We can't run a separate timetable for one pupil for ever," he told Mr Hale, who argued, and lost. The art teacher is still her named adult, and the room is still there if she asks for it. She has not asked.
}
{
- trust_jo >= 4:
    -> s7_jo_tells
- assault_known or assault_hint:
    -> s7_jo_from_records
- else:
    -> s7_jo_struggling
}

=== s7_jo_tells ===
It is Jo who brings it up, in the art room, on a Tuesday, painting the sky above her giant trainers a very dark blue. # scene: youth-centre
{ threat_disclosed:
    She has heard something from Cassie. The two of them have been talking again, a little, in a game lobby late at night.
}
"You might as well know. Everyone else knows some version." # speaker: jo
Content note: Jo describes being sexually assaulted by two classmates a year ago. It is described, not shown.
* [Read a short summary instead # aside # summary-choice]
    Jo tells you that a year ago, in the park, two boys from her year sexually assaulted her. She reported it at school the next day. When word spread and other pupils called her a liar and worse names, she withdrew her report to make it stop. She stopped going out except with Cassie, and drinks, she says, because it makes the memory quieter.
* [Read what Jo said # aside]
    "Last spring. In the park, near the old bandstand. Two boys from our year. I thought they were my mates." # speaker: jo
    "I said no. They didn't care. That's all I'm saying about that bit." # speaker: jo
    "I told Miss at school the next day. Then somehow everyone knew, and everyone was saying I was lying, or I'd asked for it, and they called me a tease. And worse than that. So I said I'd made it up. It was easier." # speaker: jo
    "I don't go to the park now. I didn't go anywhere for ages. Only with Cassie." # speaker: jo
    "The drink makes it quieter. That's all it is." # speaker: jo
- ~ assault_known = true
~ jo_told_assault = true
The two boys are still in her year. She passes them on the stairs most days.
Jo puts the brush down.
"Don't make me do the police again." # speaker: jo # expression: worried
* [Suggest Jo moves school, so she doesn't have to see the boys every day # undermines: trauma-informed, challenge-inequality, safer-spaces # why: It is meant as protection, and she does have to pass them on the stairs. But it moves the girl who was harmed, leaves the boys and the school's culture untouched, and takes her away from every adult who knows her. # short: Suggest Jo moves to another school # why-short: Meant as protection, but moves her and leaves the boys be]
    ~ jo_moved = true
    ~ jo_school = -1
    ~ trust_jo -= 1
    "Why should I go? I didn't do anything," says Jo. # speaker: jo
    She is right, and you both know it, and the move goes ahead anyway.
* [Say it must go to police and social care, but an interview is her call # supports: children-first, child-voice, trauma-informed # undermines: strengths-relationships # why: A report of rape or sexual assault by other children is passed to the police and children's social care whatever the victim wishes (Keeping Children Safe in Education, Part 5; Working Together 2023), not least because the two boys are still in her school and may pose a risk to other girls. What stays hers is whether she gives an interview or supports a prosecution. Telling her both, straight away, is honest; it may still feel like last spring all over again, and she may pull away from you for a while. # short: It goes to police; an interview is hers # why-short: Honest, protects other girls, but may feel like last spring]
    ~ assault_supported = true
    ~ assault_shared = 2
    "Jo, I can't keep this one between us. When someone tells me about a rape or a sexual assault, it goes to the police and to social care, whatever they want. Those two are still in your school. There are other girls in it." # speaker: you
    "So I'm doing the police again." # speaker: jo
    "No. The police will know. Whether you talk to them, give an interview, go anywhere near a court: that's yours. Nobody can make you, and I'll say so to anyone who tries." # speaker: you
    "And there are people whose whole job is supporting girls after something like this, at your speed. In the plan, this goes at the top. Not the drink. This." # speaker: you
    "You said you'd tell me before you did anything." # speaker: jo
    "I am telling you. Before." # speaker: you
    She puts the brush in the water jar and watches the blue come off it.
    "The adviser, then. Not the police. Not yet." # speaker: jo
    She does not come to the art room for the next three weeks. Kerry texts every Tuesday anyway.
* [Urge Jo to give the police a full account now, while people are listening # supports: safer-spaces # undermines: trauma-informed, child-voice # why: The boys should face what they did, and other girls may be at risk. But pushing her to go over it again on someone else's timetable takes control away from her a second time; the police can be told without her having to give them anything. # short: Urge Jo to give police a full account # why-short: Could stop the boys, but takes control from her again]
    ~ trust_jo -= 1
    ~ assault_shared = 2
    "I think you should tell the police. Properly this time. People will listen now." # speaker: you
    "People didn't listen then." # speaker: jo # expression: closed-off
    She paints the whole sky black and leaves early. You pass it on that evening, and tell her you have.
* [Offer her specialist support at her pace, and keep it between you for now # supports: trauma-informed, child-voice # undermines: children-first, safer-spaces # why: Going at her pace gives Jo control after something that took it away. But a report of rape by two classmates still in her school cannot be held between the two of you: the police and social care need to know, other girls may be at risk, and the boys need a response of their own. # short: Support at her pace; keep it between you # why-short: Gives her control, but police and social care are not told]
    ~ assault_supported = true
    ~ trust_jo += 1
    "Nobody's going to make you do anything. There are people whose whole job is supporting girls after something like this, and they'll go at your speed." # speaker: you
    Jo picks the brush up again.
    "Fine. The adviser. Not the police." # speaker: jo
    You write it in your notes, and nowhere else. On Monday the two boys are in assembly, three rows from her.
- -> s7_wider
