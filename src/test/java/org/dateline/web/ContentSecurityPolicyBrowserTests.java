package org.dateline.web;

import java.time.Duration;
import java.util.List;

import org.dateline.Browser;
import org.dateline.DemoPaths;
import org.dateline.NewsroomSiteTest;
import org.dateline.SiteClient;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site works in Chromium under its own Content-Security-Policy: reader pages and the
 * newsroom's scripted screens (the comment reply link, the editor's live preview, the
 * photo picker) report no violation and no console error. A control shows the policy is
 * enforced and that a violation would be seen: an inline script put into the page does
 * not run, and is reported.
 */
@NewsroomSiteTest
class ContentSecurityPolicyBrowserTests {

	private static final String PASSWORD = "a long enough password";

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	@Test
	void readerPagesAndNewsroomScreensRunWithoutAViolation() {
		String article = DemoPaths.article(this.client, "science", "hobart-heat-tolerant-kelp-trial");
		String email = "csp." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Policy Tester", Role.ADMIN, PASSWORD);
		try (Browser browser = Browser.start()) {
			browser.watchForPolicyViolations();
			ChromeDriver driver = browser.driver();
			for (String path : List.of("/", "/science/", "/tag/climate", "/author/maya-okafor", "/no/such/page",
					"/newsroom/sign-in")) {
				open(browser, path);
				assertClean(browser, path);
			}

			open(browser, article);
			WebElement reply = driver.findElement(By.cssSelector("li.comment a.comment-reply-link"));
			String parent = reply.getAttribute("data-comment");
			reply.click();
			assertThat(driver.findElements(By.cssSelector("#comment-" + parent + " > #respond")))
				.as("the reply link's script moved the form under the comment")
				.hasSize(1);
			assertClean(browser, article);

			browser.signIn(this.client.base(), email, PASSWORD);
			assertClean(browser, "/newsroom/");
			for (String path : List.of("/newsroom/articles", "/newsroom/media", "/newsroom/comments",
					"/newsroom/settings", "/newsroom/tags", "/newsroom/sections", "/newsroom/authors")) {
				open(browser, path);
				assertClean(browser, path);
			}

			open(browser, "/newsroom/articles/new");
			driver.findElement(By.id("article-headline")).sendKeys("Policy check");
			driver.findElement(By.id("article-body")).sendKeys("A paragraph the preview shows.");
			wait(driver).until((d) -> String
				.valueOf(((ChromeDriver) d)
					.executeScript("var f = document.getElementById('live-preview'); return f.srcdoc || '';"))
				.contains("A paragraph the preview shows."));
			driver.findElement(By.id("insert-photo")).click();
			wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("photo-picker")));
			driver.findElement(By.id("photo-picker-q")).sendKeys("harbour", Keys.ENTER);
			wait(driver).until((d) -> !d.findElement(By.id("photo-picker-status")).getText().isBlank());
			browser.screenshot("csp-editor-with-picker");
			assertClean(browser, "/newsroom/articles/new");

			Object ran = driver.executeScript("""
					var s = document.createElement('script');
					s.textContent = 'window.__inlineRan = true;';
					document.body.appendChild(s);
					return window.__inlineRan === true;
					""");
			assertThat(ran).as("an inline script added to the page does not run").isEqualTo(false);
			wait(driver).until((d) -> !browser.policyViolations().isEmpty());
			assertThat(browser.policyViolations()).as("and the violation is seen")
				.anySatisfy((violation) -> assertThat(violation).startsWith("script-src"));
		}
	}

	private void open(Browser browser, String path) {
		browser.driver().get(this.client.base() + path);
		wait(browser.driver())
			.until((d) -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
	}

	private static void assertClean(Browser browser, String path) {
		assertThat(browser.policyViolations()).as(path + ": policy violations").isEmpty();
		assertThat(browser.consoleErrors()).as(path + ": console errors")
			.allSatisfy((error) -> assertThat(error).as("only the 404 itself may be logged")
				.contains("/no/such/page")
				.contains("404"));
	}

	private static WebDriverWait wait(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

}
