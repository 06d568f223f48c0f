# title: Cassie and Jo
# scenario: cassie-and-jo
# summary: Cassie is fifteen and was found carrying drugs; Jo is sixteen and her best friend. As the borough's complex safeguarding practitioner you follow them both over several months, and what you do decides what they tell you and where they end up.
# content-note: Child sexual exploitation and sexual abuse, a sexual assault (described, not shown), drugs, coercion and threats, racism, and victim-blaming language used by some characters.
# length: 25
# role: case-study

// Practice Paths: the Cassie and Jo case study as a branching story in eight stages.
// Entry file: global tags, every VAR, the INCLUDEs and a single divert into stage 1.
// Variant scenarios (stories/what-if-*/) INCLUDE these files and swap single knots: a knot that some variant
// replaces lives in a file of its own, so the variant can leave that file out and write its own version.

INCLUDE stage-1-children-first.ink
INCLUDE stage-1-who-else.ink
INCLUDE stage-2-challenge-inequality.ink
INCLUDE stage-3-curious-informed.ink
INCLUDE stage-3-staffroom.ink
INCLUDE stage-3-referral.ink
INCLUDE stage-4-child-voice.ink
INCLUDE stage-4-the-words.ink
INCLUDE stage-4-jo-speaks.ink
INCLUDE stage-4-friendship.ink
INCLUDE taking-stock.ink
INCLUDE stage-5-strengths-relationships.ink
INCLUDE stage-5-planning.ink
INCLUDE stage-5-art-room.ink
INCLUDE stage-6-parents-as-partners.ink
INCLUDE stage-6-sharing.ink
INCLUDE stage-6-cassie-parents.ink
INCLUDE stage-7-trauma-informed.ink
INCLUDE stage-7-jo-past.ink
INCLUDE stage-7-jo-from-records.ink
INCLUDE stage-7-jo-struggling.ink
INCLUDE stage-7-wider.ink
INCLUDE stage-8-safer-spaces.ink
INCLUDE stage-8-step-down.ink
INCLUDE endings.ink
INCLUDE endings-logic.ink
INCLUDE endings-outcomes.ink

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
VAR jo_consent_overridden = false // Jo was told first and asked to agree to the visit, then overruled (jo_told stays false)
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
VAR night_response = 0      // the night Jo came home without her shoes: 1 health care and the SARC first, 2 police and a strategy discussion first, 3 a return-home talk days later, 0 nothing
VAR assault_shared = 0      // Jo's assault passed to police and social care: 2 with Jo told first, 1 behind her back, 0 not passed on by you

// Stage 8: the park and the step-down
VAR park_plan = 0             // 0 nothing or avoidance, 1 enforcement only, 2 contextual work with young people
VAR park_youth_voice = false  // young people's own knowledge of the park was gathered
VAR continuity = 0            // 1 relationships kept through a planned step-down, 0 mixed, -1 closed abruptly
VAR park_witness = 0        // DC Priestley asked for Cassie as a witness: 1 asked with Ruth, she said not now; 2 pressed, she withdrew; 3 disruption without her; 0 you declined, or never asked

-> stage_1_children_first
