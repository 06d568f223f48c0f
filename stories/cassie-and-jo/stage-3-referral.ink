// Stage 3, continued: the referral for Jo, and whether Jo hears about it before her family does.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s3_referral ===
The referral goes in. # scene: office
Within two days there is a strategy discussion: Nadia, DC Priestley, the school's safeguarding lead, a named nurse and you, squares on a screen. The police will look at the pub by the bus station and the men outside it. Social care will assess. The school will keep an eye on Jo's attendance. Nobody yet knows who the men are, or how long this has been happening, or why a sixteen-year-old would walk up to a stranger outside a pub in the first place.
Nadia rings you afterwards.
"It's a section 47 enquiry. Gavin from the duty team will do the home visit on Thursday. I'd like you there too, since you know the school and Cassie." # speaker: social-worker
"The question is Jo. As things stand, she doesn't know any of this." # speaker: social-worker
* [Tell Jo yourself, in school, before anyone visits her home, and let her choose who is there when her mum hears # supports: child-voice, trauma-informed, parents-as-partners # why: Jo keeps some control over the most exposing conversation of her year. There is a small risk she goes quiet or warns the men, so you plan what to do if she does.]
    ~ jo_told = true
    ~ trust_jo += 1
    ~ nan_involved = true
    You see Jo on Wednesday in a side room off the art corridor. She has paint on her knuckles and is worrying at a hangnail. You tell her, without naming anyone, that adults are worried about men giving her money and drink for sex, that it has been passed to social care, and that someone will visit her home tomorrow.
    "You're joking." # speaker: jo
    "I'm not. And I'm sorry it's landing on you like this. But I wanted you to hear it from me first, and to have a say in how tomorrow goes." # speaker: you
    She swears at you for a good while. You let her. Then she goes quiet.
    "If you're coming to mine, I want my nan there. And you do the talking. Not some stranger." # speaker: jo
    You promise her both.
* [Leave telling Jo and her family to the duty social worker when he visits # undermines: child-voice, trauma-informed # why: It is quick and it follows the usual process. But Jo learns that the most private parts of her life are being discussed at the same moment as her mum does.]
    "Gavin can explain it all when he's there. It's probably better coming from one person," you say. # speaker: you
    "Fine," says Nadia. "Thursday, four o'clock." # speaker: social-worker
* [Ask Jo whether she is happy for a referral to be made, and hold off if she says no # supports: child-voice # undermines: children-first # why: Asking her respects her voice. But consent is not the basis for protecting a child at risk of significant harm, and a 'no' would leave her with the men who are abusing her.]
    ~ jo_told = true
    ~ jo_consent_overridden = true
    You find Jo at the end of the day and ask her, carefully, whether she would be all right with you passing on a worry to social care.
    "No. Absolutely not. No way." # speaker: jo
    You have to tell her it has gone in anyway. You watch her work out that the question was never really a question.
    "So why ask?" # speaker: jo
* [Ask the duty team to phone Jo's mum first, so she can prepare before the visit # supports: parents-as-partners # undermines: child-voice # why: Warning her mum is considerate to a worried family. But it means Jo's mum hears about her daughter's sexual abuse before Jo knows anyone has been told.]
    ~ mum_forewarned = true
    Gavin phones Jo's mum on Wednesday evening to arrange the visit and, when she presses him, tells her why.
    By the time Jo gets home, her mum is waiting in the hall.
- -> stage_4_child_voice
