// The package manifests: imsmanifest.xml for SCORM 1.2 and for SCORM 2004 4th Edition (one SCO), and cmi5.xml
// (one AU, moves on when completed). Each names the start page relative to the package's root.

export interface PackageDescription {
  /** Identifier stem, the same in every manifest of one build (letters, digits and hyphens). */
  readonly identifier: string;
  readonly title: string;
  readonly description: string;
  /** The start page's path inside the package. */
  readonly launch: string;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** SCORM 2004's sequencing: the content sets completion (and nothing else), inside the item and the organisation. */
const SEQUENCING_2004 = {
  item: `
        <imsss:sequencing>
          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>`,
  organization: `
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>`,
};

/**
 * What both SCORM versions' manifests hold after their namespaces: the metadata, one organisation with one item,
 * and the one SCO (its start page as its resource and only file; 1.2 spells the attribute `scormtype`).
 */
function scoBody(
  p: PackageDescription,
  schemaVersion: string,
  typeAttribute: 'scormtype' | 'scormType',
  extra: { readonly item: string; readonly organization: string },
): string {
  const title = escapeXml(p.title);
  return `  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${p.identifier}-org">
    <organization identifier="${p.identifier}-org">
      <title>${title}</title>
      <item identifier="${p.identifier}-item" identifierref="${p.identifier}-sco" isvisible="true">
        <title>${title}</title>${extra.item}
      </item>${extra.organization}
    </organization>
  </organizations>
  <resources>
    <resource identifier="${p.identifier}-sco" type="webcontent" adlcp:${typeAttribute}="sco" href="${escapeXml(p.launch)}">
      <file href="${escapeXml(p.launch)}"/>
    </resource>
  </resources>`;
}

export function scorm12Manifest(p: PackageDescription): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.identifier}-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
${scoBody(p, '1.2', 'scormtype', { item: '', organization: '' })}
</manifest>
`;
}

export function scorm2004Manifest(p: PackageDescription): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.identifier}-scorm2004" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
${scoBody(p, '2004 4th Edition', 'scormType', SEQUENCING_2004)}
</manifest>
`;
}

/** cmi5 ids are IRIs; a URN keeps them stable across builds of the same choice without claiming a web address. */
export function cmi5CourseStructure(p: PackageDescription): string {
  const lang = (text: string): string => `<langstring lang="en-GB">${escapeXml(text)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="urn:practice-paths:course:${p.identifier}">
    <title>${lang(p.title)}</title>
    <description>${lang(p.description)}</description>
  </course>
  <au id="urn:practice-paths:au:${p.identifier}" moveOn="Completed" launchMethod="AnyWindow">
    <title>${lang(p.title)}</title>
    <description>${lang(p.description)}</description>
    <url>${escapeXml(p.launch)}</url>
  </au>
</courseStructure>
`;
}
