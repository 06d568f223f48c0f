// What if: Jo is gay. Stage 5, continued: how the support work with Jo is shaped.
// Replaces the main story's s5_planning: the workbook assumes every girl has a boyfriend, and there is a
// group at the youth centre that might matter to Jo.

=== s5_planning ===
Afterwards, Kerry sits down heavily. # scene: office
{ jo_opened_up:
    "Well. That's the most she's said to anyone in a month, according to her mum." # speaker: support-worker
    "But I've got a plan that says weekly sessions and a workbook. How do I do this properly?" # speaker: support-worker
- else:
    "Well, that went brilliantly." # speaker: support-worker
    "How do I do this? She's in a world of trouble and she won't even look at me." # speaker: support-worker
}
{ jo_outed and told_parents_everything:
    "And after what got read out in that front room, I don't even know where to start." # speaker: support-worker
}
* [Suggest holding the sessions at her nan's, with Pauline nearby # supports: strengths-relationships, parents-as-partners # undermines: child-voice # why: Pauline is a protective adult Jo is close to, and the one adult in the family who already knows Jo is gay. But nobody has asked Jo where she wants to meet, and sessions in her nan's kitchen make it hard for her to say anything she would not want her nan to hear. # short: Hold the sessions at her nan's # why-short: Nan is protective, but Jo was not asked and may be overheard]
    ~ nan_involved = true
    "What about her nan's? Jo goes there every Sunday. Ask Pauline if Kerry can use the kitchen." # speaker: you
    It happens the following week, with Pauline pointedly doing the crossword in the next room and the door open exactly six inches. Jo comes. She talks about her nan's dogs, and nothing else, in a voice pitched for the next room.
* [Hand Jo the youth centre's full programme, LGBTQ+ group included # supports: safer-spaces, challenge-inequality # undermines: strengths-relationships # why: Telling every young person about every group means nobody has to come out to be told, and a place to be herself with people her own age is protective: young people without one often look for it in adult spaces where nobody looks out for them. But it does not answer Kerry's question: her sessions stay in the office with the workbook, and the relationship the rest of the work depends on gets no start. # short: Give Jo the full youth centre programme # why-short: A place to be herself, but Kerry's sessions stay the same # differs: In the main story there is no reason to think of this group; here it may be the first place where Jo can be all of herself with people her own age.]
    ~ lgbtq_group = true
    At the end of the next session Kerry hands Jo the youth centre's leaflet, the whole thing: football, cooking, the art room, music, the LGBTQ+ group on Thursdays. "Loads on. Have a look, or don't." # speaker: support-worker
    Jo folds it into four without reading it and puts it in her pocket. A fortnight later Priya mentions, to nobody in particular, that a girl with paint on her hands came to Thursday's group, sat at the back and ate all the crisps.
    The sessions with Kerry carry on as they were, in the office, with the workbook.
* [Keep the weekly office sessions and the workbook, as planned # supports: curious-informed # undermines: strengths-relationships, child-voice, challenge-inequality # why: Structure is reassuring to a plan, and the workbook covers real things about grooming and safety. But Jo has no say in any of it, and every page in it about healthy relationships is about a girl and her boyfriend. # short: Keep the office sessions and workbook # why-short: Real content, but no say, and it assumes a boyfriend # differs: Here the workbook assumes Jo is straight, so it tells her that this work was written for somebody else.]
    "Stick with the plan. Same time, same room, work through the book. She'll come round." # speaker: you
    Jo comes to the next session. Kerry opens the workbook at 'Healthy Relationships', where a cartoon girl and a cartoon boy are holding hands under a heart. Jo looks at it for a long time without saying anything, and misses the two sessions after that.
* [Suggest Kerry asks Jo where to meet, and starts from her art # supports: strengths-relationships, child-voice # why: Meeting her in her world, around something she is good at, builds the relationship that safety work depends on, and lets her shape it. It takes longer, and less of it looks like 'work' on a case record. # short: Ask Jo where to meet; start from her art # why-short: Jo shapes it, but it is slower and looks less like work]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "She's an artist. Ask her where she'd like to meet. The youth centre has an art room. Take some decent chocolate." # speaker: you
    "Is that allowed?" # speaker: support-worker
    "It's the job." # speaker: you
* [Agree that three missed sessions in a row will close the case # undermines: strengths-relationships, trauma-informed # why: Caseloads are heavy and closure rules exist for a reason. But a girl who misses sessions may be frightened, ashamed or being controlled, and closing the door teaches her that help is conditional. # short: Close after three missed sessions # why-short: Manages caseloads, but teaches her that help has conditions]
    ~ close_rule = true
    ~ trust_jo -= 1
    "Give her three chances. If she doesn't come, we close and she can re-refer when she's ready." # speaker: you
    Kerry writes it down. It looks tidy on the plan.
- { sessions_flexible and trust_jo >= 2: -> s5_art_room | -> s5_weeks_pass }
