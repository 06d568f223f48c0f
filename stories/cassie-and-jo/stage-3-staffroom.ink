// Stage 3, continued: the staffroom remark about Jo and what the school knows.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s3_staffroom ===
You go to the school to understand more about Jo. # scene: staffroom
{ knows_friends:
    You have heard her name before, from Mr Hale, the day you met Cassie: thick as thieves, a worry of her own this last year.
}
At break the staffroom is loud with kettles. Mr Hale makes room for you at the end of a table.
"Jo? Look, between us, she's not the innocent in all this. She's sixteen. She's been late and lippy since last year, and from what I hear she knows exactly what she's doing with those men." # speaker: teacher # expression: closed-off
Someone at the next table laughs.
* [Agree that it is complicated at sixteen, and ask only about Jo's attendance and late marks # undermines: children-first, challenge-inequality # why: Going along keeps the peace with staff you need on side. But it accepts the idea that a sixteen-year-old can agree to her own exploitation: paying anyone under eighteen for sex is a crime whatever she says, and sexual exploitation can happen even when it appears consensual. # short: Agree it's complicated; ask attendance # why-short: Keeps the peace, but accepts she can agree to exploitation]
    "I know. Sixteen's a grey area," you say, and ask about attendance. # speaker: you
    Mr Hale prints you a sheet. Late marks, most of them this year. It tells you when Jo arrives, but not why.
* [Challenge the remark there at the table, and ask Mr Hale what changed for Jo last year # supports: challenge-inequality, curious-informed # undermines: child-voice # why: Naming victim-blaming in the moment changes how the staff who laughed see Jo, and turns gossip into a real question. But to do it you say out loud, in a room full of people, what is happening to her, and more adults now know about Jo than she has chosen. # short: Challenge it openly; ask what changed # why-short: Staff see Jo differently, but more adults now know about her]
    ~ remark_challenged = true
    ~ records_checked = true
    ~ assault_hint = true
    "She's sixteen, which means she's a child, and grown men paying a child for sex are abusing her," you say. "'Knows what she's doing' is exactly what they'd want us to think. What changed for her last year?" # speaker: you
    The next table has stopped laughing. It has also, you realise, heard every word.
    Mr Hale goes red, and for a second you think he will argue. Then he looks at his mug.
    "She used to be in the art room every lunchtime. Round about this time last year she stopped. Started coming in late, leaving early, a few run-ins with staff, which was never her." # speaker: teacher
    "There was a rumour in Year 10, something about her and two lads in the park. She told someone, then said she'd made it up. The kids gave her a name after that. Not a nice one." # speaker: teacher
    "I should have thought about that," he says. # speaker: teacher
* [Let the remark pass, and ask the safeguarding lead for Jo's file, which may say more than gossip # supports: curious-informed # undermines: challenge-inequality # why: The file may tell you more than the staffroom will. But an unchallenged remark like that shapes how every adult in the room treats Jo tomorrow. # short: Let it pass; ask to see Jo's file # why-short: The file says more, but the remark shapes how staff treat Jo]
    ~ records_checked = true
    ~ assault_hint = true
    You let it go and find the safeguarding lead. Jo's file is thin. A year ago: a report from Jo about an incident with two boys from her year, in the park. Two days later, a note: 'Pupil has withdrawn her account. No further action.' After that, late marks, early departures, three behaviour incidents, none before.
    Nobody, it seems, asked her why she took it back.
* [Ask Mr Hale for a word in his office, and challenge the remark there, away from the others # supports: challenge-inequality, curious-informed # undermines: safer-spaces # why: A private challenge keeps Jo's business out of the staffroom and lets Mr Hale listen without losing face. But the staff who laughed hear nothing, and a staffroom where that remark went unanswered is part of the place Jo spends her days. # short: Take Mr Hale aside and challenge him # why-short: Jo kept private, Mr Hale listens, but others hear nothing]
    ~ remark_challenged = true
    ~ records_checked = true
    ~ assault_hint = true
    In his office, with the door shut, you tell him: she's sixteen, which means she's a child, and grown men paying a child for sex are abusing her. 'Knows what she's doing' is exactly what they would want everyone to think. Then you ask what changed for Jo last year.
    He is quiet for a while.
    "She used to be in the art room every lunchtime. Round about this time last year she stopped. Late, leaving early, run-ins with staff, which was never her." # speaker: teacher
    "There was a rumour in Year 10, something about her and two lads in the park. She told someone, then said she'd made it up. The kids gave her a name after that. Not a nice one." # speaker: teacher
    When you walk back past the staffroom, the table by the kettle is laughing about something else.
- -> s3_referral
