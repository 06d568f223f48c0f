// What if: Jo has a learning disability. Stage 3, continued: what the school makes of Jo.
// Replaces the main story's s3_staffroom: the easy explanation here is not that Jo is "knowing"
// but that everything is "her needs".

=== s3_staffroom ===
You go to the school to understand more about Jo. # scene: staffroom
{ knows_friends:
    You have heard her name before, from Mr Hale, the day you met Cassie: thick as thieves, a worry of her own this last year.
}
At break the staffroom is loud with kettles. Mr Hale makes room for you at the end of a table.
"Jo? She's got an education, health and care plan. Learning disability. Lovely girl, but half of what goes on goes over her head." # speaker: teacher
"The lateness, the mouthing off, all that since last year: that's her needs. Her teaching assistant says she gets overwhelmed. And the men, well. She'd go off with anyone who was nice to her. Always would have." # speaker: teacher
At the next table someone says, "Bless her," and means it kindly.
* [Ask the special educational needs coordinator for Jo's plan and how she communicates best, and leave the remarks for now # supports: curious-informed, child-voice # undermines: challenge-inequality # why: Knowing how Jo takes things in and gets her views across shapes every conversation that follows, including the hard ones. But 'she'd go off with anyone' goes unanswered, and it will shape how every adult in that room treats her tomorrow. # short: Ask for Jo's plan; leave the remarks # why-short: Learn how Jo communicates, but the remark goes unanswered # differs: Only here is there a plan that tells you how to talk with Jo so that she can follow and answer, which every professional will need.]
    ~ records_checked = true
    ~ assault_hint = true
    ~ jo_understood += 1
    Mrs Adeyemi, the special educational needs coordinator, finds Jo's plan for you. Under 'communication' it says: short sentences, one idea at a time, pictures help, give her time to answer. She may say yes to end a conversation she has not followed; ask her to tell you back in her own words.
    In the safeguarding file behind it is a report Jo made a year ago, about two boys from her year, in the park. Two days later: 'Pupil has withdrawn her account. No further action.' Underneath, in Sam's handwriting: 'J very upset. Not sure she understood what withdrawing meant.' Nobody answered it.
    On your way out, someone in the staffroom is still saying 'bless her'.
* [Agree that the men are taking advantage of a girl who does not understand, and that she needs keeping well away from them # supports: children-first # undermines: child-voice, challenge-inequality # why: The men are exploiting her, and the instinct to protect her is right. But treating Jo as someone who understands nothing leaves no room for what she thinks, and the overprotection that follows often leaves disabled young people more isolated and easier to reach. # short: Agree Jo can't understand; keep her away # why-short: Protective, but leaves Jo no say and may isolate her more # differs: Here the pull is to see Jo only as helpless, the opposite mistake to seeing her as 'knowing', and it silences her just as surely.]
    ~ records_checked = true
    "Poor kid. She can't be expected to understand what they're doing," you say. "We need to keep her well away from them." # speaker: you
    "That's what we've always done," says Mr Hale. "Kept her close. Bless her." # speaker: teacher
    He prints you her attendance, and her plan, and you do not read the part about how she likes to be spoken to.
* [Ask whether anyone has checked that her disability explains so sudden a change, and what happened to her last year # supports: curious-informed, challenge-inequality, children-first # undermines: child-voice # why: A learning disability does not start at fifteen, and 'she'd go off with anyone' is exactly what men who target disabled girls count on. Questioning it stops the signs of abuse being filed under her needs. But it means Jo's worst year being pieced together over mugs in a staffroom, before anyone has asked her a thing. # short: Ask what changed, beyond her disability # why-short: Signs seen past her needs, but pieced together without Jo # differs: Here the changes in Jo are being explained away by her disability, so the challenge is to look past the label, not past a 'knowing' sixteen-year-old.]
    ~ remark_challenged = true
    ~ records_checked = true
    ~ assault_hint = true
    "She's had her learning disability all her life," you say, quietly enough that only he hears it. "This started a year ago. Something changed. And 'she'd go off with anyone who was nice to her' isn't a fact about Jo. It's how those men found her." # speaker: you
    He looks at his mug for a while.
    "She used to be in the art room every lunchtime. Round about this time last year she stopped. Late, leaving early, run-ins with staff. Sam, her teaching assistant, kept saying it wasn't like her." # speaker: teacher
    "There was a rumour in Year 10, something about her and two lads in the park. She told Sam, then said she'd made it up. The kids gave her a name after that. Not a nice one." # speaker: teacher
    "We put the rest down to her needs," he says. "I think we were glad of something to put it down to." # speaker: teacher
* [Accept the school's view that her needs explain most of it, and ask Mr Hale only about her attendance this year # undermines: curious-informed, children-first # why: The school knows Jo and her plan, and deferring to it keeps the peace with staff you will need. But putting every change down to a child's disability is one of the commonest ways abuse of disabled children is missed. # short: Accept it's her needs; check attendance # why-short: Keeps staff on side, but abuse can hide behind her needs # differs: In the main story the easy explanation is that Jo is 'knowing'; here it is that she is disabled, and it hides the abuse just as well.]
    ~ ld_overshadowed = true
    "That makes sense," you say, and ask about attendance. # speaker: you
    Mr Hale prints you a sheet. Late marks, most of them this year. Next to several, in a column headed 'reason', someone has typed 'SEN'.
- -> s3_referral
