// Support services shown before sensitive content, on the break screen and in the about page.
// Numbers from the project's domain brief (section 5); check them before each release, as services change.

export interface SupportService {
  readonly name: string;
  readonly forWhom: string;
  readonly contact: string;
}

export const SUPPORT_CHECKED = 'November 2026';

export const SUPPORT_SERVICES: readonly SupportService[] = [
  {
    name: 'Emergency services',
    forWhom: 'If anyone is in immediate danger.',
    contact: 'Call 999 (police non-emergency: 101)',
  },
  {
    name: 'Your own organisation',
    forWhom:
      'For you as a practitioner: supervision, your manager, or your Employee Assistance Programme if this brings up difficult feelings.',
    contact: 'Ask your manager or HR',
  },
  {
    name: 'NSPCC Helpline',
    forWhom: 'Adults, including professionals, worried about a child.',
    contact: '0808 800 5000 · help@nspcc.org.uk',
  },
  {
    name: 'Childline',
    forWhom: 'Anyone under 19, about anything. Free and confidential.',
    contact: '0800 1111 · childline.org.uk',
  },
  {
    name: 'Samaritans',
    forWhom: 'Anyone struggling to cope, day or night.',
    contact: '116 123 (free) · jo@samaritans.org',
  },
  { name: 'Shout', forWhom: 'Free, 24/7 text support for anyone in crisis.', contact: 'Text SHOUT to 85258' },
  {
    name: 'Rape Crisis 24/7 Support Line',
    forWhom: 'Anyone aged 16 or over in England and Wales affected by sexual violence, whenever it happened.',
    contact: '0808 500 2222 · 247sexualabusesupport.org.uk',
  },
  {
    name: 'Missing People SafeCall',
    forWhom: 'Young people up to 25 at risk of exploitation or going missing, and their families.',
    contact: 'Call or text 116 000',
  },
  {
    name: 'Modern Slavery & Exploitation Helpline',
    forWhom: 'Advice and reporting on exploitation and trafficking, 24/7.',
    contact: '08000 121 700',
  },
  {
    name: 'Ivison Trust',
    forWhom: 'Parents and carers whose children are affected by exploitation.',
    contact: 'ivisontrust.org.uk',
  },
  {
    name: 'Crimestoppers and Fearless',
    forWhom: 'Report crime anonymously; Fearless is the service for young people.',
    contact: '0800 555 111 · fearless.org',
  },
];

/** The three services the content notice shows first, by name (the rest are one key away): for a practitioner
 * upset by the material, for anyone struggling, and for worry about a child. */
export const FIRST_SUPPORT: readonly string[] = ['Your own organisation', 'Samaritans', 'NSPCC Helpline'];
