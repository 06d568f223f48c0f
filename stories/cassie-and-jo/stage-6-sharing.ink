// Stage 6, continued: what Jo's mum and Lee are told.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s6_sharing ===
"So what's actually been going on?" Michelle asks. "Nobody tells us anything." # scene: jo-home
* [Share what Jo has agreed you can share, and explain honestly what you cannot say yet and why # supports: child-voice, parents-as-partners # why: Jo is included in decisions about what her parents hear, and they still get enough to help. They may feel shut out of details, and you will need to keep going back to Jo as things change.]
    { trust_jo >= 2:
        Jo has told Kerry what she is happy for her mum to know: the pub, the men, the drink. Not the details. You tell Michelle exactly that much, and why the rest is Jo's to share when she is ready.
    - else:
        Jo has agreed to very little. You tell Michelle what you can, and you are honest that the rest is Jo's, and that you will keep asking her.
    }
    "I suppose that's fair," says Michelle slowly. "I wouldn't want my mum knowing everything either." # speaker: jo-mum
* [Tell them everything you know, so they can protect her # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: Parents can only protect what they know about, and they are asking in good faith. But sharing the details of Jo's sexual abuse without her knowing takes one more decision about her body away from her.]
    ~ told_parents_everything = true
    ~ trust_jo -= 2
    You tell them everything: the pub, the men, the money, the taxi. Michelle goes very white.
    That night she tells Jo she knows. All of it. Jo works out in about a minute where her mum got it from.
* [Tell them the details are confidential and that you cannot discuss them # supports: child-voice # undermines: parents-as-partners # why: It protects Jo's privacy. But it leaves her parents guessing in the dark, unable to help, and feeling once again that services are closing ranks against them.]
    ~ parents_respected -= 1
    "I'm afraid the details are confidential." # speaker: you
    Michelle looks at you for a long moment.
    "Right. Like everyone else, then." # speaker: jo-mum
* [Offer them a named contact, a place at planning meetings, and a parents' support service such as the Ivison Trust # supports: parents-as-partners, strengths-relationships # why: It makes them partners in the plan and gives them support of their own. It adds meetings to a family already stretched thin, and it does not answer the question they just asked.]
    ~ parents_respected += 1
    You give Michelle your number and tell her she can ring it. You tell her about the next meeting and that she and Lee are invited, and about a charity that supports parents whose children are being exploited.
    "Other people have this?" says Michelle. "Other mums?" # speaker: jo-mum
    "More than you'd think." # speaker: you
- -> s6_cassie_parents
