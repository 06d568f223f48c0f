// The place, character and sound ids the game ships art and audio for.
// Pure data: authors may use other ids (the game falls back to neutral art), the checker warns about them.

export const PLACES = {
  'school-corridor': 'School corridor',
  staffroom: 'School staffroom',
  'counsellor-room': "School counsellor's room",
  'meeting-room': 'Multi-agency meeting room',
  'park-day': 'The park by day',
  'park-night': 'The park after dark',
  'jo-home': "Jo's home",
  'cassie-home': "Cassie's home",
  'yos-office': 'Youth offending service',
  'youth-centre': 'Youth centre',
  cafe: 'Café',
  office: 'Your office',
  calm: 'A quiet place',
} as const;

export const CHARACTERS = {
  cassie: 'Cassie',
  jo: 'Jo',
  'jo-mum': "Jo's mum",
  'jo-mum-partner': "Jo's mum's partner",
  'jo-nan': "Jo's nan",
  'cassie-mum': "Cassie's mum",
  'cassie-dad': "Cassie's dad",
  'cassie-brother': "Cassie's older brother",
  counsellor: 'School counsellor',
  'support-worker': 'Support worker',
  'yos-worker': 'Youth offending worker',
  'police-officer': 'Police officer',
  'police-sergeant': 'Police sergeant',
  'social-worker': 'Social worker',
  'duty-social-worker': 'Duty social worker',
  teacher: 'Head of year',
  'youth-worker': 'Youth worker',
  'council-officer': 'Council parks officer',
  you: 'You',
} as const;

export const SOUNDS = {
  'phone-ping': 'A phone notification',
  'door-knock': 'A knock at the door',
  'door-close': 'A door closing',
  'school-bell': 'A school bell',
  'page-turn': 'A page turning',
} as const;

export type PlaceId = keyof typeof PLACES;
export type CharacterId = keyof typeof CHARACTERS;
export type SoundId = keyof typeof SOUNDS;

export const isKnownPlace = (id: string): id is PlaceId => Object.hasOwn(PLACES, id);
export const isKnownCharacter = (id: string): id is CharacterId => Object.hasOwn(CHARACTERS, id);
export const isKnownSound = (id: string): id is SoundId => Object.hasOwn(SOUNDS, id);
