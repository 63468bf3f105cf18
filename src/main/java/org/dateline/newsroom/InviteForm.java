package org.dateline.newsroom;

/** The form that invites a colleague, as sent. */
public record InviteForm(String email, String name, String role) {

	static final InviteForm EMPTY = new InviteForm("", "", "author");

}
