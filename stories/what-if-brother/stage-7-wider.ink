// What if: her brother gave her the drugs. Stage 7, continued: whether this is only about Cassie and Jo.
// Replaces the main story's s7_wider: one of the "other children" is Cassie's thirteen-year-old brother Josh,
// who lives in the same flat as the young man the man at the park has been using.

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassie and Jo. # scene: meeting-room
It is the kind of question that makes a room go quiet, because everyone knows what answering it properly would cost. The agenda has two names on it. The waiting list has forty.
{ threat_disclosed or daniel_named_by > 0:
    A man at the park used one girl's assault to threaten another, and her own brother to reach her.
}
And Josh is thirteen, and lives in the same flat as Daniel.
* [Keep the review on Cassie and Jo, and pass any worry about other children, Josh included, on to the police # supports: strengths-relationships # undermines: safer-spaces, children-first # why: A tight focus keeps the work manageable and protects the time you give the two girls who trust you. But one of the other children is Cassie's thirteen-year-old brother, in the same flat as the young man the man at the park has been using, and passing on a worry is not the same as anyone asking him. # short: Keep to Cassie and Jo; pass worries on # why-short: Protects time for the girls, but nobody actually asks Josh # differs: In the main story the other children are strangers; here one of them is Josh, and he is already being asked.]
    The review stays on its two names. The meeting finishes early.
    Three weeks later one of Daniel's friends offers Josh twenty quid to look after something. Nobody has asked Josh anything, so nobody finds out what he said.
* [Make sure Josh is asked, by a teacher he trusts, whether anyone has asked him to hold anything # supports: children-first, curious-informed # undermines: parents-as-partners # why: A thirteen-year-old living with a brother in debt to a man who uses children may well be next, and asking early is protection. But it widens the plan to a child who has not asked for it, and his parents, who have had one visit too many, may feel their family is under a microscope. # short: Have a trusted teacher ask Josh # why-short: Protects Josh early, but his family may feel watched # differs: Here one of the 'other children' lives in the same flat as the brother who was used to reach Cassie, and he is the obvious next in line.]
    ~ josh_safeguarded = true
    Mr Hale asks Josh's form tutor, who Josh likes, to have a quiet word. Josh says nobody has asked him anything.
    Then, at the door, he says that one of Daniel's friends offered him twenty quid last week to look after something, and he said no, because his mum would kill him.
    The plan gets a new page, with Josh's name at the top. Angela finds out from Josh before she hears it from anyone else, and rings you to say so.
* {assault_known} [Ask the school to review how it handled Jo's report, and to refer both boys for assessment # supports: safer-spaces, challenge-inequality, children-first # undermines: trauma-informed # why: The school is a place that can be made safer: Keeping Children Safe in Education expects support for the girl, a response to the boys as children who have harmed, a plan for them sharing a school with her, and a hard look at how her report was handled. Calling the name-calling what it was, sexist bullying, matters too. But reopening it may bring the rumours back, and Jo needs a say in how and when. # short: Review Jo's report; refer both boys # why-short: A safer school, but may revive rumours; Jo needs a say]
    ~ boys_referred = true
    {
    - assault_shared == 0 and jo_told_assault:
        ~ assault_shared = 2
        It means that what Jo told you in the art room goes to the school, the police and social care after all. You tell her first, and that talking to any of them is still her choice. She says nothing, and does not come on Tuesday.
    - assault_shared == 0:
        ~ assault_shared = 1
        Nobody tells Jo first. She hears that the boys have been 'reported' from one of their friends, on the bus, with half of Year 11 listening.
    }
    The head agrees to refer both boys to children's social care for assessment, and to a plan that keeps them out of Jo's lessons and her corridor. He will not reopen how staff handled her report a year ago. "We followed the procedure we had at the time," he says, and that is the end of it.
    Mr Hale asks to lead the assemblies anyway. They stop being a slide about 'respect' and become a conversation about what happened at this school, without naming anyone.
    "I owe her that." # speaker: teacher
    Within a week someone has written a word on Jo's locker. It is cleaned off by lunchtime, and Mr Hale stands by that locker for every change of lesson for the rest of the week.
* [Ask the school, youth workers and police to look for other children at risk from the same people # supports: curious-informed, safer-spaces # undermines: child-voice # why: If one man is using the park, other children are likely to be affected, and finding them is part of protecting Cassie and Jo too. It means gathering information about children who have not asked for help, and may not want it. # short: Look for other children at risk # why-short: Finds others at risk, but they have not asked for help]
    ~ others_checked = true
    It takes a month of emails, but a picture starts to form. Two other girls from Cassie's year have been given things to hold. A boy in Year 9 was followed home. None of them was asked whether they minded being on the list.
- -> stage_8_safer_spaces
