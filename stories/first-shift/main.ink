# title: A first shift at the youth centre
# scenario: first-shift
# summary: A short warm-up (about five minutes). A boy of fourteen at the youth centre has a new phone and a lot of money, and your colleague has a theory. Learn how Practice Paths works before the main case.
# content-note: Mentions of possible criminal exploitation of a child and of adults pressuring children. Nothing is described in detail.
# length: 5
# role: warm-up

VAR trust = 0                 // how far Kai trusts the centre after tonight
VAR raised = false            // what you saw went to the centre's safeguarding lead
VAR mum_rang = false          // Kai's mum was rung tonight, before anyone else knew
VAR dean_challenged = false   // you told Dean that Kai may be being used, not dealing

-> arrival

=== arrival ===
It is a wet Thursday evening at the youth centre. # scene: youth-centre # stage: children-first
You are new here: this is your second week as a sessional youth worker.
Kai is fourteen. He has come every week since the summer, mostly for the pool table and the free toast.
Tonight he has a new phone, the expensive kind, and he keeps stepping outside to answer it. # sfx: phone-ping
Your colleague Dean, who has run the Thursday session for eleven years, leans over the counter.
"That lad's dealing, guarantee it. Third new pair of trainers this month. Want me to have a word?" # speaker: youth-worker # expression: closed-off
* [Ask Dean what makes him think that, and what else he has noticed about Kai lately # supports: curious-informed # undermines: children-first # why: Slowing down to gather what is actually known turns a hunch into information. But it lets 'dealing' stand as the word for a fourteen-year-old who may be being used by adults, and words like that shape what happens next. # short: Ask Dean what he has noticed about Kai # why-short: Turns a hunch into facts, but 'dealing' stands unchallenged # key-decision]
    Dean shrugs. "Turns up later than he used to. Jumpy. Doesn't eat the toast any more, and he always ate the toast." # speaker: youth-worker
    That last detail sits with you. So, you notice, does the word 'dealing'.
* [Agree that Dean should have a word with him tonight, since he knows Kai far better than you # supports: strengths-relationships # undermines: children-first, trauma-informed # why: Dean has known Kai for years, and a trusted adult is often the right person to raise a worry. But a 'word' that starts from 'dealing' treats Kai as an offender rather than a child who may be being used, and a boy who is frightened may hear it as a threat. # short: Let Dean have a word with Kai tonight # why-short: A trusted adult, but it treats Kai as an offender]
    ~ trust = trust - 1
    Dean heads over. Kai hears the first sentence, pulls his hood up and leaves without his coat.
* [Say that if adults have Kai selling for them, he is a child being used, not a dealer # supports: children-first, challenge-inequality # undermines: curious-informed # why: Naming who would hold the power changes the whole conversation, and it refuses the label before it sticks. But nobody knows yet what is going on: a new phone and trainers are not proof of anything, and jumping to 'exploited' is a conclusion too. # short: Say Kai may be a child being used # why-short: Refuses the label, but nobody knows yet what is going on]
    ~ trust = trust + 1
    ~ dean_challenged = true
    Dean pauses, and you can see him decide whether to mind. "Eleven years I've been here," he says. Then: "Fair. I just mean something's off." # speaker: youth-worker
    You agree that something is. Neither of you knows what.
- -> conversation

=== conversation ===
{trust < 0: Kai comes back an hour later for his coat and stands by the door, not looking at anyone.|Kai is at the pool table, potting nothing, watching his phone.} # scene: youth-centre
* [Continue # aside]
- You have a few minutes before the centre closes.
* [Check his bag for anything he shouldn't have, before he leaves tonight # undermines: children-first, trauma-informed, strengths-relationships # why: Searching him treats him as a suspect and teaches him that this is another place where adults are against him, and it gathers little that helps keep him safe. # short: Check his bag before he leaves # why-short: Treats him as a suspect and does little to keep him safe # key-decision]
    ~ trust = trust - 2
    He empties the bag onto the floor, furious and silent. There is nothing in it but a charger and a school tie.
* [Offer him a game of pool, and talk about anything except the phone tonight # supports: strengths-relationships # undermines: children-first # why: Time spent on what he enjoys builds the trust that any later conversation will need. But it leaves the worry unspoken for tonight, and whatever the phone calls are about carries on after he leaves. # short: Play pool, leave the phone for tonight # why-short: Builds trust, but the worry stays unspoken tonight]
    ~ trust = trust + 1
    He beats you twice and laughs at your technique. For a moment he looks fourteen again. At half past nine the phone goes, and he is out of the door before it stops ringing.
* [Tell him what you have noticed, and that you are worried, not cross # supports: child-voice, children-first # undermines: strengths-relationships # why: Being straight and warm gives him the chance to say what is going on in his own words. But you are a new face, not yet someone he trusts, and being noticed by a stranger can feel like being watched. # short: Tell him you noticed and are worried # why-short: His chance to speak, but from a stranger it feels watched]
    ~ trust = trust + 1
    He shrugs, but he doesn't walk off. "It's nothing. It's a mate's phone."
    You tell him the door is open any Thursday. He leaves ten minutes early, and looks back once from the gate.
* [Ask him to hand the phone in at the desk until the end of the session # supports: safer-spaces # undermines: strengths-relationships, child-voice # why: A rule about phones can make the centre feel calmer, and it takes whoever is ringing him out of the room for an hour. But it reads as a punishment aimed at him, and it tells him nothing about why anyone is worried. # short: Ask him to hand the phone in # why-short: A calmer room, but it reads as a punishment aimed at him]
    ~ trust = trust - 1
    He hands it over without a word, and sits by the desk watching it until nine, when he takes it back and goes.
- -> afterwards

=== afterwards ===
After the centre closes you sit down with the duty manager. # scene: office # sfx: door-close
* [Ring Kai's mum tonight and tell her what you saw, so she can keep an eye on him # supports: parents-as-partners # undermines: child-voice, trauma-informed # why: His mum may know things nobody here does, and she has a right to be part of keeping him safe. But Kai finds out from her that the centre rang home about him, before anyone has talked to him, and if adults are using him, a row at home may push him closer to them. # short: Ring Kai's mum tonight # why-short: Mum can help, but Kai hears it from her first]
    ~ mum_rang = true
    She thanks you, sounding tired. You hear her call Kai's name before she puts the phone down.
* [Record what you saw in plain words, and tell the safeguarding lead tonight # supports: curious-informed, children-first # undermines: child-voice # why: Writing down facts rather than labels, and passing them to the person who can act, means Kai's situation can be seen alongside what school or others know. But it is passed on before Kai knows you are worried enough to do it, and you will have to tell him. # short: Record it plainly; tell the lead tonight # why-short: Facts others can see, but passed on before Kai knows]
    ~ raised = true
    The safeguarding lead thanks you and says she will check whether school has noticed anything too.
* [Leave it for now, since it is only one evening and you might be wrong # undermines: curious-informed, children-first # why: Waiting for certainty is understandable. But exploitation rarely arrives with proof, and no one else can join the dots if nothing is written down. # short: Leave it for now; you might be wrong # why-short: Understandable, but nobody can join the dots later]
    The manager nods and locks up. The new phone stays on your mind all the way home.
* [Ask the manager whether the centre could open on Fridays too, for Kai's crowd # supports: safer-spaces # undermines: children-first # why: Thinking about the place as well as the child asks where Kai and his friends go when the centre is shut. But it does nothing about tonight's worry, and nobody else hears what you saw. # short: Ask about opening on Fridays too # why-short: Thinks about the place, but nothing is done about tonight]
    The manager laughs. "Funding. But I'll take it to the committee." It's a start.
- -> next_thursday

=== next_thursday ===
Next Thursday. # sfx: page-turn
{ dean_challenged:
    Dean has printed something off the internet about what exploitation looks like in a youth club. He leaves it on the counter where you will see it, and does not mention it.
}
{
- raised and trust >= 2:
    Kai is back, early, and asks if you want a rematch. Halfway through, the safeguarding lead catches your eye: school have noticed things too, and a meeting is booked. You will need to tell Kai that you passed on what you saw. He may not thank you. This is where the real work begins. # ending: open-door # ending-title: The door stays open
- trust >= 1 and not raised:
    Kai is back, and asks if you want a rematch. {mum_rang: He says his mum went mental about the phone, and that somebody rang her. He does not ask who.} A fortnight later he stops coming, and when someone asks what the centre knew, there is nothing written down but the toast. # ending: kept-to-yourself # ending-title: Trusted, but on your own
- else:
    Kai doesn't come. {raised: The safeguarding lead has it on file, and school have noticed things too, so other people are looking.|Nobody else knows what you saw.} It will take time, and other people, to find a way back to him. # ending: closed-door # ending-title: The door closes
}
-> END
