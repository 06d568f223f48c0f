// An example scenario for trainers: it uses every Practice Paths tag. Copy it, change it, open it in the game.
// Three decisions: one about the place, one whose options form a scale (so it keeps its written order with
// `keep-order`), and one with the girl herself, in the INCLUDEd file. Each good option has a cost, tagged.
# title: Example: the bus station café
# scenario: bus-station
# summary: A short example scenario showing every tag. A café owner near the bus station is worried about a girl of fourteen who waits there most evenings.
# content-note: Mentions of possible sexual exploitation of a child by adults. Nothing is described in detail.
# length: 4
# variant-of: first-shift
# role: practice

VAR cafe_on_side = false      // Mr Okafor is working with you on what he sees
VAR passed_on = 0             // 2 duty team and police tonight; 1 999 now; 0 an email for Monday; -1 wait a week
VAR mia_trust = 0             // how far Mia trusts the adults after the conversation

INCLUDE bus-station-later.ink

-> cafe

=== cafe ===
It is half past six and the café by the bus station is nearly empty. # scene: cafe # stage: safer-spaces
The owner, Mr Okafor, asked you to drop in. # sfx: door-close
He keeps his voice down: she is here most nights, fourteen or fifteen at most, and at about nine men in cars pull up outside and call her over.
* [Tell him to ring the police straight away if he sees it happen again # supports: children-first # undermines: safer-spaces # why: Reporting matters, and a child getting into strangers' cars may be in danger that night. But it leaves everything to one man's judgement on the night, and misses the chance to make the café a safer place with him. # short: Tell him to ring the police next time # why-short: Reporting matters, but it is all left to him # key-decision]
    He nods, unsure. "And say what, exactly?"
* [Ask him what he has seen, and when, and which cars, and write it down # supports: curious-informed, safer-spaces # undermines: child-voice # why: The people who run a place see its patterns: his account can help the police and the council act on the adults, not the girl. But it means a record of a child's evenings is being kept by adults she has never spoken to. # short: Ask what he has seen, and write it down # why-short: Helps act on the adults, but records her evenings # differs: In the warm-up the worry came from a colleague; here it comes from a business, so it is a chance to work with the place.]
    ~ cafe_on_side = true
    He fetches a notepad. He has been keeping dates.
* [Suggest he asks her, politely, to stop waiting in the café in the evenings # undermines: children-first, safer-spaces # why: Moving her on protects the business, not the child: she loses the one warm, watched place nearby, and the adults in the cars lose nothing. # short: Suggest he asks her to stop coming # why-short: Protects the business; she loses a watched place]
    He looks uncomfortable. "Then she'd be out there on her own."
* [Go over to the girl when she comes in, and ask her if she is all right # supports: child-voice, children-first # undermines: trauma-informed # why: Speaking to her treats her as someone with a view of her own. But a stranger asking questions in a public café, with the men due outside, can frighten her away or make her a target, before you know anything about her. # short: Go over and ask the girl if she is OK # why-short: Her view counts, but it may scare her away]
    She comes in at eight. She says she is fine, and moves to the table by the door.
- Mr Okafor puts a coffee in front of you. "So what happens now?"
* [Ring 999 now, and ask for officers to come to the café before nine tonight # keep-order # supports: children-first # undermines: safer-spaces # why: If a child is in immediate danger, 999 is right. But nobody is in danger this minute, and a police car at the door at half past eight may move her, and the men, somewhere nobody is watching. # short: Ring 999 for officers before nine # why-short: Right in danger, but may move her out of sight]
    ~ passed_on = 1
    Two officers arrive at half past eight. She sees them through the window, and leaves by the back.
* [Ring the duty social work team and the police on 101 tonight, and 999 if it happens # supports: children-first, curious-informed # undermines: child-voice # why: A child who may be being sexually exploited needs the people who can act to know the same day, and 999 is there if it happens in front of you. But it all goes to agencies before anyone has spoken to her, and she will find out that adults have been talking about her. # short: Ring duty social work and 101 tonight # why-short: Those who can act know today, but she is not asked]
    ~ passed_on = 2
    The duty social worker takes the details and says the police exploitation team will have them by the morning.
* [Email what you know to the council's exploitation team, so it is picked up on Monday # supports: curious-informed # undermines: children-first # why: It goes to specialists who can link it with anything else they know. But it is Thursday, and she will be outside this café at nine o'clock on three more nights before anyone reads it. # short: Email the exploitation team for Monday # why-short: Reaches specialists, but three nights pass first]
    ~ passed_on = 0
    You write it carefully and send it. The auto-reply says the team is out of the office until Monday.
* [Wait a week and see whether it happens again before you tell anyone # undermines: children-first, curious-informed # why: Waiting for more certainty can feel fair. But exploitation rarely arrives with proof, and a week is seven more evenings. # short: Wait a week and see if it happens again # why-short: Feels fair, but a week is seven more evenings]
    ~ passed_on = -1
    You tell Mr Okafor you will come back next Thursday.
- -> later
