// The second part of the example: an INCLUDEd file, a sensitive passage with a reader's choice, the endings.

=== later ===
A week later you meet Mia, the girl from the café, with her youth worker. # scene: youth-centre
Before this next part: it mentions, briefly, what an adult has asked of her.
* [Read what Mia said # aside]
    "She says they're just mates. One of them is twenty-five. He gives her lifts, and she does him favours. Her words." # speaker: youth-worker # expression: worried
* [Read a short summary instead # aside # summary-choice]
    Mia describes an adult man who gives her lifts and gifts and expects things in return.
- What do you do?
* [Tell her she must stop seeing him, or there will be consequences at home and at school # undermines: children-first, child-voice, trauma-informed # why: Putting the responsibility on her echoes what the man tells her, and may push her closer to him. # short: Tell her to stop seeing him, or else # why-short: Puts it on her, as he does, and may push her to him]
    ~ mia_trust = -1
    She leaves before the session ends.
* [Tell her what he is doing is not OK, that it's not her fault, and what happens next # supports: children-first, child-voice # undermines: strengths-relationships # why: Being straight with her, and clear about who is responsible, keeps her safety in view and tells her what to expect. But she calls him a mate, and hearing him named as the problem before she is ready may make her defend him, and you. # short: Say it is not OK or her fault; what next # why-short: Clear about blame, but she calls him a mate]
    ~ mia_trust = 1
    She doesn't agree. But she stays for the rest of the session.
* [Ask her for the man's name and the registration of his car, for the police # supports: curious-informed # undermines: trauma-informed, child-voice # why: The police can act on a name and a number plate. But questions like that turn a first meeting into an interview, and she may protect him by saying nothing at all. # short: Ask for his name and car registration # why-short: Police can act, but it feels like an interview]
    ~ mia_trust = -1
    She shrugs. "Don't know his last name." She looks at the door.
* [Ask her what she likes about him, and what the lifts give her, and listen # supports: child-voice, strengths-relationships # undermines: children-first # why: Understanding what he gives her, and what she needs, is how you find what could take his place. But nothing about her safety is said today, and on Friday she gets into his car again. # short: Ask what the lifts give her, and listen # why-short: Finds what she needs, but her safety goes unsaid]
    ~ mia_trust = 1
    She talks for ten minutes about being somewhere warm, and someone who listens. It sounds a lot like the café.
- {
- cafe_on_side and passed_on == 2 and mia_trust > 0:
    Mr Okafor's notes help the police trace the cars. Mia still comes to the café, and now someone there knows her name. # ending: cafe-helps # ending-title: The café helps
- passed_on >= 1:
    The police know, and have one name, but nobody has the dates or the cars, and Mia no longer waits at the café. Nobody knows where she waits instead. # ending: reported-only # ending-title: Reported, but the place unchanged
- else:
    Nobody else noticed the cars. # ending: unseen # ending-title: Nobody saw the cars
}
-> END
