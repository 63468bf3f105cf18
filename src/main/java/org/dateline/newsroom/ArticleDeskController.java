package org.dateline.newsroom;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.dateline.article.Actor;
import org.dateline.article.ArticleDraft;
import org.dateline.article.ArticleEditing;
import org.dateline.article.ArticleFilter;
import org.dateline.article.ArticlePreviews;
import org.dateline.article.ArticleStatus;
import org.dateline.article.AutosaveRefusedException;
import org.dateline.article.Correction;
import org.dateline.article.EditConflictException;
import org.dateline.article.EditRefusedException;
import org.dateline.article.EditableArticle;
import org.dateline.article.EditorialChecklist;
import org.dateline.article.ListedArticle;
import org.dateline.article.SectionService;
import org.dateline.media.MediaService;
import org.dateline.media.Photo;
import org.dateline.web.Pages;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The article editor and the newsroom's list of articles. Every rule about who may do
 * what is enforced by {@link ArticleEditing}; this controller binds forms, picks views,
 * and shows the reasons when something is refused. See {@link RevisionController} for
 * revisions.
 */
@Controller
class ArticleDeskController {

	static final int PAGE_SIZE = 50;

	private final ArticleEditing editing;

	private final SectionService sections;

	private final MediaService media;

	private final DeskFactory desks;

	private final Pages pages;

	private final Clock clock;

	ArticleDeskController(ArticleEditing editing, SectionService sections, MediaService media, DeskFactory desks,
			Pages pages, Clock clock) {
		this.editing = editing;
		this.sections = sections;
		this.media = media;
		this.desks = desks;
		this.pages = pages;
		this.clock = clock;
	}

