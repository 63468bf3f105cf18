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
@TestPropertySource(properties = "dateline.test.site=newsroom")
public @interface NewsroomSiteTest {

}
