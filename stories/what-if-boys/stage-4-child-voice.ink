// What if: Cassius and Joe are boys. Stage 4: Respect the voice, experience and expertise of children and young people.
// The home visit: the blame comes wrapped in questions about Joe's sexuality, and Lee's shame is its own danger.
// Then Joe speaks, as a boy who will not be called a victim.

=== stage_4_child_voice ===
Thursday, four o'clock: a ground-floor flat in a housing association block, with a bike chained to the railings and a neat square of lawn. # stage: child-voice # scene: jo-home
{
- jo_told:
    Joe opens the door before you knock.
    "They're in there. Nan's here. You said you'd do the talking."
    In the front room his mum, Michelle, stands twisting a tea towel. Her partner, Lee, is by the window with his arms folded. On the sofa a small woman in a purple fleece pats the cushion beside her until Joe sits down on it.
    "I'm Pauline," she says. "I'm here for him. Not for you lot."
- mum_forewarned:
    Lee opens the door. Michelle is behind him with a face swollen from crying. Somewhere in the flat a door has been slammed recently and hard.
    In the end Joe comes out of his room because Lee says his name three times. He already knows why you are here. He heard it last night, from Lee, at full volume, with words in it that Lee will not repeat in front of you.
- else:
    Michelle, Joe's mum, opens the door with a tea towel in her hand and no idea why you are here beyond 'a concern'. Lee comes through from the kitchen.
    Then Joe comes in, headphones round his neck, and stops dead at the sight of two strangers on the sofa. Nobody has told him. He works it out in the next thirty seconds.
}
"Just tell us what's going on," says Lee. "Straight. What's he been doing?"
-> s4_the_words

=== s4_the_words ===
Gavin, the duty social worker, answers before you can. # scene: jo-home
"I'll be honest with you. What's been reported is that Joe has been selling himself to men outside a pub." # speaker: social-worker
"Lads that age experiment. Could be he's confused about his sexuality, and that's come out this way. But somebody's been letting him run wild." # speaker: social-worker
Lee goes very still.
"He's not gay," he says, as if the word tastes bad. "Not in this house."
Joe stares at the carpet, his face burning.
* [Step in straight away: men are abusing Joe, it is a crime whatever anyone's sexuality, and the blame belongs to them and no one in this room # supports: parents-as-partners, children-first, challenge-inequality # why: Correcting it in the room stops the blame, and the shame, settling into the family. Contradicting a colleague in front of a family can make services look divided, and Lee may turn his anger on you. # differs: Here the blame arrives wrapped in questions about Joe's sexuality, which shame him, set Lee against him, and hide the men.]
    ~ parents_respected += 2
    ~ trust_jo += 1
    ~ shame_named = true
    "I need to correct that," you say. "Joe isn't doing anything to himself, and this isn't about who he is or who he fancies. Adult men have been paying a sixteen-year-old for sex. That's abuse, and it's a crime, and it's theirs. Nobody in this room caused it." # speaker: you
    Gavin closes his mouth. Michelle starts to cry. Lee looks at you for a long time, and then, very slightly, unfolds his arms.
