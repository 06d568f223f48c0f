// An example scenario for trainers: it uses every Practice Paths tag. Copy it, change it, open it in the game.
# title: Example: the bus station café
# scenario: bus-station
# summary: A short example scenario showing every tag. A café owner near the bus station is worried about a girl of fourteen who waits there most evenings.
# content-note: Mentions of possible sexual exploitation of a child by adults. Nothing is described in detail.
# length: 4
# variant-of: first-shift

VAR cafe_on_side = false

INCLUDE bus-station-later.ink

-> cafe

=== cafe ===
It is half past six and the café by the bus station is nearly empty. # scene: cafe # stage: safer-spaces
The owner, Mr Okafor, asked you to drop in. # sfx: door-close
He keeps his voice down: she is here most nights, fourteen or fifteen at most, and men in cars pull up and she goes over to them.
* [Ask him what he has seen, when, and which cars, and write it down with him # supports: curious-informed, safer-spaces # why: The people who run a place see its patterns: his account can help police and the council act on the adults, not the girl, though it asks something of a busy man. # differs: In the warm-up the worry came from a colleague; here it comes from a business, so it is a chance to work with the place.]
    ~ cafe_on_side = true
    He fetches a notepad. He has been keeping dates.
* [Tell him to ring the police if he sees it again # undermines: safer-spaces # supports: children-first # why: Reporting matters, but leaving it to one man's judgement on the night misses the chance to make the café a safer place with him.]
    He nods, unsure. "And say what, exactly?"
* [Suggest he asks her to stop waiting in the café # undermines: children-first, safer-spaces # why: Moving her on protects the business, not the child: she loses the one warm, watched place nearby and the adults lose nothing.]
    He looks uncomfortable. "Then she'd be out there on her own."
- -> later
