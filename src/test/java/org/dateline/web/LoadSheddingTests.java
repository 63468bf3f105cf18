package org.dateline.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.OrderUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load shedding: beyond {@code max-concurrent} pages rendering at once, a reader waits at
 * most {@code max-wait} and then gets a quick 503 with {@code Retry-After}; writes, the
 * newsroom and health checks are never shed, and cached pages never get to the filter.
 */
class LoadSheddingTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final LoadShedding filter = new LoadShedding(
			new LoadSheddingProperties(true, 1, Duration.ofMillis(50), Duration.ofSeconds(5)), this.meters);

	@Test
	void aRequestBeyondTheLimitIsAnsweredBusyWithRetryAfter() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture
			.supplyAsync(() -> run(get("/world/"), (request, response) -> {
				rendering.countDown();
				await(finish);
				((HttpServletResponse) response).setStatus(200);
			}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();

		long started = System.nanoTime();
		MockHttpServletResponse second = run(get("/world/"), ok());
		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(second.getHeader("Retry-After")).isEqualTo("5");
		assertThat(second.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(second.getContentAsString()).contains("try again in a few seconds");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(this.meters.counter("dateline.load.shed").count()).isEqualTo(1);

		finish.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(run(get("/world/"), ok()).getStatus()).isEqualTo(200);
	}

	@Test
	void writesTheNewsroomAndHealthChecksAreNeverShed() throws Exception {
		CountDownLatch finish = new CountDownLatch(1);
		CountDownLatch rendering = new CountDownLatch(1);
		CompletableFuture<MockHttpServletResponse> busy = CompletableFuture
			.supplyAsync(() -> run(get("/"), (request, response) -> {
				rendering.countDown();
				await(finish);
			}));
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();

		MockHttpServletRequest comment = new MockHttpServletRequest("POST", "/world/2026/11/28/a-story");
		assertThat(run(comment, ok()).getStatus()).isEqualTo(200);
		assertThat(run(get("/newsroom/"), ok()).getStatus()).isEqualTo(200);
		assertThat(run(get("/actuator/health"), ok()).getStatus()).isEqualTo(200);
		assertThat(run(get("/assets/site.css"), ok()).getStatus()).isEqualTo(200);
		assertThat(run(get("/search"), ok()).getStatus()).isEqualTo(503);

		finish.countDown();
		busy.get(5, TimeUnit.SECONDS);
	}

	@Test
	void switchedOffItLetsEverythingThrough() throws Exception {
		LoadShedding off = new LoadShedding(
				new LoadSheddingProperties(false, 1, Duration.ofMillis(1), Duration.ofSeconds(5)),
				(MeterRegistry) null);
		CountDownLatch finish = new CountDownLatch(1);
		CountDownLatch rendering = new CountDownLatch(1);
		CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
			try {
				off.doFilter(get("/"), new MockHttpServletResponse(), (request, response) -> {
					rendering.countDown();
					await(finish);
				});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(rendering.await(5, TimeUnit.SECONDS)).isTrue();
		MockHttpServletResponse response = new MockHttpServletResponse();
		off.doFilter(get("/"), response, ok());
		assertThat(response.getStatus()).isEqualTo(200);
		finish.countDown();
		busy.get(5, TimeUnit.SECONDS);
	}

	@Test
	void cachedPagesAreServedBeforeTheLimitApplies() {
		assertThat(OrderUtils.getOrder(LoadShedding.class)).isGreaterThan(OrderUtils.getOrder(PageCacheFilter.class));
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static FilterChain ok() {
		return (request, response) -> ((HttpServletResponse) response).setStatus(200);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.filter.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