* [Let Gavin finish, and take him aside about his language afterwards # supports: challenge-inequality # undermines: parents-as-partners # why: It spares a colleague's pride and avoids a scene, and the challenge may land better in private. But Joe's mum and Lee go to bed tonight believing the words they heard.]
    You bite it back. By the cars, you tell Gavin that what he said put the blame on a child, and dragged his sexuality into it for no reason. He takes it well, as it happens.
    It is too late for the front room, though. Lee heard the words, and so did Joe.
* [Move the conversation on to the practical next steps # undermines: parents-as-partners, trauma-informed # why: Getting to the plan can feel like the kindest thing in a tense room. But silence at that moment sounds like agreement to a family who already feel judged.]
    ~ parents_respected -= 1
    You explain the assessment, the meetings, the support. Nobody is listening. Lee is looking at Joe the way you would look at a stranger.
* [Ask Michelle and Lee what they have noticed and tried, before anything else is said # supports: parents-as-partners, curious-informed # why: Turning to what they know treats them as partners straight away and lowers the temperature. It leaves Gavin's words hanging without being corrected.]
    ~ parents_respected += 1
    "Everything," says Michelle. "We've tried everything. Nobody would listen."
    It is the first time anyone from a service has asked. Lee says nothing, but he stops looking at Joe like that.
- -> s4_jo_speaks

=== s4_jo_speaks ===
Then Joe speaks, and everyone goes quiet. # scene: jo-home
Content note: Joe talks about men paying him for sex, in his own words. Nothing is described in detail.
* [Read what Joe said # aside]
    "I'm not some victim. I'm not a kid. Nobody makes me do anything. I pick. I keep the money."
    "And I'm not gay, before anyone starts. It's money. They're the mugs. That's all it is."
    { jo_told and cassie_protected:
        "And I know who told. Don't bother."
    - else:
        "I'm going to kill Cass. He was fine getting in the taxi, wasn't he?"
    }
* [Read a short summary instead # aside]
    Joe says he is not a victim and not a child: nobody makes him do anything, he chooses, and he keeps the money. He says he is not gay, that it is only money, and that the men are the fools. {jo_told and cassie_protected: He says he knows who told.|He is furious with Cassius, sure that he told.}
- { jo_told:
    It is angry, but it is said to you, and Pauline's hand has not left his knee.
- else:
    It comes out at the wall, at the carpet, at anyone. He does not look at Lee once.
}
* [Tell Joe you hear that it feels like his choice, and be honest that men paying a sixteen-year-old are breaking the law, whatever he agreed to # supports: child-voice, children-first # why: It takes his view seriously without pretending the men did nothing wrong. He may still reject the word victim, and you have to be willing to leave that there for now.]
    ~ trust_jo += 1
    "I hear you. It feels like you're the one in charge, and I'm not going to argue you out of how it feels," you say. "I will be honest about one thing, though. Any man who pays a sixteen-year-old for sex is breaking the law. That's on him, not you." # speaker: you
    "Whatever," says Joe. But he looks at you when he says it.
* [Tell him that what the men did says nothing about who he is or who he fancies, and that it happens to boys far more than people think # supports: trauma-informed, challenge-inequality # why: Boys often stay silent about abuse by men for fear of what it will be taken to mean about them, and naming that takes some of the weight off. Said in front of Lee, it may also start an argument at home that you will not be there for. # differs: Here the shame that keeps Joe quiet is about being thought gay, a fear girls in Jo's place rarely carry, and it needs saying out loud that the abuse says nothing about him.]
    ~ trust_jo += 1
    ~ shame_named = true
    "Can I say one thing?" you say. "What those men did says nothing about who you are, or who you like. It happens to lads your age a lot more than anyone talks about. The only people it says anything about are them." # speaker: you
    Joe does not answer. But his shoulders come down, very slightly, for the first time since you arrived.
* [Explain grooming and coercion so he understands what is really happening # supports: curious-informed # undermines: child-voice # why: The information is accurate and Joe is entitled to it. Delivered as a correction at this moment, it tells him that his own account of his life does not count.]
    ~ trust_jo -= 1
    You explain grooming and coercion. It is all true.
    "That's girls," says Joe. "That's not me." He puts his headphones on.
* [Tell him he is not as in control as he thinks, and that he needs to toughen up and stay away from that pub # undermines: child-voice, trauma-informed, challenge-inequality # why: It comes from real fear, and boys are told to toughen up every day. But it leaves him the job of stopping his own abuse, and telling a boy to be harder is exactly what keeps boys from saying they are hurt. # differs: With a boy, the pull is to tell him to man up rather than to ask what is happening to him, and it shuts the door on ever saying he is frightened.]
    ~ trust_jo -= 1
    "You're not in control, Joe. Toughen up and stay away from that pub." # speaker: you
    "I don't need to hear anything from you," says Joe, and goes to his room. The door is closed very precisely.
- -> s4_after

=== s4_after ===
Before you leave, you think about Cassius. # scene: jo-home
{
- jo_told and cassie_protected:
    ~ friendship = 0
    Joe guessed, and said so, but it came out as hurt rather than threat.
- else:
    ~ friendship = -1
    Joe meant what he said about Cass, at least tonight.
}
{ promise_broken:
    ~ trust_cassie -= 2
    Cassius will hear about this visit by Monday, and he will know that the promise made to him was never a real one.
}
By Friday Joe has been allocated a support worker, Kerry, from the specialist exploitation service. { joe_route == 1: The boys' service across the city has offered to work alongside her. }
On Monday, at the lockers, Joe walks past Cassius without a word. { friendship < 0: By lunchtime half of Year 11 has heard that Cass grassed someone up to social services. Nobody knows what about, which makes it worse, and some of them have their own ideas. } # scene: school-corridor # sfx: school-bell
-> taking_stock