	@GetMapping("/newsroom/articles")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Long section,
			@RequestParam(required = false) Long author, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "recently_changed") String sort, @RequestParam(defaultValue = "1") int page,
			CsrfToken csrf, Model model) {
		Actor actor = this.desks.articleActor();
		boolean onlyOwn = !actor.canEditOthers();
		ArticleFilter filter = new ArticleFilter(parse(ArticleStatus.class, status), section, author,
				onlyOwn ? actor.staffId() : null, q, parse(ArticleFilter.Sort.class, sort));
		int number = Math.max(1, Math.min(page, 10_000));
		List<ListedArticle> found = this.editing.list(filter, PAGE_SIZE + 1, (number - 1) * PAGE_SIZE);
		boolean more = found.size() > PAGE_SIZE;
		model.addAttribute("page",
				new ArticleListPage(this.desks.desk("Articles", "/newsroom/articles", "articles", csrf),
						more ? found.subList(0, PAGE_SIZE) : found, filter, this.sections.all(), this.editing.authors(),
						number, more, onlyOwn));
		return "newsroom/articles/list";
	}

	@GetMapping("/newsroom/articles/new")
	String create(CsrfToken csrf, Model model) {
		Actor actor = this.desks.articleActor();
		List<String> byline = this.editing.bylineOf(actor.staffId())
			.map((a) -> List.of(Long.toString(a.id())))
			.orElse(List.of());
		String firstSection = this.sections.all().isEmpty() ? "" : Long.toString(this.sections.all().getFirst().id());
		ArticleForm form = new ArticleForm("", "", "", firstSection, "", "", "", "", byline, true, "");
		model.addAttribute("page", editPage(null, form, 0, csrf, null, null, List.of(), false, ""));
		return "newsroom/articles/edit";
	}

	@PostMapping("/newsroom/articles")
	String created(@ModelAttribute ArticleForm form, CsrfToken csrf, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			long id = this.editing.create(form.draft(zone()), this.desks.articleActor());
			redirect.addFlashAttribute("notice", "Draft saved.");
			return "redirect:/newsroom/articles/" + id;
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			response.setStatus(status(ex));
			model.addAttribute("page", editPage(null, form, 0, csrf, null, ex.getMessage(), List.of(), false, ""));
			return "newsroom/articles/edit";
		}
	}

	/**
	 * The first autosave of a new article: creates the draft (as Save does) and says
	 * where it now lives, so the editor's script carries on saving it there. 422 while
	 * the form cannot make a draft yet (no headline, say), with the reason.
	 */
	@PostMapping("/newsroom/articles/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosaveNew(@ModelAttribute ArticleForm form) {
		try {
			Actor actor = this.desks.articleActor();
			long id = this.editing.create(form.draft(zone()), actor);
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(Map.of("id", id, "version", this.editing.load(id, actor).version(), "savedAt",
						ArticleForm.local(this.clock.instant(), zone()), "edit", "/newsroom/articles/" + id));
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			return ResponseEntity.status(status(ex)).body(Map.of("message", ex.getMessage()));
		}
	}

	@GetMapping("/newsroom/articles/{id:\\d+}")
	String edit(@PathVariable long id, CsrfToken csrf, Model model) {
		String notice = (String) model.getAttribute("notice");
		try {
			EditableArticle article = this.editing.load(id, this.desks.articleActor());
			model.addAttribute("page", editPage(article, ArticleForm.of(article, zone()), article.version(), csrf,
					notice, null, warnings(article.draft()), false, ""));
			return "newsroom/articles/edit";
		}
		catch (EditRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
	}

	/** Save, publish, schedule or unpublish, as the button pressed says. */
	@PostMapping("/newsroom/articles/{id:\\d+}")
	String act(@PathVariable long id, @ModelAttribute ArticleForm form, @RequestParam int version,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String updated,
			@RequestParam(required = false) String confirm, @RequestParam(defaultValue = "") String scheduleAt,
			CsrfToken csrf, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = this.desks.articleActor();
		EditableArticle before;
		try {
			before = this.editing.load(id, actor);
		}
		catch (EditRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		try {
			ArticleDraft draft = form.draft(zone());
			int saved = this.editing.save(id, version, draft, actor, updated != null, action);
			String notice = switch (action) {
				case "publish", "schedule" -> {
					boolean now = action.equals("publish");
					var at = now ? null : ArticleForm.time(scheduleAt, zone(), "schedule");
					if (!now && at == null) {
						throw new IllegalArgumentException("Choose when to publish it.");
					}
					if (!now) {
						this.editing.checkSchedule(id, at, actor);
					}
					List<String> warnings = warnings(draft);
					if (!warnings.isEmpty() && confirm == null) {
						// the draft is saved: the page asks a question, it reports no
						// error
						model.addAttribute("page",
								editPage(this.editing.load(id, actor), form, saved, csrf,
										"Saved. Check these before " + (now ? "publishing" : "scheduling") + ":", null,
										warnings, true, scheduleAt));
						yield null;
					}
					if (now) {
						this.editing.publish(id, saved, actor);
						yield "Published.";
					}
					this.editing.schedule(id, saved, at, actor);
					yield "Scheduled for " + scheduleAt.replace('T', ' ') + ".";
				}
				case "unpublish" -> {
					this.editing.unpublish(id, saved, actor);
					yield "Unpublished: readers can no longer see it.";
				}
				default -> "Saved.";
			};
			if (notice == null) {
				return "newsroom/articles/edit";
			}
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/newsroom/articles/" + id;
		}
		catch (EditConflictException ex) {
			response.setStatus(409);
			String message = ex.savedBy() + " saved this article while you were editing it. Your version is shown "
					+ "below and was kept as revision " + ex.keptAs() + "; compare it with theirs under Revisions "
					+ "before saving again.";
			model.addAttribute("page", editPage(this.editing.load(id, actor), form, ex.currentVersion(), csrf, null,
					message, List.of(), false, scheduleAt));
			return "newsroom/articles/edit";
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			response.setStatus(status(ex));
			EditableArticle current = this.editing.load(id, actor);
			model.addAttribute("page",
					editPage(current, form, current.version() == before.version() ? version : current.version(), csrf,
							null, ex.getMessage(), List.of(), false, scheduleAt));
			return "newsroom/articles/edit";
		}
	}

	/**
	 * Saves a draft or a scheduled story without leaving the page, every little while as
	 * someone types; 409 when someone else saved first, or when the story is published
	 * (its changes go live only when the desk presses Save).
	 */
	@PostMapping("/newsroom/articles/{id:\\d+}/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute ArticleForm form,
			@RequestParam int version) {
		try {
			int saved = this.editing.autosave(id, version, form.draft(zone()), this.desks.articleActor());
			return ResponseEntity
				.ok(Map.of("version", saved, "savedAt", ArticleForm.local(this.clock.instant(), zone())));
		}
		catch (EditConflictException ex) {
			return ResponseEntity.status(409)
				.body(Map.of("message", ex.savedBy() + " saved this article meanwhile; your version was kept as "
						+ "revision " + ex.keptAs() + ". Reload to see theirs."));
		}
		catch (AutosaveRefusedException ex) {
			return ResponseEntity.status(409).body(Map.of("message", ex.getMessage()));
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			return ResponseEntity.status(status(ex)).body(Map.of("message", ex.getMessage()));
		}
	}

	/**
	 * The draft on the real article template, unsaved: the editor's live preview (and its
	 * "Preview" button).
	 */
	@PostMapping("/newsroom/articles/preview")
	String preview(@ModelAttribute ArticleForm form, @RequestParam(required = false) Long id, Model model) {
		try {
			model.addAttribute("page", ArticlePreviews
				.page(this.editing.preview(form.draft(zone()), id, this.desks.articleActor()), this.pages));
			return "article/show";
		}
		catch (EditRefusedException | IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.valueOf(status(ex)), ex.getMessage());
		}
	}

	@PostMapping("/newsroom/articles/{id:\\d+}/preview-link")
	String previewLink(@PathVariable long id, RedirectAttributes redirect) {
		String token;
		try {
			token = this.editing.previewLink(id, this.desks.articleActor());
		}
		catch (EditRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
		redirect.addFlashAttribute("notice",
				"Anyone with this link can see the article for 48 hours: " + this.pages.absolute("/preview/" + token));
		return "redirect:/newsroom/articles/" + id;
	}

	@PostMapping("/newsroom/articles/{id:\\d+}/corrections")
	String correction(@PathVariable long id, @RequestParam(defaultValue = "CORRECTION") String kind,
			@RequestParam(defaultValue = "") String text, RedirectAttributes redirect) {
		try {
			Correction.Kind parsed = parse(Correction.Kind.class, kind);
			this.editing.addCorrection(id, parsed == null ? Correction.Kind.CORRECTION : parsed, text,
					this.desks.articleActor());
			redirect.addFlashAttribute("notice", "Added the " + kind.toLowerCase(Locale.ROOT) + ".");
		}
		catch (EditRefusedException ex) {
			if (ex.forbidden()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
			}
			redirect.addFlashAttribute("notice", ex.getMessage());
		}
		return "redirect:/newsroom/articles/" + id;
	}

	@GetMapping("/newsroom/articles/slug")
	@ResponseBody
	Map<String, String> slug(@RequestParam(defaultValue = "") String headline,
			@RequestParam(defaultValue = "0") long id) {
		return Map.of("slug", this.editing.suggestSlug(headline, id));
	}

	@GetMapping("/newsroom/tags.json")
	@ResponseBody
	List<String> tags(@RequestParam(defaultValue = "") String q) {
		return this.editing.tagNames(q, 10);
	}

	private ArticleEditPage editPage(EditableArticle article, ArticleForm form, int version, CsrfToken csrf,
			String notice, String error, List<String> warnings, boolean confirm, String scheduleAt) {
		Photo hero = heroOf(form);
		String title = article == null ? "New article" : "Edit: " + form.headline();
		String path = article == null ? "/newsroom/articles/new" : "/newsroom/articles/" + article.id();
		Desk desk = this.desks.desk(title, path, "articles", csrf, "/assets/editor.js", "/assets/photo-picker.js");
		return new ArticleEditPage(desk, article, form, version, this.sections.all(), this.editing.authors(), hero,
				warnings, notice, error, confirm, scheduleAt, this.desks.articleActor().canPublish());
	}

	private List<String> warnings(ArticleDraft draft) {
		return EditorialChecklist.warnings(draft,
				draft.heroPhotoId() == null ? null : this.media.find(draft.heroPhotoId()).orElse(null),
				this.media::find);
	}

	private Photo heroOf(ArticleForm form) {
		try {
			return form.hero() == null || form.hero().isBlank() ? null
					: this.media.find(Long.parseLong(form.hero().strip())).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private ZoneId zone() {
		return this.pages.site().zone();
	}

	private static int status(RuntimeException ex) {
		return ex instanceof EditRefusedException refused && refused.forbidden() ? 403 : 422;
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
