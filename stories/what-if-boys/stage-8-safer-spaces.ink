// What if: Cassius and Joe are boys. Stage 8: Create safer spaces and places for children and young people.
// The park, where "more patrols" means stop and search for boys like Cassius, and the step-down.

=== stage_8_safer_spaces ===
By June, with the exams under way, Cassius is going to the park again. # stage: safer-spaces # scene: park-day
Before what happened to Joe, the two of them spent half their lives there. Afterwards Joe stopped going. Last summer Cassius went back, with a different group of friends, and that is where he was standing when the police found him.
{ threat_disclosed:
    You know what the park is to him. It is where a man who is always around showed him a knife.
- else:
    Priya, the borough's detached youth worker, tells you the younger ones say there is a man who is always about at weekends, who is friendly, and who gives people things to hold.
}
The park is unlit. Most local adults avoid it after dark. And yet the young people who use it say it is the one place they can go without being moved on. The Black boys among them say it more than anyone: the shop on the parade follows them round, and if three of them stand at the bus stop, somebody rings the police.
* [Ask the police for extra patrols and a dispersal order at weekends # undermines: safer-spaces, child-voice, challenge-inequality, children-first # why: It is visible and quick, and it answers a real fear. But for the Black boys who use the park, more patrols means more stop and search, which they already get far more than anyone else, and dispersal moves them somewhere darker; it restricts the children rather than the man. # short: Ask for patrols and a dispersal order # why-short: Visible and quick, but more stop and search for Black boys # differs: In the main story patrols move young people on; here they mean Cassius and his friends being searched again, in the same park where this began. # key-decision]
    ~ park_plan = 1
    For three weekends there are officers by the gate. Cassius is stopped and searched twice. Nothing is found either time. Then Priya tells you the young people have moved to the canal path, where there are no lights either, and where the man has been seen too.
* [Ask Cassius to keep away from the park for now, at least until the police have dealt with the man # undermines: safer-spaces, challenge-inequality # why: It feels protective, and parents and professionals say it every day. But it restricts the boy who was targeted, leaves the man where he is, and does nothing for the other children who go there. # short: Ask Cassius to keep away from the park # why-short: Feels protective, but limits Cassius and leaves the man]
    ~ trust_cassie -= 1
    "So he gets the park, and I get my bedroom with the mould on the ceiling," says Cassius. "Brilliant."
    He keeps going. He just stops telling anyone he does.
* [Walk the park with Priya, ask the young people there what it is like for them, and take their maps to the council # supports: safer-spaces, child-voice, challenge-inequality # why: The young people who use the park know where the danger is better than any adult, and hearing how they are treated elsewhere shows you who gets made to feel unwelcome, and why. It is slow, it needs money, and it will not show results by the next review. # short: With Priya, ask young people at the park # why-short: Draws on young people's knowledge, but slow and costly]
    ~ park_youth_voice = true
    ~ park_plan = 2
    On Saturday you and Priya walk the paths. A boy of about fourteen tells you the bandstand end is where the man stands, and that nobody goes down there after dark because there are no lights.
    A fortnight later, with the young people's maps spread across the table, the parks team agrees to find money for six lamps at the bandstand end, in the autumn budget. Priya will run a Friday evening session there from September.
    { priestley_strain >= 2:
        DC Priestley says she wants to focus on the man on the bench and whoever he works for. Her inspector says the team will look at it once the complaint about the custody search has been dealt with. That will not be before August.
    - else:
        DC Priestley will focus on the man on the bench and whoever he works for, not on the boys around him.
    }
    { trust_cassie >= 2:
        One of the maps is Cassius's. He has drawn the bench as a small black square and coloured it in very hard.
    }
* [Ask the police exploitation team to target the adults who hang about the park, and not the young people there # supports: safer-spaces, curious-informed # undermines: child-voice # why: It aims at the right people, the adults doing the harm. Without young people's own knowledge the police picture stays patchy, and nothing changes about the place itself. # short: Ask police to target the adults there # why-short: Targets the adults, but the picture stays patchy]
    { priestley_strain >= 2:
        DC Priestley agrees, in principle. The custody complaint is still open, and her inspector wants it settled first. It is August before anything happens.
    - else:
        DC Priestley agrees to make the park a priority. She asks what you know. It is less than you would like.
    }
- -> s8_step_down

=== s8_step_down ===
By the end of the summer term things are quieter. # scene: office
"Both boys are calmer," says Nadia. "The panel's asking whether we step down or close." # speaker: social-worker
Cassius turned sixteen in June, in the middle of his exams.
{
- nrm:
    His NRM referral had a positive reasonable-grounds decision within weeks. In May, after his solicitor wrote to the prosecutor about the Section 45 defence, the case against him was dropped before the hearing. The conclusive-grounds decision is still to come, and may be months away.
- threat_disclosed:
    At the youth court in May he pleaded guilty, and his solicitor put the threat, knife and all, before the magistrates. He was given a short referral order, and Marcus still sees him.
- else:
    At the youth court in May he pleaded guilty. Nobody there knew there had been a threat. He was given a referral order for nine months, and a record.
}
Joe turns seventeen in September, when he starts college if his results allow it. A year after that he will be eighteen, and most of the services now around him will simply stop, whether or not the men outside the pub have.
* [Step down slowly: keep Kerry and Ruth in place, plan Joe's support past eighteen, and watch Cassius's case # supports: strengths-relationships, children-first # undermines: child-voice # why: Keeping trusted adults in place through the handover protects what has been built, and harm does not stop at eighteen. But it is a plan made about two boys who were not in the room, and it holds places that children on the waiting list need. # short: Step down slowly; plan past eighteen # why-short: Keeps trusted adults, but the boys were not in the room # key-decision]
    ~ continuity = 1
    "Step down, not off," you tell Nadia. "Same faces. Fewer meetings. And a plan for Joe that doesn't fall off a cliff when he turns eighteen." # speaker: you
    The boy found forty miles from home waits another month for a worker.
* [Keep both boys on the highest level of plan for another six months, with monthly meetings # undermines: child-voice, strengths-relationships # why: It keeps every protection in place, which feels safe to professionals. For the boys it means endless meetings about them, and it tells them nothing they do will ever be enough to be trusted. # short: Keep both on the top plan for six months # why-short: Keeps every protection, but endless meetings about them]
    ~ continuity = 0
    The meetings continue, monthly. Cassius stops coming to his. Joe comes to his and plays on his phone.
* [Ask Cassius and Joe what they want from the adults now, and build the step-down around their answers # supports: child-voice, strengths-relationships # undermines: children-first # why: Asking them treats them as the experts on their own lives, and a plan they helped make is more likely to hold. But they may ask for less than they need: neither of them will ask for a plan that reaches past eighteen, and the men outside the pub will still be there. # short: Ask Cassius and Joe what they want now # why-short: A plan they own, but they may ask for less than they need]
    ~ continuity = 1
    ~ trust_cassie += 1
    ~ trust_jo += 1
    Cassius wants Ruth until his results are out, and nobody else. Joe wants the art room, and for the meetings to stop being about him without him. Neither of them wants to talk about eighteen.
* [Close both cases now that things are calmer, and write to the boys that they can come back at any time # undermines: strengths-relationships, trauma-informed # why: Calm is a real change, and the waiting list is long. But calm is often when the adults who cause harm come back, and closing now ends the relationships just as they started working. # short: Close both cases; say they can come back # why-short: Frees places, but ends relationships as they start to work]
    ~ continuity = -1
    Both cases close at the end of July. Letters go out.
- -> endings
