package org.dateline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * A {@link SiteTest} for tests that publish, unpublish or rename content: they share a
 * second site of their own, so the reader-side tests can keep relying on the demo site as
 * seeded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SiteTest
// Webhook tests deliver to receivers on loopback, with short pauses between attempts.
@TestPropertySource(properties = { "dateline.test.site=newsroom", "dateline.webhook.allow-private-addresses=true",
		"dateline.webhook.poll=100ms", "dateline.webhook.first-retry=300ms", "dateline.webhook.max-retry=600ms",
		"dateline.webhook.max-attempts=4", "dateline.webhook.connect-timeout=1s", "dateline.webhook.read-timeout=2s" })
public @interface NewsroomSiteTest {

}
