// The second part of the example: an INCLUDEd file, a sensitive passage with a reader's choice, an ending.

=== later ===
A week later you meet Mia, the girl from the café, with her youth worker. # scene: youth-centre
Before this next part: it mentions, briefly, what adults have asked of her.
* [Read what Mia said # aside]
    "She says they're just mates. One of them is twenty-five. He gives her lifts, and she does him favours. Her words." # speaker: youth-worker
* [Read a short summary instead # aside]
    Mia describes an adult man who gives her lifts and gifts and expects things in return.
- What do you do?
* [Tell her honestly that what the man is doing is not OK, that it is not her fault, and what you will do next # supports: children-first, child-voice # why: Being straight with her, and clear about who is responsible, keeps trust while you act to protect her.]
    She doesn't agree. But she stays for the rest of the session.
* [Tell her she must stop seeing him or there will be consequences # undermines: children-first, child-voice, trauma-informed # why: Putting the responsibility on her echoes what the man tells her, and may push her closer to him.]
    She leaves before the session ends.
- {cafe_on_side: Mr Okafor's notes help the police trace the cars. # ending: cafe-helps|Nobody else noticed the cars. # ending: unseen}
-> END
