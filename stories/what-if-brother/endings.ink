// What if: her brother gave her the drugs. Endings: a few months on.
// Replaces the main story's `endings` knot: the outlooks come from the shared endings logic, with what is
// different here added (how Daniel was treated, whether Cassie was safe at home, whether she was pressed to give
// evidence against him or her parents told before she had a say, separate workers, Josh, the sergeant's dissent,
// the safety plan kept open against the debt), and a paragraph on the family. The ending knots themselves are the main story's.

=== endings ===
~ temp cassie_score = cassie_outlook()
~ temp jo_score = jo_outlook()
{
- daniel_response == 1:
    ~ cassie_score += 1
- daniel_response == -1:
    ~ cassie_score -= 1
- daniel_response == -2:
    ~ cassie_score -= 2
}
{
- cassie_home == 1:
    ~ cassie_score += 1
- cassie_home < 0:
    ~ cassie_score -= 1
}
{ cassie_pressed:
    ~ cassie_score -= 1
}
{ parents_told_early:
    ~ cassie_score -= 1
}
{ separate_workers:
    ~ cassie_score += 1
}
{ josh_safeguarded:
    ~ cassie_score += 1
}
// However much trust was built before, a response that turns on the family (charging or criminalising it, an
// ultimatum, removal, pressing her to give evidence, telling her parents behind her back) costs Cassie her home
// or her brother, and she is not "held" by it.
~ temp family_harm = 0
{
- daniel_response == -2:
    ~ family_harm += 2
- daniel_response == -1:
    ~ family_harm += 1
}
{ cassie_home < 0:
    ~ family_harm += 1
}
{ cassie_pressed:
    ~ family_harm += 1
}
{ parents_told_early:
    ~ family_harm += 1
}
{ family_harm >= 2 and cassie_score > 4:
    ~ cassie_score = 4
}
It is October. The park has gone gold and brown, and you have not been asked about Cassie or Jo at a meeting for a while. # scene: calm
{
- daniel_response == 1:
    Daniel lives in a bedsit across the city, found for him by Tunde from the young adults' team, who knew that 'exploited' can apply to a twenty-year-old too. He agreed to an NRM referral in the end. He has a court date of his own, and a phone number the man on the bench does not have. On Saturdays he meets Cassie for nachos. She has not forgiven him. She still goes.
    { police_dissent:
        The sergeant's note is still in the file. Every new professional who opens it reads that the risk to Cassie from her brother was 'not addressed', and some of them ring you to ask.
    }
- daniel_response == -1:
    Daniel was charged in May and is waiting for his trial on remand. Nobody ever charged the man on the bench. Cassie visits her brother once a month, and comes home, and does not speak to anyone until the next day.
- daniel_response == -2:
    After the letter about a legal planning meeting, the family closed ranks. Michael no longer opens the door to anyone wearing a lanyard, and Daniel has dropped out of every record anyone can find.
- separate_workers:
    Daniel sees Tunde on Thursdays, when he turns up, which is about half the time. He still owes the man on the bench. Tunde is the only professional who knows exactly how much.
- else:
    Daniel has gone quiet. He sleeps on friends' floors, and nobody is quite sure whose job he is.
}
{
- cassie_home == 1:
    Cassie still lives at home. Daniel comes for Sunday dinner, and leaves before dark.
- cassie_home == -1:
    Daniel has not been home since the night he was told to leave. Cassie keeps his trainers lined up with hers, on the shelf with the mould above it.
- cassie_home == -2:
    Cassie spent ten weeks with foster carers across the borough, and sat her exams from their spare room. She came home in July, quieter, believing that telling had cost her her own bedroom.
}
{ daniel_named_by == 3 and not nrm:
    The messages on Daniel's phone went into a police file about Daniel. Nobody thought to put them in front of the youth court that dealt with Cassie.
}
{ continuity < 0:
    In August, after the cases had closed, a young man nobody knew knocked on Cassie's family's door and asked, politely, how Daniel was getting on, and whether his little sister was around. Nobody in the flat had a number to ring.
}
{ debt_watch and continuity > 0:
    In August a young man nobody knew knocked on the door and asked after Daniel, and whether his little sister was around. Angela rang the number on the fridge before he reached the bottom of the stairs, and Cassie's plan did what it was kept open for.
}
{ josh_safeguarded:
    Josh started Year 9 in September. If anyone asks him to hold anything, he knows who to tell. His sister made him practise.
}
-> endings_pick(cassie_score, jo_score)
