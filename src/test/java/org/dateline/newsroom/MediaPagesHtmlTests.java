package org.dateline.newsroom;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dateline.HtmlChecker;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.media.PhotoFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The media library's pages, in each state they render, checked by the W3C Nu Html
 * Checker: zero errors allowed.
 */
@SiteTest
class MediaPagesHtmlTests {

	@Autowired
	SiteClient client;

	@Autowired
	StaffService staff;

	SiteClient as(Role role) {
		String email = "html." + role.name().toLowerCase() + "." + System.nanoTime() + "@newsroom.example";
		this.staff.create(email, role.label() + " Checker", role, MediaUploadTests.PASSWORD);
		return SignIn.as(this.client, email, MediaUploadTests.PASSWORD);
	}

	@Test
	void everyMediaLibraryPageIsValidHtml() {
		SiteClient author = as(Role.AUTHOR);
		long id = MediaUploadTests
			.uploadedId(Multipart.upload(author, "agency.jpg", "image/jpeg", PhotoFixtures.agencyJpeg(800, 600)));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("library", author.get("/newsroom/media").body());
		pages.put("library, second page", author.get("/newsroom/media?page=2").body());
		pages.put("search without results", author.get("/newsroom/media?q=nothing-matches-this").body());
		pages.put("refused files",
				new Multipart().field("_csrf", SignIn.csrf(author, "/newsroom/media"))
					.file("file", "a.svg", "image/svg+xml", "<svg/>".getBytes(StandardCharsets.UTF_8))
					.file("file", "b.jpg", "image/jpeg", new byte[0])
					.post(author, "/newsroom/media/upload")
					.body());
		pages.put("too large", author.get("/newsroom/media?refused=too-large").body());
		pages.put("photo, just uploaded", author.get("/newsroom/media/" + id + "?done=uploaded").body());
		pages.put("photo, fields too long",
				author
					.post("/newsroom/media/" + id,
							Map.of("_csrf", SignIn.csrf(author, "/newsroom/media"), "credit", "x".repeat(300)))
					.body());
		pages.put("photo in use, read only", as(Role.CONTRIBUTOR).get("/newsroom/media/1").body());
		HtmlChecker.assertValid(pages);
	}

}
