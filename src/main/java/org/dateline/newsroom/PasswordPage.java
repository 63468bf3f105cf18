package org.dateline.newsroom;

import org.dateline.web.PageMeta;

/** The form to set a password from a one-time link. */
public record PasswordPage(PageMeta meta, String csrfParameter, String csrfToken, String token, String error) {
}
