package org.dateline.newsroom;

import org.dateline.account.Role;
import org.dateline.account.StaffService;
import org.dateline.account.StaffUser;
import org.dateline.article.Actor;
import org.dateline.comment.CommentModeration;
import org.dateline.web.NotFoundException;
import org.dateline.web.PageMeta;
import org.dateline.web.Pages;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the {@link Desk} of a newsroom screen for the signed-in account. */
@Component
class DeskFactory {

	private final StaffService staff;

	private final CommentModeration moderation;

	private final Pages pages;

	DeskFactory(StaffService staff, CommentModeration moderation, Pages pages) {
		this.staff = staff;
		this.moderation = moderation;
		this.pages = pages;
	}

	/**
	 * @param scripts this site's scripts the screen needs (it must work without them)
	 */
	Desk desk(String title, String path, String section, CsrfToken csrf, String... scripts) {
		StaffUser user = currentUser();
		long pending = user.can(Role.EDITOR) ? this.moderation.counts().get(CommentModeration.View.PENDING) : 0;
		PageMeta.Builder meta = this.pages.page(title + " · Newsroom", path).noIndex();
		for (String script : scripts) {
			meta.script(script);
		}
		return new Desk(meta.build(), user, csrf.getParameterName(), csrf.getToken(), pending, section,
				this.pages.site().zone());
	}

	StaffUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			throw new NotFoundException("Not signed in");
		}
		return this.staff.byEmail(authentication.getName())
			.orElseThrow(() -> new NotFoundException("No account " + authentication.getName()));
	}

	/** The signed-in account as the article rules see it. */
	Actor articleActor() {
		StaffUser user = currentUser();
		return new Actor(user.id(), user.name(), user.can(Role.AUTHOR), user.can(Role.EDITOR));
	}

	/** How moderation logs name the person who acted. */
	String actor() {
		StaffUser user = currentUser();
		return user.name() + " (#" + user.id() + ")";
	}

}
