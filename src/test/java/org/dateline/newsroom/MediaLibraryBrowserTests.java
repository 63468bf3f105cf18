package org.dateline.newsroom;

import java.time.Duration;
import java.util.Base64;

import org.dateline.Browser;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.media.PhotoFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload script in Chromium: it runs under the site's Content Security Policy, names
 * a refused file before anything is sent, and sends dropped photos at once. Files are
 * dropped the way the browser delivers a drop from the desktop: a {@code drop} event
 * carrying a {@code DataTransfer} with the files.
 */
@SiteTest
class MediaLibraryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffService staff;

	@Test
	void droppedPhotosAreCheckedInTheBrowserAndThenUploaded() {
		String email = "browser.media." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, "Browser Photographer", Role.CONTRIBUTOR, MediaUploadTests.PASSWORD);
		try (Browser browser = Browser.start()) {
			ChromeDriver driver = browser.driver();
			browser.signIn(url(""), email, MediaUploadTests.PASSWORD);
			driver.get(url("/newsroom/media"));
			assertThat(driver.findElement(By.cssSelector(".drop-hint")).isDisplayed()).isTrue();

			drop(driver, "logo.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes());
			assertThat(driver.findElement(By.id("upload-file-error")).getText())
				.startsWith("logo.svg: SVG files are not accepted")
				.endsWith("Nothing was sent.");
			assertThat(driver.findElement(By.id("upload-file")).getAttribute("aria-invalid")).isEqualTo("true");
			assertThat(driver.getCurrentUrl()).endsWith("/newsroom/media");
			browser.screenshot("media-library-refused-drop");

			drop(driver, "dropped.png", "image/png", PhotoFixtures.png(400, 300));
			waiting(driver).until(ExpectedConditions.urlContains("done=uploaded"));
			assertThat(driver.findElement(By.cssSelector(".notice-success")).getText()).startsWith("Uploaded.");
			assertThat(driver.findElement(By.cssSelector(".facts dd")).getText()).isEqualTo("dropped.png");
			browser.screenshot("media-photo-uploaded");
			assertThat(browser.consoleErrors()).isEmpty();
		}
	}

	private static void drop(ChromeDriver driver, String name, String type, byte[] content) {
		driver.executeScript(
				"""
						const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
						const transfer = new DataTransfer();
						transfer.items.add(new File([bytes], arguments[1], { type: arguments[2] }));
						const zone = document.querySelector('.drop-zone');
						zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
						zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
						""",
				Base64.getEncoder().encodeToString(content), name, type);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static WebDriverWait waiting(ChromeDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

}
