package org.dateline.newsroom;

import java.util.Map;

import org.dateline.article.Slugs;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The slug a name would get, for the suggestion on the section, tag and author forms
 * ({@code /assets/slugs.js}). Whether it is free is said when the form is saved. See
 * {@link ArticleDeskController} for articles' slugs, which are made unique at once.
 */
@Controller
class SlugController {

	@GetMapping("/newsroom/slug")
	@ResponseBody
	Map<String, String> slug(@RequestParam(defaultValue = "") String text) {
		return Map.of("slug", Slugs.slugify(text.length() > 300 ? text.substring(0, 300) : text));
	}

}
