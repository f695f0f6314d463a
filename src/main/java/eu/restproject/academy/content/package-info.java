/**
 * Module bundles: their format (manifest, lessons in Markdown, quizzes in YAML), reading and
 * validating an upload, publishing it as a new immutable {@link ModuleVersion}, the library of
 * published versions, and the change markers between versions. Content builds on {@code quiz} (a
 * bundle carries quizzes) and on people and platform; it must not know learning, seminars or
 * anything built on it.
 */
package eu.restproject.academy.content;
