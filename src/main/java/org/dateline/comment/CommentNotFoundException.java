package org.dateline.comment;

import org.dateline.web.NotFoundException;

class CommentNotFoundException extends NotFoundException {

	CommentNotFoundException(long id) {
		super("No comment " + id);
	}

}
