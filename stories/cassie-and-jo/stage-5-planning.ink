// Stage 5, continued: how the support work with Jo is shaped.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s5_planning ===
Afterwards, Kerry sits down heavily. # scene: office
{ jo_opened_up:
    "Well. That's the most she's said to anyone in a month, according to her mum." # speaker: support-worker
    "But I've got a plan that says weekly sessions and a workbook. How do I do this properly?" # speaker: support-worker
- else:
    "Well, that went brilliantly." # speaker: support-worker
    "How do I do this? She's in a world of trouble and she won't even look at me." # speaker: support-worker # expression: worried
}
* [Suggest holding the sessions at her nan's, with Pauline nearby # supports: strengths-relationships, parents-as-partners # undermines: child-voice # why: Pauline is a protective adult Jo is close to, and drawing the family in adds safety. But nobody has asked Jo where she wants to meet, and sessions in her nan's kitchen make it hard for her to say anything she would not want her nan to hear. # short: Meet at her nan's, with Pauline nearby # why-short: Adds family safety, but Jo wasn't asked and nan may hear]
    ~ nan_involved = true
    "What about her nan's? Jo goes there every Sunday. Ask Pauline if Kerry can use the kitchen." # speaker: you
    It happens the following week, with Pauline pointedly doing the crossword in the next room and the door open exactly six inches. Jo comes. She talks about her nan's dogs, and nothing else, in a voice pitched for the next room.
* [Keep the weekly office sessions, and work through the workbook # supports: curious-informed # undermines: strengths-relationships, child-voice # why: Structure is reassuring to a plan, and the workbook covers real things about grooming and safety. Jo has no say in any of it, and she has already shown you she is not taking it in. # short: Keep office sessions and the workbook # why-short: Covers real safety topics, but Jo has no say in any of it]
    "Stick with the plan. Same time, same room, work through the book. She'll come round." # speaker: you
    Jo comes to the next session, and misses the two after that.
* [Suggest Kerry asks Jo where to meet, and starts from her art # supports: strengths-relationships, child-voice # why: Meeting her in her world, around something she is good at, builds the relationship that safety work depends on, and lets her shape it. It takes longer, and less of it looks like 'work' on a case record. # short: Let Jo choose where; start from her art # why-short: Builds trust on her terms, but slower and less like 'work']
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "She's an artist. Ask her where she'd like to meet. The youth centre has an art room. Take some decent chocolate." # speaker: you
    "Is that allowed?" # speaker: support-worker
    "It's the job." # speaker: you
* [Agree that three missed sessions in a row will close the case # undermines: strengths-relationships, trauma-informed # why: Caseloads are heavy and closure rules exist for a reason. But a girl who misses sessions may be frightened, ashamed or being controlled, and closing the door teaches her that help is conditional. # short: Three missed sessions close the case # why-short: Manages caseloads, but teaches her help is conditional]
    ~ close_rule = true
    ~ trust_jo -= 1
    "Give her three chances. If she doesn't come, we close and she can re-refer when she's ready." # speaker: you
    Kerry writes it down. It looks tidy on the plan.
- { sessions_flexible and trust_jo >= 2: -> s5_art_room | -> s5_weeks_pass }
