// Stage 7, continued: Jo's past, and Jo telling you herself.

=== s7_jo_past ===
Then there is Jo. # scene: youth-centre
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
* [Read what Jo said # aside]
    "Last spring. In the park, near the old bandstand. Two boys from our year. I thought they were my mates." # speaker: jo
    "I said no. They didn't care. That's all I'm saying about that bit." # speaker: jo
    "I told Miss at school the next day. Then somehow everyone knew, and everyone was saying I was lying, or I'd asked for it, and they called me a tease. And worse than that. So I said I'd made it up. It was easier." # speaker: jo
    "I don't go to the park now. I didn't go anywhere for ages. Only with Cassie." # speaker: jo
    "The drink makes it quieter. That's all it is." # speaker: jo
* [Read a short summary instead # aside]
    Jo tells you that a year ago, in the park, two boys from her year sexually assaulted her. She reported it at school the next day. When word spread and other pupils called her a liar and worse names, she withdrew her report to make it stop. She stopped going out except with Cassie, and drinks, she says, because it makes the memory quieter.
- ~ assault_known = true
~ jo_told_assault = true
Everything since fits around it now: the drinking, the lateness, the run-ins, the sudden end of art club, the men outside the pub who found a girl who was already hurt and already alone. None of it was a choice made freely. All of it came after something that was done to her.
Jo puts the brush down.
"Don't make me do the police again." # speaker: jo
* [Link it to everything since in the plan, and offer specialist support, such as a children's sexual violence adviser, the sexual assault referral centre or therapy, at her pace and her choice # supports: trauma-informed, child-voice, children-first # why: It treats the assault as the root of what followed and gives Jo control over what happens next. Going at her pace means the boys may not face consequences soon, or at all.]
    ~ assault_supported = true
    ~ trust_jo += 1
    "Nobody's going to make you do anything. There are people whose whole job is supporting girls after something like this, and they'll go at your speed. If you ever want to talk to the police again, they'll be with you. If you don't, that's your call." # speaker: you
    "And in the plan, this goes at the top. Not the drink. This." # speaker: you
    Jo picks the brush up again.
    "Fine. The adviser. Not the police. Yet." # speaker: jo
* [Urge Jo to reopen the police report now, while people are paying attention # supports: children-first # undermines: trauma-informed, child-voice # why: The assault was a serious crime and the boys should face it. But pushing her to go over it again on someone else's timetable takes control away from her a second time; she can be supported to decide for herself.]
    ~ trust_jo -= 1
    "I think you should report it again. Properly this time. People will listen now." # speaker: you
    "People didn't listen then." # speaker: jo
    She paints the whole sky black and leaves early.
* [Refer Jo to the young people's drug and alcohol service for her drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping her survive.]
    You make the referral. The service is good, and patient, and asks Jo about units.
    "They want me to keep a drink diary," she tells you. "I hate writing." # speaker: jo
* [Suggest Jo moves to another school so she does not have to see the boys every day # undermines: trauma-informed, challenge-inequality, safer-spaces # why: It is meant as protection, and she does have to pass them in corridors. But it moves the girl who was harmed, leaves the boys and the school's culture untouched, and takes her away from every adult who knows her.]
    ~ jo_moved = true
    ~ jo_school = -1
    ~ trust_jo -= 1
    "Why should I go? I didn't do anything," says Jo. # speaker: jo
    She is right, and you both know it, and the move goes ahead anyway.
- -> s7_wider
