// Stage 3, continued: the referral for Jo, the police and Cassie as a witness, and whether Jo hears about it
// before her family does. Kept in its own file so that a 'what if' variant can replace it and share the rest.

=== s3_referral ===
The referral goes in. # scene: office
Within two days there is a strategy discussion: Nadia, DC Priestley, the school's safeguarding lead, a named nurse and you, squares on a screen. The police will look at the pub by the bus station and the men outside it. Social care will assess. The school will keep an eye on Jo's attendance. Nobody yet knows who the men are, how long they have been paying Jo, or whether there are other girls.
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
* [Agree that the police speak to Cassie as a witness this week, while she still remembers the men # supports: curious-informed, safer-spaces # undermines: trauma-informed, child-voice # why: Early accounts are the best evidence, and the police cannot move on the men without one. But a fifteen-year-old who asked to be kept out of it is asked for a statement within days, and she will feel that what she said has been taken out of her hands. # short: Police see Cassie as a witness this week # why-short: Fresh evidence on the men, but Cassie loses control of it # key-decision]
    ~ cassie_witness = 1
    ~ trust_cassie -= 1
    An officer sees Cassie on Tuesday, at home, with her mum beside her. She gives a careful account. Afterwards she asks Ruth whether she is going to have to go to court, and Ruth does not know.
* [Offer to ask Cassie yourself, next time you see her, what she remembers about the two men # supports: strengths-relationships # undermines: trauma-informed, curious-informed # why: She trusts you, and a familiar face may get further than a police officer. But questioning her yourself makes you an investigator, and an account gathered that way may not stand up if the men are ever charged. # short: Ask Cassie yourself what she remembers # why-short: She trusts you, but it may not stand if the men are charged]
    ~ cassie_witness = 3
    ~ trust_cassie -= 1
    You ask her on Tuesday, in Ruth's room. She tells you about a red car and a man with a tattoo on his hand, and then stops, and looks at you as if you have turned into someone else.
    "Is this for the police?" # speaker: cassie # expression: worried
    It is. DC Priestley takes your notes, and says, carefully, that she wishes she had been the one to ask.
* [Ask the police to wait until Ruth has asked Cassie, and to start with the pub and the men # supports: child-voice, trauma-informed # undermines: curious-informed # why: Cassie keeps a say in whether she becomes a witness, and the police start where the harm happens. But the men are still outside the pub while they wait, and the detail only she has may fade. # short: Ruth asks Cassie first; police go to pub # why-short: Cassie keeps a say, but the men remain and detail may fade]
    ~ cassie_witness = 2
    "She asked to be kept out of it," you say. "Let Ruth ask her first, properly. She might say yes. Start with the pub." # speaker: you
    DC Priestley agrees, because she has to. She does not pretend to like it.
* [Say Cassie's account should go in as intelligence only, and that she should not be a witness at all # supports: child-voice # undermines: curious-informed, safer-spaces # why: It honours what Cassie asked for and keeps her out of any courtroom. But it rules out the police's best chance of stopping men who may be paying other girls too. # short: Use her account as intelligence only # why-short: Keeps her out of court, but police lose their main chance]
    ~ cassie_witness = -1
    DC Priestley writes it up as intelligence.
    "It'll go on the system," she says, in the voice of someone who knows what the system does with it. # speaker: police-officer
- Nadia rings you afterwards.
"It's a section 47 enquiry. Gavin from the duty team will do the home visit on Thursday. I'd like you there too, since you know the school and Cassie." # speaker: social-worker
"The question is Jo. As things stand, she doesn't know any of this." # speaker: social-worker
* [Ask the duty team to phone Jo's mum first, so that she can prepare before Thursday's visit # supports: parents-as-partners # undermines: child-voice # why: Warning her mum is considerate to a worried family. But it means Jo's mum hears about her daughter's sexual abuse before Jo knows anyone has been told. # short: Have Jo's mum phoned before the visit # why-short: Considerate to her mum, but her mum knows before Jo does]
    ~ mum_forewarned = true
    Gavin phones Jo's mum on Wednesday evening to arrange the visit and, when she presses him, tells her why.
    By the time Jo gets home, her mum is waiting in the hall.
* [Tell Jo first, ask whether she agrees to the home visit, and hold it back if she says no # supports: child-voice # undermines: trauma-informed, children-first # why: Asking her view is respectful. But a section 47 enquiry does not wait for a sixteen-year-old's agreement, so this offers her a choice that is not yours to give; when it is taken back she loses what little control she had, and her protection was briefly made to wait on her 'yes'. # short: Tell Jo; hold the visit if she says no # why-short: Respectful, but not your choice to give; she loses control]
    ~ jo_consent_overridden = true
    ~ trust_jo -= 1
    You find Jo on Wednesday at the end of the day, by the art block. You tell her, without naming anyone, that adults are worried about men giving her money and drink for sex, that it has been passed to social care, and that someone wants to visit her home tomorrow. Then you ask whether she is all right with the visit going ahead.
    "No. Absolutely not. No way." # speaker: jo # expression: closed-off
    You ring Nadia from the car park. A section 47 enquiry does not wait for anyone's agreement, she says, not even a sixteen-year-old's, and she is surprised you offered. The visit goes ahead.
    You find Jo again at the bus stop and tell her. You watch her work out that the question was never really a question.
    "So why ask?" # speaker: jo
    You do not have a good answer, and the bus comes before you can find one.
* [Tell Jo yourself, in school, before anyone visits her home, and let her choose who is there # supports: child-voice, trauma-informed # undermines: safer-spaces # why: Jo keeps some control over the most exposing conversation of her year, and time to ask for someone she trusts. The cost is real: the police have not yet been to the pub, and a girl who knows can warn the men, even without meaning to. # short: Tell Jo in school; she picks who's there # why-short: Jo has some control, but the men may hear before police act]
    ~ jo_told = true
    ~ trust_jo += 1
    ~ nan_involved = true
    You see Jo on Wednesday in a side room off the art corridor. She has paint on her knuckles and is worrying at a hangnail. You tell her, without naming anyone, that adults are worried about men giving her money and drink for sex, that it has been passed to social care, and that someone will visit her home tomorrow.
    "You're joking." # speaker: jo
    "I'm not. And I'm sorry it's landing on you like this. But I wanted you to hear it from me first, and to have a say in how tomorrow goes." # speaker: you
    She swears at you for a good while. You let her. Then she goes quiet, and gets her phone out, and types something you cannot see.
    "If you're coming to mine, I want my nan there. And you do the talking. Not some stranger." # speaker: jo
    You promise her both.
* [Leave telling Jo and her family to Gavin, the duty social worker, when he visits on Thursday # undermines: child-voice, trauma-informed # why: It is quick and it follows the usual process. But Jo learns that the most private parts of her life are being discussed at the same moment as her mum does. # short: Leave telling Jo and family to Gavin # why-short: Quick and usual, but Jo hears it at the same time as her mum]
    "Gavin can explain it all when he's there. It's probably better coming from one person," you say. # speaker: you
    "Fine," says Nadia. "Thursday, four o'clock." # speaker: social-worker
- -> stage_4_child_voice
