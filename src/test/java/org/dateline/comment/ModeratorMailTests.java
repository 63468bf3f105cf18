package org.dateline.comment;

import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.dateline.DemoPaths;
import org.dateline.SiteClient;
import org.dateline.SiteTest;
import org.dateline.TestMail;
import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Moderators hear when the queue grows, but not once per comment. */
@SiteTest
@TestPropertySource(properties = "dateline.comment.notifications.moderators-every=1h")
class ModeratorMailTests {

	@Autowired
	SiteClient client;

	@Autowired
	CommentTokens tokens;

	@Autowired
	StaffService staff;

	@Test
	void moderatorsAreToldWhenCommentsWaitAtMostOncePerPeriod() throws Exception {
		String editor = "moderator." + System.nanoTime() + "@newsroom.example";
		this.staff.create(editor, "Mo Derator", Role.EDITOR, "a long enough password");
		String author = "author." + System.nanoTime() + "@newsroom.example";
		this.staff.create(author, "Not A Moderator", Role.AUTHOR, "a long enough password");
		Poster poster = new Poster(this.client, this.tokens);
		String path = DemoPaths.article(this.client, "business", "chile-cherry-growers-record-season");
		for (int i = 0; i < 3; i++) {
			assertThat(poster.post(this.client, path, poster.form(path, "New", Poster.uniqueEmail("new"), "Held " + i))
				.header("Location")).hasValueSatisfying((location) -> assertThat(location).contains("?moderation="));
		}
		List<MimeMessage> mail = TestMail.await(editor, 1);
		assertThat(mail.getFirst().getSubject()).endsWith("waiting for moderation");
		assertThat(TestMail.body(mail.getFirst())).contains("/newsroom/comments");
		Thread.sleep(1000);
		assertThat(TestMail.to(editor)).hasSize(1);
		assertThat(TestMail.to(author)).isEmpty();
	}

}
