// What if: Jo has a learning disability. Stage 4, continued: Jo speaks for herself, and how you answer her.
// Replaces the main story's s4_jo_speaks (an answer Jo can follow, or not) and adds s4_capacity:
// the adults in the room argue about whether Jo can decide anything, over her head.

=== s4_jo_speaks ===
Then Jo speaks, and everyone goes quiet. # scene: jo-home
Content note: Jo talks about men paying her for sex, in her own words. Nothing is described in detail.
* [Read a short summary instead # aside # summary-choice]
    Jo says she is not a victim and not being exploited: she is in control, nobody makes her do anything, and she keeps the money. She admits it is not ideal, but says it is the only way she can get a drink. Some of the men, she says, are her friends: they are nice to her, and nobody else is.
    { jo_told and cassie_protected:
        She adds that she knows who told, and does not want to hear it said.
    - else:
        She is furious with Cassie, sure that Cassie told, and says Cassie was happy enough to share the taxi.
    }
* [Read what Jo said # aside]
    "Everyone keeps saying I'm a victim. That I'm being exploited. I'm not. I'm the one deciding." # speaker: jo
    "Nobody makes me do anything. I pick. I keep every penny. Is it ideal? No. Fine. Whatever. But nobody's going to serve me, so what am I supposed to do for a drink? Ask Mum?" # speaker: jo
    "They're my friends, some of them. They're nice to me. Nobody's nice to me." # speaker: jo
    { jo_told and cassie_protected:
        "And I know who told. Don't bother saying. I know." # speaker: jo
    - else:
        "I'm going to kill Cassie. She was fine getting in the taxi, wasn't she? Why couldn't she keep her mouth shut?" # speaker: jo
    }
- { jo_told:
    It is angry, but it is said to you, and Pauline's hand has not left her knee.
- else:
    It comes out at the wall, at the carpet, at anyone. Nobody in the room has been on her side for the last ten minutes, and she knows it.
}
* [Tell Jo you hear that it feels like her choice, and be clear that men who pay a sixteen-year-old for sex break the law # supports: child-voice, children-first # undermines: trauma-informed # why: It takes her view seriously without pretending the men did nothing wrong. But in a room full of adults, 'breaking the law' is easy for Jo to hear as being about her, and a girl who already thinks she is in trouble may hear that she is in more. # short: Hear her; say the men break the law # why-short: Hears her out, but she may think she is the one in trouble # differs: Here the words 'breaking the law' need checking with Jo afterwards, because she may take them to mean that she is the one in trouble.]
    ~ trust_jo += 1
    "I hear you. It feels like you're the one in charge, and I'm not going to argue you out of how it feels," you say. "I will be clear about one thing, though. Any man who pays a sixteen-year-old for sex is breaking the law. That's on him, not you." # speaker: you
    Jo's eyes go to Lee, and then to Gavin's folder.
    "Am I getting arrested?" # speaker: jo
    "No. Not you. Never you," you say, and she looks at you when you say it, which is something. # speaker: you
* [Explain grooming and coercion to her, so that she understands what is really happening to her # supports: curious-informed # undermines: child-voice, trauma-informed # why: The information is accurate and Jo is entitled to it. But a stream of abstract words, in a crowded room, on the worst afternoon of her year, is information she cannot use, and it tells her this conversation is not really for her. # short: Explain grooming and coercion to Jo # why-short: Accurate, but too many abstract words for Jo to use # differs: Here the way the information is given decides whether Jo can take in any of it; in this form she cannot.]
    ~ trust_jo -= 1
    You explain grooming, and coercion, and how men like these make a girl feel she is in control. It is all true. You have said it many times, to many rooms.
    Halfway through your second sentence Jo's eyes go to the window.
    "Yeah," she says. "OK." # speaker: jo
    { jo_understood >= 1:
        Her plan says that is what she says when she has lost the thread and wants it to stop.
    - else:
        Later you will read in her plan that this is what she says when she has lost the thread and wants it to stop.
    }
* [Check what Jo has taken in about today, in her own words, and offer to go through it again tomorrow with Sam # supports: child-voice, trauma-informed, challenge-inequality # undermines: children-first # why: It puts her understanding ahead of the adults' agenda, and gives her a second go at a conversation most people would struggle to take in first time. But what she said about being in charge goes unanswered tonight, and her mum and Lee hear nobody say that the men are to blame. # short: Check what Jo took in; recap with Sam # why-short: Jo gets a second go, but nobody says the men are to blame # differs: In the main story Jo can be assumed to have followed the afternoon; here checking, and going over it again, is what lets her take part in it.]
    ~ trust_jo += 1
    ~ jo_understood += 1
    "That was a lot of grown-ups and a lot of words," you say. "Can you tell me what you think is going to happen now? In your words. There's no wrong answer." # speaker: you
    Jo thinks. "Social care's going to watch me. And Mum knows. And the men get in trouble?" # speaker: jo
    "Two out of three," you say. "Nobody's going to watch you. Shall we go through it again tomorrow, with Sam? With the drawing?" # speaker: you
    "Yeah." A pause. "Not the watching bit. Proper yeah." # speaker: jo
    Lee is still waiting for somebody to say whose fault this is. Nobody does.
* [Ask Jo what she wants to happen now, and what a good week would look like for her, in her words # supports: child-voice, strengths-relationships # undermines: children-first # why: Asking what she wants gives her back a little control on a day when she has had none. But it leaves the danger unnamed, and to her mum, and perhaps to Jo, it can feel as if you are stepping round it. # short: Ask Jo what she wants, and a good week # why-short: Gives her some control, but leaves the danger unnamed]
    ~ trust_jo += 1
    "What do you want to happen now? Not us. You." # speaker: you
    Jo blinks. Nobody has asked her that today.
    "I want everyone to stop looking at me." # speaker: jo
    "And a good week?" # speaker: you
    "A week where nobody does this." # speaker: jo
    It isn't much, but it is hers, and you write it down in front of her. Michelle watches you do it, and you can see her wondering when someone is going to talk about the men.
- -> s4_capacity

=== s4_capacity ===
Lee has been quiet. Now he speaks, to Gavin rather than to Jo. # scene: jo-home
"She can't say yes to any of this. She's got a learning disability. She doesn't understand what she's doing. That's the whole point." # speaker: jo-mum-partner
Gavin shakes his head.
"With respect, she's over sixteen. The law says we start from her having capacity. If she says it's her choice..." # speaker: duty-social-worker
Jo looks from one of them to the other, as if they are talking about somebody in the next room.
* [Ask for a formal capacity assessment before anything else is decided, so that nobody is guessing about what Jo can decide # supports: curious-informed # undermines: children-first # why: Capacity depends on the decision, and some decisions later on may need it looked at properly, so the instinct to check is sound. But making protection wait for it treats the abuse as a question about Jo's mind, when it is a question about the men's crimes. # short: Ask for a capacity assessment first # why-short: Careful check, but makes the abuse about Jo's mind # differs: Here there is a legal framework to reach for, and reaching for it first can hold up what Jo needs now. # key-decision]
    ~ capacity_wait = true
    "I think we need a proper capacity assessment before anyone decides anything," you say. # speaker: you
    Gavin writes it down. It takes six weeks to arrange. The men outside the pub do not wait six weeks.
* [Agree with Lee that because of her learning disability she cannot really be the one to decide any of this # supports: parents-as-partners # undermines: child-voice, challenge-inequality # why: It comes from love and fear, it backs a worried carer, and it takes the men's behaviour seriously. But it writes Jo out of every decision about her own life, and overprotection is part of how disabled young people end up isolated and looking for friends in the wrong places. # short: Agree with Lee that Jo can't decide # why-short: Backs a worried carer, but writes Jo out of her own life # differs: Here the opposite mistake is just as easy: treating her disability as the end of Jo's say in her own life.]
    ~ capacity_view = -2
    ~ trust_jo -= 1
    "Lee's right. She can't be expected to understand any of this," you say. "The adults will have to decide for her." # speaker: you
    Jo gets up and leaves the room. Nobody stops her. Nobody, you notice, asks her where she is going.
* [Say capacity is not the question: men who pay a sixteen-year-old for sex commit crimes, and Jo's own views count # supports: children-first, child-voice, curious-informed # undermines: parents-as-partners # why: It keeps the abuse where it belongs, with the men, and brings Jo back into a conversation about her. But it overrules Lee in his own front room, in front of the family, and a frightened carer who feels brushed aside may stop telling you what he sees. # short: It's the men's crimes; Jo's views count # why-short: Blame stays with the men, but Lee is overruled at home # differs: Only here do the adults argue over whether Jo can decide anything, and both sides of the argument leave her out of it.]
    ~ capacity_view = 1
    ~ trust_jo += 1
    ~ parents_respected -= 1
    "Can I stop us there?" you say. "Whether Jo can make this decision or that one is something we might need to think about properly, later, with her. It doesn't change this: men who pay a sixteen-year-old for sex are committing crimes, full stop. And Jo's sitting right here." # speaker: you
    "Jo, what do you think about what they're saying?" # speaker: you
    "I think I'm not stupid," says Jo. # speaker: jo
    "No," you say. "You're not." # speaker: you
    Lee looks at the carpet. He does not say anything else for the rest of the visit.
* [Agree with Gavin that she is over sixteen and presumed to have capacity, so what she chooses is up to her # supports: child-voice # undermines: children-first, curious-informed # why: The presumption of capacity is real law, and it exists to protect disabled people's right to make their own decisions. But here it is being used to make abuse by adults look like a choice, and a child cannot consent to her own abuse. # short: Agree with Gavin that it's Jo's choice # why-short: Respects real law, but makes her abuse look like a choice # differs: Here a principle meant to protect disabled people's choices is turned into a reason not to protect Jo.]
    ~ capacity_view = -1
    "Gavin's right, legally," you say. "She's sixteen. If she understands what she's doing, we can't stop her." # speaker: you
    Lee stares at you. Jo looks, for a second, almost pleased, as if she has won something. It is the men at the pub who have won it.
- -> s4_friendship
