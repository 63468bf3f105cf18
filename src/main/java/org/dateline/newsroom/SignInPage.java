package org.dateline.newsroom;

import org.dateline.web.PageMeta;

/** The sign-in form, with the error of the last attempt if there was one. */
public record SignInPage(PageMeta meta, String csrfParameter, String csrfToken, String error, String notice) {
}
