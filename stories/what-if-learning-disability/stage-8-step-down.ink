// What if: Jo has a learning disability. Stage 8, continued: Jo's account, and stepping the work down.
// Replaces the main story's s8_step_down. Adds s8_jo_account: if Jo may talk to the police about last spring, how
// her account is taken decides whether she is understood, and a Registered Intermediary can help. Then the step-down:
// for Jo the cliff edge at eighteen is also the move from children's to adult services, and her education, health
// and care plan can run to twenty-five.

=== s8_step_down ===
{ assault_known and not assault_kept_quiet:
    -> s8_jo_account
}
-> s8_review

=== s8_jo_account ===
In June, when her last exam is over, Jo tells Kerry that she might talk to the police about last spring. Might. # scene: office
{ jo_interviewed_badly:
    The last time an officer asked her about it, the notes said 'account inconsistent'. Jo has not forgotten.
}
DC Priestley rings you the same afternoon. The two boys are still at Jo's school. She would like to interview Jo on video this month, while Jo is willing.
"She's said maybe. Maybes don't last. How do you want to do this?" # speaker: police-officer
* [Tell Jo it is entirely her decision, and leave it to her to contact the police if and when she wants to # supports: child-voice # undermines: children-first, challenge-inequality # why: It leaves the decision with her, where it belongs. But it also leaves her to find her own way into a police station, which went wrong for her once already, and a disabled young person left to find that way alone often does not. # short: Leave it to Jo to contact the police # why-short: The choice stays hers, but she must find her own way in # differs: Here leaving it to Jo means leaving her to manage, on her own, a process that has already failed to understand her once. # key-decision]
    You tell Jo it is up to her, and give her DC Priestley's number on a card.
    The card stays in her purse all summer. In September she says she lost it.
* [Ask DC Priestley to interview her this month while she is willing, with Sam beside her to help her follow # supports: children-first, safer-spaces # undermines: challenge-inequality, trauma-informed # why: A maybe is worth acting on, and the two boys still at her school need looking at now. But Sam is not trained for a police interview and cannot help in the way an intermediary can, and if the questions lose Jo again, her account may be written off for good. # short: Interview this month, with Sam beside Jo # why-short: Acts while she is willing, but Sam is no intermediary # differs: Here a familiar face in the room is not the same as help to be understood, and the difference decides whether Jo's account is heard at all.]
    ~ jo_interviewed_badly = true
    The interview starts a week later, with Sam in the corner. The questions are shorter than Jo is used to, but there are a lot of them, and forty minutes in she says yes to two things that cannot both be true, and then puts her head down on the table. The officer stops the interview, writes 'some confusion over timings', and asks whether Jo would come back another day.
    Jo says she'll think about it. The two boys are spoken to, and say it never happened.
* [Ask for a Registered Intermediary to assess how Jo communicates before any interview, and let Jo meet her first # supports: child-voice, trauma-informed, challenge-inequality # undermines: safer-spaces # why: A Registered Intermediary can help any child witness, and for Jo it may be the difference between being understood and being written off again. Meeting her first lets Jo set the pace. But it takes weeks to arrange, the maybe may not last, and meanwhile the two boys are still at her school with nothing decided. # short: Get a Registered Intermediary first # why-short: Helps Jo be understood, but weeks pass and the maybe may go # differs: Any child witness can be offered a Registered Intermediary; here, with a learning disability and the past she has with police questions, it decides whether Jo's account can be heard at all.]
    ~ ri_offered = true
    ~ ri_met = true
    ~ trust_jo += 1
    It takes five weeks to find one. By then Jo's maybe has become a no.
    Anne is a speech and language therapist. She meets Jo twice at the youth centre, with Sam, and they talk about everything except the park: how Jo likes questions asked, which words she uses for things, what she does when she has lost the thread. They make a red card together, for stop.
    At the end of the second meeting Jo says she will do it. Not now. After her birthday, when she has started college. "With Anne. Not before."
    The two boys are still at her school when term ends, and one of them spends the last week of it telling people in his year that Jo was lying again.
* [Suggest that Michelle goes into the interview with her and explains for her, since she knows best how Jo talks and listens # supports: parents-as-partners # undermines: child-voice, challenge-inequality # why: Her mum knows how she communicates and wants to help. But nobody can give a witness's account for her, and a mum in the room changes what a sixteen-year-old can say about what two boys did to her. # short: Michelle goes in to explain for Jo # why-short: Mum knows how she talks, but the account must be Jo's own # differs: Here it is easy to let a parent speak for a disabled young person, as services often do, in the one room where only Jo's own words count.]
    ~ jo_interviewed_badly = true
    Michelle comes to the interview and sits beside her. Every time Jo stops, Michelle finishes the sentence for her. The officer stops the interview after twenty minutes and explains, kindly, why it cannot go on like that.
    Jo does not ask to try again.
- -> s8_review

=== s8_review ===
By the end of the summer term things are quieter. Both girls have sat their GCSEs, more or less. # scene: office
Nadia rings about the review.
"Both girls are calmer. The panel's asking whether we step down or close. Caseloads, you know how it is." # speaker: social-worker
{ nrm:
    The prosecutor dropped Cassie's case in May, a week before the hearing, after the NRM reasonable-grounds decision and her solicitor's letter about the Section 45 defence. The conclusive-grounds decision could still be months away.
- else:
    Cassie's hearing was in May. The youth court gave her a referral order, and her panel meetings with Marcus run into the autumn.
}
Jo turns seventeen in September. In a year she will be eighteen, and most of the services now around her will change or stop, whether or not the men outside the pub have. Her education, health and care plan can carry on until she is twenty-five. Nobody has yet asked her what she wants it to say.
* [Keep both girls on the highest level of plan until Jo is eighteen, as Michelle and Lee have asked you to do # supports: parents-as-partners # undermines: child-voice, strengths-relationships # why: Michelle and Lee are frightened of the summer, and keeping every protection in place answers that fear. For the girls it means endless meetings about them, and for Jo it is one more way of being kept close instead of being trusted. # short: Keep both girls on the highest plan # why-short: Answers her parents' fear, but keeps Jo close, not trusted # differs: Here keeping the plan at its highest level is what Jo's parents, who have kept her close all her life, are asking for, and it deepens the overprotection that left her isolated.]
    ~ continuity = 0
    Both plans stay as they are. The meetings continue, monthly. Cassie stops coming to hers. Jo comes to hers and plays on her phone.
* [Step down slowly and plan Jo's move into adult life with her, with adult services meeting her this year # supports: strengths-relationships, child-voice, children-first # undermines: trauma-informed # why: Harm does not stop at eighteen and neither does Jo's disability, so a plan that carries her across the gap, made with her, protects what has been built. But it brings yet another new service into her life at seventeen, and another stranger asking her to start her story from the beginning. # short: Step down slowly; plan adulthood with Jo # why-short: Carries her past eighteen, but brings yet another stranger # differs: Here the cliff edge at eighteen is also the move from children's to adult services, and Jo's plan gives a way to bridge it that only works if someone starts now.]
    ~ continuity = 1
    ~ transition_planned = true
    "Step down, not off," you tell Nadia. "Same faces, fewer meetings. And let's get adult social care to meet Jo this year, not the week after her birthday, and put college and her safety plan into her education, health and care plan, with her in the room when we write it." # speaker: you
    "Adult services at seventeen?" says Nadia. "They'll say it's early." # speaker: social-worker
    "It's early for them. It's late for her." # speaker: you
    Jo meets the woman from adult social care in July. Afterwards she tells Kerry that she is sick of telling new people things.
* [Close both cases now that things are calmer, and leave Jo's plan in the hands of the school and her family # undermines: strengths-relationships, trauma-informed, children-first # why: Calm is a real change, the waiting list is long, and Jo's plan and her family are still there. But calm is often when the adults who cause harm come back, and closing now ends the relationships just as they started working. # short: Close both cases now things are calmer # why-short: Helps the waiting list, but harmful adults often return # differs: Here the plan left with the school is the same one that put every change in Jo down to her needs.]
    ~ continuity = -1
    Both cases close at the end of July. Letters go out. Kerry's last session with Jo is a goodbye that neither of them quite says.
* [Ask Cassie and Jo what they want from the adults now, and build the step-down around their answers # supports: child-voice, strengths-relationships # undermines: children-first # why: Asking them treats them as the experts on their own lives, and a plan they helped make is more likely to hold. But Jo may ask for everything to stop, and a step-down built on that alone leaves nobody planning for the day she turns eighteen and the services around her change. # short: Ask Cassie and Jo what they want now # why-short: A plan they own, but nobody may plan for Jo at eighteen # differs: Here what Jo asks for has to be weighed against a move into adult services that nobody will plan unless someone starts now.]
    ~ continuity = 1
    ~ trust_cassie += 1
    ~ trust_jo += 1
    You ask them, separately. Cassie wants Ruth until her results are out, and nobody else. Jo wants Kerry, and the art room, and for the meetings to stop being about her without her.
    "Fine," says Nadia, when you tell her. "That's a plan." # speaker: social-worker
- On the last day of term you drive past the park on your way back from a meeting about another child. # scene: park-day
{
- park_plan == 2:
    There is a council van by the bandstand and a man up a ladder. Priya's gazebo is already up, two hours early, with a hand-painted sign that says FRIDAYS. Someone has drawn a pair of trainers on it.
- park_plan == 1:
    The gates have a new padlock and a new sign. The park is empty. Somewhere else, you suppose, it isn't.
- else:
    It looks the way it always looks in the afternoon: swings, a dog walker, a group of teenagers on the benches by the bandstand. In the evening it will look different, and nobody will be there to see it.
}
-> endings
