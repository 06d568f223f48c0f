# title: What if: Cassius and Joe are boys
# scenario: what-if-boys
# summary: The Cassie and Jo case, told about two boys: Cassius, fifteen, found carrying drugs, and his best mate Joe, sixteen, who men outside a pub are paying for sex. The harm is the same. What changes is how quickly adults see a criminal instead of a child, and how hard it is for anyone, Joe included, to see a boy as a victim.
# content-note: Child sexual exploitation and sexual abuse of boys, a sexual assault (described, not shown), signs that a boy may have been sexually assaulted on a night he went missing (described, not shown), a strip search (described, not shown), drugs, coercion and threats including a knife, racism, homophobic language, and victim-blaming language used by some characters.
# length: 25
# variant-of: cassie-and-jo

// What if Cassie and Jo were boys? (Practice Tool, alternative scenario one.)
// Every scene names the children, so this variant has its own scenes throughout; it is shorter than the main
// story (three or four decisions a stage). Knot names follow the main story's wherever the scene is the same
// moment (s1_meeting_cassie, s4_the_words, s7_wider…), so that its decisions can be compared with the main
// story's, and the variables are the main story's, so that the shared endings logic
// (../cassie-and-jo/endings-logic.ink) applies. trust_cassie is Cassius's trust, trust_jo is Joe's, and so on.
// What changes is practice, not names: a strip search in custody; a gang list; exclusion; the panel's doubt
// that a boy can be a victim; a fifteen-year-old read as a lad out drinking; abuse of a boy read as
// "experimenting"; a referral route through the police; shame and homophobia at home; a choice of worker; a knife;
// a night home at three read as a skinful; an assault dismissed as horseplay; stop and search.
// The case timeline is the main story's: offence in July (end of Year 10), stage 1 in January, youth court in May,
// Joe turns seventeen in September, the endings in October.

INCLUDE stage-1-children-first.ink
INCLUDE stage-2-challenge-inequality.ink
INCLUDE stage-3-curious-informed.ink
INCLUDE stage-4-child-voice.ink
INCLUDE taking-stock.ink
INCLUDE stage-5-strengths-relationships.ink
INCLUDE stage-6-parents-as-partners.ink
INCLUDE stage-7-trauma-informed.ink
INCLUDE stage-8-safer-spaces.ink
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

// Stage 4 and 6: Jo's family
VAR parents_respected = 0     // how Jo's mum and her partner Lee were spoken to (below 0: blamed)
VAR told_parents_everything = false // Jo's private details shared with her parents without her
VAR nan_involved = false      // Jo's nan is part of the plan

// Stage 5: the support work with Jo
VAR jo_opened_up = false      // Jo talked about her game in the first session
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
VAR assault_shared = 0        // the shared endings logic: Jo's report went to police and social care, 2 with him told first, 1 behind his back
VAR jo_moved = false          // Jo was moved to another school after the assault came out
VAR boys_referred = false     // the two classmates were referred and the school's response reviewed
VAR others_checked = false    // professionals looked for other children harmed by the same people

// Stage 8: the park and the step-down
VAR park_plan = 0             // 0 nothing or avoidance, 1 enforcement only, 2 contextual work with young people
VAR park_youth_voice = false  // young people's own knowledge of the park was gathered
VAR continuity = 0            // 1 relationships kept through a planned step-down, 0 mixed, -1 closed abruptly

// New in this variant
VAR search_challenged = false // the strip search in custody was questioned and a safeguarding referral asked for
VAR gang_listed = false       // Cassius was kept on the police gang list
VAR joe_route = 0             // 1 referred as a child being sexually exploited, with a service for boys; -1 left with the police; -2 alcohol and behaviour support only
VAR joe_worker_choice = false // Joe was offered the choice of a male worker or a service for boys
VAR shame_named = false       // someone told Joe, or his family, that what the men did says nothing about who he is
VAR horseplay_accepted = false // the school's "horseplay" account of Joe's assault was let stand
VAR police_at_school = false  // the police were called to school about Joe
VAR priestley_strain = 0      // times DC Priestley's force was challenged (the report, the search complaint): 2 slows her down
VAR search_complaint = false  // the family were helped to complain about the strip search
VAR cassius_seen_harmed = false // Cassius was named as a child harmed that night himself, not only as Joe's friend
VAR pub_watched = false       // the police watched the pub before Joe was told, and got descriptions of the men
VAR gavin_sore = false        // Gavin was corrected in front of Joe's family, and took it to Nadia
VAR row_at_home = false       // naming the shame in front of Lee started a row at home that night
VAR pub_intel = false         // what Joe said about the men at the pub went to the police
VAR intel_behind_back = false // it went without Joe knowing, and he found out
VAR threat_to_police = false  // the threat with the knife went to the police, with Cassius told first
VAR night_care = 0            // the night Joe came home at three: 1 same-day care and report, 0 his say first, -1 missed

-> stage_1_children_first
