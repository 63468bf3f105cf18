package org.dateline.comment;

import org.dateline.web.ContentChanged;
import org.dateline.web.SurrogateKeys;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A comment that appears, changes or goes away changes its article's page. */
@Component
class CommentCacheKeys {

	private final ApplicationEventPublisher events;

	CommentCacheKeys(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void approved(CommentEvents.CommentApproved event) {
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.article(event.articleId())));
	}

	@EventListener
	void changed(CommentEvents.CommentChanged event) {
		this.events.publishEvent(ContentChanged.of(SurrogateKeys.article(event.articleId())));
	}

}
