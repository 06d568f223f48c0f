// What if: Jo is gay. Stage 7, continued: whether this is only about Cassie and Jo.
// Replaces the main story's s7_wider: the names Jo was called after the assault were homophobic, and the
// school's relationships lessons have nothing to say to her.

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassie and Jo. # scene: meeting-room
It is the kind of question that makes a room go quiet, because everyone knows what answering it properly would cost. The agenda has two names on it. The waiting list has forty. There is room, this term, for one piece of wider work, and somebody has to choose it.
{ threat_disclosed:
    A man at the park used one girl's assault to threaten another.
}
* [Keep the review on Cassie and Jo, since other children are not on anyone's caseload yet # undermines: safer-spaces, curious-informed # why: A tight focus keeps the work manageable and the caseload honest. But the people who harmed Cassie and Jo are still there, and so is the next child they will approach. # short: Keep the review on Cassie and Jo # why-short: Manageable, but those who harmed them are still out there]
    The review stays on its two names. The meeting finishes early.
* [Ask the school to rewrite its relationships lessons to include same-sex ones # supports: safer-spaces, challenge-inequality # undermines: children-first # why: Young people who never see relationships like theirs in lessons have fewer ways to tell a safe one from a harmful one, and people who groom children use that gap. But it is slow, it changes nothing for Jo this year, and the term's one piece of wider work goes on the next class rather than on the children being harmed now. # short: Include same-sex couples in lessons # why-short: Closes a gap groomers use, but does nothing for Jo this year # differs: In the main story the lessons at least describe Jo's world; here they have nothing to say to her, or to anyone like her.]
    The head of personal, social and health education agrees to look at it. By the summer, two lessons have been rewritten with help from the youth centre's Thursday group, who turn out to have a great deal to say about the old ones.
    Nothing else changes at the school this term.
* {assault_known} [Ask the school to review how it handled Jo, refer both boys, and name the homophobia # supports: safer-spaces, challenge-inequality, children-first # undermines: trauma-informed # why: The school is a place that can be made safer: Keeping Children Safe in Education expects support for the girl, a response to the boys as children who have harmed, a plan for them sharing a school with her, and a hard look at how her report was handled. Calling the names she was called afterwards what they were, sexist and homophobic bullying, matters too. But reopening it may bring the rumours back, the review must not out Jo to do it, and she needs a say in how and when. # short: Review, refer both boys, name homophobia # why-short: School made safer, but rumours may return; Jo needs a say # differs: Here the names Jo was called after the assault were homophobic, so the review has to look at homophobia in the school as well as sexual harassment.]
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
    Mr Hale asks to lead the assemblies anyway. They stop being a slide about 'respect' and become a conversation about the words people at this school use for girls who say no, and for anyone who might be gay. Nobody is named.
    "I owe her that." # speaker: teacher
    Within a week someone has written a word on Jo's locker. It is one of the old ones. It is cleaned off by lunchtime, and Mr Hale stands by that locker for every change of lesson for the rest of the week.
* [Ask Cassie which of her friends are also being approached by the man at the park # supports: curious-informed # undermines: children-first, trauma-informed # why: She knows the park and the people in it better than any adult does. But asking her to name other children makes her an informer, with all the danger that brings if the man finds out. # short: Ask Cassie which friends he approaches # why-short: She knows the park, but it makes her an informer at risk]
    ~ trust_cassie -= 1
    Cassie looks at you as if you have asked her to hand him a list.
    "I'm not telling you that. Are you mad?" # speaker: cassie
* [Ask school, youth workers and police to look for other children the men may reach # supports: curious-informed, safer-spaces # undermines: child-voice # why: If one man is using the park, other children are likely to be affected, and finding them is part of protecting Cassie and Jo too. But it means gathering and sharing information about children who have not asked for help and will not be told, and that needs care. # short: Ask agencies to look for other children # why-short: Finds others at risk, but shares their details unasked]
    ~ others_checked = true
    It takes a month of emails, but a picture starts to form. Two other girls from Cassie's year have been given things to hold. A boy in Year 9 was followed home. None of them knows their name has been on a list.
- -> stage_8_safer_spaces
