// What if: Cassius and Joe are boys. Stage 4: Respect the voice, experience and expertise of children and young people.
// The home visit: the blame comes wrapped in questions about Joe's sexuality, and Lee's shame is its own danger.
// Then Joe speaks, as a boy who will not be called a victim; and the two boys' friendship after it.

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
"I'll be honest with you. What's been reported is that Joe has been selling himself to men outside a pub." # speaker: duty-social-worker
"Lads that age experiment. Could be he's confused about his sexuality, and that's come out this way. But somebody's been letting him run wild." # speaker: duty-social-worker
Lee goes very still.
"He's not gay," he says, as if the word tastes bad. "Not in this house."
Joe stares at the carpet, his face burning.
* [Move the conversation on to the practical next steps: the assessment, the meetings and the support on offer to Joe # undermines: parents-as-partners, trauma-informed # why: Getting to the plan can feel like the kindest thing in a tense room. But silence at that moment sounds like agreement to a family who already feel judged, and to a boy who has just heard himself described that way. # short: Move on to the assessment and support # why-short: Gets to the plan, but silence sounds like agreement]
    ~ parents_respected -= 1
    You explain the assessment, the meetings, the support. Nobody is listening. Lee is looking at Joe the way you would look at a stranger.
* [Ask Michelle and Lee what they have noticed and what they have tried, before anything else is said # supports: parents-as-partners, curious-informed # undermines: children-first # why: Turning to what they know treats them as partners straight away and lowers the temperature. But Gavin's words hang in the room uncorrected, and Joe has just heard a professional say he is selling himself. # short: Ask Michelle and Lee what they've seen # why-short: Treats them as partners, but Gavin's words stand]
    ~ parents_respected += 1
    "Everything," says Michelle. "We've tried everything. Nobody would listen."
    It is the first time anyone from a service has asked. Lee says nothing, but he stops looking at Joe like that.
* [Let Gavin finish, and take him aside about his language by the cars once you are both outside # supports: challenge-inequality # undermines: parents-as-partners # why: It spares a colleague's pride and avoids a scene, and the challenge may land better in private. But Joe's mum and Lee go to bed tonight believing the words they heard. # short: Let Gavin finish; challenge him outside # why-short: Avoids a scene, but the family go to bed believing his words]
    You bite it back. By the cars, you tell Gavin that what he said put the blame on a child, and dragged his sexuality into it for no reason. He takes it well, as it happens.
    It is too late for the front room, though. Lee heard the words, and so did Joe.
* [Step in: men are abusing Joe, it is not about who he fancies, and the blame is theirs, not anyone's here # supports: parents-as-partners, children-first, challenge-inequality # undermines: child-voice # why: Correcting it in the room stops the blame, and the shame, settling into the family. But it means saying Joe's sexuality out loud again, in front of Lee, which is the one thing Joe would least want, and contradicting a colleague in front of a family. # short: Correct Gavin: the blame is the men's # why-short: Stops blame settling, but names his sexuality before Lee # differs: Here the blame arrives wrapped in questions about Joe's sexuality, which shame him, set Lee against him, and hide the men.]
    ~ parents_respected += 2
    ~ trust_jo += 1
    ~ shame_named = true
    ~ gavin_sore = true
    "I need to correct that," you say. "Joe isn't doing anything to himself, and this isn't about who he is or who he fancies. Adult men have been paying a sixteen-year-old for sex. That's abuse, and it's a crime, and it's theirs. Nobody in this room caused it." # speaker: you
    Gavin closes his mouth. Michelle starts to cry. Lee looks at you for a long time, and then, very slightly, unfolds his arms.
    Joe has his hands over his face. You cannot tell whether that is relief.
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
* [Read a short summary instead # aside # summary-choice]
    Joe says he is not a victim and not a child: nobody makes him do anything, he chooses, and he keeps the money. He says he is not gay, that it is only money, and that the men are the fools. {jo_told and cassie_protected: He says he knows who told.|He is furious with Cassius, sure that he told.}
- { jo_told:
    It is angry, but it is said to you, and Pauline's hand has not left his knee.
- else:
    It comes out at the wall, at the carpet, at anyone. He does not look at Lee once.
}
* [Tell him he is not as in control as he thinks, and that he needs to toughen up and keep away from that pub for good # undermines: child-voice, trauma-informed, challenge-inequality # why: It comes from real fear, and boys are told to toughen up every day. But it leaves him the job of stopping his own abuse, and telling a boy to be harder is exactly what keeps boys from saying they are hurt. # short: Tell Joe to toughen up and avoid the pub # why-short: Comes from fear, but leaves him to stop his own abuse # differs: With a boy, the pull is to tell him to man up rather than to ask what is happening to him, and it shuts the door on ever saying he is frightened. # key-decision]
    ~ trust_jo -= 1
    "You're not in control, Joe. Toughen up and stay away from that pub." # speaker: you
    "I don't need to hear anything from you," says Joe, and goes to his room. The door is closed very precisely.
* [Tell him that what the men did says nothing about who he is or who he fancies, and that it happens to boys a lot # supports: trauma-informed, challenge-inequality # undermines: parents-as-partners # why: Boys often stay silent about abuse by men for fear of what it will be taken to mean about them, and naming that takes some of the weight off. Said in front of Lee, who has not yet said a word to him, it may start an argument at home that you will not be there for. # short: Say what they did says nothing about him # why-short: Lifts some shame, but may start a row at home with Lee # differs: Here the shame that keeps Joe quiet is about being thought gay, a fear girls in Jo's place rarely carry, and it needs saying out loud that the abuse says nothing about him.]
    ~ trust_jo += 1
    ~ shame_named = true
    ~ row_at_home = true
    "Can I say one thing?" you say. "What those men did says nothing about who you are, or who you like. It happens to lads your age a lot more than anyone talks about. The only people it says anything about are them." # speaker: you
    Joe does not answer. But his shoulders come down, very slightly, for the first time since you arrived. By the window, Lee's jaw is working.
* [Explain grooming and coercion to him, so that he understands what the men are really doing to him # supports: curious-informed # undermines: child-voice # why: The information is accurate and Joe is entitled to it. Delivered as a correction at this moment, it tells him that his own account of his life does not count. # short: Explain grooming and coercion to Joe # why-short: Accurate, but tells him his own account does not count]
    ~ trust_jo -= 1
    You explain grooming and coercion. It is all true.
    "That's girls," says Joe. "That's not me." He puts his headphones on.
* [Tell Joe you hear that it feels like his choice, and that a man paying a sixteen-year-old for sex breaks the law # supports: child-voice, children-first # why: It takes his view seriously without pretending the men did nothing wrong: the crime is theirs, whatever he said to them. He may still reject the word victim, and you have to be willing to leave that there for now. # short: Hear his view; say the men broke the law # why-short: Hears him, names the crime, but he may still reject 'victim']
    ~ trust_jo += 1
    "I hear you. It feels like you're the one in charge, and I'm not going to argue you out of how it feels," you say. "I will be honest about one thing, though. Any man who pays a sixteen-year-old for sex is breaking the law, whatever you said to him. That's on him, not you." # speaker: you
    "Whatever," says Joe. But he looks at you when he says it.
- -> s4_after

=== s4_after ===
Before you leave, you think about Cassius. # scene: jo-home
{
- jo_told and cassie_protected:
    ~ friendship = 0
    Joe guessed, and said so, but it came out as hurt rather than threat.
- cassie_go_between:
    ~ friendship = -1
    Cassius's questions over the last week have done their work. Joe is certain, and he is furious.
- else:
    ~ friendship = -1
    Joe meant what he said about Cass, at least tonight.
}
* [Get word to Cassius before he next sees Joe, and offer to help the two of them talk when both are ready # supports: strengths-relationships, children-first # undermines: child-voice # why: Their friendship is one of the most protective things either boy has, so looking after it is part of the plan. But Joe has not asked for help with Cassius, and being steered towards making up, on adults' timing, can feel like one more thing being done to him. # short: Warn Cassius; offer to help them talk # why-short: Looks after a protective friendship, but on adults' timing # key-decision]
    ~ friendship += 1
    ~ trust_cassie += 1
    That evening you ring Ruth, and the next morning Ruth sees Cassius before registration. He is told that Joe knows, that Joe is angry, and that the adults will say it was their decision. And that if he and Joe want to talk, someone will help.
    "He won't," says Cassius. Then: "Will he?"
* [Leave the friendship for the two boys to sort out between themselves, since lads fall out and make up # undermines: strengths-relationships # why: Teenagers fall out and make up, and professionals can overreach into children's friendships. But this rift was caused by the adults' actions, and it may leave both boys more alone, with the one friend each of them trusted gone. # short: Leave the friendship to the two boys # why-short: Avoids overreach, but the rift adults made may isolate both # differs: Boys' fall-outs are easily left to 'sort themselves out', even when, as here, one of them may be labelled a grass in a school the man in the park can reach.]
    ~ friendship -= 1
    It isn't your business who is friends with whom, you tell yourself. Lads fall out. They make up. Usually.
* [Tell Joe that the decision to act was the adults', and that you will not discuss who said what # supports: children-first, safer-spaces # undermines: strengths-relationships # why: Owning the decision keeps the focus on the adults and gives Cassius some cover in a school where being called a grass can be dangerous. But Joe's question goes unanswered, he may feel stonewalled by you, and Cassius goes to school on Monday unprepared. # short: Tell Joe it was the adults' decision # why-short: Gives Cassius cover, but Joe may feel stonewalled]
    ~ friendship += 1
    "Whoever you think said what, the decision to do something was ours. The adults'. If you want to be angry with someone, be angry with me." # speaker: you
    "Don't worry. I am," says Joe.
* [Tell Joe it was Cassius, and that he only spoke up because he is scared for him and cares about him # supports: strengths-relationships # undermines: children-first, safer-spaces # why: It sounds honest and is meant to soften things between two friends. It exposes a fifteen-year-old to Joe's anger, and to anyone Joe repeats it to. # short: Tell Joe Cassius spoke up out of care # why-short: Sounds honest, but exposes Cassius to Joe's anger and others]
    ~ friendship -= 2
    ~ cassie_protected = false
    "It was Cass. But he only said anything because he's scared for you." # speaker: you
    "Yeah? He'll be scared of me on Monday," says Joe.
- Outside, Gavin unlocks the car and sits for a moment with the keys in his hand. # sfx: door-close
{ gavin_sore:
    "You could have had a word with me outside," he says. "In front of the family, though." # speaker: duty-social-worker
    By Monday he has told Nadia that you undermined him in a family's home, and Nadia asks you, mildly, to bring disagreements to her next time.
- else:
    "That went about as well as those ever go," he says. # speaker: duty-social-worker
}
{ row_at_home:
    At half past ten that night Michelle rings you. Lee and Joe have had it out, she says, shouting, and Joe has gone to his nan's. Nobody is hurt. She just wanted someone to know.
}
{ promise_broken:
    ~ trust_cassie -= 2
    Cassius will hear about this visit by Monday, and he will know that the promise made to him was never a real one.
}
{
- jo_told:
    On Friday night DC Priestley's officers watch the pub by the bus station. The men are not there, and the barman says they have not been in all week. Somebody has told them.
- pub_watched:
    On Friday night DC Priestley's officers watch the pub by the bus station. By closing time they have photographs of two men, and a car registration.
}
By Friday Joe has been allocated a support worker, Kerry, from the specialist exploitation service. { joe_route == 1: The boys' service across the city has offered to work alongside her. }
On Monday, at the lockers, Joe walks past Cassius without a word. { friendship < 0: By lunchtime half of Year 11 has heard that Cass grassed someone up to social services. Nobody knows what about, which makes it worse, and some of them have their own ideas. You think about who else might hear that Cassius talks to professionals, and you do not like the answer. } # scene: school-corridor # sfx: school-bell
-> taking_stock
