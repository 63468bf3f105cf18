package org.dateline.article;

import org.dateline.web.NotFoundException;

class TagNotFoundException extends NotFoundException {

	TagNotFoundException(String key) {
		super("No tag '" + key + "'");
	}

}
