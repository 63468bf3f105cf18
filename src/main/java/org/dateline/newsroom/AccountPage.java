package org.dateline.newsroom;

/** The signed-in person's own account screen. */
public record AccountPage(Desk desk, String notice, String error, long sessions) {
}
