// What if: home is not safe for Jo. Endings: a few months on.
// Cassie's and Jo's outlooks come from the shared endings logic (../cassie-and-jo/endings-logic.ink), with what is
// different here added: whether the risk at home was seen and planned for, whether Lee was drawn in or the family
// reassured, whether Michelle got support of her own, and where Jo ended up living. The endings are this
// variant's own, because the main story's describe a family that was safe to work with.

=== endings ===
~ temp cassie_score = cassie_outlook()
~ temp jo_score = jo_outlook()
{ home_risk_seen >= 2:
    ~ jo_score += 1
}
{ home_reassured:
    ~ jo_score -= 1
}
{ lee_alerted:
    ~ jo_score -= 1
}
{ michelle_supported:
    ~ jo_score += 1
}
{
- jo_safe_place == 1:
    ~ jo_score += 2
- jo_safe_place == -1:
    ~ jo_score -= 1
- jo_safe_place == -2:
    ~ jo_score -= 2
}
// However much trust was built with Jo, treating an unsafe home as a partner (telling it first, reassuring it,
// handing it the details, leaving her in it with no plan) leaves her exposed where she sleeps, and she is not
// "held" by it.
~ temp home_harm = 0
{ lee_alerted:
    ~ home_harm += 1
}
{ home_reassured:
    ~ home_harm += 1
}
{ told_parents_everything:
    ~ home_harm += 1
}
{
- jo_safe_place == -2:
    ~ home_harm += 2
- jo_safe_place == -1:
    ~ home_harm += 1
}
{ home_harm >= 2 and jo_score > 4:
    ~ jo_score = 4
}
It is October. The park has gone gold and brown, and you have not been asked about Cassie or Jo at a meeting for a while. # scene: calm
{
- cassie_score >= 5 and jo_score >= 5 and park_plan == 2:
    -> ending_steadier_ground
- cassie_score >= 5 and jo_score >= 5:
    -> ending_park_unchanged
- cassie_score >= 5:
    -> ending_cassie_held
- jo_score >= 5:
    -> ending_jo_held
- else:
    -> ending_both_adrift
}

