// Stage 7, continued: when nobody knows yet what happened to Jo.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s7_jo_struggling ===
Jo is struggling. # scene: youth-centre
Her drinking is worse. She has missed school on Mondays three weeks running. She is coming to fewer sessions, and when she comes she is flat and far away.
Michelle rings you on a Sunday night. Jo came home at three in the morning, without her shoes, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running.
{ close_rule:
    "That's three missed," says Kerry, not happily. "You said three and we close." # speaker: support-worker
- else:
    "She's not engaging," says Kerry, and then hears herself. "Sorry. I mean I'm not reaching her." # speaker: support-worker
}
Nobody yet knows what happened to Jo a year ago. Nobody has asked the right question.
* [Keep going: text her, turn up where she is, and ask her what happened rather than what is wrong with her # supports: trauma-informed, strengths-relationships # why: Withdrawal and drinking are often signs of something that happened, and staying steady is how trust is built. It costs time that could go to children who do turn up.]
    ~ trust_jo += 1
    Kerry texts every week, with no demands in the messages. She turns up at the youth centre when Jo is likely to be there. One evening she asks, not what's wrong, but what happened, a year ago, when everything changed.
    { trust_jo >= 2:
        ~ assault_known = true
        Jo tells her, in one sentence, without looking up: two boys from school, in the park, last spring. She reported it and took it back because of what people said.
        Kerry rings you from the car park, and you both sit with it for a while before either of you says anything.
    - else:
        Jo says "nothing happened". But she doesn't leave.
    }
* [Close the case, as agreed, and leave the door open for a re-referral # undermines: strengths-relationships, trauma-informed # why: It follows the agreed rule, and caseloads are real. But it treats her withdrawal as a choice, when it may be the clearest sign yet that something is badly wrong.]
    ~ trust_jo -= 1
    ~ close_rule = true
    Kerry closes the case. A letter goes to Jo's home, telling her she can get in touch any time. Michelle puts it on the fridge.
* [Refer Jo to the young people's drug and alcohol service for her drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping her survive.]
    You make the referral. The service asks Jo about units. She goes twice.
* [Ask Jo's mum to make sure she comes to her sessions # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: Her mum wants to help and can get her through the door. But making support something Jo is marched to turns it into one more thing done to her.]
    Michelle drives her to the next two sessions. Jo sits in them with her hood up and her arms folded.
- -> s7_wider
