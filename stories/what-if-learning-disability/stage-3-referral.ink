// What if: Jo has a learning disability. Stage 3, continued: the referral, and how Jo hears about it.
// Replaces the main story's s3_referral. The strategy discussion and the question of Cassie as a witness are the
// main story's, word for word; what differs is how Jo hears about it: telling Jo first only gives her a say if she
// can follow what she is told, and services are used to talking to the parents of disabled young people instead.
// Adds s3_visit_after_yes: if Jo was only asked to agree to the visit, the visit opens here, not in stage 4's
// prepared or unannounced scenes, and joins the main story at s4_the_words.

=== s3_referral ===
The referral goes in. # scene: office
Within two days there is a strategy discussion: Nadia, DC Priestley, the school's safeguarding lead, a named nurse and you, squares on a screen. The police will look at the pub by the bus station and the men outside it. Social care will assess. The school will keep an eye on Jo's attendance. Nobody yet knows who the men are, how long they have been paying Jo, or whether there are other girls.
The nurse mentions Jo's learning disability. Several people write it down. Nobody asks what it means for how she should be spoken to.
{
- who_harmed == 2:
    Nadia reads out the note about Cassie and adds a line of her own: a fifteen-year-old harmed on the same night, to be followed up with her parents. Gavin will ring them.
- who_harmed == 3:
    DC Priestley reads out the shop's address and says licensing will want it. It is the first time anyone has smiled.
- who_harmed == -1:
    The safeguarding lead asks whether the safety session is for both girls. Nadia asks, after a pause, who exactly is paying Jo.
}
{ bias_challenged == 2:
    DC Priestley is polite with you, and no more than polite.
}
"The friend who was there," she says. "She's the only witness we've got. I'd like someone to speak to her this week, while Friday's still fresh." # speaker: police-officer
* [Agree that the police speak to Cassie as a witness this week, while she still remembers the men # supports: curious-informed, safer-spaces # undermines: trauma-informed, child-voice # why: Early accounts are the best evidence, and the police cannot move on the men without one. But a fifteen-year-old who asked to be kept out of it is asked for a statement within days, and she will feel that what she said has been taken out of her hands. # short: Police see Cassie as a witness this week # why-short: Fresh evidence to act on, but Cassie asked to be kept out # key-decision]
    ~ cassie_witness = 1
    ~ trust_cassie -= 1
    An officer sees Cassie on Tuesday, at home, with her mum beside her. She gives a careful account. Afterwards she asks Ruth whether she is going to have to go to court, and Ruth does not know.
* [Offer to ask Cassie yourself, next time you see her, what she remembers about the two men # supports: strengths-relationships # undermines: trauma-informed, curious-informed # why: She trusts you, and a familiar face may get further than a police officer. But questioning her yourself makes you an investigator, and an account gathered that way may not stand up if the men are ever charged. # short: Ask Cassie yourself what she remembers # why-short: She trusts you, but it may not stand up if men are charged]
    ~ cassie_witness = 3
    ~ trust_cassie -= 1
    You ask her on Tuesday, in Ruth's room. She tells you about a red car and a man with a tattoo on his hand, and then stops, and looks at you as if you have turned into someone else.
    "Is this for the police?" # speaker: cassie
    It is. DC Priestley takes your notes, and says, carefully, that she wishes she had been the one to ask.
* [Ask the police to wait until Ruth has asked Cassie, and to start with the pub and the men # supports: child-voice, trauma-informed # undermines: curious-informed # why: Cassie keeps a say in whether she becomes a witness, and the police start where the harm happens. But the men are still outside the pub while they wait, and the detail only she has may fade. # short: Let Ruth ask Cassie; police start at pub # why-short: Cassie keeps a say, but the men stay put and details fade]
    ~ cassie_witness = 2
    "She asked to be kept out of it," you say. "Let Ruth ask her first, properly. She might say yes. Start with the pub." # speaker: you
    DC Priestley agrees, because she has to. She does not pretend to like it.
* [Say Cassie's account should go in as intelligence only, and that she should not be a witness at all # supports: child-voice # undermines: curious-informed, safer-spaces # why: It honours what Cassie asked for and keeps her out of any courtroom. But it rules out the police's best chance of stopping men who may be paying other girls too. # short: Cassie's account as intelligence only # why-short: Honours her wish, but loses the best chance to stop the men]
    ~ cassie_witness = -1
    DC Priestley writes it up as intelligence.
    "It'll go on the system," she says, in the voice of someone who knows what the system does with it. # speaker: police-officer
- Nadia rings you afterwards.
"It's a section 47 enquiry. Gavin from the duty team will do the home visit on Thursday. I'd like you there too, since you know the school and Cassie." # speaker: social-worker
"The question is Jo. As things stand, she doesn't know any of this." # speaker: social-worker
{ jo_understood >= 1:
    You think of the line in her plan: she may say yes to end a conversation she has not followed.
}
* [Ask the duty team to ring Jo's mum first, since she is the one who manages Jo's plan and knows her best # supports: parents-as-partners # undermines: child-voice, challenge-inequality # why: Jo's mum knows her best and is used to being the one services ring. But it repeats the way disabled young people are so often talked about instead of to, and Jo hears about her own abuse last, from her mum. # short: Duty team rings Jo's mum first # why-short: Mum knows her best, but Jo is talked about and hears last # differs: Here it is all too easy to treat Jo's mum as the person to talk to, as services often do with disabled young people, and to leave Jo out of her own referral.]
    ~ mum_forewarned = true
    Gavin phones Jo's mum on Wednesday evening to arrange the visit. She is used to calls about Jo's plan, and presses him, and he tells her why.
    By the time Jo gets home, her mum is waiting in the hall.
    -> stage_4_child_voice
* [Tell Jo yourself, with Sam there, in short plain steps and a drawing of who is coming, and check what she took in # supports: child-voice, trauma-informed, children-first # undermines: parents-as-partners # why: Jo hears it first, in a way she can follow, from people she knows, and gets a real say in how tomorrow goes. But her mum, who manages Jo's plan and has been asking for help for months, is the last to know, and hears it in her own front room with a social worker on the sofa. # short: Tell Jo with Sam, in steps and a drawing # why-short: Jo follows and has a say, but her mum is the last to know # differs: Here telling Jo first only gives her a say if she can follow what she is told, so how you tell her matters as much as when.]
    ~ jo_told = true
    ~ trust_jo += 1
    ~ nan_involved = true
    ~ jo_understood += 1
    You see Jo on Wednesday in the learning support room, with Sam beside her. You have drawn it on one sheet of paper: a house, a clock saying four, and three stick people with names under them.
    One thing at a time, you tell her. Some adults are worried about men giving her money and drink for sex. That is not her fault. It has been passed on to people whose job is keeping young people safe. Tomorrow, two of them will come to her house, here, at four.
    "Can you tell me back, so I know I've said it right?" # speaker: you
    "People are coming to my house. Because of the men. At four." # speaker: jo
    A pause, while she looks at the drawing.
    "And I'm not in trouble." # speaker: jo
    Then it lands, and she swears at you for a good while. You let her. Sam lets her. When she is done she puts her finger on the house.
    "If you're coming to mine, I want my nan there. And you do the talking. Not some stranger." # speaker: jo
    You write 'Nan' on the drawing, and 'you talk' next to your own stick person, and give it to her to keep.
    -> stage_4_child_voice
* [Ask Jo whether she agrees to social care visiting her home on Thursday, and offer to have the visit moved if she says no # supports: child-voice # undermines: challenge-inequality, children-first # why: The enquiry cannot wait on her agreement, but when and where the visit happens can, so asking gives her a real choice about something. But Jo may say yes just to end a conversation she has not followed, and a yes nobody has checked is not the say it looks like. # short: Ask Jo to agree to Thursday's visit # why-short: A real choice of when, but a yes nobody has checked # differs: Here Jo's 'yes' may not mean what it sounds like, so asking for her agreement without checking what she has understood hands her a decision without the understanding it needs.]
    You find Jo at the end of the day and ask her, carefully, whether she would be all right with someone from social care coming to her house on Thursday, and say it can be moved if not.
    "Yeah. OK," she says, straight away, already reaching for her bag.
    On the way out she turns back. "Is social care the one at the doctor's?"
    You tell her no, and start to explain, and she is already through the door.
    -> s3_visit_after_yes
* [Tell Jo yourself, in school, before anyone visits her home, and let her choose who is there when her mum hears # supports: child-voice, parents-as-partners # undermines: challenge-inequality # why: Telling her first is the right instinct, and she does get to choose who is there. But told the way you would tell any sixteen-year-old, in one long conversation, it is a lot for Jo to take in, and tomorrow may still arrive as a shock. # short: Tell Jo at school; she picks who's there # why-short: She hears first and chooses, but it is a lot in one go # differs: Here the same conversation, not adapted to how Jo understands things, protects her less than it seems to, because she nods through much of it.]
    ~ jo_told = true
    ~ nan_involved = true
    You see Jo on Wednesday in a side room off the art corridor, and tell her everything: the worry, the referral, social care, the section 47 enquiry, the visit tomorrow, what will happen afterwards.
    Jo nods all the way through. When you ask whether she has any questions she says, "No. Yeah. OK."
    When you ask who she wants there tomorrow, she answers at once. "Nan." It is the one thing in the whole conversation she is sure of.
    -> stage_4_child_voice

=== s3_visit_after_yes ===
Thursday, four o'clock: a ground-floor flat in a housing association block, with a bike chained to the railings and a neat square of lawn. # stage: child-voice # scene: jo-home # sfx: door-knock
Michelle, Jo's mum, opens the door with a tea towel in her hand and no idea why you are here beyond 'a concern'. Her partner, Lee, comes through from the kitchen.
Jo is on the sofa with her headphones round her neck. She looks at Gavin's lanyard, then at her mum, then at you.
"You said social care. You didn't say about the men. You didn't say in front of Mum." # speaker: jo
~ trust_jo -= 1
She did say yes. You asked, and she answered, and neither of you knew you were talking about different things.
Gavin, the duty social worker, sits down and opens his folder.
"Just tell us what's going on," says Lee. "Straight. What's she been doing?" # speaker: jo-mum-partner
-> s4_the_words
