package org.dateline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A journey test against the real server on a random port, with the demo site seeded into
 * a temporary SQLite data directory. Every class carrying this annotation shares one
 * running site (Spring caches the context), so tests must not depend on data other tests
 * change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "dateline.demo.enabled=true", "dateline.mail.poll=100ms",
				"dateline.comment.moderation-words=sponsored,giveaway", "dateline.comment.block-words=casinobonus",
				"dateline.comment.block-ips=198.51.100.66", "dateline.comment.block-domains=spam.example",
				// requests queue for their turn as before: on a loaded test machine a
				// render takes far longer than in production, and a shed page would check
				// nothing (the shedding itself is LoadSheddingTests')
				"dateline.load-shedding.max-wait=60s" })
@ContextConfiguration(initializers = TemporaryDataDirectory.class)
@Import(QueryCounter.Configuration.class)
public @interface SiteTest {

}
