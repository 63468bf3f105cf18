package org.dateline.comment;

/** Who sent a comment, as far as the checks need to know. */
public record Requester(String ip, String userAgent) {

	public Requester {
		ip = ip == null ? "" : ip;
		userAgent = userAgent == null ? "" : userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
	}

}
