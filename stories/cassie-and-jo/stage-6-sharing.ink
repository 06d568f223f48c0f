// Stage 6, continued: what Jo's mum and Lee are told.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s6_sharing ===
"So what's actually been going on?" Michelle asks. "Nobody tells us anything." # scene: jo-home
* [Tell them everything you know, so that they can protect her # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: Parents can only protect what they know about, and they are asking in good faith. But sharing the details of Jo's sexual abuse without her knowing takes one more decision about her body away from her. # short: Tell them everything you know # why-short: Helps them protect her, but shares her abuse without her say # key-decision]
    ~ told_parents_everything = true
    ~ trust_jo -= 2
    You tell them everything: the pub, the men, the money, the taxi. Michelle goes very white.
    That night she tells Jo she knows. All of it. Jo works out in about a minute where her mum got it from.
* [Offer a named contact, a seat at meetings and the Ivison Trust # supports: parents-as-partners, strengths-relationships # undermines: child-voice # why: A named contact, a place in planning and support of their own make them partners, and a parents' charity such as the Ivison Trust knows this ground. But it brings Jo's parents into meetings about her before anyone has asked Jo how she feels about that, and it does not answer the question they just asked. # short: Offer a contact, meetings, Ivison Trust # why-short: Makes them partners, but Jo isn't asked first]
    ~ parents_respected += 1
    You give Michelle your number and tell her she can ring it. You tell her about the next meeting and that she and Lee are invited, and about a charity that supports parents whose children are being exploited.
    "Other people have this?" says Michelle. "Other mums?" # speaker: jo-mum
    "More than you'd think." # speaker: you
    Jo hears about the meeting from her mum, that evening. "Nice of someone to tell me," she says, and goes to her room.
* [Tell them the details are confidential, and you can't discuss them # supports: child-voice # undermines: parents-as-partners, strengths-relationships # why: It protects Jo's privacy. But it leaves her parents guessing in the dark, unable to help, and feeling once again that services are closing ranks against them. # short: Say the details are confidential # why-short: Protects Jo's privacy, but leaves her parents in the dark]
    ~ parents_respected -= 1
    "I'm afraid the details are confidential." # speaker: you
    Michelle looks at you for a long moment.
    "Right. Like everyone else, then." # speaker: jo-mum # expression: closed-off
* [Share what Jo has agreed to, and explain what you cannot share yet # supports: child-voice, trauma-informed # undermines: parents-as-partners # why: Jo is included in decisions about what her parents hear, which is what partnership should feel like to her. But her parents are left knowing less than they need to keep her safe on a Friday night, and you will have to keep going back to Jo as things change. # short: Share only what Jo has agreed to # why-short: Jo has a say, but her parents know less than they need]
    { trust_jo >= 2:
        Jo has told Kerry what she is happy for her mum to know: the pub, the men, the drink. Not the details. You tell Michelle exactly that much, and why the rest is Jo's to share when she is ready.
    - else:
        Jo has agreed to very little. You tell Michelle what you can, and you are honest that the rest is Jo's, and that you will keep asking her.
    }
    "I suppose that's fair," says Michelle slowly. "I wouldn't want my mum knowing everything either." # speaker: jo-mum
    "But if she goes out on a Friday, and I don't know where..." She doesn't finish. # speaker: jo-mum # expression: worried
- -> s6_cassie_parents
