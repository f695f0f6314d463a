/**
 * What every feature shares and none owns: the refusals services throw ({@link AcademyException}
 * and its kinds, each carrying a resource-bundle key), start-up failure handling and the public
 * address of the platform. Its sub-packages hold configuration of the database, security, i18n,
 * exports, PDFs, QR codes, health and the shared parts of the two doors (api, web). Platform is
 * used by every feature and depends on none of them; a class that needs a feature's types belongs
 * to that feature.
 */
package eu.restproject.academy.platform;
