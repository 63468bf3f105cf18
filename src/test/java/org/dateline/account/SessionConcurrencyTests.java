package org.dateline.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newsroom session used by many requests at once (tabs opening together, a screen's
 * scripts) is read and written by each of them: every request must still be answered.
 */
@SiteTest
class SessionConcurrencyTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Test
	void manyRequestsOfOneSessionAtOnceAreAllAnswered() throws Exception {
		String email = "tabs." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Many Tabs", Role.EDITOR, "a long enough password");
		SiteClient desk = this.client.browser();
		String csrf = desk.get("/newsroom/sign-in").document().selectFirst("input[name=_csrf]").val();
		assertThat(desk
			.post("/newsroom/sign-in", Map.of("email", email, "password", "a long enough password", "_csrf", csrf))
			.status()).isEqualTo(302);
		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int round = 0; round < 10; round++) {
				List<Future<Integer>> answers = new ArrayList<>();
				for (int i = 0; i < 24; i++) {
					String path = List.of("/newsroom/", "/newsroom/articles", "/newsroom/tags").get(i % 3);
					answers.add(pool.submit(() -> desk.get(path).status()));
				}
				for (Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
			}
		}
		assertThat(statuses).as("every request answered").containsOnly(200);
	}

}
