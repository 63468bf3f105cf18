package org.dateline.newsroom;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.dateline.article.ArticleEditing;
import org.dateline.article.EditConflictException;
import org.dateline.article.EditRefusedException;
import org.dateline.article.EditableArticle;
import org.dateline.article.Revision;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An article's revisions: every save, a line-by-line comparison of any two, and restoring
 * one.
 */
@Controller
class RevisionController {

	private final ArticleEditing editing;

	private final DeskFactory desks;

	RevisionController(ArticleEditing editing, DeskFactory desks) {
		this.editing = editing;
		this.desks = desks;
	}

	@GetMapping("/newsroom/articles/{id:\\d+}/revisions")
	String revisions(@PathVariable long id, CsrfToken csrf, Model model) {
		try {
			EditableArticle article = this.editing.load(id, this.desks.articleActor());
			List<Revision> revisions = this.editing.revisions(id, this.desks.articleActor());
			model.addAttribute("page",
					new RevisionsPage(
							this.desks.desk("Revisions", "/newsroom/articles/" + id + "/revisions", "articles", csrf),
							article, revisions, null));
			return "newsroom/articles/revisions";
		}
		catch (EditRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
	}

	@GetMapping("/newsroom/articles/{id:\\d+}/revisions/compare")
	String compare(@PathVariable long id, @RequestParam long from, @RequestParam long to, CsrfToken csrf, Model model) {
		try {
			Revision older = this.editing.revision(id, Math.min(from, to), this.desks.articleActor());
			Revision newer = this.editing.revision(id, Math.max(from, to), this.desks.articleActor());
			model.addAttribute("page",
					new ComparePage(
							this.desks.desk("Compare revisions", "/newsroom/articles/" + id + "/revisions/compare",
									"articles", csrf),
							id, this.editing.load(id, this.desks.articleActor()).version(), older, newer,
							diff(older.lines(), newer.lines())));
			return "newsroom/articles/compare";
		}
		catch (EditRefusedException ex) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
		}
	}

	@PostMapping("/newsroom/articles/{id:\\d+}/revisions/{revision:\\d+}/restore")
	String restore(@PathVariable long id, @PathVariable long revision, @RequestParam int version,
			RedirectAttributes redirect) {
		try {
			this.editing.restore(id, revision, version, this.desks.articleActor());
			redirect.addFlashAttribute("notice", "Restored revision " + revision + ".");
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("notice", ex.savedBy() + " saved the article meanwhile: nothing was restored.");
		}
		catch (EditRefusedException ex) {
			if (ex.forbidden()) {
				throw new ResponseStatusException(HttpStatus.FORBIDDEN, ex.getMessage());
			}
			redirect.addFlashAttribute("notice", ex.getMessage());
		}
		return "redirect:/newsroom/articles/" + id;
	}

	/** A unified diff of two revisions' lines: kept, removed and added lines in order. */
	static List<ComparePage.Line> diff(List<String> older, List<String> newer) {
		Patch<String> patch = DiffUtils.diff(older, newer);
		List<ComparePage.Line> lines = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			for (; position < delta.getSource().getPosition(); position++) {
				lines.add(new ComparePage.Line(ComparePage.Change.SAME, older.get(position)));
			}
			delta.getSource()
				.getLines()
				.forEach((line) -> lines.add(new ComparePage.Line(ComparePage.Change.REMOVED, line)));
			delta.getTarget()
				.getLines()
				.forEach((line) -> lines.add(new ComparePage.Line(ComparePage.Change.ADDED, line)));
			position += delta.getSource().size();
		}
		for (; position < older.size(); position++) {
			lines.add(new ComparePage.Line(ComparePage.Change.SAME, older.get(position)));
		}
		return lines;
	}

}
