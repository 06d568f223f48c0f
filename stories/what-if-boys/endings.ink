// What if: Cassius and Joe are boys. Endings: a few months on.
// The outlooks come from the shared endings logic (../cassie-and-jo/endings-logic.ink), with what is different here
// added: the strip search questioned or not, the gangs list, which door Joe's referral went through, his choice
// of worker, whether anyone named the shame, the horseplay file, the police at school. The endings are this
// variant's own, because they are about two boys.

=== endings ===
~ temp cassie_score = cassie_outlook()
~ temp jo_score = jo_outlook()
{ search_challenged:
    ~ cassie_score += 1
}
{ gang_listed:
    ~ cassie_score -= 1
}
{
- joe_route == 1:
    ~ jo_score += 1
- joe_route < 0:
    ~ jo_score -= 1
}
{ joe_worker_choice:
    ~ jo_score += 1
}
{ shame_named:
    ~ jo_score += 1
}
{ horseplay_accepted:
    ~ jo_score -= 1
}
{ police_at_school:
    ~ jo_score -= 1
}
It is October. The park has gone gold and brown, and you have not been asked about Cassius or Joe at a meeting for a while. # scene: calm
{
- cassie_score >= 5 and jo_score >= 5:
    -> ending_steadier_ground
- cassie_score >= 5:
    -> ending_cassius_held
- jo_score >= 5:
    -> ending_joe_held
- else:
    -> ending_both_adrift
}

=== ending_steadier_ground ===
Cassius got his GCSE results in August: better than he feared in English, worse than he hoped in maths. He has started in the sixth form, and is already arguing with his history teacher. # scene: park-day
{
- nrm:
    The NRM decision found that he had been criminally exploited, and in September the case against him was dropped. Marcus rang him himself. Cassius asked him to say it twice.
- threat_disclosed:
    His case went to court, and the threat he had lived under, knife and all, was taken into account. The order is short.
- else:
    His case went to court. He never did say why he had the drugs. The order is short, and the adults around him are still asking, gently.
}
{ search_challenged:
    The complaint about the search in custody is still going through. It will probably come to nothing much. His mum says that is not the point: somebody wrote down that it was wrong.
}
{ gang_listed:
    His name is still on the gangs list. Everyone agrees it should come off. Nobody has worked out whose job that is.
}
Joe is seventeen, and has started a textiles course at college, which he has finally told Lee about. Lee said, "Right," and then, a week later, "Show us, then." {continuity >= 0: He still sees Kerry on Tuesdays.}
{ assault_supported:
    In August he went to the service for boys, with his nan in the waiting room. He says the worker was "all right, actually". He has not been back to the police about last spring. He might. It is his decision.
}
The police have visited the pub more than once, and two of the men who paid him are being investigated.
{ park_plan == 2:
    At the bandstand end of the park there are six new lamps, and on Friday evenings Priya runs a session there with a speaker, a gazebo and far too many crisps. Cassius and Joe play football badly and argue about skins.
- else:
    The park has not changed much. The bandstand end is still dark at weekends.
}
None of it is finished. But two boys have more adults on their side than they had in the spring, and at least some of those adults can now see that boys get hurt too. # ending: steadier-ground
-> END

=== ending_cassius_held ===
Cassius got through his GCSEs, just, and has started at college, where he complains about the bus and secretly loves the course. # scene: cassie-home
{
- nrm:
    His NRM decision came back in August, and the case against him was dropped. He has started, occasionally, to use the word 'threatened' about the man in the park, instead of 'asked'.
- else:
    His case went to court. He has a short order and a record, but he also has Ruth, and his mum, and a notebook nobody is allowed to read.
}
Joe is harder to find. He turned seventeen in August.
{
- joe_route == -1 or police_at_school:
    He has two entries on the police computer now, and both of them are about things he did. None of them are about what was done to him.
- jo_school == -1:
    He never really went back to school after the exclusion.
- else:
    He goes to college perhaps two days a week.
}
{ not assault_known or horseplay_accepted:
    His file still says that what happened last spring was horseplay. He drinks to make it quieter, and it works less well each month.
}
He is seen outside the pub by the bus station most Fridays. Everyone who sees him there thinks he is a lad out drinking. Nobody thinks he is a child being abused, because nobody has ever told them that this is what it looks like when it is a boy.
One boy had adults who kept faith with him. The other was seen, at every turn, as a lad who could look after himself, and he has learned to say that he can. # ending: cassius-held
-> END

=== ending_joe_held ===
Joe is seventeen. {continuity >= 0: He still sees Kerry on Tuesdays{ joe_worker_choice: , and Aaron from the boys' service on Thursdays}.|His case was closed in the summer, but Kerry's number is still in his phone.} # scene: youth-centre
{ sessions_flexible:
    His giant painting of trainers is in the window of the youth centre, where he pretends not to check on it.
}
{ assault_supported:
    In August he went to the service for boys, with his nan in the waiting room. He has not decided about the police. He doesn't have to yet.
}
Cassius is harder to reach.
{
- nrm:
    His NRM decision came back positive in the end, but it came late, and by then he had stopped trusting the people telling him about it.
- else:
    His case went to court in September. Nobody raised the threat he was living under, because nobody in the courtroom knew about it, or thought to ask a six-foot fifteen-year-old whether he had been scared. He was given a longer order and a record that will follow him into every job application.
}
{ gang_listed:
    His name is on the gangs list. He has been stopped and searched four times since June.
}
{ cassie_school == -1:
    He finished Year 11 at the pupil referral unit, where the man from the park's friends were waiting at the gate.
}
One boy found adults who stayed. The other was met at every door by a system that had decided, from a police report and a pair of hoodies, who he was. # ending: joe-held
-> END

=== ending_both_adrift ===
On paper, it is quieter. Both cases are further along in their processes. # scene: office
{ nrm:
    Cassius's NRM decision came back in the end, but he no longer answers Marcus's calls.
- else:
    Cassius went to court in September. Nobody in the courtroom knew there had been a threat. He has a longer order and a record, and the report from that day in the park is still the first thing anyone reads about him.
}
{ gang_listed:
    He is on the gangs list, and so, now, are two of his friends, because they are his friends.
}
{ park_plan == 1:
    The park was cleared by the patrols. The boys moved to the canal path. So did the man.
}
Joe turned seventeen in August. On Friday nights he can be found outside the pub by the bus station, where the men who pay him know his name and nobody else asks how he is. {joe_route < 0: His file is about drink and disorder.} He says he's fine. He says it to everyone, and they write it down.
{ not shame_named:
    Lee still can't look at him. Joe has stopped expecting him to.
}
Nobody in this story was cruel. But at every turn it was easier to see two boys as a problem than as children being harmed, and this is where seeing it that way has led. # ending: both-adrift
-> END
