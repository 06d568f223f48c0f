// What if: Jo is gay. Stage 7, continued: whether this is only about Cassie and Jo.
// Replaces the main story's s7_wider: the names Jo was called after the assault were homophobic, and the
// school's relationships lessons have nothing to say to her.

=== s7_wider ===
At the next review, somebody asks whether this is only about Cassie and Jo. # scene: meeting-room
It is the kind of question that makes a room go quiet, because everyone knows what answering it properly would cost. The agenda has two names on it. The waiting list has forty.
{ threat_disclosed:
    A man at the park used one girl's assault to threaten another. It seems unlikely the two of them are the only children he has noticed.
}
* {assault_known} [Ask the school to review how it handled Jo's report, refer the two boys for assessment as children who have harmed, and treat the homophobic name-calling as the bullying it was # supports: safer-spaces, challenge-inequality, children-first # why: It treats the school as a place that can be made safer, treats the boys as children whose behaviour needs a response too, and names the homophobic abuse that followed the assault for what it was. The review must not out Jo to do it, so she needs a say in how and when. # differs: Here the names Jo was called after the assault were homophobic, so the review has to look at homophobia in the school as well as sexual harassment.]
    ~ boys_referred = true
    The school agrees, uncomfortably, to review what happened a year ago. Both boys are referred for assessment. Assemblies on sexual harassment stop being a slide about 'respect' and become a conversation about what happened at this school: the words people here use for girls who say no, and for anyone who might be gay. Nobody is named.
    Mr Hale asks to lead it.
    "I owe her that." # speaker: teacher
* [Ask the school, youth workers and police to look for other children approached or threatened by the same people # supports: curious-informed, safer-spaces # why: If one man is using the park, other children are likely to be affected, and finding them is part of protecting Cassie and Jo too. It means more meetings, and gathering information about children who have not asked for help.]
    ~ others_checked = true
    It takes a month of emails, but a picture starts to form. Two other girls from Cassie's year have been given things to hold. A boy in Year 9 was followed home.
* [Keep the focus on Cassie and Jo, since other children are not on your caseload # undermines: safer-spaces, curious-informed # why: A tight focus keeps the work manageable and the caseload honest. But the people who harmed Cassie and Jo are still there, and so is the next child they will approach.]
    The review stays on its two names. The meeting finishes early.
* [Ask the school to make sure its relationships lessons cover same-sex relationships, and what grooming can look like in them # supports: safer-spaces, curious-informed # why: Young people who never see relationships like theirs in lessons have fewer ways to tell a safe one from a harmful one, and people who groom children use that gap. It is slow, it will change nothing for Jo this year, and it leaves the men at the pub where they are. # differs: In the main story the lessons at least describe Jo's world; here they have nothing to say to her, or to anyone like her.]
    The head of personal, social and health education agrees to look at it. By the summer, two lessons have been rewritten with help from the youth centre's Thursday group, who turn out to have a great deal to say about the old ones.
- -> stage_8_safer_spaces
