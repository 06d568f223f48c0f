// What if: home is not safe for Jo. Stage 7, continued: when nobody knows yet what happened to Jo.
// Replaces the main story's s7_jo_struggling. Jo comes back in the early hours, hurt in ways she will not talk
// about, and the first decision is what happens in the next day or two: health care, the sexual assault referral
// centre, the police and social care, and a return conversation, none of which can go through Lee. Then, weeks
// later, whether Kerry keeps going; asking Jo's mum to get her to sessions hands part of her plan to a household
// she is not safe in.

=== s7_jo_struggling ===
Jo is struggling. # scene: youth-centre
Her drinking is worse. She has missed school on Mondays three weeks running. She is coming to fewer sessions, and when she comes she is flat and far away.
{ jo_safe_place == 1 or jo_safe_place == -1:
    Then, one Sunday night in April, Pauline rings you.
- else:
    Then, one Sunday night in April, Michelle rings you, from her friend's phone, whispering.
}
Content note: the next part suggests that Jo may have been sexually assaulted. Nothing is described.
* [Read what you are told # aside]
    {
    - jo_safe_place == 1:
        Jo came back to Pauline's at three in the morning, without her shoes, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running.
    - jo_safe_place == -1:
        Jo came back to Pauline's at three in the morning, without her shoes, in a car nobody recognised, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running.
    - else:
        Jo came home to the flat at three in the morning, without her shoes, and would not say where she had been. In the morning she was sick, and then she laughed about it, and then she locked herself in the bathroom for two hours with the taps running. Lee shouted through the door for most of it.
    }
    { jo_safe_place == 1 or jo_safe_place == -1:
        "She's in bed now. She won't talk to me. She's got bruises on her arms she says are from messing about." # speaker: jo-nan # expression: worried
    - else:
        "She's in bed now. She won't talk to me. She's got bruises on her arms she says are from messing about." # speaker: jo-mum
    }
* [Read a short summary instead # aside # summary-choice]
    Jo came home in the early hours of Sunday, without her shoes, and would not say where she had been. She has been sick, and very distressed, and she has bruises she will not explain. She is in bed now and will not talk.
- It is nearly ten o'clock on Sunday night. Whatever happened to Jo happened less than a day ago.
* [Call the police now and ask them to go round tonight, check on Jo and take her account # supports: children-first # undermines: trauma-informed, child-voice # why: It treats what may have happened as the crime it may be, tonight. But officers at the door near midnight, asking a girl who has spent the day locked in a bathroom to give an account, is the kind of surprise and loss of control that makes children shut down, and she has not yet seen a doctor. # short: Call the police to see Jo tonight # why-short: Acts tonight, but a midnight visit may make her shut down # differs: In the main story the police would knock at a home that is safe for Jo; here, at the flat, a knock at midnight also tells Lee. # key-decision]
    ~ night_response = 4
    ~ trust_jo -= 1
    { jo_safe_place == 1 or jo_safe_place == -1:
        Two officers knock at Pauline's at a quarter to midnight. Pauline lets them in. Jo will not come out of the box room. Through the door she tells them she fell over and lost her shoes, and that she is going back to sleep.
    - else:
        ~ lee_alerted = true
        Two officers knock at the flat at a quarter to midnight. Lee opens the door. Jo comes out as far as the hallway, with Lee behind her, and tells them she fell over and lost her shoes. The officers write that down.
    }
    In the morning she has gone to school early, which she has not done since September.
* [Ask for an independent return interview with Jo within the next three days, away from home # supports: child-voice # undermines: children-first, curious-informed # why: An independent worker, away from the adults she lives with, gives Jo somewhere to say where she was and what happened, and she was out half the night. But it treats this as a missing episode when it may be a rape, and by the time the conversation happens much of what a doctor could have done, and most of the chance to keep evidence, will have gone. # short: Arrange an independent return interview # why-short: A safe place to talk, but time for care and evidence slips # differs: In the main story a return conversation could happen at home; here it cannot happen anywhere Lee can hear it.]
    ~ night_response = 3
    A worker from the local children's charity sees Jo at school on Wednesday, in the library office, with the blinds down.
    Jo says she lost her shoes in a car and does not remember much after that. The worker passes it straight to Nadia and to a sexual health clinic. By then it is four days since the night itself.
* [Go round with Kerry first thing, and let Jo decide whether she sees a doctor and who else is told # supports: child-voice, trauma-informed, strengths-relationships # undermines: children-first, curious-informed # why: It gives Jo the first say, from people she knows, after a night that took her control away. But the police and social care hear nothing until she talks, the hours in which medicine and evidence can help keep running while she decides, and a possible rape of a child is not hers alone to keep: it is shared whatever she says. # short: Go with Kerry; let Jo decide what next # why-short: Jo's first say, but hours slip, and it must be shared anyway # differs: In the main story first thing means her own front door; here, at the flat, it means Lee's.]
    ~ night_response = 1
    ~ trust_jo += 1
    { jo_safe_place == 1 or jo_safe_place == -1:
        Pauline lets you in at eight. Jo sits at the kitchen table in a dressing gown and lets Kerry make her toast.
    - else:
        Lee opens the door at eight and says she is asleep. Kerry waits at the end of the road instead, and Jo comes out at eleven, in a hoodie, and gets into the car without a word.
    }
    She says she is fine. She says nothing happened. By the afternoon she says she will go to a clinic for the morning-after pill, and nowhere else, and that if you tell the police she will never speak to either of you again.
    You tell her you have to pass it on, and why. She shrugs, as if she had expected nothing else. Nadia and the police hear on Tuesday, two days after the night itself.
* [Ring Nadia and the police tonight, and have Jo offered the sexual assault referral centre # supports: children-first, curious-informed, trauma-informed # undermines: child-voice # why: Emergency contraception, medicine to prevent infection and the chance to keep evidence all shrink by the day, and a sexual assault referral centre can see Jo for all of it, with an adviser, whether or not she ever talks to the police. A possible rape of a child is shared with the police and social care whatever she wants, and the sooner the better. But Jo has been asked nothing yet, and she will find out that adults were deciding about her while she slept. # short: Ring Nadia and police; offer the SARC # why-short: Care and evidence in time, but Jo was not asked first # differs: In the main story the offer could come through her family; here it has to come from someone she is safe with, and nothing can go through Lee.]
    ~ night_response = 2
    Nadia holds a strategy discussion by phone at half past eight on Monday morning. Nobody rings the flat.
    { jo_safe_place == 1 or jo_safe_place == -1:
        Pauline makes the offer over breakfast, the way Nadia suggested: a doctor who only sees young people this has happened to, an adviser who will stay with her, and her own choice about every part of it.
    - else:
        Kerry picks Jo up from the end of the road, not the flat, and makes the offer in the car: a doctor who only sees young people this has happened to, an adviser who will stay with her, and her own choice about every part of it.
    }
    Jo says no twice, and then goes. She lets the doctor see her. She takes the tablets. She lets them take samples and keep them. She will not talk to the police, and nobody makes her.
    That afternoon she rings you, for the first time ever, to ask who else knows. You tell her: the police and Nadia, since last night, because that is what has to happen when a child may have been raped, and that talking to them is her choice and will stay her choice.
    "Before you even asked me," she says. She does not speak to you again for three weeks.
    ~ jo_went_quiet = true
- -> s7_jo_staying

=== s7_jo_staying ===
{ jo_went_quiet:
    Three weeks later, Jo has still not answered a message. # scene: youth-centre
- else:
    A fortnight later, nothing much has changed. # scene: youth-centre
}
{ close_rule:
    "That's three missed," says Kerry, not happily. "You said three and we close." # speaker: support-worker
- else:
    "She's not engaging," says Kerry, and then hears herself. "Sorry. I mean I'm not reaching her." # speaker: support-worker
}
"Last time I texted, she said to leave her alone. Her words." # speaker: support-worker
* [Ask Jo's mum to make sure that Jo comes to her sessions, and to ring Kerry if she will not # undermines: children-first, child-voice, trauma-informed # why: Her mum wants to help and can get her through the door. Here, though, it makes a household Jo is not safe in the enforcer of her support, and what happens in her sessions stops feeling like hers. # short: Ask Jo's mum to get her to sessions # why-short: Mum can help, but her support is run from an unsafe home # differs: In the main story this draws a worried parent into the plan; here it hands part of Jo's support to a home where Lee decides things, and he is the one who drives her.]
    { jo_safe_place == 1 or jo_safe_place == -1:
        Michelle tells Lee, because she tells Lee everything, and it is Lee who turns up on the Tuesday to collect Jo for her session.
    }
    Lee drives her to the next two sessions. He waits outside in the car with the engine running. Jo sits in them with her hood up, watching the window.
* [Step back, as Jo has asked, and tell her the door is open and Kerry will text once a month # supports: child-voice # undermines: trauma-informed, strengths-relationships # why: Jo has said what she wants, and taking it seriously is part of respecting her. But pulling back from a sixteen-year-old who has withdrawn after a night like that treats her withdrawal as a settled choice, when it may be the clearest sign that something is badly wrong. # short: Step back; Kerry texts once a month # why-short: Respects her wish, but may miss a sign something is wrong]
    Kerry sends the message. Jo replies with one letter: 'k'.
    The next month, Kerry texts again. Jo reads it, and does not reply.
* [Refer Jo to the young people's drug and alcohol service, since the drinking is getting worse # undermines: trauma-informed, curious-informed # why: The drinking is real and getting worse, and a specialist service can help with it. But a referral for the drinking on its own treats it as the problem, rather than asking what it is helping her survive. # short: Refer Jo for help with her drinking # why-short: Help with drinking, but not what it helps her survive]
    You make the referral. The service asks Jo about units. She goes twice.
* [Keep going: text weekly, turn up where she is, and ask what happened, not what is wrong # supports: trauma-informed, strengths-relationships # undermines: child-voice # why: Withdrawal and drinking are often signs of something that happened, and a worker who stays steady through them is how trust gets built. But Jo has asked to be left alone, and this does not do what she asked: it decides, for now, that her safety matters more than her wish. # short: Keep going, and ask what happened # why-short: Builds trust, but puts her safety above her wish]
    ~ trust_jo += 1
    Kerry texts every week, with no demands in the messages. She turns up at the youth centre when Jo is likely to be there. The first time, Jo tells her to get lost. The third time, she lets her sit down. One evening Kerry asks, not what's wrong, but what happened, a year ago, when everything changed.
    { trust_jo >= 2:
        ~ assault_known = true
        Jo tells her, in one sentence, without looking up: two boys from school, in the park, last spring. She reported it and took it back because of what people said.
        Kerry rings you from the car park, and you both sit with it for a while before either of you says anything.
    - else:
        Jo says "nothing happened". But she doesn't leave.
    }
* [Close the case, as the plan agreed, and write to Jo to say the door is open to a re-referral # undermines: strengths-relationships, trauma-informed # why: It follows the agreed rule, and caseloads are real. But it treats her withdrawal as a choice, when it may be the clearest sign yet that something is badly wrong. # short: Close the case as the plan agreed # why-short: Follows the rule, but treats withdrawal as her choice]
    ~ trust_jo -= 1
    ~ close_rule = true
    Kerry closes the case. A letter goes to {jo_safe_place == 1 or jo_safe_place == -1:Pauline's flat|Jo's home}, telling her she can get in touch any time. {jo_safe_place == 1 or jo_safe_place == -1:Pauline puts it on the fridge.|Lee opens it.}
- -> s7_wider
