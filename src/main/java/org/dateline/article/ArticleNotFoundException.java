package org.dateline.article;

import org.dateline.web.NotFoundException;

class ArticleNotFoundException extends NotFoundException {

	ArticleNotFoundException(String slug) {
		super("No article '" + slug + "'");
	}

}
