// Stage 4, continued: Jo speaks for herself, and how you answer her.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s4_jo_speaks ===
Then Jo speaks, and everyone goes quiet. # scene: jo-home
Content note: Jo talks about men paying her for sex, in her own words. Nothing is described in detail.
* [Read what Jo said # aside]
    "Everyone keeps saying I'm a victim. That I'm being exploited. I'm not. I'm the one deciding." # speaker: jo
    "Nobody makes me do anything. I pick. I keep every penny. Is it ideal? No. Fine. Whatever. But nobody's going to serve me, so what am I supposed to do for a drink? Ask Mum?" # speaker: jo
    { jo_told and cassie_protected:
        "And I know who told. Don't bother saying. I know." # speaker: jo
    - else:
        "I'm going to kill Cassie. She was fine getting in the taxi, wasn't she? Why couldn't she keep her mouth shut?" # speaker: jo
    }
* [Read a short summary instead # aside]
    Jo says she is not a victim and not being exploited: she is in control, nobody makes her do anything, and she keeps the money. She admits it is not ideal, but says it is the only way she can get a drink.
    { jo_told and cassie_protected:
        She adds that she knows who told, and does not want to hear it said.
    - else:
        She is furious with Cassie, sure that Cassie told, and says Cassie was happy enough to share the taxi.
    }
- { jo_told:
    It is angry, but it is said to you, and Pauline's hand has not left her knee.
- else:
    It comes out at the wall, at the carpet, at anyone. Nobody in the room has been on her side for the last ten minutes, and she knows it.
}
* [Tell Jo you hear that it feels like her choice, and be honest that men paying a sixteen-year-old are breaking the law, whatever she agreed to # supports: child-voice, children-first # why: It takes her view seriously without pretending the men did nothing wrong. She may still reject the word victim, and you have to be willing to leave that there for now.]
    ~ trust_jo += 1
    "I hear you. It feels like you're the one in charge, and I'm not going to argue you out of how it feels," you say. "I will be honest about one thing, though. Any man who pays a sixteen-year-old for sex is breaking the law, whatever you said to him. That's on him, not you." # speaker: you
    "Whatever." # speaker: jo
    But she looks at you when she says it.
* [Explain grooming and coercion so she understands what is really happening # supports: curious-informed # undermines: child-voice # why: The information is accurate and Jo is entitled to it. Delivered as a correction at this moment, it tells her that her own account of her life does not count.]
    ~ trust_jo -= 1
    You explain grooming, and coercion, and how men like these make a girl feel she is in control. It is all true. You have said it many times.
    "That's other people," says Jo. "That's not me." # speaker: jo
    She puts her headphones on.
* [Ask Jo what she wants to happen now, and what a good week would look like for her # supports: child-voice, strengths-relationships # why: Asking what she wants gives her back a little control on a day when she has had none. To her mum, and perhaps to Jo, it can feel as if you are stepping around the danger.]
    ~ trust_jo += 1
    "What do you want to happen now? Not us. You." # speaker: you
    Jo blinks. Nobody has asked her that today.
    "I want everyone to stop looking at me." # speaker: jo
    "And a good week?" # speaker: you
    "A week where nobody does this." # speaker: jo
    It isn't much, but it is hers, and you write it down in front of her.
* [Tell her firmly that she is not in control, and that these men are dangerous # undermines: child-voice, trauma-informed # why: It comes from real fear, and it is said in homes and offices every day. Arguing with her sense of control tends to harden it, and it ends the conversation.]
    ~ trust_jo -= 1
    "You're not in control, Jo. These men are dangerous. You need to hear that." # speaker: you
    "I don't need to hear anything from you." # speaker: jo
    She goes to her room. The door is not slammed. It is closed very precisely, which is worse.
- -> s4_friendship
