// The launch settings an LMS package's page carries: the text of `<script type="application/json" id="lms-launch">`
// (written by `npm run build:lms`), or undefined on an ordinary page.

export const LMS_LAUNCH_ELEMENT_ID = 'lms-launch';

export function lmsLaunchText(doc: Document = document): string | undefined {
  const element = doc.getElementById(LMS_LAUNCH_ELEMENT_ID);
  return element instanceof HTMLScriptElement && element.type === 'application/json' ? element.textContent : undefined;
}
