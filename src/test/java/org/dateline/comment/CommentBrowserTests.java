package org.dateline.comment;

import java.time.Duration;

import org.dateline.Browser;
import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole comment journey in real browsers: a reader comments and replies (the reply
 * link moves the form, no page load), sees both awaiting moderation; an editor approves
 * them in the newsroom; another reader's browser then shows them, threaded. Screenshots
 * go to {@code target/screenshots}.
 */
@SiteTest
class CommentBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	private static void fill(ChromeDriver driver, String field, String value) {
		WebElement input = driver.findElement(By.cssSelector("#respond [name=" + field + "]"));
		input.clear();
		input.sendKeys(value);
	}

	@Test
	void aReaderCommentsAndRepliesAnEditorApprovesAndEveryoneSeesThem() throws Exception {
		String path = DemoPaths.article(this.client, "science", "hobart-heat-tolerant-kelp-trial");
		String editorEmail = "browser.editor." + System.nanoTime() + "@newsroom.example";
		this.staff.create(editorEmail, "Browser Editor", Role.EDITOR, "a long enough password");
		String readerEmail = "browser.reader." + System.nanoTime() + "@example.org";

		try (Browser reader = Browser.start(); Browser editor = Browser.start(); Browser other = Browser.start()) {
			ChromeDriver driver = reader.driver();
			driver.get(url(path));
			Thread.sleep(3500); // people take a while to write; the form refuses anything
								// faster than 3 s
			fill(driver, "body", "Are the heat-tolerant strains being planted anywhere else yet?");
			fill(driver, "name", "Browser Reader");
			fill(driver, "email", readerEmail);
			driver.findElement(By.id("comment-remember")).click();
			driver.findElement(By.cssSelector("#respond button[type=submit]")).click();
			waiting(driver).until(ExpectedConditions.urlContains("?moderation="));
			WebElement pending = driver.findElement(By.cssSelector("li.comment.pending"));
			assertThat(pending.findElement(By.cssSelector(".comment-awaiting-moderation")).getText())
				.startsWith("Your comment is awaiting moderation");
			String commentId = pending.getAttribute("id");

			WebElement replyLink = driver.findElement(By.cssSelector("li.comment:not(.pending) a.comment-reply-link"));
			String parentId = replyLink.getAttribute("data-comment");
			String author = replyLink.getAttribute("data-author");
			String before = driver.getCurrentUrl();
			replyLink.click();
			assertThat(driver.getCurrentUrl()).as("the form moved without a page load").isEqualTo(before);
			assertThat(driver.findElement(By.cssSelector("#comment-" + parentId + " > #respond"))).isNotNull();
			assertThat(driver.findElement(By.cssSelector("#respond .respond-title-text")).getText())
				.isEqualTo("Reply to " + author);
			assertThat(driver.findElement(By.cssSelector("#respond [name=name]")).getAttribute("value"))
				.as("remembered in this browser")
				.isEqualTo("Browser Reader");
			Thread.sleep(3500);
			fill(driver, "body", "Replying to you with a question about the trial.");
			driver.findElement(By.cssSelector("#respond button[type=submit]")).click();
			waiting(driver).until((d) -> d.findElements(By.cssSelector("li.comment.pending")).size() == 2);
			WebElement reply = driver
				.findElement(By.cssSelector("#comment-" + parentId + " > ol.children > li.comment.pending"));
			String replyId = reply.getAttribute("id");
			reader.screenshot("comments-awaiting-moderation");
			assertThat(reader.consoleErrors()).isEmpty();

			ChromeDriver other1 = other.driver();
			other1.get(url(path));
			assertThat(other1.findElements(By.id(commentId))).as("held comments are private").isEmpty();

			ChromeDriver desk = editor.driver();
			editor.signIn(url(""), editorEmail, "a long enough password");
			desk.get(url("/newsroom/comments"));
			desk.findElement(By.id("select-" + commentId.substring("comment-".length()))).click();
			desk.findElement(By.id("select-" + replyId.substring("comment-".length()))).click();
			editor.screenshot("moderation-queue");
			desk.findElement(By.cssSelector(".bulk button")).click();
			waiting(desk).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice-success"),
					"2 comments approved."));

			other1.get(url(path));
			assertThat(other1.findElement(By.id(commentId)).getText()).contains("heat-tolerant strains");
			assertThat(other1.findElements(By.cssSelector("#comment-" + parentId + " > ol.children > #" + replyId)))
				.hasSize(1);
			assertThat(other1.findElements(By.cssSelector(".comment-awaiting-moderation"))).isEmpty();
			other.screenshot("comments-approved");
		}
	}

}
