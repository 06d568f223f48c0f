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
* [Read a short summary instead # aside]
    Jo tells you the men at the pub know her now. One of them always buys her first drink and tells her she is grown-up for her age; then his friends pay her. They do not have her number; they know where to find her on Fridays. She says everything is easier after a drink, "since...", and then stops.
- You notice the sentence she did not finish. So does Kerry. Neither of you pushes.
You also notice what she has described: a man who buys a girl drinks, flatters her, and passes her to his friends. It is a pattern with a name, and it belongs to him.
~ assault_hint = true
~ trust_jo += 1
-> s5_school
