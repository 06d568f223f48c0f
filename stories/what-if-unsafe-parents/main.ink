# title: What if: home is not safe for Jo
# scenario: what-if-unsafe-parents
# summary: The Cassie and Jo case, except that it is not safe to treat Jo's mum and her partner as partners: Lee is violent at home, and what Michelle knows, he soon knows. The moves that build partnership in the main story, like telling the family first, reassuring them and sharing with them, can put Jo at risk here.
# content-note: Child sexual exploitation and sexual abuse, a sexual assault (described, not shown), domestic abuse (described, not shown), drugs, coercion and threats, racism, and victim-blaming language used by some characters.
# length: 25
# variant-of: cassie-and-jo

// What if it was not safe to treat Jo's mum and her partner as partners? (Practice Tool, alternative scenario three.)
// Here Lee, Michelle's partner, is violent at home, and Michelle is frightened of him. Principle 6 says
// "wherever possible": partnership is where you start unless there is evidence it would be unsafe, and here there
// is. The story is the main one, with its scenes shared by INCLUDE, except where that changes the practice:
// who is told first, the home visit, what is said in the front room, how Michelle is met, what is shared,
// where Jo sleeps, who makes sure she comes to sessions, and the endings.
// Shared scenes come from ../cassie-and-jo/; the files in this folder replace single knots.

INCLUDE ../cassie-and-jo/stage-1-children-first.ink
INCLUDE ../cassie-and-jo/stage-1-who-else.ink
INCLUDE ../cassie-and-jo/stage-2-challenge-inequality.ink
INCLUDE ../cassie-and-jo/stage-3-curious-informed.ink
INCLUDE ../cassie-and-jo/stage-3-staffroom.ink
INCLUDE stage-3-referral.ink
INCLUDE stage-4-child-voice.ink
INCLUDE ../cassie-and-jo/stage-4-jo-speaks.ink
INCLUDE ../cassie-and-jo/stage-4-friendship.ink
INCLUDE ../cassie-and-jo/taking-stock.ink
INCLUDE ../cassie-and-jo/stage-5-strengths-relationships.ink
INCLUDE ../cassie-and-jo/stage-5-planning.ink
INCLUDE ../cassie-and-jo/stage-5-art-room.ink
INCLUDE stage-6-parents-as-partners.ink
INCLUDE ../cassie-and-jo/stage-6-cassie-parents.ink
INCLUDE ../cassie-and-jo/stage-7-trauma-informed.ink
INCLUDE ../cassie-and-jo/stage-7-jo-past.ink
INCLUDE ../cassie-and-jo/stage-7-jo-from-records.ink
INCLUDE stage-7-jo-struggling.ink
INCLUDE ../cassie-and-jo/stage-7-wider.ink
INCLUDE ../cassie-and-jo/stage-8-safer-spaces.ink
INCLUDE ../cassie-and-jo/stage-8-step-down.ink
INCLUDE endings.ink
INCLUDE ../cassie-and-jo/endings-logic.ink

// The variables below are the main story's, unchanged (the shared scenes use them).
// Relationships
VAR trust_cassie = 0          // how far Cassie trusts you
VAR trust_jo = 0              // how far Jo trusts you
VAR friendship = 0            // the state of Cassie and Jo's friendship (below 0: broken)

// Stage 1: how the case was first read
VAR safeguarding_lens = false // treated as possible exploitation from the start
VAR knows_friends = false     // asked early about Cassie's friendships (and so about Jo)
VAR brother_suspected = false // fixed on the older brother before any evidence

// Stage 2: the meeting and the police report
VAR bias_challenged = 0       // 0 not challenged, 1 privately afterwards, 2 in the meeting
VAR cassie_voice_asked = false // asked for Cassie's and her parents' views before planning
VAR nrm = false               // NRM referral made and Section 45 flagged to her solicitor
VAR cassie_parents = 0         // partnership with Cassie's parents (2 or more: working together)
VAR cassie_restricted = false // curfew and keep-away conditions put on Cassie
VAR cassie_school = 0         // 1 kept in school with support, 0 kept on roll but set apart, -1 moved out

