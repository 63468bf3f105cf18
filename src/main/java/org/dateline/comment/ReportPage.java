package org.dateline.comment;

import java.util.List;

import org.dateline.web.PageMeta;

/** The page to report a comment, or the thanks after a report. */
public record ReportPage(PageMeta meta, Comment comment, List<String> reasons, boolean done, String error) {
}
