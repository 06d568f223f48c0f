// Stage 8: Create safer spaces and places for children and young people.
// The park: what you do about the place itself, who comes to the table, and how the work is stepped down.
// The step-down is in stage-8-step-down.ink.

=== stage_8_safer_spaces ===
By early summer Cassie is going to the park again. # stage: safer-spaces # scene: park-day
Before what happened to Jo, the two of them spent half their lives there. Afterwards Jo stopped going, and for a while so did Cassie. Last summer she went back, with a different group of friends who never stopped going, and that is where she was standing when the police found her. Now, at weekends, she is back with the same friends again.
{
- threat_full:
    You know what the park is to her. It is where a man who is always around handed her a bag and told her what would happen if she said no.
- threat_disclosed:
    You know that somebody threatened her, and you are fairly sure now that it started at the park.
- else:
    Priya, the borough's detached youth worker, tells you the younger ones say there is a man who is always about at weekends, who is friendly, and who gives people things to hold.
}
The park is unlit. Nobody runs it in any way you can see. Most local adults avoid it after dark.
And yet when young people are asked about it, they say it is the one place they can go without being moved on, followed round a shop or stared at.
* [Walk the park with Priya, and ask young people what it is like # supports: safer-spaces, child-voice, challenge-inequality # undermines: strengths-relationships # why: The young people who use the park know where the danger is better than any adult, and hearing how they are treated elsewhere shows who gets made to feel unwelcome, and why. But Priya's standing with them is hard-won, and arriving with a social care practitioner spends some of it. # short: Park walk with Priya; ask young people # why-short: Hears those who know the danger, but spends Priya's standing # key-decision]
    ~ park_youth_voice = true
    On Saturday afternoon you and Priya walk the paths. She knows most of the young people by name. Two of the older boys see your lanyard and walk off. "They'll come back," says Priya. "Probably." # speaker: youth-worker
    A girl of about fourteen tells you it is the only place nobody moves them on. The shop on the parade has a security guard who follows them round; if they stand at the bus stop, somebody rings the police. Here, nobody bothers them.
    Then she adds, without being asked, that the bandstand end is where the man stands, and that nobody goes down there after dark because there are no lights.
    "They know more than any of us," says Priya on the way back. "They just never get asked." # speaker: youth-worker
    { trust_cassie >= 2:
        Cassie is there, on the swings with her friends. She sees you, and after a moment she lifts one hand. It is not quite a wave.
    }
* [Ask the police exploitation team to focus on the adults in the park # supports: safer-spaces, curious-informed # undermines: child-voice # why: It aims at the right people, the adults doing the harm. Without young people's own knowledge the police picture stays patchy, and nothing changes about the place itself. # short: Ask police to focus on the adults there # why-short: Aims at the adults, but a patchy picture; the park unchanged]
    DC Priestley agrees to make the park a priority. She asks what you know. It is less than you would like, and most of it is second-hand.
* [Ask Cassie to stop going to the park until things are safer # undermines: safer-spaces, challenge-inequality # why: It feels protective, and parents and professionals say it every day. But it restricts the girl who was targeted, leaves the man where he is, and does nothing for the other children who go there. # short: Ask Cassie to stay away from the park # why-short: Feels protective, but restricts Cassie and leaves the man]
    ~ trust_cassie -= 1
    "So he gets the park, and I get my bedroom with the mould on the ceiling," says Cassie. # speaker: cassie
    "Brilliant. Thanks." # speaker: cassie
    She keeps going. She just stops telling anyone she does.
* [Ask the police for weekend patrols and a dispersal order # undermines: safer-spaces, child-voice, children-first # why: It is visible and quick, and it answers a real fear. But dispersal moves young people on to places that are even less visible, treats them as the problem, and leaves the adults who harm them free to follow. # short: Ask for patrols and a dispersal order # why-short: Quick and visible, but pushes young people out of sight]
    ~ park_plan = 1
    The dispersal order goes up on a laminated sign by the gate. For two weekends the park is empty. Then Priya tells you the young people have moved to the canal path, where there are no patrols and no lights either, and where the man has been seen too.
- -> s8_location_meeting

=== s8_location_meeting ===
A fortnight later you bring together the people who have some power over the park. # scene: meeting-room
Mr Barnes from the council's parks team, with a folder of lighting quotes. Priya. DC Priestley. Mr Hale from school.
"We know the man's face," says DC Priestley. "We don't know his name, and we've never had anyone willing to say what he does. Patrols go past, he's feeding the ducks." # speaker: police-officer
{
- night_response == 2:
    "The pub's a different story. We've got a car and half a number plate from the night Jo came home without her shoes. It's a start." # speaker: police-officer
- night_response == 1:
    "And by the time we asked the pub for its camera, the night Jo came home without her shoes had been recorded over." # speaker: police-officer
}
{ pub_reported > 0:
    "The Fridays information helped, by the way. We've got names for two of the men outside that pub now." # speaker: police-officer
}
"Half my Year 9s go through that park on the way home," says Mr Hale. "I hadn't thought about it until this year. I should have." # speaker: teacher
{ parents_respected >= 2:
    Michelle, Jo's mum, has come too, with Lee. She says she has walked past that park every day for fifteen years and never once thought about the lights.
}
{ cassie_parents >= 2:
    Michael, Cassie's dad, sits at the end of the table with his arms crossed, listening hard. He has taken a morning off work to be here.
}
{ nan_involved:
    Pauline has come, uninvited and unstoppable.
    "I've walked my dogs in that park for forty years. I want it back, and so does my granddaughter." # speaker: jo-nan
}
{ park_youth_voice:
    Priya spreads out the safety maps young people have drawn for her, red where they feel unsafe, amber where they are unsure, green where they feel fine. The bandstand end is red on almost every one.
    { trust_cassie >= 2:
        One of the maps is Cassie's. She has drawn the man's bench as a small black square and coloured it in very hard.
    }
}
"Lighting's eighty thousand, if you want the whole path," says Mr Barnes. "We haven't got eighty thousand." # speaker: council-officer
* [Agree to come back to the park when there is money in next year's budget # undermines: safer-spaces # why: It is honest about budgets, and nobody is promised what cannot be delivered. But nothing about the park changes, and the young people who use it are told, once again, that they are not a priority. # short: Come back to it in next year's budget # why-short: Honest about money, but nothing changes for the park]
    ~ park_plan = 0
    Everyone agrees the park is a concern. It goes on the risk register. The bandstand end stays dark.
* [Keep the meeting on Cassie's and Jo's individual safety plans # supports: children-first # undermines: safer-spaces # why: The two girls are the ones you are responsible for, and their plans do need updating. But focusing only on them leaves the park exactly as it was for every other child who goes there. # short: Keep to Cassie's and Jo's safety plans # why-short: Updates their plans, but the park stays the same for others]
    ~ park_plan = 0
    You go through both girls' plans line by line. They are good plans. The park is not mentioned again.
* [Agree CCTV on the paths, and locking the park gates at dusk # undermines: safer-spaces, child-voice # why: Cameras and locked gates are visible and easy to explain to the public. But they shut young people out of the one place they feel welcome and push them somewhere less safe, while the adults doing the harm simply move too. # short: CCTV on paths; lock the gates at dusk # why-short: Visible and easy to explain, but pushes young people out]
    ~ park_plan = 1
    The gates are locked at dusk from the following month. The camera points at the entrance, which is the one part of the park that was never the problem.
* [Plan from the young people's maps: lamps, youth work, police on the man # supports: safer-spaces, child-voice, curious-informed # why: It changes the place itself and aims enforcement at the adults, guided by the people who use the park. It is slow, it needs money and partners to keep their promises, and it will not show results by the next review. # short: Use the maps: lamps, youth work, police # why-short: Changes the place, led by its users, but slow and costly]
    ~ park_plan = 2
    You suggest starting with the bandstand end, because that is where the maps are red. Priya will run a Friday evening session by the bandstand. The young people who drew the maps will be asked, in three months, whether anything has changed.
    { not park_youth_voice:
        Priya will run mapping sessions with young people first, so the first lamps go where they say, not where adults guess.
    }
    Mr Barnes goes away with the maps and comes back a week later with an email. "Two lamps this year, at the bandstand end. Not six. The rest goes in next year's bid, and I can't promise it'll survive." # speaker: council-officer
    DC Priestley says she will focus on the man and whoever he works for, not on the young people around him. "But I'll be straight with you. Without someone willing to say what he does, focus is all it is." # speaker: police-officer
- { threat_disclosed: -> s8_witness | -> s8_step_down }

=== s8_witness ===
DC Priestley stays behind when the others have gone, and waits while you pack up. # scene: meeting-room
"I'll be honest. I can't arrest him on a second-hand account. If Cassie gave us a video-recorded interview about what he said to her, I could. Would you ask her?" # speaker: police-officer
* [Encourage Cassie to do it, since it is the surest way he will be stopped # supports: safer-spaces # undermines: trauma-informed, child-voice, children-first # why: He does need stopping, and her account may be the only route to a charge. But pressing a threatened child to become a witness puts the police case before her safety, and a witness who was pushed often withdraws. # short: Encourage Cassie to give the interview # why-short: Could lead to a charge, but puts the case before her safety]
    ~ park_witness = 2
    ~ trust_cassie -= 1
    You tell Cassie it is the best chance there is of stopping him, and that she would be brave to do it. She says yes, because you are the adult.
    She gives the interview in June, between two exams. A fortnight later her mum rings you: a car has been parked outside the flat two nights running. Cassie withdraws her statement the next day.
* [Put the request to Cassie with Ruth, and make no a real answer # supports: child-voice, trauma-informed # undermines: children-first # why: Whether to be a witness is hers to decide, and asking honestly, with someone she trusts and a safety plan, respects that. But it puts a frightening choice on a girl in the middle of her exams, and if she says yes she becomes a witness against a man who has already threatened her: intimidation of child witnesses and their families is a known risk. # short: Ask Cassie with Ruth; no is an answer # why-short: Her decision, respected, but a frightening choice mid-exams]
    ~ park_witness = 1
    You and Ruth put it to her together, with the safety plan on the table: what an interview is, where it happens, who would know, what could happen after, and that no is an answer nobody will argue with.
    Cassie listens to all of it.
    "After my exams. Maybe. Not now." # speaker: cassie
    You tell DC Priestley. "Then I can't charge him," she says. "I'll keep an eye. That's all I can do." # speaker: police-officer
* [Tell DC Priestley you won't ask: Cassie has carried enough # supports: trauma-informed # undermines: child-voice, safer-spaces # why: Protecting her from another demand is kind, and the risk to her is real. But it takes a decision that is hers away from her, and leaves the man at the park untouched unless the police find another way. # short: Tell DC Priestley you won't ask Cassie # why-short: Spares her another demand, but takes her decision away]
    ~ park_witness = 0
    "Your call, apparently," says DC Priestley, and picks up her coat. # speaker: police-officer
* [Ask DC Priestley to work on him without Cassie: his car, his phone # supports: safer-spaces, curious-informed # undermines: child-voice # why: Disruption aimed at the adult, without relying on a child's evidence, is what the Home Office's child exploitation disruption toolkit encourages, and it keeps the burden off Cassie. But it decides for her that she will not be asked, when it is her account, and some children want the chance to see the person who hurt them answer for it. # short: Ask police to disrupt him without Cassie # why-short: Burden off Cassie, but decides for her she won't be asked]
    ~ park_witness = 3
    DC Priestley sighs. "Slow, then. All right." # speaker: police-officer
    Over the summer his car is stopped twice, and officers make sure he knows they know his face, his car and his bench. Nobody tells Cassie any of this. When she hears, in August, she asks why nobody asked her.
- -> s8_step_down
