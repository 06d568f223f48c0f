// What if: Cassius and Joe are boys. Taking stock: a pause between child-voice and strengths-relationships.

=== taking_stock ===
That weekend you sit with your notes and take stock. # scene: calm
Halfway through, you have two boys, one friendship and a great many adults.
You know that somebody put two hundred pounds' worth of Class A drugs in a fifteen-year-old's hands, and that he would rather say nothing at all than say who.
{ gang_listed:
    You know that his name is now on a list that calls him part of a gang, and that the list will outlast this case by years.
- else:
    { bias_challenged == 2:
        You know that the first account of that day in the park said more about hoodies and 'gangs' than about a boy, and that the meeting now knows it too.
    - else:
        You know the first account of that day in the park is still the one on file, gang label and all.
    }
}
You know that grown men have been paying Joe, who is sixteen, for sex, that Joe calls it money, and that he would rather be called anything than a victim.
{ assault_hint:
    And you know that something happened to Joe about a year ago, something he reported and then called a joke, and that everything about him changed after it.
}
What you do not know is longer. Who gave Cassius the drugs, and what he was afraid of. Why Joe needs the drink so badly. What, if anything, joins the two.
* [Continue # aside]
- -> stage_5_strengths
