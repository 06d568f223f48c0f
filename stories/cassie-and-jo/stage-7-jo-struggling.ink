// Stage 7, continued: when nobody knows yet what happened to Jo.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s7_jo_struggling ===
Jo is struggling. # scene: youth-centre
Her drinking is worse. She has missed school on Mondays three weeks running. She is coming to fewer sessions, and when she comes she is flat and far away.
Then, on a Sunday just after ten at night, Michelle rings you. # scene: office
Content note: Jo's mum describes signs that Jo may have been sexually assaulted the night before. Nothing is described in detail.
* [Read a short summary instead # aside # summary-choice]
    Michelle tells you Jo came home at three that morning without her shoes and would not say where she had been. She was sick, laughed about it, then locked herself in the bathroom for two hours with the taps running. She has been in her room all day and will not talk.
* [Read what Michelle said # aside]
    "She came in at three this morning. No shoes. I heard the door and she walked straight past me." # speaker: jo-mum # expression: worried
    "She wouldn't say where she'd been. Then she was sick, and she laughed about it, and then she locked herself in the bathroom for two hours with the taps running." # speaker: jo-mum # expression: worried
    "She's been in her room all day. She won't talk to me. I didn't know who else to ring." # speaker: jo-mum # expression: worried
- Michelle is trying very hard to sound calm. "What do I do?" # speaker: jo-mum # expression: worried
* [Tell the police tonight, and ask for a strategy discussion first thing # supports: children-first, safer-spaces, curious-informed # undermines: trauma-informed, child-voice # why: A child coming home like this may have been raped: that is reasonable cause to suspect significant harm, and a strategy discussion with police, social care and health is how the response gets planned, including evidence from wherever she was. But police at the door before Jo has said a word can feel like one more thing done to her, and it does nothing yet for her health. # short: Tell police tonight; strategy discussion # why-short: Evidence and a plan, but done to her, and her health waits # key-decision]
    ~ night_response = 2
    ~ trust_jo -= 1
    You ring the police, and Nadia first thing. Two officers call at the flat on Monday morning. Jo tells them she was at a friend's and lost her shoes, and goes back to bed.
    The strategy discussion meets at two. An officer goes to the pub by the bus station that afternoon and takes a copy of the camera footage from Saturday night. It shows a car picking Jo up at half past one.
    Nobody asks Jo about her health until Tuesday.
* [Tell Michelle to let Jo sleep, and to ring again if anything changes # undermines: children-first, curious-informed # why: It gives a frightened girl some space, and her mum some calm. But a sixteen-year-old coming home like this is a sign of possible serious harm, and the hours that matter for her health and for any evidence pass while she sleeps. # short: Let Jo sleep; ring if anything changes # why-short: Space and calm, but hours for health and evidence are lost]
    ~ night_response = 0
    Michelle lets her sleep. On Monday Jo goes to school, late, and says nothing to anyone.
    By the time anyone thinks about a doctor, it is Thursday.
* [Ask Kerry to see Jo tomorrow, for a return-home talk about last night # supports: strengths-relationships, child-voice # undermines: children-first # why: A return-home conversation with someone she knows is the right way to hear what happened, and it leaves the telling to Jo. But some of what she may need, emergency contraception and forensic care, cannot wait for her to be ready to talk. # short: Return-home talk with Kerry tomorrow # why-short: Jo tells it her way, but urgent care can't wait for her]
    ~ night_response = 3
    Kerry sees Jo on Monday after school, at the youth centre, with hot chocolate and no forms. Jo says she lost her shoes at a party. Kerry asks if she is all right, and whether anyone hurt her. Jo says she's fine.
    By the time Kerry has talked it through with you, it is Wednesday.
* [Help Michelle get Jo to a sexual assault referral centre today # supports: children-first, trauma-informed, parents-as-partners # undermines: safer-spaces # why: Whatever happened, Jo may need care within hours: emergency contraception works best the sooner it is taken, and a sexual assault referral centre can treat her and offer a forensic examination, whose evidence is lost as time passes, while she decides about the police. Going through her mum gives Jo someone she trusts beside her. But the police and a strategy discussion wait for the working week, and by then what happened where she was may be harder to find. # short: Help Michelle get Jo to a SARC today # why-short: Care in time, but police wait and the trail may go cold]
    ~ night_response = 1
    You talk Michelle through it: knock, say she's not in trouble, say she doesn't have to explain anything, and offer to go with her, tonight or first thing, to the sexual assault referral centre, where nobody will make her do anything she doesn't want to.
    Michelle rings back at midnight. Jo will go in the morning, if her nan comes.
    At the centre Jo sees a nurse, takes emergency contraception and the tablets she is offered, and says no to the examination. She tells the nurse nothing about where she was. The centre makes a safeguarding referral, as it must, and Nadia calls a strategy discussion for Tuesday.
    By the time the police ask the pub by the bus station for its camera footage, Saturday night has been recorded over.
- Kerry rings you that week. # scene: youth-centre
{ close_rule:
    "That's three missed," she says, not happily. "You said three and we close." # speaker: support-worker
- else:
    "She's not engaging," she says, and then hears herself. "Sorry. I mean I'm not reaching her." # speaker: support-worker
}
Nobody yet knows what happened to Jo on Saturday, or what happened a year ago that changed her. Nobody has asked the question that would let her say.
* [Ask Jo's mum to make sure that she comes to every session from now on # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: Her mum wants to help and can get her through the door. But making support something Jo is marched to turns it into one more thing done to her. # short: Ask her mum to make sure she comes # why-short: Gets her there, but makes support one more thing done to her]
    Michelle drives her to the next two sessions. Jo sits in them with her hood up and her arms folded.
* [Refer Jo to the young people's drug and alcohol service instead # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own, though, the referral treats the drinking as the problem rather than what it may be helping her survive. # short: Drug and alcohol referral instead # why-short: Help for the drinking, but misses what it helps her survive]
    You make the referral. The service asks Jo about units. She goes twice.
* [Keep going: text her, turn up, ask what happened, not what's wrong # supports: trauma-informed, strengths-relationships # why: Withdrawal and drinking are often signs of something that happened, and staying steady is how trust is built. It costs time that could go to children who do turn up, and there is no guarantee she will ever answer. # short: Keep going; ask what happened to her # why-short: Builds trust, but costs time and may never get an answer]
    ~ trust_jo += 1
    Kerry texts every week, with no demands in the messages. She turns up at the youth centre when Jo is likely to be there. One evening she asks, not what's wrong, but what happened, a year ago, when everything changed.
    { trust_jo >= 2:
        ~ assault_known = true
        Jo tells her, in one sentence, without looking up: two boys from school, in the park, last spring. She reported it and took it back because of what people said.
        ~ assault_shared = 2
        Kerry rings you from the car park, and you both sit with it for a while before either of you says anything. Then you both know what has to happen next: it goes to the police and social care. Kerry tells Jo that week, before it goes, and that whether she says any more to them is up to her.
    - else:
        Jo says "nothing happened". But she doesn't leave.
    }
* [Close the case for now, and leave the door open to a re-referral # undermines: strengths-relationships, trauma-informed # why: Caseloads are real, and some services close after missed sessions. But it treats her withdrawal as a choice, when it may be the clearest sign yet that something is badly wrong. # short: Close the case; leave the door open # why-short: Eases caseloads, but reads her withdrawal as a choice]
    ~ trust_jo -= 1
    ~ close_rule = true
    Kerry closes the case. A letter goes to Jo's home, telling her she can get in touch any time. Michelle puts it on the fridge.
- -> s7_wider
