// What if: Cassius and Joe are boys. Stage 5: Be strengths-based and relationship-based.
// Joe and his support worker: the phone, a workbook written for girls, a choice of worker, what Joe says in the
// art room, and a school that wants to call the police.

=== stage_5_strengths ===
Joe's first session with Kerry is in the small meeting room next to your office. # stage: strengths-relationships # scene: office
{ jo_told:
    Joe comes with Pauline, who waits outside with a word search and a flask. Once or twice he glances up at you, as if checking you are still there.
- else:
    Joe comes because his mum drove him. He sits down and looks at the floor, and for the next twenty minutes he does not look anywhere else.
}
Kerry is kind and thorough and has a folder. She talks about trust, and safety, and the fact that none of this is Joe's fault. Joe says "yeah" twice and "dunno" once.
Joe's phone pings. Then again. Then three times in a row. # sfx: phone-ping
"What's that?" Kerry asks. "Who's got your number?" # speaker: support-worker
Joe laughs, properly, for the first time.
"It's not blokes, if that's what you're thinking. It's Fortnite."
* [Ask Joe to put the phone away for the rest of the session, so that everyone can concentrate # undermines: strengths-relationships, child-voice # why: It is a normal request in most meetings. Here it takes away the one thing keeping him steady in a room he did not choose to be in. # short: Ask Joe to put his phone away # why-short: A normal request, but it takes away what keeps him steady # key-decision]
    ~ trust_jo -= 1
    He puts it in his pocket. His knee goes faster. For the rest of the hour he is somewhere else.
* [Ask to see his messages, since contact from adults online is a real worry in cases like his # supports: curious-informed # undermines: child-voice, strengths-relationships # why: Contact from adults online is a real worry, and checking comes from care. But demanding a sixteen-year-old's phone in a first meeting tells him he is a suspect, and a quick look at a screen proves very little. # short: Ask to see Joe's messages # why-short: Checks a real worry, but tells him he is a suspect]
    ~ trust_jo -= 1
    Joe holds the screen up for exactly one second: a list of game alerts. "Happy?"
* [Ask Joe what he plays, who is in his squad, and whether he is actually any good at it # supports: strengths-relationships, curious-informed # why: Interest in his game is a way in, and a light check on who he talks to online. To Kerry it may look as though you are letting a real safety question drop. # short: Ask Joe about his game and his squad # why-short: A way in and a light check, but may look like safety dropped]
    ~ trust_jo += 1
    ~ jo_opened_up = true
    "Duos, mostly," says Joe. "With Cass." He turns the phone face down. { friendship >= 0: "He keeps sending invites. I might answer." | "He keeps sending invites. He can keep sending them." }
    For ten minutes Joe explains, with contempt for your ignorance, how the game works and why nobody serious plays with randoms. He is funny. He is fast. Kerry learns more than she has all morning.
- -> s5_planning

=== s5_planning ===
Afterwards, Kerry sits down heavily. # scene: office
"I've got a plan that says weekly sessions and a workbook, and a lad who won't look at me. I've done this with thirty girls. I've done it with two boys." # speaker: support-worker
* [Keep the weekly office sessions and the exploitation workbook the plan sets out, so the ground gets covered # supports: curious-informed # undermines: strengths-relationships, challenge-inequality # why: Structure is reassuring, and the workbook covers real things about grooming. But every example in it is a girl and an older boyfriend, and Joe has no say in any of it. # short: Keep the weekly sessions and workbook # why-short: Structure, but every example is a girl and Joe has no say # differs: Here the workbook was written with girls in mind, so it tells Joe that what is happening to him is not something that happens to boys.]
    Joe comes to the next session. The workbook opens on a drawing of a girl in a car with an older man. Joe closes it, and misses the two sessions after that.
* [Suggest Kerry meets Joe where he chooses, around something he enjoys, and puts the workbook away for now # supports: strengths-relationships, child-voice # undermines: curious-informed # why: Meeting him in his world, doing something he is good at, builds the relationship that safety work depends on. But the workbook's facts about grooming are things Joe is entitled to know, they wait for weeks, and less of the record looks like 'work'. # short: Meet where Joe chooses; workbook waits # why-short: Builds the relationship, but grooming facts wait weeks]
    ~ sessions_flexible = true
    ~ trust_jo += 1
    "He's an artist. Ask him where he'd like to meet. The youth centre has an art room." # speaker: you
    Kerry's manager asks, a fortnight later, what exactly the painting is achieving. Kerry tells her: he turns up.
* [Agree with Kerry that if Joe misses three sessions in a row the case should be closed # undermines: strengths-relationships, trauma-informed # why: Caseloads are heavy and closure rules exist for a reason. But a boy who misses sessions may be frightened, ashamed or being controlled, and closing the door teaches him that help is conditional. # short: Close the case if Joe misses three # why-short: Eases the caseload, but teaches him help is conditional]
    ~ close_rule = true
    ~ trust_jo -= 1
    "Three chances. If he doesn't come, we close." Kerry writes it down. It looks tidy on the plan.
* [Offer Joe the choice of a male worker from the boys' service, alongside Kerry or instead of her # supports: child-voice, strengths-relationships # undermines: trauma-informed # why: Some boys find it easier to talk with a worker who has heard this from boys before, and being asked gives him a choice in a process that has given him none. But it means another new adult, and another first meeting where he is expected to explain himself again. # short: Offer Joe the choice of a male worker # why-short: Gives him a choice, but one more new adult to explain to # differs: Only here is there a question of whether a service built around girls can reach a boy, and the answer is his to give.]
    ~ joe_worker_choice = true
    ~ trust_jo += 1
    Joe thinks about it for a whole day, which Kerry says is a good sign. Then he picks Aaron from the boys' service, as long as Kerry comes too, "so it's not weird".
    The boys' service has a three-week wait. Joe misses one of Kerry's sessions in the meantime, and turns up to the next as if nothing happened.
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
* [Read a short summary instead # aside # summary-choice]
    Joe tells you the men at the pub know him now. One always buys his first drink and tells him he is grown-up for his age; then the man's friends pay him. They know where to find him on Fridays. He says everything is easier after a drink, "since...", and then stops.
- ~ assault_hint = true
~ trust_jo += 1
The brush keeps moving. Joe does not look round.
* [Ask Joe, while he is talking, what the first man is called and which nights he is usually there # supports: curious-informed # undermines: trauma-informed, strengths-relationships # why: A name and a time are what the police need to stop the man. But turning a boy's first unprompted account into questioning tells him that the moment he opens up, adults start taking notes. # short: Ask the man's name and which nights # why-short: A lead for police, but his opening up becomes questioning # key-decision]
    ~ trust_jo -= 1
    "Forget it," says Joe. "I don't know his name." He paints over the lace he has just finished.
* [Tell Joe that what he has described has a name, grooming, and that it is the man's doing, not his # supports: children-first, trauma-informed # undermines: child-voice # why: A man who buys a boy drinks, tells him he is mature for his age and passes him to his friends is grooming him, and hearing that the pattern is the man's can lift some of the shame. But it replaces Joe's account of his life with yours, just as he has started to give it. # short: Name it as grooming, the man's doing # why-short: May lift his shame, but replaces his account with yours # differs: Boys rarely hear grooming described as something that happens to boys, so naming it is more likely to meet 'that's girls' stuff' than recognition.]
    "That first bloke," you say. "The drinks, the 'mature for your age', then his mates. That's got a name. It's called grooming, and it's what he's doing, not you." # speaker: you
    Joe's brush stops. "That's girls' stuff," he says, and then, after a while, "Is it?"
* [Say nothing for now and keep him company; afterwards, pass what he said about the men to DC Priestley # supports: safer-spaces, strengths-relationships # undermines: child-voice # why: The moment stays his, and the police learn about a man who is grooming boys at that pub. But Joe told you something in a room he thought was safe, and it goes to the police without him knowing, which he may find out. # short: Keep quiet now; tell DC Priestley after # why-short: The moment stays his, but police hear it without him knowing]
    ~ pub_intel = true
    ~ intel_behind_back = true
    You stay, and hand him brushes, and talk about trainers. That evening you write down everything he said about the men and send it to DC Priestley.
* [Tell Joe that what he said about the men has to go to the police, and ask how he wants that done # supports: child-voice, safer-spaces, children-first # undermines: strengths-relationships # why: A man who grooms a boy and passes him to his friends is a danger to Joe and to other boys, so it has to be shared, and telling Joe first gives him a say in how. But it ends the first real conversation he has had with you, at the moment he chose to have it. # short: Tell Joe it must go to police; ask how # why-short: Gives Joe a say in how, but ends his first real conversation]
    ~ pub_intel = true
    Joe puts the brush down.
    "Course it does," he says. "Do what you want. Just don't put my name on anything the barman could see."
    You agree how it will be passed on, and what will not be. He doesn't come to the art room the following week. The week after, he does.
- -> s5_school

=== s5_weeks_pass ===
The weeks go by. # scene: office
Joe comes to some sessions and not others. When he comes he is polite and tired and far away, and he never mentions the pub. Kerry keeps a note of every session, and another of every session he misses. The second list is longer.
-> s5_school

=== s5_school ===
Then, in March, Mr Hale rings. # scene: school-corridor # sfx: school-bell
"It's Joe. He came in at eleven, smelling of drink, and when the cover teacher asked where he'd been he squared up to him and told him exactly where he could go. The head wants to call the police and exclude him. I said I'd ring you first." # speaker: teacher
* [Suggest a managed move to another school, so that Joe gets a fresh start without an exclusion on his record # undermines: safer-spaces, strengths-relationships # why: A new start can seem kinder than an exclusion on his record. But it would take Joe away from his friends and every adult who knows him, at the moment he most needs them; and because managed moves are not recorded nationally, nobody would count this one either. # short: Suggest a managed move to a new school # why-short: No exclusion on record, but cut off from all who know him]
    ~ jo_school = -1
    ~ friendship -= 1
    The paperwork starts. Joe, told he is going to be moved, stops coming in at all.
* [Ask the school to replace the exclusion with a support plan: a later start, a named adult, somewhere to go # supports: safer-spaces, trauma-informed, children-first # why: Keeping Joe in school keeps him among adults who notice him, and treats the drinking and anger as signs of something. It asks the school to bend its behaviour policy for one pupil, and the cover teacher to accept that nobody is being punished. # short: Swap the exclusion for a support plan # why-short: Keeps adults noticing him, but the school bends its policy]
    ~ jo_school = 1
    "Five days at home is five days when the men know exactly where he is," you say. The head agrees, grudgingly, to try a later start and a named adult. The art teacher volunteers.
    The cover teacher asks for a meeting with the head about staff safety, and gets one. He is not wrong to ask.
* [Agree the school should call the police, since he was drunk and squared up to a member of staff # undermines: children-first, challenge-inequality, trauma-informed # why: Staff safety matters, and a sixteen-year-old boy squaring up to a teacher frightens people. But it turns the clearest sign yet that something is wrong into a police matter, and a second police record for a boy the men already have a hold on. # short: Agree the school calls the police # why-short: Backs staff safety, but gives him a second police record # differs: A distressed sixteen-year-old boy is far more likely than a girl to be seen as a threat and handed to the police, which is how exploited boys end up criminalised.]
    ~ jo_school = -1
    ~ police_at_school = true
    ~ trust_jo -= 1
    Two officers come to the school. Joe is taken home in the back of a car, in front of half of Year 11. The exclusion follows. Nobody asks him why he was drinking at eleven in the morning.
* [Accept a fixed-term exclusion, since the policy is clear, but ask that work is sent home to him # undermines: safer-spaces, children-first # why: It respects the school's rules, and the policy is clear. But exclusion is a known moment when harm gets worse: days at home alone are days when the men can reach him. # short: Accept the exclusion; send work home # why-short: Respects the rules, but alone at home the men can reach him]
    ~ jo_school = -1
    ~ trust_jo -= 1
    The exclusion goes ahead. On the Thursday, Joe is seen outside the pub at two in the afternoon.
- -> stage_6_parents_as_partners
