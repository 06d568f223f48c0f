// Stage 5: Be strengths-based and relationship-based.
// Jo and her support worker, the phone, how the sessions are shaped, and the school's response to Jo.
// The planning and the art room are in stage-5-planning.ink and stage-5-art-room.ink.

=== stage_5_strengths ===
Jo's first session with Kerry is in the small meeting room next to your office. # stage: strengths-relationships # scene: office
{ jo_told:
    Jo comes with Pauline, who waits outside with a word search and a flask. Jo sits down and looks at the floor, though once or twice she glances up at you, as if checking you are still there.
- else:
    Jo comes because her mum drove her. She sits down and looks at the floor, and for the next twenty minutes she does not look anywhere else.
}
Kerry is kind and thorough and has a folder. She talks about trust, and about safety, and about the fact that none of this is Jo's fault. Jo says "yeah" twice and "dunno" once.
Jo's phone pings. Then again. Then three times in a row. # sfx: phone-ping
Each time, Jo's knee jogs harder under the table.
"What's that?" Kerry asks gently. "Who's got your number? What do they want?" # speaker: support-worker
Jo laughs, properly, for the first time.
"It's not blokes, if that's what you're thinking. It's Fortnite. It's just notifications." # speaker: jo
* [Ask Jo to put the phone away until the end of the session # undermines: strengths-relationships, child-voice # why: It is a normal request in most meetings. Here it takes away the one thing keeping her steady in a room she did not choose to be in, and tells her the adults' agenda comes first. # short: Ask Jo to put her phone away # why-short: A normal request, but it takes away what keeps her steady # key-decision]
    ~ trust_jo -= 1
    "Could you pop that away for now, Jo? So we can all concentrate." # speaker: you
    She puts it in her pocket. Her knee goes faster. For the rest of the hour she is somewhere else entirely.
* [Ask Jo if she would show you who the messages are from # supports: curious-informed, safer-spaces # undermines: child-voice, strengths-relationships # why: Adults do make contact with children through games and apps, and asking who is in her phone looks at a real online space. But asking to see it in a first meeting, straight after she has answered, tells her she is not believed; asking about who she talks to, over time, usually gets further. # short: Ask Jo to show who the messages are from # why-short: Checks a real online space, but tells her she isn't believed]
    ~ trust_jo -= 1
    "Would you mind showing us? So we know." # speaker: you
    Jo holds the screen up for exactly one second: a list of game alerts.
    "Happy? Want my bank statements as well?" # speaker: jo # expression: closed-off
    She was telling the truth, and now she knows you didn't believe her.
* [Take her word for it, and ask her what she plays # supports: strengths-relationships, child-voice # undermines: safer-spaces # why: Believing her, and being interested in a game she is good at, is a way in. The cost is that the online space she spends most time in goes unexamined today, and games with open chat are places where adults do make contact with children. # short: Believe her; ask what she plays # why-short: A way in, but her online space goes unexamined today]
    ~ trust_jo += 1
    ~ jo_opened_up = true
    "Fair enough. What do you play? Squads?" # speaker: you
    "Duos, mostly." # speaker: jo
    "Who with?" # speaker: you
    { friendship >= 0:
        "Cassie." # speaker: jo
        She turns the phone face down.
        "She keeps sending invites. I haven't answered. I might." # speaker: jo
    - else:
        "Cassie. Was." # speaker: jo
        She turns the phone face down.
        "She keeps sending invites. She can keep sending them." # speaker: jo
    }
    For the next ten minutes Jo explains, with contempt for your ignorance, how the game works, which skins are worth it and why nobody serious plays with randoms. She is funny. She is fast. Kerry takes no notes, and learns more than she has all morning.
    Afterwards Kerry says, "We never did ask who else is in those lobbies." She writes it on her list for another day.
* [Leave it to Kerry, and let her carry on with the worksheet # supports: curious-informed # undermines: strengths-relationships # why: Leaving the allocated worker's session alone is respectful, and the worksheet covers things Jo needs to know about grooming. But Jo has already shown, without words, that it is not landing, and the moment to reach her passes. # short: Leave it to Kerry and the worksheet # why-short: Respects Kerry's session, but the moment to reach Jo passes]
    You leave it with Kerry. The worksheet has a picture of a spider's web on it. Jo looks at it for a long time without reading it.
- -> s5_planning

=== s5_weeks_pass ===
The weeks go by. # scene: office
{ nan_involved:
    Pauline's kitchen becomes the place where Jo turns up, more often than not. She still says very little, but she stays. Sometimes she draws on the back of Pauline's crossword while Kerry talks, fierce little sketches of shoes and faces, and once, without comment, a very good drawing of Kerry looking worried.
- else:
    { close_rule:
        Jo misses one session, then a second. Kerry rings you, worried about the third.
        "I sat in that room for an hour with the workbook open at page nine. Page nine is 'Healthy Relationships'. I've now read it four times." # speaker: support-worker
    - else:
        Jo comes to some sessions and not others. When she comes she is polite and tired and far away. She answers the workbook questions in as few words as the boxes allow, and on the page about trusted adults she writes 'nan' and then crosses it out.
    }
}
{ sessions_flexible:
    The art room helps, a little. Jo paints while Kerry talks, and occasionally she answers. She does not talk about the pub.
}
Kerry keeps a note of every session, and another of every session Jo misses. The second list is longer.
-> s5_school

=== s5_school ===
Then Mr Hale rings. # scene: school-corridor # sfx: school-bell
"It's Jo. She came in at eleven, smelling of drink, and when the cover teacher asked where she'd been she told him exactly where he could go. The head wants a five-day exclusion. I said I'd ring you first." # speaker: teacher
{ remark_challenged:
    "A year ago I'd have signed it without thinking," he adds. "Now I'm not sure." # speaker: teacher
}
* [Accept the exclusion, and ask for work to be sent home # undermines: safer-spaces, children-first # why: It respects the school's rules and keeps work going. But exclusion is a known moment when harm gets worse: five days at home alone are five days when the men know exactly where she is. # short: Accept the exclusion; ask for work home # why-short: Follows the rules, but the men know where she is all week]
    ~ jo_school = -1
    ~ trust_jo -= 1
    The exclusion goes ahead. Work is sent home. Most of it comes back blank.
    On the Thursday of that week, Jo is seen outside the pub at two in the afternoon. Michelle, at work, has no idea. Nobody rings her, because nobody whose job it is to notice is there to see.
* [Suggest a part-time timetable for now, mornings only # supports: trauma-informed # undermines: safer-spaces, children-first # why: Fewer hours can mean fewer flashpoints for a girl who is struggling to cope. But it leaves her unsupervised for half of every school day, cuts into her education in her GCSE year, and part-time timetables have a way of becoming permanent. # short: Mornings-only timetable for now # why-short: Fewer flashpoints, but afternoons unsupervised in GCSE year]
    ~ jo_school = 0
    Jo goes part-time: in at nine, out at twelve. The flashpoints stop. So, for three afternoons a week, does anyone knowing where she is.
* [Ask the head to swap it for a support plan, agreed today # supports: safer-spaces, trauma-informed, children-first # undermines: child-voice # why: Keeping Jo in school keeps her near adults, routine and friends, and treats the drinking and the anger as signs of something rather than defiance. But the plan is settled between adults by the end of the day and Jo hears about it afterwards, which is the pattern she already knows; and it asks the head to bend the behaviour policy for one pupil. # short: Swap exclusion for a support plan today # why-short: Keeps her in school, but adults decide and Jo hears after]
    ~ jo_school = 1
    "Five days at home is five days when the men know exactly where she is," you say. "Can we try something else? A later start, one adult she checks in with, and a room she can go to when it's too much." # speaker: you
    The head agrees, grudgingly, to try it until half-term, and says so in a tone that makes clear he is counting. The art teacher volunteers to be the named adult.
    Jo, told about it the next morning, says nobody asked her and it's stupid, and turns up the following day at a quarter past nine.
* [Suggest a managed move to another school, for a fresh start # undermines: safer-spaces, strengths-relationships # why: A new start can seem kinder than an exclusion on her record. But it would take Jo away from her friends and from every adult who knows her, at the moment she most needs them. # short: Suggest a managed move to a new school # why-short: A fresh start, but away from friends and adults who know her]
    ~ jo_school = -1
    ~ friendship -= 1
    The paperwork starts. Jo, told that she is going to be moved, stops coming in at all while it is sorted out.
- -> stage_6_parents_as_partners
