/**
 * Quiz authoring in the browser: a question bank per module with tags, quiz drafts built from it,
 * and publishing a draft as a new module version, so that attempts already started keep theirs.
 */
package eu.restproject.academy.authoring;
