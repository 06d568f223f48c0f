// What if: Jo is gay. Endings: a few months on.
// Replaces the main story's `endings` knot: the outlooks come from the shared endings logic, with what is
// different here added (whether Jo was outed, whether the threat was named, whether she found the group),
// and a paragraph on who now knows. The ending knots themselves are the main story's.

=== endings ===
~ temp cassie_score = cassie_outlook()
~ temp jo_score = jo_outlook()
{ jo_outed:
    ~ jo_score -= 1
}
{ outing_threat_named:
    ~ jo_score += 1
}
{ lgbtq_group:
    ~ jo_score += 1
}
It is October. The park has gone gold and brown, and you have not been asked about Cassie or Jo at a meeting for a while. # scene: calm
{
- jo_outed and told_parents_everything:
    Jo's mum knows now that Jo is gay. She did not hear it from Jo. That is the part Jo still comes back to, when she talks about it at all: not that her mum knows, but that somebody else decided when. Michelle is trying. Some days she gets it right.
- jo_outed:
    What you said in the staffroom did not stay there. Jo has heard the old names again in the corridor this year. She has not told her mum, and she is no longer sure she will get to choose the moment.
- else:
    Jo still decides who knows that she is gay. So far that is Cassie and her nan{lgbtq_group:, a dozen people on Thursday nights at the youth centre}{pub_reported == 1 and outing_threat_named:, and one police officer, in words Jo agreed}{pub_reported == 2:, and the police, who heard it from you before she knew you had told them}.
    { outing_threat_named: The man outside the pub still knows, but it is no longer his to hold over her. If anybody ever tells her mum, Pauline will be there, and that is Jo's plan, not his. }
}
{ lgbtq_group and jo_outed:
    She goes to the Thursday group at the youth centre most weeks. She says it is mainly for the crisps.
}
-> endings_pick(cassie_score, jo_score)
