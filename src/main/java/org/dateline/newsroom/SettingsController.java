package org.dateline.newsroom;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.comment.CommentRules;
import org.dateline.comment.CommentRulesService;
import org.dateline.feed.FeedSettings;
import org.dateline.site.SiteLogo;
import org.dateline.site.SiteSettingsForm;
import org.dateline.site.SiteSettingsService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The site's settings, for admins: its name, description, address, language and time
 * zone, its logo, the comment rules, and whether feeds carry whole stories. Every change
 * applies at once, without a restart.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {

	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((zone) -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
		.sorted()
		.toList();

	private final DeskFactory desks;

	private final SiteSettingsService settings;

	private final SiteLogo logo;

	private final CommentRulesService rules;

	private final FeedSettings feeds;

	SettingsController(DeskFactory desks, SiteSettingsService settings, SiteLogo logo, CommentRulesService rules,
			FeedSettings feeds) {
		this.desks = desks;
		this.settings = settings;
		this.logo = logo;
		this.rules = rules;
		this.feeds = feeds;
	}

	@GetMapping("/newsroom/settings")
	String settings(CsrfToken csrf, Model model) {
		return page(csrf, model, SiteSettingsForm.of(this.settings.current()), Map.of(),
				RulesForm.of(this.rules.current()), Map.of(), (String) model.getAttribute("notice"), null);
	}

	@PostMapping("/newsroom/settings")
	String site(SiteSettingsForm form, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> problems = form.problems();
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return page(csrf, model, form, problems, RulesForm.of(this.rules.current()), Map.of(), null,
					"Some settings need another look; nothing was changed.");
		}
		this.settings.update(form);
		redirect.addFlashAttribute("notice", "The site's settings are saved; every page shows them now.");
		return "redirect:/newsroom/settings";
	}

	@PostMapping("/newsroom/settings/comments")
	String comments(RulesForm form, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Map<String, String> problems = form.problems();
		if (problems.isEmpty()) {
			CommentRules rules = form.rules();
			problems = rules.problems();
			if (problems.isEmpty()) {
				this.rules.update(rules);
				redirect.addFlashAttribute("notice", "The comment rules are saved; the next comment meets them.");
				return "redirect:/newsroom/settings#comment-rules";
			}
		}
		response.setStatus(422);
		return page(csrf, model, SiteSettingsForm.of(this.settings.current()), Map.of(), form, problems, null,
				"Some comment rules need another look; nothing was changed.");
	}

	/** Whole stories ({@code content=full}) or only their excerpts in every feed. */
	@PostMapping("/newsroom/settings/feeds")
	String feeds(@RequestParam(required = false) String content, CsrfToken csrf, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (!"full".equals(content) && !"excerpt".equals(content)) {
			response.setStatus(422);
			return page(csrf, model, SiteSettingsForm.of(this.settings.current()), Map.of(),
					RulesForm.of(this.rules.current()), Map.of(), null,
					"Choose whether feeds carry whole stories or excerpts; nothing was changed.");
		}
		this.feeds.fullContent("full".equals(content));
		redirect.addFlashAttribute("notice", "full".equals(content) ? "Feeds carry whole stories now."
				: "Feeds carry excerpts with a link to each story now.");
		return "redirect:/newsroom/settings#feeds";
	}

	@PostMapping("/newsroom/settings/logo")
	String logo(@RequestParam(name = "logo", required = false) MultipartFile file, CsrfToken csrf,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		try {
			this.logo.replace(file == null ? new byte[0] : file.getBytes());
		}
		catch (IllegalArgumentException ex) {
			response.setStatus(422);
			return page(csrf, model, SiteSettingsForm.of(this.settings.current()), Map.of(),
					RulesForm.of(this.rules.current()), Map.of(), null, ex.getMessage());
		}
		redirect.addFlashAttribute("notice", "The new logo is in the masthead.");
		return "redirect:/newsroom/settings#logo";
	}

	@PostMapping("/newsroom/settings/logo/remove")
	String removeLogo(RedirectAttributes redirect) {
		this.logo.remove();
		redirect.addFlashAttribute("notice", "The masthead shows the site's name again.");
		return "redirect:/newsroom/settings#logo";
	}

	private String page(CsrfToken csrf, Model model, SiteSettingsForm site, Map<String, String> siteProblems,
			RulesForm rules, Map<String, String> rulesProblems, String notice, String error) {
		model.addAttribute("page",
				new SettingsPage(this.desks.desk("Settings", "/newsroom/settings", "settings", csrf), site,
						siteProblems, this.logo.current().orElse(null), rules, rulesProblems, this.feeds.fullContent(),
						ZONES, notice, error));
		return "newsroom/settings";
	}

}
