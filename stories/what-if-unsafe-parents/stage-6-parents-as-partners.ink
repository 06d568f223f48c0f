// What if: home is not safe for Jo. Stage 6: Approach parents and carers as partners, wherever possible.
// Replaces the main story's stage_6_parents_as_partners and s6_sharing, and adds s6_safe_place.
// "Wherever possible" has an evidence test, and here the evidence says Lee is not safe. Michelle may be being
// harmed too: partnership with her has to happen where he cannot hear. Cassie's parents (s6_cassie_parents),
// who are safe to work with, are the main story's.

=== stage_6_parents_as_partners ===
A week later Michelle rings you from a number you do not recognise. # stage: parents-as-partners # scene: office
{ lee_alerted and not jo_told:
    Three nights after the home visit, the police were called to the flat again. By the time they arrived Jo had gone out of the bathroom window, and she did not come home until Sunday. Lee told the officers it had been a family discussion about her behaviour.
}
"It's my friend's phone. Can we meet somewhere? Not at the flat." # speaker: jo-mum
You meet at the café on the high street, at a table at the back. # scene: cafe
Michelle keeps her coat on. Then she talks, and it pours out of her as if it has been waiting for someone.
"She used to be so funny. She'd do voices. She'd do the woman off the telly, the weather one, and her nan would laugh till she cried. She hasn't done a voice in a year." # speaker: jo-mum
"Lee says it's her fault, the rows, the state of the place. He says she needs a firm hand. He's not bad when he's not drinking. He isn't." # speaker: jo-mum
{ michelle_wary:
    "At Mum's, you said it was the men's fault. You didn't say it wasn't mine. I noticed." # speaker: jo-mum
}
"Are you going to take her off me? Is that what this is?" # speaker: jo-mum
* [Reassure Michelle that nobody is going to take Jo away from her, whatever happens next # supports: parents-as-partners # undermines: children-first, curious-informed # why: It answers Michelle's biggest fear, and meets her with some kindness; in the main story it is probably true. Here it may not be: if Jo cannot be kept safe at home she may need to live somewhere else for a while, and whatever you promise Michelle will reach Lee. # short: Reassure her nobody will take Jo away # why-short: Eases her fear, but may not hold, and will reach Lee # differs: In the main story this calms a frightened family; here it is a promise that may not hold, and it tells Lee that nobody is looking at home. # key-decision]
    ~ home_reassured = true
    ~ promised_family = true
    "Nobody's taking Jo anywhere. That isn't what this is." # speaker: you
    Michelle sags with relief. That evening she tells Lee what you said, because she tells Lee everything. You hope, quite hard, that nothing happens to make you a liar.
* [Tell Michelle that, given what is on file, nothing more can be shared with the family # supports: children-first # undermines: parents-as-partners, trauma-informed # why: It keeps information away from Lee, which matters. But Michelle may be a victim too, and the principle still asks you to treat parents fairly; cutting her off with no explanation leaves her alone with Lee and makes Jo's safety harder to plan. # short: Tell her nothing more can be shared # why-short: Keeps Lee out, but leaves Michelle alone with him # differs: Here leaving Lee out is justified, but leaving out Michelle too, wholesale and without a reason or a review, shuts out the one parent who might help.]
    "I'm sorry. Given what we know, I can't share anything more with the family." # speaker: you
    Michelle stares at you.
    "The family. That's me, is it? I'm the one who rang you." # speaker: jo-mum
    She leaves her tea. The friend's phone number never works again.
    -> s6_safe_place
* [Suggest that she and Lee come to the next planning meeting together, as partners in the plan # undermines: children-first, parents-as-partners # why: Inviting both parents is how partnership usually works, and leaving a parent out needs a reason. Here the reason is on file: it would put Lee in the room where Jo's safety plan, and perhaps where she goes to get away, are discussed. # short: Invite her and Lee to the next meeting # why-short: Usual partnership, but puts Lee in Jo's safety planning # differs: In the main story a place at the table for both parents builds partnership; here it would put a man with a record of violence at the centre of Jo's safety plan.]
    ~ lee_alerted = true
    ~ lee_at_table = true
    "I'd like you both to come to the next meeting," you say. "You and Lee. As part of the plan." # speaker: you
    Michelle looks at you as if you have suggested she bring a lit match. "I'll ask him," she says. # speaker: jo-mum
    She does. He comes. He is very polite, and takes notes.
* [Ask what home is like for her too, say what you would pass on, and offer support of her own # supports: parents-as-partners, children-first, trauma-informed # undermines: curious-informed # why: Michelle may be being harmed too, and partnership with her starts with seeing that, somewhere Lee cannot hear, and with being straight about what you would have to pass on if it touches Jo's safety. Being straight may mean she tells you less today. It will not make her leave, and you must keep Jo's safety in view whatever she says. # short: Ask how home is for her; offer support # why-short: Sees she may be harmed too, but she may say less today # differs: In the main story partnership means working with both parents at home; here it means meeting Jo's mum alone, as someone who may need protecting herself.]
    ~ michelle_supported = true
    ~ home_risk_seen += 1
    You ask. Not about Jo, this time. About her. And before she answers, you tell her that anything about Jo being hurt would have to go to Nadia, and that anything about her you would talk through with her first.
    It takes a long time. There is a lot of looking at the window. Some of what she starts to say, she stops.
    "He's never hit Jo," she says in the end. "Not properly." # speaker: jo-mum
    You let that sit. Then you tell her that you will have to pass that on, and she nods as if she knew you would. You write a number on a napkin: a domestic abuse service that will ring her back on her friend's phone, at a time she chooses, and never leave a message. She folds it very small and puts it in her purse, behind the loyalty cards.
* [Tell Michelle you cannot promise where Jo will live, and that you want her help to plan it # supports: children-first, parents-as-partners # undermines: trauma-informed # why: It is the truth: if Jo cannot be safe at home she may need to live somewhere else for a while, and Michelle deserves to hear that from you and to help plan it. But it confirms her worst fear in the first hour she has trusted you, and what frightens Michelle tends to reach Lee. # short: Say you can't promise where Jo will live # why-short: The truth, but it confirms her fear and may reach Lee # differs: In the main story you can honestly say that nobody is looking to move Jo; here the honest answer is that somebody might be.]
    ~ move_signalled = true
    ~ home_risk_seen += 1
    "I can't promise you where Jo will live," you say. "If it isn't safe at home for a while, she might need to be somewhere else. If that happens, I want you helping us plan it, not hearing about it afterwards." # speaker: you
    Michelle puts her cup down very carefully, as if it might break.
    "He'll go spare," she says. "He'll say I've let them." # speaker: jo-mum
    She does not say whether she will tell him. You both know she will.
- -> s6_sharing

=== s6_sharing ===
"So what's actually been going on?" Michelle asks. "Nobody tells me anything." # scene: cafe
* [Tell her the details are confidential, and that you cannot discuss them with the family # supports: children-first, child-voice # undermines: parents-as-partners # why: Holding back keeps the details of Jo's abuse away from Lee, which matters here. But Michelle is left guessing, with no idea why, and no sign that anyone sees what is happening to her as well. # short: Say the details are confidential # why-short: Keeps details from Lee, but Michelle is left guessing # differs: In the main story this shuts worried parents out for no good reason; here there is a good reason, but giving Michelle none of it still leaves her alone with Lee and the guessing.]
    "I'm afraid the details are confidential." # speaker: you
    Michelle looks at you for a long moment.
    "Right. Like everyone else, then." # speaker: jo-mum
* [Share what Jo has agreed you can share, and explain what you cannot say yet, and why # supports: child-voice, parents-as-partners # undermines: children-first # why: Jo is included in decisions about what her mum hears, and Michelle gets enough to help. But Jo agreed to what her mum could know, not to what Lee could, and here whatever Michelle carries home he can get out of her. # short: Share only what Jo agreed; explain why # why-short: Jo has a say, but what Michelle knows Lee can get # differs: In the main story what Jo agrees to share stays with her parents; here it may not stop at her mum.]
    { trust_jo >= 2:
        Jo has told Kerry what she is happy for her mum to know: the pub, the men, the drink. Not the details. You tell Michelle exactly that much, and why the rest is Jo's to share when she is ready.
    - else:
        Jo has agreed to very little. You tell Michelle what you can, and you are clear that the rest is Jo's, and that you will keep asking her.
    }
    "I suppose that's fair," says Michelle slowly. "I wouldn't want my mum knowing everything either." # speaker: jo-mum
    A week later Jo tells Kerry that Lee has started calling her 'the pub girl'. She does not say where he heard it.
* [Tell Michelle everything you know about the last few months, so that she is able to protect Jo # undermines: children-first, child-voice, trauma-informed # why: Michelle is asking in good faith and wants to protect her daughter. But whatever Michelle knows, Lee can get out of her, so telling her everything may put the details of Jo's abuse in the hands of the person she is least safe with. # short: Tell Michelle everything you know # why-short: She wants to protect Jo, but Lee can get it from her # differs: In the main story this shares Jo's abuse without her; here it may also hand it to Lee.]
    ~ told_parents_everything = true
    ~ lee_alerted = true
    ~ trust_jo -= 2
    You tell her everything: the pub, the men, the money, the taxi. Michelle goes very white.
    That night Lee finds the notes she made on her phone. By the morning he knows all of it, and so, from the noise, do the neighbours. Jo works out in about a minute where it came from.
* [Agree with Michelle what she can safely carry home, and record why some is kept from Lee # supports: children-first, parents-as-partners, curious-informed # undermines: trauma-informed # why: It treats Michelle fairly as Jo's mum while keeping information from the person Jo is least safe with, and a written reason that is looked at again stops the exception becoming a habit. But a woman who may be living under someone's control now has professionals deciding what she may know, and she may feel managed rather than helped. # short: Agree what she can take home; record why # why-short: Fair to her, safe from Lee, but she may feel managed # differs: Only here does partnership need a recorded reason for leaving one adult in the household out, looked at again over time, so that it stays fair.]
    ~ home_risk_seen += 1
    You go through it together: what Michelle wants to know, what Jo has agreed to, and what would be dangerous for Michelle to carry home. Back at the office you write it down: what is not being shared with Lee, why, on what evidence, and a date to look at it again.
    "You're writing down that I'm scared of him," says Michelle, when you tell her. # speaker: jo-mum
    "I'm writing down that Jo is," you say. "And that you're her mum, and on her side." # speaker: you
    "And who decides what I'm allowed to know? You?" # speaker: jo-mum
    She is not wrong to ask. You tell her the date of the review, and that she can come to it.
- -> s6_safe_place

=== s6_safe_place ===
On Friday Jo comes to find you at the youth centre, on her own, with a rucksack. # scene: youth-centre
"Can I stay at Nan's for a bit? Just till he calms down. Nan says I can. She says she's got a camp bed and a budgie, and that's all anyone needs." # speaker: jo
{
- lee_alerted:
    "He knows everything now. He says I've shamed him. He says a lot of stuff." # speaker: jo
- move_signalled:
    "He knows you lot might move me. Mum told him. He says over his dead body, and he said it like he meant mine." # speaker: jo
}
* [Let Jo go home for now, since nothing at home has been proven and a move is a big step # undermines: children-first, curious-informed, child-voice # why: Nobody wants to move a child on suspicion, and there is no recent conviction to point to. But what is on file is not nothing, and Jo has just asked, in so many words, not to go back; sending her home without a plan leaves her to manage a danger the adults have already seen. # short: Let Jo go home; nothing is proven yet # why-short: No move on suspicion, but Jo asked not to go back # differs: In the main story home is a safe place to go back to; here sending Jo back without a plan asks her to handle a risk the professionals have seen and she has named. # key-decision]
    ~ jo_safe_place = -2
    ~ trust_jo -= 1
    Jo picks up her rucksack.
    "Right," she says. "Thanks for nothing." # speaker: jo
    She goes home. On Friday night, she does not.
* [Call a family group conference with the whole family, Lee included, to agree where Jo lives # supports: strengths-relationships # undermines: children-first, child-voice # why: Family group conferences draw on a family's own strengths and often find answers professionals miss. They depend on it being safe for everyone to speak, and here Jo would be asked, in front of Lee, to say that she is afraid of him. # short: Hold a family conference, Lee included # why-short: Draws on family strengths, but Jo must speak before Lee # differs: In the main story bringing the family together would be a strength; here it puts Jo in a room with the person she is afraid of and asks her to speak.]
    ~ lee_alerted = true
    ~ lee_at_table = true
    The conference is booked for three weeks' time. Lee comes in a shirt and tie and talks warmly about family. Jo sits next to Pauline and says she is fine where she is. Everyone writes down that she said it.
* [Ask Jo who she feels safe with, and work with Nadia on whether she can stay with her nan # supports: child-voice, strengths-relationships, children-first # undermines: safer-spaces # why: The safest adult may well be the one Jo names, and staying nearby keeps her school, her friends and the people who know her. But Pauline lives two streets from the flat and ten minutes from the pub, so Jo stays within easy reach of Lee and of the men, and Pauline will need proper checks and support of her own. # short: Ask Jo who is safe; look at her nan's # why-short: Her choice, her school kept, but close to Lee and the men # differs: In the main story home is where Jo goes back to; here where she sleeps is part of the safety plan, and the first person to ask is Jo.]
    ~ jo_safe_place = 1
    ~ nan_involved = true
    ~ trust_jo += 1
    "Who do you feel safe with?" you ask, although you think you know. # speaker: you
    "Nan," says Jo. "Obviously." # speaker: jo
    It takes Nadia a week of checks and a long conversation with Pauline, but by the end of it Jo has a bed in her nan's box room, support for them both, and a flag on Pauline's address so that a call from it gets a fast answer.
    It is still two streets from the flat. Lee drives past it, some evenings, slowly.
* [Ask for an emergency placement out of the area, well away from both Lee and the men # undermines: strengths-relationships, safer-spaces, child-voice # why: It puts distance between Jo and both dangers, and sometimes removal is necessary. But a placement far from home cuts a child off from everyone who knows her and can bring her into contact with new people who exploit children, while her own answer, her nan, goes unheard. # short: Ask for a placement out of the area # why-short: Far from both dangers, but cut off and open to new risks # differs: In the main story nobody needs to think about where Jo lives; here removal is a real option, and how it is done can add to the harm.]
    ~ jo_safe_place = -1
    ~ trust_jo -= 1
    A bed is found in a children's home sixty miles away. Jo goes, because she is told to, with her rucksack and a bin bag of clothes.
    Within a month, staff there report that an older lad has started picking two of the girls up in a car after school. Within six weeks Jo has been reported missing twice, and the placement ends. She comes back to Pauline's, with less reason than ever to believe that telling adults anything makes it better.
* [Agree she can stay at Pauline's for now, and leave where she lives to the social care assessment # supports: children-first # undermines: child-voice, strengths-relationships # why: It gets Jo somewhere safe tonight, and a decision about where a child lives deserves a proper assessment. But nobody asks Jo what she wants beyond tonight, a camp bed with no end date is hard to live on, and Pauline is left to carry it with no support while the assessment takes its course. # short: Pauline's for now, pending assessment # why-short: Safe tonight, but no say, no end date, no support # differs: In the main story nobody needs to decide where Jo sleeps; here 'for now' on a camp bed, with no say and no support, tends not to hold.]
    ~ jo_safe_place = 0
    "Stay at your nan's for now," you say. "Social care will look at the longer term." # speaker: you
    "How long's for now?" # speaker: jo
    You do not know, and you say so. The assessment takes its time. After a fortnight on a camp bed, with nobody telling her how long for and Pauline's back playing up, Jo goes home to the flat, 'to stop Mum getting it in the neck'.
- -> s6_cassie_parents
