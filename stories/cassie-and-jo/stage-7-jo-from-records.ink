// Stage 7, continued: what to do with knowing about Jo's assault when she has not told you.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s7_jo_from_records ===
Jo has not told you. But you know enough to go looking, and the school safeguarding lead finds the file. # scene: school-corridor
A year ago, Jo told a teacher that two boys from her year had sexually assaulted her in the park. Two days later, after rumours went round the school and other pupils began calling her a liar and worse, she withdrew it. The file says 'no further action'. There is no record that it ever went to the police or to children's social care, and nobody asked why she took it back.
{ threat_disclosed:
    And a man at the park used that same assault to threaten Cassie into holding his drugs.
}
The two boys are still in her year. Jo has not chosen to tell you any of it.
* [Tell Jo what you have read, what must be passed on, and what is hers # supports: trauma-informed, child-voice, children-first # undermines: strengths-relationships # why: A report of sexual assault by two classmates still in her school has to reach the police and children's social care, a year late, whatever Jo wishes (Keeping Children Safe in Education, Part 5; Working Together 2023); whether she gives an interview is hers to decide. Telling her first means she does not find out that adults discussed her behind her back. But hearing that professionals have read about the worst day of her life may feel like another loss of control, and she may not forgive you quickly. # short: Tell Jo first: what goes on, what's hers # why-short: Passed on, told first, but she may feel control slip again]
    ~ assault_supported = true
    ~ assault_shared = 2
    You find Jo that week and tell her, quietly, that you have seen what happened last spring in her school file, and that you are sorry it was handled the way it was.
    You tell her that it has to go to the police and social care now, because the boys are still in her school; that nobody can make her give an interview, or talk about it at all; and that if she ever wants help with it, there are people who will go at her speed.
    Jo says nothing for a long time.
    "Everyone knows, then." # speaker: jo # expression: closed-off
    "A few people who need to. Nobody who doesn't." # speaker: you
    A week later she asks Kerry for the adviser's number. She does not ask you for anything.
* [Say nothing to Jo about it, and wait for her to bring it up herself # supports: child-voice # undermines: children-first, safer-spaces # why: It respects that the story is hers to tell. But a report of sexual assault by two boys still in her school is not yours to sit on, she is left carrying it alone, and the plan goes on treating her drinking as the problem. # short: Say nothing; wait for Jo to raise it # why-short: Respects her story, but the report sits and she's left alone]
    You keep it to yourself and wait for Jo to raise it. She doesn't. The plan goes on talking about her drinking.
* [Pass the old report to police and social care, and let them tell Jo # supports: children-first, safer-spaces # undermines: child-voice, trauma-informed # why: The police and social care do need to know, a year late, and the boys need a response. But Jo finds out from a stranger's phone call that adults have been reading her file, which repeats the loss of control she had last spring, and she has withdrawn once already. # short: Pass it on and let the police tell Jo # why-short: Police and social care know, but Jo hears from a stranger]
    ~ trust_jo -= 1
    ~ assault_shared = 1
    An officer rings Jo's mum to invite Jo in for a conversation about the park. Jo doesn't go. She doesn't go to school that day, or the next.
* [Refer Jo to the young people's drug and alcohol service for her drinking # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own, though, the referral treats the drinking as the problem rather than what it may be helping her survive, and the report in the file stays where it is. # short: Refer Jo to the drug and alcohol service # why-short: Help with drinking, but misses its cause; report stays put]
    You make the referral. The service is good, and patient, and asks Jo about units. Nobody mentions the park.
- -> s7_wider
