// What if: Cassius and Joe are boys. Endings: October, a few months on.
// The outlooks come from the shared endings logic (../cassie-and-jo/endings-logic.ink), with what is different here
// added: the strip search questioned or not, the gang list, whether Cassius was seen as harmed too, which door
// Joe's referral went through, his choice of worker, whether anyone named the shame, the night he came home, the
// horseplay file, the police at school. The endings are this variant's own, because they are about two boys.

=== endings ===
~ temp cassie_score = cassie_outlook()
~ temp jo_score = jo_outlook()
{ search_challenged:
    ~ cassie_score += 1
}
{ gang_listed:
    ~ cassie_score -= 1
}
{ cassius_seen_harmed:
    ~ cassie_score += 1
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
{ night_care < 0:
    ~ jo_score -= 1
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
    The case against him was dropped in May. He is still waiting for the conclusive-grounds decision on his NRM referral, and has stopped asking when it will come. Marcus rang him himself, the day the case was dropped. Cassius asked him to say it twice.
- threat_disclosed:
    His referral order, short because the court heard about the threat, knife and all, finished in September.
- else:
    His referral order runs until February. He never did say why he had the drugs, and the adults around him are still asking, gently.
}
{ search_complaint:
    The complaint about the search in custody is still going through. It will probably come to nothing much. His mum says that is not the point: somebody wrote down that it was wrong.
}
{ gang_listed:
    His name is still on the gang list. Everyone agrees it should come off. Nobody has worked out whose job that is.
}
Joe turned seventeen in September, and has started a textiles course at college, which he has finally told Lee about. Lee said, "Right," and then, a week later, "Show us, then." {continuity >= 0: He still sees Kerry on Tuesdays.}
{ assault_supported:
    In August he went to the service for boys, with his nan in the waiting room. He says the worker was "all right, actually".
}
{ assault_shared > 0:
    What happened to him last spring has been with the police and social care since April. Whether he ever gives an interview is still his decision; so far he has said not yet, and nobody has pushed him. The two boys have been spoken to, and are being worked with.
}
{ night_care == 1:
    The samples the sexual assault referral centre took in April are still stored. That decision is his too, and he has not made it.
}
{ pub_intel or pub_watched or night_care == 1:
    The police have visited the pub more than once, and two of the men who paid him are being investigated.
- else:
    Nobody has yet found out who the men outside the pub are.
}
{ park_plan == 2:
    At the bandstand end of the park six new lamps went up last week, and on Friday evenings Priya runs a session there with a speaker, a gazebo and far too many crisps. Cassius and Joe play football badly and argue about skins.
- else:
    The park has not changed much. The bandstand end is still dark at weekends.
}
None of it is finished. But two boys have more adults on their side than they had in the spring, and at least some of those adults can now see that boys get hurt too. # ending: steadier-ground # ending-title: Steadier ground for both boys
-> END

=== ending_cassius_held ===
Cassius got through his GCSEs, just, and has started at college, where he complains about the bus and secretly loves the course. # scene: cassie-home
{
- nrm:
    The case against him was dropped in May. He has started, occasionally, to use the word 'threatened' about the man in the park, instead of 'asked'.
- else:
    His case went to the youth court in May. He has a referral order and a record, but he also has Ruth, and his mum, and a notebook nobody is allowed to read.
}
Joe is harder to find. He turned seventeen in September.
{
- joe_route == -1 or police_at_school:
    He has two entries on the police computer now, and both of them are about things he did. None of them are about what was done to him.
- jo_school == -1:
    He never really settled back into school after March.
- else:
    He goes to college perhaps two days a week.
}
{ not assault_known or horseplay_accepted:
    His file still says that what happened last spring was horseplay. He drinks to make it quieter, and it works less well each month.
}
On Friday nights the men outside the pub by the bus station still know where to find him. Everyone else who sees him there sees a lad out drinking. Nobody sees a child being abused, because nobody has ever told them that this is what it looks like when it is a boy.
One boy had adults who kept faith with him. The other was seen, at every turn, as a lad who could look after himself, and he has learned to say that he can. # ending: cassius-held # ending-title: Cassius held, Joe adrift
-> END

=== ending_joe_held ===
Joe turned seventeen in September. {continuity >= 0: He still sees Kerry on Tuesdays{ joe_worker_choice: , and Aaron from the boys' service on Thursdays}.|His case was closed in the summer, but Kerry's number is still in his phone.} # scene: youth-centre
{ sessions_flexible:
    His giant painting of trainers is in the window of the youth centre, where he pretends not to check on it.
}
{ assault_supported:
    In August he went to the service for boys, with his nan in the waiting room. The police have his report of last spring; whether he gives an interview is his to decide, and he has not decided. He doesn't have to yet.
}
Cassius is harder to reach.
{
- nrm:
    The case against him was dropped in May, but by then he had stopped trusting the people telling him about it. The conclusive-grounds decision is still months away.
- else:
    His case went to the youth court in May. Nobody raised the threat he was living under, because nobody in the courtroom knew about it, or thought to ask a six-foot fifteen-year-old whether he had been scared. He was given a referral order and a record that will follow him into job applications.
}
{ gang_listed:
    His name is on the gang list. He has been stopped and searched four times since June.
}
{ cassie_school == -1:
    He finished Year 11 at the pupil referral unit, where the man from the park's friends were waiting at the gate.
}
One boy found adults who stayed. The other was met at every door by a system that had decided, from a police report and a pair of hoodies, who he was. # ending: joe-held # ending-title: Joe held, Cassius adrift
-> END

=== ending_both_adrift ===
On paper, it is quieter. Both cases are further along in their processes. # scene: office
{ nrm:
    The case against Cassius was dropped in May, but he no longer answers Marcus's calls.
- else:
    Cassius went to the youth court in May. Nobody in the courtroom knew there had been a threat. He has a referral order and a record, and the report from that day in the park is still the first thing anyone reads about him.
}
{ gang_listed:
    He is on the gang list, and so, now, are two of his friends, because they are his friends.
}
{ park_plan == 1:
    The park was cleared by the patrols. The boys moved to the canal path. So did the man.
}
Joe turned seventeen in September. On Friday nights the men outside the pub by the bus station still know his name, and nobody else asks how he is. {joe_route < 0: His file is about drink and disorder.} He says he's fine. He says it to everyone, and they write it down.
{ not shame_named:
    Lee still can't look at him. Joe has stopped expecting him to.
}
Nobody in this story was cruel. But at every turn it was easier to see two boys as a problem than as children being harmed, and this is where seeing it that way has led. # ending: both-adrift # ending-title: Both boys adrift
-> END
