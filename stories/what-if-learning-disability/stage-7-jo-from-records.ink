// What if: Jo has a learning disability. Stage 7, continued: knowing about Jo's assault when she has not told you.
// Replaces the main story's s7_jo_from_records: the record has to reach the police and social care whatever Jo
// would choose, but what she does control only means something if it is explained in a way she can follow, and an
// interview not planned around how she communicates may fail her a second time.

=== s7_jo_from_records ===
Jo has not told you. But you know enough to go looking, and the school safeguarding lead finds the file. # scene: school-corridor
A year ago, Jo reported that two boys from her year had sexually assaulted her in the park. Two days later, after rumours went round the school and other pupils began calling her a liar and worse, she withdrew it. The file says 'no further action'. Nobody asked why she took it back, and nobody passed it to the police or to social care.
Underneath, in Sam's handwriting: 'J very upset. Not sure she understood what withdrawing meant.' Nobody answered that either.
{ threat_disclosed:
    And a man at the park used that same assault to threaten Cassie into holding his drugs.
}
The two boys are still in her year.
You read it twice. Then you read the rest of this year's file again: the drinking, the lateness, the run-ins, the end of art club, the men outside the pub, and the word 'needs', over and over.
Jo has not chosen to tell you any of it.
* [Say nothing to Jo or anyone else for now, and wait for her to bring it up herself when she is ready # supports: child-voice # undermines: children-first, safer-spaces # why: It respects that the story is hers to tell. But the record goes back in its drawer, the two boys stay in her year with nobody looking at what they did, and Jo may never know that anyone would have believed her. # short: Say nothing; wait for Jo to raise it # why-short: Leaves it hers to tell, but nobody looks at the two boys]
    ~ assault_kept_quiet = true
    You keep it to yourself and wait for Jo to raise it. She doesn't. The plan goes on talking about her drinking, and her needs.
* [Tell Jo with Sam, in short steps, what you have read, what has to go to the police, and what stays hers to decide # supports: children-first, child-voice, safer-spaces # undermines: trauma-informed # why: A report of sexual assault by two classmates still in her school has to reach the police and children's social care, a year late, whatever Jo would choose; whether she ever gives an interview is hers. Telling her first, in words she can follow, means she does not hear it from someone else. But hearing that the police now know about the worst day of her life may feel like one more thing taken out of her hands. # short: Tell Jo with Sam what goes to the police # why-short: She hears it first, but may feel it is taken from her again # differs: Here what Jo still controls only means something if it is explained in a way she can follow, so the telling needs Sam, short steps and time, as much as it needs honesty.]
    ~ assault_supported = true
    ~ assault_shared = 2
    ~ ri_offered = true
    ~ trust_jo += 1
    You find Jo that week, with Sam, and tell her in a few short sentences: that you have seen what happened last spring in her school file; that you are sorry it was handled the way it was; that it has to go to the police and her social worker now, because a thing like that has to be passed on, and the two boys are still in her school.
    "Am I in trouble? For saying I made it up?" # speaker: jo
    "No. Never. Whether you ever talk to the police is your choice, and nobody can make you. If you ever do, there's a person whose whole job is to help the questions make sense to you." # speaker: you
    Jo says nothing for a long time.
    "Everyone knows, then." # speaker: jo
    "A few people who need to. Nobody who doesn't." # speaker: you
    You ring Nadia and DC Priestley that afternoon, and tell Jo the next morning that you have. She does not come to school the day after. A week later she asks Kerry for the adviser's number.
* [Refer Jo to the young people's drug and alcohol service, asking for a worker who adapts sessions to how she learns # supports: challenge-inequality # undermines: trauma-informed, curious-informed # why: The drinking is real, and a service that fits its sessions to her is better than one that does not. But on its own the referral treats the drinking as the problem rather than what it is helping her survive, and the record goes back in its drawer. # short: Refer to drug and alcohol help, adapted # why-short: Fits how she learns, but treats the drinking as the problem # differs: Here even a good referral has to be adapted before Jo can use it, and it is easy to feel that the adapting is the job done.]
    ~ assault_kept_quiet = true
    You make the referral. The service is good, and patient, and sends a worker who uses pictures. She asks Jo about units. Nobody mentions the park.
* [Arrange for the police to interview Jo again about the assault, so that a serious crime is investigated this time round # supports: children-first, safer-spaces # undermines: trauma-informed, child-voice, challenge-inequality # why: A serious crime was never investigated, and that matters for Jo and for other children. But an interview she has not chosen, not planned around how she understands and answers questions, risks her account being misread or doubted all over again. # short: Arrange a new police interview for Jo # why-short: The crime is investigated, but she may be misread again # differs: Here an ordinary interview can fail Jo simply because nobody has planned how to ask her questions she can follow; any child witness can be offered a Registered Intermediary, and Jo is the one who most needs the offer.]
    ~ trust_jo -= 1
    ~ jo_interviewed_badly = true
    ~ assault_shared = 1
    An officer invites Jo in for a conversation about the park. The questions come fast and long, with two or three ideas in each. Jo answers "yes" to most of them, including two that contradict each other, and the officer's notes say 'account inconsistent'.
    She doesn't go to school that day, or the next.
- -> s7_wider
