package org.dateline.newsroom;

import java.util.List;

import org.dateline.article.EditableArticle;
import org.dateline.article.Revision;

/** The list of an article's revisions, newest first, to compare or restore. */
public record RevisionsPage(Desk desk, EditableArticle article, List<Revision> revisions, String notice) {
}
