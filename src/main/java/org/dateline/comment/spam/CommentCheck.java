package org.dateline.comment.spam;

/**
 * One defence against spam and abuse. Checks are small, named, run in a fixed order by
 * {@link CheckPipeline}, and get their settings through their constructors, so each is
 * tested without Spring.
 */
public interface CommentCheck {

	String name();

	Verdict check(Submission submission);

}
