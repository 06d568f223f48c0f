// What if: Jo has a learning disability. Stage 3, continued: the referral, and how Jo hears about it.
// Replaces the main story's s3_referral: telling Jo first only gives her a say if she can follow what she is
// told, and services are used to talking to the parents of disabled young people instead of to them.

=== s3_referral ===
The referral goes in. # scene: office
Within two days there is a strategy discussion: Nadia, DC Priestley, the school's safeguarding lead, a named nurse and you, squares on a screen. The police will look at the pub by the bus station and the men outside it. Social care will assess. The school will keep an eye on Jo's attendance. Nobody yet knows who the men are, or how long this has been happening, or why a sixteen-year-old would walk up to a stranger outside a pub in the first place.
The nurse mentions Jo's learning disability. Several people write it down. Nobody asks what it means for how she should be spoken to.
Nadia rings you afterwards.
"It's a section 47 enquiry. Gavin from the duty team will do the home visit on Thursday. I'd like you there too, since you know the school and Cassie." # speaker: social-worker
"The question is Jo. As things stand, she doesn't know any of this." # speaker: social-worker
{ jo_understood >= 1:
    You think of the line in her plan: she may say yes to end a conversation she has not followed.
}
* [Tell Jo yourself before anyone visits, with Sam there, in short plain steps and a drawing of who is coming, and check what she has understood # supports: child-voice, trauma-informed, children-first # why: Jo hears it first, in a way she can follow, from people she knows, and gets a real say in how tomorrow goes. It takes longer, needs Sam to be free, and there is still a small risk she goes quiet or warns the men, so you plan for that too. # differs: Here telling Jo first only gives her a say if she can follow what she is told, so how you tell her matters as much as when.]
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
* [Tell Jo yourself, in school, before anyone visits her home, and let her choose who is there when her mum hears # supports: child-voice, parents-as-partners # why: Telling her first is the right instinct, and she does get to choose who is there. But told the way you would tell any sixteen-year-old, in one long conversation, it is a lot for Jo to take in, and tomorrow may still arrive as a shock. # differs: Here the same conversation, not adapted to how Jo understands things, protects her less than it seems to, because she nods through much of it.]
    ~ jo_told = true
    ~ nan_involved = true
    You see Jo on Wednesday in a side room off the art corridor, and tell her everything: the worry, the referral, social care, the section 47 enquiry, the visit tomorrow, what will happen afterwards.
    Jo nods all the way through. When you ask whether she has any questions she says, "No. Yeah. OK."
    When you ask who she wants there tomorrow, she answers at once. "Nan." It is the one thing in the whole conversation she is sure of.
* [Ask Jo whether she is happy for a referral to be made, and hold off if she says no # undermines: children-first, child-voice # why: Asking feels respectful. But consent was never the basis for protecting a child at risk of significant harm, and Jo may say yes or no just to end a conversation she has not followed, so her answer tells you less than it seems to. # differs: Here Jo's 'yes' or 'no' may not mean what it sounds like, so asking for consent hands her a decision without the understanding it needs.]
    ~ jo_told = true
    You find Jo at the end of the day and ask her, carefully, whether she would be all right with you passing on a worry to social care.
    "Yeah. OK," she says, straight away, already reaching for her bag.
    On the way out she turns back. "Is social care the one at the doctor's?"
    She said yes. She did not know to what.
* [Ask the duty team to phone Jo's mum first, since she is the one who manages Jo's plan # supports: parents-as-partners # undermines: child-voice, challenge-inequality # why: Jo's mum knows her best and is used to being the one services ring. But it repeats the way disabled young people are so often talked about instead of to, and Jo hears about her own abuse last, from her mum. # differs: Here it is all too easy to treat Jo's mum as the person to talk to, as services often do with disabled young people, and to leave Jo out of her own referral.]
    ~ mum_forewarned = true
    Gavin phones Jo's mum on Wednesday evening to arrange the visit. She is used to calls about Jo's plan, and presses him, and he tells her why.
    By the time Jo gets home, her mum is waiting in the hall.
- -> stage_4_child_voice
