package org.dateline.comment;

import org.dateline.web.PageMeta;

/**
 * A short message page about reply emails, with an unsubscribe button when
 * {@code unsubscribeToken} is set.
 */
public record NoticePage(PageMeta meta, String heading, String text, String unsubscribeToken) {
}
