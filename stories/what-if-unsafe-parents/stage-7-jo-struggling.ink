// What if: home is not safe for Jo. Stage 7, continued: when nobody knows yet what happened to Jo.
// Replaces the main story's s7_jo_struggling: asking Jo's mum to get her to sessions means handing part of
// Jo's plan to a household she is not safe in.

=== s7_jo_struggling ===
Jo is struggling. # scene: youth-centre
Her drinking is worse. She has missed school on Mondays three weeks running. She is coming to fewer sessions, and when she comes she is flat and far away.
{
- jo_safe_place == 1:
    Pauline rings you on a Sunday night. Jo came back to the flat at three in the morning, without her shoes, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running.
- jo_safe_place == -1:
    Pauline rings you on a Sunday night. Jo came back to the flat at three in the morning, without her shoes, in a car nobody recognised, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running.
- else:
    Michelle rings you on a Sunday night, from her friend's phone. Jo came home at three in the morning, without her shoes, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running.
}
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
    Kerry closes the case. A letter goes to {jo_safe_place == 1 or jo_safe_place == -1:Pauline's flat|Jo's home}, telling her she can get in touch any time. {jo_safe_place == 1 or jo_safe_place == -1:Pauline puts it on the fridge.|Lee opens it.}
* [Refer Jo to the young people's drug and alcohol service for her drinking # supports: children-first # undermines: trauma-informed, curious-informed # why: The drinking is real, and help with it can make a difference. On its own the referral treats the drinking as the problem rather than what it is helping her survive.]
    You make the referral. The service asks Jo about units. She goes twice.
* [Ask Jo's mum to make sure she comes to her sessions # undermines: children-first, child-voice, trauma-informed # why: Her mum wants to help and can get her through the door. Here, though, it makes a household Jo is not safe in the enforcer of her support, and what happens in her sessions stops feeling like hers. # differs: In the main story this draws a worried parent into the plan; here it hands part of Jo's support to a home where Lee decides things, and he is the one who drives her.]
    { jo_safe_place == 1 or jo_safe_place == -1:
        Michelle tells Lee, because she tells Lee everything, and it is Lee who turns up on the Tuesday to collect Jo for her session.
    }
    Lee drives her to the next two sessions. He waits outside in the car with the engine running. Jo sits in them with her hood up, watching the window.
- -> s7_wider
