// The endings logic, shared by the main story and its "what if" variants: how things look for each girl
// a few months on, worked out from the variables. endings_pick (endings-outcomes.ink) turns the two outlooks
// into an ending; a variant with endings of its own can use these functions with a pick of its own.

=== function cassie_outlook() ===
~ temp score = trust_cassie + bias_challenged + cassie_school + continuity
{ nrm:
    ~ score += 2
}
{ threat_disclosed:
    ~ score += 1
}
{ cassie_safety_plan:
    ~ score += 1
}
{ cassie_parents >= 2:
    ~ score += 1
}
{ cassie_restricted:
    ~ score -= 1
}
{ cassie_go_between:
    ~ score -= 1
}
{ friendship > 0:
    ~ score += 1
}
{ park_plan == 2:
    ~ score += 1
}
~ return score

=== function jo_outlook() ===
~ temp score = trust_jo + parents_respected + jo_school + continuity
// Jo told first counts only when she was told, not asked and then overruled.
{ jo_told and not jo_consent_overridden:
    ~ score += 1
}
// What Jo said about the assault went to police and social care: with her told first, or behind her back.
{
- assault_shared == 2:
    ~ score += 1
- assault_shared == 1:
    ~ score -= 1
}
{ nan_involved:
    ~ score += 1
}
{ assault_supported:
    ~ score += 2
}
{ close_rule:
    ~ score -= 1
}
{ told_parents_everything:
    ~ score -= 1
}
{ friendship > 0:
    ~ score += 1
}
{ park_plan == 2:
    ~ score += 1
}
~ return score
