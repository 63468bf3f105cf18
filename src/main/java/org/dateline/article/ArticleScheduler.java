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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final TransactionTemplate transactions;

	ArticleScheduler(ArticleEditRepository edits, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.edits = edits;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Scheduled(initialDelay = 0, fixedDelayString = "${dateline.scheduler.every:15s}")
	void publishDue() {
		Instant now = this.clock.instant();
		int published = 0;
		for (long id : this.edits.dueForPublishing(now)) {
			// one transaction per story: its lifecycle event's listeners (search,
			// webhooks)
			// see it committed, and one failure does not hold back the others
			Boolean done = this.transactions.execute((status) -> {
				boolean changed = this.edits.publishScheduled(id, now);
				if (changed) {
					this.events.publishEvent(new ArticleLifecycle(id, ArticleLifecycle.Change.PUBLISHED));
				}
				return changed;
			});
			if (Boolean.TRUE.equals(done)) {
				published++;
				log.info("Published scheduled article {}", id);
			}
		}
		if (published > 0) {
			this.events.publishEvent(ContentChanged.of(SurrogateKeys.SITE));
		}
	}

}
