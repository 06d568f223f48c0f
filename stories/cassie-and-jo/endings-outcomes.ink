// The five endings, a few months on, and endings_pick, which chooses between them from Cassie's and Jo's
// outlooks (endings-logic.ink). Each ending closes with a line tagged `ending:` and `ending-title:`, then -> END.
// Timeline: Cassie's hearing was in May (a case dropped after the NRM reasonable-grounds decision is dropped then);
// GCSE results in August; Jo turned seventeen in September; it is now October.

=== endings_pick(cassie_score, jo_score) ===
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
    In May, a week before her hearing, the prosecutor dropped the case against her, after the NRM reasonable-grounds decision and her solicitor's letter about the Section 45 defence. Marcus rang her himself to tell her. She asked him to say it twice. The conclusive-grounds decision has still not come; these take months.
- threat_disclosed:
    Her case went to the youth court in May. What she had told Ruth about the threat was before the court, and the referral order she was given is short. She finishes it in November, and nobody at school treats her as a criminal.
- else:
    In May the youth court gave her a referral order. She never did say why she had the drugs, and she is getting through the order with Marcus. The adults around her still think there is more to it. They are still asking, gently.
}
{ cassie_parents >= 2:
    After a letter from someone who knew which law to quote, and a visit from the council's environmental health officer, the landlord treated the mould in her bedroom. It is already coming back in one corner. Her dad has the officer's number now, and uses it.
}
She has ranked the new Marvel film fourth. She will argue with you about it if you let her.
Jo turned seventeen in September, and has started a textiles course at college. {continuity >= 0: She still sees Kerry on Tuesdays.|Her case was closed in the summer, but Kerry's number is still in her phone, and now and then she uses it.}
{
- assault_shared == 2:
    The police know what happened last spring, because they had to. Jo has not given them an interview. She might, one day; that part is hers to decide, and everyone around her knows it. {assault_supported: In August she went with her nan to meet a sexual violence adviser, who she describes as 'all right, actually'.}
- assault_shared == 1:
    The police know what happened last spring; Jo found out they knew from them, not from anyone she trusted, and she has not forgiven it yet. She has not given an interview. {assault_supported: In August she went with her nan to meet a sexual violence adviser, who she describes as 'all right, actually'.}
- assault_supported:
    In August she went with her nan to meet a sexual violence adviser, who she describes as 'all right, actually'. What happened last spring has still not reached the police, and the two boys have never been asked about it.
- else:
    What happened to her last spring is still hers alone. Kerry has a feeling there is something, and is waiting, and is still there.
}
{ boys_referred:
    The two boys were assessed over the summer. The school's plan keeps them out of her lessons and her corridor, and Jo was asked what should be in it.
}
Some days she still says she was in control of the men at the pub. Other days she doesn't. Both are allowed.
{ parents_respected >= 2:
    Michelle and Lee come to her meetings and ask good questions.
}
{ pub_reported > 0:
    The police have visited the pub by the bus station more than once, and two of the men who paid her are being investigated.
- else:
    The police went to the pub by the bus station in the spring and found nobody willing to talk. The men outside it on Fridays are more careful now, and that is all.
}
{ friendship > 0:
    She and Cassie play duos most nights. Jo is better. Cassie says that's only because she has more time.
- else:
    She and Cassie are talking again, carefully, in the way of friends who have both been hurt by the same things.
}
At the bandstand end of the park there are two new lamps, not the six the young people asked for; the rest are in next year's bid. On Friday evenings Priya runs a session there with a speaker, a gazebo and far too many crisps. Young people's maps of the park, redrawn in the autumn, have more amber on them and less red.
{
- park_witness == 3:
    After a summer of stops and visits the man on the bench has moved on. Nobody has charged him, and DC Priestley expects him to turn up somewhere else.
- else:
    Nobody has charged the man on the bench. He is seen less at the bandstand end now that it is lit and busy on Fridays, which is not the same as gone.
}
None of it is finished. Harm like this does not end because a plan says so. But two girls have more adults on their side than they had in the spring, and a park that was theirs is a little less dark. # ending: steadier-ground # ending-title: Steadier ground, not yet safe
-> END

=== ending_park_unchanged ===
Cassie got her GCSE results in August and has started in the sixth form. # scene: park-night
{
- nrm:
    The case against her was dropped in May, a week before the hearing, after the NRM reasonable-grounds decision. She asked Marcus to say it twice.
- threat_disclosed:
    Her case went to the youth court in May, and the threat she lived under was taken into account. The referral order is short.
- else:
    In May the youth court gave her a referral order. She never said why she had the drugs. Marcus is still asking, gently.
}
Jo turned seventeen in September. {continuity >= 0: She still sees Kerry on Tuesdays.|Her case was closed in the summer, but Kerry's number is still in her phone, and now and then she uses it.} {assault_supported: In August she met a sexual violence adviser, with her nan beside her.} {parents_respected >= 2: Michelle and Lee come to her meetings and ask good questions.} She has started a textiles course at college, goes most days, and on some of those days she even enjoys it.
{ friendship > 0:
    She and Cassie play duos most nights, and argue about skins.
- else:
    She and Cassie are talking again, carefully.
}
The park has not changed. The bandstand end is still dark. The man on the bench is still there at weekends, friendly, generous, patient.
On a Saturday in September, Cassie's younger brother Josh, who has just started Year 9, comes home from the park with a bag a man has asked him to look after.
Because of everything that happened this year, his mum rings you within the hour, and Cassie sits with him and tells him, in her own words, that it isn't his fault. That part went right.
But two children were kept safer, and the place that harmed them was left alone, and so it found a third. # ending: park-unchanged # ending-title: Two girls safer, the park unchanged
-> END

=== ending_cassie_held ===
Cassie got through her GCSEs, just, and has started at college, where she complains about the bus and secretly loves the course. # scene: cassie-home
{
- nrm:
    The case against her was dropped in May, before the hearing. She has started, just occasionally, to use the word 'threatened' about the man in the park, instead of 'asked'.
- threat_disclosed:
    Her case went to the youth court in May, and the threat she described was taken into account. The referral order is short and nearly over.
- else:
    In May the youth court gave her a referral order. She never said why she had the drugs. She has the order and a conviction on her record, but she also has Ruth, and her mum, and a diary nobody is allowed to read.
}
{ cassie_parents >= 2:
    The council made the landlord treat the mould in her bedroom. Her dad came to the last meeting, asked the police officer what they were doing about the man in the park, and waited for an answer.
}
Jo is harder to find. She turned seventeen in September, and spent her birthday, as far as anyone can tell, outside the pub by the bus station.
{
- jo_school == -1:
    She never really settled in school again after that spring. She is supposed to be on a college course. She isn't.
- else:
    She scraped through her exams in the summer and started at college in September. She goes perhaps two days a week.
}
{ close_rule or continuity < 0:
    Her case was closed in the summer. A letter on the fridge says she can get in touch any time.
}
{ not assault_known:
    Nobody has ever asked her what happened last spring. She drinks to make it quieter, and it works less well each month.
}
She is seen outside the pub by the bus station most Fridays. Michelle rings you sometimes, late, not because you can do anything but because you are the one who answers.
{ friendship > 0:
    Cassie still sends her game invites. Sometimes, at two in the morning, Jo accepts one. It is the only thread still tying her to anyone her own age, and Cassie holds on to it like a rope.
- else:
    Cassie and Jo do not speak. Cassie writes about her in her diary, more than about anything else.
}
One girl has adults who kept faith with her. The other learned, early on, that adults do things to her rather than with her, and she has not yet found a reason to think otherwise. # ending: cassie-held # ending-title: Cassie held, Jo still out of reach
-> END

=== ending_jo_held ===
Jo turned seventeen in September. {continuity >= 0: She still sees Kerry on Tuesdays.|Her case was closed in the summer, but Kerry's number is still in her phone, and now and then she uses it.} # scene: youth-centre
{ sessions_flexible:
    Her giant painting of trainers is in the window of the youth centre, where she pretends not to check on it.
}
{
- assault_shared == 2:
    The police know what happened last spring. She has not given them an interview, and she doesn't have to decide yet. {assault_supported: In August she met a sexual violence adviser with her nan beside her.}
- assault_supported:
    In August she met a sexual violence adviser with her nan beside her. What happened last spring has still not reached the police.
}
{ parents_respected >= 2:
    Michelle and Lee come to every meeting. Lee has started picking her up on Friday nights, no questions asked, from wherever she rings from.
}
Cassie is harder to reach. She has stopped writing in her diary, her mum says. The trainers on the shelf are gathering dust.
{ nrm:
    The case against her was dropped in May, after the NRM reasonable-grounds decision, but by then she had stopped trusting the people telling her about it.
- else:
    Her case went to the youth court in May. Nobody raised the threat she was living under, because nobody in the courtroom knew about it. She was given a longer referral order and a conviction on her record.
}
{ cassie_school == -1:
    She sat her exams at the new school across the borough, where she never made a single friend, and started college in September. She goes, and keeps her head down.
}
{ cassie_restricted:
    The curfew is still in place. She breaks it on Saturdays, and nobody knows where she goes.
}
{ threat_disclosed:
    The threat she finally spoke about went into a file and a meeting, and came out as a plan that did not feel like safety to her.
- else:
    She has never told anyone what the man at the park said to her. He is still there, and so, at weekends, is she.
}
{ friendship > 0:
    Jo sends her game invites. Cassie accepts about half of them. It is something.
- else:
    She and Jo do not speak.
}
One girl found adults who stayed. The other was met at every door by a system that had already decided who she was, and it is not yet clear whether she will get the chance to show it otherwise. # ending: jo-held # ending-title: Jo held, Cassie still out of reach
-> END

=== ending_both_adrift ===
On paper, it is quieter. Both cases are further along in their processes. # scene: office
{ nrm:
    Cassie's case was dropped in May, after the NRM reasonable-grounds decision, but she no longer answers Marcus's calls, and the letter about it sits unopened.
- else:
    Cassie's case went to the youth court in May. Nobody in the courtroom knew there had been a threat, because she never told anyone she trusted enough. She has a longer referral order and a conviction, and the report from that day in the park is still the first thing anyone reads about her.
}
{ cassie_school == -1:
    She finished Year 11 at a school two buses away, where nobody ever learned her name.
}
{ cassie_restricted:
    She has a curfew she breaks every weekend.
}
{ park_plan == 1:
    The park was cleared by the dispersal order and the locked gates. The young people moved to the canal path. So did the man.
- else:
    The park is the same as it was. The bandstand end is dark. The man is still there.
}
{
- close_rule or continuity < 0:
    Jo's case was closed in the summer.
- jo_school == -1:
    Jo never really settled in school again after that spring, and the college place never happened.
- else:
    Jo still has a support worker, on paper. She has not been to a session since July.
}
{ not assault_known:
    Nobody ever found out what happened to her in the park a year ago. The file still says 'no further action'.
}
Jo turned seventeen in September. On Friday nights the men outside the pub by the bus station are still waiting for her; they know her name, and nobody else asks how she is. She has stopped painting. She says she is fine. She says it to everyone, and they write it down.
{ parents_respected < 1:
    Michelle and Lee stopped answering calls from services in the spring. They still think, some nights, that it was their fault.
- else:
    Michelle rings now and then, late at night, to ask whether there is anyone at all she can talk to. The list of numbers you give her is long, and none of them is open at that hour.
}
{ friendship <= 0:
    Cassie and Jo have not spoken since the day social care came to Jo's home.
}
Sometimes, on the bus past the park, you see a girl in very white trainers on the swings, and you can never quite tell whether it is her.
Nobody in this story was cruel. Everyone was busy, and careful, and followed the process in front of them. It is just that, at each turn, the process was easier to follow than the girls were, and this is where following it has led. # ending: both-adrift # ending-title: Both girls still adrift
-> END
