// What if: Cassius and Joe are boys. Stage 5: Be strengths-based and relationship-based.
// Joe and his support worker: the phone, a workbook written for girls, a choice of worker, and a school that
// wants to call the police.

=== stage_5_strengths ===
Joe's first session with Kerry is in the small meeting room next to your office. # stage: strengths-relationships # scene: office
{ jo_told:
    Joe comes with Pauline, who waits outside with a word search and a flask. Once or twice he glances up at you, as if checking you are still there.
- else:
    Joe comes because his mum drove him. He sits down and looks at the floor, and for the next twenty minutes he does not look anywhere else.
}
Kerry is kind and thorough and has a folder. She talks about trust, and safety, and the fact that none of this is Joe's fault. Joe says "yeah" twice and "dunno" once.
Joe's phone pings. Then again. Then three times in a row. # sfx: phone-ping
"What's that?" Kerry asks gently. "Who's got your number?" # speaker: support-worker
Joe laughs, properly, for the first time.
"It's not blokes, if that's what you're thinking. It's Fortnite."
* [Ask Joe what he plays and who is in his squad # supports: strengths-relationships, curious-informed # why: Interest in his game is a way in, and a gentle check on who he talks to online. To Kerry it may look as though you are letting a real safety question drop.]
    ~ trust_jo += 1
    ~ jo_opened_up = true
    "Duos, mostly," says Joe. "With Cass." He turns the phone face down. { friendship >= 0: "He keeps sending invites. I might answer." | "He keeps sending invites. He can keep sending them." }
    For ten minutes Joe explains, with contempt for your ignorance, how the game works and why nobody serious plays with randoms. He is funny. He is fast. Kerry learns more than she has all morning.
* [Ask Joe to put the phone away so that everyone can concentrate # undermines: strengths-relationships, child-voice # why: It is a normal request in most meetings. Here it takes away the one thing keeping him steady in a room he did not choose to be in.]
    ~ trust_jo -= 1
    He puts it in his pocket. His knee goes faster. For the rest of the hour he is somewhere else.
* [Ask to see his messages, just to be sure # supports: children-first # undermines: child-voice, strengths-relationships # why: Contact from adults online is a real worry and checking comes from care. Demanding his phone in a first meeting tells him he is a suspect.]
    ~ trust_jo -= 1
    Joe holds the screen up for exactly one second: a list of game alerts. "Happy?"
- -> s5_planning

=== s5_planning ===
Afterwards, Kerry sits down heavily. # scene: office
"I've got a plan that says weekly sessions and a workbook, and a lad who won't look at me. I've done this with thirty girls. I've done it with two boys." # speaker: support-worker
* [Suggest Kerry meets Joe somewhere he chooses, around something he enjoys, like the art room at the youth centre # supports: strengths-relationships, child-voice # why: Meeting him in his world, doing something he is good at, builds the relationship that safety work depends on. It takes longer, and less of it looks like 'work' on a case record.]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "He's an artist. Ask him where he'd like to meet. The youth centre has an art room." # speaker: you
* [Keep the weekly office sessions and the exploitation workbook, because that is what the plan says # supports: curious-informed # undermines: strengths-relationships, challenge-inequality # why: Structure is reassuring to a plan, and the workbook covers real things about grooming. But every example in it is a girl and an older boyfriend, and Joe has no say in any of it. # differs: Here the workbook was written with girls in mind, so it tells Joe that what is happening to him is not something that happens to boys.]
    Joe comes to the next session. The workbook opens on a drawing of a girl in a car with an older man. Joe closes it, and misses the two sessions after that.
* [Offer Joe the choice of working with a male worker, or the service for boys across the city, alongside Kerry or instead of her # supports: child-voice, strengths-relationships # why: Some boys find it easier to talk with a worker who has heard this from boys before, and being asked gives him a choice in a process that has given him none. Another new face means starting again, and he may choose nobody. # differs: Only here is there a question of whether a service built around girls can reach a boy, and the answer is his to give.]
    ~ joe_worker_choice = true
    ~ trust_jo += 1
    Joe thinks about it for a whole day, which Kerry says is a good sign. Then he picks Aaron from the boys' service, as long as Kerry comes too, "so it's not weird".
* [Agree that if Joe misses three sessions the case should be closed # undermines: strengths-relationships, trauma-informed # why: Caseloads are heavy and closure rules exist for a reason. But a boy who misses sessions may be frightened, ashamed or being controlled, and closing the door teaches him that help is conditional.]
    ~ close_rule = true
    ~ trust_jo -= 1
    "Three chances. If he doesn't come, we close." Kerry writes it down. It looks tidy on the plan.
- { (sessions_flexible or joe_worker_choice) and trust_jo >= 2: -> s5_art_room | -> s5_weeks_pass }

=== s5_art_room ===
Three weeks later, at the youth centre, Joe is painting a pair of trainers on a canvas the size of a door. # scene: youth-centre
He is good. Properly good. He tells you about the designers he rates and the ones he doesn't, and about wanting to do textiles at college, which he has told nobody at home because Lee would "have something to say about that".
Then, without looking up from the canvas, he starts talking about the pub.
Content note: Joe talks about how men at the pub target him. Nothing is described in detail.
* [Read what Joe said # aside]
    "It's not like they're strangers. Some of them know me now."
    "There's one who always gets the first drink in. He's all right. Says I'm mature for my age. Then it's his mates."
    "They haven't got my number. I'm not thick. They just know where I'll be on a Friday."
    "It's easier when I've had a drink. Everything's easier. Since..."
    He stops, and paints a lace very carefully.
* [Read a short summary instead # aside]
    Joe tells you the men at the pub know him now. One always buys his first drink and tells him he is grown-up for his age; then the man's friends pay him. They know where to find him on Fridays. He says everything is easier after a drink, "since...", and then stops.
- You notice the sentence he did not finish. Nobody pushes.
You also notice what he has described: a man who buys a boy drinks, flatters him, and passes him to his friends. It is a pattern with a name, and it belongs to the man.
~ assault_hint = true
~ trust_jo += 1
-> s5_school

=== s5_weeks_pass ===
The weeks go by. # scene: office
Joe comes to some sessions and not others. When he comes he is polite and tired and far away, and he never mentions the pub. Kerry keeps a note of every session, and another of every session he misses. The second list is longer.
-> s5_school

=== s5_school ===
Then Mr Hale rings. # scene: school-corridor # sfx: school-bell
"It's Joe. He came in at eleven, smelling of drink, and when the cover teacher asked where he'd been he squared up to him and told him exactly where he could go. The head wants to call the police and exclude him. I said I'd ring you first." # speaker: teacher
* [Ask the school to replace the exclusion with a support plan: a later start, a named adult and somewhere to go when it gets too much # supports: safer-spaces, trauma-informed # why: Keeping Joe in school keeps him among adults who notice him, and treats the drinking and anger as signs of something. It asks the school to bend its behaviour policy for one pupil.]
    ~ jo_school = 1
    "Five days at home is five days when the men know exactly where he is," you say. The head agrees, grudgingly, to try a later start and a named adult. The art teacher volunteers.
* [Accept the exclusion, but ask that work is sent home # undermines: safer-spaces, children-first # why: It respects the school's rules. But exclusion is a known moment when harm gets worse: days at home alone are days when the men can reach him.]
    ~ jo_school = -1
    ~ trust_jo -= 1
    The exclusion goes ahead. On the Thursday, Joe is seen outside the pub at two in the afternoon.
* [Agree the school should call the police, since he was drunk and squared up to a teacher # undermines: children-first, challenge-inequality, trauma-informed # why: Staff safety matters, and a sixteen-year-old boy squaring up to a teacher frightens people. But it turns the clearest sign yet that something is wrong into a police matter, and a second police record for a boy the men already have a hold on. # differs: A distressed sixteen-year-old boy is far more likely than a girl to be seen as a threat and handed to the police, which is how exploited boys end up criminalised.]
    ~ jo_school = -1
    ~ police_at_school = true
    ~ trust_jo -= 1
    Two officers come to the school. Joe is taken home in the back of a car, in front of half of Year 11. The exclusion follows. Nobody asks him why he was drinking at eleven in the morning.
* [Suggest a managed move to another school for a fresh start # undermines: safer-spaces, strengths-relationships # why: A new start can seem kinder than an exclusion on his record. But it would take Joe away from his friends and every adult who knows him, at the moment he most needs them.]
    ~ jo_school = -1
    ~ friendship -= 1
    The paperwork starts. Joe, told he is going to be moved, stops coming in at all.
- -> stage_6_parents_as_partners
