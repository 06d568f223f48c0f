// What if: Jo has a learning disability. Stage 5, continued: how the support work with Jo is shaped.
// Replaces the main story's s5_planning: a text-heavy workbook shuts Jo out, and the work can be adapted.

=== s5_planning ===
Afterwards, Kerry sits down heavily. # scene: office
{ jo_opened_up:
    "Well. That's the most she's said to anyone in a month, according to her mum." # speaker: support-worker
    "But I've got a plan that says weekly sessions and a workbook. How do I do this properly?" # speaker: support-worker
- else:
    "Well, that went brilliantly." # speaker: support-worker
    "How do I do this? She's in a world of trouble and she won't even look at me." # speaker: support-worker
}
"And the workbook's forty pages. I saw her face when I opened it." # speaker: support-worker
* [Suggest Kerry meets Jo somewhere she chooses, around something she enjoys, like the art room at the youth centre # supports: strengths-relationships, child-voice # why: Meeting her in her world, doing something she is good at, builds the relationship that safety work depends on. It takes longer, and less of it looks like 'work' on a case record.]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "She's an artist. Ask her where she'd like to meet. The youth centre has an art room. Take some decent chocolate." # speaker: you
    "Is that allowed?" # speaker: support-worker
    "It's the job." # speaker: you
* [Keep the weekly office sessions and the exploitation workbook, because that is what the plan says # undermines: strengths-relationships, child-voice, challenge-inequality # why: Structure is reassuring to a plan, and the workbook covers real things about grooming and safety. But forty pages of dense text are a wall to Jo, and a service that only works for young people who read easily is shutting out the ones the men find easiest to target. # differs: Here the workbook is not just dull for Jo but out of her reach, so sticking to it leaves her with nothing she can use.]
    "Stick with the plan. Same time, same room, work through the book. She'll come round." # speaker: you
    Jo comes to the next session. Kerry reads the first page aloud, and then the second. Jo draws on the corner of the third. She misses the two sessions after that.
* [Adapt the work with Jo: pictures and short easy-read pages, shorter sessions, the same ideas more than once, with advice from Sam and the special needs coordinator # supports: child-voice, strengths-relationships, curious-informed # why: Safety work Jo can follow is safety work she can use, and doing it with the people who know how she learns makes it stick. Accessible materials take time to find or make, and repeating things can feel slow to a plan that wants progress. # differs: Only here does the work have to be rebuilt around how Jo learns; without that, even good content never reaches her.]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    ~ jo_understood += 1
    Kerry spends an afternoon with Sam and comes back with a folder of pictures, a feelings scale with faces on it, and a plan to cover one idea a session and start each one with the last. Sam says Jo is calmest in the art room at the youth centre, so that is where they meet.
    "She told me back three things from last week without me asking," Kerry says after the second session. "Three." # speaker: support-worker
* [Agree that if Jo misses three sessions the case should be closed # undermines: strengths-relationships, trauma-informed, challenge-inequality # why: Caseloads are heavy and closure rules exist for a reason. But a girl who misses sessions may be frightened, ashamed or being controlled, or may simply not have understood when and where they were. # differs: Here a missed session may mean Jo did not follow the arrangements, so a rule that closes the door on her punishes her disability as well as her distress.]
    ~ close_rule = true
    ~ trust_jo -= 1
    "Give her three chances. If she doesn't come, we close and she can re-refer when she's ready." # speaker: you
    Kerry writes it down. It looks tidy on the plan. Nobody writes down where the sessions will be in a way Jo can read.
- { sessions_flexible and trust_jo >= 2: -> s5_art_room | -> s5_weeks_pass }
