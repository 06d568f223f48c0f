// Stage 4, continued: Jo speaks for herself, and how you answer her.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s4_jo_speaks ===
Then Jo speaks, and everyone goes quiet. # scene: jo-home
Content note: Jo talks about men paying her for sex, in her own words. Nothing is described in detail.
* [Read what Jo said # aside]
    "Everyone keeps saying I'm a victim. That I'm being exploited. I'm not. I'm the one deciding." # speaker: jo # expression: closed-off
    "Nobody makes me do anything. I pick. I keep every penny. Is it ideal? No. Fine. Whatever. But nobody's going to serve me, so what am I supposed to do for a drink? Ask Mum?" # speaker: jo
    { jo_told and cassie_protected:
        "And I know who told. Don't bother saying. I know." # speaker: jo
    - else:
        "I'm going to kill Cassie. She was fine getting in the taxi, wasn't she? Why couldn't she keep her mouth shut?" # speaker: jo
    }
    { jo_consent_overridden:
        "And you." She looks at you. "You asked me. Like I had a say. Then you did it anyway." # speaker: jo
    }
* [Read a short summary instead # aside # summary-choice]
    Jo says she is not a victim and not being exploited: she is in control, nobody makes her do anything, and she keeps the money. She admits it is not ideal, but says it is the only way she can get a drink.
    { jo_told and cassie_protected:
        She adds that she knows who told, and does not want to hear it said.
    - else:
        She is furious with Cassie, sure that Cassie told, and says Cassie was happy enough to share the taxi.
    }
    { jo_consent_overridden:
        And she is furious with you, for asking her whether she agreed and then going ahead when she said no.
    }
- {
- jo_told:
    It is angry, but it is said to you, and Pauline's hand has not left her knee.
- jo_consent_overridden:
    Most of it is aimed at you. Nobody in the room tries to stop it, and you do not think anybody should.
- else:
    It comes out at the wall, at the carpet, at anyone. Nobody in the room has been on her side for the last ten minutes, and she knows it.
}
* [Explain grooming and coercion to her, so that she understands what is really happening to her # supports: curious-informed # undermines: child-voice # why: The information is accurate and Jo is entitled to it. Delivered as a correction at this moment, it tells her that her own account of her life does not count. # short: Explain grooming and coercion to Jo # why-short: Accurate, but it tells Jo her own account does not count # key-decision]
    ~ trust_jo -= 1
    You explain grooming, and coercion, and how men like these make a girl feel she is in control. It is all true. You have said it many times.
    "That's other people," says Jo. "That's not me." # speaker: jo
    She puts her headphones on.
* [Tell Jo you hear that it feels like her choice, and that men who pay her break the law # supports: child-voice, children-first # undermines: trauma-informed # why: It takes her view seriously without pretending the men did nothing wrong: paying anyone under eighteen for sex is a crime. But it turns Friday into a police matter in front of her family, and she may be more careful about what she tells anyone next. # short: Hear her, and say the men break the law # why-short: Takes her seriously, but Friday becomes a police matter]
    ~ trust_jo += 1
    "I hear you. It feels like you're the one in charge, and I'm not going to argue you out of how it feels," you say. "I will be honest about one thing, though. Any man who pays a sixteen-year-old for sex is breaking the law, whatever was said between them. That's on him, not you." # speaker: you
    "Whatever." # speaker: jo # expression: closed-off
    But she looks at you when she says it. Then she looks at Gavin's folder, and you can see her working out what 'breaking the law' might mean for her, and who might now want to ask her about it.
* [Tell her she is not in control, and that these men are dangerous to her, whatever she thinks # undermines: child-voice, trauma-informed # why: It comes from real fear, and it is said in homes and offices every day. Arguing with her sense of control tends to harden it, and it ends the conversation. # short: Tell Jo she's not safe or in control # why-short: Comes from real fear, but it hardens her and ends the talk]
    ~ trust_jo -= 1
    "You're not in control, Jo. These men are dangerous. You need to hear that." # speaker: you
    "I don't need to hear anything from you." # speaker: jo # expression: closed-off
    She goes to her room. The door is not slammed. It is closed very precisely, which is worse.
* [Ask Jo what she wants to happen now, and what a good week would look like, in her own words # supports: child-voice, strengths-relationships # undermines: children-first # why: Asking what she wants gives her back a little control on a day when she has had none. It also leaves the men's part unsaid, and to her mum, and perhaps to Jo, it can sound as if you are stepping around the danger. # short: Ask Jo what she wants, in her own words # why-short: Gives her some control, but the men's part goes unsaid]
    ~ trust_jo += 1
    "What do you want to happen now? Not us. You." # speaker: you
    Jo blinks. Nobody has asked her that today.
    "I want everyone to stop looking at me." # speaker: jo
    "And a good week?" # speaker: you
    "A week where nobody does this." # speaker: jo
    It isn't much, but it is hers, and you write it down in front of her.
    Lee shifts by the window.
    "And the blokes at the pub? We just leave that, do we?" # speaker: jo-mum-partner # expression: closed-off
- -> s4_friendship
