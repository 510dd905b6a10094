// imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one organisation, one SCO that launches
// the course, and every file of the package listed in its resource.

/** @param {string} text */
export function escapeXml(text) {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]);
}

/**
 * @typedef {object} PackageCourse
 * @property {string} id course id
 * @property {string} lang the language the package launches in
 * @property {string} title in that language
 * @property {string} edition
 * @property {string} contentVersion
 * @property {number | null} passPercent pass mark of the course's scored work, or null
 */

/**
 * @param {'1.2' | '2004'} version
 * @param {PackageCourse} course
 * @param {string} launch path of the launch page inside the package
 * @param {string[]} files every file in the package (the manifest itself excluded)
 */
export function buildManifest(version, course, launch, files) {
  // English keeps the identifier its packages always had, so an LMS updates a package it holds.
  const local = course.lang === 'en' ? '' : `-${course.lang}`;
  const id = `gender-lens-${course.id}${local}-${course.contentVersion}`.replace(/[^A-Za-z0-9_.-]/g, '-');
  const title = escapeXml(`${course.title} (${course.edition})`);
  const fileList = files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
  if (version === '1.2') {
    const mastery =
      course.passPercent === null ? '' : `\n        <adlcp:masteryscore>${course.passPercent}</adlcp:masteryscore>`;
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${id}">
    <organization identifier="org-${id}">
      <title>${title}</title>
      <item identifier="item-${id}" identifierref="res-${id}">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${id}" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  const sequencing =
    course.passPercent === null
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${(course.passPercent / 100).toFixed(2)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org-${id}">
    <organization identifier="org-${id}">
      <title>${title}</title>
      <item identifier="item-${id}" identifierref="res-${id}">
        <title>${title}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${id}" type="webcontent" adlcp:scormType="sco" href="${escapeXml(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
