package org.dateline.comment;

/**
 * The learned filter's opinion of a comment.
 *
 * @param scored whether it has seen at least one decision of each kind
 * @param acting whether it has seen enough decisions of each kind to hold comments
 * @param evidence the words that weighed most, with the direction they pushed
 */
public record SpamScore(boolean scored, boolean acting, double probability, String evidence) {

	public static final SpamScore NONE = new SpamScore(false, false, 0, "");

}
