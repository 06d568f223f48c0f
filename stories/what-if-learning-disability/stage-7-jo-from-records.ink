// What if: Jo has a learning disability. Stage 7, continued: knowing about Jo's assault when she has not told you.
// Replaces the main story's s7_jo_from_records: a police interview that is not planned around how Jo
// communicates may fail her a second time, and there is a specialist whose job is to prevent that.

=== s7_jo_from_records ===
Jo has not told you. But you know enough to go looking, and the school safeguarding lead finds the file. # scene: school-corridor
A year ago, Jo reported that two boys from her year had sexually assaulted her in the park. Two days later, after rumours went round the school and other pupils began calling her a liar and worse, she withdrew it. The file says 'no further action'. Nobody asked why she took it back.
Underneath, in Sam's handwriting: 'J very upset. Not sure she understood what withdrawing meant.' Nobody answered that either.
{ threat_disclosed:
    And a man at the park used that same assault to threaten Cassie into holding his drugs.
}
Everything since fits around it now: the drinking, the lateness, the run-ins, the end of art club, the men outside the pub. None of it was her needs. None of it was a choice made freely. All of it came after something that was done to her.
The question is what to do with knowing it, when Jo has not chosen to tell you.
* [Tell Jo gently what you know and how you came to know it, say she does not have to talk about it, and offer specialist support at her own pace # supports: trauma-informed, child-voice # why: Being honest about what you know avoids her finding out later that adults discussed her behind her back, and puts the choices in her hands. Hearing that professionals have read about the worst day of her life may feel like another loss of control.]
    ~ assault_supported = true
    ~ trust_jo += 1
    You find Jo that week, with Sam, and tell her in a few short sentences that you have seen what happened last spring in her school file, that you are sorry it was handled the way it was, and that she never has to talk about it with you. And that if she ever wants help with it, there are people who will go at her speed.
    Jo says nothing for a long time.
    "Everyone knows, then." # speaker: jo
    "A few people who need to. Nobody who doesn't." # speaker: you
    A week later she asks Kerry for the adviser's number.
* [Arrange for the police to interview Jo again about the assault # supports: children-first # undermines: trauma-informed, child-voice, challenge-inequality # why: A serious crime was never investigated, and that matters for Jo and for other children. But an interview she has not chosen, not planned around how she understands and answers questions, risks her account being misread or doubted all over again. # differs: Here an ordinary interview can fail Jo simply because nobody has planned how to ask her questions she can follow, as may have happened a year ago.]
    ~ trust_jo -= 1
    An officer invites Jo in for a conversation about the park. The questions come fast and long, with two or three ideas in each. Jo answers "yes" to most of them, including two that contradict each other, and the officer's notes say 'account inconsistent'.
    She doesn't go to school that day, or the next.
* [Tell Jo that if she ever wants to talk to the police, a Registered Intermediary can help her be understood, and that it is her choice # supports: trauma-informed, child-voice, challenge-inequality # why: A Registered Intermediary helps a witness who finds communication hard give their best account, and knowing that help exists can make justice feel reachable rather than frightening. It still leaves the decision, and the timing, with Jo, so the boys may not be investigated soon, or at all. # differs: Only here is there a specialist whose job is to help a young person with a learning disability be understood by the police, and offering it makes her account count.]
    ~ ri_offered = true
    ~ assault_supported = true
    ~ trust_jo += 1
    You tell her, with Sam, and with a drawing of two chairs and a third person in the middle: if she ever did want to talk to the police about last spring, there is a person whose whole job is to help the police ask questions she can follow, and to help her be understood. She does not have to. It is her choice, and she can take as long as she likes.
    "Somebody on my side. In the room," says Jo. # speaker: jo
    "On the side of you being understood. Yes." # speaker: you
    She takes the drawing home. Sam says later that it is stuck to her wardrobe door.
* [Say nothing to Jo, and wait for her to bring it up herself # supports: child-voice # undermines: children-first # why: It respects that the story is hers to tell. But she is left carrying it alone, the plan goes on treating her drinking as the problem, and she may never know that anyone would have believed her.]
    You keep it to yourself and wait for Jo to raise it. She doesn't. The plan goes on talking about her drinking, and her needs.
- -> s7_wider
