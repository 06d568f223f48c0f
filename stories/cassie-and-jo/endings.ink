// Endings: a few months on. `endings` works out Cassie's and Jo's outlooks (endings-logic.ink), sets the scene,
// and hands them to `endings_pick` (endings-outcomes.ink), which diverts to one of the ending knots there.
// A variant can write its own `endings` (to add what is different in its story) and reuse the rest.

=== endings ===
~ temp cassie_score = cassie_outlook()
~ temp jo_score = jo_outlook()
It is October. The park has gone gold and brown, and you have not been asked about Cassie or Jo at a meeting for a while. # scene: calm
-> endings_pick(cassie_score, jo_score)