=== ending_steadier_ground ===
Cassie got her GCSE results in August: better than she feared in English, worse than she hoped in maths. She has started in the sixth form, and is already arguing with her history teacher. # scene: park-day
{
- nrm:
    In May, a week before her hearing, the prosecutor dropped the case against her, after the NRM reasonable-grounds decision and her solicitor's letter about the Section 45 defence. Marcus rang her himself to tell her. She asked him to say it twice. The final NRM decision has still not come.
- threat_disclosed:
    Her case went to the youth court in May, and the threat she had lived under was taken into account. The referral order is short and nearly over, and nobody at school treats her as a criminal.
- else:
    Her case went to the youth court in May. She never did say why she had the drugs, and the referral order is short. The adults around her are still asking, gently.
}
Jo is seventeen. {continuity >= 0: She still sees Kerry on Tuesdays.|Her case was closed in the summer, but Kerry's number is still in her phone.}
{
- jo_safe_place == 1:
    She lives at Pauline's now, in the box room, where the camp bed has been swapped for a real one and Derek the budgie has learned to say her name, badly.
- jo_safe_place == -1:
    She lives at Pauline's now, after a placement sixty miles away that went wrong. It took her a long time to unpack.
- else:
    She is still at the flat. The plan around her is tight, and most nights it holds.
}
{ michelle_supported:
    Michelle rings the domestic abuse service every other Tuesday, from her friend's phone. She has not left Lee. She has stopped saying that any of it is Jo's fault, and she comes to Pauline's for tea on Sundays, on her own.
}
{ assault_supported:
    In August Jo met a sexual violence adviser, with her nan beside her. She has not decided about the police. She does not have to yet.
}
{ night_response == 2:
    The police have what the sexual assault referral centre kept from the night in April. Whether she ever talks to them about it is hers to decide, and so far she has not.
}
The police have visited the pub more than once, and two of the men who paid her are being investigated.
{ park_plan == 2:
    At the bandstand end of the park there are two new lamps, not the six the young people asked for, and on Friday evenings Priya runs a session there with a speaker, a gazebo and far too many crisps.
}
{
- lee_alerted and (jo_safe_place == 1 or jo_safe_place == -1):
    None of it is finished. Jo has somewhere to sleep where nobody shouts now, though for a while the adults made it harder: Lee knew too much, too early. But she got there, and so did the park. # ending: steadier-ground # ending-title: Steadier ground, at home and outside it
- lee_alerted:
    None of it is finished. Jo is still at the flat, and for a while the adults made it harder: Lee knew too much, too early. But the plan around her mostly holds, and so, at the bandstand end, does the light. # ending: steadier-ground # ending-title: Steadier ground, at home and outside it
- jo_safe_place == 1 or jo_safe_place == -1:
    None of it is finished. But Jo has somewhere to sleep where nobody shouts, adults who took seriously the danger on both sides of her front door, and a park that is a little less dark. # ending: steadier-ground # ending-title: Steadier ground, at home and outside it
- else:
    None of it is finished. Jo is still at the flat, but the adults around her took seriously the danger on both sides of her front door, and the park is a little less dark. # ending: steadier-ground # ending-title: Steadier ground, at home and outside it
}
-> END

=== ending_park_unchanged ===
Cassie got her GCSE results in August and has started in the sixth form. # scene: park-night
{
- nrm:
    The case against her was dropped in May, a week before the hearing, after the NRM reasonable-grounds decision. She asked Marcus to say it twice.
- threat_disclosed:
    Her case went to the youth court in May, and the threat she lived under was taken into account. The referral order is short.
- else:
    Her case went to the youth court in May. She never said why she had the drugs. The referral order is short.
}
Jo is seventeen. { jo_safe_place == 1 or jo_safe_place == -1: She lives at Pauline's now, in the box room.|She is still at the flat, and the plan around her mostly holds.} {continuity >= 0: She still sees Kerry on Tuesdays.|Her case was closed in the summer, but Kerry's number is still in her phone.} { michelle_supported: Michelle comes to Pauline's for tea on Sundays, on her own.}
The park has not changed. The bandstand end is still dark. The man on the bench is still there at weekends, friendly, generous, patient.
On a Saturday in September, Cassie's younger brother Josh, who has just started Year 9, comes home from the park with a bag a man has asked him to look after.
Because of everything that happened this year, his mum rings you within the hour, and Cassie sits with him and tells him, in her own words, that it isn't his fault. That part went right.
Two children were kept safer, one of them from a danger inside her own front door. The place that harmed them both was left alone, and so it found a third. # ending: park-unchanged # ending-title: Two girls safer, the park unchanged
-> END

=== ending_cassie_held ===
Cassie got through her GCSEs, just, and has started at college, where she complains about the bus and secretly loves the course. # scene: cassie-home
{
- nrm:
    The case against her was dropped in May, a week before the hearing, after the NRM reasonable-grounds decision. She has started, just occasionally, to use the word 'threatened' about the man in the park, instead of 'asked'.
- threat_disclosed:
    Her case went to the youth court in May, and the threat she described was taken into account. The referral order is short and nearly over.
- else:
    Her case went to the youth court in May. She has a short referral order and a conviction, but she also has Ruth, and her mum, and a diary nobody is allowed to read.
}
Jo is harder to find. She turned seventeen in September.
{
- jo_safe_place == -2:
    She still lives at the flat. The police have been called there twice more since the spring. Each time, Lee has explained that it was a family matter, and each time Jo has said she is fine.
- jo_safe_place == -1:
    She came back from the placement sixty miles away with a new phone and new friends nobody has met. She sleeps at her nan's, when she sleeps anywhere.
- else:
    She moves between the flat and her nan's, depending on Lee's mood and what day it is.
}
{
- lee_at_table:
    Lee came to the meetings, and was polite, and took notes. He knew every step of her plan before she did. The men at the pub did not need to look for her. They knew she would be out of the house on Friday nights, and they were waiting.
- lee_alerted:
    Lee heard about the men at the same time as everyone else, and decided what it meant himself. The men at the pub did not need to look for her. They knew she would be out of the house on Friday nights, and they were waiting.
}
{ home_reassured:
    Somewhere in her file it still says that there were no concerns about home.
}
{
- night_response == 2:
    The samples the sexual assault referral centre kept from the night in April are still held. Whether she ever talks to the police about that night is hers to decide. So far she has not.
- s7_jo_struggling:
    Nobody ever found out what happened on the night in April when she came home without her shoes.
}
Most Fridays, the men outside the pub by the bus station find her there.
One girl had adults who kept faith with her. The other was protected, on paper, from the men outside her home, and sent back, night after night, to the man inside it. # ending: cassie-held # ending-title: Cassie held, Jo still not safe at home
-> END

=== ending_jo_held ===
Jo is seventeen. {continuity >= 0: She still sees Kerry on Tuesdays.|Her case was closed in the summer, but Kerry's number is still in her phone.} # scene: youth-centre
{
- jo_safe_place == 1:
    She lives at Pauline's now, in the box room, with Derek the budgie, who has learned to say her name, badly.
- jo_safe_place == -1:
    She lives at Pauline's now, after a placement sixty miles away that went wrong. It took her a long time to unpack.
- else:
    She is still at the flat. The plan around her is tight, and most nights it holds.
}
{ michelle_supported:
    Michelle comes to Pauline's for tea on Sundays, on her own. She rings a domestic abuse worker from her friend's phone. She has not left Lee yet. She says yet.
}
{ assault_supported:
    In August Jo met a sexual violence adviser, with her nan beside her. She has not decided about the police. She doesn't have to yet.
}
{ night_response == 2:
    The police have what the sexual assault referral centre kept from the night in April. Whether she ever talks to them about it is hers to decide.
}
Cassie is harder to reach. She has stopped writing in her diary, her mum says.
{ nrm:
    The case against her was dropped in May, after the NRM reasonable-grounds decision, but by then she had stopped trusting the people telling her about it.
- else:
    Her case went to the youth court in May. Nobody raised the threat she was living under, because nobody in the courtroom knew about it. She was given a longer referral order and a conviction, and the report from the park is still the first thing anyone reads about her.
}
{ cassie_restricted:
    The curfew is still in place. She breaks it on Saturdays, and nobody knows where she goes.
}
{ friendship > 0:
    Jo sends her game invites from her nan's sofa. Cassie accepts about half of them. It is something.
}
One girl found adults who looked at the danger inside her home as well as outside it. The other was met at every door by a system that had already decided who she was. # ending: jo-held # ending-title: Jo held, Cassie still out of reach
-> END

=== ending_both_adrift ===
On paper, it is quieter. Both cases are further along in their processes. # scene: office
{ nrm:
    Cassie's case was dropped in May, after the NRM reasonable-grounds decision, but she no longer answers Marcus's calls, and the letter about the final decision sits unopened.
- else:
    Cassie went to the youth court in May. Nobody in the courtroom knew there had been a threat. She has a longer referral order and a conviction, and the report from that day in the park is still the first thing anyone reads about her.
}
{
- jo_safe_place == -2 or jo_safe_place == 0:
    Jo still lives at the flat, with her mum and Lee. The police have been called there twice more since the spring, and each time the note says 'family dispute, no further action'.
- jo_safe_place == -1:
    Jo came back from a placement sixty miles away with a new phone and new friends nobody has met. She sleeps at her nan's, when she sleeps anywhere.
- else:
    Jo sleeps at her nan's most nights, and at the flat when Lee comes to fetch her.
}
{ home_reassured:
    Her file still says there were no concerns about home. Every new worker reads that first.
}
{
- lee_at_table:
    Lee came to the meetings, and was polite, and took notes. He knew every part of the plan. So, in the end, did the men at the pub, who knew where to wait for a girl who could not be at home.
- lee_alerted:
    Lee heard about the men at the same time as everyone else, and made his own rules about it. The harder he ruled the flat, the more Friday nights the men at the pub found her outside it.
}
{
- night_response == 2:
    The samples the sexual assault referral centre kept from the night in April are still held. Whether she ever talks to the police about that night is hers to decide. So far she has not.
- s7_jo_struggling:
    Nobody ever found out what happened on the night in April when she came home without her shoes.
}
Jo turned seventeen in September. On Friday nights the men outside the pub by the bus station still look out for her. They know her name, and nobody else asks how she is. She says she is fine. She says it to everyone, and they write it down.
{ michelle_supported:
    Michelle still has the number on the napkin. She has rung it twice.
- else:
    Michelle stopped ringing in the spring. Her friend's phone number does not work any more.
}
Nobody in this story meant harm. At each turn the usual way of doing things, telling the parents, reassuring the family, bringing everyone to the table, was easier than asking whether this family was safe to do it with, and this is where it led. # ending: both-adrift # ending-title: Both girls still adrift
-> END
