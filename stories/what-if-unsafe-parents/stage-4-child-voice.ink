// What if: home is not safe for Jo. Stage 4: Respect the voice, experience and expertise of children and young people.
// Replaces the main story's stage_4_child_voice, s4_visit_prepared, s4_visit_unannounced and s4_the_words:
// if Jo was told first, the meeting is at her nan's, with her mum and without Lee; if not, it is at the flat,
// with Lee answering for everyone. What Jo says (s4_jo_speaks) and the rest of the stage are the main story's.

=== stage_4_child_voice ===
Thursday, four o'clock. # stage: child-voice
{ jo_told: -> s4_visit_prepared | -> s4_visit_unannounced }

=== s4_visit_prepared ===
Pauline lives two streets from Jo, in a first-floor flat with a budgie called Derek and a front room full of photographs. # scene: calm
Jo opens the door before you knock.
{ told_ahead_of_plan:
    "He came round here last night. Eleven o'clock, banging on the door, shouting for me. Nan rang the police. They took forty minutes." # speaker: jo
    "She's put a chair under the handle. Like that'd stop him." # speaker: jo
}
"Mum's here. He isn't. Nan told her to come on her own, and she did." # speaker: jo
Michelle is on the edge of an armchair with her coat still on and her phone face down on her knee, as if it might go off. On the sofa a small woman in a purple fleece pats the cushion beside her until Jo sits down on it.
"I'm Pauline. Jo's nan. She's told me enough to be going on with." # speaker: jo-nan
"I'm here for her. Not for you lot." # speaker: jo-nan
You do the talking. You say that some adults are worried about men giving Jo money and drink for sex, and that today is about keeping Jo safe: out there, and at home.
At the word home, Michelle turns her phone over and looks at it.
"He thinks I'm at the big Tesco. He'll ring if I'm not back by six. He checks." # speaker: jo-mum
Gavin, the duty social worker, has his folder open on his knee.
"So what's she actually been doing?" Michelle asks him, very quietly. # speaker: jo-mum
-> s4_the_words

=== s4_visit_unannounced ===
You knock. # scene: jo-home # sfx: door-knock
{ mum_forewarned: -> s4_visit_after_call }
Michelle, Jo's mum, opens the door with a tea towel in her hand and no idea why you are here beyond 'a concern'. Her partner, Lee, comes through from the kitchen and stands just behind her, close. Before she answers anything you ask, she glances at him.
The front room is small and very clean. There is a school photo of Jo on the wall, aged about twelve, grinning with a gap in her teeth, and next to it a framed drawing of a pair of high heels that is far too good to have been done by a child.
Gavin, the duty social worker, sits on the sofa and opens his folder.
A door opens down the hall and Jo comes in, headphones round her neck, and stops dead at the sight of two strangers on the sofa.
"Who are you?" # speaker: jo
Nobody has told her. She works it out in the next thirty seconds, and then she looks at Lee, not at her mum, the way you check the weather.
-> s4_visit_lee_asks

