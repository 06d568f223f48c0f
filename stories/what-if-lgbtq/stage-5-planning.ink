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
* [Suggest Kerry meets Jo somewhere she chooses, around something she enjoys, like the art room at the youth centre # supports: strengths-relationships, child-voice # why: Meeting her in her world, doing something she is good at, builds the relationship that safety work depends on. It takes longer, and less of it looks like 'work' on a case record.]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "She's an artist. Ask her where she'd like to meet. The youth centre has an art room. Take some decent chocolate." # speaker: you
    "Is that allowed?" # speaker: support-worker
    "It's the job." # speaker: you
* [Keep the weekly office sessions and the exploitation workbook, because that is what the plan says # supports: curious-informed # undermines: strengths-relationships, challenge-inequality # why: Structure is reassuring to a plan, and the workbook covers real things about grooming and safety. But every page in it about healthy relationships is about a girl and her boyfriend, and Jo has no say in any of it. # differs: Here the workbook assumes Jo is straight, so it tells her that this work was written for somebody else.]
    "Stick with the plan. Same time, same room, work through the book. She'll come round." # speaker: you
    Jo comes to the next session. Kerry opens the workbook at 'Healthy Relationships', where a cartoon girl and a cartoon boy are holding hands under a heart. Jo looks at it for a long time without saying anything, and misses the two sessions after that.
* [Suggest asking Jo who she trusts, and whether her nan could be part of the plan # supports: strengths-relationships, parents-as-partners # why: Her nan is someone Jo chooses to be close to, and drawing her in adds a protective adult the family trusts. Jo may worry her nan will find out more than she wants her to.]
    ~ nan_involved = true
    ~ trust_jo += 1
    "Ask her who's on her side. I'd bet you a biscuit it's her nan." # speaker: you
    It is. The next session happens in Pauline's kitchen, with Pauline pointedly doing the crossword in the next room and the door open exactly six inches.
* [Suggest Kerry tells Jo about everything the youth centre runs, the LGBTQ+ group included, without asking her anything # supports: strengths-relationships, safer-spaces, child-voice # why: Telling every young person about every group means nobody has to come out to be told, and a place to be herself with people her own age is protective; young people without one often look for it in adult spaces where nobody looks out for them. Jo may never go, and it does nothing about the pub. # differs: In the main story there is no reason to think of this group; here it may be the first place where Jo can be all of herself with people her own age.]
    ~ lgbtq_group = true
    ~ trust_jo += 1
    At the end of the next session Kerry hands Jo the youth centre's leaflet, the whole thing: football, cooking, the art room, music, the LGBTQ+ group on Thursdays. "Loads on. Have a look, or don't." # speaker: support-worker
    Jo folds it into four without reading it and puts it in her pocket. A fortnight later Priya mentions, to nobody in particular, that a girl with paint on her hands came to Thursday's group, sat at the back and ate all the crisps.
- { sessions_flexible and trust_jo >= 2: -> s5_art_room | -> s5_weeks_pass }
