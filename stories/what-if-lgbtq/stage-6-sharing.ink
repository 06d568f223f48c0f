// What if: Jo is gay. Stage 6, continued: what Jo's mum and Lee are told.
// Replaces the main story's s6_sharing: "everything" now includes something Jo has not told them.

=== s6_sharing ===
"So what's actually been going on?" Michelle asks. "Nobody tells us anything." # scene: jo-home
{ jo_outed and told_parents_everything:
    She hesitates, and then it comes out in a rush.
    "And what that social worker said. About her being... Is it true? She won't talk to me about it. She won't talk to me about anything." # speaker: jo-mum
}
* [Share what Jo has agreed you can share, and explain honestly what you cannot say yet and why # supports: child-voice, parents-as-partners # why: Jo is included in decisions about what her parents hear, and they still get enough to help. They may feel shut out of details, and you will need to keep going back to Jo as things change.]
    { trust_jo >= 2:
        Jo has told Kerry what she is happy for her mum to know: the pub, the men, the drink. Not the details, and nothing else. You tell Michelle exactly that much, and why the rest is Jo's to share when she is ready.
    - else:
        Jo has agreed to very little. You tell Michelle what you can, and you are honest that the rest is Jo's, and that you will keep asking her.
    }
    { jo_outed and told_parents_everything:
        "The other thing is Jo's to talk about with you, not mine," you add. "I'm sorry you heard it the way you did. So is she, I think." # speaker: you
    }
    "I suppose that's fair," says Michelle slowly. "I wouldn't want my mum knowing everything either." # speaker: jo-mum
* [Tell them everything you know, so they can protect her # undermines: child-voice, trauma-informed, children-first # why: Parents can only protect what they know about, and they are asking in good faith. But everything here includes Jo's sexuality, which she has not chosen to tell them, which they do not need to know to keep her safe, and which a man has been holding over her. # differs: In the main story this shares Jo's abuse without her; here it also outs her to her family.]
    { jo_outed and told_parents_everything:
        You tell them everything: the pub, the men, the money, the taxi, and yes, what Gavin read out is true. Michelle goes very white.
    - else:
        You tell them everything: the pub, the men, the money, the taxi, and, because it seems part of everything, that Jo is gay. Michelle goes very white. Lee says nothing at all for a long time.
    }
    ~ told_parents_everything = true
    ~ jo_outed = true
    ~ trust_jo -= 2
    That night Michelle tells Jo she knows. All of it. Jo works out in about a minute where her mum got it from, and in about two which part she minds most.
* {not (jo_outed and told_parents_everything)} [Tell them the details are confidential and that you cannot discuss them # supports: child-voice # undermines: parents-as-partners # why: It protects Jo's privacy. But it leaves her parents guessing in the dark, unable to help, and feeling once again that services are closing ranks against them.]
    ~ parents_respected -= 1
    "I'm afraid the details are confidential." # speaker: you
    Michelle looks at you for a long moment.
    "Right. Like everyone else, then." # speaker: jo-mum
* {jo_outed and told_parents_everything} [Tell Michelle that who Jo loves is for Jo to talk about when she is ready, and help her think about how to be there when she does # supports: parents-as-partners, child-voice, challenge-inequality # why: It refuses to add to what was taken from Jo, and gives Michelle something she can do rather than a secret to resent. It may not be the answer she wanted tonight, and it depends on her being ready to listen when Jo does talk. # differs: Only here has a mother learned something this private about her daughter from a form, and helping her respond well becomes part of protecting Jo.]
    ~ parents_respected += 1
    "That's Jo's to talk about, when she's ready," you say. "What you can do is let her know, somehow, that nothing she tells you will change how you feel about her. Kids listen out for that, even when they're not talking to you." # speaker: you
    Michelle nods slowly.
    "I'd have told her that any time. If she'd asked." # speaker: jo-mum
    "She might still ask," you say. # speaker: you
* [Offer them a named contact, a place at planning meetings, and a parents' support service such as the Ivison Trust # supports: parents-as-partners, strengths-relationships # why: It makes them partners in the plan and gives them support of their own. It adds meetings to a family already stretched thin, and it does not answer the question they just asked.]
    ~ parents_respected += 1
    You give Michelle your number and tell her she can ring it. You tell her about the next meeting and that she and Lee are invited, and about a charity that supports parents whose children are being exploited.
    "Other people have this?" says Michelle. "Other mums?" # speaker: jo-mum
    "More than you'd think." # speaker: you
- -> s6_cassie_parents
