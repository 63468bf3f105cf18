package org.dateline.newsroom;

import java.time.Duration;

import org.dateline.Browser;
import org.dateline.NewsroomSiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor saving by itself in Chromium: a new article becomes a draft a few seconds
 * after its headline is typed, and later typing goes into that draft; nothing else is
 * clicked, so a crash of the browser loses at most a few seconds of work.
 */
@NewsroomSiteTest
class AutosaveBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	StaffService staff;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewArticleBecomesADraftByItselfAndKeepsSavingThere() {
		long n = System.nanoTime();
		String email = "autosave." + n + "@newsroom.example";
		this.staff.create(email, "Autosave Reporter", Role.CONTRIBUTOR, PASSWORD);
		String headline = "Night ferry crews ask for a second deckhand " + n;
		try (Browser browser = Browser.start()) {
			ChromeDriver driver = browser.driver();
			driver.get(url("/newsroom/sign-in"));
			driver.findElement(By.id("sign-in-email")).sendKeys(email);
			driver.findElement(By.id("sign-in-password")).sendKeys(PASSWORD);
			driver.findElement(By.cssSelector("form.desk-form button")).click();
			waiting(driver).until(ExpectedConditions.urlMatches("/newsroom/$"));
			driver.get(url("/newsroom/articles/new"));

			new Select(driver.findElement(By.id("article-section"))).selectByIndex(1);
			driver.findElement(By.id("article-headline")).sendKeys(headline);
			driver.findElement(By.id("article-body")).sendKeys("The crews met on Tuesday.");
			waiting(driver).until(ExpectedConditions.urlMatches("/newsroom/articles/\\d+$"));
			waiting(driver)
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), "Draft saved at"));
			long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));
			assertThat(row(id, "headline")).isEqualTo(headline);
			assertThat(row(id, "status")).isEqualTo("DRAFT");
			assertThat(count(headline)).as("one draft").isEqualTo(1);

			WebElement body = driver.findElement(By.id("article-body"));
			body.sendKeys("\n\nThey want an answer by May.");
			waiting(driver).until((d) -> row(id, "body_markdown").contains("They want an answer by May."));
			assertThat(count(headline)).as("saved into the same draft, not a second one").isEqualTo(1);
		}
	}

	private String row(long id, String column) {
		return this.jdbc.sql("SELECT " + column + " FROM article WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long count(String headline) {
		return this.jdbc.sql("SELECT count(*) FROM article WHERE headline = :h")
			.param("h", headline)
			.query(Long.class)
			.single();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

}
