package org.dateline.newsroom;

import java.util.List;

import org.dateline.article.Author;
import org.dateline.article.EditableArticle;
import org.dateline.article.Section;
import org.dateline.media.Photo;

/**
 * The article editor: the form (as saved, or as sent when something needs fixing), the
 * choices it offers, the editorial checklist and what the last action did.
 *
 * @param article the saved article, or {@code null} for a new one
 * @param confirmPublish ask to confirm publishing despite the checklist's warnings
 */
public record ArticleEditPage(Desk desk, EditableArticle article, ArticleForm form, int version, List<Section> sections,
		List<Author> authors, Photo hero, List<String> warnings, String notice, String error, boolean confirmPublish,
		String scheduleAt, boolean canPublish) {

	public boolean isNew() {
		return this.article == null;
	}

	public String action() {
		return isNew() ? "/newsroom/articles" : "/newsroom/articles/" + this.article.id();
	}

	public String title() {
		return isNew() ? "New article" : this.form.headline().isBlank() ? "Untitled" : this.form.headline();
	}

}
