package org.dateline.article;

import org.dateline.web.NotFoundException;

class SectionNotFoundException extends NotFoundException {

	SectionNotFoundException(String slug) {
		super("No section '" + slug + "'");
	}

}
