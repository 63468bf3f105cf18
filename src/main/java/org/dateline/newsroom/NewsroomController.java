package org.dateline.newsroom;

import java.util.List;

import org.dateline.article.Actor;
import org.dateline.article.ArticleEditing;
import org.dateline.article.ArticleFilter;
import org.dateline.article.ArticleStatus;
import org.dateline.article.ListedArticle;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newsroom's front door: what needs attention. Everyone sees their own drafts and
 * what is scheduled; editors also see the desk's drafts waiting for them and the comment
 * queue.
 */
@Controller
class NewsroomController {

	private static final int SHOWN = 6;

	private final DeskFactory desks;

	private final ArticleEditing editing;

	NewsroomController(DeskFactory desks, ArticleEditing editing) {
		this.desks = desks;
		this.editing = editing;
	}

	@GetMapping("/newsroom")
	String withoutSlash() {
		return "redirect:/newsroom/";
	}

	@GetMapping("/newsroom/")
	String dashboard(CsrfToken csrf, Model model) {
		Actor actor = this.desks.articleActor();
		Long own = actor.canEditOthers() ? null : actor.staffId();
		List<ListedArticle> mine = list(ArticleStatus.DRAFT, actor.staffId(), ArticleFilter.Sort.RECENTLY_CHANGED);
		List<ListedArticle> desk = actor.canEditOthers()
				? list(ArticleStatus.DRAFT, null, ArticleFilter.Sort.RECENTLY_CHANGED).stream()
					.filter((article) -> mine.stream().noneMatch((m) -> m.id() == article.id()))
					.toList()
				: List.of();
		model.addAttribute("page",
				new DashboardPage(this.desks.desk("Dashboard", "/newsroom/", "dashboard", csrf), mine, desk,
						list(ArticleStatus.SCHEDULED, own, ArticleFilter.Sort.NEXT_TO_PUBLISH),
						list(ArticleStatus.PUBLISHED, own, ArticleFilter.Sort.NEWEST_PUBLISHED)));
		return "newsroom/dashboard";
	}

	private List<ListedArticle> list(ArticleStatus status, Long createdBy, ArticleFilter.Sort sort) {
		return this.editing.list(new ArticleFilter(status, null, null, createdBy, "", sort), SHOWN, 0);
	}

}
