package org.dateline.article;

import org.dateline.web.NotFoundException;

class AuthorNotFoundException extends NotFoundException {

	AuthorNotFoundException(String key) {
		super("No author '" + key + "'");
	}

}
