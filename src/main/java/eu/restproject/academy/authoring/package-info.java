/**
 * Quiz authoring in the browser: a question bank per module with tags, quiz drafts built from it,
 * and publishing a draft as a new module version, so that attempts already started keep theirs.
 * Builds on content and quiz (and people, platform); nothing below it may know authoring.
 */
package eu.restproject.academy.authoring;
