// Stage 5, continued: how the support work with Jo is shaped.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s5_planning ===
Afterwards, Kerry sits down heavily. # scene: office
{ jo_opened_up:
    "Well. That's the most she's said to anyone in a month, according to her mum." # speaker: support-worker
    "But I've got a plan that says weekly sessions and a workbook. How do I do this properly?" # speaker: support-worker
- else:
    "Well, that went brilliantly." # speaker: support-worker
    "How do I do this? She's in a world of trouble and she won't even look at me." # speaker: support-worker
}
* [Suggest Kerry meets Jo somewhere she chooses, around something she enjoys, like the art room at the youth centre # supports: strengths-relationships, child-voice # why: Meeting her in her world, doing something she is good at, builds the relationship that safety work depends on. It takes longer, and less of it looks like 'work' on a case record.]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "She's an artist. Ask her where she'd like to meet. The youth centre has an art room. Take some decent chocolate." # speaker: you
    "Is that allowed?" # speaker: support-worker
    "It's the job." # speaker: you
* [Keep the weekly office sessions and the exploitation workbook, because that is what the plan says # supports: curious-informed # undermines: strengths-relationships # why: Structure is reassuring to a plan and the workbook covers real things about grooming and safety. Jo has no say in any of it, and she has already shown you she is not taking it in.]
    "Stick with the plan. Same time, same room, work through the book. She'll come round." # speaker: you
    Jo comes to the next session, and misses the two after that.
* [Suggest asking Jo who she trusts, and whether her nan could be part of the plan # supports: strengths-relationships, parents-as-partners # why: Her nan is someone Jo chooses to be close to, and drawing her in adds a protective adult the family trusts. Jo may worry her nan will find out more than she wants her to.]
    ~ nan_involved = true
    ~ trust_jo += 1
    "Ask her who's on her side. I'd bet you a biscuit it's her nan." # speaker: you
    It is. The next session happens in Pauline's kitchen, with Pauline pointedly doing the crossword in the next room and the door open exactly six inches.
* [Agree that if Jo misses three sessions the case should be closed # undermines: strengths-relationships, trauma-informed # why: Caseloads are heavy and closure rules exist for a reason. But a girl who misses sessions may be frightened, ashamed or being controlled, and closing the door teaches her that help is conditional.]
    ~ close_rule = true
    ~ trust_jo -= 1
    "Give her three chances. If she doesn't come, we close and she can re-refer when she's ready." # speaker: you
    Kerry writes it down. It looks tidy on the plan.
- { sessions_flexible and trust_jo >= 2: -> s5_art_room | -> s5_weeks_pass }
