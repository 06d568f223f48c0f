// Stage 4, continued: Cassie and Jo's friendship after the visit, and the first Monday back after half-term.

=== s4_friendship ===
Before you leave, you think about Cassie. # scene: jo-home
{
- jo_told and cassie_protected:
    ~ friendship = 0
    Jo guessed, and said so, but it came out as hurt rather than threat.
- cassie_go_between:
    ~ friendship = -1
    Cassie's questions over the last week have done their work. Jo is certain, and she is furious.
- else:
    ~ friendship = -1
    Jo meant what she said about Cassie, at least tonight.
    { cassie_told:
        Cassie knows the adults were going to act. She does not know it is about to land on her.
    - else:
        Cassie has no idea any of this has happened.
    }
}
* [Tell Jo the decision to act was the adults', and that you will not talk about who said what # supports: children-first, safer-spaces # undermines: strengths-relationships # why: Owning the decision keeps the focus on the adults and gives Cassie some cover. But Jo is left to guess, the guess she makes is about her best friend, and Cassie goes into school unprepared. # short: Say the adults decided; name nobody # why-short: Some cover for Cassie, but Jo guesses and Cassie is unready # key-decision]
    ~ friendship += 1
    "Whoever you think said what, the decision to do something was ours. The adults'. If you want to be angry with someone, be angry with me." # speaker: you
    "Don't worry. I am." # speaker: jo
* [Leave the friendship for Cassie and Jo to sort out between themselves, as friends usually do # undermines: strengths-relationships # why: Teenagers fall out and make up, and professionals can overreach into children's friendships. But this rift was caused by the adults' actions, and it may leave both girls more alone. # short: Leave the friendship to Cassie and Jo # why-short: No overreach, but adults caused it; both may be more alone]
    ~ friendship -= 1
    It isn't your business who is friends with whom, you tell yourself. Teenagers fall out. They make up. Usually.
* [Tell Jo it was Cassie who spoke up, and that she only did it because she cares about her # supports: strengths-relationships # undermines: children-first, safer-spaces # why: It sounds honest and is meant to soften things between two friends. It exposes a fifteen-year-old to Jo's anger, and to anyone Jo repeats it to. # short: Tell Jo that Cassie spoke up out of care # why-short: Meant to soften it, but exposes Cassie to Jo and to others]
    ~ friendship -= 2
    ~ cassie_protected = false
    "It was Cassie. But she only said anything because she loves you. She's scared for you." # speaker: you
    "Yeah? She'll be scared of me after half-term." # speaker: jo
* [Get word to Cassie before she next sees Jo, and offer to help them talk when both are ready # supports: strengths-relationships, children-first # undermines: child-voice # why: Their friendship is one of the most protective things either girl has, so looking after it is part of the plan. But it means telling Cassie about Jo's week without Jo's say, and Jo's anger in the room tonight goes unanswered. # short: Warn Cassie; offer to help them talk # why-short: Protects the friendship, but Cassie hears without Jo's say]
    ~ friendship += 1
    ~ trust_cassie += 1
    That evening you ring Ruth, and the next morning Ruth sees Cassie before registration. Cassie is told that Jo knows, that Jo is angry, and that the adults will say it was their decision. And that if she and Jo want to talk, someone will help.
    "Will she ever speak to me again?" Cassie asks Ruth. # speaker: cassie # expression: worried
    "I think she might," says Ruth. "You two go back a long way." # speaker: counsellor
    Nobody asked Jo whether Cassie could be told any of it.
- Outside, Gavin unlocks the car and sits for a moment with the keys in his hand. # scene: jo-home # sfx: door-close
{
- parents_respected >= 2:
    "The words were wrong. I know that. I've been on duty eleven days straight and I used the words from the referral form." # speaker: duty-social-worker
    "But don't do that to me in front of a family again. I've got to go back in there on my own next week, and they'll be waiting to see which of us to believe." # speaker: duty-social-worker # expression: closed-off
- parents_respected >= 0:
    "That went about as well as those ever go." # speaker: duty-social-worker
    You are not sure whether he means it as a comfort.
- else:
    "Tough family." # speaker: duty-social-worker
    You think about Michelle's face, and say nothing, and the saying nothing sits with you all the way back to the office.
}
{ jo_told:
    Through the window you can see Jo and her nan on the sofa, heads together. Pauline is holding up her phone, showing Jo something, and Jo is very nearly smiling.
- else:
    The curtains of the front room are closed before you have pulled away.
}
{ promise_broken:
    ~ trust_cassie -= 2
    Cassie will hear about this visit before school goes back. And she will know that the promise made to her in Ruth's room was never a real one.
}
By Friday Jo has been allocated a support worker, Kerry, from the specialist exploitation service, who will 'work with her around what's going on'. # scene: office
{ jo_told:
    Jo has asked, through Pauline, that you come to the first session. It is the closest thing to a compliment you have had all month.
- else:
    Jo has not asked for anything. Her mum rings to say she's barely left her room.
}
{ jo_told or jo_consent_overridden:
    On Saturday morning DC Priestley rings. The police went to the pub by the bus station on Thursday night and again on Friday, and there was nobody outside it either time.
    "Somebody's been warned," she says. "I'm not saying it was Jo. I'm saying she knew before we got there." # speaker: police-officer
- else:
    { cassie_witness == -1:
        On Saturday morning DC Priestley rings. The police have been to the pub twice and seen nothing they can act on, and an intelligence report on its own, she says, does not give them much to put to anyone.
    }
}
-> s4_monday

=== s4_monday ===
Jo was off school on the Friday, and then came half-term. On the first Monday back, at the end of February, Cassie and Jo see each other for the first time since the visit. # scene: school-corridor # sfx: school-bell
{ who_harmed == 2:
    The week before half-term, Gavin rang Cassie's mum and dad about the cider and the taxi. Cassie was grounded for a week, and her mum cried, and her dad said nothing at all, which Cassie says was the worst bit. Gavin also told her, on the phone, that none of it was her fault. She asks Ruth whether that is true.
}
{ cassie_witness == 1:
    Someone in Year 11 saw a police car outside Cassie's flat the week before half-term. In a school, that is enough to start a story.
}
{
- cassie_school == -1:
    Or rather, they don't. Cassie is at her new school across the borough. At ten past eight that morning her phone shows that Jo has removed her from their duo, and then, a minute later, blocked her.
    Cassie sits on the bus with the phone in her lap for four stops before she understands what must have happened.
- friendship >= 0:
    Jo walks past Cassie at the lockers without a word. She doesn't make a scene. She just doesn't look, which is its own kind of noise.
    { cassie_told:
        Cassie was expecting it. Ruth had told her what would happen and when, and that the adults would say it was their decision. It still hurts. But she is not ambushed, and at lunch she goes to Ruth's room instead of crying in the toilets.
    - else:
        Cassie does not know why. Nobody told her what happened to what she said. She spends the day working it out, and by the last bell she has, and she feels sick.
    }
- else:
    Jo is waiting by Cassie's locker.
    { cassie_go_between:
        "All those questions last week. You were spying for them." # speaker: jo # expression: closed-off
    - else:
        "Snitch." # speaker: jo # expression: closed-off
    }
    She says it loudly enough for the corridor to hear. By lunchtime, half of Year 11 has heard that Cassie grassed someone up to social services. Nobody knows what about, which makes it worse.
    { cassie_told:
        Cassie knew this might come. She goes to Ruth's room at lunch and sits there, shaking, but she goes.
    - else:
        Nobody had told Cassie that anything was going to happen. She finds out from the word in the corridor.
    }
    Word travels in a school, and out of it. You think about who else might hear that Cassie talks to professionals, and you do not like the answer.
}
-> taking_stock