=== s4_visit_after_call ===
Content note: the next part shows Jo's home the day after a violent night: a frightened mother, and a mark on Jo's face. Nothing is shown happening.
* [Read what you see # aside]
    Lee opens the door. Michelle is behind him in the hallway with a face swollen from crying, and she comes no further forward than he lets her.
    "She won't come out. We had it out last night," says Lee. "Somebody had to." # speaker: jo-mum-partner
    The front room is small and very clean. There is a school photo of Jo on the wall, aged about twelve, grinning with a gap in her teeth, and next to it a framed drawing of a pair of high heels that is far too good to have been done by a child.
    Gavin, the duty social worker, sits on the sofa and opens his folder.
    In the end Jo comes out, because Lee knocks on her door three times and says her name in a way that makes Michelle flinch. Jo stands in the doorway with her arms folded and a red mark on her cheek that she says is from her pillow. She already knows why you are here. She heard it last night, at eleven o'clock, at the worst possible volume.
* [Read a short summary instead # aside # summary-choice]
    Lee opens the door and does the talking. Michelle has been crying and stays behind him. Gavin, the duty social worker, sits down and opens his folder. Jo only comes out of her room when Lee calls for her, with a red mark on her cheek that she says came from her pillow. Lee heard about the referral last night, there was a row, and Jo already knows why you are here.
- "So who else knows? The whole school?" # speaker: jo
-> s4_visit_lee_asks

=== s4_visit_lee_asks ===
"Just tell us what's going on," says Lee. "Straight. What's she been doing?" # speaker: jo-mum-partner
-> s4_the_words

=== s4_the_words ===
{ jo_told:
    Gavin answers before you can. # scene: calm
- else:
    Gavin answers before you can. # scene: jo-home
}
"I'll be honest with you. What's been reported is that Jo has been prostituting herself. Selling sex to men outside a pub." # speaker: duty-social-worker
"At sixteen, that doesn't come out of nowhere. Somebody's been letting her run wild." # speaker: duty-social-worker
{ jo_told:
    Michelle makes a sound as if she has been hit. Jo stares at the carpet.
    "Don't you dare," says Pauline, very quietly. # speaker: jo-nan
- else:
    Michelle makes a sound as if she has been hit. Lee does not. He looks at Jo and nods slowly, as if a social worker has just agreed with him about something.
    "Run wild. Too right. Well, that stops tonight." # speaker: jo-mum-partner
    Jo stares at the carpet.
}
* [Step in straight away: men are abusing Jo, the blame is theirs, and nobody in this room is to blame # supports: challenge-inequality # undermines: children-first, curious-informed # why: Correcting Gavin's words is right: men are abusing Jo, and the words blamed her. But saying nobody in this room is to blame is a reassurance you cannot give, with three call-outs for violence at Jo's address in a year, and it tells the family the question of home is closed. # short: Correct Gavin: no one here is to blame # why-short: Lifts blame off Jo, but closes the question of home # differs: In the main story this lifts the blame from a frightened family; here 'no one in this room' closes a question about harm at home that is still open. # key-decision]
    ~ home_reassured = true
    ~ trust_jo += 1
    "I need to correct that," you say. "Jo isn't doing anything to herself. Adult men have been paying a sixteen-year-old for sex. That's abuse, and it's a crime, and it's theirs. Nobody in this room caused it, and nobody here is being blamed." # speaker: you
    Gavin opens his mouth and then closes it. Michelle starts to cry.
    { jo_told:
        Jo looks at you, then at her mum, then at the floor, as if you have said something she will have to think about later.
    - else:
        Lee unfolds his arms, satisfied. Jo looks at you as if you have just handed him something.
    }
* [Let Gavin finish, and take him aside afterwards about the words he used in front of Jo # supports: challenge-inequality # undermines: children-first # why: It spares a colleague's pride and avoids a scene, and the challenge may land better in private. But the words stay in the room, and here they tell a household with a record of violence that a professional thinks Jo needs reining in. # short: Let Gavin finish; challenge him later # why-short: Avoids a scene, but the household hears Jo needs reining in # differs: In the main story the cost is to a hurt family's trust; here it is that Lee has heard a social worker back his wish to take Jo in hand.]
    You bite it back. Outside, by the cars, you tell Gavin that what he said put the blame on a child, and that he should never have used those words. He takes it well, as it happens.
    { jo_told:
        It is too late for Pauline's front room, though. Michelle heard the words, and she will take them home with her.
    - else:
        It is too late for the front room, though. Lee heard them, and so did Jo, and Jo has to sleep here tonight.
    }
* [Correct Gavin: men are abusing Jo and the blame is theirs, and say nothing about anyone else # supports: challenge-inequality, children-first, curious-informed # undermines: parents-as-partners # why: It takes the blame off Jo, where it never belonged, without closing a question you still need to ask about home. But Michelle hears what you left out, and if she is being hurt at home too, finding herself quietly counted among the worries is one more thing to be afraid of. # short: Correct Gavin; say nothing about others # why-short: Blame off Jo, home left open, but Michelle hears the gap # differs: Only here does challenging victim-blaming have to leave room for a worry about the adults in Jo's home.]
    ~ trust_jo += 1
    ~ home_risk_seen += 1
    ~ michelle_wary = true
    "I need to correct that," you say. "Jo isn't doing anything to herself. Adult men have been paying a sixteen-year-old for sex. That's abuse, it's a crime, and the blame for it is theirs. Our job now is to make sure Jo is safe, wherever she is." # speaker: you
    { jo_told:
        Michelle hears what you did not say. So does Pauline. Neither of them asks.
    - else:
        Lee hears the first part, and unfolds his arms. Michelle hears the last part, and looks at you a second longer than she needs to.
    }
* {jo_told} [Ask Michelle, here, away from the flat, what she has noticed in Jo and what home has been like # supports: curious-informed, children-first, parents-as-partners # undermines: challenge-inequality # why: Michelle may know more about Jo than anyone, and this may be the only room in which she can say it. But Gavin's words, blaming a child for what men did to her, are left hanging uncorrected with Jo listening, and asking about home may frighten her mum into silence. # short: Ask Michelle about Jo and about home # why-short: She may speak here, but Gavin's words go uncorrected # differs: Only here can Jo's mum speak freely in one room and not in another, so where you ask decides what you hear.]
    ~ home_risk_seen += 1
    "Michelle, can I ask you something? What have you noticed in Jo? And what's it been like at home?" # speaker: you
    Michelle looks at her phone, and then at her mother, and then at Jo.
    "She stays out so she doesn't have to come home," she says at last. "That's what I've noticed." # speaker: jo-mum
    Nobody in the room asks why. Everybody in the room knows. Jo is still looking at the carpet, where Gavin's words left her.
* {not jo_told} [Ask Michelle and Lee what they have noticed in Jo and tried, before anything else is said # supports: curious-informed # undermines: children-first, challenge-inequality # why: Asking treats them as people who know Jo, and what they say is worth hearing. Here, though, Lee answers for both of them with Jo in the room, Gavin's words blaming her go uncorrected, and what Lee calls trying is itself a warning. # short: Ask Michelle and Lee what they noticed # why-short: Treats them as knowing Jo, but Lee answers for both # differs: In the main story this treats worried parents as partners; here Lee speaks for the family, and his answer is evidence about home rather than partnership.]
    ~ home_risk_seen += 1
    "Can I ask you both something? What have you noticed in Jo, and what have you tried?" # speaker: you
    Lee answers before Michelle can open her mouth.
    "Everything. Grounded her. Taken her phone. Put her in her room when she's been mouthy. She needs a firm hand, that one, and she's had one." # speaker: jo-mum-partner
    Michelle says nothing at all. Jo is looking at the floor. You write down every word he says.
- -> s4_jo_speaks