// Stage 3: Cassie's disclosure and the referral for Jo
VAR cassie_protected = true   // Cassie's part in the referral kept from Jo
VAR cassie_told = false       // Cassie was told honestly what would happen with what she shared
VAR promise_broken = false    // Cassie was promised secrecy that could not be kept
VAR cassie_go_between = false // Cassie was asked to find out more from Jo
VAR records_checked = false   // Jo's school history looked into
VAR assault_hint = false      // something that happened to Jo a year ago has surfaced
VAR remark_challenged = false // the staffroom remark about Jo was challenged
VAR jo_told = false           // Jo was told before anyone came to her home
VAR jo_consent_overridden = false // Jo was asked for consent and then overruled
VAR mum_forewarned = false    // Jo's mum was told before Jo
VAR who_harmed = 0          // who the referral names as harmed: -1 the girls' risk-taking, 1 Jo alone, 2 Jo and Cassie, 3 the men and places
VAR cassie_witness = 0      // the police and Cassie: 1 interviewed that week, 2 asked first through Ruth, 3 questioned by you, -1 intelligence only

// Stage 4 and 6: Jo's family
VAR parents_respected = 0     // how Jo's mum and her partner Lee were spoken to (below 0: blamed)
VAR told_parents_everything = false // Jo's private details shared with her parents without her
VAR nan_involved = false      // Jo's nan is part of the plan
VAR promised_family = false // Jo's mum and Lee were promised nobody would take Jo away

// Stage 5: the support work with Jo
VAR jo_opened_up = false      // Jo talked about her game in the first session
VAR pub_reported = 0        // what Jo said in the art room about Fridays: 1 passed to the police with Jo told first, 2 passed on behind her back
VAR sessions_flexible = false // sessions moved to somewhere and something Jo chose
VAR close_rule = false        // a 'three missed sessions and close' rule was agreed
VAR jo_school = 0             // 1 supported in school, 0 part-time timetable, -1 excluded or moved

// Stage 7: what comes out
VAR threat_disclosed = false  // Cassie has told someone about the threat behind the drugs
VAR threat_full = false       // she told you herself, including where it happened
VAR threat_hint = false       // only a hint of it came out
VAR cassie_safety_plan = false // a safety plan was made with Cassie after the threat came out
VAR assault_known = false     // Jo's assault a year ago is known to the professionals
VAR jo_told_assault = false   // Jo told you herself
VAR assault_supported = false // Jo was offered specialist support at her own pace
VAR jo_moved = false          // Jo was moved to another school after the assault came out
VAR boys_referred = false     // the two classmates were referred and the school's response reviewed
VAR others_checked = false    // professionals looked for other children harmed by the same people
VAR assault_shared = 0      // Jo's assault passed to police and social care: 2 with Jo told first, 1 behind her back, 0 not passed on by you

// Stage 8: the park and the step-down
VAR park_plan = 0             // 0 nothing or avoidance, 1 enforcement only, 2 contextual work with young people
VAR park_youth_voice = false  // young people's own knowledge of the park was gathered
VAR continuity = 0            // 1 relationships kept through a planned step-down, 0 mixed, -1 closed abruptly
VAR park_witness = 0        // DC Priestley asked for Cassie as a witness: 1 asked with Ruth, she said not now; 2 pressed, she withdrew; 3 disruption without her; 0 you declined, or never asked

// New in this variant. (parents_respected is never raised here: the shared scenes use it for a family that is
// safe to work with, and this one is not.)
VAR home_risk_seen = 0        // how far the risk at home was recognised and planned for (2: both)
VAR home_reassured = false    // the family was told there was nothing to worry about at home
VAR lee_alerted = false       // Lee learned of the concern, or was drawn into the plan, before Jo was safe
VAR lee_at_table = false      // Lee was brought into the planning (a meeting or a family group conference)
VAR michelle_supported = false // Michelle was met alone and offered domestic abuse support of her own
VAR jo_safe_place = 0         // 1 staying with her nan, with support; 0 undecided, or back at the flat after a stay with no plan or say; -1 placed out of area; -2 left at home with no plan
VAR told_ahead_of_plan = false // Jo was told before the strategy discussion had planned for Lee's reaction
VAR michelle_wary = false     // Michelle noticed that she was left out of 'nobody in this room is to blame'
VAR move_signalled = false    // Michelle was told honestly that Jo might need to live elsewhere (and Lee heard)
VAR night_response = 0        // the night Jo came home without her shoes (the main story's stage 8 reads 1 and 2): 2 police and social care that night, and the SARC offered; 1 Jo decided first, police two days later; 3 a return interview days later; 4 police at the door at midnight
VAR jo_went_quiet = false     // Jo stopped answering for a while after learning the police were told before she was asked

-> stage_1_children_first
