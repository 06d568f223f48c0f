// What if: Jo is gay. Stage 5, continued: the art room at the youth centre, where Jo starts to talk.
// Replaces the main story's s5_art_room: one of the men knows that Jo is gay and holds it over her.
// s5_outing_threat: what you do with what she has said, the threat included. s5_fridays: the same question
// when there is nothing left for him to threaten, because a referral form has already outed her.

=== s5_art_room ===
Three weeks later, in the art room at the youth centre, Jo is painting a pair of trainers on a canvas the size of a door. # scene: youth-centre
She is good. Properly good. She tells you about fashion, the designers she rates and the ones she doesn't, about how she wants to do textiles at college if she can scrape the grades, about long baths with the door locked and her phone off, which she says are the only time nobody wants anything from her.
Kerry has brought chocolate. Jo has eaten most of it.
Then, without looking up from the canvas, she starts talking about the pub.
Content note: Jo talks about how men at the pub target her, and about one of them threatening to tell her mum that she is gay. Nothing is described in detail.
* [Read a short summary instead # aside # summary-choice]
    Jo tells you the men at the pub know her now. One of them always buys her first drink and tells her she is grown-up for her age; then his friends pay her. They do not have her number; they know where to find her on Fridays.
    { jo_outed and told_parents_everything:
        He used to threaten to tell her mum that she is gay. Since the home visit, she says bitterly, he has nothing left to tell.
    - else:
        He knows that she is gay, and has told her that if she stops coming on Fridays he will tell her mum.
    }
    She says everything is easier after a drink, "since...", and then stops.
* [Read what Jo said # aside]
    "It's not like they're strangers. Some of them know me now." # speaker: jo
    "There's one who always gets the first drink in. He's all right. He says I'm mature for my age. Then it's his mates." # speaker: jo
    "They haven't got my number. I'm not thick. They just know where I'll be on a Friday." # speaker: jo
    { jo_outed and told_parents_everything:
        "He used to say he'd tell my mum about me. About girls. Well, nothing to tell her now, is there? Your lot saw to that." # speaker: jo
    - else:
        "And he knows about me. About girls. I don't know how he knows. He says if I stop coming on Fridays he'll have a word with my mum about what I am." # speaker: jo
    }
    "Anyway, it's easier when I've had a drink. Everything's easier. Since..." # speaker: jo
    She stops, and paints a lace very carefully.
- You notice the sentence she did not finish. So does Kerry. Neither of you pushes.
~ assault_hint = true
~ trust_jo += 1
At five Jo washes her brushes, very thoroughly, with her back to you both. Kerry looks at you, and you can see she is waiting for you to say something.
{ jo_outed and told_parents_everything: -> s5_fridays | -> s5_outing_threat }

=== s5_outing_threat ===
* [Suggest Jo tells her mum herself, so that he has nothing left to hold over her # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: It would take away his hold, her mum may take it better than Jo fears, and some young people find coming out a relief. But it asks Jo to come out to her family on a timetable set by the man who is abusing her, and it is her decision alone. # short: Suggest Jo tells her mum herself # why-short: Ends his hold, but on a timetable set by her abuser # differs: Here the quickest way to take the threat away is for Jo to come out, and that is hers to decide. # key-decision]
    ~ trust_jo -= 1
    "Maybe if you told her yourself, he'd have nothing on you," you say. # speaker: you
    "Easy for you to say." # speaker: jo
    She paints the sky black, and leaves early.
* [Tell Jo that Fridays and the threat go to the police, and agree with her what is said # supports: children-first, safer-spaces, child-voice # undermines: strengths-relationships # why: What Jo describes is a recognised grooming pattern: a man who buys a girl drinks, calls her mature, passes her to his friends and keeps her coming back with a threat to out her, and paying anyone under eighteen for sex is an offence. The threat is evidence of his control. Passing it on protects her and other girls at that pub, and telling her first, and agreeing what is said about her, is what the information-sharing guidance asks. But she said it in the one place she felt safe, and it may cost you that place for a while. # short: Tell Jo it goes to police; she has a say # why-short: Protects her and other girls, but may cost her safe place # differs: Here passing on evidence of the men's control means passing on something private about Jo with it, so what is said about her is part of what she gets a say in.]
    ~ pub_reported = 1
    ~ outing_threat_named = true
    "Jo, before you go. The man who buys the first drink, and what he says he'll tell your mum. That's him controlling you. He's taken something that's yours and he's using it to keep you turning up. That's on him, not you." # speaker: you
    "And I can't sit on it. Fridays, and the threat, need to go to the police officer who deals with this, so she can look at him. Not at you. You can choose what's said about you." # speaker: you
    Her back goes very still.
    "Does she have to know I'm gay?" # speaker: jo
    "She has to know what he's threatening you with, because that's how he keeps you coming back. Who else hears it, and what goes in writing, we work out together, and she'll keep it as tight as she can." # speaker: you
    "And if your mum ever does find out, from him or anyone, who would you want there?" # speaker: you
    She dries a brush that is already dry.
    "Nan. Nan would sort her out. Nan's known for ages. She says she worked it out before I did." # speaker: jo
    You keep to what she agrees. She misses the next session. The one after that she comes, and paints, and does not talk.
* [Name the threat as his hold over her, and ask what she would want if her mum found out # supports: child-voice, trauma-informed, strengths-relationships # undermines: children-first, safer-spaces # why: Naming the threat as his tool takes some of its weight off her, and asking what she would want begins a safety plan that is hers. But what she has described is men paying a child for sex every Friday, and a threat that keeps her going back, and leaving it with you means nobody acts on the men, or on the other girls they may be doing it to. # short: Name his threat; ask what she would want # why-short: A safety plan of her own, but nobody acts on the men # differs: In the main story the men have no secret to hold over Jo; here the threat of outing her is one of the ways they keep her coming back.]
    ~ outing_threat_named = true
    ~ trust_jo += 1
    "That's him controlling you," you say. "He's taken something that's yours and he's using it to keep you turning up. That's on him. Not you." # speaker: you
    "If your mum ever did find out, from him or from anyone, what would you want to happen? Who would you want there?" # speaker: you
    Jo paints for a long time.
    "Nan," she says at last. "Nan would sort her out." # speaker: jo
    "Nan's known for ages. She says she worked it out before I did." # speaker: jo
    It is the first time you have heard Jo laugh at herself. On Friday, the man buys her first drink, as usual.
* [Pass the Fridays and the threat to DC Priestley today, and tell Jo about it afterwards # supports: children-first, safer-spaces # undermines: child-voice, trauma-informed # why: The police need to know, and you do not need her consent to share it. But the guidance is to tell her first where it is safe to, and here it is, and passing on the threat means the police learn she is gay before she has decided who should. # short: Pass it to the police; tell Jo after # why-short: Police know, but learn she is gay before Jo has a say # differs: Here passing on evidence of the men's control behind her back also passes on something private about Jo.]
    ~ pub_reported = 2
    ~ trust_jo -= 2
    DC Priestley takes it seriously, and adds it to what she knows about the men at the pub. The officer who talks to Jo the following week is careful and kind.
    Jo is polite to the officer. She is furious with you, and she does not come to the art room again.
* [Offer to tell her mum for her, carefully, so that his threat has nothing left to hold # undermines: child-voice, trauma-informed # why: It is offered kindly, and it would end the threat. But it means an adult deciding when and how Jo comes out, which is the same kind of control the man is trying to take. # short: Offer to tell her mum for her # why-short: Ends the threat, but takes her coming out out of her hands # differs: Here an offer of help would take from Jo the one decision about herself she still holds.]
    ~ trust_jo -= 2
    "I could talk to your mum, if you like. Carefully. Then he's got nothing." # speaker: you
    Jo puts the brush down.
    "Don't you dare," she says, and means it, and for the rest of the afternoon she does not say another word.
- -> s5_school

=== s5_fridays ===
* [Ask Jo, before she goes, for the man's name and what he looks like, for the police # supports: curious-informed # undermines: trauma-informed, child-voice # why: Details help the police, and she has just opened a door. But questions about names and faces turn a painting session into an interview, and children often stop talking as soon as the questions start. # short: Ask Jo for the man's name and looks # why-short: Helps the police, but turns painting into an interview]
    ~ trust_jo -= 1
    "Jo, the one who buys the first drink. Do you know his name? What does he look like?" # speaker: you
    She turns the tap off.
    "I don't know his name. I told you. They just know where I'll be." # speaker: jo
    She leaves the brushes in the sink and goes.
* [Apologise for the front room, and agree with her how Fridays go to the police # supports: children-first, safer-spaces, child-voice # undermines: strengths-relationships # why: What Jo describes is a recognised grooming pattern, and paying anyone under eighteen for sex is an offence; passing it on protects her and other girls, and telling her first is what the guidance asks. Owning what your side did to her is part of earning the right to ask. But she said it in the one place she felt safe, and it may cost you that place for a while. # short: Apologise; agree what goes to the police # why-short: Protects her, owns the outing, but may cost her safe place # differs: Here the service has already taken one decision about Jo out of her hands, and that has to be owned before you ask her to trust you with another.]
    ~ pub_reported = 1
    "Jo. What happened in your front room shouldn't have happened. It was our side that wrote it down, and I'm sorry." # speaker: you
    "And the bit about Fridays, I can't sit on. It needs to go to the police officer who deals with this, so she can look at the men. Not at you. You can choose what goes." # speaker: you
    "Pub and Fridays," she says, after a long time. "Not my name. And nothing else about me. You lot have done enough of that." # speaker: jo
    You keep to it. She misses the next session. The one after that she comes, and paints, and does not talk.
* [Keep what she said in your session notes for now, and let the art room stay hers # supports: strengths-relationships, trauma-informed # undermines: children-first, safer-spaces # why: After the way her family found out, not acting on everything she says, the moment she says it, may be what keeps the one safe space she has. But what she described is men paying a child for sex every Friday, and it stays in a notebook. # short: Note it only; let the art room stay hers # why-short: Keeps her safe space, but the abuse stays in a notebook]
    ~ trust_jo += 1
    You write it up carefully that evening, and do nothing else with it. The next week Jo is back, with a second canvas.
* [Pass the part about Fridays to DC Priestley today, and say nothing to Jo about it # supports: children-first, safer-spaces # undermines: child-voice, trauma-informed # why: The police need to know, and you do not need her consent to share it. But doing it behind her back, after the way her family found out about her, repeats exactly what she has learned to expect from services. # short: Pass it to the police; say nothing to Jo # why-short: Police know, but services go behind her back once more]
    ~ pub_reported = 2
    ~ trust_jo -= 2
    DC Priestley thanks you, and two Fridays later officers visit the pub by the bus station.
    The Friday after that, one of the men says something to Jo about 'your social worker'. She does not come to the art room again.
- -> s5_school
