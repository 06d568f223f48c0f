// Stage 7, continued: whether this is only about Cassie and Jo.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassie and Jo. # scene: meeting-room
It is the kind of question that makes a room go quiet, because everyone knows what answering it properly would cost. The agenda has two names on it. The waiting list has forty.
{ threat_disclosed:
    A man at the park used one girl's assault to threaten another. It seems unlikely the two of them are the only children he has noticed.
}
* {assault_known} [Ask the school to review how it handled Jo's report, refer the two boys for assessment as children who have harmed, and tackle the name-calling # supports: safer-spaces, challenge-inequality, children-first # why: It treats the school as a place that can be made safer, and treats the boys as children whose behaviour needs a response too. Reopening it may stir up rumours, so Jo needs a say in how and when.]
    ~ boys_referred = true
    The school agrees, uncomfortably, to review what happened a year ago. Both boys are referred for assessment. Assemblies on sexual harassment stop being a slide about 'respect' and become a conversation about what happened at this school, without naming anyone.
    Mr Hale asks to lead it.
    "I owe her that." # speaker: teacher
* [Ask the school, youth workers and police to look for other children approached or threatened by the same people # supports: curious-informed, safer-spaces # why: If one man is using the park, other children are likely to be affected, and finding them is part of protecting Cassie and Jo too. It means more meetings, and gathering information about children who have not asked for help.]
    ~ others_checked = true
    It takes a month of emails, but a picture starts to form. Two other girls from Cassie's year have been given things to hold. A boy in Year 9 was followed home.
* [Keep the focus on Cassie and Jo, since other children are not on your caseload # undermines: safer-spaces, curious-informed # why: A tight focus keeps the work manageable and the caseload honest. But the people who harmed Cassie and Jo are still there, and so is the next child they will approach.]
    The review stays on its two names. The meeting finishes early.
* [Ask Cassie which of her friends are also being approached at the park # supports: curious-informed # undermines: children-first, trauma-informed # why: She knows the park and the people in it better than any adult does. But asking her to name other children makes her an informer, with all the danger that brings if the man finds out.]
    ~ trust_cassie -= 1
    Cassie looks at you as if you have asked her to hand him a list.
    "I'm not telling you that. Are you mad?" # speaker: cassie
- -> stage_8_safer_spaces
