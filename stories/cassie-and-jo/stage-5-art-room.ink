// Stage 5, continued: the art room at the youth centre, where Jo starts to talk.
// Kept in its own file so that a 'what if' variant can replace it and share the rest of the stage.

=== s5_art_room ===
Three weeks later, in the art room at the youth centre, Jo is painting a pair of trainers on a canvas the size of a door. # scene: youth-centre
She is good. Properly good. She tells you about fashion, the designers she rates and the ones she doesn't, about how she wants to do textiles at college if she can scrape the grades, about long baths with the door locked and her phone off, which she says are the only time nobody wants anything from her.
Kerry has brought chocolate. Jo has eaten most of it.
Then, without looking up from the canvas, she starts talking about the pub.
Content note: Jo talks about how men at the pub target her. Nothing is described in detail.
* [Read what Jo said # aside]
    "It's not like they're strangers. Some of them know me now." # speaker: jo
    "There's one who always gets the first drink in. He's all right. He says I'm mature for my age. Then it's his mates." # speaker: jo
    "They haven't got my number. I'm not thick. They just know where I'll be on a Friday." # speaker: jo
    "Anyway, it's easier when I've had a drink. Everything's easier. Since..." # speaker: jo
    She stops, and paints a lace very carefully.
* [Read a short summary instead # aside # summary-choice]
    Jo tells you the men at the pub know her now. One of them always buys her first drink and tells her she is grown-up for her age; then his friends pay her. They do not have her number; they know where to find her on Fridays. She says everything is easier after a drink, "since...", and then stops.
- You notice the sentence she did not finish. So does Kerry. Neither of you pushes.
~ assault_hint = true
~ trust_jo += 1
At five Jo washes her brushes, very thoroughly, with her back to you both. What she said about Fridays is in your head: a pub, a man who buys the first drink, his friends, a night of the week.
* [Ask Jo, before she goes, for the man's name and what he looks like # supports: curious-informed # undermines: trauma-informed, child-voice # why: Details help the police, and she has just opened a door. But questions about names and faces turn a painting session into an interview, and children often stop talking as soon as the questions start. # short: Ask Jo his name and what he looks like # why-short: Helps the police, but turns the art room into an interview # key-decision]
    ~ trust_jo -= 1
    "Jo, the one who buys the first drink. Do you know his name? What does he look like?" # speaker: you
    She turns the tap off.
    "I don't know his name. I told you. They just know where I'll be." # speaker: jo # expression: closed-off
    She leaves the brushes in the sink and goes.
* [Tell Jo that Fridays must go to the police, and agree with her how # supports: children-first, safer-spaces, child-voice # undermines: strengths-relationships # why: What Jo describes, a man who buys a girl drinks, calls her mature and passes her to his friends, is a recognised grooming pattern, and paying anyone under eighteen for sex is an offence. Passing it on protects her and other girls at that pub, and telling her first, and agreeing how, is what the information-sharing guidance asks. It may still cost you the art room for a while: she said it in the one place she felt safe. # short: Tell Jo it goes to police; agree how # why-short: Protects her and other girls, but may cost the art room]
    ~ pub_reported = 1
    "Jo, before you go. The bit about Fridays, the man who buys the first drink and his mates. I can't sit on that. It needs to go to the police officer who deals with this, so she can look at them. Not at you." # speaker: you
    Her back goes very still.
    "I told you that because it was here." # speaker: jo
    "I know. So I'm telling you here, first. You can choose what goes: the pub, Fridays, the drink. Nothing about you that you don't want. Whether you ever talk to the police yourself stays your choice." # speaker: you
    She thinks about it for a long time, drying a brush that is already dry.
    "Pub and Fridays. Not my name. Not what I do." # speaker: jo
    You keep to that. Jo misses the next session. The one after that she comes, and paints, and does not talk.
* [Keep it in your session notes, and let the art room stay hers # supports: strengths-relationships, trauma-informed # undermines: children-first, safer-spaces # why: Not acting on everything a child says, the moment she says it, can protect the one safe space she has. But what she described is men paying a child for sex every Friday: information about ongoing harm to her, and perhaps to other girls, and it stays in a notebook. # short: Note it; let the art room stay hers # why-short: Guards her safe space, but ongoing harm stays in a notebook]
    ~ trust_jo += 1
    You write it up carefully that evening, and do nothing else with it. The next week Jo is back, with a second canvas.
* [Pass the part about Fridays to DC Priestley, and say nothing to Jo # supports: children-first, safer-spaces # undermines: child-voice, trauma-informed # why: The police need to know, and you do not need her consent to share it. But the guidance is to tell her where it is safe to, and here it is: doing it behind her back, in the one place she talks, repeats what happened with the referral, and if she finds out the art room closes. # short: Tell DC Priestley; say nothing to Jo # why-short: Police informed, but behind her back, risking the art room]
    ~ pub_reported = 2
    ~ trust_jo -= 2
    DC Priestley thanks you, and two Fridays later officers visit the pub by the bus station.
    The Friday after that, one of the men says something to Jo about 'your social worker'. She does not come to the art room again.
- -> s5_school
