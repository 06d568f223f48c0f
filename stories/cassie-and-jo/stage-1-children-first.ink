// Stage 1: Put children and young people first.
// Cassie, six months after the drugs were found. Who you are, how you read the case, how you meet her.

=== stage_1_children_first ===
A grey Monday in January, and a new referral sits at the top of your screen. # stage: children-first # scene: office
You are the borough's complex safeguarding practitioner. Your desk is in children's social care, but most of your week happens somewhere else: school offices, the youth offending service, family kitchens, phone calls with the police exploitation team. You are called in when a child may be being harmed by people outside their home, and your job is to keep everyone looking at the same child.
This time the child is Cassie. She is fifteen.
Last July, in a hot week at the end of Year 10, police found her in the local park carrying Class A drugs, far more than anyone would have for their own use. She was charged and bailed, and while the case waits for the youth court she has been working with the youth offending service. She has gone to every appointment since, and she has not said a word about where the drugs came from or who they were for.
Her school was asked whether it had any worries about Cassie and drugs. It had none, for her or her friends. Staff called it out of character. Her head of year called her the ideal pupil: homework in, uniform right, never once in trouble. Worried all the same, the school booked her in with the school counsellor.
Your phone goes. It is Marcus, her worker at the youth offending service.
"Six months, and I know nothing I didn't know on day one." # speaker: yos-worker
"She turns up, she's polite, she watches the clock. My manager wants to call it non-engagement and tighten things up. I said I'd ask you first." # speaker: yos-worker
* [Agree the counselling is a sensible first step, and leave the offence work with Marcus for now # supports: trauma-informed # undermines: curious-informed, children-first # why: Counselling gives Cassie a quiet place to talk at her own pace. On its own, though, it treats a likely sign of exploitation as a wellbeing matter, and nobody is asking who put the drugs in her hands. # short: Back counselling; offence work to Marcus # why-short: Space to talk, but no one asks who gave her the drugs # key-decision]
    "The counselling sounds right," you say. "Give it time. Keep going with your sessions and tell me if anything changes." # speaker: you
    "Will do." # speaker: yos-worker
    He sounds like a man who had hoped for more.
* [Tell Marcus you will treat this as possible exploitation, and bring in the school's safeguarding lead # supports: children-first, curious-informed # undermines: child-voice # why: A fifteen-year-old carrying far more drugs than she could use is a sign that someone else may be behind it, so a safeguarding response comes first. It is decided about Cassie before anyone has asked her, and a school that saw the ideal pupil now sees a safeguarding file. # short: Possible exploitation: bring in the DSL # why-short: Safeguarding first, but decided before Cassie is asked]
    ~ safeguarding_lens = true
    "I don't think this is about compliance," you tell him. "I think somebody put those drugs in her hands. Let's treat her as a child who may be being exploited until we know otherwise. I'll ask the school's safeguarding lead to come to the table." # speaker: you
    "Good. I've been writing 'no further disclosures' in her notes for half a year and it's been bothering me." # speaker: yos-worker
* [Suggest Marcus reminds Cassie that staying silent will not help her when the case reaches the youth court # undermines: children-first, trauma-informed # why: Stretched services often fall back on compliance. But a frightened child's silence is not defiance, and a warning teaches her that adults want answers more than they want her safe. # short: Have Marcus warn her silence won't help # why-short: Common when stretched, but it puts answers before her safety]
    "Maybe she needs to hear that silence isn't doing her any favours," you say. "Remind her the court date is coming." # speaker: you
    "I can do that. I'm not sure it'll get us anywhere, but I can do it." # speaker: yos-worker
* [Ask Marcus what he knows about Cassie's life beyond the offence, before deciding anything # supports: curious-informed, strengths-relationships # undermines: children-first # why: Finding out who Cassie is before deciding what she needs is sound, and there are strengths in what Marcus knows. It also puts off, for a few more weeks, a safeguarding conversation that arguably should have happened six months ago. # short: Ask Marcus who she is beyond the offence # why-short: Learns who Cassie is, but safeguarding waits weeks more]
    "Before we decide anything, what do you actually know about her? Not the offence. Her." # speaker: you
    "She draws superheroes on the back of her hand when she's bored. Her mum comes to every appointment. Two brothers, thirteen and twenty. Damp flat, she mentioned that once." # speaker: yos-worker
    "That's not much for six months, is it?" # speaker: yos-worker
    You agree it isn't, and that it is a place to start. The question of what is really going on can wait until you have met her. You hope.
- -> s1_meeting_cassie

=== s1_meeting_cassie ===
On Thursday you meet Cassie at school. # scene: counsellor-room # sfx: school-bell
The counsellor, Ruth, lends you her room for half an hour after Cassie's session. It holds a box of tissues, a spider plant and a poster about feelings that nobody over eleven has ever read.
Cassie sits very straight. Her uniform is perfect, and her trainers are the cleanest thing in the building: white, with the laces threaded in a pattern you have never seen before. There is a notebook on her knee, and she keeps one hand flat on top of it as if it might blow away.
She knows you are another professional. She has met a lot of them this year.
* [Tell her that helping you understand what happened could make things easier with the youth offending service # supports: curious-informed # undermines: children-first # why: It is meant kindly and is often said. It also makes your help sound like a deal tied to her court case, rather than something she is owed because she is a child. # short: Say helping you could ease things at YOS # why-short: Kindly meant, but help sounds like a deal, not her right # key-decision]
    "If you can help me understand what happened, it could make things easier with the youth offending service," you say. # speaker: you
    "Marcus says that too." # speaker: cassie
    She says it without any edge at all, which is somehow worse. She tells you a little about school, and nothing about the park.
* [Ask about her trainers, her films and what she is into, and leave the reason you are here for later # supports: children-first, strengths-relationships # undermines: trauma-informed # why: Starting with her world tells Cassie you see a girl with interests, not a case file. But a new adult who is warm and curious and does not say why they are there can unsettle a child who has been pressured by adults; knowing who you are is part of feeling safe. # short: Ask about her trainers and films first # why-short: A girl, not a case file, but not saying why can unsettle her]
    ~ trust_cassie += 2
    "I have to ask about the laces," you say. "How long did that take?" # speaker: you
    "Twenty minutes. There's a video. I've got seven pairs. Mum says that's too many. I say it's a collection." # speaker: cassie
    From trainers it is a short walk to films. She has ranked every Marvel film and will defend her list against anyone. She likes nachos with too much cheese, Fortnite with her best mate, and writing in the notebook, which is a diary and not for reading. She cannot ride a bike and cannot stand the people who ride them through red lights.
    "So what do you actually want?" # speaker: cassie
    "Today? To know you a bit. And to help keep you safe, if you'll let me." # speaker: you
    She looks at you for a long moment, as if checking the answer for a catch. You realise she has spent twenty minutes not knowing what you were for.
* [Ask her directly who gave her the drugs, and say you would rather hear it from her than from anyone else # undermines: trauma-informed, child-voice # why: It is the question everyone wants answered, and asking it plainly can feel honest. Asked first, it tells Cassie this is an interrogation, and she is likely to close down. # short: Ask her straight who gave her the drugs # why-short: Feels honest, but asked first it sounds like interrogation]
    ~ trust_cassie -= 1
    "I'll be straight with you. I need to know who gave you those drugs, and I'd rather hear it from you." # speaker: you
    Her hand presses down on the notebook.
    "I've said. I'm not saying." # speaker: cassie # expression: closed-off
    She looks at the clock, and then at the door, and for the rest of the half hour she answers in single words.
* [Explain who you are, what you can keep private and what you cannot, and let her choose what to talk about # supports: child-voice, trauma-informed # undermines: strengths-relationships # why: Being straight about confidentiality at the start protects trust later. It is also a formal way to begin: a wary child may hear 'I might have to pass things on' and decide to say less, and the relationship starts slower. # short: Set out confidentiality; let her choose # why-short: Protects trust later, but a formal start; she may say less]
    ~ trust_cassie += 1
    You tell her who you are and what you do. You tell her that most of what she says stays with you, and that if you ever thought she or someone else was in danger you would have to tell someone who could help, and you would tell her first whenever you could.
    "So if I told you something, you'd go to the police." # speaker: cassie
    "Not necessarily the police. But I wouldn't lie to you about where it went." # speaker: you
    "At least you said." # speaker: cassie
    She talks about school, carefully, and about nothing else. But she watches you the whole time, and she doesn't look at the clock.
- Before she goes, she pauses at the door.
{ trust_cassie >= 2:
    "The one with the raccoon is the best, by the way. Marvel. In case you were wondering." # speaker: cassie
- else:
    "Are we done?" # speaker: cassie # expression: closed-off
}
-> s1_who_else
