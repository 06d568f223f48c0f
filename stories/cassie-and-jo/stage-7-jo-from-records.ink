// Stage 7, continued: what to do with knowing about Jo's assault when she has not told you.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s7_jo_from_records ===
Jo has not told you. But you know enough to go looking, and the school safeguarding lead finds the file. # scene: school-corridor
A year ago, Jo reported that two boys from her year had sexually assaulted her in the park. Two days later, after rumours went round the school and other pupils began calling her a liar and worse, she withdrew it. The file says 'no further action'. Nobody asked why she took it back.
{ threat_disclosed:
    And a man at the park used that same assault to threaten Cassie into holding his drugs.
}
Everything since fits around it now: the drinking, the lateness, the run-ins, the end of art club, the men outside the pub. None of it was a choice made freely. All of it came after something that was done to her.
The question is what to do with knowing it, when Jo has not chosen to tell you.
* [Tell Jo gently what you know and how you came to know it, say she does not have to talk about it, and offer specialist support at her own pace # supports: trauma-informed, child-voice # why: Being honest about what you know avoids her finding out later that adults discussed her behind her back, and puts the choices in her hands. Hearing that professionals have read about the worst day of her life may feel like another loss of control.]
    ~ assault_supported = true
    ~ trust_jo += 1
    You find Jo that week and tell her, quietly, that you have seen what happened last spring in her school file, that you are sorry it was handled the way it was, and that she never has to talk about it with you. And that if she ever wants help with it, there are people who will go at her speed.
    Jo says nothing for a long time.
    "Everyone knows, then." # speaker: jo
    "A few people who need to. Nobody who doesn't." # speaker: you
    A week later she asks Kerry for the adviser's number.
* [Arrange for the police to interview Jo again about the assault # supports: children-first # undermines: trauma-informed, child-voice # why: A serious crime was never investigated, and that matters for Jo and for other children. Being called in for interview without having chosen it repeats the loss of control she had, and she has withdrawn once already.]
    ~ trust_jo -= 1
    An officer invites Jo in for a conversation about the park. She doesn't go. She doesn't go to school that day, or the next.
* [Say nothing to Jo, and wait for her to bring it up herself # supports: child-voice # undermines: children-first # why: It respects that the story is hers to tell. But she is left carrying it alone, the plan goes on treating her drinking as the problem, and she may never know that anyone would have believed her.]
    You keep it to yourself and wait for Jo to raise it. She doesn't. The plan goes on talking about her drinking.
* [Refer Jo to the young people's drug and alcohol service for her drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping her survive.]
    You make the referral. The service is good, and patient, and asks Jo about units. Nobody mentions the park.
- -> s7_wider
