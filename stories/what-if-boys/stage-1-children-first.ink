// What if: Cassius and Joe are boys. Stage 1: Put children and young people first.
// Cassius, six months after the drugs were found. A strip search in custody, and a head start on "gang".

=== stage_1_children_first ===
A grey Monday in January, and a new referral sits at the top of your screen. # stage: children-first # scene: office
You are the borough's complex safeguarding practitioner. Your desk is in children's social care, but most of your week happens somewhere else: school offices, the youth offending service, family kitchens, phone calls with the police exploitation team. You are called in when a child may be being harmed by people outside their home.
This time the child is Cassius. He is fifteen. Everyone calls him Cass.
Last July, in the last hot week of Year 10, police found him in the local park carrying Class A drugs, about two hundred pounds' worth, far more than anyone would have for their own use. He was arrested and taken into custody, and there, the record says, he was strip-searched. The record does not say that an appropriate adult was present. He was charged and bailed, and while the case waits for the youth court in May he has been seeing the youth offending service for bail support.
His school had no worries about him. Top set, never in trouble. His head of year called him a lovely lad. Worried all the same, the school booked him in with the school counsellor.
Your phone goes. It is Marcus, his worker at the youth offending service.
"Six months, and I know nothing I didn't know on day one." # speaker: yos-worker
"He turns up, he's polite, he watches the clock. My manager wants to call it non-engagement and tighten things up. And with what's on the police system about gang links, she reckons he's further in than he's letting on. I said I'd ask you first." # speaker: yos-worker
* [Agree that the youth offending service is the right home for this work for now, and leave the plan with Marcus # undermines: children-first, curious-informed # why: It keeps things simple, and the youth offending service already knows him. But boys found with drugs are routed through criminal justice far more often than through safeguarding, and this keeps him there without anyone asking who put the drugs in his hands. # short: Leave the plan with Marcus and the YOS # why-short: Simple, but a justice case; nobody asks who gave him drugs # differs: In the main story the matching choice leaves Cassie with a counsellor; here it leaves a boy with 'gang links' on file in a criminal justice track, which is where exploited boys most often end up. # key-decision]
    "Keep going with your sessions," you say. "Tell me if anything changes." # speaker: you
    "Will do." # speaker: yos-worker
    He sounds like a man who had hoped for more.
* [Ask Marcus what he knows about Cassius's life beyond the offence, his people and his interests, before deciding anything # supports: curious-informed, strengths-relationships # undermines: children-first # why: Finding out who Cassius is, and who is on his side, before deciding what he needs is sound. It also puts off, again, the safeguarding question that should have been asked in July: who gave a fifteen-year-old those drugs, and is he safe now? # short: Ask Marcus about Cassius's life first # why-short: Learns who he is, but puts off asking who gave him drugs]
    ~ safeguarding_lens = true
    "Before we decide anything, what do you actually know about him? Not the offence. Him." # speaker: you
    "Draws superheroes on the back of his hand when he's bored. His mum comes to every appointment. Two brothers, thirteen and twenty. Damp flat. He mentioned that once." # speaker: yos-worker
    "The gang stuff on the system is all 'associates'. Nothing he's done. I checked." # speaker: yos-worker
    You agree that is not much for six months, and that it is a place to start.
* [Tell Marcus you will treat this as possible exploitation, and ask why a fifteen-year-old was strip-searched alone # supports: children-first, curious-informed, challenge-inequality # undermines: child-voice # why: A boy carrying far more drugs than he could use is a sign that someone else may be behind it, and a strip search of a child without an appropriate adult is a safeguarding matter in itself. But Cassius has never mentioned the search to anyone, and you are making the most humiliating day of his year into a professionals' question before he has had any say. # short: Treat as exploitation; ask about search # why-short: Sees who may be behind it, but raises his search without him # differs: Here the boy was strip-searched in custody, something done far more often to Black children, and asking about it is part of seeing him as a child first.]
    ~ safeguarding_lens = true
    ~ search_challenged = true
    "I don't think this is about compliance," you tell him. "I think somebody put those drugs in his hands. And I want to know why a fifteen-year-old was strip-searched with nobody there for him, and whether anyone made a safeguarding referral afterwards." # speaker: you
    There is a pause on the line.
    "Nobody's ever asked me that," says Marcus. "He's never mentioned it. Not once. I'm not sure he'd want me to have told you it's in the file, to be honest." # speaker: yos-worker
* [Suggest Marcus reminds Cassius that saying nothing will not help him when his case reaches the youth court in May # undermines: children-first, trauma-informed # why: Stretched services often fall back on compliance, and the court date is real. But a frightened boy's silence is not defiance, and a warning teaches him that adults want answers more than they want him safe. # short: Warn him silence won't help at court # why-short: The court date is real, but it reads his fear as defiance]
    "Maybe he needs to hear that silence isn't doing him any favours," you say. "Remind him he's got court in May." # speaker: you
    "I can do that. I'm not sure it'll get us anywhere." # speaker: yos-worker
- -> s1_meeting_cassie

=== s1_meeting_cassie ===
On Thursday you meet Cassius at school. # scene: counsellor-room # sfx: school-bell
The counsellor, Ruth, lends you her room for half an hour after his session. It holds a box of tissues, a spider plant and a poster about feelings that nobody over eleven has ever read.
Cassius sits very straight. He is tall for fifteen, and the kind of tall that makes adults forget he is fifteen. His uniform is perfect and his trainers are the cleanest thing in the building: white, with the laces threaded in a pattern you have never seen before. There is a notebook on his knee, and he keeps one hand flat on it.
He knows you are another professional. He has met a lot of them this year, and some of them were police.
* [Ask about his trainers, the laces and whatever else he is into, and leave why you are here for later # supports: children-first, strengths-relationships # undermines: trauma-informed # why: Starting with his world tells Cassius you see a boy with interests, not a case file. But he does not yet know who you are or what you will do with what he says, and for a boy who has been searched and questioned, an adult with an agenda he cannot see is not safe yet. # short: Ask about his trainers; explain later # why-short: Sees a boy, not a case file, but he can't see your agenda]
    ~ trust_cassie += 2
    ~ knows_friends = true
    "I have to ask about the laces," you say. "How long did that take?" # speaker: you
    "Twenty minutes. There's a video," says Cassius. "I've got seven pairs. Mum says that's too many. I say it's a collection."
    From trainers it is a short walk to films. He has ranked every Marvel film and will defend the list against anyone. Nachos with too much cheese. Fortnite with his best mate Joe, who is a year older and better at it, which Cassius says is only because Joe has more time. The notebook is a diary, and not for reading.
    "So what do you actually want?" he asks. "You haven't said."
    "Today? To know you a bit. And to help keep you safe, if you'll let me." # speaker: you
    He looks at you for a long moment, as if checking the answer for a catch.
* [Tell him he seems a good lad, and that keeping away from the gang lot is the way to stay out of trouble # undermines: challenge-inequality, children-first, trauma-informed # why: It is meant as friendly advice, and adults say it to boys like him every week. But it assumes a gang on the strength of a police label, treats him as a suspect rather than a child who may be being used, and tells him you have already decided who he is. # short: Tell him to keep away from the gang lot # why-short: Kindly meant, but casts him as a suspect on a police label # differs: With a Black boy, 'gang' talk comes far more easily than it did for Cassie, and it casts him as a suspect before anyone has asked what happened to him.]
    ~ trust_cassie -= 1
    "You seem like a good lad. Keep away from the gang lot and you'll be fine," you say. # speaker: you
    Cassius looks at you with no expression at all.
    "What gang?" he says. Then, after a moment: "Everyone says that. Like I'm in one. I've never been in anything."
    He answers the rest of your questions very politely, and tells you nothing.
* [Explain who you are, what you can keep private and what you cannot, then let him choose the subject # supports: child-voice, trauma-informed # undermines: strengths-relationships # why: Being straight about confidentiality at the start protects trust later, and letting him choose gives back a little control. But it opens the relationship on rules and reporting, and a boy who has met a lot of police may hear 'I might have to pass things on' and decide to say even less. # short: Explain confidentiality; let him lead # why-short: Honest, gives control, but rules first may mean he says less]
    ~ trust_cassie += 1
    You tell him who you are and what you do, and that if you ever thought he or someone else was in danger you would have to tell someone who could help, and you would tell him first whenever you could.
    "So if I told you something, you'd go to the police," says Cassius.
    "Not necessarily the police. But I wouldn't lie to you about where it went." # speaker: you
    "At least you said."
    He talks about school, carefully, and about nothing else. But he doesn't look at the clock.
* [Ask him plainly who gave him the drugs, since that is the one question every agency around him needs answered # supports: curious-informed # undermines: trauma-informed, child-voice # why: It is the question that matters most for his safety, and asking it straight can feel more respectful than circling it. Asked first, by a stranger, it tells Cassius this is another interrogation, and he is likely to close down. # short: Ask him straight who gave him the drugs # why-short: Asks what matters most, but feels like another interrogation]
    ~ trust_cassie -= 1
    "I'll be straight with you. I need to know who gave you those drugs." # speaker: you
    His hand presses down on the notebook. "I've said. I'm not saying."
    For the rest of the half hour he answers in single words.
- Before he goes, he pauses at the door.
{ trust_cassie >= 2:
    "The one with the raccoon is the best, by the way," he says. "Marvel. In case you were wondering."
- else:
    "Are we done?" he says.
}
-> stage_2_challenge_inequality
