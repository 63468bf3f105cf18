package org.dateline;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application executes, through datasource-proxy wrapped
 * around the real pool. Tests use it to prove a page's query count does not grow with its
 * content (no N+1).
 */
public class QueryCounter {

	private final AtomicInteger count = new AtomicInteger();

	private final java.util.List<String> statements = java.util.Collections
		.synchronizedList(new java.util.ArrayList<>());

	public void reset() {
		this.count.set(0);
		this.statements.clear();
	}

	public int count() {
		return this.count.get();
	}

	/**
	 * The statements counted since the last reset, to show when a count is not what a
	 * test expects.
	 */
	public String statements() {
		return String.join("\n---\n", this.statements);
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		SiteClient siteClient(org.springframework.core.env.Environment environment) {
			return new SiteClient(() -> environment.getRequiredProperty("local.server.port", Integer.class));
		}

		@Bean
		QueryCounter queryCounter() {
			return new QueryCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(
				org.springframework.beans.factory.ObjectProvider<QueryCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name("counting")
							.afterQuery((execution, queries) -> {
								// only what requests cost: background work (the mail
								// outbox) runs on its own
								if (!Thread.currentThread().getName().startsWith("tomcat-handler")) {
									return;
								}
								QueryCounter queryCounter = counter.getObject();
								queryCounter.count.addAndGet(queries.size());
								queries.forEach((q) -> queryCounter.statements.add(q.getQuery().strip()));
							})
							.build();
					}
					return bean;
				}
			};
		}

	}

}
