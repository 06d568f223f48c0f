// What if: her brother gave her the drugs. Stage 1, continued: a copy of ../cassie-and-jo/stage-1-who-else.ink,
// word for word except the feedback on noting the older brother's police history, which this story makes untrue
// (here he did pass her the bag). Keep it in step with the main story's knot.

=== s1_who_else ===
In the corridor, Mr Hale, her head of year, falls into step beside you. # scene: school-corridor
"Well? Get anything?" # speaker: teacher
"I just can't make it fit. Top set, never late, never lippy. If you'd told me any kid in Year 11 would be caught with that stuff, she'd be the last name on my list." # speaker: teacher
{ safeguarding_lens:
    "Your email's put the wind up the head, mind. Cassie's been taken off the peer mentors' list for Year 7, just till it's all sorted. She hasn't been told why." # speaker: teacher
}
"The older brother, though. He's known to the police, from what I hear. And the little one, Josh, is in Year 8 here." # speaker: teacher
You think about who else belongs in this picture.
* [Ask Cassie, before she goes back to class, whether you can visit her mum and dad at home # supports: parents-as-partners, child-voice # why: Her parents may know things no agency knows, and asking Cassie first gives her a say. Home visits can still feel like an inspection to a family that has had police at the door. # short: Ask Cassie, then visit her mum and dad # why-short: Parents may know things, but it may feel like an inspection]
    ~ cassie_parents += 1
    ~ trust_cassie += 1
    You catch Cassie at the stairs and ask whether you can visit her mum and dad.
    "Mum's fine. Dad hates all of this. Don't talk about my brothers like the police did." # speaker: cassie
    You promise you won't, and you write it down so you remember why it mattered to her.
* [Write down the older brother's police history as the likeliest explanation, to check with the police # undermines: challenge-inequality, curious-informed # why: A family member with a record is an easy answer, and professionals reach for it. Here it even points at the right person for the wrong reason: a police history is not evidence, it fixes on a young Black man before anyone has asked Cassie anything, and it stops you asking who might have power over him, or over her. # short: Note the older brother's police history # why-short: Easy answer, but not evidence; fixes on a young Black man # differs: Here Daniel did pass Cassie the bag, but the record you reach for says nothing about the man he owes, so the guess is right about who and wrong about why.]
    ~ brother_suspected = true
    You write 'older brother, 20, police history' and underline it. It feels like a thread to pull.
* [Ask the school to keep an eye on Cassie and to let you know if anything about her changes # supports: safer-spaces # undermines: curious-informed # why: Watchful adults make a school a safer place, and most harm is first noticed by someone who sees a child every day. But asking people to notice without saying what you are worried about leaves the real questions with nobody in particular. # short: Ask the school to keep an eye on her # why-short: Watchful adults, but nobody is told what to look for]
    "Keep an eye on her for me? Anything changes, let me know." # speaker: you
    "Course." # speaker: teacher
    He will. He just isn't sure what he is looking for, and neither, if you are honest, are you.
* [Ask who Cassie spends her time with now, and how her younger brother Josh is getting on # supports: curious-informed, safer-spaces # undermines: challenge-inequality # why: Harm like this usually travels through friendships and places, and a thirteen-year-old brother may be at risk too. Asked without care, though, it puts a young Black boy on a teacher's radar because of a police report, and that kind of attention can turn into suspicion. # short: Ask about her friends, and about Josh # why-short: Josh may be at risk too, but asking may make him a suspect]
    ~ knows_friends = true
    "Who's she close to? And how's Josh?" # speaker: you
    "Josh? You don't think he's mixed up in it?" # speaker: teacher
    You say no, and hear how the question sounded. He writes 'Josh' on the back of his hand anyway.
    "Cassie's thick as thieves with Jo, same class, a bit older. Jo's been a worry of her own this last year, to be honest. Different kid from the one we had in Year 9." # speaker: teacher
    You write down Jo's name, and next to it, 'this last year'.
- -> stage_2_challenge_inequality
