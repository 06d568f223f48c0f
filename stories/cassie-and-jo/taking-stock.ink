// Taking stock: a pause between child-voice and strengths-relationships.
// The app shows the taking-stock questions from principles.json here. No decisions.

=== taking_stock ===
That weekend you sit with your notes and take stock. # scene: calm
Halfway through, you have two girls, one friendship and a great many adults.
You know that somebody put two hundred pounds' worth of Class A drugs in a fifteen-year-old's hands, and that she would rather say nothing at all than say who.
{ bias_challenged == 2:
    You know the first account of that day in the park said more about her brothers' clothes than about her, and that the meeting now knows it too.
- else:
    You know the first account of that day in the park is still the one on file, and you have a feeling it has been doing more work than anyone admits.
}
You know that grown men have been paying Jo, who is sixteen, for sex, and that Jo calls it her choice.
{ who_harmed == 2:
    You know that Cassie, who is fifteen, was harmed that night too, whatever she tells herself about the cider and the taxi.
}
{ jo_told or jo_consent_overridden:
    You know, too, that the men outside the pub went quiet the week Jo was told, which is not the same as gone.
}
{ assault_hint:
    And you know that something happened to Jo about a year ago, something she reported and then took back, and that everything about her changed after it.
}
What you do not know is longer. Who gave Cassie the drugs, and what she was afraid of. Why Jo needs the drink so badly. What, if anything, joins the two.
{ trust_cassie >= 3 and trust_jo >= 2:
    Both girls are still talking to you. That is not nothing.
- else:
    { trust_cassie <= 0 and trust_jo <= 0:
        Neither girl is really talking to you. You are going to have to earn the second half of this.
    - else:
        One of them, at least, is still talking to you.
    }
}
* [Continue # aside]
- -> stage_5_strengths
