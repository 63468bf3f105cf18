package org.dateline.article;

import java.time.Clock;
import java.time.Instant;

import org.dateline.web.ContentChanged;
import org.dateline.web.SurrogateKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes scheduled articles when their time comes, whether or not anyone is reading:
 * every 15 seconds, and at start-up (catching up on what was due while the server was
 * down). On several nodes each article is published by exactly one of them: the update
 * only succeeds while the article is still scheduled.
 */
@Component
class ArticleScheduler {

	private static final Logger log = LoggerFactory.getLogger(ArticleScheduler.class);

	private final ArticleEditRepository edits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleScheduler(ArticleEditRepository edits, ApplicationEventPublisher events, Clock clock) {
		this.edits = edits;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${dateline.scheduler.every:15s}")
	void publishDue() {
		Instant now = this.clock.instant();
		int published = 0;
		for (long id : this.edits.dueForPublishing(now)) {
			if (this.edits.publishScheduled(id, now)) {
				published++;
				log.info("Published scheduled article {}", id);
			}
		}
		if (published > 0) {
			this.events.publishEvent(ContentChanged.of(SurrogateKeys.SITE));
		}
	}

}
