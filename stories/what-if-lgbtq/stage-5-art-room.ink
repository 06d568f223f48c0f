// What if: Jo is gay. Stage 5, continued: the art room at the youth centre, where Jo starts to talk.
// Replaces the main story's s5_art_room: one of the men knows that Jo is gay and holds it over her.
// Adds s5_outing_threat: what you say when you hear it.

=== s5_art_room ===
Three weeks later, in the art room at the youth centre, Jo is painting a pair of trainers on a canvas the size of a door. # scene: youth-centre
She is good. Properly good. She tells you about fashion, the designers she rates and the ones she doesn't, about how she wants to do textiles at college if she can scrape the grades, about long baths with the door locked and her phone off, which she says are the only time nobody wants anything from her.
Kerry has brought chocolate. Jo has eaten most of it.
Then, without looking up from the canvas, she starts talking about the pub.
Content note: Jo talks about how men at the pub target her, and about one of them threatening to tell her mum that she is gay. Nothing is described in detail.
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
* [Read a short summary instead # aside]
    Jo tells you the men at the pub know her now. One of them always buys her first drink and tells her she is grown-up for her age; then his friends pay her. They do not have her number; they know where to find her on Fridays.
    { jo_outed and told_parents_everything:
        He used to threaten to tell her mum that she is gay. Since the home visit, she says bitterly, he has nothing left to tell.
    - else:
        He knows that she is gay, and has told her that if she stops coming on Fridays he will tell her mum.
    }
    She says everything is easier after a drink, "since...", and then stops.
- You notice the sentence she did not finish. So does Kerry. Neither of you pushes.
You also notice what she has described: a man who buys a girl drinks, flatters her, passes her to his friends, and keeps her coming back by holding something over her that was never his. It is a pattern with a name, and it belongs to him.
~ assault_hint = true
~ trust_jo += 1
{ jo_outed and told_parents_everything: -> s5_school | -> s5_outing_threat }

=== s5_outing_threat ===
Jo goes on painting. Kerry looks at you, and you can see she is waiting for you to say something. # scene: youth-centre
* [Tell Jo that threatening to out her is how he controls her and that it is on him, and ask what she would want if her mum ever found out # supports: child-voice, trauma-informed, children-first # why: Naming the threat as his tool takes some of its weight off her, and asking what she would want begins a safety plan that is hers. The threat stays in place for now, and the police will need to hear about it, with her knowing. # differs: In the main story the men have no secret to hold over Jo; here the threat of outing her is one of the ways they keep her coming back.]
    ~ outing_threat_named = true
    ~ trust_jo += 1
    "That's him controlling you," you say. "He's taken something that's yours and he's using it to keep you turning up. That's on him. Not you." # speaker: you
    "If your mum ever did find out, from him or from anyone, what would you want to happen? Who would you want there?" # speaker: you
    Jo paints for a long time.
    "Nan," she says at last. "Nan would sort her out." # speaker: jo
    "Nan's known for ages. She says she worked it out before I did." # speaker: jo
    It is the first time you have heard Jo laugh at herself.
* [Suggest Jo tells her mum herself, so that he has nothing left to hold over her # supports: children-first # undermines: child-voice, trauma-informed # why: It would take away his hold, and some young people find coming out a relief. But it asks Jo to come out to her family on a timetable set by the man who is abusing her, and nobody knows yet how her mum would take it. # differs: Here the quickest way to take the threat away is for Jo to come out, and that is her decision alone.]
    ~ trust_jo -= 1
    "Maybe if you told her yourself, he'd have nothing on you," you say. # speaker: you
    "Easy for you to say." # speaker: jo
    She paints the sky black, and leaves early.
* [Offer to tell her mum for her, gently, to take away his hold # undermines: child-voice, trauma-informed # why: It is offered kindly, and it would end the threat. But it means an adult deciding when and how Jo comes out, which is the same kind of control the man is trying to take. # differs: Here an offer of help would take from Jo the one decision about herself she still holds.]
    ~ trust_jo -= 2
    "I could talk to your mum, if you like. Carefully. Then he's got nothing." # speaker: you
    Jo puts the brush down.
    "Don't you dare," she says, and means it, and for the rest of the afternoon she does not say another word.
* [Pass the threat to the police as evidence of coercion, and tell Jo afterwards # supports: children-first, curious-informed # undermines: child-voice # why: The threat is evidence of the control he has over her, and the police need it to act against him. Passing it on before she knows means the police learn she is gay before she has decided who should. # differs: Here passing on evidence of the men's control means passing on something private about Jo along with it.]
    ~ trust_jo -= 1
    DC Priestley takes it seriously, and adds it to what she knows about the men at the pub. The officer who talks to Jo the following week is careful and kind.
    Jo is polite to the officer. She is furious with you.
- -> s5_school
