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
* [Keep the weekly sessions and the workbook, but have Kerry read it aloud with her, a few pages at a time # supports: curious-informed # undermines: strengths-relationships, challenge-inequality # why: The workbook covers real things about grooming and safety, and reading it aloud is a kind of adjustment. But forty pages of dense text are still a wall to Jo, read aloud or not, and a service that only works for young people who read easily shuts out the ones the men find easiest to target. # short: Keep the workbook; Kerry reads it aloud # why-short: Real content, but forty pages are still a wall to Jo # differs: Here the workbook is not just dull for Jo but out of her reach, so sticking to it leaves her with nothing she can use.]
    "Stick with the plan, but read it to her. Same time, same room, a few pages a week. She'll come round." # speaker: you
    Jo comes to the next session. Kerry reads the first page aloud, and then the second. Jo draws on the corner of the third. She misses the two sessions after that.
* [Suggest Kerry meets Jo somewhere she chooses, around something she enjoys, like the art room at the youth centre # supports: strengths-relationships, child-voice # undermines: challenge-inequality # why: Meeting her in her world, doing something she is good at, builds the relationship that safety work depends on. But the safety work, when it comes, is still forty pages she cannot read, and a good relationship does not make inaccessible material any easier to follow. # short: Meet Jo where she likes, in the art room # why-short: Builds the relationship, but Jo still can't read the work # differs: Here a better place and a better relationship are not enough on their own: the work itself still has to be made into something Jo can follow.]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "She's an artist. Ask her where she'd like to meet. The youth centre has an art room. Take some decent chocolate." # speaker: you
    "Is that allowed?" # speaker: support-worker
    "It's the job." # speaker: you
    The sessions go well. The workbook stays in Kerry's bag.
* [Agree that if Jo misses three sessions the case should be closed, and ask Kerry to text her the times # undermines: strengths-relationships, trauma-informed, challenge-inequality # why: Caseloads are heavy, closure rules exist for a reason, and a text is a reminder. But a girl who misses sessions may be frightened, ashamed or being controlled, or may not have followed when and where they were. # short: Close after three missed; text the times # why-short: Manages caseloads, but misses may mean fear or confusion # differs: Here a missed session may mean Jo did not follow the arrangements, so a rule that closes the door on her punishes her disability as well as her distress.]
    ~ close_rule = true
    ~ trust_jo -= 1
    "Give her three chances. If she doesn't come, we close and she can re-refer when she's ready." # speaker: you
    Kerry writes it down. It looks tidy on the plan. Nobody writes down where the sessions will be in a way Jo can read.
* [Rebuild the work around how Jo learns: pictures, short easy-read pages, one idea a session, with Sam's advice # supports: child-voice, curious-informed, challenge-inequality # undermines: strengths-relationships # why: Safety work Jo can follow is safety work she can use, and doing it with the people who know how she learns makes it stick. But it starts from what Jo finds hard, and a folder made about her, before anyone has asked what she is good at, can feel like one more thing done to her. # short: Rebuild the work around how Jo learns # why-short: Work she can use, but made about her before she was asked # differs: Only here does the work have to be rebuilt around how Jo learns; without that, even good content never reaches her.]
    ~ sessions_flexible = true
    ~ jo_understood += 1
    Kerry spends an afternoon with Sam and comes back with a folder of pictures, a feelings scale with faces on it, and a plan to cover one idea a session and start each one with the last. Sam says Jo is calmest in the art room at the youth centre, so that is where they meet.
    "She told me back three things from last week without me asking," Kerry says after the second session. "Three." # speaker: support-worker
    "She also asked why everything's got pictures now. She said she's not in Year 7." # speaker: support-worker
- { sessions_flexible and trust_jo >= 2: -> s5_art_room | -> s5_weeks_pass }
