// English (UK) words about an organisation's learning platform (a SCORM or cmi5 package): what it is told,
// shown on the content notice before play and in settings, and the one line when progress isn't recorded.

export const lmsReporting = {
  heading: 'Your learning platform',
  completion:
    "Your organisation's learning platform is told: that you started and finished (completion only). Your choices and notes stay on this device.",
  decisions:
    "Your organisation's learning platform is told: that you started and finished, each decision you take and your principle profile; never your notes.",
  notRecording:
    "Your organisation's learning platform could not be reached, so your progress isn't being recorded there. You can still play.",
};
