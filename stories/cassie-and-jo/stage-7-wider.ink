// Stage 7, continued: whether this is only about Cassie and Jo.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassie and Jo. # scene: meeting-room
It is the kind of question that makes a room go quiet, because everyone knows what answering it properly would cost. The agenda has two names on it. The waiting list has forty.
{ threat_disclosed:
    A man at the park used one girl's assault to threaten another.
}
* [Keep the review on Cassie and Jo; other children are not on the caseload # undermines: safer-spaces, curious-informed # why: A tight focus keeps the work manageable and the caseload honest. But the people who harmed Cassie and Jo are still there, and so is the next child they will approach. # short: Keep the review on Cassie and Jo # why-short: Manageable focus, but the people who harmed them remain]
    The review stays on its two names. The meeting finishes early.
* {assault_known} [Ask the school to review how it handled Jo, and to refer both boys # supports: safer-spaces, challenge-inequality, children-first # undermines: trauma-informed # why: The school is a place that can be made safer: Keeping Children Safe in Education expects support for the girl, a response to the boys as children who have harmed, a plan for them sharing a school with her, and a hard look at how her report was handled. Calling the name-calling what it was, sexist bullying, matters too. But reopening it may bring the rumours back, and Jo needs a say in how and when. # short: Ask the school to review and refer boys # why-short: Makes school safer, but may revive rumours; Jo needs a say]
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
* [Ask Cassie which of her friends are also being approached at the park # supports: curious-informed # undermines: children-first, trauma-informed # why: She knows the park and the people in it better than any adult does. But asking her to name other children makes her an informer, with all the danger that brings if the man finds out. # short: Ask Cassie which friends are approached # why-short: She knows the park, but it makes her an informer at risk]
    ~ trust_cassie -= 1
    Cassie looks at you as if you have asked her to hand him a list.
    "I'm not telling you that. Are you mad?" # speaker: cassie # expression: closed-off
* [Ask school, youth workers and police to look for other children at risk # supports: curious-informed, safer-spaces # undermines: child-voice # why: If one man is using the park, other children are likely to be affected, and finding them is part of protecting Cassie and Jo too. But it means gathering and sharing information about children who have not asked for help and will not be told, and that needs care. # short: Ask partners to look for others at risk # why-short: Finds others at risk, but shares info on children not told]
    ~ others_checked = true
    It takes a month of emails, but a picture starts to form. Two other girls from Cassie's year have been given things to hold. A boy in Year 9 was followed home. None of them knows their name has been on a list.
- -> stage_8_safer_spaces
