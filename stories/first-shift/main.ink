# title: A first shift at the youth centre
# scenario: first-shift
# summary: A short warm-up (about five minutes). A boy of fourteen at the youth centre has a new phone and a lot of money, and your colleague has a theory. Learn how Practice Paths works before the main case.
# content-note: Mentions of possible criminal exploitation of a child and of adults pressuring children. Nothing is described in detail.
# length: 5

VAR trust = 0

-> arrival

=== arrival ===
It is a wet Thursday evening at the youth centre. # scene: youth-centre # stage: children-first
You are new here: this is your second week as a sessional youth worker.
Kai is fourteen. He has come every week since the summer, mostly for the pool table and the free toast.
Tonight he has a new phone, the expensive kind, and he keeps stepping outside to answer it. # sfx: phone-ping
Your colleague Marcus, who has run the Thursday session for years, leans over the counter.
"That lad's dealing, guarantee it. Third new pair of trainers this month. Want me to have a word?" # speaker: youth-worker
* [Ask Marcus what makes him think that, and what else he has noticed about Kai lately # supports: curious-informed # why: Slowing down to gather what is actually known turns a hunch into information, though it does not yet put Kai at the centre.]
    Marcus shrugs. "Turns up later than he used to. Jumpy. Doesn't eat the toast any more, and he always ate the toast."
    That last detail sits with you.
* [Agree that Marcus should have a word, since he knows Kai better than you do # undermines: children-first, strengths-relationships # why: A "word" that starts from "dealing" treats Kai as an offender rather than a child who may be being used by adults, and it can close down the one relationship he has here.]
    Marcus heads over. Kai hears the first sentence, pulls his hood up and leaves without his coat.
    ~ trust = trust - 1
* [Say that if adults are getting Kai to carry or sell things, he is a child being exploited, not a dealer # supports: children-first, challenge-inequality # why: Naming who holds the power changes the whole conversation, though saying it to a colleague in your second week takes some nerve and he may bristle.]
    Marcus pauses. "Fair. I just mean something's off." You agree that something is.
    ~ trust = trust + 1
- -> conversation

=== conversation ===
{trust < 0: Kai comes back an hour later for his coat and stands by the door, not looking at anyone.|Kai is at the pool table, potting nothing, watching his phone.} # scene: youth-centre
* [Continue # aside]
- You have a few minutes before the centre closes.
* [Offer him a game of pool and talk about anything but the phone # supports: strengths-relationships # why: Time spent on what he enjoys builds the trust that any later conversation will need, but it leaves the worry unspoken for tonight.]
    He beats you twice and laughs at your technique. For a moment he looks fourteen again.
    ~ trust = trust + 1
* [Tell him gently what you have noticed and that you are worried about him, not cross # supports: child-voice, children-first # why: Being honest and warm gives him the chance to say what is going on in his own words, though he may not be ready to and could feel watched.]
    He shrugs, but he doesn't walk off. "It's nothing. It's a mate's phone." You tell him the door is open any Thursday.
    ~ trust = trust + 1
* [Check his bag for anything he shouldn't have before he leaves # undermines: children-first, trauma-informed, strengths-relationships # why: Searching him treats him as a suspect and teaches him this is another place where adults are against him; it gathers little that helps keep him safe.]
    He empties the bag onto the floor, furious and silent. There is nothing in it but a charger and a school tie.
    ~ trust = trust - 2
- -> afterwards

=== afterwards ===
After the centre closes you sit down with the duty manager. # scene: office # sfx: door-close
* [Record what you saw in plain words, and raise it with the centre's safeguarding lead tonight # supports: curious-informed, children-first # why: Writing down facts rather than labels and passing them to the person who can act means Kai's situation can be seen alongside what school or others know, even if it feels like a lot for a hunch.]
    The safeguarding lead thanks you and says she will check whether school has noticed anything too.
* [Leave it for now: it is only one evening and you might be wrong # undermines: curious-informed, children-first # why: Waiting for certainty is understandable, but exploitation rarely arrives with proof, and no one else can join the dots if nothing is written down.]
    The manager nods and locks up. The new phone stays on your mind all the way home.
* [Ask the manager about the centre's hours, and whether it could open on Fridays too # supports: safer-spaces # why: Thinking about the place as well as the child asks where Kai and his friends go when the centre is shut, though it does nothing about tonight's worry.]
    The manager laughs. "Funding. But I'll take it to the committee." It's a start.
- {trust > 0: Next Thursday Kai is back, early, and asks if you want a rematch.|Next Thursday Kai doesn't come.} # sfx: page-turn
{trust > 0: This is where the real work begins. # ending: open-door|It will take time, and other people, to find a way back to him. # ending: closed-door}
-> END
