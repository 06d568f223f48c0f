// What if: Jo is gay. Stage 6, continued: what Jo's mum and Lee are told.
// Replaces the main story's s6_sharing: "everything" now includes something Jo has not told them.

=== s6_sharing ===
"So what's actually been going on?" Michelle asks. "Nobody tells us anything." # scene: jo-home
{ jo_outed and told_parents_everything:
    She hesitates, and then it comes out in a rush.
    "And what that social worker said. About her being... Is it true? She won't talk to me about it. She won't talk to me about anything." # speaker: jo-mum
}
* [Tell them everything you know about the last few months, so they can protect her # supports: parents-as-partners # undermines: child-voice, trauma-informed, children-first # why: Parents can only protect what they know about, and they are asking in good faith. But everything here includes Jo's sexuality, which she has not chosen to tell them, which they do not need to know to keep her safe, and which a man has been holding over her. # short: Tell them everything you know # why-short: They can protect her, but it outs Jo to her family # differs: In the main story this shares Jo's abuse without her; here it also outs her to her family. # key-decision]
    { jo_outed and told_parents_everything:
        You tell them everything: the pub, the men, the money, the taxi, and yes, what Gavin read out is true. Michelle goes very white.
    - else:
        You tell them everything: the pub, the men, the money, the taxi, and, because it seems part of everything, that Jo is gay. Michelle goes very white. Lee says nothing at all for a long time.
    }
    ~ told_parents_everything = true
    ~ jo_outed = true
    ~ trust_jo -= 2
    That night Michelle tells Jo she knows. All of it. Jo works out in about a minute where her mum got it from, and in about two which part she minds most.
* [Offer a named contact, a seat at meetings and the Ivison Trust # supports: parents-as-partners, strengths-relationships # undermines: child-voice # why: A named contact, a place in planning and support of their own make them partners, and a parents' charity such as the Ivison Trust knows this ground. But it brings Jo's parents into meetings about her before anyone has asked Jo how she feels about that, and it does not answer the question they just asked. # short: Offer a contact, meetings, Ivison Trust # why-short: Makes them partners, but Jo is not asked first]
    ~ parents_respected += 1
    You give Michelle your number and tell her she can ring it. You tell her about the next meeting and that she and Lee are invited, and about a charity that supports parents whose children are being exploited.
    "Other people have this?" says Michelle. "Other mums?" # speaker: jo-mum
    "More than you'd think." # speaker: you
    Jo hears about the meeting from her mum, that evening. "Nice of someone to tell me," she says, and goes to her room.
* {jo_outed and told_parents_everything} [Say who Jo loves is hers to tell, and help Michelle think how to be there # supports: parents-as-partners, challenge-inequality # undermines: child-voice # why: It refuses to add to what was taken from Jo, and gives Michelle something she can do rather than a secret to resent. But to a mother who has just asked 'is it true?', 'that's Jo's to talk about' is an answer of a kind, and Jo may hear that you confirmed it. # short: Say it's Jo's to tell; help Michelle # why-short: Gives Michelle a role, but Jo may hear you confirmed it # differs: Only here has a mother learned something this private about her daughter from a form, and helping her respond well becomes part of protecting Jo.]
    ~ parents_respected += 1
    "That's Jo's to talk about, when she's ready," you say. "What you can do is let her know, somehow, that nothing she tells you will change how you feel about her. Kids listen out for that, even when they're not talking to you." # speaker: you
    Michelle nods slowly.
    "I'd have told her that any time. If she'd asked." # speaker: jo-mum
    "She might still ask," you say. # speaker: you
    Michelle tells Jo that night that she loves her whatever, and that the social worker said so too. Jo hears the second half, and goes very quiet.
* {not (jo_outed and told_parents_everything)} [Tell them the details are confidential, and you can't discuss them # supports: child-voice # undermines: parents-as-partners, strengths-relationships # why: It protects Jo's privacy. But it leaves her parents guessing in the dark, unable to help, and feeling once again that services are closing ranks against them. # short: Tell them the details are confidential # why-short: Protects Jo's privacy, but leaves her parents in the dark]
    ~ parents_respected -= 1
    "I'm afraid the details are confidential." # speaker: you
    Michelle looks at you for a long moment.
    "Right. Like everyone else, then." # speaker: jo-mum
* [Share what Jo has agreed to, and explain what you cannot share yet # supports: child-voice, trauma-informed # undermines: parents-as-partners # why: Jo is included in decisions about what her parents hear, which is what partnership should feel like to her. But her parents are left knowing less than they need to keep her safe on a Friday night, and you will have to keep going back to Jo as things change. # short: Share only what Jo has agreed to # why-short: Jo has a say, but her parents know less than they need]
    { trust_jo >= 2:
        Jo has told Kerry what she is happy for her mum to know: the pub, the men, the drink. Not the details, and nothing else. You tell Michelle exactly that much, and why the rest is Jo's to share when she is ready.
    - else:
        Jo has agreed to very little. You tell Michelle what you can, and you are clear that the rest is Jo's, and that you will keep asking her.
    }
    { jo_outed and told_parents_everything:
        "The other thing is Jo's to talk about with you, not mine," you add. "I'm sorry you heard it the way you did. So is she, I think." # speaker: you
    }
    "I suppose that's fair," says Michelle slowly. "I wouldn't want my mum knowing everything either." # speaker: jo-mum
    "But if she goes out on a Friday, and I don't know where..." She doesn't finish. # speaker: jo-mum
- -> s6_cassie_parents
