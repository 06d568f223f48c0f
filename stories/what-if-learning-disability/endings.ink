// What if: Jo has a learning disability. Endings: a few months on.
// Replaces the main story's `endings` knot: the outlooks come from the shared endings logic, with what is
// different here added (whether things were explained in a way Jo could follow, how her capacity and voice
// were treated, whether her parents were helped to teach safety, the Registered Intermediary and how her account
// was taken, the move to adult services), and a paragraph on how Jo is being heard. The ending knots themselves
// are the main story's.

=== endings ===
~ temp cassie_score = cassie_outlook()
~ temp jo_score = jo_outlook()
{ jo_understood >= 2:
    ~ jo_score += 1
}
{
- capacity_view == 1:
    ~ jo_score += 1
- capacity_view < 0:
    ~ jo_score -= 1
}
{ ld_overshadowed:
    ~ jo_score -= 1
}
{ ld_safety_learning:
    ~ jo_score += 1
}
{ ri_offered:
    ~ jo_score += 1
}
{ jo_interviewed_badly and not ri_met:
    ~ jo_score -= 1
}
{ capacity_wait:
    ~ jo_score -= 1
}
{ transition_planned:
    ~ jo_score += 1
}
It is October. The park has gone gold and brown, and you have not been asked about Cassie or Jo at a meeting for a while. # scene: calm
{ jo_understood >= 2:
    Jo has a folder now, one she made with Sam and Kerry: photos of the people she can ring, her map of the park with the red bits coloured in very hard, and on the front, in her own handwriting, the words NOT MY FAULT.
}
{
- capacity_view == -2:
    At home the rules are tighter than ever, because everybody agreed she could not decide anything for herself. She is not allowed out without Lee. She has started climbing out of the bathroom window again.
- capacity_view == -1:
    Somewhere in her file it still says that she was over sixteen and chose. Every new worker reads that first.
}
{ capacity_wait:
    The capacity assessment happened in the end, in April. It found that Jo could make most of her own decisions, which everyone who knew her could have said. It said nothing about the men, who had had six more weeks.
}
{ ld_overshadowed:
    Her school record still says a great deal about her needs and very little about the men.
}
{
- ri_met:
    Jo has met Anne three times now. Her interview is booked for November, after her birthday, with Anne beside her and the red card on the table. She can still cancel it, and she knows that too.
- jo_interviewed_badly:
    The police have her down as a witness whose account could not be relied on. Nobody has gone back to ask her again, in a way she could follow.
}
{ transition_planned:
    Her plan now runs past eighteen. College is written into it, and so is her safety plan, and a woman from adult social care has met her twice and asked her what she wants. Jo told her: a job in a shop with nice clothes, and nobody being weird.
}
-> endings_pick(cassie_score, jo_score)
