// What if: her brother gave her the drugs. Stage 7, continued: whether this is only about Cassie and Jo.
// Replaces the main story's s7_wider: one of the "other children" is Cassie's thirteen-year-old brother Josh,
// who lives in the same flat as the young man the man at the park has been using.

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassie and Jo. # scene: meeting-room
It is the kind of question that makes a room go quiet, because everyone knows what answering it properly would cost. The agenda has two names on it. The waiting list has forty.
{ threat_disclosed or daniel_named_by > 0:
    A man at the park used one girl's assault to threaten another, and her own brother to reach her. It seems unlikely they are the only children he has noticed.
}
And Josh is thirteen, and lives in the same flat as Daniel.
* [Make sure Josh is thought about too: someone he trusts asks him, gently, whether anyone has asked him to hold or carry anything, and the plan covers him # supports: children-first, curious-informed, safer-spaces # why: A thirteen-year-old living with a brother who is in debt to a man who uses children may well be next, and asking early is protection. It widens the plan to a child who has not asked for it, and his parents may feel their family is under a microscope. # differs: Here one of the 'other children' lives in the same flat as the brother who was used to reach Cassie, and he is the obvious next in line.]
    ~ josh_safeguarded = true
    Mr Hale asks Josh's form tutor, who Josh likes, to have a quiet word. Josh says nobody has asked him anything.
    Then, at the door, he says that one of Daniel's friends offered him twenty quid last week to look after something, and he said no, because his mum would kill him.
    The plan gets a new page, with Josh's name at the top.
* [Ask the school, youth workers and police to look for other children approached or threatened by the same people # supports: curious-informed, safer-spaces # why: If one man is using the park, other children are likely to be affected, and finding them is part of protecting Cassie and Jo too. It means more meetings, and gathering information about children who have not asked for help.]
    ~ others_checked = true
    It takes a month of emails, but a picture starts to form. Two other girls from Cassie's year have been given things to hold. A boy in Year 9 was followed home.
* [Keep the focus on Cassie and Jo, since other children are not on your caseload # undermines: safer-spaces, curious-informed, children-first # why: A tight focus keeps the work manageable and the caseload honest. But one of the other children is Cassie's thirteen-year-old brother, in the same flat as the young man the man at the park has been using. # differs: In the main story the other children are strangers; here one of them is Josh, and he is already being asked.]
    The review stays on its two names. The meeting finishes early.
    Three weeks later one of Daniel's friends offers Josh twenty quid to look after something. Nobody has asked Josh anything, so nobody finds out what he said.
* {assault_known} [Ask the school to review how it handled Jo's report, refer the two boys for assessment as children who have harmed, and tackle the name-calling # supports: safer-spaces, challenge-inequality, children-first # why: It treats the school as a place that can be made safer, and treats the boys as children whose behaviour needs a response too. Reopening it may stir up rumours, so Jo needs a say in how and when.]
    ~ boys_referred = true
    The school agrees, uncomfortably, to review what happened a year ago. Both boys are referred for assessment. Assemblies on sexual harassment stop being a slide about 'respect' and become a conversation about what happened at this school, without naming anyone.
    Mr Hale asks to lead it.
    "I owe her that." # speaker: teacher
- -> stage_8_safer_spaces
